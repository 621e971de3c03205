"""A blind set of paragraphs written the way 2016 US campaign and Congress coverage reads, with their attributions.

Written for these tests in the manner of wire and Washington coverage of 2016 (AP, Politico, The Hill,
The Washington Post): real public figures of the year (the candidates, congressional leaders, the
FBI director, campaign officials), but every sentence is written for this set and the incidents are
told loosely from memory -- no article's text, and no claim here is offered as a record of what
anyone said. The earlier sets (`political_set`, `news_set`, `attitude_set`, ...) are short, one
construction to a sentence, with fictional people; this one is long paragraphs as the wires write
them: two or three attributions to a sentence, attributions inside subordinate and relative
clauses, beliefs and intentions with noun-phrase and to-clause contents ("wants a wall", "opposes
the deal", "plans to ..."), nominal cues ("his call for", "her claim that"), "according to" and
unnamed sources, statements, polls and reports as sources, pronoun speakers in the next sentence,
questions, and paragraphs with no attribution at all (precision traps).

Coded as a PolNeAR annotator marks attributions (content span, source phrase or None, direct or
not) and committed before the quote stage was run on any of it. Nested attributions are coded at
each level, the inner one with its own (innermost) source; a to-clause content is coded without
its "to", a request's content with the one asked ("X urged Y to Z" -> "Y to Z").
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- the primaries -------------------------------------------------------------------------------
    "trump-wall-mexico-president": p(
        "Donald Trump told supporters in Phoenix on Wednesday night that Mexico would pay for the wall, hours "
        "after the Mexican president said he had made clear to the Republican nominee that his country would "
        "do no such thing.",
        g("Mexico would pay for the wall", "Donald Trump"),
        g("he had made clear to the Republican nominee that his country would do no such thing", "the Mexican president"),
        g("his country would do no such thing", "he"),
    ),
    "sanders-opposes-tpp": p(
        "Sanders has opposed the Trans-Pacific Partnership since the day it was signed, and his allies on the "
        "platform committee want the party to say so in writing.",
        g("the Trans-Pacific Partnership", "Sanders"),
        g("the party to say so in writing", "his allies on the platform committee"),
    ),
    "kasich-stays-believes": p(
        "Ohio Gov. John Kasich, who has won only his home state, insisted Tuesday that he would stay in the race "
        "until the convention in Cleveland, where he believes delegates will turn to the one candidate who beats "
        "Clinton in every poll.",
        g("he would stay in the race until the convention in Cleveland", "Ohio Gov. John Kasich"),
        g("delegates will turn to the one candidate who beats Clinton in every poll", "he"),
    ),
    "rubio-conman": p(
        "Rubio spent much of the weekend calling Trump a con artist, and on Monday he predicted that Florida "
        "voters would reject the billionaire in the March 15 primary.",
        g("Trump a con artist", "Rubio"),
        g("Florida voters would reject the billionaire in the March 15 primary", "he"),
    ),
    "cruz-conscience": p(
        "Cruz did not endorse the nominee in his speech on the third night of the convention, urging delegates "
        "instead to vote their conscience in November. Boos rained down from the Ohio and New York delegations as "
        "he left the stage.",
        g("delegates instead to vote their conscience in November", "Cruz"),
    ),
    "carson-endorses": p(
        "Ben Carson, who dropped out of the race last week, endorsed Trump on Friday at a news conference in "
        "Palm Beach, telling reporters that there were two Donald Trumps and that the private one was far more "
        "thoughtful.",
        g("Trump", "Ben Carson"),
        g("there were two Donald Trumps and that the private one was far more thoughtful", "Ben Carson"),
    ),
    "sanders-superdelegates-plan": p(
        "Sanders plans to lobby superdelegates between now and the convention, his campaign manager, Jeff "
        "Weaver, said Sunday, arguing that many of them would switch once they saw the senator's numbers against "
        "Trump.",
        g("lobby superdelegates between now and the convention", "Sanders"),
        g("Sanders plans to lobby superdelegates between now and the convention", "his campaign manager, Jeff Weaver"),
        g("many of them would switch once they saw the senator's numbers against Trump", "his campaign manager, Jeff Weaver"),
    ),
    "trap-iowa-results": p(
        "Cruz won the Iowa caucuses with about 28 percent of the vote, ahead of Trump at 24 percent and Rubio at "
        "23 percent. Turnout set a record for the Republican contest.",
    ),
    "clinton-email-ap-count": p(
        "Clinton clinched the nomination on the eve of the California primary, according to an Associated Press "
        "count of pledged delegates and superdelegates. Her campaign said it would wait until the votes were "
        "counted Tuesday to declare victory.",
        g("Clinton clinched the nomination on the eve of the California primary", "an Associated Press count of pledged delegates and superdelegates"),
        g("it would wait until the votes were counted Tuesday to declare victory", "Her campaign"),
    ),
    "trump-muslim-ban-call": p(
        "Trump's call for a temporary ban on Muslims entering the United States drew condemnation from Ryan, who "
        "said the proposal was not what the party stood for.",
        g("a temporary ban on Muslims entering the United States", "Trump's"),
        g("the proposal was not what the party stood for", "Ryan"),
    ),
    "trap-debate-stage": p(
        "Eleven candidates will share the main stage at the Reagan Library on Wednesday night, and four more "
        "will debate earlier in the evening. The network chose the field by averaging national polls.",
    ),
    "bush-suspends": p(
        "Jeb Bush suspended his campaign on Saturday night after a fourth-place finish in South Carolina. He told "
        "supporters in Columbia that the people of the early states had spoken and that he respected their "
        "decision.",
        g("the people of the early states had spoken and that he respected their decision", "He"),
    ),
    # -- the general election --------------------------------------------------------------------------
    "clinton-wants-infrastructure": p(
        "Clinton wants a $275 billion infrastructure program in her first 100 days, and her aides believe enough "
        "Republicans in Congress would back it to get it passed.",
        g("a $275 billion infrastructure program in her first 100 days", "Clinton"),
        g("enough Republicans in Congress would back it to get it passed", "her aides"),
    ),
    "trump-promised-tax-cuts": p(
        "At a rally in Detroit, Trump promised tax cuts for every income group and a freeze on new federal "
        "regulations. Democrats said the plan would mostly benefit the wealthy.",
        g("tax cuts for every income group and a freeze on new federal regulations", "Trump"),
        g("the plan would mostly benefit the wealthy", "Democrats"),
    ),
    "conway-behind-undercounted": p(
        "Trump campaign manager Kellyanne Conway acknowledged on Sunday that her candidate was behind, but she "
        "argued that the public polls missed voters who had not cast a ballot in years.",
        g("her candidate was behind", "Trump campaign manager Kellyanne Conway"),
        g("the public polls missed voters who had not cast a ballot in years", "she"),
    ),
    "manafort-times-ledger": p(
        "Paul Manafort resigned as chairman of the Trump campaign on Friday, days after The New York Times "
        "reported that a handwritten ledger in Ukraine listed $12.7 million in cash payments for him.",
        g("a handwritten ledger in Ukraine listed $12.7 million in cash payments for him", "The New York Times"),
    ),
    "manafort-denied": p(
        "Manafort has denied receiving any cash payments, and a spokesman said the ledger was a fabrication.",
        g("receiving any cash payments", "Manafort"),
        g("the ledger was a fabrication", "a spokesman"),
    ),
    "quinnipiac-pennsylvania": p(
        "A Quinnipiac University poll released Tuesday found Clinton ahead of Trump by five points in "
        "Pennsylvania. The two are tied in Ohio.",
        g("Clinton ahead of Trump by five points in Pennsylvania", "A Quinnipiac University poll"),
    ),
    "poll-voters-think": p(
        "Most voters think neither candidate is honest, the survey found, and a third say they could still change "
        "their minds before November.",
        g("neither candidate is honest", "Most voters"),
        g("Most voters think neither candidate is honest", "the survey"),
        g("they could still change their minds before November", "a third"),
    ),
    "khan-family": p(
        "Khizr Khan, whose son was killed in Iraq in 2004, told the convention that Trump had sacrificed nothing "
        "for his country. Trump later suggested that Khan's wife had not been allowed to speak, a claim she "
        "rejected in an op-ed in The Washington Post.",
        g("Trump had sacrificed nothing for his country", "Khizr Khan"),
        g("Khan's wife had not been allowed to speak", "Trump"),
    ),
    "kaine-pence-debate": p(
        "Kaine interrupted Pence repeatedly during the debate in Farmville, pressing him to defend Trump's "
        "comments about Mexican immigrants. Pence said his running mate had been talking about illegal "
        "immigrants who commit crimes.",
        g("him to defend Trump's comments about Mexican immigrants", "Kaine"),
        g("his running mate had been talking about illegal immigrants who commit crimes", "Pence"),
    ),
    "trump-rigged": p(
        "Trump has warned for weeks that the election will be rigged, and on Wednesday night he refused to say "
        "whether he would accept the result if he lost.",
        g("the election will be rigged", "Trump"),
        g("whether he would accept the result if he lost", "he"),
    ),
    "obama-unfit": p(
        "President Obama said Tuesday that the Republican nominee was unfit to serve and called on Republican "
        "leaders to withdraw their endorsements, asking what it would take for them to do so.",
        g("the Republican nominee was unfit to serve", "President Obama"),
        g("Republican leaders to withdraw their endorsements", "President Obama"),
        g("what it would take for them to do so", "President Obama"),
    ),
    "trap-rally-crowd": p(
        "Thousands of people waited for hours in the heat outside the arena in Tampa. The doors opened at noon, "
        "and the candidate arrived shortly after four.",
    ),
    "clinton-deplorables": p(
        "Clinton said Friday that she regretted saying half of Trump's supporters belonged in a basket of "
        "deplorables. The Trump campaign called the remark an insult to millions of hardworking Americans.",
        g("she regretted saying half of Trump's supporters belonged in a basket of deplorables", "Clinton"),
        g("half of Trump's supporters belonged in a basket of deplorables", "she"),
        g("the remark an insult to millions of hardworking Americans", "The Trump campaign"),
    ),
    "pence-tape-statement": p(
        "Pence said in a statement that he was offended by the words and actions described by Trump on the "
        "tape, and that he could not defend them. He added that he was grateful the nominee had expressed "
        "remorse.",
        g("he was offended by the words and actions described by Trump on the tape, and that he could not defend them", "Pence"),
        g("he was grateful the nominee had expressed remorse", "He"),
        g("remorse", "the nominee"),
    ),
    "sources-debate-prep": p(
        "Clinton has spent days preparing for the first debate with a team of lawyers and former aides, "
        "according to people familiar with the sessions, while Trump has told associates he does not want to "
        "overprepare.",
        g("Clinton has spent days preparing for the first debate with a team of lawyers and former aides", "people familiar with the sessions"),
        g("he does not want to overprepare", "Trump"),
    ),
    "trap-ad-buy": p(
        "The campaign bought $10 million in television time in Florida, Ohio and North Carolina this week, its "
        "largest purchase of the race.",
    ),
    "podesta-hacked": p(
        "WikiLeaks on Friday began publishing thousands of emails from the account of John Podesta, Clinton's "
        "campaign chairman. U.S. intelligence officials have said they believe Russia was behind the hacking, a "
        "conclusion the Kremlin dismissed as nonsense.",
        g("they believe Russia was behind the hacking", "U.S. intelligence officials"),
        g("Russia was behind the hacking", "they"),
    ),
    # -- the FBI and the emails ------------------------------------------------------------------------
    "comey-july": p(
        "FBI Director James Comey said Tuesday that Clinton and her aides had been extremely careless in their "
        "handling of classified information, but he concluded that no reasonable prosecutor would bring a case.",
        g("Clinton and her aides had been extremely careless in their handling of classified information", "FBI Director James Comey"),
        g("no reasonable prosecutor would bring a case", "he"),
    ),
    "comey-letter-podesta": p(
        "Comey told lawmakers in a letter on Friday that the bureau had found emails that appeared pertinent to "
        "the closed investigation. Podesta called the timing extraordinary and demanded that the director "
        "release all the facts.",
        g("the bureau had found emails that appeared pertinent to the closed investigation", "Comey"),
        g("the timing extraordinary", "Podesta"),
        g("the director release all the facts", "Podesta"),
    ),
    "justice-officials-objected": p(
        "Senior Justice Department officials had objected to the letter because it broke with the department's "
        "practice of saying nothing about investigations close to an election, two officials said.",
        g("the letter", "Senior Justice Department officials"),
        g("Senior Justice Department officials had objected to the letter because it broke with the department's practice of saying nothing about investigations close to an election", "two officials"),
    ),
    "reid-hatch-act": p(
        "Senate Minority Leader Harry Reid accused Comey of violating the Hatch Act, which bars federal officials "
        "from using their office to influence an election.",
        g("Comey of violating the Hatch Act", "Senate Minority Leader Harry Reid"),
    ),
    "comey-second-letter": p(
        "Two days before the election, Comey informed Congress that the review had found nothing to change the "
        "bureau's conclusion from July. Trump told a crowd in Michigan that the system was protecting Clinton.",
        g("the review had found nothing to change the bureau's conclusion from July", "Comey"),
        g("the system was protecting Clinton", "Trump"),
    ),
    "trap-server-history": p(
        "Clinton used a private email server in her home in Chappaqua throughout her four years as secretary of "
        "state. The server was handed over to the FBI in August 2015.",
    ),
    "state-ig-report": p(
        "A report by the State Department's inspector general concluded that Clinton had not sought permission "
        "for the server and that the department would not have granted it.",
        g("Clinton had not sought permission for the server and that the department would not have granted it", "A report by the State Department's inspector general"),
    ),
    # -- Congress ---------------------------------------------------------------------------------------
    "ryan-not-ready": p(
        "House Speaker Paul Ryan said Thursday that he was not ready to support Trump, a remarkable step for the "
        "party's highest-ranking elected official. Trump replied in a statement that he was not ready to support "
        "Ryan's agenda.",
        g("he was not ready to support Trump", "House Speaker Paul Ryan"),
        g("he was not ready to support Ryan's agenda", "Trump"),
    ),
    "ryan-no-longer-defend": p(
        "Ryan told House Republicans on a conference call Monday that he would no longer defend the nominee and "
        "would spend the rest of the campaign protecting the party's majority, according to two people on the "
        "call.",
        g("he would no longer defend the nominee and would spend the rest of the campaign protecting the party's majority", "Ryan"),
    ),
    "mcconnell-garland": p(
        "Senate Majority Leader Mitch McConnell has refused to hold hearings on Merrick Garland, arguing that the "
        "next president should fill the seat left by Justice Antonin Scalia. Democrats say the Senate is failing "
        "to do its job.",
        g("hold hearings on Merrick Garland", "Senate Majority Leader Mitch McConnell"),
        g("the next president should fill the seat left by Justice Antonin Scalia", "Senate Majority Leader Mitch McConnell"),
        g("the Senate is failing to do its job", "Democrats"),
    ),
    "grassley-no-meeting": p(
        "Sen. Chuck Grassley, the Judiciary Committee chairman, said he would meet with Garland only to tell him "
        "in person that there would be no hearing.",
        g("he would meet with Garland only to tell him in person that there would be no hearing", "Sen. Chuck Grassley, the Judiciary Committee chairman"),
    ),
    "zika-funding": p(
        "Democrats blocked the Zika funding bill for a third time on Tuesday, saying Republicans had loaded it "
        "with a provision that would cut money for Planned Parenthood. McConnell said Democrats would have to "
        "explain the vote to pregnant women in Florida.",
        g("Republicans had loaded it with a provision that would cut money for Planned Parenthood", "Democrats"),
        g("Democrats would have to explain the vote to pregnant women in Florida", "McConnell"),
    ),
    "pelosi-sit-in": p(
        "House Democrats ended their sit-in on the chamber floor after 25 hours, promising to resume the protest "
        "when Congress returns in July. Minority Leader Nancy Pelosi said the fight for a vote on gun "
        "legislation was far from over.",
        g("resume the protest when Congress returns in July", "House Democrats"),
        g("the fight for a vote on gun legislation was far from over", "Minority Leader Nancy Pelosi"),
    ),
    "freedom-caucus-budget": p(
        "Members of the House Freedom Caucus oppose the spending levels that Ryan negotiated with the White House "
        "last fall, and several of them have said they will vote against any budget that keeps them.",
        g("the spending levels that Ryan negotiated with the White House last fall", "Members of the House Freedom Caucus"),
        g("they will vote against any budget that keeps them", "several of them"),
    ),
    "trap-senate-schedule": p(
        "The Senate will leave town on Friday for a seven-week recess and is not due back until after Labor Day. "
        "Funding for the government runs out on Sept. 30.",
    ),
    "toomey-undecided": p(
        "Sen. Pat Toomey of Pennsylvania, locked in one of the closest Senate races in the country, has refused "
        "to say whether he will vote for Trump, telling reporters he remains unpersuaded.",
        g("whether he will vote for Trump", "Sen. Pat Toomey of Pennsylvania"),
        g("he remains unpersuaded", "Sen. Pat Toomey of Pennsylvania"),
    ),
    "mccain-withdraws": p(
        "Sen. John McCain withdrew his endorsement of Trump on Saturday, saying in a statement that the nominee's "
        "behavior made it impossible to continue to offer even conditional support.",
        g("the nominee's behavior made it impossible to continue to offer even conditional support", "Sen. John McCain"),
    ),
    # -- unnamed sources, reports and statements --------------------------------------------------------
    "pence-pick-sources": p(
        "Trump has settled on Indiana Gov. Mike Pence as his running mate, two Republicans with knowledge of the "
        "decision said Thursday, though the campaign insisted no final choice had been made.",
        g("Trump has settled on Indiana Gov. Mike Pence as his running mate", "two Republicans with knowledge of the decision"),
        g("no final choice had been made", "the campaign"),
    ),
    "campaign-statement-foundation": p(
        "The Clinton campaign said in a statement that the foundation had done nothing wrong and that the "
        "donations had been disclosed years ago. Republicans said the emails showed donors buying access to the "
        "State Department.",
        g("the foundation had done nothing wrong and that the donations had been disclosed years ago", "The Clinton campaign"),
        g("the emails showed donors buying access to the State Department", "Republicans"),
    ),
    "politico-reported": p(
        "Priebus has told Republican donors that the party's money will go to Senate candidates if the top of "
        "the ticket falters, Politico reported Wednesday.",
        g("the party's money will go to Senate candidates if the top of the ticket falters", "Priebus"),
        g("Priebus has told Republican donors that the party's money will go to Senate candidates if the top of the ticket falters", "Politico"),
    ),
    "officials-expect-turnout": p(
        "Election officials in Florida expect record turnout, and some county supervisors worry that long lines "
        "in Miami-Dade will discourage voters after work.",
        g("record turnout", "Election officials in Florida"),
        g("long lines in Miami-Dade will discourage voters after work", "some county supervisors"),
    ),
    "aides-frustrated": p(
        "Several aides have grown frustrated with the candidate's refusal to stick to the teleprompter, according "
        "to three people close to the campaign who were not authorized to speak publicly.",
        g("Several aides have grown frustrated with the candidate's refusal to stick to the teleprompter", "three people close to the campaign who were not authorized to speak publicly"),
        # Restored after the first run: the first draft coded it, and it was dropped before the run as
        # doubtful; but the project codes "her refusal to ..." as an intention (attitude_set), as
        # PolNeAR counts intentions, so dropping it was the error.
        g("stick to the teleprompter", "the candidate's"),
    ),
    "trap-fundraising-totals": p(
        "The Clinton campaign and its allied committees raised $143 million in August. Trump and the Republican "
        "National Committee raised $90 million over the same period.",
    ),
    "fec-filings-show": p(
        "Filings with the Federal Election Commission show that the Trump campaign paid more than $1 million to "
        "companies owned by the candidate and his children in June.",
        g("the Trump campaign paid more than $1 million to companies owned by the candidate and his children in June", "Filings with the Federal Election Commission"),
    ),
    # -- direct quotes inside the coverage -----------------------------------------------------------
    "trump-second-amendment": p(
        "“If she gets to pick her judges, nothing you can do, folks,” Trump told the crowd in Wilmington. His "
        "campaign later said he had been talking about the political power of gun owners.",
        g("If she gets to pick her judges, nothing you can do, folks", "Trump", True),
        g("he had been talking about the political power of gun owners", "His campaign"),
    ),
    "clinton-stronger-together": p(
        "“We are stronger together,” Clinton told supporters in Brooklyn, adding that the country could not "
        "afford a president who insulted its allies.",
        g("We are stronger together", "Clinton", True),
        g("the country could not afford a president who insulted its allies", "Clinton"),
    ),
    "sanders-damn-emails": p(
        "Sanders brushed aside the controversy at the first debate. “The American people are sick and tired of "
        "hearing about your damn emails,” he said, to loud applause.",
        g("the controversy", "Sanders"),
        g("The American people are sick and tired of hearing about your damn emails", "he", True),
    ),
    "kaine-quote-then-indirect": p(
        "“I trust Hillary Clinton,” Kaine said in an interview. He said he had never doubted her judgment on "
        "national security and expected her to win Virginia comfortably.",
        g("I trust Hillary Clinton", "Kaine", True),
        g("he had never doubted her judgment on national security and expected her to win Virginia comfortably", "He"),
        g("her to win Virginia comfortably", "he"),
    ),
    "mook-split-quote": p(
        "“The path to 270 runs through Pennsylvania,” said Robby Mook, Clinton's campaign manager. “We are "
        "going to spend whatever it takes there.”",
        g(("The path to 270 runs through Pennsylvania", "We are going to spend whatever it takes there."), "Robby Mook, Clinton's campaign manager", True),
    ),
    # -- beliefs, hopes, intentions, worries ---------------------------------------------------------
    "gop-leaders-fear": p(
        "Republican leaders fear that a loss at the top of the ticket could cost them the Senate, and many hope "
        "that voters will split their tickets as they did in 1996.",
        g("a loss at the top of the ticket could cost them the Senate", "Republican leaders"),
        g("voters will split their tickets as they did in 1996", "many"),
    ),
    "trump-intends-repeal": p(
        "Trump intends to repeal the Affordable Care Act on his first day in office, he told a rally in "
        "Pennsylvania, though he has not said what would replace it.",
        g("repeal the Affordable Care Act on his first day in office", "Trump"),
        g("Trump intends to repeal the Affordable Care Act on his first day in office", "he"),
        g("what would replace it", "he"),
    ),
    "democrats-hope-arizona": p(
        "Democrats hope to put Arizona in play this year, and the Clinton campaign is expected to announce a "
        "new round of spending there next week.",
        g("put Arizona in play this year", "Democrats"),
    ),
    "sanders-supporters-suspect": p(
        "Many Sanders supporters suspect that the Democratic National Committee tilted the primary toward "
        "Clinton, a belief that leaked committee emails did little to dispel.",
        g("the Democratic National Committee tilted the primary toward Clinton", "Many Sanders supporters"),
    ),
    "wasserman-schultz-resign": p(
        "Debbie Wasserman Schultz announced Sunday that she would step down as chairwoman of the Democratic "
        "National Committee at the end of the convention. Sanders said she had made the right decision for the "
        "party.",
        g("she would step down as chairwoman of the Democratic National Committee at the end of the convention", "Debbie Wasserman Schultz"),
        g("she had made the right decision for the party", "Sanders"),
    ),
    "clinton-opposes-tpp-kaine": p(
        "Clinton now opposes the trade agreement she once praised, and her campaign said Kaine, who voted to fast-track "
        "it, shares her concerns.",
        g("the trade agreement she once praised", "Clinton"),
        g("Kaine, who voted to fast-track it, shares her concerns", "her campaign"),
    ),
    "trap-convention-hall": p(
        "The convention hall in Philadelphia holds about 20,000 people. Delegates from California sat near the "
        "front, and the Vermont delegation sat to the left of the stage.",
    ),
    # -- relative clauses, subordinate clauses, the source after the content ------------------------
    "plan-that-experts-say": p(
        "Trump's tax plan, which independent analysts say would add trillions of dollars to the debt, would cut "
        "the top rate to 33 percent.",
        g("would add trillions of dollars to the debt", "independent analysts"),
    ),
    "because-she-said": p(
        "Clinton lost ground among white working-class voters in Ohio after she said the country was going to "
        "put a lot of coal miners out of business, a remark she later said had been taken out of context.",
        g("the country was going to put a lot of coal miners out of business", "she"),
        g("had been taken out of context", "she"),
    ),
    "content-first-campaign": p(
        "The nominee will not release his tax returns before the election because he is under audit, the "
        "campaign said Monday. The IRS has said an audit does not prevent anyone from releasing returns.",
        g("The nominee will not release his tax returns before the election because he is under audit", "the campaign"),
        g("an audit does not prevent anyone from releasing returns", "The IRS"),
    ),
    "while-critics-say": p(
        "While Trump's supporters see him as a businessman who will shake up Washington, his critics say he has "
        "no idea how the government works.",
        g("him as a businessman who will shake up Washington", "Trump's supporters"),
        g("he has no idea how the government works", "his critics"),
    ),
    "trap-as-expected": p(
        "As expected, the committee approved the platform on a voice vote late Tuesday, and the full convention "
        "will take it up on Monday.",
    ),
    # -- nominal cues ----------------------------------------------------------------------------------
    "trump-claim-birther": p(
        "Trump's claim that Clinton started the birther movement was false, fact-checkers said. He had himself "
        "questioned for five years whether the president was born in the United States.",
        g("Clinton started the birther movement", "Trump's"),
        g("Trump's claim that Clinton started the birther movement was false", "fact-checkers"),
        g("whether the president was born in the United States", "He"),
    ),
    "sanders-demand-debate": p(
        "Sanders's demand for a debate in California before the primary was rejected by Trump, who said he would "
        "only do it if the networks gave $10 million to charity.",
        g("a debate in California before the primary", "Sanders's"),
        g("he would only do it if the networks gave $10 million to charity", "Trump"),
    ),
    "priebus-warning": p(
        "Priebus's warning that the party could not win without Hispanic voters, issued in a report after the 2012 "
        "loss, has been largely ignored by this year's nominee.",
        g("the party could not win without Hispanic voters", "Priebus's"),
    ),
    "clinton-pledge-no-middle-tax": p(
        "Clinton has pledged not to raise taxes on anyone earning less than $250,000 a year. Her opponent says "
        "her plans would require exactly that.",
        g("raise taxes on anyone earning less than $250,000 a year", "Clinton"),
        g("her plans would require exactly that", "Her opponent"),
    ),
    "trap-question-reporter": p(
        "Can the party hold the Senate if the nominee loses Pennsylvania by ten points? The math is hard, and the "
        "map offers few places to make up the difference.",
    ),
    "question-ryan-asked": p(
        "Asked whether he still supported the nominee, Ryan told reporters he had said all he was going to say on "
        "the matter.",
        g("whether he still supported the nominee", None),
        g("he had said all he was going to say on the matter", "Ryan"),
    ),
    "trap-called-name": p(
        "The senator called the meeting to order shortly after 10 a.m. and read the names of the witnesses into "
        "the record.",
    ),
    "trap-statement-noun": p(
        "The statement from the campaign arrived shortly after midnight, nearly an hour after the networks called "
        "the state.",
    ),
    "biden-told-cnn": p(
        "Vice President Joe Biden told CNN that he had no regrets about not running, but that he would have been "
        "the best candidate.",
        g("he had no regrets about not running, but that he would have been the best candidate", "Vice President Joe Biden"),
    ),
    "christie-expects": p(
        "New Jersey Gov. Chris Christie, who leads the transition team, expects to name a chief of staff within "
        "days of the election, a Trump adviser said.",
        g("name a chief of staff within days of the election", "New Jersey Gov. Chris Christie, who leads the transition team"),
        g("New Jersey Gov. Chris Christie, who leads the transition team, expects to name a chief of staff within days of the election", "a Trump adviser"),
    ),
    # -- a second batch, written and coded after the first round of fixes, before running it: ------
    # -- denser paragraphs, cues of attack and praise, nouns of speech, convictions ------------------
    "railed-against-wall-street": p(
        "Sanders railed against the influence of Wall Street on both parties at a rally in Madison, where "
        "thousands of students cheered his call for tuition-free public colleges.",
        g("the influence of Wall Street on both parties", "Sanders"),
        g("tuition-free public colleges", "his"),
    ),
    "lashed-out-judge": p(
        "Trump lashed out at the federal judge overseeing the Trump University lawsuit, saying the judge's "
        "Mexican heritage posed an inherent conflict of interest. Republican leaders distanced themselves from "
        "the comments, and Ryan called them the textbook definition of a racist comment.",
        g("the federal judge overseeing the Trump University lawsuit", "Trump"),
        g("the judge's Mexican heritage posed an inherent conflict of interest", "Trump"),
        g("them the textbook definition of a racist comment", "Ryan"),
    ),
    "took-aim-foreign-policy": p(
        "In a speech in San Diego, Clinton took aim at Trump's foreign policy ideas, which she said were not "
        "even really ideas, just a series of bizarre rants and outright lies.",
        g("Trump's foreign policy ideas", "Clinton"),
        g("were not even really ideas, just a series of bizarre rants and outright lies", "she"),
    ),
    "convinced-polls-wrong": p(
        "Trump is convinced that the polls are wrong and that a silent majority will carry him to victory, "
        "associates say, and he has told them he expects to win states like Michigan and Wisconsin that no "
        "Republican has carried since the 1980s.",
        g("the polls are wrong and that a silent majority will carry him to victory", "Trump"),
        g("Trump is convinced that the polls are wrong and that a silent majority will carry him to victory", "associates"),
        g("he expects to win states like Michigan and Wisconsin that no Republican has carried since the 1980s", "he"),
        g("win states like Michigan and Wisconsin that no Republican has carried since the 1980s", "he"),
    ),
    "comments-drew-criticism": p(
        "Trump's comments about the Gold Star family drew criticism from Republicans on Capitol Hill, several "
        "of whom said the nominee should apologize.",
        g("the nominee should apologize", "several of whom"),
    ),
    "floated-idea": p(
        "Trump floated the idea of a special prosecutor to investigate Clinton's emails during the second "
        "debate, telling her that she would be in jail if he were president.",
        g("a special prosecutor to investigate Clinton's emails", "Trump"),
        g("she would be in jail if he were president", "Trump"),
    ),
    "counting-on-turnout": p(
        "Democrats are counting on strong turnout among Latino voters in Nevada, where early voting numbers "
        "have encouraged party officials.",
        g("strong turnout among Latino voters in Nevada", "Democrats"),
    ),
    "early-vote-data": p(
        "More than 40 million Americans had voted early by Sunday, according to data compiled by the United States "
        "Elections Project.",
        g("More than 40 million Americans had voted early by Sunday", "data compiled by the United States Elections Project"),
    ),
    "pence-vs-trump-russia": p(
        "Pence said during the vice presidential debate that the United States should be prepared to use "
        "military force against the Assad regime, a position Trump rejected days later when he told reporters "
        "he had not spoken with his running mate about Syria.",
        g("the United States should be prepared to use military force against the Assad regime", "Pence"),
        g("he had not spoken with his running mate about Syria", "he"),
    ),
    "nyt-tax-returns": p(
        "Trump declared a $916 million loss on his 1995 income tax returns, a deduction so large it could have "
        "allowed him to avoid paying federal income taxes for up to 18 years, The New York Times reported "
        "Saturday. The campaign did not dispute the figures but said Trump knew the tax code better than anyone.",
        g("Trump declared a $916 million loss on his 1995 income tax returns, a deduction so large it could have allowed him to avoid paying federal income taxes for up to 18 years", "The New York Times"),
        g("Trump knew the tax code better than anyone", "The campaign"),
    ),
    "giuliani-genius": p(
        "Former New York Mayor Rudy Giuliani called Trump a genius for using the tax code to his advantage.",
        g("Trump a genius for using the tax code to his advantage", "Former New York Mayor Rudy Giuliani"),
    ),
    "trap-debate-ratings": p(
        "The first debate drew 84 million television viewers, the largest audience in the history of "
        "presidential debates.",
    ),
    "sources-vp-list": p(
        "Clinton's shortlist for running mate has narrowed to Kaine, Sen. Elizabeth Warren and Agriculture "
        "Secretary Tom Vilsack, people close to the search said, though aides cautioned that she had not made "
        "a final decision.",
        g("Clinton's shortlist for running mate has narrowed to Kaine, Sen. Elizabeth Warren and Agriculture Secretary Tom Vilsack", "people close to the search"),
        g("she had not made a final decision", "aides"),
    ),
    "obama-campaign-philadelphia": p(
        "Obama told the crowd in Philadelphia that he had never been more optimistic about America, and that "
        "there had never been a man or a woman more qualified than Hillary Clinton to serve as president.",
        g("he had never been more optimistic about America, and that there had never been a man or a woman more qualified than Hillary Clinton to serve as president", "Obama"),
    ),
    "priebus-memo": p(
        "In a memo to party members, Priebus argued that the committee's data operation gave the nominee an "
        "advantage no Republican had enjoyed before. Critics inside the party doubted that claim.",
        g("the committee's data operation gave the nominee an advantage no Republican had enjoyed before", "Priebus"),
        g("that claim", "Critics inside the party"),
    ),
    "trap-candidate-schedule-tweets": p(
        "Trump spent Saturday at his golf club in Bedminster, N.J., and returned to New York in the evening. "
        "He did not hold a public event.",
    ),
    "warren-loser": p(
        "Warren has emerged as one of Trump's sharpest critics, calling him a thin-skinned bully on Twitter "
        "and warning that he would sell out working families to his billionaire friends.",
        g("him a thin-skinned bully", "Warren"),
        g("he would sell out working families to his billionaire friends", "Warren"),
    ),
    "mcconnell-worries-senate": p(
        "McConnell worries that the party's nominee could cost Republicans the Senate, and he has encouraged "
        "vulnerable incumbents to run their own races.",
        g("the party's nominee could cost Republicans the Senate", "McConnell"),
        g("vulnerable incumbents to run their own races", "he"),
    ),
    "trap-electoral-math": p(
        "A candidate needs 270 electoral votes to win the presidency. Florida carries 29 and Pennsylvania 20.",
    ),
    "spokesman-declined": p(
        "A spokesman for the Clinton campaign, Brian Fallon, declined to comment on the report but said the "
        "campaign had always followed the law on foreign donations.",
        g("the campaign had always followed the law on foreign donations", "A spokesman for the Clinton campaign, Brian Fallon"),
    ),
    "trump-jr-tweet": p(
        "Donald Trump Jr. compared Syrian refugees to a bowl of Skittles in a tweet on Monday, drawing a rebuke "
        "from the candy's maker, which said the comparison was inappropriate.",
        g("Syrian refugees to a bowl of Skittles", "Donald Trump Jr."),
        g("the comparison was inappropriate", "the candy's maker"),
    ),
    "sanders-endorses-clinton-quote": p(
        "“Secretary Clinton will be the Democratic nominee, and I intend to do everything I can to make certain "
        "she will be the next president,” Sanders said in Portsmouth, N.H., where he formally endorsed her.",
        g("Secretary Clinton will be the Democratic nominee, and I intend to do everything I can to make certain she will be the next president", "Sanders", True),
    ),
    "rubio-reelection": p(
        "Rubio, who had said repeatedly that he would not seek re-election to the Senate, reversed course on "
        "Wednesday, citing the need to keep the chamber in Republican hands.",
        g("he would not seek re-election to the Senate", "Rubio"),
        g("the need to keep the chamber in Republican hands", "Rubio"),
    ),
}  # fmt: skip
