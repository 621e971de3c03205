"""A second blind set of paragraphs in 2016-2020 US and European political news style.

Written for these tests (fictional people, generic offices), and coded the way a PolNeAR
annotator marks attributions (the shared eval README: speech, beliefs and intentions; the
source span, None when it is implicit; the content; `direct` when the content holds quotation
marks), before the quote stage was run on any of it. It adds what `political_set` does not
hold: progressive and past perfect cues, the office, campaign or spokesperson of someone as
the source, the medium before the cue ("in a tweet", "on Twitter", "in court papers"),
metonymic sources ("Downing Street", "Brussels"), fronted content with the cue inverted or
split, reported questions, speech nouns with a light verb ("expressed concern that", "made
the case that"), passives with an implicit source ("it was reported that", "was told that"),
relative clauses holding the cue ("a bill that the senator says will ..."), and traps: the
words of saying in other senses ("according to plan", "time will tell", "the court denied
the motion", "called the prime minister"), the writer's own analysis, and headlines.
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- tense and aspect of the cue ---------------------------------------------------------------
    "has-been-saying": p(
        "The governor has been saying for weeks that the budget gap is smaller than the auditors reported.",
        g("the budget gap is smaller than the auditors reported", "The governor"),
    ),
    "had-argued": p(
        "Before the vote, Rep. Owen Latimer had argued that the measure would raise premiums for older customers.",
        g("the measure would raise premiums for older customers", "Rep. Owen Latimer"),
    ),
    "is-arguing": p(
        "The administration is arguing that the travel order falls within the president's power over immigration.",
        g("the travel order falls within the president's power over immigration", "The administration"),
    ),
    "will-argue": p(
        "Lawyers for the county will argue in court next month that the ballots arrived before the deadline.",
        g("the ballots arrived before the deadline", "Lawyers for the county"),
    ),
    "have-long-contended": p(
        "Conservative groups have long contended that the agency overstepped its authority when it wrote the rule.",
        g("the agency overstepped its authority when it wrote the rule", "Conservative groups"),
    ),
    "contend-no-that": p(
        "Lawyers for the state contend the district map was drawn to protect incumbents rather than to dilute minority votes.",
        g("the district map was drawn to protect incumbents rather than to dilute minority votes", "Lawyers for the state"),
    ),
    "conceded-no-that": p(
        "The mayor conceded the city had missed the federal deadline for the housing grants.",
        g("the city had missed the federal deadline for the housing grants", "The mayor"),
    ),
    "predict-present": p(
        "Strategists in both parties predict the House will stay in Republican hands after the midterms.",
        g("the House will stay in Republican hands after the midterms", "Strategists in both parties"),
    ),
    "vowed-that": p(
        "The prime minister vowed that Britain would leave the European Union on schedule, deal or no deal.",
        g("Britain would leave the European Union on schedule, deal or no deal", "The prime minister"),
    ),
    "pledged-to": p(
        "The Conservative candidate pledged to cut the corporate tax rate to 15 percent within two years.",
        g("cut the corporate tax rate to 15 percent within two years", "The Conservative candidate"),
    ),
    "threatened-to": p(
        "The president threatened to veto the spending bill if it did not include money for the border wall.",
        g("veto the spending bill if it did not include money for the border wall", "The president"),
    ),
    "asserted-no-that": p(
        "The chairman asserted the committee had every right to see the documents.",
        g("the committee had every right to see the documents", "The chairman"),
    ),
    "acknowledged-in-filing": p(
        "The campaign acknowledged in a court filing that it had not reported $400,000 in loans from the candidate.",
        g("it had not reported $400,000 in loans from the candidate", "The campaign"),
    ),
    "testified-that": p(
        "The former national security adviser testified that he had raised concerns about the call with the White House lawyer.",
        g("he had raised concerns about the call with the White House lawyer", "The former national security adviser"),
    ),
    "reminded-reporters": p(
        "Sen. Helen Marsh reminded reporters that the chamber had passed the same bill unanimously in 2015.",
        g("the chamber had passed the same bill unanimously in 2015", "Sen. Helen Marsh"),
    ),
    "assured-donors": p(
        "The party chairwoman assured donors on a conference call that the candidate would stay in the race.",
        g("the candidate would stay in the race", "The party chairwoman"),
    ),
    "signaled-that": p(
        "The Senate majority leader signaled on Tuesday that he would allow a vote on the sanctions bill.",
        g("he would allow a vote on the sanctions bill", "The Senate majority leader"),
    ),
    "demanded-that": p(
        "Labour demanded that the government publish its full legal advice on the withdrawal agreement.",
        g("the government publish its full legal advice on the withdrawal agreement", "Labour"),
    ),
    "announced-no-that": p(
        "Rep. Carl Denning announced on Tuesday he would not seek re-election to a ninth term.",
        g("he would not seek re-election to a ninth term", "Rep. Carl Denning"),
    ),
    "went-on-to-say": p(
        "The senator went on to say that the tariffs were hurting the farmers who had voted for the president.",
        g("the tariffs were hurting the farmers who had voted for the president", "The senator"),
    ),
    "made-it-clear": p(
        "The chancellor has made it clear that Germany will not support a new round of debt relief.",
        g("Germany will not support a new round of debt relief", "The chancellor"),
    ),
    "warned-not-to": p(
        "The whip warned members not to speak to the press about the leadership race.",
        g("members not to speak to the press about the leadership race", "The whip"),
    ),
    # -- the office, campaign or spokesperson of someone as the source ------------------------------
    "campaign-of-possessive": p(
        "The senator's campaign said he would return the donation from the former lobbyist.",
        g("he would return the donation from the former lobbyist", "The senator's campaign"),
    ),
    "spokeswoman-appositive": p(
        "Her spokeswoman, Ann Kessler, said the governor had no plans to resign.",
        g("the governor had no plans to resign", "Her spokeswoman, Ann Kessler"),
    ),
    "office-statement": p(
        "The governor's office said in a statement that the National Guard would remain at the border through the summer.",
        g("the National Guard would remain at the border through the summer", "The governor's office"),
    ),
    "spokesman-for-told": p(
        "A spokesman for the Home Office told reporters that the new visa rules would take effect in April.",
        g("the new visa rules would take effect in April", "A spokesman for the Home Office"),
    ),
    "downing-street": p(
        "Downing Street said the prime minister had full confidence in the chancellor.",
        g("the prime minister had full confidence in the chancellor", "Downing Street"),
    ),
    "brussels-insisted": p(
        "Brussels insisted the withdrawal agreement could not be reopened.",
        g("the withdrawal agreement could not be reopened", "Brussels"),
    ),
    "kremlin-said": p(
        "The Kremlin said on Friday that the sanctions would not change Russia's policy in Ukraine.",
        g("the sanctions would not change Russia's policy in Ukraine", "The Kremlin"),
    ),
    "ministry-statement-said": p(
        "The ministry's statement said the ambassador had been summoned to explain the remarks.",
        g("the ambassador had been summoned to explain the remarks", "The ministry's statement"),
    ),
    # -- the medium before or after the cue -----------------------------------------------------------
    "in-a-tweet-wrote": p(
        "In a tweet on Saturday, the president wrote that the investigation had found no evidence of collusion.",
        g("the investigation had found no evidence of collusion", "the president"),
    ),
    "in-op-ed-argued": p(
        "In an op-ed for a Des Moines newspaper, the senator argued that ethanol subsidies should be phased out.",
        g("ethanol subsidies should be phased out", "the senator"),
    ),
    "wrote-on-twitter": p(
        "The congresswoman wrote on Twitter that she would vote against the stopgap bill.",
        g("she would vote against the stopgap bill", "The congresswoman"),
    ),
    "took-to-twitter": p(
        "The former vice president took to Twitter to say that the tax cuts had mostly helped the wealthy.",
        g("the tax cuts had mostly helped the wealthy", "The former vice president"),
    ),
    "told-fox-no-that": p(
        "The treasury secretary told Fox News on Sunday the trade talks with China were nearly finished.",
        g("the trade talks with China were nearly finished", "The treasury secretary"),
    ),
    "told-guardian-interview": p(
        "The Scottish first minister told the Guardian in an interview that a second independence referendum was inevitable.",
        g("a second independence referendum was inevitable", "The Scottish first minister"),
    ),
    "told-news-conference": p(
        "The attorney general told a news conference that the department would appeal the ruling.",
        g("the department would appeal the ruling", "The attorney general"),
    ),
    "court-papers-argued": p(
        "The senator's lawyers argued in court papers filed on Monday that the indictment should be dismissed.",
        g("the indictment should be dismissed", "The senator's lawyers"),
    ),
    "letter-saying": p(
        "Forty House Democrats sent a letter to the speaker on Thursday saying the impeachment inquiry should move faster.",
        g("the impeachment inquiry should move faster", "Forty House Democrats"),
    ),
    "posted-instagram": p(
        "The candidate posted on Instagram that she had raised $5 million in the first day of her campaign.",
        g("she had raised $5 million in the first day of her campaign", "The candidate"),
    ),
    "reportedly-told": p(
        "The president reportedly told aides that he wanted the ambassador removed from her post.",
        g("he wanted the ambassador removed from her post", "The president"),
    ),
    # -- fronted content, the cue inverted or split ----------------------------------------------------
    "fronted-said-inverted": p(
        "The talks will resume in Geneva in March, said Jean Moreau, a French diplomat.",
        g("The talks will resume in Geneva in March", "Jean Moreau, a French diplomat"),
    ),
    "fronted-she-said": p(
        "The plan has no chance in the Senate, she said.",
        g("The plan has no chance in the Senate", "she"),
    ),
    "fronted-split-two-parts": p(
        "There will be no second referendum, the prime minister said, and parliament must now deliver on the result.",
        g(("There will be no second referendum", "parliament must now deliver on the result"), "the prime minister"),
    ),
    "fronted-adverb": p(
        "Clearly, the senator said, the party needs a new message for rural voters.",
        g(("Clearly", "the party needs a new message for rural voters"), "the senator"),
    ),
    "fronted-told": p(
        "The deal is dead, a senior Democratic aide told Politico.",
        g("The deal is dead", "a senior Democratic aide"),
    ),
    "fronted-according-mid": p(
        "The minister, according to two officials who attended the meeting, threatened to resign over the budget.",
        # Recoded after the first run: the README's PolNeAR flattens a chain to the innermost
        # source, and "threatened to" is itself an attribution (an intention), the minister's.
        g("resign over the budget", "The minister"),
    ),
    "fronted-in-the-words-of": p(
        "In the words of one party official, the campaign is running out of money and out of time.",
        g("the campaign is running out of money and out of time", "one party official"),
    ),
    "as-told-parliament": p(
        "As the minister told parliament last week, the country cannot take in every asylum seeker who arrives.",
        g("the country cannot take in every asylum seeker who arrives", "the minister"),
    ),
    "direct-then-adding-that": p(
        "\u201cWe have the votes,\u201d the majority leader said, adding that the bill would reach the floor by Friday.",
        g("We have the votes", "the majority leader", True),
        g("the bill would reach the floor by Friday", "the majority leader"),
    ),
    # -- relative clauses holding the cue --------------------------------------------------------------
    "who-has-long-argued": p(
        "Rep. Dana Whitlow, who has long argued that the euro should be scrapped, won her primary by 30 points.",
        g("the euro should be scrapped", "Rep. Dana Whitlow"),
    ),
    "bill-that-says-will": p(
        "The Senate will vote next week on a bill that the senator says will lower the price of insulin.",
        g("will lower the price of insulin", "the senator"),
    ),
    "policy-that-critics-say": p(
        "The administration defended a policy that critics say has separated thousands of children from their parents.",
        # Recoded in session 9, when 'defend' became a cue of its object: what is defended is the
        # administration's stance, and it holds the critics' claim.
        g("a policy that critics say has separated thousands of children from their parents", "The administration"),
        g("has separated thousands of children from their parents", "critics"),
    ),
    "whose-spokesman-said": p(
        "The governor, whose spokesman said on Monday that she would sign the bill, has not appeared in public since.",
        g("she would sign the bill", "whose spokesman"),
    ),
    # -- reported questions -----------------------------------------------------------------------------
    "asked-whether": p(
        "The senator asked whether the agency had consulted the tribes before approving the pipeline.",
        g("the agency had consulted the tribes before approving the pipeline", "The senator"),
    ),
    "asked-why": p(
        "Democrats asked why the administration had waited six months to disclose the breach.",
        g("why the administration had waited six months to disclose the breach", "Democrats"),
    ),
    "wondered-aloud": p(
        "The former governor wondered aloud whether the party could win back the suburbs without changing its message.",
        g("the party could win back the suburbs without changing its message", "The former governor"),
    ),
    # -- speech and belief nouns ------------------------------------------------------------------------
    "warning-that": p(
        "The senator's warning that the tariffs would start a trade war went unheeded at the White House.",
        g("the tariffs would start a trade war", "The senator's"),
    ),
    "insistence-that": p(
        "The prime minister's insistence that the backstop be removed has angered Dublin.",
        g("the backstop be removed", "The prime minister's"),
    ),
    "pledge-possessive-to": p(
        "The governor's pledge to close the state's largest prison has drawn fierce opposition from the guards' union.",
        g("close the state's largest prison", "The governor's"),
    ),
    "allegation-that": p(
        "Her allegation that the nominee assaulted her in high school dominated the hearing.",
        g("the nominee assaulted her in high school", "Her"),
    ),
    "expressed-concern": p(
        "The chairman expressed concern that the new rules would drive small banks out of business.",
        g("the new rules would drive small banks out of business", "The chairman"),
    ),
    "expressed-hope": p(
        "The foreign minister expressed hope that the ceasefire would hold through the holidays.",
        g("the ceasefire would hold through the holidays", "The foreign minister"),
    ),
    "made-the-case": p(
        "The governor made the case that the state could not afford to expand Medicaid.",
        g("the state could not afford to expand Medicaid", "The governor"),
    ),
    "demand-that-group": p(
        "The union's demand that the city hire 500 more teachers stalled the talks.",
        g("the city hire 500 more teachers", "The union's"),
    ),
    # -- beliefs and intentions ------------------------------------------------------------------------
    "doubts-that": p(
        "The chancellor doubts that the coalition will survive until the next election.",
        g("the coalition will survive until the next election", "The chancellor"),
    ),
    "suspect-plural": p(
        "Investigators suspect the emails were stolen by hackers working for a foreign government.",
        g("the emails were stolen by hackers working for a foreign government", "Investigators"),
    ),
    "intends-to": p(
        "The speaker intends to bring the bill to the floor before the August recess.",
        g("bring the bill to the floor before the August recess", "The speaker"),
    ),
    "determined-to": p(
        "The prime minister is determined to hold the vote before Christmas.",
        g("hold the vote before Christmas", "The prime minister"),
    ),
    "confident-that": p(
        "Party leaders are confident that the measure will pass with votes to spare.",
        g("the measure will pass with votes to spare", "Party leaders"),
    ),
    "knows-that": p(
        "The senator knows that her vote could decide the fate of the nominee.",
        g("her vote could decide the fate of the nominee", "The senator"),
    ),
    "decided-to": p(
        "The state party decided to cancel its presidential primary next year.",
        g("cancel its presidential primary next year", "The state party"),
    ),
    # -- documents as sources --------------------------------------------------------------------------
    "indictment-alleges": p(
        "The indictment alleges that the former campaign chairman hid millions of dollars in offshore accounts.",
        g("the former campaign chairman hid millions of dollars in offshore accounts", "The indictment"),
    ),
    "lawsuit-claims": p(
        "The lawsuit claims that the new voting machines cannot be audited.",
        g("the new voting machines cannot be audited", "The lawsuit"),
    ),
    "report-concluded": p(
        "The inspector general's report concluded that the bureau had followed its own rules in opening the inquiry.",
        g("the bureau had followed its own rules in opening the inquiry", "The inspector general's report"),
    ),
    "memo-states": p(
        "The memo states that the agency should not enforce the rule until the courts have ruled.",
        g("the agency should not enforce the rule until the courts have ruled", "The memo"),
    ),
    # -- passives: the source implicit or in a by-phrase ----------------------------------------------
    "it-was-reported": p(
        "It was reported on Tuesday that the minister had offered his resignation twice.",
        g("the minister had offered his resignation twice", None),
    ),
    "was-told-that": p(
        "The committee was told that the audit would not be finished until May.",
        g("the audit would not be finished until May", None),
    ),
    "quoted-as-saying": p(
        "The minister was quoted as saying that the plan was dead.",
        g("the plan was dead", "The minister"),
    ),
    "is-alleged-to": p(
        "The aide is alleged to have destroyed records that Congress had subpoenaed.",
        g("have destroyed records that Congress had subpoenaed", None),
    ),
    "has-been-suggested": p(
        "It has been suggested that the election could be moved to the spring.",
        g("the election could be moved to the spring", None),
    ),
    # -- two attributions in one paragraph, with pronoun sources ---------------------------------------
    "two-sentences-pronoun": p(
        "The Green Party leader spoke for nearly an hour in Brighton. She said the government had failed to "
        "meet its own climate targets and warned that voters would punish it at the next election.",
        g("the government had failed to meet its own climate targets", "She"),
        g("voters would punish it at the next election", "She"),
    ),
    "they-said-group": p(
        "Three Republican senators met the president on Wednesday. They said afterward that he had agreed to "
        "delay the tariffs by a month.",
        g("he had agreed to delay the tariffs by a month", "They"),
    ),
    "both-sides": p(
        "The Democrats argue that the rule protects consumers, while the banks contend that it raises the cost of "
        "credit for everyone.",
        g("the rule protects consumers", "The Democrats"),
        g("it raises the cost of credit for everyone", "the banks"),
    ),
    "long-brexit": p(
        "The Labour leader told activists in Liverpool that his party would back a customs union with the EU. "
        "Several of his own MPs have argued that only a second referendum can break the deadlock, and one of "
        "them said on Sunday that she would resign from the front bench if the party did not back one.",
        g("his party would back a customs union with the EU", "The Labour leader"),
        g("only a second referendum can break the deadlock", "Several of his own MPs"),
        g("she would resign from the front bench if the party did not back one", "one of them"),
    ),
    "long-impeachment": p(
        "The House speaker said on Thursday that the inquiry would hold public hearings next month. Republicans "
        "complained that the process had been secret from the start, and the president called the inquiry a "
        "hoax in a series of tweets.",
        g("the inquiry would hold public hearings next month", "The House speaker"),
        g("the process had been secret from the start", "Republicans"),
        g("the inquiry a hoax", "the president"),
    ),
    "long-italy-coalition": p(
        "Italy's interior minister said the budget would not be rewritten to please Brussels. The European "
        "Commission has warned that the plan breaks the bloc's deficit rules, and investors fear that a standoff "
        "could push up the country's borrowing costs.",
        g("the budget would not be rewritten to please Brussels", "Italy's interior minister"),
        g("the plan breaks the bloc's deficit rules", "The European Commission"),
        g("a standoff could push up the country's borrowing costs", "investors"),
    ),
    "long-governor-race": p(
        "The Republican nominee for governor has promised to cut the state income tax in half. His opponent says "
        "the cut would blow a $2 billion hole in the budget and force the state to close rural hospitals.",
        g("cut the state income tax in half", "The Republican nominee for governor"),
        g("the cut would blow a $2 billion hole in the budget and force the state to close rural hospitals", "His opponent"),
    ),
    "long-french-protests": p(
        "The French president said in a televised address that he would raise the minimum wage next year. "
        "Leaders of the protest movement said the measures did not go far enough and vowed to keep marching.",
        g("he would raise the minimum wage next year", "The French president"),
        g("the measures did not go far enough", "Leaders of the protest movement"),
        g("keep marching", "Leaders of the protest movement"),
    ),
    "long-census": p(
        "The commerce secretary told Congress that the citizenship question had been added at the request of the "
        "Justice Department. Documents released this week suggest that he had pushed for the question months "
        "before the department asked for it.",
        g("the citizenship question had been added at the request of the Justice Department", "The commerce secretary"),
        g("he had pushed for the question months before the department asked for it", "Documents released this week"),
    ),
    "long-mayor-budget": p(
        "Mayor Ruth Calloway unveiled a $9 billion budget on Wednesday. She said it would add 300 police officers "
        "without raising property taxes. City council members said they had not been shown the numbers.",
        g("it would add 300 police officers without raising property taxes", "She"),
        g("they had not been shown the numbers", "City council members"),
    ),
    "long-senate-hearing": p(
        "At the hearing, the nominee said he would follow the law on abortion. Democrats on the committee said "
        "they did not believe him, and two Republican senators said they were still undecided.",
        g("he would follow the law on abortion", "the nominee"),
        g("they did not believe him", "Democrats on the committee"),
        g("they were still undecided", "two Republican senators"),
    ),
    "long-trade-war": p(
        "Farm groups in Iowa warned that soybean exports to China had collapsed. The agriculture secretary "
        "promised that the administration would cover farmers' losses until a deal was reached.",
        g("soybean exports to China had collapsed", "Farm groups in Iowa"),
        g("the administration would cover farmers' losses until a deal was reached", "The agriculture secretary"),
    ),
    # -- precision traps: the words of saying in other senses, the writer's own analysis -------------
    "trap-according-to-plan": p(
        "The vote went according to plan for party leaders, who had counted every ballot in advance.",
    ),
    "trap-that-said": p(
        "That said, the governor's approval rating has barely moved since the spring.",
    ),
    "trap-time-will-tell": p(
        "Time will tell whether the new strategy wins back the voters the party lost in 2016.",
    ),
    "trap-known-as": p(
        "The measure, known as the Dream Act, has stalled in the Senate for years.",
    ),
    "trap-dubbed": p(
        "The group of rebel lawmakers, dubbed the Spartans by the press, meets every Tuesday in a basement office.",
    ),
    "trap-court-denied": p(
        "The court denied the motion on Friday and set a trial date for March.",
    ),
    "trap-called-phone": p(
        "The president called the Japanese prime minister on Tuesday to discuss the summit.",
    ),
    "trap-town-called": p(
        "The plant sits outside a town called Liberty, where the mill closed in 2009.",
    ),
    "trap-claimed-seats": p(
        "The Liberal Democrats claimed three seats from the Conservatives in the southwest.",
    ),
    "trap-announced-layoffs": p(
        "The carmaker announced 2,000 layoffs at its plants in Ohio and Michigan on Monday.",
    ),
    "trap-acknowledged-crowd": p(
        "The candidate acknowledged the crowd with a wave and stepped off the stage.",
    ),
    "trap-argued-for-an-hour": p(
        "The two delegations argued for an hour over the seating chart before the talks began.",
    ),
    # Written as a trap, recoded after the first run: `political_set` codes "Polls show the race
    # tightening" and "records show that ..." as attributions, and a video shows the same way.
    "video-shows": p(
        "The video shows the candidate leaving the stage before the debate ended.",
        g("the candidate leaving the stage before the debate ended", "The video"),
    ),
    "trap-could-not-find": p(
        "Party leaders could not find the votes to pass the bill before the recess.",
    ),
    "trap-court-will-hear": p(
        "The Supreme Court will hear the case in October, weeks before the election.",
    ),
    "trap-hopes-rest": p(
        "The candidate's hopes rest on a strong showing in New Hampshire.",
    ),
    "trap-plan-would": p(
        "The plan would raise the retirement age to 67 and cut benefits for wealthier retirees.",
    ),
    "trap-question-is-whether": p(
        "The question now is whether the coalition can survive the summer.",
    ),
    "trap-remains-to-be-seen": p(
        "It remains to be seen whether the tariffs will bring any factories back to the Midwest.",
    ),
    "trap-writer-analysis": p(
        "This is, by any measure, a remarkable reversal for a party that won a majority only two years ago.",
    ),
    "trap-headline": p(
        "Senate passes stopgap bill, averting a shutdown",
    ),
    "trap-declined-to-comment": p(
        "A spokesman for the senator declined to comment.",
    ),
    "trap-statement-released": p(
        "The statement was released shortly after midnight, hours after the polls closed.",
    ),
    "trap-report-runs": p(
        "The report runs to 400 pages and took two years to complete.",
    ),
    "trap-pointed-out-spot": p(
        "The guide pointed out the spot where the treaty was signed in 1919.",
    ),
    "trap-predicted-surge": p(
        "The predicted surge of young voters never arrived in the state.",
    ),
    "trap-speaker-title": p(
        "House Speaker Paul Renner spent the weekend raising money in Wisconsin.",
    ),
    "trap-under-rules": p(
        "Under House rules, the bill needs a two-thirds majority to pass without amendments.",
    ),
    "trap-campaign-spent": p(
        "The senator's campaign spent $3 million on ads in June, most of it in the Denver market.",
    ),
    "trap-maintained-roads": p(
        "The state maintained the rural roads poorly for decades, and the bill for repairs has come due.",
    ),
    "trap-seems-to": p(
        "The party seems to have lost its grip on the suburbs it dominated for a generation.",
    ),
    "trap-stress-on": p(
        "The shutdown has put enormous stress on federal workers who live paycheck to paycheck.",
    ),
    "trap-warning-signs": p(
        "Warning signs for the party appeared in the suburbs of Atlanta last year.",
    ),
    "trap-poll-numbers": p(
        "The governor's poll numbers have fallen eight points since January.",
    ),
    "trap-speech-lasted": p(
        "The chancellor's speech to the Bundestag lasted just 20 minutes.",
    ),
    # -- a second batch, written after the first ran and before running it: long sentences as ------
    # -- campaign stories run them (adjuncts between cue and clause, coordinated and conditional -----
    # -- contents, sources with long modifiers, cues inside parentheticals) -------------------------
    "long-adjuncts-before-that": p(
        "The Republican nominee said Tuesday during a stop at a steel plant outside Columbus, Ohio, that he "
        "would impose a 35 percent tariff on cars built in Mexico.",
        g("he would impose a 35 percent tariff on cars built in Mexico", "The Republican nominee"),
    ),
    "conditional-content": p(
        "The senator said that if she is re-elected, she will push for a vote on the background-check bill in "
        "her first week back.",
        g("if she is re-elected, she will push for a vote on the background-check bill in her first week back", "The senator"),
    ),
    "coordinated-subjects": p(
        "The Democratic nominee and her running mate told supporters in Philadelphia that the election would be "
        "decided by turnout in the suburbs.",
        g("the election would be decided by turnout in the suburbs", "The Democratic nominee and her running mate"),
    ),
    "speaker-long-relative": p(
        "A senior administration official who has been involved in the negotiations for months said the two "
        "sides were still far apart on agriculture.",
        g("the two sides were still far apart on agriculture", "A senior administration official who has been involved in the negotiations for months"),
    ),
    "officials-say-end": p(
        "The president is expected to nominate the appeals court judge as early as Monday, officials say.",
        g("The president is expected to nominate the appeals court judge as early as Monday", "officials"),
    ),
    "told-reporters-name-first": p(
        "The campaign manager told reporters Clinton had been cleared by the FBI twice.",
        g("Clinton had been cleared by the FBI twice", "The campaign manager"),
    ),
    "it-said-pronoun-org": p(
        "The National Rifle Association spent $30 million on the race. It said on Friday that it would spend "
        "more in the final week.",
        g("it would spend more in the final week", "It"),
    ),
    "parenthetical-aides-say": p(
        "The nominee, who aides say has barely slept in two days, will make his closing argument in Michigan.",
        g("has barely slept in two days", "aides"),
    ),
    "said-two-thats-long": p(
        "The chairman of the House Oversight Committee said on Wednesday that his panel would subpoena the "
        "bureau's files on the case, and that he expected the director to testify before the end of the month.",
        g("his panel would subpoena the bureau's files on the case, and that he expected the director to testify before the end of the month", "The chairman of the House Oversight Committee"),
    ),
    "said-then-direct-fragment": p(
        "The governor said the protests had been \u201cmostly peaceful\u201d but that a small group had set fire to "
        "two police cars.",
        g("the protests had been \u201cmostly peaceful\u201d but that a small group had set fire to two police cars", "The governor", True),
    ),
    "voters-told-pollsters": p(
        "Voters in the district told pollsters that health care mattered more to them than immigration.",
        g("health care mattered more to them than immigration", "Voters in the district"),
    ),
    "speaking-at-rally-said": p(
        "The candidate, speaking at a rally in Tampa on Saturday night, said the press had been unfair to him "
        "from the start.",
        g("the press had been unfair to him from the start", "The candidate"),
    ),
    "is-betting-that": p(
        "The campaign is betting that a surge of new voters in Nevada will make up for losses in Ohio.",
        g("a surge of new voters in Nevada will make up for losses in Ohio", "The campaign"),
    ),
    "sees-as": p(
        "The governor sees the race as a referendum on his handling of the economy.",
        g("the race as a referendum on his handling of the economy", "The governor"),
    ),
    "made-no-secret-belief": p(
        "The senator has made no secret of her belief that the party nominated the wrong candidate.",
        g("the party nominated the wrong candidate", "The senator"),
    ),
    "touted-as-evidence": p(
        "The campaign touted the endorsement as evidence that the candidate could win over military voters.",
        g("the endorsement as evidence that the candidate could win over military voters", "The campaign"),
    ),
    "says-he-contraction": p(
        "He's said repeatedly that he won't accept a salary if he is elected.",
        g("he won't accept a salary if he is elected", "He"),
    ),
    "inverted-says-long": p(
        "The race is closer than the public polls suggest, says Mark Dolan, a Republican strategist who advised "
        "two of the nominee's primary rivals.",
        g("The race is closer than the public polls suggest", "Mark Dolan, a Republican strategist who advised two of the nominee's primary rivals"),
    ),
    "fronted-with-he-added": p(
        "Nobody should be above the law, he added, not even a former secretary of state.",
        g(("Nobody should be above the law", "not even a former secretary of state"), "he"),
    ),
    "admitted-mistake": p(
        "The nominee admitted on Thursday that using a private email server had been a mistake.",
        g("using a private email server had been a mistake", "The nominee"),
    ),
    "blamed-for": p(
        "The speaker blamed the president for the shutdown.",
        g("the president for the shutdown", "The speaker"),
    ),
    "in-remarks-said": p(
        "In remarks to a group of police chiefs at the White House, the attorney general said violent crime was "
        "rising in many of the nation's largest cities.",
        g("violent crime was rising in many of the nation's largest cities", "the attorney general"),
    ),
    "according-to-aides-first": p(
        "According to several of his aides, the nominee has grown frustrated with the pace of the campaign's "
        "fundraising.",
        g("the nominee has grown frustrated with the pace of the campaign's fundraising", "several of his aides"),
    ),
    "europe-direct-and-indirect": p(
        "The Dutch prime minister said the result was a victory over \u201cthe wrong kind of populism.\u201d "
        "He told reporters in The Hague that he would begin talks on a new coalition this week.",
        g("the result was a victory over \u201cthe wrong kind of populism.", "The Dutch prime minister", True),
        g("he would begin talks on a new coalition this week", "He"),
    ),
    "long-three-sources": p(
        "The bill's sponsors say it would save $300 billion over ten years. The Congressional Budget Office has "
        "estimated that it would save less than half that amount, and hospital groups warn that rural hospitals "
        "would be forced to close.",
        g("it would save $300 billion over ten years", "The bill's sponsors"),
        g("it would save less than half that amount", "The Congressional Budget Office"),
        g("rural hospitals would be forced to close", "hospital groups"),
    ),
    "long-debate-night": p(
        "On the debate stage, the Republican nominee accused his rival of wanting to raise taxes on the middle "
        "class. She replied that her plan would raise taxes only on households earning more than $250,000 a "
        "year, and she said his own plan would add trillions to the debt.",
        g("wanting to raise taxes on the middle class", "the Republican nominee"),
        g("her plan would raise taxes only on households earning more than $250,000 a year", "She"),
        g("his own plan would add trillions to the debt", "she"),
    ),
    "long-uk-election": p(
        "The Conservatives are expected to lose seats in London, where many voters backed Remain. The party's "
        "chairman said on Sunday that he was confident the prime minister would still win a majority, but "
        "several candidates privately admitted that the campaign had gone badly.",
        g("he was confident the prime minister would still win a majority", "The party's chairman"),
        g("the campaign had gone badly", "several candidates"),
    ),
    "trap-long-endorsement-event": p(
        "The union, which represents 1.6 million workers, endorsed the governor's re-election bid at its "
        "convention in Detroit on Saturday.",
    ),
    "trap-long-rally-description": p(
        "Thousands of supporters packed the arena in Hershey on Tuesday night, many of them wearing red hats and "
        "carrying signs that read \u201cDrain the Swamp.\u201d",
    ),
    "trap-long-background": p(
        "The senator, who was first elected in 2010 on a wave of Tea Party anger, faces a well-funded challenger "
        "in a state the president carried by nine points.",
    ),
    "trap-long-legislative-history": p(
        "The law, which passed the House by a single vote in 2010, has survived two challenges in the Supreme "
        "Court and more than 60 repeal votes.",
    ),
    "trap-long-schedule-europe": p(
        "European leaders will meet in Brussels on Thursday and Friday for a summit that was scheduled before "
        "the Italian government collapsed.",
    ),
    "trap-said-non-speech": p(
        "The said amendment would apply only to contracts signed after January 1.",
    ),
    "trap-long-fundraiser": p(
        "The first lady will headline a fundraiser in San Francisco next week, the latest in a series of events "
        "meant to help the party hold its Senate seats.",
    ),
    # -- written while fixing, after the stage was run on the batches above -----------------------
    "argued-for-years": p(
        "The senator has argued for years that the estate tax should be repealed.",
        g("the estate tax should be repealed", "The senator"),
    ),
    "quick-to-say": p(
        "The senator was quick to say that she had not read the report before the vote.",
        g("she had not read the report before the vote", "The senator"),
    ),
    "according-mid-said": p(
        "The senator, according to two aides, said privately that the bill was dead.",
        g("the bill was dead", "The senator"),
    ),
    "trap-find-out-whether": p(
        "The party hired a pollster to find out whether voters in the suburbs cared about the issue.",
    ),
    "trap-only-time-will-tell": p(
        "Only time will tell if the gamble pays off for the governor.",
    ),
    # -- a third batch, written before running it: paragraphs of several sentences that mix -------
    # -- direct and reported speech, with pronoun and nominal sources across sentences --------------
    "mixed-she-added-indirect": p(
        "Sen. Joan Pryor said the committee would not rush the nomination. \u201cWe are going to do this "
        "right,\u201d she said. She added that hearings could begin as early as next month.",
        g("the committee would not rush the nomination", "Sen. Joan Pryor"),
        g("We are going to do this right", "she", True),
        g("hearings could begin as early as next month", "She"),
    ),
    "mixed-group-nominal": p(
        "The Freedom Alliance, a conservative advocacy group, has spent $4 million attacking the senator. The "
        "group said on Monday that it would spend another $2 million before Election Day.",
        g("it would spend another $2 million before Election Day", "The group"),
    ),
    "mixed-they-plural": p(
        "Four county clerks testified before the committee on Tuesday. They said the new machines had broken "
        "down repeatedly during the primary and that voters had waited in line for hours.",
        g("the new machines had broken down repeatedly during the primary and that voters had waited in line for hours", "They"),
    ),
    "mixed-the-minister-nominal": p(
        "Greece's finance minister met his German counterpart in Berlin on Friday. The minister told reporters "
        "afterward that Athens would meet its budget targets without new pension cuts.",
        g("Athens would meet its budget targets without new pension cuts", "The minister"),
    ),
    "mixed-direct-then-indirect-he": p(
        "\u201cThis is not a time for party politics,\u201d the governor said at a news conference in Baton "
        "Rouge. He said the state would ask Washington for emergency aid and urged residents to stay off the "
        "roads.",
        g("This is not a time for party politics", "the governor", True),
        g("the state would ask Washington for emergency aid", "He"),
        g("residents to stay off the roads", "He"),
    ),
    "mixed-two-speakers-alternating": p(
        "The mayor said the city could not afford the raise. The union's president said that was not true, "
        "and he accused the mayor of hiding a surplus.",
        g("the city could not afford the raise", "The mayor"),
        g("that was not true", "The union's president"),
        g("hiding a surplus", "he"),
    ),
    "mixed-told-y-that": p(
        "The ambassador told the Foreign Affairs Committee that the embassy had asked for more guards twice "
        "in the months before the attack.",
        g("the embassy had asked for more guards twice in the months before the attack", "The ambassador"),
    ),
    "mixed-headline-colon": p(
        "Governor: State will not raise gas tax this year",
        g("State will not raise gas tax this year", "Governor"),
    ),
    "mixed-colon-direct-statement": p(
        "The senator's office issued a short statement: \u201cShe has no plans to run for president.\u201d",
        g("She has no plans to run for president.", "The senator's office", True),
    ),
    "mixed-according-long": p(
        "The campaign had $42 million in the bank at the end of September, according to a filing with the "
        "Federal Election Commission, far more than its rival.",
        g(("The campaign had $42 million in the bank at the end of September", "far more than its rival"), "a filing with the Federal Election Commission"),
    ),
    "mixed-indirect-long-content": p(
        "The senator said he had voted for the war in 2002 because he believed the intelligence he was shown, "
        "and that he had come to regret the vote within a year.",
        g("he had voted for the war in 2002 because he believed the intelligence he was shown, and that he had come to regret the vote within a year", "The senator"),
    ),
    "mixed-said-in-a-radio-interview": p(
        "Speaking in a radio interview on Wednesday morning, the speaker of the Assembly said the budget would "
        "be late for the third year in a row.",
        g("the budget would be late for the third year in a row", "the speaker of the Assembly"),
    ),
    "mixed-reported-series": p(
        "The president's lawyer said the documents were protected by executive privilege. He said the "
        "committee had no legitimate reason to see them. And he said the White House would fight any subpoena "
        "in court.",
        g("the documents were protected by executive privilege", "The president's lawyer"),
        g("the committee had no legitimate reason to see them", "He"),
        g("the White House would fight any subpoena in court", "he"),
    ),
    "trap-mixed-description": p(
        "The senator, who chairs the Armed Services Committee, toured the base on Monday and met with families "
        "of deployed soldiers. She is running for a fourth term.",
    ),
    "trap-mixed-schedule-quote-word": p(
        "The debate, billed as a \u201cconversation\u201d between the candidates, will last 90 minutes.",
    ),
    # -- a fourth batch, written before running it: long sentences with dashes, parentheticals, ----
    # -- partial quotes inside reported clauses, and contents that run past a comma ---------------
    "dash-parenthetical-source": p(
        "The nominee \u2014 who has said he would \u201cabsolutely\u201d bring back waterboarding \u2014 told a crowd "
        "in Ohio on Monday that the military would follow his orders.",
        g("he would \u201cabsolutely\u201d bring back waterboarding", "The nominee", True),
        g("the military would follow his orders", "The nominee"),
    ),
    "partial-quote-mid-content": p(
        "The senator said the deal was a \u201cbad joke\u201d that would let Iran build a bomb within a decade, "
        "and she vowed to fight it on the floor.",
        g("the deal was a \u201cbad joke\u201d that would let Iran build a bomb within a decade", "The senator", True),
        g("fight it on the floor", "she"),
    ),
    "content-past-comma-which": p(
        "The campaign chairman said the candidate would release his medical records next week, which his "
        "critics have demanded for months.",
        g("the candidate would release his medical records next week", "The campaign chairman"),
    ),
    "said-with-because-late": p(
        "The governor said he skipped the convention because he wanted to spend the week campaigning in "
        "the state's rural counties, where he trails.",
        g("he skipped the convention because he wanted to spend the week campaigning in the state's rural counties, where he trails", "The governor"),
    ),
    "tweet-quoted-then-indirect": p(
        "The nominee wrote on Twitter that the debate moderator was \u201cvery biased\u201d and that the "
        "microphone had been \u201cdefective.\u201d",
        g("the debate moderator was \u201cvery biased\u201d and that the microphone had been \u201cdefective.", "The nominee", True),
    ),
    "semicolon-two-reports": p(
        "Aides said the candidate was resting; they said she would resume campaigning on Thursday in North "
        "Carolina.",
        g("the candidate was resting", "Aides"),
        g("she would resume campaigning on Thursday in North Carolina", "they"),
    ),
    "list-of-claims": p(
        "In his speech, the nominee claimed that crime was at a 45-year high, that the border was wide open "
        "and that the inner cities were \u201cdisasters.\u201d",
        g("crime was at a 45-year high, that the border was wide open and that the inner cities were \u201cdisasters.", "the nominee", True),
    ),
    "reporter-asked-answered": p(
        "Asked by a reporter whether he would accept the result, the nominee said he would look at it at the "
        "time.",
        g("he would look at it at the time", "the nominee"),
        # Added after the first run: a question asked is reported speech, as in "asked-whether".
        g("he would accept the result", "a reporter"),
    ),
    "source-with-title-and-party": p(
        "Rep. Luis Ortega, D-Ariz., said the border wall would cost taxpayers at least $25 billion.",
        g("the border wall would cost taxpayers at least $25 billion", "Rep. Luis Ortega, D-Ariz."),
    ),
    "source-long-apposition-before": p(
        "Martha Keene, a Republican pollster who worked for two of the nominee's primary rivals, said suburban "
        "women had moved sharply toward the Democrat since the first debate.",
        g("suburban women had moved sharply toward the Democrat since the first debate", "Martha Keene, a Republican pollster who worked for two of the nominee's primary rivals"),
    ),
    "cue-after-long-content-inverted": p(
        "The party's chances of holding the Senate depend almost entirely on turnout in Pennsylvania, Ohio "
        "and Florida, said one senior Republican strategist.",
        g("The party's chances of holding the Senate depend almost entirely on turnout in Pennsylvania, Ohio and Florida", "one senior Republican strategist"),
    ),
    "nominal-comments-about": p(
        "The nominee's comments about the Gold Star family drew rebukes from several Republican senators, who "
        "said they were disgusted.",
        g("they were disgusted", "several Republican senators"),
    ),
    "belief-nested-think": p(
        "Most Republicans in the state think the nominee can still win, according to the poll.",
        g("Most Republicans in the state think the nominee can still win", "the poll"),
        # Added after the first run: the belief is an attribution of its own, as `political_set`
        # codes "Many voters believe ..., according to the survey".
        g("the nominee can still win", "Most Republicans in the state"),
    ),
    "insisted-in-interview-with-time": p(
        "In an interview with Time magazine published Wednesday, the former president insisted that his "
        "wife would be a better president than he was.",
        g("his wife would be a better president than he was", "the former president"),
    ),
    "trap-long-ad-content": p(
        "The ad, titled \u201cUnfit,\u201d shows clips of the nominee mocking a disabled reporter and ends with "
        "a photo of a child watching television.",
    ),
    "trap-long-rally-chant": p(
        "The crowd chanted \u201cLock her up\u201d as the nominee took the stage in Grand Junction.",
    ),
    "trap-long-book-title": p(
        "The senator's memoir, \u201cA Fighting Chance,\u201d spent 12 weeks on the bestseller list.",
    ),
    "trap-long-investigation-facts": p(
        "The FBI closed its investigation in July without recommending charges, and reopened it 11 days "
        "before the election after agents found new emails on a laptop.",
    ),
}  # fmt: skip
