"""A blind set of paragraphs written like 2016 US political coverage for the reporting verbs the cue lexicon lacked, and for contents given by a relative.

Written for these tests in the manner of wire and newspaper coverage of 2016: public figures of the
year, but every sentence is written for this set and the incidents are invented or told loosely --
no article's text, and no claim here is offered as a record of what anyone said. It holds:
(a) REPORTING verbs from a general inventory of English reporting verbs (grammars of reported
    speech, not any data) that data/quote_cues.yaml did not list: "allowed that", "averred that",
    "blogged that", "briefed X that", "texted that", "scoffed that", "termed X Y", "framed X as Y",
    "voiced concern about ...", "rebuffed the offer", and so on, each in its reporting sense;
(b) CONTENTS GIVEN BY A RELATIVE: "the deal, which critics denounced", "what Pence called a
    misunderstanding", "a proposal that Democrats derided": the relative word is the cue's object,
    and PolNeAR marks it as the content (the antecedent is what it stands for, as "so" in "said so");
(c) PRECISION TRAPS, a third of the set: the same verbs in other senses ("raised taxes", "backed the
    van into", "was listed on the Nasdaq", "framed the house", "pointed a gun", "owned a farm",
    "typed the letter", "named a successor", "thanked voters", "granted a visa", "was supposed to",
    "yielded the floor", "pronounced dead") and the nouns of the same words.

Coded as a PolNeAR annotator marks attributions (content span, source phrase or None, direct or not)
and committed before the quote stage was run on any of it. The decisions:
- A verb of saying, writing or sending words with a that-clause or a wh-clause reports that clause
  ("texted that ...", "inquired whether ..."): the clause without its "that" is the content.
- A verb of communicating or judging whose object is a claim, a feeling or a proposal
  ("aired his frustration with ...", "voiced opposition to ...", "rebuffed the offer", "echoed those
  concerns", "corroborated her account") has that object as its content, as "stressed the need"
  and "rejected the offer" do in the older sets.
- "termed X Y", "framed X as Y", "pronounced X Y": X with its verdict is the content, as "called X Y".
- A content given by a relative pronoun is the pronoun ("which", "that", "what"); one given by
  "as X said" set off by commas is the clause it modifies, as `short_set` codes "..., as X said".
- A cue with no content ("thanked voters", "briefed the committee on Tuesday") is not coded; a verb
  in another sense or a noun of the same word is not coded.
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- verbs of saying with a clause ----------------------------------------------------------------
    "bush-allowed-that": p(
        "Jeb Bush allowed that his brother had made mistakes in Iraq, but he said the troop surge had worked.",
        g("his brother had made mistakes in Iraq", "Jeb Bush"),
        g("the troop surge had worked", "he"),
    ),
    "clerk-attested-that": p(
        "In a sworn statement, the county clerk attested that every provisional ballot had been counted by hand.",
        g("every provisional ballot had been counted by hand", "the county clerk"),
    ),
    "reid-averred-that": p(
        "Harry Reid averred on the Senate floor that Republicans had no plan to replace the health care law.",
        g("Republicans had no plan to replace the health care law", "Harry Reid"),
    ),
    "kasich-avowed-that": p(
        "John Kasich avowed that he would stay in the race until the convention in Cleveland.",
        g("he would stay in the race until the convention in Cleveland", "John Kasich"),
    ),
    "erickson-blogged-that": p(
        "The conservative radio host blogged that he would never vote for the party's nominee.",
        g("he would never vote for the party's nominee", "The conservative radio host"),
    ),
    "fbi-briefed-that": p(
        "FBI officials briefed lawmakers that the intrusion at the party committee had come from Russia.",
        g("the intrusion at the party committee had come from Russia", "FBI officials"),
    ),
    "campaign-calculated-that": p(
        "The Clinton campaign calculated that a win in Florida would make Ohio unnecessary.",
        g("a win in Florida would make Ohio unnecessary", "The Clinton campaign"),
    ),
    "michigan-certified-that": p(
        "State election officials certified that Trump had carried Michigan by 10,704 votes.",
        g("Trump had carried Michigan by 10,704 votes", "State election officials"),
    ),
    "kerry-conveyed-that": p(
        "John Kerry conveyed to his Russian counterpart that Washington would not accept a siege of Aleppo.",
        g("Washington would not accept a siege of Aleppo", "John Kerry"),
    ),
    "aide-divulged-that": p(
        "A former aide divulged that the candidate had been sick for days before the debate.",
        g("the candidate had been sick for days before the debate", "A former aide"),
    ),
    "ig-documented-that": p(
        "A report by the State Department's inspector general documented that the secretary's email "
        "practices broke the department's rules.",
        g("the secretary's email practices broke the department's rules",
          "A report by the State Department's inspector general"),
    ),
    "spokesman-emailed-that": p(
        "A spokesman for the senator emailed that she had no plans to attend the convention.",
        g("she had no plans to attend the convention", "A spokesman for the senator"),
    ),
    "audit-exposed-that": p(
        "The audit exposed that the foundation had failed to report millions of dollars in foreign gifts.",
        g("the foundation had failed to report millions of dollars in foreign gifts", "The audit"),
    ),
    "auditors-flagged-that": p(
        "Auditors at the Federal Election Commission flagged that the campaign had spent $1 million without receipts.",
        g("the campaign had spent $1 million without receipts", "Auditors at the Federal Election Commission"),
    ),
    "sanders-granted-that": p(
        "Sanders granted that Clinton held a lead in pledged delegates, but he argued that superdelegates "
        "could still switch.",
        g("Clinton held a lead in pledged delegates", "Sanders"),
        g("superdelegates could still switch", "he"),
    ),
    "reporters-inquired-whether": p(
        "Reporters inquired whether the governor would sign the bathroom bill, and his office did not respond.",
        g("whether the governor would sign the bathroom bill", "Reporters"),
    ),
    "obama-jested-that": p(
        "At the correspondents' dinner, Obama jested that he had run out of things to say about the Republican field.",
        g("he had run out of things to say about the Republican field", "Obama"),
    ),
    "member-leaked-that": p(
        "A member of the committee leaked that the vote on the nominee would be delayed by a week.",
        g("the vote on the nominee would be delayed by a week", "A member of the committee"),
    ),
    "aide-messaged-that": p(
        "A campaign aide messaged that the candidate was running an hour late.",
        g("the candidate was running an hour late", "A campaign aide"),
    ),
    "delegates-murmured-that": p(
        "On the floor, some delegates murmured that the rules had been written to stop them.",
        g("the rules had been written to stop them", "some delegates"),
    ),
    "romney-pondered-whether": p(
        "Mitt Romney pondered whether a third-party bid could still succeed.",
        g("whether a third-party bid could still succeed", "Mitt Romney"),
    ),
    "senators-queried-whether": p(
        "Senators queried whether the agency had the authority to issue the rule.",
        g("whether the agency had the authority to issue the rule", "Senators"),
    ),
    "aide-relayed-that": p(
        "A White House aide relayed that the president would not attend the signing.",
        g("the president would not attend the signing", "A White House aide"),
    ),
    "pelosi-restated-that": p(
        "Nancy Pelosi restated that Democrats would not vote for a bill that cut Medicare.",
        g("Democrats would not vote for a bill that cut Medicare", "Nancy Pelosi"),
    ),
    "trump-scoffed-that": p(
        "Trump scoffed that the polls showing him behind were fake.",
        g("the polls showing him behind were fake", "Trump"),
    ),
    "christie-snapped-that": p(
        "Chris Christie snapped that the questioner should do his homework.",
        g("the questioner should do his homework", "Chris Christie"),
    ),
    "critics-sneered-that": p(
        "Critics sneered that the candidate had never held a job outside politics.",
        g("the candidate had never held a job outside politics", "Critics"),
    ),
    "analysts-supposed-that": p(
        "Most analysts supposed that the real estate developer would fade by spring.",
        g("the real estate developer would fade by spring", "Most analysts"),
    ),
    "biden-teased-that": p(
        "Joe Biden teased that he might still jump into the race.",
        g("he might still jump into the race", "Joe Biden"),
    ),
    "fed-telegraphed-that": p(
        "The Federal Reserve has telegraphed that it will raise interest rates in December.",
        g("it will raise interest rates in December", "The Federal Reserve"),
    ),
    "aide-texted-that": p(
        "A Sanders aide texted that the senator would speak at 9 p.m.",
        g("the senator would speak at 9 p.m.", "A Sanders aide"),
    ),
    "republicans-theorized-that": p(
        "Some Republicans theorized that the nominee wanted to lose.",
        g("the nominee wanted to lose", "Some Republicans"),
        # Added after the first run: the nominee's intention nested in the theory is an attribution of its own
        # ("nested attributions are coded at each level", as `short_set` states); the first gold missed it.
        g("lose", "the nominee"),
    ),
    "reporters-uncovered-that": p(
        "Reporters uncovered that the charity had paid for a portrait of its founder.",
        g("the charity had paid for a portrait of its founder", "Reporters"),
    ),
    "officials-verified-that": p(
        "County officials verified that the petitions carried enough valid signatures.",
        g("the petitions carried enough valid signatures", "County officials"),
    ),
    "donor-vouched-that": p(
        "A longtime donor vouched that the nominee had always paid his contractors.",
        g("the nominee had always paid his contractors", "A longtime donor"),
    ),
    # -- verbs whose object is the claim, feeling or proposal -------------------------------------------
    "sanders-aired-frustration": p(
        "At a town hall in Iowa, Bernie Sanders aired his frustration with the party's debate schedule.",
        g("his frustration with the party's debate schedule", "Bernie Sanders"),
    ),
    "union-backed-plan": p(
        "The union backed a plan to raise the minimum wage to $15 an hour.",
        g("a plan to raise the minimum wage to $15 an hour", "The union"),
    ),
    "campaign-contested-account": p(
        "The Trump campaign contested the account of the meeting given by the former staffer.",
        g("the account of the meeting given by the former staffer", "The Trump campaign"),
    ),
    "employees-corroborated-account": p(
        "Two former employees corroborated her account of the meeting.",
        g("her account of the meeting", "Two former employees"),
    ),
    "democrats-echoed-concerns": p(
        "Democrats on the committee echoed those concerns on Wednesday.",
        g("those concerns", "Democrats on the committee"),
    ),
    "obama-expressed-frustration": p(
        "Obama expressed frustration with the Senate's refusal to hold hearings on his nominee.",
        g("frustration with the Senate's refusal to hold hearings on his nominee", "Obama"),
        # Added after the first run, as above: the Senate's refusal is an intention nested in what Obama expressed.
        g("hold hearings on his nominee", "the Senate's"),
    ),
    "governors-voiced-opposition": p(
        "Several Republican governors voiced opposition to the refugee program.",
        g("opposition to the refugee program", "Several Republican governors"),
    ),
    "sanders-rebuffed-offer": p(
        "Sanders rebuffed the offer of a prime-time speaking slot.",
        g("the offer of a prime-time speaking slot", "Sanders"),
    ),
    "ad-spotlighted-votes": p(
        "The new ad spotlights the senator's votes against funding for veterans' clinics.",
        g("the senator's votes against funding for veterans' clinics", "The new ad"),
    ),
    # -- verdicts: term, frame, pronounce ----------------------------------------------------------------
    "trump-termed-disaster": p(
        "Trump termed the trade agreement a disaster for American workers.",
        g("the trade agreement a disaster for American workers", "Trump"),
    ),
    "clinton-framed-election": p(
        "Clinton framed the election as a choice between unity and division.",
        g("the election as a choice between unity and division", "Clinton"),
    ),
    "mcconnell-pronounced-dead": p(
        "Mitch McConnell pronounced the immigration bill dead for the year.",
        g("the immigration bill dead for the year", "Mitch McConnell"),
    ),
    # -- contents given by a relative ------------------------------------------------------------------
    "deal-which-critics-denounced": p(
        "The deal, which critics denounced, passed the Senate 58 to 41.",
        g("which", "critics"),
    ),
    "filing-which-detailed": p(
        "The spending, which the filing detailed over 40 pages, drew scrutiny from watchdog groups.",
        g("which", "the filing"),
    ),
    "what-pence-called": p(
        "What Pence called a misunderstanding cost the campaign a week of coverage.",
        g("What", "Pence"),
    ),
    "proposal-that-democrats-derided": p(
        "The House took up a proposal that Democrats derided as a giveaway to insurers.",
        g("that", "Democrats"),
    ),
    "plan-which-trump-described": p(
        "The tax plan, which Trump described as the biggest cut since Reagan, would add trillions to the debt.",
        g("which", "Trump"),
    ),
    "remarks-which-ryan-condemned": p(
        "The remarks, which Paul Ryan condemned on Tuesday, drew no apology from the nominee.",
        g("which", "Paul Ryan"),
    ),
    "as-clinton-said": p(
        "The nominee is, as Clinton said on Monday, temperamentally unfit for the job.",
        g(("The nominee is", "temperamentally unfit for the job"), "Clinton"),
    ),
    # -- precision traps: the same verbs in other senses, and their nouns -----------------------------
    "trap-raised-taxes": p(
        "The governor raised taxes on gasoline in 2015 and raised $50 million for his re-election.",
    ),
    "trap-backed-van": p(
        "The driver backed the van into a loading dock behind the arena.",
    ),
    "trap-listed-company": p(
        "The company was listed on the Nasdaq in 2012 and now employs 3,000 people.",
    ),
    "trap-framed-house": p(
        "Volunteers framed the new house in two days.",
    ),
    "trap-pointed-gun": p(
        "The suspect pointed a gun at officers before fleeing on foot.",
    ),
    "trap-owned-farm": p(
        "The senator's family owned a dairy farm in Wisconsin for three generations.",
    ),
    "trap-typed-letter": p(
        "An assistant typed the letter on the office's last typewriter.",
    ),
    "trap-named-successor": p(
        "The governor named a successor to the late senator on Monday.",
    ),
    "trap-thanked-voters": p(
        "Sanders thanked voters in New Hampshire at a rally in Concord.",
    ),
    "trap-granted-visa": p(
        "The State Department granted a visa to the activist in March.",
    ),
    "trap-aired-debate": p(
        "The debate aired on CNN, and the network aired the ad 300 times in October.",
    ),
    "trap-supposed-to": p(
        "The vote was supposed to take place Tuesday, but the chamber adjourned early.",
    ),
    "trap-yielded-floor": p(
        "The senator yielded the floor after 15 hours, and ten-year bonds yielded 2 percent.",
    ),
    "trap-committed-money": p(
        "The state committed $40 million to the bridge project.",
    ),
    "trap-echoed-gunfire": p(
        "Gunfire echoed across the square as police cleared the streets.",
    ),
    "trap-snapped-photo": p(
        "A supporter snapped a photo of the candidate outside the diner.",
    ),
    "trap-leaked-roof": p(
        "The roof of the old courthouse leaked for years before the county replaced it.",
    ),
    "trap-pronounced-dead": p(
        "The victim was pronounced dead at the scene.",
    ),
    "trap-exposed-asbestos": p(
        "Workers at the plant were exposed to asbestos for decades.",
    ),
    "trap-conveyed-supplies": p(
        "Trucks conveyed food and water to the camp overnight.",
    ),
    "trap-updated-app": p(
        "The company updated its app, and the pilot had logged 4,000 hours.",
    ),
    "trap-calculated-tax": p(
        "The clerk calculated the tax owed on the property.",
    ),
    "trap-contested-seat": p(
        "Three candidates contested the seat in 2014.",
    ),
    "trap-term-text-voice": p(
        "The senator is serving her second term, and the full text of her speech ran to nine pages.",
    ),
    "trap-undocumented": p(
        "Undocumented immigrants lined up outside the consulate in Phoenix.",
    ),
    "trap-briefed-no-content": p(
        "Intelligence officials briefed the committee on Tuesday.",
    ),
    "trap-teased-hair": p(
        "Her stylist teased her hair before the debate.",
    ),
    "trap-recorded-video": p(
        "The candidate recorded a video message for the convention, and turnout hit a record.",
    ),
    # -- second batch, coded before the second run: the new verbs' other senses and frames ----------------
    "trap-allowed-to-stay": p(
        "The judge allowed reporters to stay in the courtroom during the hearing.",
    ),
    "trap-backed-pickup": p(
        "The senator backed his pickup out of the driveway and waved to neighbors.",
    ),
    "ryan-expressed-confidence": p(
        "Paul Ryan expressed confidence that the House would pass the bill before the recess.",
        g("the House would pass the bill before the recess", "Paul Ryan"),
    ),
    "trap-framed-for-murder": p(
        "The man said nothing in court. He was framed for a murder he did not commit, his lawyers argued.",
        g("He was framed for a murder he did not commit", "his lawyers"),
    ),
    "trap-law-which-passed": p(
        "The law, which Congress passed in 2010, expanded coverage to 20 million people.",
    ),
    "claims-which-trump-repeated": p(
        "The claims, which Trump repeated at every rally, drew loud boos from the crowd in Cincinnati.",
        g("which", "Trump"),
    ),
    "trap-voiced-cartoon": p(
        "The actor voiced a cartoon dog in the film before he ran for the state legislature.",
    ),
    "trap-market-echoed": p(
        "The stock market echoed the gains in Asia on Tuesday.",
    ),
    "officials-termed-terrorism": p(
        "Federal officials termed the shooting an act of terrorism.",
        g("the shooting an act of terrorism", "Federal officials"),
    ),
    "leak-which-campaign-blamed": p(
        "The leak, which the campaign blamed on Russian hackers, dominated the first day of the convention.",
        g("which", "the campaign"),
    ),
    "trap-snapped-at": p(
        "He snapped at a reporter and walked off the stage.",
    ),
    "trap-granted-permit": p(
        "The state granted the company a permit for the pipeline.",
    ),
    "grassley-granted-that": p(
        "Chuck Grassley granted that the nominee was qualified but said the Senate would not act this year.",
        g("the nominee was qualified", "Chuck Grassley"),
        g("the Senate would not act this year", "Chuck Grassley"),
    ),
    "trap-briefed-on-threat": p(
        "The senator was briefed on the threat before the vote.",
    ),
    "manager-texted-reporters": p(
        "Clinton's campaign manager texted reporters that the candidate was fine.",
        g("the candidate was fine", "Clinton's campaign manager"),
    ),
    "trap-texted-daughter": p(
        "She texted her daughter from the hospital.",
    ),
}
