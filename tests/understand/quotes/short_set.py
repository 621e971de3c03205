"""A blind set of paragraphs written like 2016 US political coverage, dense in SHORT contents, content boundaries and precision traps.

Written for these tests in the manner of AP, Politico, The Hill, The New York Times, The Washington
Post and Reuters in 2016: real public figures of the year, but every sentence is written for this set
and the incidents are told loosely from memory -- no article's text, and no claim here is offered as
a record of what anyone said. The earlier sets hold long that-clauses (`political_set`, `news_set`,
`campaign_set`), stances (`attitude_set`), nominal cues (`noun_cue_set`), noun-phrase topics and
questions (`topic_set`). This one holds what those have few of:
(a) SHORT contents: pro-forms ("said so", "denied it", "has said as much", "as she put it"), short
    clauses ("said he would", "said no", "said she was not"), beliefs and intentions with short
    complements ("wants a wall", "hopes to win", "expects a fight", "vowed to appeal"), and
    "according to X" after a short clause;
(b) content BOUNDARIES: a trailing "according to" or "the official said", parentheticals, coordinated
    clauses, quotes split by their cue, a content that ends where a second speaker's clause begins,
    "X said, adding that ...";
(c) PRECISION TRAPS: the same words with no attribution ("a plan to" naming a program, "no comment",
    "in a statement released Friday" with no content, "needless to say", "say, Ohio", reported events
    with no source, headlines).

Coded as a PolNeAR annotator marks attributions (content span, source phrase or None, direct or not)
and committed before the quote stage was run on any of it. The decisions per construction:
- A pro-form object of a cue is the content PolNeAR marks: "said so" -> "so", "denied it" -> "it",
  "has said as much" -> "as much", "said that" (demonstrative) -> "that", "thinks so" -> "so". The
  content is short, but the attribution is there (a source, a cue, and what the cue reports, given by
  reference). "said no" / "said yes" -> "no" / "yes". (`noun_cue_set` keeps "the court said so" after
  "The map looked odd" as a trap; this set codes a pro-form whose source is a person or a body that
  speaks, as PolNeAR's guidelines mark every source-cue-content triple.)
- "as X put it, <clause>" and "<clause>, as X said" -> the clause is the content.
- A short clause is coded whole ("he would", "she was not"): an elliptic clause is still a content.
- Intentions and beliefs (want, hope, expect, plan, intend, vow, pledge, promise, refuse, threaten,
  agree + to) -> the complement without its "to", or the object ("a wall", "a fight"). "agreed" or
  "refused" with no complement, "declined to comment" and "no comment" -> not coded (no content).
- "according to X" -> the clause it attaches to, whether it trails or leads; a trailing "the official
  said" likewise; a parenthetical source ("The plan, Clinton said, would ...") splits the content
  in two pieces.
- Coordinated clauses under one cue ("said he would stay and that he would fight") are one content;
  clauses after ", adding that" are a second attribution of the same source; a second speaker's
  clause ("..., but Pelosi said ...") ends the first content.
- A quote split by its cue is one direct content in two pieces.
- "in a statement" / "told reporters" / "in an interview" with no content -> not coded; a reported
  event told with no source, a headline stating a fact, "say" as "for example" or in "needless to say"
  -> not coded. A program or bill called "a plan to ..." (a thing enacted or blocked, not an intention
  someone holds) -> not coded; "her plan to ..." in a candidate's proposal is not used here either way.
Nested attributions are coded at each level, the inner one with its own source.
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- pro-forms: said so, denied it, as much, put it ------------------------------------------------
    "ryan-said-so": p(
        "Asked whether he would campaign with Trump in Wisconsin, Paul Ryan told reporters he would not. "
        "He said so again on Thursday.",
        g("he would not", "Paul Ryan"),
        g("so", "He"),
        g("whether he would campaign with Trump in Wisconsin", None),
    ),
    "manafort-denied-it": p(
        "The Times reported that Paul Manafort's name appeared in a secret ledger of cash payments in Ukraine. "
        "Manafort denied it.",
        g("Paul Manafort's name appeared in a secret ledger of cash payments in Ukraine", "The Times"),
        g("it", "Manafort"),
    ),
    "comey-said-as-much": p(
        "James Comey has said as much in testimony before the House Oversight Committee, and Republicans on "
        "the panel were not satisfied.",
        g("as much", "James Comey"),
    ),
    "warren-as-she-put-it": p(
        "As Elizabeth Warren put it at a rally in Ohio, Trump is a small, insecure money-grubber.",
        g("Trump is a small, insecure money-grubber", "Elizabeth Warren"),
    ),
    "pence-thinks-so": p(
        "Will Trump release his tax returns before Election Day? Mike Pence thinks so.",
        g("so", "Mike Pence"),
    ),
    "clinton-confirmed-it": p(
        "A campaign aide said Clinton had been diagnosed with pneumonia on Friday, and her doctor confirmed it "
        "in a statement hours later.",
        g("Clinton had been diagnosed with pneumonia on Friday", "A campaign aide"),
        g("it", "her doctor"),
    ),
    "sanders-said-that-demonstrative": p(
        "Sanders has long argued the system is rigged. He said that again in Philadelphia on Monday.",
        g("the system is rigged", "Sanders"),
        g("that", "He"),
    ),
    "ryan-said-no": p(
        "Reporters asked Ryan whether he would rescind his endorsement. Ryan said no.",
        g("whether he would rescind his endorsement", "Reporters"),
        g("no", "Ryan"),
    ),
    "kasich-said-yes": p(
        "Asked if he would support the nominee, Gov. John Kasich said yes, then hedged.",
        g("if he would support the nominee", None),
        g("yes", "Gov. John Kasich"),
    ),
    "trump-direct-no": p(
        "“No,” Trump said when asked if he would accept the result.",
        g("No", "Trump", True),
        g("if he would accept the result", None),
    ),
    "earnest-would-not-say-so": p(
        "Josh Earnest would not say so directly, but the White House believes the Russian government was "
        "behind the hack.",
        g("so", "Josh Earnest"),
        g("the Russian government was behind the hack", "the White House"),
    ),
    "mcconnell-has-said-that-before": p(
        "McConnell has said the Senate will not hold hearings on Merrick Garland. He said it again on "
        "Tuesday.",
        g("the Senate will not hold hearings on Merrick Garland", "McConnell"),
        g("it", "He"),
    ),
    "trump-believes-it": p(
        "Trump says the election is rigged, and many of his supporters believe it.",
        g("the election is rigged", "Trump"),
        g("it", "many of his supporters"),
    ),
    # -- short clauses -------------------------------------------------------------------------------
    "rubio-said-he-would-stay": p(
        "Marco Rubio insisted for months that he was leaving the Senate. In June he said he would stay.",
        g("he was leaving the Senate", "Marco Rubio"),
        g("he would stay", "he"),
    ),
    "clinton-said-she-was-not": p(
        "Asked if she was tired, Clinton said she was not.",
        g("if she was tired", None),
        g("she was not", "Clinton"),
    ),
    "cruz-said-he-had-not": p(
        "Cruz said he had not decided. His aides said he would decide by the weekend.",
        g("he had not decided", "Cruz"),
        g("he would decide by the weekend", "His aides"),
    ),
    "spicer-said-it-was": p(
        "Sean Spicer said it was over.",
        g("it was over", "Sean Spicer"),
    ),
    "biden-says-he-wont": p(
        "Vice President Joe Biden says he won't run.",
        g("he won't run", "Vice President Joe Biden"),
    ),
    "pelosi-said-democrats-would-fight": p(
        "Nancy Pelosi said Democrats would fight.",
        g("Democrats would fight", "Nancy Pelosi"),
    ),
    "clinton-admitted-mistake": p(
        "Clinton admitted she made a mistake.",
        g("she made a mistake", "Clinton"),
    ),
    "trump-insisted-he-did": p(
        "Trump insisted he did. Fact-checkers found no evidence.",
        g("he did", "Trump"),
    ),
    # -- intentions and beliefs with short complements -------------------------------------------------
    "trump-wants-wall": p(
        "Trump wants a wall. Clinton wants a path to citizenship.",
        g("a wall", "Trump"),
        g("a path to citizenship", "Clinton"),
    ),
    "kasich-hopes-to-win": p(
        "Kasich hopes to win Ohio on Tuesday and stay in the race until the convention.",
        g("win Ohio on Tuesday and stay in the race until the convention", "Kasich"),
    ),
    "schumer-expects-fight": p(
        "Chuck Schumer expects a fight over the Supreme Court seat.",
        g("a fight over the Supreme Court seat", "Chuck Schumer"),
    ),
    "sanders-plans-to-stay": p(
        "Sanders plans to stay in the race through the California primary, his campaign manager said Monday.",
        g("stay in the race through the California primary", "Sanders"),
        g("Sanders plans to stay in the race through the California primary", "his campaign manager"),
    ),
    "mcconnell-vowed-to-block": p(
        "McConnell vowed to block the nomination.",
        g("block the nomination", "McConnell"),
    ),
    "obama-promised-to-act": p(
        "Obama promised to act on guns if Congress would not.",
        g("act on guns if Congress would not", "Obama"),
    ),
    "clinton-pledged-to-appoint": p(
        "Clinton has pledged to appoint justices who would overturn Citizens United.",
        g("appoint justices who would overturn Citizens United", "Clinton"),
    ),
    "trump-threatened-to-sue": p(
        "Trump threatened to sue the women who accused him.",
        g("sue the women who accused him", "Trump"),
    ),
    "ryan-intends-to": p(
        "Ryan intends to remain speaker.",
        g("remain speaker", "Ryan"),
    ),
    "christie-refused-to-say": p(
        "Chris Christie refused to say whether he knew about the lane closures.",
        g("whether he knew about the lane closures", "Chris Christie"),
    ),
    "democrats-fear-low-turnout": p(
        "Democrats fear low turnout among young voters.",
        g("low turnout among young voters", "Democrats"),
    ),
    "gop-leaders-worry": p(
        "Republican leaders worry that Trump will cost them the Senate.",
        g("Trump will cost them the Senate", "Republican leaders"),
    ),
    "cruz-agreed-to-endorse": p(
        "Cruz agreed to endorse Trump after weeks of talks.",
        g("endorse Trump", "Cruz"),
    ),
    "trap-cruz-agreed-bare": p(
        "Cruz finally agreed. The announcement came on a Friday afternoon.",
    ),
    "priebus-expects-unity": p(
        "Reince Priebus expects a united party by July, he told Fox News.",
        g("a united party by July", "Reince Priebus"),
        g("Reince Priebus expects a united party by July", "he"),
    ),
    "voters-want-change": p(
        "Most voters want change, according to the poll.",
        g("change", "Most voters"),
        g("Most voters want change", "the poll"),
    ),
    # -- according to with short contents --------------------------------------------------------------
    "according-to-aides-canceled": p(
        "The meeting was canceled, according to aides.",
        g("The meeting was canceled", "aides"),
    ),
    "according-to-officials-leading": p(
        "According to two officials, Trump will visit Mexico on Wednesday.",
        g("Trump will visit Mexico on Wednesday", "two officials"),
    ),
    "according-to-mid-sentence": p(
        "Pence, according to his spokesman, has no plans to debate again.",
        g(("Pence", "has no plans to debate again"), "his spokesman"),
    ),
    "according-to-fbi-short": p(
        "No charges are appropriate, according to the FBI director.",
        g("No charges are appropriate", "the FBI director"),
    ),
    "according-to-filings-count": p(
        "Trump's campaign spent $19 million in June, according to federal filings, and had $1.3 million in cash.",
        g("Trump's campaign spent $19 million in June", "federal filings"),
    ),
    # -- boundaries: trailing source, parentheticals, coordination, split quotes ------------------------
    "trailing-official-said": p(
        "The administration will admit 10,000 Syrian refugees this year, a State Department official said.",
        g("The administration will admit 10,000 Syrian refugees this year", "a State Department official"),
    ),
    "parenthetical-clinton-plan": p(
        "The plan, Clinton said, would cost $350 billion over 10 years.",
        g(("The plan", "would cost $350 billion over 10 years"), "Clinton"),
    ),
    "coordinated-sanders": p(
        "Sanders said he would stay in the race and that he would fight for every delegate in California.",
        g("he would stay in the race and that he would fight for every delegate in California", "Sanders"),
    ),
    "adding-that-kaine": p(
        "Tim Kaine said he was proud of the ticket, adding that he had known Clinton for more than a decade.",
        g("he was proud of the ticket", "Tim Kaine"),
        g("he had known Clinton for more than a decade", "Tim Kaine"),
    ),
    "second-speaker-ends-content": p(
        "Ryan said the House would vote on the bill in September, but Pelosi said Democrats would block it.",
        g("the House would vote on the bill in September", "Ryan"),
        g("Democrats would block it", "Pelosi"),
    ),
    "split-direct-quote": p(
        "“We are going to win,” Trump said, “and we are going to win big.”",
        g(("We are going to win", "and we are going to win big."), "Trump", True),
    ),
    "direct-then-indirect": p(
        "“I'm with her,” Sanders said. He said he would campaign in Ohio next week.",
        g("I'm with her", "Sanders", True),
        g("he would campaign in Ohio next week", "He"),
    ),
    "content-stops-before-while": p(
        "Clinton said she would raise taxes on the wealthy, while Trump promised tax cuts for everyone.",
        g("she would raise taxes on the wealthy", "Clinton"),
        g("tax cuts for everyone", "Trump"),
    ),
    "content-then-when-clause": p(
        "Obama said the country was safer than it had been in decades when he spoke at West Point.",
        g("the country was safer than it had been in decades", "Obama"),
    ),
    "content-stops-at-semicolon": p(
        "Comey said no reasonable prosecutor would bring the case; Republicans said he had gone easy on Clinton.",
        g("no reasonable prosecutor would bring the case", "Comey"),
        g("he had gone easy on Clinton", "Republicans"),
    ),
    "said-in-interview-trailing": p(
        "The wall will be paid for by Mexico, Trump said in an interview on Sunday.",
        g("The wall will be paid for by Mexico", "Trump"),
    ),
    "told-that-after-statement": p(
        "In a statement released Friday, the Clinton campaign said the FBI letter was extraordinary.",
        g("the FBI letter was extraordinary", "the Clinton campaign"),
    ),
    "saying-that-clause": p(
        "Ryan defended the party's nominee on Monday, saying Trump had earned the delegates.",
        g("Trump had earned the delegates", "Ryan"),
    ),
    "said-short-before-and-act": p(
        "Trump said he would release his returns and then held a rally in Florida.",
        g("he would release his returns", "Trump"),
    ),
    "nested-short": p(
        "Conway said Trump believes it.",
        g("Trump believes it", "Conway"),
        g("it", "Trump"),
    ),
    "according-to-person-familiar": p(
        "Trump has offered Flynn the post, according to a person familiar with the decision, and Flynn has accepted.",
        g("Trump has offered Flynn the post", "a person familiar with the decision"),
    ),
    "direct-short-then-said": p(
        "“It's over,” Priebus said on election night.",
        g("It's over", "Priebus", True),
    ),
    "indirect-then-direct-colon": p(
        "Sanders said the fight would go on: “We will take it to the convention.”",
        g("the fight would go on", "Sanders"),
        g("We will take it to the convention.", "Sanders", True),
    ),
    "believes-short-coordinated": p(
        "The campaign believes it can win Pennsylvania and Michigan, and it is spending heavily there.",
        g("it can win Pennsylvania and Michigan", "The campaign"),
    ),
    "says-present-short": p(
        "Kellyanne Conway says the race is tightening.",
        g("the race is tightening", "Kellyanne Conway"),
    ),
    "warned-short": p(
        "Obama warned that Trump was unfit.",
        g("Trump was unfit", "Obama"),
    ),
    "argues-short-object-wall": p(
        "Trump argues the wall would pay for itself.",
        g("the wall would pay for itself", "Trump"),
    ),
    # -- precision traps -----------------------------------------------------------------------------
    "trap-plan-program": p(
        "The plan to rebuild the Flint water system ran into delays, and crews had replaced only 33 lead "
        "service lines by March.",
    ),
    "trap-no-comment": p(
        "A spokesman for the campaign declined to comment.",
    ),
    "trap-did-not-respond": p(
        "The Trump campaign did not respond to a request for comment on Friday.",
    ),
    "trap-statement-no-content": p(
        "The Clinton campaign issued a statement on Friday night, hours after the letter became public.",
    ),
    "trap-needless-to-say": p(
        "Needless to say, the convention hall was nearly empty by the time the last speaker took the stage.",
    ),
    "trap-say-for-example": p(
        "A candidate who wins a big state, say, Ohio or Florida, collects all of its delegates.",
    ),
    "trap-reported-event": p(
        "Trump won the Indiana primary on Tuesday, and Cruz suspended his campaign hours later.",
    ),
    "trap-headline": p(
        "Clinton Clinches Democratic Nomination After Primaries in New Jersey",
    ),
    "trap-headline-votes": p(
        "Senate Passes Zika Funding Bill After Months of Delay",
    ),
    "guards-told-to-leave": p(
        # A directive is speech: "told X to Z" is coded "X to Z", as "urged X to Z" is in `campaign_set`.
        "Security guards told a protester to leave the rally, and he was escorted out.",
        g("a protester to leave the rally", "Security guards"),
    ),
    "trap-signed-law": p(
        "Gov. Pat McCrory signed the bathroom bill into law in March, and the NBA moved its All-Star Game.",
    ),
    "trap-vote-count": p(
        "The House voted 241 to 173 to pass the bill, with 14 Democrats joining Republicans.",
    ),
    "trap-program-aims": p(
        "The program, created in 2010 to help veterans find jobs, has placed more than 20,000 people.",
    ),
    "trap-made-landfall": p(
        "Hurricane Matthew made landfall in South Carolina on Saturday, hours after it battered Florida.",
    ),
    "trap-promise-as-noun-name": p(
        "The Promise Zone in eastern Kentucky received $40 million in federal grants.",
    ),
    "trap-statement-of-account": p(
        "The campaign's statement of account lists $12 million in unpaid bills.",
    ),
    "trap-wanted-poster": p(
        "The suspect's wanted poster was taken down after his arrest in Linden, N.J.",
    ),
    "trap-hope-place": p(
        "Clinton's motorcade passed through Hope, Ark., on its way to Little Rock.",
    ),
    "trap-state-of-union": p(
        "The State of the Union address drew 31 million viewers, the smallest audience in years.",
    ),
    "trap-claim-form": p(
        "Victims of the floods in Louisiana have until January to file a claim with FEMA.",
    ),
    "trap-ask-price": p(
        "The asking price for the Trump Tower apartment was $12 million.",
    ),
    "trap-report-card": p(
        "The report was 58 pages long and took the inspector general's office a year to complete.",
    ),
    "trap-word-count": p(
        "Trump used the word “huge” 14 times in the debate.",
    ),
    "trap-convention-ended": p(
        "The convention ended on Thursday night with balloons, confetti and fireworks over Philadelphia.",
    ),
    # -- mixed paragraphs --------------------------------------------------------------------------------
    "mixed-denied-and-said": p(
        "Trump denied the allegations. His lawyers said they would sue.",
        g("the allegations", "Trump"),
        g("they would sue", "His lawyers"),
    ),
    "mixed-hopes-and-event": p(
        "Clinton campaigned in North Carolina on Sunday. She hopes to carry the state.",
        g("carry the state", "She"),
    ),
    "mixed-said-so-and-trap": p(
        "The vote was delayed until after the recess. Leaders said so in a memo to members.",
        g("so", "Leaders"),
    ),
    "mixed-according-and-vowed": p(
        "Sanders will endorse Clinton next week, according to two Democrats, and has vowed to campaign for her.",
        g("Sanders will endorse Clinton next week", "two Democrats"),
        g("campaign for her", "Sanders"),
    ),
    "mixed-expects-and-said": p(
        "The White House expects a veto fight, and Earnest said the president would not back down.",
        g("a veto fight", "The White House"),
        g("the president would not back down", "Earnest"),
    ),
    "mixed-short-direct-says": p(
        "“Believe me,” Trump says at nearly every rally.",
        g("Believe me", "Trump", True),
    ),
    # -- coded before the second run: longer paragraphs as the wires write them -------------------------
    "ryan-yes-mcconnell-no": p(
        "Would the Senate take up the House bill before the recess? Ryan said yes; McConnell said no, and his "
        "aides said the votes were not there.",
        g("yes", "Ryan"),
        g("no", "McConnell"),
        g("the votes were not there", "his aides"),
    ),
    "pence-asked-about-it": p(
        "Asked about the tape on Sunday, Pence said he had not watched it. He said he would pray for the "
        "nominee's family.",
        g("the tape", None),
        g("he had not watched it", "Pence"),
        g("he would pray for the nominee's family", "He"),
    ),
    "trump-has-said-he-plans-to": p(
        "Trump has not released his tax returns. He has said he plans to once an audit is finished, but tax "
        "lawyers say an audit is no bar to releasing them.",
        g("he plans to once an audit is finished", "He"),
        g("an audit is no bar to releasing them", "tax lawyers"),
    ),
    "conway-told-cnn-trailing": p(
        "The campaign is not changing its message, Kellyanne Conway told CNN on Sunday. The candidate, she "
        "said, is comfortable with where the race stands.",
        g("The campaign is not changing its message", "Kellyanne Conway"),
        g(("The candidate", "is comfortable with where the race stands"), "she"),
    ),
    "campaign-statement-it-would-comply": p(
        "The Clinton campaign said in a statement that it would comply with the subpoena. It did not say when.",
        g("it would comply with the subpoena", "The Clinton campaign"),
        g("when", "It"),  # a sluice: "when" stands for "when it would comply", a pro-form content
    ),
    "earnest-would-not-say": p(
        "Josh Earnest would not say whether the president had been briefed. Obama, he said, was focused on the "
        "hurricane response.",
        g("whether the president had been briefed", "Josh Earnest"),
        g(("Obama", "was focused on the hurricane response"), "he"),
    ),
    "anonymity-trap-and-content": p(
        "The official, who spoke on condition of anonymity because he was not authorized to discuss the "
        "matter publicly, said the decision had been made weeks ago.",
        g("the decision had been made weeks ago", "The official"),
    ),
    "clinton-aides-say-wants": p(
        "Clinton, her aides say, wants a debate on the economy, not on her emails.",
        g(("Clinton", "wants a debate on the economy, not on her emails"), "her aides"),
        g("a debate on the economy, not on her emails", "Clinton"),
    ),
    "democrats-hope-so": p(
        "Can Democrats win back the Senate? Party leaders hope so, and they are spending heavily in Nevada and "
        "New Hampshire.",
        g("so", "Party leaders"),
    ),
    "as-obama-has-said": p(
        "The economy has added jobs for 70 straight months, as Obama has said at nearly every stop this fall.",
        g("The economy has added jobs for 70 straight months", "Obama"),
    ),
    "trump-vowed-to-repeal-it": p(
        "The health law's premiums will rise by an average of 25 percent next year. Trump has vowed to repeal it.",
        g("repeal it", "Trump"),
    ),
    "ryan-expects-to": p(
        "Ryan expects to remain speaker, his spokeswoman said on Wednesday.",
        g("remain speaker", "Ryan"),
        g("Ryan expects to remain speaker", "his spokeswoman"),
    ),
    "according-to-politico-report": p(
        "Manafort is out, according to a Politico report. The campaign did not confirm it.",
        g("Manafort is out", "a Politico report"),
        g("it", "The campaign"),
    ),
    "trump-tweeted-short": p(
        "Trump tweeted that he had won the debate. Polls of viewers said otherwise.",
        g("he had won the debate", "Trump"),
        g("otherwise", "Polls of viewers"),
    ),
    "kaine-did-not-say": p(
        "Kaine said the campaign would compete in Arizona. He did not say how much it would spend there.",
        g("the campaign would compete in Arizona", "Kaine"),
        g("how much it would spend there", "He"),
    ),
    "split-quote-with-adding": p(
        "“We will not be lectured,” McConnell said, “by a president who has six months left.” He added that "
        "the seat would stay open.",
        g(("We will not be lectured", "by a president who has six months left."), "McConnell", True),
        g("the seat would stay open", "He"),
    ),
    "fbi-letter-boundary": p(
        "Comey told lawmakers the bureau had found new emails that appeared pertinent to the case, and that "
        "agents would review them, a letter released Friday showed.",
        g("the bureau had found new emails that appeared pertinent to the case, and that agents would review them", "Comey"),
        g("Comey told lawmakers the bureau had found new emails that appeared pertinent to the case, and that agents would review them", "a letter released Friday"),
    ),
    "sanders-supporters-believe-content-ends": p(
        "Many Sanders supporters believe the primary was rigged, and some of them booed the nominee's name on "
        "the convention floor on Monday.",
        g("the primary was rigged", "Many Sanders supporters"),
    ),
    "clinton-said-she-would-if": p(
        "Clinton said she would if the Senate asked her to, and she left open a return to the State Department.",
        g("she would if the Senate asked her to", "Clinton"),
    ),
    "pelosi-predicts": p(
        "Pelosi predicted a Democratic House. Few in her party agree.",
        g("a Democratic House", "Pelosi"),
    ),
    # -- precision traps, second run ----------------------------------------------------------------------
    "trap-all-told": p(
        "All told, the two campaigns and their allies spent more than $2 billion on television ads.",
    ),
    "trap-as-expected": p(
        "As expected, Clinton won the District of Columbia by a wide margin on Tuesday night.",
    ),
    "trap-hopes-faded": p(
        "By October, Trump's hopes in Virginia had faded, and the campaign pulled its staff out of the state.",
    ),
    "trap-city-denied-permit": p(
        "The city denied the permit for the rally, and the campaign moved the event to an airport hangar.",
    ),
    "trap-senate-confirmed": p(
        "The Senate confirmed the nominee 65 to 34 on Thursday, after a debate that lasted two days.",
    ),
    "trap-debate-schedule": p(
        "The second debate will be held at Washington University in St. Louis on Oct. 9, in a town hall format.",
    ),
    "trap-tweet-count": p(
        "Trump sent 37 tweets on Saturday, most of them after midnight.",
    ),
    "trap-speech-length": p(
        "The acceptance speech ran 75 minutes, the longest since at least 1972.",
    ),
    "trap-said-to-be-name": p(
        "The Say Yes to Education program in Buffalo received a $10 million gift on Monday.",
    ),
    "trap-warning-label": p(
        "The ballot in Florida carried a warning about voter fraud printed in English and Spanish.",
    ),
}  # fmt: skip
