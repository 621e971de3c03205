"""A third blind set: attributions told by cues beyond the verbs of saying.

Written for these tests in the style of 2016 US political coverage (fictional people, real
offices and parties) and coded by the shared eval README's PolNeAR rules -- a source, a cue, a
content; beliefs, intentions and stances count; the content may be a short noun phrase -- before
the quote stage was run on any of it. Where `political_set` and `news_set` hold cues that take a
clause ("said that", "believes that"), this set holds the wider notion: verbs of communication
with a noun phrase for content ("highlighted the plan's costs", "laid out his agenda"), verbs of
judgment with an unquoted object ("attacked her record"), cues with a preposition ("spoke
about", "was vague about", "made the case for", "pressed for"), cognition and desire with an
object ("expects a close race", "would consider a run"), readiness ("is willing to"), and nouns
that carry a source's attitude ("her refusal to", "allegations of", "an agreement to",
"criticism of"). The traps use the same words for no attitude at all: physical attacks, things
laid out on a table, offices offered, bridges that highlight skylines, statements released.

Recoded after the first run (coding slips, not the stage's answers): three paragraphs whose
judged object is itself an attribution ("criticized the administration's plan to admit ...",
"defended his decision to reopen ...") now list the inner one too, as `plan-to` and
`decision-to` code it, and the gold of `understands-concerns` is in text order.
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- communication verbs whose content is a noun phrase ----------------------------------------
    "highlighted-costs": p(
        "Sen. Ruth Danforth highlighted the plan's costs for small businesses in a speech in Des Moines.",
        g("the plan's costs for small businesses", "Sen. Ruth Danforth"),
    ),
    "stressed-np": p(
        "The governor stressed the importance of the manufacturing vote in the Rust Belt states.",
        g("the importance of the manufacturing vote in the Rust Belt states", "The governor"),
    ),
    "emphasized-np": p(
        "At the rally, Rep. Carl Benning emphasized his opposition to the Pacific trade pact.",
        g("his opposition to the Pacific trade pact", "Rep. Carl Benning"),
    ),
    "underscored-np": p(
        "The new ad underscores the candidate's experience as secretary of state.",
        g("the candidate's experience as secretary of state", "The new ad"),
    ),
    "laid-out-agenda": p(
        "The Republican nominee laid out his agenda for his first 100 days in office at a stop in Gettysburg.",
        g("his agenda for his first 100 days in office", "The Republican nominee"),
    ),
    "outlined-plan": p(
        "Gov. Nina Castell outlined a plan to expand early voting in the state's largest counties.",
        g("a plan to expand early voting in the state's largest counties", "Gov. Nina Castell"),
    ),
    "spelled-out": p(
        "The campaign spelled out its proposal for paid family leave in a six-page memo on Thursday.",
        g("its proposal for paid family leave", "The campaign"),
    ),
    "detailed-in-filing": p(
        "The foundation detailed its foreign donations in a filing with the Internal Revenue Service.",
        g("its foreign donations", "The foundation"),
    ),
    "offered-details": p(
        "The senator offered few details about how he would pay for the tax cuts.",
        g("few details about how he would pay for the tax cuts", "The senator"),
    ),
    "offered-praise": p(
        "The Ohio governor offered rare praise for the president's handling of the steel dispute.",
        g("rare praise for the president's handling of the steel dispute", "The Ohio governor"),
    ),
    "touted-record": p(
        "The incumbent touted her record on veterans' health care in a new television ad.",
        g("her record on veterans' health care", "The incumbent"),
    ),
    "defended-decision": p(
        "The FBI director defended his decision to reopen the inquiry in a letter to bureau employees.",
        g("his decision to reopen the inquiry", "The FBI director"),
        g("reopen the inquiry", "his"),
    ),
    "questioned-legitimacy": p(
        "Rep. Dwight Harlan questioned the legitimacy of the election results in his district.",
        g("the legitimacy of the election results in his district", "Rep. Dwight Harlan"),
    ),
    "suggested-np": p(
        "The nominee suggested a ban on travel from countries with ties to terrorism.",
        g("a ban on travel from countries with ties to terrorism", "The nominee"),
    ),
    "suggested-bare-clause": p(
        "Campaign chairman Glenn Ostrow suggested the debate moderators had been unfair to his candidate.",
        g("the debate moderators had been unfair to his candidate", "Campaign chairman Glenn Ostrow"),
    ),
    "signaled-np": p(
        "The majority leader signaled his support for a short-term spending bill.",
        g("his support for a short-term spending bill", "The majority leader"),
    ),
    "announced-np": p(
        "Former Gov. Sam Tillery announced his support for the Democratic ticket on Tuesday.",
        g("his support for the Democratic ticket", "Former Gov. Sam Tillery"),
    ),
    "acknowledged-np": p(
        "The chairwoman acknowledged the party's mistakes in the handling of the primary calendar.",
        g("the party's mistakes in the handling of the primary calendar", "The chairwoman"),
    ),
    "promised-np": p(
        "The Democratic nominee promised a tax credit for families caring for aging parents.",
        g("a tax credit for families caring for aging parents", "The Democratic nominee"),
    ),
    "threatened-np": p(
        "The White House threatened a veto of the energy bill on Monday.",
        g("a veto of the energy bill", "The White House"),
    ),
    "demanded-apology": p(
        "The veterans' group demanded an apology from the candidate for his remarks about prisoners of war.",
        g("an apology from the candidate for his remarks about prisoners of war", "The veterans' group"),
    ),
    "proposed-np": p(
        "Sen. Ada Whitcombe proposed a constitutional amendment to limit campaign spending.",
        g("a constitutional amendment to limit campaign spending", "Sen. Ada Whitcombe"),
    ),
    # -- judgment verbs with an unquoted object -----------------------------------------------------
    "attacked-record": p(
        "The Republican nominee attacked his rival's record on trade during a rally in Michigan.",
        g("his rival's record on trade", "The Republican nominee"),
    ),
    "criticized-plan": p(
        "Sen. Marcus Pell criticized the administration's plan to admit more refugees next year.",
        g("the administration's plan to admit more refugees next year", "Sen. Marcus Pell"),
        g("admit more refugees next year", "the administration's"),
    ),
    "praised-handling": p(
        "The mayor praised the police department's handling of the protests over the weekend.",
        g("the police department's handling of the protests", "The mayor"),
    ),
    "slammed-deal": p(
        "Conservative groups slammed the budget deal as soon as its details emerged.",
        g("the budget deal", "Conservative groups"),
    ),
    "condemned-attack": p(
        "Both campaigns condemned the firebombing of a county party office in North Carolina.",
        g("the firebombing of a county party office in North Carolina", "Both campaigns"),
    ),
    "denounced-remarks": p(
        "Several Republican senators denounced the nominee's remarks about a federal judge.",
        g("the nominee's remarks about a federal judge", "Several Republican senators"),
    ),
    "faulted-response": p(
        "The report faulted the agency's response to the water crisis in Flint.",
        g("the agency's response to the water crisis in Flint", "The report"),
    ),
    "welcomed-ruling": p(
        "Civil rights groups welcomed the appeals court's ruling on the state's voter ID law.",
        g("the appeals court's ruling on the state's voter ID law", "Civil rights groups"),
    ),
    "applauded-np": p(
        "Business leaders applauded the governor's decision to veto the minimum wage increase.",
        g("the governor's decision to veto the minimum wage increase", "Business leaders"),
        g("veto the minimum wage increase", "the governor's"),
    ),
    "mocked-np": p(
        "The candidate mocked his opponent's stamina at a rally in Ohio.",
        g("his opponent's stamina", "The candidate"),
    ),
    "dismissed-np": p(
        "The campaign dismissed the new poll as an outlier.",
        g("the new poll as an outlier", "The campaign"),
    ),
    "disputed-np": p(
        "The senator's office disputed the newspaper's account of the meeting.",
        g("the newspaper's account of the meeting", "The senator's office"),
    ),
    # -- cues with a preposition: what is spoken about, argued for, pressed for ---------------------
    "spoke-about": p(
        "The first lady spoke about the nominee's treatment of women at a rally in New Hampshire.",
        g("the nominee's treatment of women", "The first lady"),
    ),
    "talked-about": p(
        "Sen. Lyle Brandt talked about his own struggle with opioid addiction in a town hall meeting.",
        g("his own struggle with opioid addiction", "Sen. Lyle Brandt"),
    ),
    "complained-about": p(
        "The candidate complained about the moderators' questions after the debate.",
        g("the moderators' questions", "The candidate"),
    ),
    "joked-about": p(
        "The president joked about the Republican nominee's hair at the correspondents' dinner.",
        g("the Republican nominee's hair", "The president"),
    ),
    "warned-about": p(
        "Economists warned about the effect of new tariffs on American farmers.",
        g("the effect of new tariffs on American farmers", "Economists"),
    ),
    "worried-about": p(
        "Party leaders worried about the nominee's standing with suburban women.",
        g("the nominee's standing with suburban women", "Party leaders"),
    ),
    "vague-about": p(
        "The candidate was vague about how he would replace the health care law.",
        g("how he would replace the health care law", "The candidate"),
    ),
    "silent-about": p(
        "The governor has been evasive about his plans for 2020.",
        g("his plans for 2020", "The governor"),
    ),
    "made-case-for": p(
        "The former president made the case for his wife's candidacy in a speech in Charlotte.",
        g("his wife's candidacy", "The former president"),
    ),
    "made-case-against": p(
        "Sen. Ivy Rusk made the case against the trade deal to a gathering of union members.",
        g("the trade deal", "Sen. Ivy Rusk"),
    ),
    "pressed-for": p(
        "House conservatives pressed for deeper cuts to domestic programs.",
        g("deeper cuts to domestic programs", "House conservatives"),
    ),
    "pushed-for": p(
        "The chamber's Democrats pushed for a vote on gun legislation after the shooting.",
        g("a vote on gun legislation", "The chamber's Democrats"),
    ),
    "lobbied-against": p(
        "The insurance industry lobbied against the public option for months.",
        g("the public option", "The insurance industry"),
    ),
    "hoped-for": p(
        "Democrats hoped for a strong turnout among young voters in Florida.",
        g("a strong turnout among young voters in Florida", "Democrats"),
    ),
    "looked-ahead-to": p(
        "The nominee looked ahead to the next debate in an interview on Sunday.",
        g("the next debate", "The nominee"),
    ),
    "apologized-for": p(
        "The candidate apologized for his use of a private email server.",
        g("his use of a private email server", "The candidate"),
    ),
    "bragged-about": p(
        "The businessman bragged about his ability to avoid paying federal taxes.",
        g("his ability to avoid paying federal taxes", "The businessman"),
    ),
    "lectured-on": p(
        "The senator lectured the bank executives on their duty to customers.",
        g("their duty to customers", "The senator"),
    ),
    "testified-about": p(
        "The attorney general testified about the department's handling of the email inquiry.",
        g("the department's handling of the email inquiry", "The attorney general"),
    ),
    "argued-over": p(
        "The two candidates argued over the size of the defense budget.",
        g("the size of the defense budget", "The two candidates"),
    ),
    # -- cognition and desire with an object ---------------------------------------------------------
    "expects-race": p(
        "The campaign expects a close race in Pennsylvania.",
        g("a close race in Pennsylvania", "The campaign"),
    ),
    "wants-wall": p(
        "The nominee wants a wall along the entire southern border.",
        g("a wall along the entire southern border", "The nominee"),
    ),
    "fears-backlash": p(
        "The party's leadership fears a backlash from evangelical voters.",
        g("a backlash from evangelical voters", "The party's leadership"),
    ),
    "would-consider-run": p(
        "Gov. Ben Harrow said little on Monday, but aides say he would consider a run for the Senate.",
        g("he would consider a run for the Senate", "aides"),
        g("a run for the Senate", "he"),
    ),
    "weighing-bid": p(
        "The former mayor is weighing a bid for governor in 2018.",
        g("a bid for governor in 2018", "The former mayor"),
    ),
    "mulling-challenge": p(
        "Rep. Tess Quill is mulling a primary challenge to the incumbent senator.",
        g("a primary challenge to the incumbent senator", "Rep. Tess Quill"),
    ),
    "prefers-np": p(
        "The White House prefers a narrower bill that covers only border security.",
        g("a narrower bill that covers only border security", "The White House"),
    ),
    "seeks-np": p(
        "The campaign is seeking a recount in three counties.",
        g("a recount in three counties", "The campaign"),
    ),
    "understands-concerns": p(
        "The nominee understands the concerns of coal miners, his running mate said.",
        g("The nominee understands the concerns of coal miners", "his running mate"),
        g("the concerns of coal miners", "The nominee"),
    ),
    "doubts-np": p(
        "Many Republicans doubt the accuracy of the polls.",
        g("the accuracy of the polls", "Many Republicans"),
    ),
    "rejected-np": p(
        "Voters in Colorado rejected the single-payer health plan by a wide margin.",
        g("the single-payer health plan", "Voters in Colorado"),
    ),
    "opposes-np-long": p(
        "The Chamber of Commerce opposes the overtime rule that the Labor Department issued in May.",
        g("the overtime rule that the Labor Department issued in May", "The Chamber of Commerce"),
    ),
    # -- readiness and intention told by adjectives and modals ---------------------------------------
    "willing-to": p(
        "The speaker is willing to bring the immigration bill to the floor.",
        g("bring the immigration bill to the floor", "The speaker"),
    ),
    "willing-and-able": p(
        "The senator said she is willing and able to serve as vice president.",
        g("she is willing and able to serve as vice president", "The senator"),
        g("serve as vice president", "she"),
    ),
    "ready-to": p(
        "Senate Democrats are ready to block the nomination.",
        g("block the nomination", "Senate Democrats"),
    ),
    "prepared-to": p(
        "The governor is prepared to call a special session on the budget.",
        g("call a special session on the budget", "The governor"),
    ),
    "unwilling-to": p(
        "The Republican leadership was unwilling to schedule hearings for the nominee.",
        g("schedule hearings for the nominee", "The Republican leadership"),
    ),
    "open-to": p(
        "The senator is open to a compromise on the gun bill.",
        g("a compromise on the gun bill", "The senator"),
    ),
    "reluctant-to": p(
        "Many Republican lawmakers are reluctant to criticize the nominee in public.",
        g("criticize the nominee in public", "Many Republican lawmakers"),
    ),
    "intends-np": p(
        "The committee chairman intends to subpoena the bank's records.",
        g("subpoena the bank's records", "The committee chairman"),
    ),
    # -- nouns that carry a source's attitude --------------------------------------------------------
    "refusal-to": p(
        "The nominee's refusal to release his tax returns has drawn criticism from both parties.",
        g("release his tax returns", "The nominee's"),
    ),
    "decision-to": p(
        "The governor's decision to pardon the former aide angered prosecutors.",
        g("pardon the former aide", "The governor's"),
    ),
    "agreement-to": p(
        "The two leaders reached an agreement to raise the debt limit through March.",
        g("raise the debt limit through March", "The two leaders"),
    ),
    "allegations-of": p(
        "The candidate has faced allegations of sexual misconduct from several women.",
        g("sexual misconduct", "several women"),
    ),
    "accusations-of-implicit": p(
        "The campaign was dogged by accusations of mismanagement at the family foundation.",
        g("mismanagement at the family foundation", None),
    ),
    "criticism-of-by": p(
        "Criticism of the trade deal by labor unions grew louder this week.",
        g("the trade deal", "labor unions"),
    ),
    "disagreement-over": p(
        "The talks collapsed after a disagreement between the two parties over the cost of the plan.",
        g("the cost of the plan", "the two parties"),
    ),
    "promise-of": p(
        "The governor's promise of lower property taxes helped him win the suburbs.",
        g("lower property taxes", "The governor's"),
    ),
    "call-for": p(
        "The senator's call for a special prosecutor won support from two Republicans.",
        g("a special prosecutor", "The senator's"),
    ),
    "support-for": p(
        "The union's support for the Democratic nominee is not as solid as in past elections.",
        g("the Democratic nominee", "The union's"),
    ),
    "opposition-to": p(
        "The mayor's opposition to the pipeline has cost him the support of building trades.",
        g("the pipeline", "The mayor's"),
    ),
    "concerns-about-from": p(
        "Concerns from party donors about the nominee's finances grew after the report.",
        g("the nominee's finances", "party donors"),
    ),
    "plan-to": p(
        "The administration's plan to close the prison at Guantanamo Bay faces resistance in Congress.",
        g("close the prison at Guantanamo Bay", "The administration's"),
    ),
    "pledge-to": p(
        "The nominee's pledge to deport millions of immigrants alarmed Hispanic leaders.",
        g("deport millions of immigrants", "The nominee's"),
    ),
    "statement-colon": p(
        "The campaign issued a statement on Friday night. It called the report a politically motivated smear.",
        g("the report a politically motivated smear", "It"),
    ),
    "in-statement-np": p(
        "In a statement, the senator expressed her condolences to the families of the victims.",
        g("her condolences to the families of the victims", "the senator"),
    ),
    "expressed-concern-about": p(
        "Several Republican governors expressed concern about the cost of the Medicaid changes.",
        g("the cost of the Medicaid changes", "Several Republican governors"),
    ),
    "raised-questions-about": p(
        "Democrats raised questions about the nominee's ties to Russian business interests.",
        g("the nominee's ties to Russian business interests", "Democrats"),
    ),
    # -- written while fixing, coded before the run: talk of a topic, passives with an agent ----------
    "explained-decision": p(
        "The governor explained his decision to the editorial board of the state's largest newspaper.",
        g("his decision", "The governor"),
    ),
    "discussed-trade": p(
        "The two candidates discussed trade policy and the minimum wage at the forum in Las Vegas.",
        g("trade policy and the minimum wage", "The two candidates"),
    ),
    "mentioned-np": p(
        "The president never mentioned the nominee's name during the 40-minute speech.",
        g("the nominee's name", "The president"),
    ),
    "predicted-np": p(
        "The pollster predicted a narrow victory for the Democrats in Nevada.",
        g("a narrow victory for the Democrats in Nevada", "The pollster"),
    ),
    "insisted-on-recount": p(
        "The Green Party candidate insisted on a recount in Wisconsin.",
        g("a recount in Wisconsin", "The Green Party candidate"),
    ),
    "described-events": p(
        "A former aide described the chaotic final weeks of the campaign in a new book.",
        g("the chaotic final weeks of the campaign", "A former aide"),
    ),
    "passive-criticized-by": p(
        "The governor's decision was criticized by Democrats in the legislature.",
        g("The governor's decision", "Democrats in the legislature"),
    ),
    "passive-praised-by": p(
        "The agreement was praised by business groups and labor unions alike.",
        g("The agreement", "business groups and labor unions"),
    ),
    "trap-passive-person-criticized": p(
        "Several lawmakers were criticized by name in the report.",
    ),
    "trap-discussed-nothing": p(
        "The panel met for an hour but discussed nothing of substance.",
    ),
    "trap-described-circle": p(
        "The helicopter described a slow circle over the stadium before landing.",
    ),
    "trap-explained-nothing": p(
        "The engine failure explained the delay.",
    ),
    "trap-predicted-path": p(
        "The storm's predicted path runs along the coast.",
    ),
    "backed-bill": p(
        "Most House Republicans backed the bill, which passed 240 to 181.",
        g("the bill, which passed 240 to 181", "Most House Republicans"),
    ),
    "warning-about": p(
        "The FBI's warning about foreign hackers reached state election officials in August.",
        g("foreign hackers", "The FBI's"),
    ),
    "endorsement-of": p(
        "The newspaper's endorsement of the Libertarian ticket surprised its readers.",
        g("the Libertarian ticket", "The newspaper's"),
    ),
    "push-for": p(
        "The senator's push for a vote on the bill stalled in committee.",
        g("a vote on the bill", "The senator's"),
    ),
    "trap-backed-truck": p(
        "The driver backed the truck into the loading dock behind the arena.",
    ),
    "trap-storm-warning": p(
        "A storm warning remained in effect for the coast until Sunday.",
    ),
    "criticized-over": p(
        "Republicans criticized the State Department over its handling of the attack in Benghazi.",
        g("the State Department over its handling of the attack in Benghazi", "Republicans"),
    ),
    "attacked-on-trade": p(
        "The Vermont senator attacked his rival on trade at every stop in Michigan.",
        g("his rival on trade", "The Vermont senator"),
    ),
    "downplayed-np": p(
        "The campaign manager downplayed the importance of the early voting numbers.",
        g("the importance of the early voting numbers", "The campaign manager"),
    ),
    "brushed-off": p(
        "The nominee brushed off questions about his health at a news conference in Ohio.",
        g("questions about his health", "The nominee"),
    ),
    "embraced-np": p(
        "Democrats in swing districts have embraced the proposal for a public option.",
        g("the proposal for a public option", "Democrats in swing districts"),
    ),
    "challenged-results": p(
        "The losing candidate challenged the results of the primary in state court.",
        g("the results of the primary", "The losing candidate"),
    ),
    "trap-attacked-on-monday": p(
        "Militants attacked a checkpoint on Monday, the army said.",
        g("Militants attacked a checkpoint on Monday", "the army"),
    ),
    "trap-embraced-wife": p(
        "The candidate embraced his wife on stage after the results came in.",
    ),
    "trap-brushed-off-dust": p(
        "The farmer brushed off the dust and climbed onto the tractor.",
    ),
    # -- precision traps: the same words for no one's attitude ---------------------------------------
    "trap-bridge-highlighted": p(
        "The new bridge highlights the city's skyline at night.",
    ),
    "trap-rebels-attacked": p(
        "Rebels attacked an army base near the border on Tuesday, killing four soldiers.",
    ),
    "trap-laid-out-chairs": p(
        "Volunteers laid out rows of folding chairs in the gym before the rally.",
    ),
    "trap-offered-rides": p(
        "The county offered free bus rides to the polls on Election Day.",
    ),
    "trap-report-released": p(
        "The report was released on Tuesday afternoon, two weeks later than planned.",
    ),
    "trap-faces-runoff": p(
        "The congresswoman faces a runoff in June against a former state senator.",
    ),
    "trap-agreement-signed": p(
        "The agreement was signed in Paris in December 2015.",
    ),
    "trap-nominee-arrived": p(
        "The nominee arrived in Cleveland on Sunday night ahead of the convention.",
    ),
    "trap-judge-appointed": p(
        "The judge was appointed to the federal bench in 2010.",
    ),
    "trap-statement-posted": p(
        "The statement was posted on the campaign's website shortly after 9 p.m.",
    ),
    "trap-plan-costs-rose": p(
        "The costs of the plan rose sharply after the Congressional Budget Office revised its estimates.",
    ),
    "trap-police-examined": p(
        "Police examined the car for several hours before towing it away.",
    ),
    "trap-signed-bill": p(
        "The governor signed the budget bill on Thursday and left for Washington.",
    ),
    "trap-talked-for-hours": p(
        "The two men talked for nearly two hours over dinner at a steakhouse in Manhattan.",
    ),
    "trap-spoke-at-rally": p(
        "The vice president spoke at a rally in Scranton on Monday afternoon.",
    ),
    "trap-worked-on": p(
        "The senator worked on the farm bill for most of the year.",
    ),
    "trap-stressed-bridge": p(
        "Heavy trucks stressed the old bridge until engineers closed it.",
    ),
    "trap-pushed-cart": p(
        "A worker pushed a cart of ballots into the counting room.",
    ),
    "trap-apple-outlined": p(
        "Snow outlined the roofs of the houses along Main Street.",
    ),
    "trap-ready-for-storm": p(
        "The shelters were ready for the storm by Friday morning.",
    ),
    "trap-detailed-car": p(
        "The mechanic detailed the candidate's car before the parade.",
    ),
    "trap-plan-approved": p(
        "The council approved the zoning plan by a vote of 7 to 2.",
    ),
    "trap-decision-expected": p(
        "The decision is expected next month.",
    ),
    "trap-support-beams": p(
        "Steel beams provide support for the roof of the new arena.",
    ),
    "trap-call-dropped": p(
        "The call dropped twice during the conference with donors.",
    ),
    "trap-case-filed": p(
        "The case was filed in federal court in Austin.",
    ),
    "trap-promise-kept-history": p(
        "The new museum opened in 2012 on the site of a former rail yard.",
    ),
    "trap-attack-ad-aired": p(
        "The attack ad aired in Tampa and Orlando during the evening news.",
    ),
    "trap-talks-collapsed": p(
        "The talks collapsed on Friday, and the delegations flew home.",
    ),
    "trap-offer-expired": p(
        "The offer expired at midnight.",
    ),
    "trap-reached-town": p(
        "The convoy reached the town after a six-hour drive.",
    ),
    "trap-defended-title": p(
        "The champion defended her title in a five-set match at Flushing Meadows.",
    ),
}
