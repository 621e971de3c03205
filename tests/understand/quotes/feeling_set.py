"""A blind set of attitudes toward a thing: feelings, judgments, neglect, protest and talk of a topic.

Written for these tests in the style of wire and US political coverage (fictional people, real offices
and parties), and coded by the shared eval README's PolNeAR rules -- a source, a cue, a content, the
content often a short noun phrase -- before the quote stage was run on any of it. The cues come from verb
classes, not from any corpus sentence: Levin's "admire" verbs (love, resent, dread, value, ...), her
"judgment" verbs (thank, congratulate, extol, belittle, ...), verbs of neglect and recognition (ignore,
overlook, disregard, recognize), of protest and pleas ("protested the ruling", "appealed for calm") and of
talk about a topic ("spoke of", "moralized about", "looked ahead to"). A person acted on is a target, not
content ("thanked the mayor"), unless a "for" or "on" phrase says what for; the traps use the same verbs
for a person, a price, a view, a gesture, a state's act or a thing that feels nothing.
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- feelings toward a thing (Levin's "admire" verbs) ----------------------------------------------
    "admired-resilience": p(
        "Gov. Elaine Marsh admired the resilience of the flood victims during a tour of Cedar Rapids on Tuesday.",
        g("the resilience of the flood victims", "Gov. Elaine Marsh"),
    ),
    "love-plain-talk": p(
        "Rural voters love the candidate's plain talk about trade and jobs.",
        g("the candidate's plain talk about trade and jobs", "Rural voters"),
    ),
    "dislike-senate-version": p(
        "Many House Republicans privately dislike the Senate's version of the tax bill.",
        g("the Senate's version of the tax bill", "Many House Republicans"),
    ),
    "hate-mandate": p(
        "Small business owners hate the insurance mandate, the chamber's president said in an interview.",
        g("Small business owners hate the insurance mandate", "the chamber's president"),
    ),
    "resent-grazing-rules": p(
        "Ranchers in eastern Oregon resent the federal grazing rules.",
        g("the federal grazing rules", "Ranchers in eastern Oregon"),
    ),
    "dread-repeat": p(
        "Democratic strategists dread a repeat of the 2010 midterm losses.",
        g("a repeat of the 2010 midterm losses", "Democratic strategists"),
    ),
    "respects-ruling": p(
        "Sen. Dale Porter respects the court's ruling on the Texas map.",
        g("the court's ruling on the Texas map", "Sen. Dale Porter"),
    ),
    "regretted-delay": p(
        "The mayor regretted the delay in opening the shelters.",
        g("the delay in opening the shelters", "The mayor"),
    ),
    "appreciated-support": p(
        "The candidate appreciated the support of the state's largest teachers union.",
        g("the support of the state's largest teachers union", "The candidate"),
    ),
    "values-advice": p(
        "Mr. Hanley values the advice of his former rivals.",
        g("the advice of his former rivals", "Mr. Hanley"),
    ),
    "mourned-loss": p(
        "Residents mourned the loss of the town's last factory at a vigil on Main Street.",
        g("the loss of the town's last factory", "Residents"),
    ),
    "distrust-polls": p(
        "Many conservatives distrust the national polls.",
        g("the national polls", "Many conservatives"),
    ),
    "cherish-tradition": p(
        "Party elders cherish the tradition of an open convention.",
        g("the tradition of an open convention", "Party elders"),
    ),
    "tolerate-dissent": p(
        "The new speaker will not tolerate open dissent.",
        g("open dissent", "The new speaker"),
    ),
    "like-new-map": p(
        "Democratic leaders like the new congressional map.",
        g("the new congressional map", "Democratic leaders"),
    ),
    "despise-policies": p(
        "Many Latino voters despise the candidate's immigration policies.",
        g("the candidate's immigration policies", "Many Latino voters"),
    ),
    "loathe-cuts": p(
        "Lawmakers in both parties loathe the automatic spending cuts.",
        g("the automatic spending cuts", "Lawmakers in both parties"),
    ),
    "detest-compromise": p(
        "Hardliners in the party detest the compromise.",
        g("the compromise", "Hardliners in the party"),
    ),
    "trusts-judgment": p(
        "The senator trusts the judgment of the commanders on the ground.",
        g("the judgment of the commanders on the ground", "The senator"),
    ),
    "abhor-death-penalty": p(
        "The bishops abhor the death penalty.",
        g("the death penalty", "The bishops"),
    ),
    "relishes-fight": p(
        "The former prosecutor relishes the fight over the nomination.",
        g("the fight over the nomination", "The former prosecutor"),
    ),
    "lamented-lack": p(
        "The governor lamented the lack of progress on the budget.",
        g("the lack of progress on the budget", "The governor"),
    ),
    "bemoaned-gridlock": p(
        "Retiring Rep. Hal Brewer bemoaned the gridlock in Washington in his farewell speech.",
        g("the gridlock in Washington", "Retiring Rep. Hal Brewer"),
    ),
    "conservatives-like-cruz": p(
        "Conservatives like Sen. Ted Cruz opposed the bill.",
        g("the bill", "Conservatives like Sen. Ted Cruz"),
    ),
    "mistrust-figures": p(
        "The governor's aides mistrust the new budget figures.",
        g("the new budget figures", "The governor's aides"),
    ),
    "envy-helicopters": p(
        "The rebels envy the army's new helicopters.",
        g("the army's new helicopters", "The rebels"),
    ),
    "treasures-friendships": p(
        "The senator treasures the friendships he made across the aisle.",
        g("the friendships he made across the aisle", "The senator"),
    ),
    "revere-legacy": p(
        "Party activists revere the former president's legacy.",
        g("the former president's legacy", "Party activists"),
    ),
    "savored-victory": p(
        "The governor savored the victory at a party in Columbus.",
        g("the victory", "The governor"),
    ),
    # -- neglect and recognition ------------------------------------------------------------------------
    "ignored-warnings": p(
        "The administration ignored repeated warnings about the levees.",
        g("repeated warnings about the levees", "The administration"),
    ),
    "disregarded-advice": p(
        "The president disregarded the advice of his generals.",
        g("the advice of his generals", "The president"),
    ),
    "overlooked-cost": p(
        "The committee overlooked the long-term cost of the program.",
        g("the long-term cost of the program", "The committee"),
    ),
    "recognized-importance": p(
        "The senator recognized the importance of the farm vote in the state.",
        g("the importance of the farm vote in the state", "The senator"),
    ),
    "recognized-problem": p(
        "The agency recognized the problem only after the second outage.",
        g("the problem", "The agency"),
    ),
    "acknowledged-mistakes": p(
        "The minister acknowledged the mistakes of the past.",
        g("the mistakes of the past", "The minister"),
    ),
    # -- judgment of a deed (Levin's "judgment" verbs) -------------------------------------------------
    "thanked-for-help": p(
        "The president thanked the mayor for his help after the storm.",
        g("his help after the storm", "The president"),
    ),
    "congratulated-on": p(
        "Sen. Ana Ortiz congratulated the governor on her re-election.",
        g("her re-election", "Sen. Ana Ortiz"),
    ),
    "reprimanded-for": p(
        "The police chief reprimanded two officers for their handling of the arrest.",
        g("their handling of the arrest", "The police chief"),
    ),
    "berated-for": p(
        "The candidate berated a reporter for her question about his taxes.",
        g("her question about his taxes", "The candidate"),
    ),
    "thanked-by-passive": p(
        "The senator was thanked by the president for his vote on the bill.",
        g("his vote on the bill", "the president"),
    ),
    "criticized-by-passive": p(
        "The governor was criticized by Democrats for her veto of the school budget.",
        g("her veto of the school budget", "Democrats"),
    ),
    "commended-bravery": p(
        "The senator commended the bravery of the first responders.",
        g("the bravery of the first responders", "The senator"),
    ),
    "extolled-virtues": p(
        "Sen. Paul Ramsey extolled the virtues of free trade at a lunch in Omaha.",
        g("the virtues of free trade", "Sen. Paul Ramsey"),
    ),
    "saluted-courage": p(
        "The general saluted the courage of the troops.",
        g("the courage of the troops", "The general"),
    ),
    "belittled-threat": p(
        "The White House belittled the threat of a government shutdown.",
        g("the threat of a government shutdown", "The White House"),
    ),
    "disparaged-reports": p(
        "The nominee disparaged the intelligence reports on the hacking.",
        g("the intelligence reports on the hacking", "The nominee"),
    ),
    "censured-conduct": p(
        "The ethics panel censured the conduct of the former chairman.",
        g("the conduct of the former chairman", "The ethics panel"),
    ),
    "applauded-ruling": p(
        "The union applauded the ruling.",
        g("the ruling", "The union"),
    ),
    "complimented-on": p(
        "Sen. Ruth Caldwell complimented the staff on the quality of the report.",
        g("the quality of the report", "Sen. Ruth Caldwell"),
    ),
    "admonished-for": p(
        "The judge admonished the lawyers for their conduct in court.",
        g("their conduct in court", "The judge"),
    ),
    "chastised-for": p(
        "The chairman chastised the agency for its slow response to the spill.",
        g("its slow response to the spill", "The chairman"),
    ),
    "upbraided-for": p(
        "The group upbraided the company for its labor practices.",
        g("its labor practices", "The group"),
    ),
    "reproached-for": p(
        "The senator reproached the administration for its silence on the killings.",
        g("its silence on the killings", "The senator"),
    ),
    "vilified-law": p(
        "Conservative groups vilified the health care law in a series of ads.",
        g("the health care law", "Conservative groups"),
    ),
    "demonized-deal": p(
        "The candidate demonized the trade deal at every stop in Ohio.",
        g("the trade deal", "The candidate"),
    ),
    "denigrated-work": p(
        "The mayor denigrated the work of the city's inspectors.",
        g("the work of the city's inspectors", "The mayor"),
    ),
    "acclaimed-response": p(
        "Critics acclaimed the governor's response to the storm.",
        g("the governor's response to the storm", "Critics"),
    ),
    # -- protest and pleas --------------------------------------------------------------------------------
    "protested-ruling": p(
        "Hundreds of students protested the ruling outside the courthouse.",
        g("the ruling", "Hundreds of students"),
    ),
    "protested-against-war": p(
        "Thousands of people protested against the war in downtown Chicago on Saturday.",
        g("the war", "Thousands of people"),
    ),
    "protested-innocence": p(
        "The former aide has protested his innocence since his arrest in March.",
        g("his innocence", "The former aide"),
    ),
    "lobbied-for-bill": p(
        "Drug makers lobbied for the bill for months.",
        g("the bill", "Drug makers"),
    ),
    "appealed-for-calm": p(
        "The mayor appealed for calm after the verdict.",
        g("calm", "The mayor"),
    ),
    "pleaded-for-leniency": p(
        "Her lawyers pleaded for leniency at the sentencing hearing.",
        g("leniency", "Her lawyers"),
    ),
    "advocated-for-laws": p(
        "The group has advocated for stricter gun laws since 1994.",
        g("stricter gun laws", "The group"),
    ),
    # -- talk of a topic and stances with a preposition ------------------------------------------------
    "spoke-of-fears": p(
        "The senator spoke of his fears for the economy in a speech to bankers.",
        g("his fears for the economy", "The senator"),
    ),
    "talked-of-era": p(
        "The governor talked of a new era of cooperation with the legislature.",
        g("a new era of cooperation with the legislature", "The governor"),
    ),
    "moralized-about": p(
        "Rep. Lyle Dunn moralized about the decline of civic life.",
        g("the decline of civic life", "Rep. Lyle Dunn"),
    ),
    "reflected-on-defeat": p(
        "The president reflected on the defeat in a letter to supporters.",
        g("the defeat", "The president"),
    ),
    "looked-ahead": p(
        "The senator looked ahead to the fall campaign.",
        g("the fall campaign", "The senator"),
    ),
    "looks-forward": p(
        "Mr. Hanley looks forward to the debate.",
        g("the debate", "Mr. Hanley"),
    ),
    "dwelt-on-record": p(
        "The challenger dwelt on his rival's record on crime.",
        g("his rival's record on crime", "The challenger"),
    ),
    "harped-on-cost": p(
        "Republicans have harped on the cost of the health law.",
        g("the cost of the health law", "Republicans"),
    ),
    "wrote-of-doubts": p(
        "The senator wrote of his doubts about the war in a new memoir.",
        g("his doubts about the war", "The senator"),
    ),
    "ranted-about": p(
        "Rep. Carl Benning ranted about the cost of the bridge.",
        g("the cost of the bridge", "Rep. Carl Benning"),
    ),
    "mused-about-run": p(
        "The governor mused about a run for the White House.",
        g("a run for the White House", "The governor"),
    ),
    "reminisced-about": p(
        "The retiring senator reminisced about the bipartisan deals of the 1980s.",
        g("the bipartisan deals of the 1980s", "The retiring senator"),
    ),
    "elaborated-on": p(
        "The chairman elaborated on the proposal at a news conference.",
        g("the proposal", "The chairman"),
    ),
    "expounded-on": p(
        "The press secretary expounded on the president's plan for the economy.",
        g("the president's plan for the economy", "The press secretary"),
    ),
    "preached-about": p(
        "The bishop preached about the plight of migrants.",
        g("the plight of migrants", "The bishop"),
    ),
    "gushed-about": p(
        "The senator gushed about the new stadium.",
        g("the new stadium", "The senator"),
    ),
    "chafe-at": p(
        "Many rank-and-file Democrats chafe at the party's caution on trade.",
        g("the party's caution on trade", "Many rank-and-file Democrats"),
    ),
    "fretted-about": p(
        "Pentagon officials fretted about the cost of the new fighter.",
        g("the cost of the new fighter", "Pentagon officials"),
    ),
    "agonized-over": p(
        "The senator agonized over the vote for weeks.",
        g("the vote", "The senator"),
    ),
    "protested-over": p(
        "Farmers protested over the low price of milk in Brussels on Monday.",
        g("the low price of milk", "Farmers"),
    ),
    "bristled-at": p(
        "Union leaders bristled at the comparison.",
        g("the comparison", "Union leaders"),
    ),
    "balked-at-cost": p(
        "Fiscal conservatives balked at the cost of the plan.",
        g("the cost of the plan", "Fiscal conservatives"),
    ),
    "fretted-over-polls": p(
        "Party leaders fretted over the polls in Pennsylvania.",
        g("the polls in Pennsylvania", "Party leaders"),
    ),
    "marveled-at-crowd": p(
        "Organizers marveled at the size of the crowd.",
        g("the size of the crowd", "Organizers"),
    ),
    # -- traps: the same verbs for a person, a price, a view, a gesture or a thing that feels nothing ------
    "trap-adore-person": p(
        "Supporters adore the governor.",
    ),
    "trap-thanked-person": p(
        "The president thanked the mayor.",
    ),
    "trap-thanked-volunteers": p(
        "The president thanked the volunteers who cleared the roads.",
    ),
    "trap-congratulated-players": p(
        "The coach congratulated the players after the game.",
    ),
    "trap-envy-name": p(
        "Rival campaigns envy Sen. Carla Bright.",
    ),
    "trap-fans-love-team": p(
        "Local fans love the Hawkeyes.",
    ),
    "trap-ignored-protesters": p(
        "Police ignored the protesters at first.",
    ),
    "trap-respected-ceasefire": p(
        "The rebels respected the ceasefire through the night.",
    ),
    "trap-respected-curfew": p(
        "Residents respected the curfew in the old city.",
    ),
    "trap-palace-overlooks": p(
        "The palace overlooks the main square.",
    ),
    "trap-hotel-overlooks": p(
        "The hotel overlooks the harbor.",
    ),
    "trap-storm-ignored": p(
        "The hurricane ignored the forecasts and turned north.",
    ),
    "trap-recognized-independence": p(
        "Russia recognized the independence of the two breakaway regions.",
    ),
    "trap-recognizes-marriages": p(
        "The state recognizes same-sex marriages performed elsewhere.",
    ),
    "trap-valued-stake": p(
        "The deal values the stake at $2 billion.",
    ),
    "trap-valued-company": p(
        "The offer valued the company's shares at 30 times earnings.",
    ),
    "trap-saluted-flag": p(
        "The veterans saluted the flag.",
    ),
    "trap-hit-car": p(
        "The truck hit the parked car.",
    ),
    "trap-enjoys-lead": p(
        "The candidate enjoys a wide lead in the polls.",
    ),
    "trap-plant-tolerates": p(
        "The plant tolerates drought and heat.",
    ),
    "trap-like-as-preposition": p(
        "Swing states like Ohio and Florida will decide the race.",
    ),
    "trap-appealed-decision": p(
        "The workers appealed the decision to the labor board.",
    ),
    "trap-pleaded-guilty": p(
        "The company pleaded guilty to fraud.",
    ),
    "trap-protested-outside": p(
        "Demonstrators protested outside the embassy for a third day.",
    ),
    "trap-yen-appreciated": p(
        "The yen appreciated against the dollar.",
    ),
    "trap-vilified-person": p(
        "The senator vilified the prosecutor.",
    ),
    "trap-praised-members": p(
        "The senator praised the members on the committee.",
    ),
    "trap-praised-officers-tuesday": p(
        "The senator praised the police officers on Tuesday.",
    ),
    "trap-pity-nominee": p(
        "Many Republicans pity the party's nominee.",
    ),
    "trap-looked-ahead-date": p(
        "The senator looked ahead to next year.",
    ),
    "trap-thanked-by-passive-person": p(
        "The senator was thanked by the president.",
    ),
    "trap-spoke-to-reporters": p(
        "The senator spoke out to reporters after the vote.",
    ),
}
