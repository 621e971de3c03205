"""A blind set of paragraphs written like 2016 US political coverage, dense in SOURCES and FRAMES the other sets hold few of.

Written for these tests in the manner of AP, Politico, The Hill, The New York Times, The Washington
Post and Reuters in 2016: real public figures of the year, but every sentence is written for this set
and the incidents are told loosely from memory -- no article's text, and no claim here is offered as a
record of what anyone said. The earlier sets hold that-clauses (`political_set`, `news_set`,
`campaign_set`), stances (`attitude_set`), nominal cues (`noun_cue_set`), boundaries (`boundary_set`),
topics and questions (`topic_set`) and short contents (`short_set`). This one holds:
(a) NON-HUMAN SOURCES: reports, audits, polls, filings, indictments, lawsuits, memos, letters,
    records, data, emails, ads and rulings that find, show, say, allege, warn or suggest;
(b) WRITTEN AND ONLINE SPEECH: "wrote in a Facebook post that", "tweeted that", "in an email, he
    wrote", "wrote in an op-ed", "in his book, he wrote", "posted ... that";
(c) ACCUSATION AND JUDGMENT FRAMES with a content: "accused X of", "criticized X for saying",
    "blamed X for", "praised X for", "shot back that", "fired back that";
(d) QUESTIONS, DOUBTS, KNOWLEDGE: "questioned whether", "wondered if", "doubts that", "knows that",
    "learned that", "acknowledged that", "conceded that", "realized that";
(e) AS-CLAUSES ("as Clinton has argued, ...", "..., as the campaign put it") and LONG DISTANCES: a
    content before its cue across a long clause, a source cut off from its cue by an apposition and a
    relative clause, a medium phrase between cue and content ("argued in the lawsuit that");
(f) PRECISION TRAPS (about a quarter): the same words with no attribution -- a report scheduled, a
    memo leaked, a poll's method, "knew the senator", "learned Spanish", "posted a loss", "wrote a
    book", "as the votes were counted", a request for comment declined, headlines.

Coded as a PolNeAR annotator marks attributions (content span, source phrase or None, direct or not)
and committed before the quote stage was run on any of it. The decisions per construction:
- A text, a poll, a record or data that finds, shows, says, states, indicates, suggests, concludes,
  alleges, claims, argues or warns is a source (PolNeAR attributes to documents and polls): the
  content is the clause or the small clause after the cue ("Polls show Clinton ahead in ..." ->
  "Clinton ahead in ..."); the source is the document's phrase with its modifiers ("A report
  released Wednesday by the inspector general"). "According to X" likewise.
- A text that is only handled (released, leaked, obtained, sealed, subpoenaed) or described (its
  size, its method, its margin of error) is no source: not coded.
- Written speech is speech: "wrote (in a post / an op-ed / a letter / a book) that C", "tweeted that
  C", "posted on Facebook that C" -> C. "wrote a book", "posted a loss", "posts after midnight" (no
  content) -> not coded.
- "accused X of Y", "blamed X for Y", "praised X for Y", "criticized X for Y" -> "X of Y" / "X for Y"
  (the charge or the verdict with the one it is about, as `campaign_set` codes them). A gerund of
  saying inside ("criticized X for saying C") is coded again at its own level: (C, X).
- "shot back that C", "fired back that C", "countered that C" -> C: a reply is speech.
- "asked / questioned / wondered whether (if) C" -> "whether C" ("if C"); "doubts that C" -> C;
  "raised doubts about whether C" -> "whether C".
- "knows / learned / realized that C" -> C (beliefs PolNeAR counts); "acknowledged / conceded that
  C" -> C. "knew the senator", "learned Spanish" (no proposition held) -> not coded.
- "As X has argued, C" and "C, as X put it" -> C. "As the votes were counted" (time) -> not coded.
- A content set before its cue runs from the start of its clause to the comma before the source,
  however long; a source with an apposition or a relative clause is the whole phrase (its head is
  what counts).
- Passive cues with no source ("is expected to", "is said to") are not used here either way;
  "declined to comment" and "did not respond to a request for comment" -> not coded.
Nested attributions are coded at each level, the inner one with its own (innermost) source.

Recoded after the first run (coding slips against the earlier sets' own conventions, not the stage's
answers): three intentions nested in a relative clause or a noun were left out -- "fixes that Congress
had refused to pass", "the Ohio governor who refused to attend the convention" (`short_set` and
`campaign_set` code "refused to" as an intention, `noun_cue_set` gives a relative clause's cue to its
antecedent) and "the state's decision to switch to the Flint River" (`attitude_set` codes "decision
to") -- and `internal-polling-showed` lists its gold in text order (the scorer gives a prediction to
the first gold it covers), as `noun_cue_set`'s supports-name does.
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- (a) reports, audits and inquiries ----------------------------------------------------------------
    "ig-report-found-email": p(
        "A report released Wednesday by the State Department's inspector general found that Clinton had not "
        "sought permission to use a private email server and that the department would not have approved it.",
        g("Clinton had not sought permission to use a private email server and that the department would not have approved it",
          "A report released Wednesday by the State Department's inspector general"),
    ),
    "trap-report-scheduled": p(
        "The Labor Department will release its last jobs report before the election on Friday morning, four "
        "days before voters go to the polls.",
    ),
    "gao-audit-concluded": p(
        "The Government Accountability Office concluded in an audit made public Tuesday that the Pentagon could "
        "not account for billions of dollars in equipment sent to Iraq and Afghanistan.",
        g("the Pentagon could not account for billions of dollars in equipment sent to Iraq and Afghanistan",
          "The Government Accountability Office"),
    ),
    "cbo-estimate-premiums": p(
        "The Congressional Budget Office's latest projections show premiums on the health law's exchanges "
        "rising faster than expected next year. Republicans seized on the numbers as proof that the law was "
        "failing.",
        g("premiums on the health law's exchanges rising faster than expected next year",
          "The Congressional Budget Office's latest projections"),
        g("the numbers as proof that the law was failing", "Republicans"),
    ),
    "benghazi-report-faulted": p(
        "The final report of the House Select Committee on Benghazi, released after two years of work, faulted "
        "the military's response to the attack, and Democrats on the panel called it a partisan waste of money.",
        g("the military's response to the attack", "The final report of the House Select Committee on Benghazi"),
        g("it a partisan waste of money", "Democrats on the panel"),
    ),
    "trap-benghazi-report-length": p(
        "The Benghazi committee's report runs to more than 800 pages, and Democrats on the panel published their "
        "own version a day earlier.",
    ),
    # -- polls --------------------------------------------------------------------------------------------
    "polls-show-clinton-ahead": p(
        "Polls show Clinton ahead in Pennsylvania by an average of six points, a lead that has held since the "
        "convention in Philadelphia.",
        g("Clinton ahead in Pennsylvania by an average of six points", "Polls"),
    ),
    "quinnipiac-found-tied": p(
        "A Quinnipiac University poll released Thursday found the race in Ohio tied, with Trump drawing strong "
        "support from white voters without college degrees.",
        g("the race in Ohio tied, with Trump drawing strong support from white voters without college degrees",
          "A Quinnipiac University poll released Thursday"),
    ),
    "trap-poll-method": p(
        "The poll of 1,011 likely voters was conducted by landline and cellphone from Sept. 27 to Oct. 2 and has a "
        "margin of error of plus or minus 3.1 percentage points.",
    ),
    "exit-polls-late-deciders": p(
        "Exit polls suggested that voters who made up their minds in the final week broke heavily for Trump in "
        "Wisconsin, Michigan and Pennsylvania.",
        g("voters who made up their minds in the final week broke heavily for Trump in Wisconsin, Michigan and Pennsylvania",
          "Exit polls"),
    ),
    "pew-survey-percent-said": p(
        "In a Pew Research Center survey, 57 percent of Republicans said the country had become worse off since "
        "2008, while most Democrats said it had improved.",
        g("the country had become worse off since 2008", "57 percent of Republicans"),
        g("it had improved", "most Democrats"),
    ),
    "trap-poll-of-voters-headline": p(
        "Clinton, Trump Locked in Tight Race in Florida as Early Voting Begins",
    ),
    "internal-polling-showed": p(
        "The campaign's internal polling showed Trump gaining among suburban women in the final days, two aides "
        "said, though neither would share the numbers.",
        g("The campaign's internal polling showed Trump gaining among suburban women in the final days", "two aides"),
        g("Trump gaining among suburban women in the final days", "The campaign's internal polling"),
    ),
    # -- filings, indictments, lawsuits, court rulings ----------------------------------------------------------
    "fec-filings-show-loan": p(
        "Filings with the Federal Election Commission show that Trump has lent his campaign more than $50 "
        "million, much of which he has since forgiven.",
        g("Trump has lent his campaign more than $50 million, much of which he has since forgiven",
          "Filings with the Federal Election Commission"),
    ),
    "trump-university-lawsuit-alleges": p(
        "The lawsuit, filed by former students in California, alleges that Trump University used high-pressure "
        "sales tactics to push customers into seminars that cost as much as $35,000.",
        g("Trump University used high-pressure sales tactics to push customers into seminars that cost as much as $35,000",
          "The lawsuit, filed by former students in California"),
    ),
    "texas-suit-argued": p(
        "Texas Attorney General Ken Paxton, who leads a coalition of 11 states against the administration, argued "
        "in the lawsuit that the guidance on transgender students had rewritten federal law without a vote of "
        "Congress.",
        g("the guidance on transgender students had rewritten federal law without a vote of Congress",
          "Texas Attorney General Ken Paxton, who leads a coalition of 11 states against the administration"),
    ),
    "judge-wrote-opinion-voter-id": p(
        "In a 30-page opinion, the appeals court judges wrote that North Carolina's voting law targeted black "
        "voters with almost surgical precision.",
        g("North Carolina's voting law targeted black voters with almost surgical precision", "the appeals court judges"),
    ),
    "ruling-said-undue-burden": p(
        "The Supreme Court's ruling in the Texas case said the state's restrictions on abortion clinics placed an "
        "undue burden on women. Abortion opponents vowed to keep fighting in the states.",
        g("the state's restrictions on abortion clinics placed an undue burden on women",
          "The Supreme Court's ruling in the Texas case"),
        g("keep fighting in the states", "Abortion opponents"),
    ),
    "complaint-accuses-wells": p(
        "The complaint accuses Wells Fargo of opening as many as two million accounts without customers' "
        "knowledge, and the bank agreed to pay $185 million in penalties.",
        g("Wells Fargo of opening as many as two million accounts without customers' knowledge", "The complaint"),
    ),
    "trap-filing-deadline": p(
        "The filing deadline for candidates in Florida passed at noon on Friday, and Rubio's name was on the list "
        "of those who had qualified.",
    ),
    "trap-records-subpoenaed": p(
        "The committee subpoenaed the records in March, and the company turned over about 4,000 pages in June.",
    ),
    # -- memos, letters, emails, records and data ------------------------------------------------------------
    "memo-states-hiring-freeze": p(
        "The memo, sent to agency heads on Monday, states that no new employees may be hired until the freeze is "
        "lifted, with exceptions for the military and public safety.",
        g("no new employees may be hired until the freeze is lifted, with exceptions for the military and public safety",
          "The memo, sent to agency heads on Monday"),
    ),
    "trap-memo-leaked": p(
        "The memo was leaked to reporters on Friday night, hours after it reached the campaign's field offices in "
        "Ohio and Florida.",
    ),
    "letter-national-security-warns": p(
        "The letter, signed by 50 Republican national security officials, warns that Trump would be the most "
        "reckless president in American history.",
        g("Trump would be the most reckless president in American history",
          "The letter, signed by 50 Republican national security officials"),
    ),
    "dnc-emails-show": p(
        "The hacked emails show that officials at the Democratic National Committee discussed ways to undercut "
        "Sanders during the primaries. Sanders said the emails confirmed what he had suspected for months.",
        g("officials at the Democratic National Committee discussed ways to undercut Sanders during the primaries",
          "The hacked emails"),
        g("the emails confirmed what he had suspected for months", "Sanders"),
    ),
    "trap-dnc-breach": p(
        "The breach at the Democratic National Committee exposed about 20,000 emails, and the party's chairwoman "
        "resigned on the eve of the convention.",
    ),
    "records-indicate-flights": p(
        "Flight records indicate that the governor used the state plane for at least a dozen trips to political "
        "events in 2015.",
        g("the governor used the state plane for at least a dozen trips to political events in 2015", "Flight records"),
    ),
    "data-suggest-turnout": p(
        "Early voting data suggest that black turnout in North Carolina is running well behind its 2012 pace, a "
        "worrying sign for Democrats.",
        g("black turnout in North Carolina is running well behind its 2012 pace", "Early voting data"),
    ),
    "trap-data-released": p(
        "The data were released by the state election board on Sunday afternoon and posted on its website.",
    ),
    "tax-documents-show": p(
        "Documents obtained by The New York Times show that Trump declared a loss of $916 million on his 1995 "
        "income tax returns.",
        g("Trump declared a loss of $916 million on his 1995 income tax returns",
          "Documents obtained by The New York Times"),
    ),
    "fbi-notes-show": p(
        "The FBI's notes from its interview with Clinton, made public on Friday, show that she told agents she "
        "could not recall any briefing on how to keep records.",
        g("she told agents she could not recall any briefing on how to keep records",
          "The FBI's notes from its interview with Clinton, made public on Friday"),
        g("she could not recall any briefing on how to keep records", "she"),
    ),
    "according-to-transcript": p(
        "According to a transcript of the closed-door hearing, the witness told lawmakers that the security "
        "requests from Benghazi never reached the secretary's desk.",
        g("the witness told lawmakers that the security requests from Benghazi never reached the secretary's desk",
          "a transcript of the closed-door hearing"),
        g("the security requests from Benghazi never reached the secretary's desk", "the witness"),
    ),
    # -- ads and statements as sources -----------------------------------------------------------------
    "ad-claims-kaine": p(
        "The ad, paid for by a pro-Trump super PAC, claims that Clinton would let in hundreds of thousands of "
        "refugees without screening them.",
        g("Clinton would let in hundreds of thousands of refugees without screening them",
          "The ad, paid for by a pro-Trump super PAC"),
    ),
    "ad-that-accuses": p(
        "Priorities USA is spending $6 million on an ad that accuses Trump of mocking a disabled reporter.",
        g("Trump of mocking a disabled reporter", "an ad"),
    ),
    "trap-ad-buy": p(
        "The ad will run in Ohio, Florida and North Carolina for three weeks, the largest buy of the race so far.",
    ),
    "statement-from-office": p(
        "A statement from the speaker's office said Ryan would not campaign with Trump for the rest of the race "
        "and would spend his time defending the House majority.",
        g("Ryan would not campaign with Trump for the rest of the race and would spend his time defending the House majority",
          "A statement from the speaker's office"),
    ),
    # -- (b) written and online speech -------------------------------------------------------------------
    "pence-facebook-post": p(
        "Pence wrote in a Facebook post on Saturday night that he did not condone Trump's words and could not "
        "defend them.",
        g("he did not condone Trump's words and could not defend them", "Pence"),
    ),
    "trump-tweeted-rigged": p(
        "Trump tweeted early Sunday that the election was being rigged by the media and at many polling places.",
        g("the election was being rigged by the media and at many polling places", "Trump"),
    ),
    "trump-series-of-tweets": p(
        "In a series of tweets before dawn, Trump called the former beauty queen disgusting and urged his "
        "followers to look up a video of her.",
        g("the former beauty queen disgusting", "Trump"),
        g("his followers to look up a video of her", "Trump"),
    ),
    "weaver-email-wrote": p(
        "In an email to supporters on Tuesday, Jeff Weaver, Sanders's campaign manager, wrote that the campaign "
        "had raised $5 million in the 24 hours after the New Hampshire primary.",
        g("the campaign had raised $5 million in the 24 hours after the New Hampshire primary",
          "Jeff Weaver, Sanders's campaign manager"),
    ),
    "obama-op-ed": p(
        "Obama wrote in an op-ed in The Economist that the next president should not turn away from trade but "
        "should make sure its gains were shared more widely.",
        g("the next president should not turn away from trade but should make sure its gains were shared more widely",
          "Obama"),
    ),
    "trump-book-wrote": p(
        "In his 2015 book, Trump wrote that the country's infrastructure was falling apart and that only a builder "
        "could fix it.",
        g("the country's infrastructure was falling apart and that only a builder could fix it", "Trump"),
    ),
    "trap-sanders-book": p(
        "Sanders wrote a book about his campaign, and it came out a week after the election to long lines at "
        "bookstores in Vermont.",
    ),
    "mccain-posted-statement": p(
        "McCain posted a statement on his website Saturday saying he would not vote for Trump, the first time he "
        "had withheld his vote from a Republican nominee.",
        g("he would not vote for Trump", "McCain"),
    ),
    "trap-twitter-posted-loss": p(
        "Twitter posted a loss of $103 million in the third quarter and said it would cut about 9 percent of its "
        "workforce.",
        g("it would cut about 9 percent of its workforce", "Twitter"),
    ),
    "trap-trump-posts-midnight": p(
        "Trump's account has more than 13 million followers, and he often posts after midnight from his bedroom "
        "at Trump Tower.",
    ),
    "clinton-letter-wrote": p(
        "Clinton wrote in a letter to her staff that she was sorry for the outcome but proud of the campaign they "
        "had run.",
        g("she was sorry for the outcome but proud of the campaign they had run", "Clinton"),
    ),
    "podesta-email-wrote": p(
        "In one of the emails, Podesta wrote to a colleague that Clinton's instincts on the email issue could be "
        "suboptimal.",
        g("Clinton's instincts on the email issue could be suboptimal", "Podesta"),
    ),
    "trump-caught-on-tape": p(
        "Trump was caught on tape in 2005 bragging that his fame let him do whatever he wanted with women.",
        g("his fame let him do whatever he wanted with women", "Trump"),
    ),
    # -- (c) accusation and judgment frames --------------------------------------------------------------------
    "clinton-accused-trump-puppet": p(
        "Clinton accused Trump of being Vladimir Putin's puppet during the third debate, and he interrupted "
        "her to say that she was the puppet.",
        g("Trump of being Vladimir Putin's puppet", "Clinton"),
        g("she was the puppet", "he"),
    ),
    "sanders-accused-clinton-speeches": p(
        "Sanders accused Clinton of being too close to Wall Street, pointing to the $675,000 she was paid for "
        "three speeches to Goldman Sachs.",
        g("Clinton of being too close to Wall Street", "Sanders"),
    ),
    "ryan-criticized-for-saying": p(
        "Ryan criticized Trump for saying that a federal judge could not be fair because of his Mexican heritage.",
        g("Trump for saying that a federal judge could not be fair because of his Mexican heritage", "Ryan"),
        g("a federal judge could not be fair because of his Mexican heritage", "Trump"),
    ),
    "gop-blamed-obama-premiums": p(
        "Republicans blamed Obama for the sharp rise in premiums, and Democrats said the health law needed fixes "
        "that Congress had refused to pass.",
        g("Obama for the sharp rise in premiums", "Republicans"),
        g("the health law needed fixes that Congress had refused to pass", "Democrats"),
        g("pass", "Congress"),
    ),
    "obama-praised-clinton": p(
        "Obama praised Clinton for her steadiness in the Situation Room and said no one had ever been more "
        "qualified to be president.",
        g("Clinton for her steadiness in the Situation Room", "Obama"),
        g("no one had ever been more qualified to be president", "Obama"),
    ),
    "trap-praise-crowd-cheered": p(
        "The crowd in Philadelphia cheered for nearly a minute when the president walked onto the stage.",
    ),
    "kaine-shot-back": p(
        "Pence said Clinton had run an insult-driven campaign, and Kaine shot back that Trump had called Mexicans "
        "rapists and criminals.",
        g("Clinton had run an insult-driven campaign", "Pence"),
        g("Trump had called Mexicans rapists and criminals", "Kaine"),
        g("Mexicans rapists and criminals", "Trump"),
    ),
    "campaign-fired-back": p(
        "The Trump campaign fired back that Clinton had spent 30 years in Washington and had nothing to show for "
        "it.",
        g("Clinton had spent 30 years in Washington and had nothing to show for it", "The Trump campaign"),
    ),
    "warren-criticized-stumpf-for": p(
        "Warren criticized Stumpf for blaming low-level employees for the fake accounts, and she told him he "
        "should give back the money he had made.",
        g("Stumpf for blaming low-level employees for the fake accounts", "Warren"),
        g("low-level employees for the fake accounts", "Stumpf"),
        g("he should give back the money he had made", "she"),
    ),
    "trap-accused-gunman": p(
        "The accused gunman, a 28-year-old from Florida, was arraigned on Monday and did not enter a plea.",
    ),
    "trap-blame-game-headline": p(
        "After Stunning Loss, Democrats Turn on Each Other",
    ),
    # -- (d) questions and doubts ----------------------------------------------------------------------------
    "senators-questioned-whether": p(
        "Several Republican senators questioned whether the $400 million payment to Iran amounted to ransom, and "
        "the State Department said it did not.",
        g("whether the $400 million payment to Iran amounted to ransom", "Several Republican senators"),
        g("it did not", "the State Department"),
    ),
    "donors-wondered-if": p(
        "Some donors at the retreat in Colorado wondered if the party could hold the Senate with Trump at the top "
        "of the ticket.",
        g("if the party could hold the Senate with Trump at the top of the ticket",
          "Some donors at the retreat in Colorado"),
    ),
    "mcconnell-doubts-that": p(
        "McConnell doubts that the Senate will take up a trade deal before the election, aides said.",
        g("McConnell doubts that the Senate will take up a trade deal before the election", "aides"),
        g("the Senate will take up a trade deal before the election", "McConnell"),
    ),
    "raised-doubts-whether": p(
        "The first debate raised doubts among undecided voters about whether Trump had the temperament to be "
        "president, a CNN poll found.",
        g("The first debate raised doubts among undecided voters about whether Trump had the temperament to be president",
          "a CNN poll"),
        g("whether Trump had the temperament to be president", "undecided voters"),
    ),
    "reporters-asked-whether-sanders": p(
        "Reporters asked Sanders at every stop whether he would endorse Clinton, and each time he said he would "
        "keep fighting until the convention.",
        g("whether he would endorse Clinton", "Reporters"),
        g("he would keep fighting until the convention", "he"),
    ),
    "trap-questions-town-hall": p(
        "The questions at the town hall came from undecided voters chosen by Gallup, and the candidates had two "
        "minutes each to answer.",
    ),
    "trap-ryan-moment-of-silence": p(
        "Ryan asked for a moment of silence for the victims in Orlando before the House began its votes on "
        "Monday evening.",
    ),
    # -- (d) knowledge and admission -------------------------------------------------------------------------
    "comey-knew-that": p(
        "Comey knew that sending the letter days before the election would draw fire from both parties, he later "
        "told lawmakers.",
        g("Comey knew that sending the letter days before the election would draw fire from both parties", "he"),
        g("sending the letter days before the election would draw fire from both parties", "Comey"),
    ),
    "trap-clinton-knew-kaine": p(
        "Clinton has known Kaine since his years as governor of Virginia, and the two campaigned together in "
        "2008.",
    ),
    "mayor-learned-that": p(
        "Flint residents learned only in late 2015 that the lead in their water had come from the state's decision "
        "to switch to the Flint River.",
        g("the lead in their water had come from the state's decision to switch to the Flint River", "Flint residents"),
        g("switch to the Flint River", "the state's"),
    ),
    "trap-kaine-learned-spanish": p(
        "Kaine learned Spanish as a missionary in Honduras, and he spoke it on the stump in Florida and Arizona.",
    ),
    "clinton-acknowledged-mistake": p(
        "Clinton acknowledged in an interview with ABC News that using a private server had been a mistake, and "
        "she said she took responsibility for it.",
        g("using a private server had been a mistake", "Clinton"),
        g("she took responsibility for it", "she"),
    ),
    "priebus-conceded": p(
        "Reince Priebus conceded that the nominee's comments had hurt the party with women, but he said voters "
        "cared more about jobs.",
        g("the nominee's comments had hurt the party with women", "Reince Priebus"),
        g("voters cared more about jobs", "he"),
    ),
    "gop-realized-late": p(
        "Many Republican leaders realized only on election night that the polls had missed a wave of rural voters.",
        g("the polls had missed a wave of rural voters", "Many Republican leaders"),
    ),
    "trump-aware-investigation": p(
        "The campaign was aware that the FBI was examining Manafort's work in Ukraine, two people familiar with the "
        "matter said.",
        g("The campaign was aware that the FBI was examining Manafort's work in Ukraine",
          "two people familiar with the matter"),
        g("the FBI was examining Manafort's work in Ukraine", "The campaign"),
    ),
    # -- (e) as-clauses ------------------------------------------------------------------------------------
    "as-clinton-argued": p(
        "As Clinton has argued since the primaries, the country cannot afford to let a man who picks fights on "
        "Twitter near the nuclear codes.",
        g("the country cannot afford to let a man who picks fights on Twitter near the nuclear codes", "Clinton"),
    ),
    "as-campaign-put-it": p(
        "The tax plan would cut rates for every bracket and end the estate tax, or, as the campaign put it, let "
        "working families keep more of what they earn.",
        g("let working families keep more of what they earn", "the campaign"),
    ),
    "as-sanders-said-debate": p(
        "Wall Street's business model is fraud, as Sanders said in a debate in Flint, and he has promised to break "
        "up the biggest banks.",
        g("Wall Street's business model is fraud", "Sanders"),
        g("break up the biggest banks", "he"),
    ),
    "trap-as-votes-counted": p(
        "As the votes were counted in Florida, the mood at the Javits Center darkened and the music stopped.",
    ),
    "trap-as-governor-jeb": p(
        "As governor of Florida, Bush cut taxes every year and vetoed more than 2,500 items from the state "
        "budget.",
    ),
    # -- (e) long contents before the cue, and long sources ------------------------------------------------------
    "long-content-then-weaver": p(
        "Sanders will stay in the race through the California primary and take his case to the convention floor "
        "in Philadelphia, his campaign manager, Jeff Weaver, said Tuesday.",
        g("Sanders will stay in the race through the California primary and take his case to the convention floor in Philadelphia",
          "his campaign manager, Jeff Weaver"),
    ),
    "long-content-trump-relcl": p(
        "The trade deal would send millions of jobs to Asia and gut what is left of the auto industry, Trump, who "
        "has made trade the center of his campaign, told a crowd in Michigan.",
        g("The trade deal would send millions of jobs to Asia and gut what is left of the auto industry",
          "Trump, who has made trade the center of his campaign"),
    ),
    "long-content-official-said": p(
        "The administration will admit at least 110,000 refugees in the coming year, including many from Syria, "
        "despite objections from Republican governors, a State Department official said Wednesday.",
        g("The administration will admit at least 110,000 refugees in the coming year, including many from Syria, despite objections from Republican governors",
          "a State Department official"),
    ),
    "long-source-mook": p(
        "Robby Mook, Clinton's campaign manager, who spent the morning on the Sunday shows, said Russian hackers had "
        "stolen the emails to help Trump.",
        g("Russian hackers had stolen the emails to help Trump", "Robby Mook, Clinton's campaign manager, who spent the morning on the Sunday shows"),
    ),
    "long-source-kasich": p(
        "Kasich, the Ohio governor who refused to attend the convention in his own state's largest city, told "
        "reporters on Monday that he had written in McCain's name on his ballot.",
        g("attend the convention in his own state's largest city", "the Ohio governor"),
        g("he had written in McCain's name on his ballot",
          "Kasich, the Ohio governor who refused to attend the convention in his own state's largest city"),
    ),
    "long-source-spokeswoman-email": p(
        "A spokeswoman for Sen. Marco Rubio, who is seeking a second term in Florida, said in an email that he "
        "still planned to vote for the party's nominee.",
        g("he still planned to vote for the party's nominee", "A spokeswoman for Sen. Marco Rubio"),
        g("vote for the party's nominee", "he"),
    ),
    "conway-cue-after-quote": p(
        "“We are not behind,” Kellyanne Conway, Trump's campaign manager, said on Sunday, adding that the "
        "campaign's own numbers showed a dead heat in Florida.",
        g("We are not behind", "Kellyanne Conway, Trump's campaign manager", True),
        g("the campaign's own numbers showed a dead heat in Florida", "Kellyanne Conway, Trump's campaign manager"),
        g("a dead heat in Florida", "the campaign's own numbers"),
    ),
    # -- mixed paragraphs -----------------------------------------------------------------------------------
    "comey-letter-said": p(
        "Comey's letter to Congress said the bureau had come across new emails in an unrelated case. Democrats said "
        "the letter was vague and misleading, and Clinton demanded that the FBI release everything it had.",
        g("the bureau had come across new emails in an unrelated case", "Comey's letter to Congress"),
        g("the letter was vague and misleading", "Democrats"),
        g("the FBI release everything it had", "Clinton"),
    ),
    "trap-comey-headline": p(
        "Comey Letter Jolts Race in Final Days",
    ),
    "trap-no-comment": p(
        "A spokesman for the Trump Organization did not respond to a request for comment on Tuesday.",
    ),
    "trap-declined-to-comment": p(
        "The campaign declined to comment on the audit, and the Justice Department would not confirm that an "
        "investigation was under way.",
        g("an investigation was under way", "the Justice Department"),
    ),
    "foundation-review-found": p(
        "An Associated Press review of Clinton's calendars found that more than half of the private citizens she "
        "met as secretary of state had given money to the foundation. The campaign said the review was deeply "
        "flawed.",
        g("more than half of the private citizens she met as secretary of state had given money to the foundation",
          "An Associated Press review of Clinton's calendars"),
        g("the review was deeply flawed", "The campaign"),
    ),
    "trap-calendars-released": p(
        "The State Department released the calendars in batches over the summer after a lawsuit by a conservative "
        "group.",
    ),
    "study-concluded-tax-plan": p(
        "A study by the Tax Policy Center concluded that Trump's plan would add $9.5 trillion to the debt over a "
        "decade, and the campaign called the study biased.",
        g("Trump's plan would add $9.5 trillion to the debt over a decade", "A study by the Tax Policy Center"),
        g("the study biased", "the campaign"),
    ),
    "trap-study-funded": p(
        "The study was funded by a foundation with ties to the Koch brothers and took two years to complete.",
    ),
    "emails-suggest-schultz": p(
        "The emails suggest that Debbie Wasserman Schultz's staff saw Sanders as a nuisance during the "
        "primaries.",
        g("Debbie Wasserman Schultz's staff saw Sanders as a nuisance", "The emails"),
        g("Sanders as a nuisance", "Debbie Wasserman Schultz's staff"),
    ),
    "indictment-alleges-bridgegate": p(
        "The indictment alleges that two of Christie's former allies closed lanes on the George Washington Bridge "
        "to punish a Democratic mayor. Christie has said he knew nothing of the plot.",
        g("two of Christie's former allies closed lanes on the George Washington Bridge to punish a Democratic mayor",
          "The indictment"),
        g("he knew nothing of the plot", "Christie"),
    ),
    "trap-bridge-trial-date": p(
        "The trial of the two former officials opened in Newark in September and lasted six weeks.",
    ),
    "warn-economists-letter": p(
        "In an open letter, 370 economists, including eight Nobel laureates, warned that Trump's policies would "
        "damage the economy.",
        g("Trump's policies would damage the economy", "370 economists, including eight Nobel laureates"),
    ),
    "trump-claimed-without-evidence": p(
        "Trump claimed on Twitter, without offering any evidence, that he had won the popular vote if millions of "
        "illegal ballots were deducted.",
        g("he had won the popular vote if millions of illegal ballots were deducted", "Trump"),
    ),
    "trap-twitter-headline": p(
        "Trump's Twitter Habit Worries Allies",
    ),
    "nyt-reported-that": p(
        "The New York Times reported on Monday that Manafort's name appeared in a secret ledger of cash payments "
        "in Ukraine. Manafort called the report unfounded and silly.",
        g("Manafort's name appeared in a secret ledger of cash payments in Ukraine", "The New York Times"),
        g("the report unfounded and silly", "Manafort"),
    ),
    "trap-ledger-found": p(
        "The ledger was found in the party's offices in Kiev after its leader fled to Russia in 2014.",
    ),
    "reid-letter-accused-comey": p(
        "Harry Reid, in a letter to Comey, accused the director of violating the Hatch Act and wrote that the FBI "
        "was sitting on explosive information about Trump's ties to Russia.",
        g("the director of violating the Hatch Act", "Harry Reid"),
        g("the FBI was sitting on explosive information about Trump's ties to Russia", "Harry Reid"),
    ),
}
