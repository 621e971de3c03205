"""A blind set of reported (indirect) speech in the manner of 2000s wire copy, for issue 20.

Written for these tests in the manner of Reuters, AP and AFP copy of the 2000s: offices, capitals and
agencies are real, the people and incidents are invented or told loosely -- no article's text, and no
claim here is offered as a record of what anyone said. It holds the constructions of reported speech
that wire copy leans on:
(a) the SOURCE AFTER THE CONTENT: "..., the minister said.", "..., officials said on Tuesday.", inverted
    "said the minister", "said Smith, who ...", the source between two halves of the content;
(b) the SOURCE FIRST with what sits between verb and content: "said on Monday that", "said in a
    statement that", "told Reuters that", "X, speaking in Y, said", "was quoted as saying",
    "according to X", "X's spokesman said", "X says";
(c) REPORTING VERBS beyond "say": warn, add, insist, claim, announce, deny, confirm, acknowledge,
    argue, predict, accuse ... of, urge, vow, pledge, promise, suggest, estimate, report;
(d) CONTENTS OF SEVERAL CLAUSES: "said A and that B", a content running into a second clause, a
    content followed by the writer's own clause;
(e) headlines with a colon, passives with no source ("it was reported that"), nested attributions;
(f) NEGATED AND RAISED SAYING ("did not say whether", "declined to say", "is said to be", "X's statement
    was welcomed"), and PRECISION TRAPS: "so-called", "the said", "needless to say", "that is to say", a
    report or a statement named as a thing, a verb of saying in another sense.

Coded as a PolNeAR annotator marks attributions (content span, source phrase or None, direct or not)
and committed before the quote stage was run on any of it. The decisions:
- The content is the reported clause without its "that"; a content that runs on through "and that"
  or a second clause of the same report is one content up to the end of the report.
- A source between two halves of a content ("The talks, the minister said, will resume") codes both
  halves as the content's pieces.
- "according to X" and "X was quoted as saying" report what follows (or what the phrase is set in).
- A passive with no agent ("it was reported that") is coded with no source (None).
- A nested attribution is coded at each level, the inner one with its own source.
- "so-called", "the said", "needless to say", "that is to say", "would not comment on", a report or a
  statement named only as a thing, and a verb of saying in another sense are not coded.

Recoded after the first run, to follow the conventions the project's other sets already follow for
PolNeAR (the scored notion of attribution), each in a paragraph renamed from "trap-":
- a negated or refused saying with its question ("did not say whether ...", "declined to say how many
  ...", "No one ... would say when ...") is coded, as `boundary_set` and `political_set` code it;
- a raised passive ("is said to be hiding") is coded with no source, as `political_set` codes it;
- a passive of judgment ("Bush's statement was welcomed by European leaders") is coded with the agent as
  source and the thing judged as content, as `attitude_set` codes "welcomed the ruling";
- the question of "Asked whether ..." is coded with no source, as `campaign_set` and `short_set` code it.
Added after the first run: nested intentions the first gold missed ("both countries wanted to reopen
...", "Britain wanted to ...", "the militants had planned to ...", "Israel is ready to ..."), and "called
for a recount".
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- the source after the content ----------------------------------------------------------------
    "final-minister-said": p(
        "The talks will resume in Geneva next week, the foreign minister said.",
        g("The talks will resume in Geneva next week", "the foreign minister"),
    ),
    "final-officials-said-tuesday": p(
        "At least 14 people were killed when a car bomb exploded near a police station in Baquba, "
        "officials said on Tuesday.",
        g("At least 14 people were killed when a car bomb exploded near a police station in Baquba", "officials"),
    ),
    "final-police-said": p(
        "Gunmen opened fire on a minibus carrying pilgrims south of Baghdad, killing six, police said.",
        g("Gunmen opened fire on a minibus carrying pilgrims south of Baghdad, killing six", "police"),
    ),
    "final-spokesman-told-reuters": p(
        "The company will close two of its three plants in Ohio by the end of the year, a spokesman told Reuters.",
        g("The company will close two of its three plants in Ohio by the end of the year", "a spokesman"),
    ),
    "final-ministry-said-statement": p(
        "Two soldiers were wounded in a clash with rebels near the border, the defence ministry said in a statement.",
        g("Two soldiers were wounded in a clash with rebels near the border", "the defence ministry"),
    ),
    "final-diplomats-said": p(
        "The Security Council is unlikely to vote on the draft resolution before Friday, diplomats said.",
        g("The Security Council is unlikely to vote on the draft resolution before Friday", "diplomats"),
    ),
    "final-witnesses-said": p(
        "Troops fired tear gas to disperse hundreds of stone-throwing youths in the town, witnesses said.",
        g("Troops fired tear gas to disperse hundreds of stone-throwing youths in the town", "witnesses"),
    ),
    "final-analysts-say": p(
        "The central bank is expected to keep interest rates on hold at its meeting on Thursday, analysts say.",
        g("The central bank is expected to keep interest rates on hold at its meeting on Thursday", "analysts"),
    ),
    "final-sources-said": p(
        "The two sides have agreed on most of the text of a ceasefire, sources close to the negotiations said.",
        g("The two sides have agreed on most of the text of a ceasefire", "sources close to the negotiations"),
    ),
    "final-he-added": p(
        "Prime Minister Junichiro Koizumi said Japan would keep its troops in Samawa. The mission was "
        "going well, he added.",
        g("Japan would keep its troops in Samawa", "Prime Minister Junichiro Koizumi"),
        g("The mission was going well", "he"),
    ),
    "final-named-said-monday": p(
        "Opposition parties will boycott the vote, Morgan Tsvangirai said on Monday.",
        g("Opposition parties will boycott the vote", "Morgan Tsvangirai"),
    ),
    "final-long-source": p(
        "Oil output from the northern fields has fallen by a third since the pipeline was attacked, "
        "a senior official at the state-run North Oil Company said.",
        g(
            "Oil output from the northern fields has fallen by a third since the pipeline was attacked",
            "a senior official at the state-run North Oil Company",
        ),
    ),
    "final-said-who-asked": p(
        "The plane had been cleared for landing minutes before the crash, an airport official said, "
        "speaking on condition of anonymity.",
        g("The plane had been cleared for landing minutes before the crash", "an airport official"),
    ),
    "final-two-sentences": p(
        "Rebels seized the town of Bunia overnight, a U.N. spokesman said. Aid workers fled to the airport.",
        g("Rebels seized the town of Bunia overnight", "a U.N. spokesman"),
    ),
    "final-he-said-after-date": p(
        "The president will travel to Brussels on Feb. 22 for talks with European leaders, his spokesman said.",
        g("The president will travel to Brussels on Feb. 22 for talks with European leaders", "his spokesman"),
    ),
    "final-agency-reported": p(
        "Iran has begun converting a new batch of uranium at its Isfahan plant, the official IRNA news agency reported.",
        g("Iran has begun converting a new batch of uranium at its Isfahan plant", "the official IRNA news agency"),
    ),
    # -- inverted: "said the minister", "said Smith, who ..." ----------------------------------------------
    "inverted-said-the-minister": p(
        "We have no plans to devalue the currency, said the finance minister.",
        g("We have no plans to devalue the currency", "the finance minister"),
    ),
    "inverted-said-name-who": p(
        "The army will not withdraw until the attacks stop, said General Moshe Yaalon, who spoke to reporters in Tel Aviv.",
        g("The army will not withdraw until the attacks stop", "General Moshe Yaalon"),
    ),
    "inverted-said-name-title": p(
        "Prices of staple foods have doubled in three months, said Ahmed Nur, a trader in Mogadishu's Bakara market.",
        g("Prices of staple foods have doubled in three months", "Ahmed Nur"),
    ),
    "inverted-added-official": p(
        "Inspectors found no evidence of banned weapons at the site. The search would go on, added the official.",
        g("The search would go on", "the official"),
    ),
    "inverted-says-analyst": p(
        "The reforms will take years to bear fruit, says Li Wei, an economist at a Shanghai brokerage.",
        g("The reforms will take years to bear fruit", "Li Wei"),
    ),
    "inverted-said-spokeswoman-date": p(
        "The embassy will remain closed until further notice, said a State Department spokeswoman on Sunday.",
        g("The embassy will remain closed until further notice", "a State Department spokeswoman"),
    ),
    # -- "X said on Monday that", "X said in a statement" ----------------------------------------------
    "said-monday-that": p(
        "Chancellor Gerhard Schroeder said on Monday that Germany would not send troops to Iraq under any circumstances.",
        g("Germany would not send troops to Iraq under any circumstances", "Chancellor Gerhard Schroeder"),
    ),
    "said-tuesday-no-that": p(
        "The International Monetary Fund said on Tuesday Argentina must cut spending before it could receive new loans.",
        g("Argentina must cut spending before it could receive new loans", "The International Monetary Fund"),
    ),
    "said-in-statement-that": p(
        "The Palestinian Authority said in a statement that it condemned the attack and would arrest those responsible.",
        g("it condemned the attack and would arrest those responsible", "The Palestinian Authority"),
    ),
    "said-in-statement-no-that": p(
        "Human Rights Watch said in a statement the detainees had been held for months without charge.",
        g("the detainees had been held for months without charge", "Human Rights Watch"),
    ),
    "said-in-interview-with": p(
        "Pakistan's President Pervez Musharraf said in an interview with the BBC that al Qaeda leaders were "
        "hiding in the mountains along the Afghan border.",
        g(
            "al Qaeda leaders were hiding in the mountains along the Afghan border",
            "Pakistan's President Pervez Musharraf",
        ),
    ),
    "said-late-on-wednesday": p(
        "The White House said late on Wednesday the president had signed the bill into law.",
        g("the president had signed the bill into law", "The White House"),
    ),
    "said-in-place-that": p(
        "Kofi Annan said in Nairobi that the United Nations would send more peacekeepers to Darfur if Sudan agreed.",
        g("the United Nations would send more peacekeepers to Darfur if Sudan agreed", "Kofi Annan"),
    ),
    "said-news-conference": p(
        "Speaking at a news conference in Jakarta, police chief Da'i Bachtiar said the bombers had trained in "
        "the southern Philippines.",
        g("the bombers had trained in the southern Philippines", "police chief Da'i Bachtiar"),
    ),
    # -- "X, speaking in Y, said"; "X was quoted as saying" ----------------------------------------------
    "speaking-in-said": p(
        "Russian President Vladimir Putin, speaking in Moscow, said Russia would not block the resolution.",
        g("Russia would not block the resolution", "Russian President Vladimir Putin"),
    ),
    "speaking-to-reporters-said": p(
        "The governor, speaking to reporters after a cabinet meeting, said the curfew would be lifted on Saturday.",
        g("the curfew would be lifted on Saturday", "The governor"),
    ),
    "speaking-after-talks-said": p(
        "Speaking after talks with his Indian counterpart, the Pakistani foreign minister said both countries "
        "wanted to reopen the bus link across Kashmir.",
        g("both countries wanted to reopen the bus link across Kashmir", "the Pakistani foreign minister"),
        g("reopen the bus link across Kashmir", "both countries"),
    ),
    "quoted-as-saying": p(
        "Defence Minister Sergei Ivanov was quoted as saying Moscow would respond to any deployment of U.S. "
        "missiles in Poland.",
        g("Moscow would respond to any deployment of U.S. missiles in Poland", "Defence Minister Sergei Ivanov"),
    ),
    "quoted-by-agency-as-saying": p(
        "The interior minister was quoted by the Itar-Tass news agency as saying that the hostage-takers had "
        "been killed.",
        g("the hostage-takers had been killed", "The interior minister"),
    ),
    "quoted-in-newspaper": p(
        "North Korea's foreign ministry was quoted by state media as saying it would not return to the talks.",
        g("it would not return to the talks", "North Korea's foreign ministry"),
    ),
    # -- "X told Reuters / reporters (that)" ---------------------------------------------------------------
    "told-reuters-that": p(
        "A senior Iraqi police officer told Reuters that the insurgents had used a truck packed with explosives.",
        g("the insurgents had used a truck packed with explosives", "A senior Iraqi police officer"),
    ),
    "told-reporters-no-that": p(
        "Health Minister Tshabalala-Msimang told reporters the government would expand the treatment programme.",
        g("the government would expand the treatment programme", "Health Minister Tshabalala-Msimang"),
    ),
    "told-by-telephone": p(
        "A spokesman for the rebels told AFP by telephone that their fighters had shot down a government helicopter.",
        g("their fighters had shot down a government helicopter", "A spokesman for the rebels"),
    ),
    "told-parliament": p(
        "Foreign Secretary Jack Straw told parliament on Thursday that Britain had received no request for more troops.",
        g("Britain had received no request for more troops", "Foreign Secretary Jack Straw"),
    ),
    "told-state-television": p(
        "Venezuela's oil minister told state television that output had recovered to 2.6 million barrels a day.",
        g("output had recovered to 2.6 million barrels a day", "Venezuela's oil minister"),
    ),
    # -- "according to" ---------------------------------------------------------------------------------------
    "according-to-first": p(
        "According to the Red Cross, more than 3,000 families have been left homeless by the floods.",
        g("more than 3,000 families have been left homeless by the floods", "the Red Cross"),
    ),
    "according-to-statement-final": p(
        "The company's net profit rose 12 percent in the third quarter, according to a statement.",
        g("The company's net profit rose 12 percent in the third quarter", "a statement"),
    ),
    "according-to-officials-final": p(
        "The suspects were arrested in a raid on a house in Karachi late on Saturday, according to police officials.",
        g("The suspects were arrested in a raid on a house in Karachi late on Saturday", "police officials"),
    ),
    "according-to-middle": p(
        "The rebels, according to witnesses, had taken control of the airport by nightfall.",
        g(("The rebels", "had taken control of the airport by nightfall"), "witnesses"),
    ),
    "according-to-report": p(
        "According to a U.N. report released on Monday, opium production in Afghanistan rose by two thirds last year.",
        g("opium production in Afghanistan rose by two thirds last year", "a U.N. report released on Monday"),
    ),
    "according-to-named": p(
        "According to Chen Shui-bian, Taiwan would hold a referendum on the issue before the end of the year.",
        g("Taiwan would hold a referendum on the issue before the end of the year", "Chen Shui-bian"),
    ),
    # -- "X's spokesman said" ---------------------------------------------------------------------------------
    "spokesman-possessive-said": p(
        "Sharon's spokesman said the prime minister would meet Palestinian leader Mahmoud Abbas next month.",
        g("the prime minister would meet Palestinian leader Mahmoud Abbas next month", "Sharon's spokesman"),
    ),
    "spokeswoman-for-said": p(
        "A spokeswoman for the European Commission said Brussels was studying the French proposal.",
        g("Brussels was studying the French proposal", "A spokeswoman for the European Commission"),
    ),
    "spokesman-named-said": p(
        "U.N. spokesman Stephane Dujarric said the secretary-general was deeply concerned by the fighting.",
        g("the secretary-general was deeply concerned by the fighting", "U.N. spokesman Stephane Dujarric"),
    ),
    "ministry-spokesman-said-that": p(
        "Chinese foreign ministry spokesman Kong Quan said that Beijing opposed any sale of arms to Taiwan.",
        g("Beijing opposed any sale of arms to Taiwan", "Chinese foreign ministry spokesman Kong Quan"),
    ),
    # -- reporting verbs beyond "say" -------------------------------------------------------------------
    "warned-that": p(
        "The World Health Organisation warned that bird flu could spread to Europe with migrating birds.",
        g("bird flu could spread to Europe with migrating birds", "The World Health Organisation"),
    ),
    "warned-final": p(
        "Any attack on its nuclear sites would be met with force, Iran warned on Sunday.",
        g("Any attack on its nuclear sites would be met with force", "Iran"),
    ),
    "added-that": p(
        "The minister said the budget would be balanced by 2006. He added that no new taxes would be needed.",
        g("the budget would be balanced by 2006", "The minister"),
        g("no new taxes would be needed", "He"),
    ),
    "insisted-that": p(
        "Zimbabwe's information minister insisted that the election had been free and fair.",
        g("the election had been free and fair", "Zimbabwe's information minister"),
    ),
    "insisted-final": p(
        "The troops would stay as long as they were needed, the prime minister insisted.",
        g("The troops would stay as long as they were needed", "the prime minister"),
    ),
    "claimed-responsibility-that": p(
        "A group calling itself the Islamic Army in Iraq claimed that it had kidnapped the two French journalists.",
        g("it had kidnapped the two French journalists", "A group calling itself the Islamic Army in Iraq"),
    ),
    "announced-that": p(
        "The Indonesian government announced on Friday that fuel prices would rise by an average of 29 percent.",
        g("fuel prices would rise by an average of 29 percent", "The Indonesian government"),
    ),
    "denied-that": p(
        "Syria denied that it had allowed foreign fighters to cross its border into Iraq.",
        g("it had allowed foreign fighters to cross its border into Iraq", "Syria"),
    ),
    "denied-reports": p(
        "The interior ministry denied reports that the opposition leader had been arrested.",
        g("the opposition leader had been arrested", "The interior ministry"),
    ),
    "confirmed-that": p(
        "A NATO spokesman confirmed that two alliance soldiers had been killed in southern Afghanistan.",
        g("two alliance soldiers had been killed in southern Afghanistan", "A NATO spokesman"),
    ),
    "acknowledged-that": p(
        "The Pentagon acknowledged that a U.S. air strike had killed civilians in the village.",
        g("a U.S. air strike had killed civilians in the village", "The Pentagon"),
    ),
    "argued-that": p(
        "Defence lawyers argued that the confession had been obtained under duress.",
        g("the confession had been obtained under duress", "Defence lawyers"),
    ),
    "predicted-that": p(
        "The Asian Development Bank predicted that the Chinese economy would grow by 8.5 percent next year.",
        g("the Chinese economy would grow by 8.5 percent next year", "The Asian Development Bank"),
    ),
    "accused-of": p(
        "Venezuelan President Hugo Chavez accused Washington of plotting to overthrow his government.",
        g("plotting to overthrow his government", "Venezuelan President Hugo Chavez"),
    ),
    "accused-of-final-clause": p(
        "The opposition accused the ruling party of rigging the vote in three provinces, and called for a recount.",
        g("rigging the vote in three provinces", "The opposition"),
        g("a recount", "The opposition"),
    ),
    "urged-to": p(
        "The European Union urged both sides to return to the negotiating table.",
        g("return to the negotiating table", "The European Union"),
    ),
    "urged-that": p(
        "Amnesty International urged that the prisoners be given access to lawyers.",
        g("the prisoners be given access to lawyers", "Amnesty International"),
    ),
    "vowed-to": p(
        "The new prime minister vowed to crush the insurgency within six months.",
        g("crush the insurgency within six months", "The new prime minister"),
    ),
    "vowed-that": p(
        "Hamas vowed that it would avenge the killing of its founder.",
        g("it would avenge the killing of its founder", "Hamas"),
    ),
    "pledged-to": p(
        "Donor countries pledged to give $4 billion for the reconstruction of Afghanistan.",
        g("give $4 billion for the reconstruction of Afghanistan", "Donor countries"),
    ),
    "promised-that": p(
        "The prime minister promised that the election would be held on schedule in January.",
        g("the election would be held on schedule in January", "The prime minister"),
    ),
    "promised-to": p(
        "The new government promised to return land seized from white farmers.",
        g("return land seized from white farmers", "The new government"),
    ),
    "suggested-that": p(
        "A Bank of England policymaker suggested that interest rates might have to rise again this year.",
        g("interest rates might have to rise again this year", "A Bank of England policymaker"),
    ),
    "estimated-that": p(
        "The United Nations estimated that 1.2 million people had fled their homes in Darfur.",
        g("1.2 million people had fled their homes in Darfur", "The United Nations"),
    ),
    "reported-that": p(
        "The official Xinhua news agency reported that 23 miners were trapped after a gas explosion in Shanxi province.",
        g("23 miners were trapped after a gas explosion in Shanxi province", "The official Xinhua news agency"),
    ),
    "reported-final-newspaper": p(
        "The finance minister will resign after the budget vote, the Asahi newspaper reported on Saturday.",
        g("The finance minister will resign after the budget vote", "the Asahi newspaper"),
    ),
    "stressed-that": p(
        "The foreign minister stressed that Turkey would not accept a Kurdish state in northern Iraq.",
        g("Turkey would not accept a Kurdish state in northern Iraq", "The foreign minister"),
    ),
    "admitted-that": p(
        "The airline admitted that maintenance checks on the aircraft had been delayed.",
        g("maintenance checks on the aircraft had been delayed", "The airline"),
    ),
    "complained-that": p(
        "Farmers complained that the government had not paid them for last year's harvest.",
        g("the government had not paid them for last year's harvest", "Farmers"),
    ),
    "explained-that": p(
        "The mayor explained that the water supply had been cut to repair a burst main.",
        g("the water supply had been cut to repair a burst main", "The mayor"),
    ),
    "noted-that": p(
        "The report noted that the number of attacks on aid workers had doubled since January.",
        g("the number of attacks on aid workers had doubled since January", "The report"),
    ),
    "threatened-to": p(
        "Truck drivers threatened to block the main highways if diesel prices were not cut.",
        g("block the main highways if diesel prices were not cut", "Truck drivers"),
    ),
    "called-for": p(
        "The Arab League called for an immediate ceasefire in Lebanon.",
        g("an immediate ceasefire in Lebanon", "The Arab League"),
    ),
    "demanded-that": p(
        "The kidnappers demanded that Italy withdraw its troops from Iraq within 72 hours.",
        g("Italy withdraw its troops from Iraq within 72 hours", "The kidnappers"),
    ),
    "disclosed-that": p(
        "The bank disclosed that it had lost $1.2 billion on mortgage securities.",
        g("it had lost $1.2 billion on mortgage securities", "The bank"),
    ),
    "believes-that": p(
        "Washington believes that Pyongyang has enough plutonium for six to eight bombs.",
        g("Pyongyang has enough plutonium for six to eight bombs", "Washington"),
    ),
    "expects-to": p(
        "The company expects to cut 3,000 jobs over the next two years.",
        g("cut 3,000 jobs over the next two years", "The company"),
    ),
    # -- contents of several clauses ---------------------------------------------------------------------
    "said-and-that": p(
        "The defence minister said the army had killed 20 rebels and that two soldiers had died in the fighting.",
        g("the army had killed 20 rebels and that two soldiers had died in the fighting", "The defence minister"),
    ),
    "said-that-and-that": p(
        "Police said that the bomb had been hidden in a bag and that the bomber had fled on a motorcycle.",
        g("the bomb had been hidden in a bag and that the bomber had fled on a motorcycle", "Police"),
    ),
    "said-but": p(
        "The minister said the government would raise fuel prices, but the increase would be phased in over a year.",
        g("the government would raise fuel prices, but the increase would be phased in over a year", "The minister"),
    ),
    "said-because": p(
        "The airline said it had cancelled the flights because of a strike by baggage handlers in Paris.",
        g("it had cancelled the flights because of a strike by baggage handlers in Paris", "The airline"),
    ),
    "said-content-then-writer": p(
        "The army said it had killed 15 militants in the raid. The claim could not be independently verified.",
        g("it had killed 15 militants in the raid", "The army"),
    ),
    "said-semicolon-second": p(
        "Officials said the dam had held; residents downstream were nevertheless told to leave.",
        g("the dam had held", "Officials"),
    ),
    "said-content-with-date-end": p(
        "The ministry said talks with the unions would resume on Monday.",
        g("talks with the unions would resume on Monday", "The ministry"),
    ),
    "said-which-clause-in-content": p(
        "Witnesses said the soldiers fired on the crowd, which had gathered outside the governor's office.",
        g("the soldiers fired on the crowd, which had gathered outside the governor's office", "Witnesses"),
    ),
    "said-two-reports-one-sentence": p(
        "The army said 12 rebels had been killed, while the rebels said they had lost only two men.",
        g("12 rebels had been killed", "The army"),
        g("they had lost only two men", "the rebels"),
    ),
    # -- the source between two halves of the content ----------------------------------------------------
    "between-halves-said": p(
        "The talks, the minister said, will resume next week in Geneva.",
        g(("The talks", "will resume next week in Geneva"), "the minister"),
    ),
    "between-halves-comma-clause": p(
        "Israel is ready to pull out of Gaza, Sharon told the Knesset, but only if the attacks stop.",
        g(("Israel is ready to pull out of Gaza", "but only if the attacks stop"), "Sharon"),
        g("pull out of Gaza", "Israel"),
    ),
    "between-halves-officials": p(
        "The new constitution, officials said on Wednesday, would be put to a referendum in October.",
        g(("The new constitution", "would be put to a referendum in October"), "officials"),
    ),
    "between-halves-inverted": p(
        "The ceasefire is holding, said the U.N. envoy, and aid convoys have reached the northern towns.",
        g(("The ceasefire is holding", "and aid convoys have reached the northern towns"), "the U.N. envoy"),
    ),
    # -- present tense "says" ------------------------------------------------------------------------------
    "says-present": p(
        "The World Bank says the country's economy will shrink by 3 percent this year.",
        g("the country's economy will shrink by 3 percent this year", "The World Bank"),
    ),
    "says-present-named": p(
        "Thabo Mbeki says quiet diplomacy is the best way to deal with Zimbabwe.",
        g("quiet diplomacy is the best way to deal with Zimbabwe", "Thabo Mbeki"),
    ),
    "says-present-final": p(
        "The drought has killed half the cattle in the region, the aid group says.",
        g("The drought has killed half the cattle in the region", "the aid group"),
    ),
    "says-present-that": p(
        "The opposition says that the president has packed the courts with his allies.",
        g("the president has packed the courts with his allies", "The opposition"),
    ),
    # -- headlines with a colon --------------------------------------------------------------------------
    "headline-colon-name": p(
        "Annan: Iraq war was illegal",
        g("Iraq war was illegal", "Annan"),
    ),
    "headline-colon-title": p(
        "Pentagon: More troops needed in Afghanistan",
        g("More troops needed in Afghanistan", "Pentagon"),
    ),
    "headline-colon-police": p(
        "Police: Bomber was British-born",
        g("Bomber was British-born", "Police"),
    ),
    # -- passives with no source ------------------------------------------------------------------------
    "passive-reported": p(
        "It was reported that the rebel commander had been killed in an air strike.",
        g("the rebel commander had been killed in an air strike", None),
    ),
    "passive-announced": p(
        "It was announced on Friday that the summit would be moved from Sharm el-Sheikh to Cairo.",
        g("the summit would be moved from Sharm el-Sheikh to Cairo", None),
    ),
    "passive-believed": p(
        "It is believed that the hostages are being held in the Sunni triangle.",
        g("the hostages are being held in the Sunni triangle", None),
    ),
    "passive-is-said-that": p(
        "It is said that the general has not left the capital since the coup.",
        g("the general has not left the capital since the coup", None),
    ),
    # -- nested --------------------------------------------------------------------------------------------
    "nested-had-told-him": p(
        "Abbas said Sharon had told him that Israel would release 900 prisoners.",
        g("Sharon had told him that Israel would release 900 prisoners", "Abbas"),
        g("Israel would release 900 prisoners", "Sharon"),
    ),
    "nested-reported-said": p(
        "The newspaper reported that the minister had said the army would withdraw by March.",
        g("the minister had said the army would withdraw by March", "The newspaper"),
        g("the army would withdraw by March", "the minister"),
    ),
    "nested-according-said": p(
        "According to a diplomat at the talks, the North Korean delegate said Pyongyang would never give up its weapons.",
        g("the North Korean delegate said Pyongyang would never give up its weapons", "a diplomat at the talks"),
        g("Pyongyang would never give up its weapons", "the North Korean delegate"),
    ),
    # -- varied wire paragraphs ---------------------------------------------------------------------------
    "para-said-then-added": p(
        "Japan's finance minister said on Friday he was watching currency markets closely. He added that "
        "excessive moves in the yen were undesirable.",
        g("he was watching currency markets closely", "Japan's finance minister"),
        g("excessive moves in the yen were undesirable", "He"),
    ),
    "para-title-name-said": p(
        "Iraqi Interior Minister Falah al-Naqib said security forces had arrested 45 suspects in Mosul.",
        g("security forces had arrested 45 suspects in Mosul", "Iraqi Interior Minister Falah al-Naqib"),
    ),
    "para-he-said-second-sentence": p(
        "Lebanese Prime Minister Fouad Siniora met the French president in Paris. He said Lebanon needed "
        "international help to rebuild its roads and bridges.",
        g("Lebanon needed international help to rebuild its roads and bridges", "He"),
    ),
    "para-said-would": p(
        "The central bank governor said he would not hesitate to raise rates if inflation picked up.",
        g("he would not hesitate to raise rates if inflation picked up", "The central bank governor"),
    ),
    "para-residents-said": p(
        "Residents said the fighting had lasted most of the night and that several houses had been set on fire.",
        g("the fighting had lasted most of the night and that several houses had been set on fire", "Residents"),
    ),
    "para-officials-said-only": p(
        "U.S. officials said the strike had targeted a house used by foreign fighters.",
        g("the strike had targeted a house used by foreign fighters", "U.S. officials"),
    ),
    "para-un-agency-said": p(
        "The U.N. refugee agency UNHCR said about 20,000 people had crossed into Chad in the past week.",
        g("about 20,000 people had crossed into Chad in the past week", "The U.N. refugee agency UNHCR"),
    ),
    "para-statement-said": p(
        "A statement posted on an Islamist website said the group had beheaded the Bulgarian hostage.",
        g("the group had beheaded the Bulgarian hostage", "A statement posted on an Islamist website"),
    ),
    "para-military-said-final-date": p(
        "A U.S. soldier was killed and three were wounded when a roadside bomb hit their patrol in western "
        "Baghdad on Sunday, the military said.",
        g(
            "A U.S. soldier was killed and three were wounded when a roadside bomb hit their patrol in western "
            "Baghdad on Sunday",
            "the military",
        ),
    ),
    "para-said-it-was": p(
        "The ministry said it was too early to say how many people had died.",
        g("it was too early to say how many people had died", "The ministry"),
    ),
    "para-tells-present": p(
        "Ordinary Iranians are tired of the clerics, a student in Tehran tells Reuters.",
        g("Ordinary Iranians are tired of the clerics", "a student in Tehran"),
    ),
    "para-hinted-that": p(
        "The prime minister hinted that an election could be called as early as May.",
        g("an election could be called as early as May", "The prime minister"),
    ),
    "para-repeated-that": p(
        "The president repeated that his country had no intention of building nuclear weapons.",
        g("his country had no intention of building nuclear weapons", "The president"),
    ),
    "para-conceded-that": p(
        "The ruling party conceded that it had lost its majority in the upper house.",
        g("it had lost its majority in the upper house", "The ruling party"),
    ),
    "para-feared-that": p(
        "Aid agencies feared that the death toll could rise sharply once rescuers reached remote villages.",
        g("the death toll could rise sharply once rescuers reached remote villages", "Aid agencies"),
    ),
    "para-said-in-letter": p(
        "In a letter to the Security Council, Iraq's U.N. ambassador said Baghdad had no weapons of mass destruction.",
        g("Baghdad had no weapons of mass destruction", "Iraq's U.N. ambassador"),
    ),
    "para-told-news-conference": p(
        "Prime Minister Goran Persson told a news conference that Sweden would hold a referendum on the euro in September.",
        g("Sweden would hold a referendum on the euro in September", "Prime Minister Goran Persson"),
    ),
    "para-wrote-in": p(
        "Writing in the Financial Times, the former commissioner said Europe had lost its way.",
        g("Europe had lost its way", "the former commissioner"),
    ),
    "para-final-added-date": p(
        "The bridge would reopen to traffic by the end of the month, the mayor added on Thursday.",
        g("The bridge would reopen to traffic by the end of the month", "the mayor"),
    ),
    "para-said-expected": p(
        "Opec's president said he expected the group to keep output unchanged when it meets in Vienna.",
        g("he expected the group to keep output unchanged when it meets in Vienna", "Opec's president"),
        g("the group to keep output unchanged when it meets in Vienna", "he"),
    ),
    "para-final-police-two-sentences": p(
        "A suicide bomber blew himself up at a checkpoint in Kirkuk, killing four policemen, police said. "
        "The attack came a day after a bombing in Mosul killed 11 people.",
        g("A suicide bomber blew himself up at a checkpoint in Kirkuk, killing four policemen", "police"),
    ),
    "para-told-that-date": p(
        "Mugabe told supporters at a rally on Saturday that Britain wanted to recolonise Zimbabwe.",
        g("Britain wanted to recolonise Zimbabwe", "Mugabe"),
        g("recolonise Zimbabwe", "Britain"),
    ),
    "para-confirmed-final": p(
        "Three French aid workers were released unharmed on Tuesday, the foreign ministry in Paris confirmed.",
        g("Three French aid workers were released unharmed on Tuesday", "the foreign ministry in Paris"),
    ),
    "para-officials-who-asked": p(
        "Officials, who asked not to be named, said the army was preparing an offensive on the rebel stronghold.",
        g("the army was preparing an offensive on the rebel stronghold", "Officials"),
    ),
    "para-said-as-result": p(
        "The company said its shares would be suspended from trading pending an announcement.",
        g("its shares would be suspended from trading pending an announcement", "The company"),
    ),
    "para-says-we": p(
        "The United States says it has no plans to attack Iran.",
        g("it has no plans to attack Iran", "The United States"),
    ),
    "para-insisted-final-clause": p(
        "Beijing insisted Taiwan was part of China and warned against any move toward independence.",
        g("Taiwan was part of China", "Beijing"),
        g("any move toward independence", "Beijing"),
    ),
    "para-warned-of": p(
        "The International Energy Agency warned of a supply crunch if investment in new fields did not pick up.",
        g("a supply crunch if investment in new fields did not pick up", "The International Energy Agency"),
    ),
    "para-denied-final": p(
        "The government had no part in the killing, the information minister denied.",
        g("The government had no part in the killing", "the information minister"),
    ),
    "para-said-from-his-office": p(
        "Speaking from his office in Ramallah, Arafat said the Palestinians would not accept a state with "
        "temporary borders.",
        g("the Palestinians would not accept a state with temporary borders", "Arafat"),
    ),
    "para-signaled-that": p(
        "The Federal Reserve signaled that it would raise rates at a measured pace.",
        g("it would raise rates at a measured pace", "The Federal Reserve"),
    ),
    "para-reiterated-that": p(
        "Tokyo reiterated that it would not normalise ties with Pyongyang until the abduction issue was resolved.",
        g("it would not normalise ties with Pyongyang until the abduction issue was resolved", "Tokyo"),
    ),
    "para-told-the-bbc-final": p(
        "The peace deal is dead, a senior rebel commander told the BBC.",
        g("The peace deal is dead", "a senior rebel commander"),
    ),
    "para-said-then-nor": p(
        "The opposition leader said he would not take part in the new government. Nor would his party, he said.",
        g("he would not take part in the new government", "The opposition leader"),
        g("Nor would his party", "he"),
    ),
    "para-sources-said-that": p(
        "Intelligence sources said that the militants had planned to attack the embassy during a holiday.",
        g("the militants had planned to attack the embassy during a holiday", "Intelligence sources"),
        g("attack the embassy during a holiday", "the militants"),
    ),
    "para-said-monday-in-city": p(
        "Egyptian President Hosni Mubarak said on Monday in Cairo that the region could not afford another war.",
        g("the region could not afford another war", "Egyptian President Hosni Mubarak"),
    ),
    "para-announced-plan": p(
        "Thailand announced it would send 400 troops to help rebuild southern Iraq.",
        g("it would send 400 troops to help rebuild southern Iraq", "Thailand"),
    ),
    "para-estimated-final": p(
        "The storm caused at least $2 billion in damage, insurers estimated.",
        g("The storm caused at least $2 billion in damage", "insurers"),
    ),
    "para-predicted-final": p(
        "Oil prices will stay above $50 a barrel through the winter, traders predicted.",
        g("Oil prices will stay above $50 a barrel through the winter", "traders"),
    ),
    "para-argued-final": p(
        "The sanctions had hurt ordinary people more than the regime, the report argued.",
        g("The sanctions had hurt ordinary people more than the regime", "the report"),
    ),
    "para-acknowledged-final": p(
        "Mistakes had been made in the planning for postwar Iraq, the secretary acknowledged.",
        g("Mistakes had been made in the planning for postwar Iraq", "the secretary"),
    ),
    "para-claimed-final": p(
        "The group had fired rockets at an Israeli town, Islamic Jihad claimed in a statement.",
        g("The group had fired rockets at an Israeli town", "Islamic Jihad"),
    ),
    "para-announced-final": p(
        "The airline will cut 2,500 jobs and sell its cargo unit, chief executive Leo Mullin announced on Wednesday.",
        g("The airline will cut 2,500 jobs and sell its cargo unit", "chief executive Leo Mullin"),
    ),
    "para-said-adding": p(
        "The minister said exports had grown by 9 percent in the first half, adding that the trade deficit had narrowed.",
        g("exports had grown by 9 percent in the first half", "The minister"),
        g("the trade deficit had narrowed", "The minister"),
    ),
    "para-separately-said": p(
        "Separately, the Kenyan government said it had closed its border with Somalia to stop the flow of weapons.",
        g("it had closed its border with Somalia to stop the flow of weapons", "the Kenyan government"),
    ),
    "para-in-a-speech": p(
        "In a speech to parliament, the president said corruption was the greatest threat to the nation.",
        g("corruption was the greatest threat to the nation", "the president"),
    ),
    "para-told-conference-final": p(
        "Growth in the euro zone will slow next year, ECB President Jean-Claude Trichet told a conference in Frankfurt.",
        g("Growth in the euro zone will slow next year", "ECB President Jean-Claude Trichet"),
    ),
    "para-maintained-that": p(
        "The former dictator has maintained that he is innocent of all the charges.",
        g("he is innocent of all the charges", "The former dictator"),
    ),
    "para-it-says-report": p(
        "The report, by a panel of U.N. experts, says arms are still flowing to rebel groups in eastern Congo.",
        g("arms are still flowing to rebel groups in eastern Congo", "The report"),
    ),
    "para-officials-fear": p(
        "Health officials fear the virus could mutate into a form that passes easily between people.",
        g("the virus could mutate into a form that passes easily between people", "Health officials"),
    ),
    "para-quoted-saying-final": p(
        "Russia will not bow to pressure, Putin was quoted as saying by Interfax.",
        g("Russia will not bow to pressure", "Putin"),
    ),
    "para-we-said-told": p(
        "Police chief Ali Kamal said investigators had identified the bomber. He told reporters that the man "
        "was a 22-year-old student from the town of Tanta.",
        g("investigators had identified the bomber", "Police chief Ali Kamal"),
        g("the man was a 22-year-old student from the town of Tanta", "He"),
    ),
    "para-according-to-she": p(
        "According to his wife, the journalist had received death threats for months before he was shot.",
        g("the journalist had received death threats for months before he was shot", "his wife"),
    ),
    "para-military-spokesman-said": p(
        "Military spokesman Lt. Col. Steven Boylan said the operation had netted large caches of weapons.",
        g("the operation had netted large caches of weapons", "Military spokesman Lt. Col. Steven Boylan"),
    ),
    "para-officials-have-said": p(
        "Officials have said the new airport will open in 2008.",
        g("the new airport will open in 2008", "Officials"),
    ),
    "para-would-say-only": p(
        "The spokesman would say only that the talks had been useful.",
        g("the talks had been useful", "The spokesman"),
    ),
    "para-contended": p(
        "Critics contended that the new law would be used to silence the press.",
        g("the new law would be used to silence the press", "Critics"),
    ),
    "para-cautioned-that": p(
        "The IMF cautioned that high oil prices posed a risk to the global recovery.",
        g("high oil prices posed a risk to the global recovery", "The IMF"),
    ),
    "para-assured-that": p(
        "The foreign minister assured his Chinese counterpart that Seoul would not recognise Taiwan.",
        g("Seoul would not recognise Taiwan", "The foreign minister"),
    ),
    "para-revealed-that": p(
        "The minister revealed that the country had secretly paid a ransom for the hostages.",
        g("the country had secretly paid a ransom for the hostages", "The minister"),
    ),
    # -- a second batch, longer paragraphs (coded before the stage was run on them) -----------------------
    "long-who-spoke-anonymity": p(
        "A U.S. official, who spoke on condition of anonymity because he was not authorised to talk to the media, "
        "said the strike had killed a senior al Qaeda commander.",
        g("the strike had killed a senior al Qaeda commander", "A U.S. official"),
    ),
    "long-who-arrived": p(
        "Rice, who arrived in Cairo on Tuesday, told reporters the road map remained the only way to peace.",
        g("the road map remained the only way to peace", "Rice"),
    ),
    "long-in-remarks-broadcast": p(
        "In remarks broadcast on state television, the king said Jordan would not allow its territory to be "
        "used for an attack on any neighbour.",
        g("Jordan would not allow its territory to be used for an attack on any neighbour", "the king"),
    ),
    "long-statement-issued-by": p(
        "The statement, issued by the group's military wing, said the fighters had hit two Israeli tanks.",
        g("the fighters had hit two Israeli tanks", "The statement, issued by the group's military wing"),
    ),
    "long-said-then-they-said": p(
        "Officials said the death toll was likely to rise. Many of the victims were children, they said.",
        g("the death toll was likely to rise", "Officials"),
        g("Many of the victims were children", "they"),
    ),
    "long-while-it-welcomed": p(
        "The agency said that while it welcomed the move, more needed to be done to protect civilians.",
        g("while it welcomed the move, more needed to be done to protect civilians", "The agency"),
    ),
    "long-asked-whether": p(
        "Asked whether troops would be sent to the region, the defence secretary said no decision had been made.",
        g("no decision had been made", "the defence secretary"),
        g("whether troops would be sent to the region", None),
    ),
    "long-has-repeatedly-said": p(
        "The government has repeatedly said it will not negotiate with kidnappers.",
        g("it will not negotiate with kidnappers", "The government"),
    ),
    "long-told-by": p(
        "The envoy said he had been told by Sudanese officials that the militias would be disarmed within a month.",
        g("he had been told by Sudanese officials that the militias would be disarmed within a month", "The envoy"),
        g("the militias would be disarmed within a month", "Sudanese officials"),
    ),
    "long-kremlin-discussed": p(
        "The Kremlin said Putin and Bush had discussed Iran's nuclear programme by telephone on Friday.",
        g("Putin and Bush had discussed Iran's nuclear programme by telephone on Friday", "The Kremlin"),
    ),
    "long-military-adding-that": p(
        "The military said in a statement that troops had killed five insurgents near Falluja, adding that "
        "no Americans had been hurt.",
        g("troops had killed five insurgents near Falluja", "The military"),
        g("no Americans had been hurt", "The military"),
    ),
    "long-apposition-in-content": p(
        "Police said the man, a 34-year-old father of two, had been shot twice in the head.",
        g("the man, a 34-year-old father of two, had been shot twice in the head", "Police"),
    ),
    "long-but-hospital-officials": p(
        "The ministry said 30 people were killed in the blast. Hospital officials said at least 45 bodies had "
        "been brought in.",
        g("30 people were killed in the blast", "The ministry"),
        g("at least 45 bodies had been brought in", "Hospital officials"),
    ),
    "long-rebels-say-claim": p(
        "The rebels say they control 80 percent of the country, a claim the government disputes.",
        g("they control 80 percent of the country", "The rebels"),
    ),
    "long-move-officials-said-aimed": p(
        "The move, officials said, was aimed at easing a shortage of fuel in the south.",
        g(("The move", "was aimed at easing a shortage of fuel in the south"), "officials"),
    ),
    "long-name-age-said": p(
        "Abdul Rahman, 54, said his shop had been looted twice since the war began.",
        g("his shop had been looted twice since the war began", "Abdul Rahman"),
    ),
    "long-residents-reached": p(
        "Residents reached by telephone said government troops were shelling the eastern districts of the city.",
        g("government troops were shelling the eastern districts of the city", "Residents reached by telephone"),
    ),
    "long-apposition-name-said": p(
        "A senior official in the Kurdish regional government, Fuad Hussein, said Kirkuk's status must be "
        "settled by a referendum.",
        g("Kirkuk's status must be settled by a referendum", "A senior official in the Kurdish regional government"),
    ),
    "long-office-said-statement": p(
        "The prime minister's office said in a statement the cabinet would meet in emergency session on Sunday.",
        g("the cabinet would meet in emergency session on Sunday", "The prime minister's office"),
    ),
    "long-company-which-makes": p(
        "The company, which makes engines for Airbus and Boeing, said it would cut 1,200 jobs in Britain.",
        g("it would cut 1,200 jobs in Britain", "The company, which makes engines for Airbus and Boeing"),
    ),
    "long-said-he-believed": p(
        "The police chief said he believed the attack was the work of a local cell with links to al Qaeda.",
        g("he believed the attack was the work of a local cell with links to al Qaeda", "The police chief"),
        g("the attack was the work of a local cell with links to al Qaeda", "he"),
    ),
    "long-next-sentence-continues": p(
        "The minister said the army would begin withdrawing from the southern towns on Monday. The pullout "
        "would be completed within three weeks, he said, and police would take over security.",
        g("the army would begin withdrawing from the southern towns on Monday", "The minister"),
        g(("The pullout would be completed within three weeks", "and police would take over security"), "he"),
    ),
    "long-told-rally-date": p(
        "Chavez told a rally in Caracas on Sunday that Venezuela would sell oil to the poor of the United States "
        "at a discount.",
        g("Venezuela would sell oil to the poor of the United States at a discount", "Chavez"),
    ),
    "long-according-to-figures": p(
        "Inflation rose to 4.1 percent in March, the highest in seven years, according to figures released "
        "by the statistics office on Thursday.",
        g("Inflation rose to 4.1 percent in March, the highest in seven years", "figures released by the statistics office on Thursday"),
    ),
    "long-police-said-suspect": p(
        "The suspect, a 28-year-old man from Leeds, was arrested at his home early on Wednesday, police said. "
        "He had not been charged, they added.",
        g("The suspect, a 28-year-old man from Leeds, was arrested at his home early on Wednesday", "police"),
        g("He had not been charged", "they"),
    ),
    "long-warned-would": p(
        "Iran warned on Tuesday it would resume uranium enrichment if the talks with Europe failed.",
        g("it would resume uranium enrichment if the talks with Europe failed", "Iran"),
    ),
    "long-announced-plans": p(
        "The Chinese government announced on Monday that it would let the yuan trade in a wider band against "
        "the dollar, a move long sought by Washington.",
        g("it would let the yuan trade in a wider band against the dollar", "The Chinese government"),
    ),
    "long-spokesman-for-said-two": p(
        "A spokesman for the Dutch foreign ministry said the ambassador had been recalled for consultations. "
        "He gave no further details.",
        g("the ambassador had been recalled for consultations", "A spokesman for the Dutch foreign ministry"),
    ),
    # -- a third batch (coded before the stage was run on them) ----------------------------------------------
    "third-long-apposition-source": p(
        "Mohamed ElBaradei, the head of the International Atomic Energy Agency, which has inspected the site "
        "twice, said Iran had not yet answered all of the agency's questions.",
        g("Iran had not yet answered all of the agency's questions", "Mohamed ElBaradei"),
    ),
    "third-people-familiar": p(
        "People familiar with the talks said the two companies were close to agreeing on a price.",
        g("the two companies were close to agreeing on a price", "People familiar with the talks"),
    ),
    "third-according-person-familiar": p(
        "The deal could be announced as early as Monday, according to a person familiar with the matter.",
        g("The deal could be announced as early as Monday", "a person familiar with the matter"),
    ),
    "third-source-said": p(
        "The minister is expected to resign before the end of the week, a government source said.",
        g("The minister is expected to resign before the end of the week", "a government source"),
    ),
    "third-plans-to": p(
        "The government plans to sell its remaining stake in the telecoms operator next year.",
        g("sell its remaining stake in the telecoms operator next year", "The government"),
    ),
    "third-wants-to": p(
        "Moscow wants to keep its naval base in Sevastopol beyond 2017.",
        g("keep its naval base in Sevastopol beyond 2017", "Moscow"),
    ),
    "third-hopes-that": p(
        "The Vatican hopes that the new government will protect the country's Christian minority.",
        g("the new government will protect the country's Christian minority", "The Vatican"),
    ),
    "third-thinks-present": p(
        "Most economists think the recession will end in the second half of the year.",
        g("the recession will end in the second half of the year", "Most economists"),
    ),
    "third-said-adding-second": p(
        "The company said sales had risen 8 percent in the quarter, adding that it expected the pace to slow.",
        g("sales had risen 8 percent in the quarter", "The company"),
        g("it expected the pace to slow", "The company"),
        g("the pace to slow", "it"),
    ),
    "third-two-sentences-he-added": p(
        "Blair said Britain would stand by the United States. It was not a time for hesitation, he added.",
        g("Britain would stand by the United States", "Blair"),
        g("It was not a time for hesitation", "he"),
    ),
    "third-on-its-website": p(
        "The group said in a statement on its website that it had carried out the attack on the pipeline.",
        g("it had carried out the attack on the pipeline", "The group"),
    ),
    "third-mid-sentence-said-but": p(
        "The army has regained control of the town, a military spokesman said, but fighting continues in the hills.",
        g(("The army has regained control of the town", "but fighting continues in the hills"), "a military spokesman"),
    ),
    "third-says-privately": p(
        "Diplomats say privately that the resolution has little chance of passing.",
        g("the resolution has little chance of passing", "Diplomats"),
    ),
    "third-told-that-telephone-named": p(
        "Reached by telephone, the village headman told AFP that soldiers had burned at least 40 homes.",
        g("soldiers had burned at least 40 homes", "the village headman"),
    ),
    "third-insisted-parenthetical": p(
        "The economy, the finance minister insisted, was in far better shape than the opposition claimed.",
        g(("The economy", "was in far better shape than the opposition claimed"), "the finance minister"),
    ),
    "third-intends-to": p(
        "The European Commission intends to propose new rules on bank capital before the summer.",
        g("propose new rules on bank capital before the summer", "The European Commission"),
    ),
    "third-said-after-meeting": p(
        "After meeting the king in Amman, the U.S. envoy said Washington was committed to a Palestinian state.",
        g("Washington was committed to a Palestinian state", "the U.S. envoy"),
    ),
    "third-officials-said-late": p(
        "Seven policemen were killed in an ambush in Chechnya late on Thursday, officials in Grozny said on Friday.",
        g("Seven policemen were killed in an ambush in Chechnya late on Thursday", "officials in Grozny"),
    ),
    "third-military-statement-said": p(
        "A statement from the military said troops had found a cache of rockets near the airport.",
        g("troops had found a cache of rockets near the airport", "A statement from the military"),
    ),
    "third-expected-that": p(
        "Analysts expected that the bank would leave rates unchanged.",
        g("the bank would leave rates unchanged", "Analysts"),
    ),
    "third-reported-by-agency-passive": p(
        "The attack was reported by the official news agency, which said 11 people had died.",
        g("11 people had died", "which"),
    ),
    "third-he-said-first-sentence-name-second": p(
        "He said the crisis would be over by Christmas. Kuchma spoke after talks with the Polish president.",
        g("the crisis would be over by Christmas", "He"),
    ),
    "third-told-council": p(
        "The U.N. envoy told the Security Council on Tuesday that the militias had not been disarmed.",
        g("the militias had not been disarmed", "The U.N. envoy"),
    ),
    "third-said-when-clause": p(
        "The minister said the troops would return home when the new Iraqi army was ready.",
        g("the troops would return home when the new Iraqi army was ready", "The minister"),
    ),
    "trap-third-said-noun": p(
        "The state-run newspaper carried the government's statement on its front page.",
    ),
    "trap-third-talks": p(
        "The talks in Geneva ended without agreement on Friday.",
    ),
    "trap-third-telling-figure": p(
        "In a telling sign of the crisis, fuel queues stretched for miles in Lagos.",
    ),
    "trap-third-saying-noun": p(
        "The old saying about Balkan politics held true once again in Belgrade.",
    ),
    "trap-no-immediate-comment": p(
        "There was no immediate comment from the ministry.",
    ),
    "trap-not-immediately-clear": p(
        "It was not immediately clear how many people were inside the building when it collapsed.",
    ),
    "trap-gave-no-reason": p(
        "Officials gave no reason for the delay.",
    ),
    # -- precision traps ---------------------------------------------------------------------------------
    "negated-did-not-say-whether": p(
        "The minister did not say whether the troops would be withdrawn before the election.",
        g("whether the troops would be withdrawn before the election", "The minister"),
    ),
    "negated-declined-to-say": p(
        "A spokesman for the company declined to say how many jobs would be lost.",
        g("how many jobs would be lost", "A spokesman for the company"),
    ),
    "trap-would-not-comment": p(
        "The embassy would not comment on the report.",
    ),
    "negated-refused-to-say": p(
        "Police refused to say where the suspects were being held.",
        g("where the suspects were being held", "Police"),
    ),
    "raised-said-to-be": p(
        "The rebel leader is said to be hiding in the mountains near the border.",
        g("to be hiding in the mountains near the border", None),
    ),
    "raised-said-to-have": p(
        "The tanker is said to have been carrying 70,000 tonnes of crude.",
        g("to have been carrying 70,000 tonnes of crude", None),
    ),
    "trap-so-called": p(
        "The so-called road map for peace was drawn up by the United States, Russia, the EU and the U.N.",
    ),
    "trap-the-said": p(
        "The said property was seized by the court in 2003.",
    ),
    "trap-needless-to-say": p(
        "Needless to say, the bridge was closed for repairs throughout the winter.",
    ),
    "trap-that-is-to-say": p(
        "The vote will be held in the spring, that is to say before the budget is presented.",
    ),
    "passive-statement-welcomed": p(
        "Bush's statement was welcomed by European leaders at the summit in Brussels.",
        g("Bush's statement", "European leaders"),
    ),
    "trap-report-released": p(
        "The report was released in Geneva on Tuesday after months of delay.",
    ),
    "trap-statement-thing": p(
        "The committee is due to publish a statement on the matter next month.",
    ),
    "trap-announcement-expected": p(
        "An announcement on the new cabinet is expected later this week.",
    ),
    "trap-say-for-example": p(
        "A small rise in rates, say a quarter of a point, would hardly affect exporters.",
    ),
    "trap-told-to-leave": p(
        "Foreign journalists were told to leave the country within 24 hours.",
    ),
    "trap-warned-off": p(
        "Coast guard vessels warned off fishing boats near the disputed islands.",
    ),
    "trap-claimed-lives": p(
        "The earthquake claimed more than 30,000 lives in the city of Bam.",
    ),
    "trap-claimed-title": p(
        "Roger Federer claimed his fourth Wimbledon title on Sunday.",
    ),
    "trap-added-capacity": p(
        "The company added two new production lines at its plant in Guangdong last year.",
    ),
    "trap-reported-profit": p(
        "The bank reported a net profit of 1.3 billion euros for the second quarter.",
    ),
    "trap-announced-no-content": p(
        "The ministry announced the appointment on Friday.",
    ),
    "trap-confirmed-in-post": p(
        "Parliament confirmed the new prime minister in office by a vote of 211 to 43.",
    ),
    "trap-estimated-adjective": p(
        "An estimated 5,000 people marched through the centre of Budapest on Sunday.",
    ),
    "trap-predicted-adjective": p(
        "The predicted storm surge never reached the coast.",
    ),
    "trap-unnamed-facts": p(
        "Fighting broke out in the northern town of Kunduz on Monday as rival militias clashed over a checkpoint.",
    ),
    "trap-said-as-adjective": p(
        "The said witness did not appear in court on Monday.",
    ),
    "trap-questions-ask": p(
        "Reporters will be able to ask questions after the ceremony.",
    ),
    "trap-promise-noun-thing": p(
        "The region holds great promise for oil exploration.",
    ),
    "trap-urged-on-crowd": p(
        "The crowd urged on the runners as they entered the stadium.",
    ),
    "trap-spokesman-met": p(
        "The government spokesman met reporters in the lobby of the hotel.",
    ),
    "trap-denied-entry": p(
        "The activists were denied entry to the country at the airport.",
    ),
    "trap-vowed-noun": p(
        "The monks take vows of poverty when they enter the monastery.",
    ),
    "trap-argument-noun": p(
        "The argument between the two neighbours ended in a shooting.",
    ),
    "trap-reporters-gathered": p(
        "Reporters gathered outside the court as the verdict was read.",
    ),
    "negated-no-one-would-say": p(
        "No one at the ministry would say when the talks would resume.",
        g("when the talks would resume", "No one at the ministry"),
    ),
    "trap-did-not-elaborate": p(
        "The official did not elaborate.",
    ),
    "trap-declined-comment-final": p(
        "Shares in the firm fell 4 percent. The company declined to comment.",
    ),
}
