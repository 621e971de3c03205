"""A blind set of paragraphs written like 2016 US political coverage, dense in attributions whose content is a noun phrase or a question.

Written for these tests in the manner of AP, Politico, The Hill, The New York Times and The Washington
Post in 2016: real public figures of the year, but every sentence is written for this set and the
incidents are told loosely from memory -- no article's text, and no claim here is offered as a record
of what anyone said. The earlier sets hold mostly that-clauses, to-clauses and stances; `campaign_set`
holds long campaign paragraphs. This one holds what those have few of: contents that are a noun phrase
object of a verb or noun of communication or cognition ("discussed the transition", "addressed the
controversy", "spoke about the shootings", "raised concerns about his record", "questioned the deal",
"his remarks on trade", "worried about the future of the party", "offered few details"), and
wh-contents ("asked whether ...", "wondered what ...", "explained why ..."), next to PRECISION TRAPS
where the same words tell no attribution ("discussed" with nothing said, "addressed the crowd",
"raised money", "questioned by the FBI", "offered him a job", "asked for a recount").

Coded as a PolNeAR annotator marks attributions (content span, source phrase or None, direct or not)
and committed before the quote stage was run on any of it. PolNeAR counts speech, beliefs and
intentions, and marks as content whatever the cue reports was said, thought or wanted; when a cue of
communication names only the TOPIC of what was said, the topic is the content. The decisions per cue
(what this set codes, and what it leaves as no attribution):
- discuss, address, mention, speak about/on, talk about, comment on, weigh in on, testify about: a
  topic spoken of -> coded (the object). "discussed" with no object, "addressed the crowd / a rally /
  the convention / a joint session" (the audience, not a topic), "the bill addresses the backlog" (a
  text acting on a problem), "spoke for 40 minutes", "talked with reporters" -> not coded.
- raise (questions, concerns, doubts, the issue, the possibility): coded; "raised $20 million", "raised
  the minimum wage", "raised his hand" -> not coded.
- question: "questioned the deal / her judgment" (a doubt voiced) -> coded; "questioned by the FBI /
  by police" (an interview) -> not coded.
- dispute, deny, reject, acknowledge, concede, confirm, reveal, disclose: a claim or fact spoken of ->
  coded with its source; "disclosed his tax returns" / "released the records" (documents handed over)
  -> not coded.
- explain, describe, detail, outline, lay out: what is told -> coded; "a Secret Service detail" -> not.
- offer + advice, assurances, details, an apology, condolences -> coded (what is offered is speech);
  "offered him a job", "offered a reward", "offered a plea deal" -> not coded.
- ask / wonder + whether, what, why, how -> coded (a question is speech); "asked for a recount" (a
  formal petition filed, an act of procedure, as the task brief marks it) and "asked the court for
  more time" are left uncoded here.
- remember, know + a wh-clause or that-clause -> coded as belief; "remember" + a noun phrase (a memory
  of an event, no proposition held) -> not coded.
- nouns: remarks on/about, comments about/on, questions about, concerns about, advice to/on, assurances,
  speech on, testimony about -> coded with the object of the preposition as content.
Nested attributions are coded at each level; a to-clause content without its "to".
"""

from __future__ import annotations

from tests.understand.quotes.political_set import Paragraph, g, p

PARAGRAPHS: dict[str, Paragraph] = {
    # -- discuss ----------------------------------------------------------------------------------------
    "obama-trump-discussed-transition": p(
        "President Obama and Donald Trump met for about 90 minutes in the Oval Office on Thursday. Obama told "
        "reporters afterward that the two men had discussed foreign policy, health care and the mechanics of "
        "the transition.",
        g("the two men had discussed foreign policy, health care and the mechanics of the transition", "Obama"),
        g("foreign policy, health care and the mechanics of the transition", "the two men"),
    ),
    "trap-met-discussed-bare": p(
        "Senate Republicans met behind closed doors for two hours on Tuesday. Several lawmakers left without "
        "stopping for reporters.",
    ),
    "clinton-discussed-debt-free": p(
        "Clinton discussed her plan for debt-free college with students at a community college in Des Moines, "
        "and she took questions for nearly an hour.",
        g("her plan for debt-free college", "Clinton"),
    ),
    "lynch-declined-to-discuss": p(
        "Attorney General Loretta Lynch declined to discuss the Clinton email investigation at a hearing on "
        "Tuesday, telling the House Judiciary Committee that she had accepted the recommendation of career "
        "prosecutors.",
        g("the Clinton email investigation", "Attorney General Loretta Lynch"),
        g("she had accepted the recommendation of career prosecutors", "Attorney General Loretta Lynch"),
    ),
    "lynch-tarmac-discussed": p(
        "Lynch said she and former President Bill Clinton had discussed their grandchildren and his travels "
        "during the brief meeting on her plane in Phoenix.",
        g("she and former President Bill Clinton had discussed their grandchildren and his travels during the brief meeting on her plane in Phoenix", "Lynch"),
        g("their grandchildren and his travels", "she and former President Bill Clinton"),
    ),
    "trap-discussion-panel": p(
        "The discussion at the Aspen forum ran past its scheduled hour. Tickets for the event had sold out in "
        "May.",
    ),
    # -- address ----------------------------------------------------------------------------------------
    "trump-addressed-khan": p(
        "Trump addressed the controversy over his remarks about the Khan family for the first time on Monday, "
        "saying he had been viciously attacked by the fallen soldier's father.",
        g("the controversy over his remarks about the Khan family", "Trump"),
        g("he had been viciously attacked by the fallen soldier's father", "Trump"),
    ),
    "trap-addressed-crowd": p(
        "Pence addressed a crowd of about 2,000 people in an airport hangar in Waukesha, Wis., on Saturday "
        "before flying on to Iowa.",
    ),
    "trap-addressed-joint-session": p(
        "Prime Minister Narendra Modi of India addressed a joint meeting of Congress on Wednesday, the fifth "
        "Indian leader to do so.",
    ),
    "trap-bill-addresses-backlog": p(
        "The bill addresses the backlog of untested rape kits and sets aside $41 million for states over five "
        "years.",
    ),
    "clinton-addressed-pneumonia": p(
        "Clinton addressed her health for the first time since her collapse at the Sept. 11 memorial, "
        "acknowledging in an interview with CNN that she should have disclosed her pneumonia sooner.",
        g("her health", "Clinton"),
        g("she should have disclosed her pneumonia sooner", "Clinton"),
    ),
    "obama-address-dallas": p(
        "Obama will address the shootings of five police officers in Dallas at a memorial service on Tuesday, "
        "the White House said.",
        g("the shootings of five police officers in Dallas", "Obama"),
        g("Obama will address the shootings of five police officers in Dallas at a memorial service on Tuesday", "the White House"),
    ),
    # -- speak about / talk about / comment on / weigh in on -------------------------------------------------
    "obama-spoke-orlando": p(
        "Obama spoke about the Orlando massacre from the Oval Office on Sunday afternoon, calling it an act of "
        "terror and an act of hate.",
        g("the Orlando massacre", "Obama"),
        g("it an act of terror and an act of hate", "Obama"),
    ),
    "trap-spoke-for-an-hour": p(
        "Sanders spoke for more than an hour at the rally in Washington Square Park, where the crowd stretched "
        "for blocks.",
    ),
    "kaine-talked-about-faith": p(
        "Kaine talked about his Catholic faith and his year as a missionary in Honduras during a visit to a "
        "black church in Richmond.",
        g("his Catholic faith and his year as a missionary in Honduras", "Kaine"),
    ),
    "trap-talked-with-reporters": p(
        "Kaine talked with reporters on the campaign plane for about 10 minutes before landing in Philadelphia.",
    ),
    "ryan-comment-on-tape": p(
        "House Speaker Paul Ryan commented on the tape only in a brief statement, saying he was sickened by "
        "what he heard, and he disinvited Trump from a rally in Wisconsin.",
        g("the tape", "House Speaker Paul Ryan"),
        g("he was sickened by what he heard", "House Speaker Paul Ryan"),
    ),
    "obama-weighs-in-hb2": p(
        "Obama weighed in on North Carolina's bathroom law during a news conference in London, calling it "
        "wrong and saying it should be overturned.",
        g("North Carolina's bathroom law", "Obama"),
        g("it wrong", "Obama"),
        g("it should be overturned", "Obama"),
    ),
    "mcconnell-speak-on-garland": p(
        "McConnell spoke on the Senate floor about Merrick Garland's nomination on Wednesday, repeating that "
        "the next president should fill the seat.",
        g("Merrick Garland's nomination", "McConnell"),
        g("the next president should fill the seat", "McConnell"),
    ),
    # -- raise -------------------------------------------------------------------------------------------
    "warren-raised-questions-stumpf": p(
        "Warren raised questions about the bank's sales quotas during the Senate Banking Committee hearing, "
        "and she told Wells Fargo's chief executive, John Stumpf, that he should resign.",
        g("the bank's sales quotas", "Warren"),
        g("he should resign", "she"),
    ),
    "trap-raised-money": p(
        "The Clinton campaign raised $143 million in August, its best month of the race, and ended it with "
        "$68 million in the bank.",
    ),
    "trap-raised-minimum-wage": p(
        "California and New York raised their minimum wage to $15 an hour on the same day in April, in "
        "phased steps over several years.",
    ),
    "gop-senators-raised-concerns-manafort": p(
        "Several Republican senators raised concerns about Paul Manafort's work for the former president of "
        "Ukraine, and two days later the campaign chairman resigned.",
        g("Paul Manafort's work for the former president of Ukraine", "Several Republican senators"),
    ),
    "sanders-raised-wall-street": p(
        "Sanders raised the issue of Clinton's paid speeches to Goldman Sachs at nearly every stop in New "
        "York, asking why she would not release the transcripts.",
        g("the issue of Clinton's paid speeches to Goldman Sachs", "Sanders"),
        g("why she would not release the transcripts", "Sanders"),
    ),
    "raised-hand-asked-about": p(
        "Only one candidate raised his hand when the moderator asked the field about a pledge to back the "
        "eventual nominee.",
        g("a pledge to back the eventual nominee", "the moderator"),
    ),
    # -- question ----------------------------------------------------------------------------------------
    "sanders-questioned-judgment": p(
        "Sanders questioned Clinton's judgment on the Iraq war and on trade in a debate in Brooklyn, and she "
        "questioned whether he had done his homework on breaking up the banks.",
        g("Clinton's judgment on the Iraq war and on trade", "Sanders"),
        g("whether he had done his homework on breaking up the banks", "she"),
    ),
    "trap-questioned-by-fbi": p(
        "Clinton was questioned by FBI agents for about three and a half hours on Saturday at the bureau's "
        "headquarters in Washington.",
    ),
    "trap-questioned-by-police": p(
        "The driver was questioned by police in Charlotte and released without charges late Tuesday.",
    ),
    "graham-questioned-iran-payment": p(
        "Sen. Lindsey Graham questioned the timing of the $400 million cash payment to Iran, which arrived on "
        "the day four American prisoners were released.",
        g("the timing of the $400 million cash payment to Iran", "Sen. Lindsey Graham"),
    ),
    # -- dispute / deny / acknowledge / concede / confirm / reveal ---------------------------------------------
    "trump-disputed-times-account": p(
        "The Trump campaign disputed the Times account of his tax returns but did not deny that he had reported "
        "a $916 million loss in 1995.",
        g("the Times account of his tax returns", "The Trump campaign"),
        g("he had reported a $916 million loss in 1995", "The Trump campaign"),
    ),
    "manafort-denied-ledger": p(
        "Manafort denied the report that he had received $12.7 million in undisclosed cash payments from a "
        "pro-Russian party in Ukraine.",
        g("the report that he had received $12.7 million in undisclosed cash payments from a pro-Russian party in Ukraine", "Manafort"),
    ),
    "comey-acknowledged-mistakes": p(
        "FBI Director James Comey acknowledged the mistakes of Clinton's aides in handling classified "
        "material but said no reasonable prosecutor would bring a case.",
        g("the mistakes of Clinton's aides in handling classified material", "FBI Director James Comey"),
        g("no reasonable prosecutor would bring a case", "FBI Director James Comey"),
    ),
    "fallon-confirmed-meeting": p(
        "Brian Fallon, a spokesman for the Clinton campaign, confirmed the meeting with the Black Lives Matter "
        "activists but would not describe what was said.",
        g("the meeting with the Black Lives Matter activists", "Brian Fallon, a spokesman for the Clinton campaign"),
        g("what was said", "Brian Fallon, a spokesman for the Clinton campaign"),
    ),
    "trap-disclosed-returns": p(
        "Trump has not released his tax returns, breaking with four decades of practice by major-party "
        "nominees.",
    ),
    "stein-revealed-donors": p(
        "Stein revealed the size of her recount fund on Thursday night, and her campaign acknowledged that the "
        "Wisconsin count alone would cost about $3.5 million.",
        g("the size of her recount fund", "Stein"),
        g("the Wisconsin count alone would cost about $3.5 million", "her campaign"),
    ),
    # -- explain / describe / detail / outline ------------------------------------------------------------------
    "kaine-explained-vote": p(
        "Kaine explained why he had voted for the Trans-Pacific Partnership's fast track in 2015, telling "
        "union members that he now opposed the final deal.",
        g("why he had voted for the Trans-Pacific Partnership's fast track in 2015", "Kaine"),
        g("he now opposed the final deal", "Kaine"),
        g("the final deal", "he"),
    ),
    "pence-described-conversation": p(
        "Pence described his phone call with Trump on Saturday as a frank conversation, and aides said the "
        "running mate had never considered leaving the ticket.",
        g("his phone call with Trump on Saturday as a frank conversation", "Pence"),
        g("the running mate had never considered leaving the ticket", "aides"),
    ),
    "clinton-outlined-isis-plan": p(
        "In a speech in Minneapolis, Clinton outlined her plan to defeat the Islamic State, including an "
        "intensified air campaign and more support for Kurdish and Arab forces.",
        g("her plan to defeat the Islamic State, including an intensified air campaign and more support for Kurdish and Arab forces", "Clinton"),
    ),
    "report-detailed-subsidiaries": p(
        "The report detailed the foundation's overseas donors and the fees Bill Clinton earned from speeches "
        "abroad while his wife ran the State Department.",
        g("the foundation's overseas donors and the fees Bill Clinton earned from speeches abroad while his wife ran the State Department", "The report"),
    ),
    "trap-secret-service-detail": p(
        "A Secret Service detail hustled Trump off the stage in Reno after a man in the crowd was tackled. He "
        "returned a few minutes later.",
    ),
    "ryan-laid-out-agenda": p(
        "Ryan laid out the House Republicans' agenda on poverty in a speech at a drug treatment center in "
        "Anacostia.",
        g("the House Republicans' agenda on poverty", "Ryan"),
    ),
    # -- offer --------------------------------------------------------------------------------------------
    "christie-offered-advice": p(
        "Christie said he had offered Trump some advice on how to handle Clinton in the second debate, but "
        "he would not say what it was.",
        g("he had offered Trump some advice on how to handle Clinton in the second debate", "Christie"),
        g("some advice on how to handle Clinton in the second debate", "he"),
        g("what it was", "he"),
    ),
    "trump-offered-few-details": p(
        "Trump offered few details about how he would force Mexico to pay for the wall, and he brushed off a "
        "question about the cost.",
        g("few details about how he would force Mexico to pay for the wall", "Trump"),
        g("a question about the cost", "he"),
    ),
    "obama-offered-condolences": p(
        "Obama offered his condolences to the families of the officers in Baton Rouge and urged Americans to "
        "tone down their rhetoric.",
        g("his condolences", "Obama"),
        g("Americans to tone down their rhetoric", "Obama"),
    ),
    "trap-offered-job": p(
        "Trump offered Michael Flynn the post of national security adviser on Thursday, a transition official "
        "said.",
        g("Trump offered Michael Flynn the post of national security adviser on Thursday", "a transition official"),
    ),
    "trap-offered-reward": p(
        "The county offered a $10,000 reward for information about the fire at the Republican office in "
        "Hillsborough.",
    ),
    "ryan-offered-assurances": p(
        "Ryan offered assurances to nervous House members that the party's majority was safe, even as the "
        "nominee sank in national polls.",
        g("the party's majority was safe", "Ryan"),
    ),
    # -- ask / wonder / wh-contents ----------------------------------------------------------------------------
    "reporters-asked-whether-accept": p(
        "Reporters asked Pence repeatedly whether his running mate would accept the results of the election, "
        "and he said they would.",
        g("whether his running mate would accept the results of the election", "Reporters"),
        g("they would", "he"),
    ),
    "trap-asked-for-recount": p(
        "Stein's campaign asked for a recount in Wisconsin on Friday, paying the fee the state's election "
        "commission set.",
    ),
    "voters-wondered-what": p(
        "Some Republicans in the room wondered aloud what Trump would do if he lost, and one donor asked how "
        "the party could keep the Senate.",
        g("what Trump would do if he lost", "Some Republicans in the room"),
        g("how the party could keep the Senate", "one donor"),
    ),
    "johnson-aleppo": p(
        "Gary Johnson asked what Aleppo was when an interviewer asked him on Thursday what he would do about "
        "the Syrian city.",
        g("what Aleppo was", "Gary Johnson"),
        g("what he would do about the Syrian city", "an interviewer"),
    ),
    "democrats-wonder-turnout": p(
        "Democrats in Philadelphia wonder whether black turnout will match the levels of 2012 without Obama on "
        "the ballot.",
        g("whether black turnout will match the levels of 2012 without Obama on the ballot", "Democrats in Philadelphia"),
    ),
    "trap-asked-court-more-time": p(
        "The state asked the appeals court for more time to file its brief, and the judges granted a two-week "
        "extension.",
    ),
    "moderator-asked-why": p(
        "The moderator, Lester Holt, asked Trump why he had kept questioning the president's birthplace for "
        "five years.",
        g("why he had kept questioning the president's birthplace for five years", "The moderator, Lester Holt"),
    ),
    # -- remember / know --------------------------------------------------------------------------------------
    "nobody-knows-what": p(
        "Nobody in the Republican leadership knows what Trump will do about the debt ceiling, one senior aide "
        "said.",
        g("Nobody in the Republican leadership knows what Trump will do about the debt ceiling", "one senior aide"),
        g("what Trump will do about the debt ceiling", "Nobody in the Republican leadership"),
    ),
    "trap-remember-nineties": p(
        "Many older voters in the district remember the plant closings of the 1990s, when three textile mills "
        "shut in a single year.",
    ),
    "sanders-remembers-who": p(
        "Sanders said he did not remember who on his staff had accessed the Clinton campaign's voter data.",
        g("he did not remember who on his staff had accessed the Clinton campaign's voter data", "Sanders"),
        g("who on his staff had accessed the Clinton campaign's voter data", "he"),
    ),
    # -- nouns: remarks, comments, questions, concerns, advice, speech ----------------------------------------
    "trump-remarks-on-trade": p(
        "Trump's remarks on trade at a metal recycling plant in Pennsylvania drew cheers from the workers and "
        "a rebuke from the U.S. Chamber of Commerce.",
        g("trade", "Trump's"),
    ),
    "trump-comments-about-judge": p(
        "Ryan called Trump's comments about the judge in the Trump University case the textbook definition of "
        "a racist comment.",
        g("the judge in the Trump University case", "Trump's"),
        g("Trump's comments about the judge in the Trump University case the textbook definition of a racist comment", "Ryan"),
    ),
    "questions-about-foundation": p(
        "The Associated Press analysis renewed questions about the Clinton Foundation's access to the State "
        "Department. The campaign called the analysis misleading.",
        g("the Clinton Foundation's access to the State Department", "The Associated Press analysis"),
        g("the analysis misleading", "The campaign"),
    ),
    "concerns-about-zika": p(
        "Public health officials have voiced growing concerns about the Zika virus in Miami, where local "
        "mosquitoes have spread it in two neighborhoods.",
        g("the Zika virus in Miami", "Public health officials"),
    ),
    "obama-advice-to-trump": p(
        "Obama offered advice to his successor on staffing the West Wing, urging him to choose a strong chief "
        "of staff.",
        g("advice to his successor on staffing the West Wing", "Obama"),
        g("him to choose a strong chief of staff", "Obama"),
    ),
    "clinton-speech-on-economy": p(
        "Clinton gave a speech on the economy in Warren, Mich., a day after Trump delivered his own in "
        "Detroit.",
        g("the economy", "Clinton"),
    ),
    "trap-speech-crowd-size": p(
        "The speech drew a crowd of several thousand, and the line to get in wrapped around the arena twice.",
    ),
    "stumpf-testimony-about-accounts": p(
        "Stumpf's testimony about the two million unauthorized accounts did little to calm the senators, who "
        "said the bank had punished low-level employees and spared its executives.",
        g("the two million unauthorized accounts", "Stumpf's"),
        g("the bank had punished low-level employees and spared its executives", "the senators"),
    ),
    # -- worry / cognition with an object ------------------------------------------------------------------
    "gop-worried-future-party": p(
        "Many Republican officeholders have worried openly about the future of the party, and some have said "
        "they will not vote for its nominee.",
        g("the future of the party", "Many Republican officeholders"),
        g("they will not vote for its nominee", "some"),
    ),
    "donors-fear-down-ballot": p(
        "Republican donors fear a wave of losses down the ballot, and several have moved their money to Senate "
        "races.",
        g("a wave of losses down the ballot", "Republican donors"),
    ),
    # -- mixed paragraphs --------------------------------------------------------------------------------
    "comey-letter-discussed": p(
        "Comey's letter to Congress did not describe the newly found emails, and officials declined to say "
        "whether any of them had been sent by Clinton.",
        g("the newly found emails", "Comey's letter to Congress"),
        g("whether any of them had been sent by Clinton", "officials"),
    ),
    "kaine-pence-debate-topics": p(
        "Kaine and Pence sparred over Russia and policing in their only debate, and Pence repeatedly denied "
        "that Trump had said things Kaine quoted back to him.",
        g("Russia and policing", "Kaine and Pence"),
        g("Trump had said things Kaine quoted back to him", "Pence"),
    ),
    "khan-spoke-dnc": p(
        "Khizr Khan, whose son was killed in Iraq in 2004, spoke at the Democratic convention on Thursday, "
        "asking whether Trump had ever read the Constitution.",
        g("whether Trump had ever read the Constitution", "Khizr Khan, whose son was killed in Iraq in 2004"),
    ),
    "cook-explained-refusal": p(
        "Apple's chief executive, Tim Cook, explained the company's refusal to unlock the San Bernardino "
        "gunman's iPhone in a letter to customers, warning that unlocking it would set a dangerous precedent.",
        g("the company's refusal to unlock the San Bernardino gunman's iPhone", "Apple's chief executive, Tim Cook"),
        g("unlocking it would set a dangerous precedent", "Apple's chief executive, Tim Cook"),
        g("unlock the San Bernardino gunman's iPhone", "the company's"),
    ),
    "comey-testified-about-encryption": p(
        "Comey testified about encryption before the House Judiciary Committee, and lawmakers from both "
        "parties questioned the bureau's demand.",
        g("encryption", "Comey"),
        g("the bureau's demand", "lawmakers from both parties"),
    ),
    "bresch-defended-epipen": p(
        "Mylan's chief executive, Heather Bresch, defended the price of the EpiPen before a House committee, "
        "and lawmakers asked why the company's executives had received raises.",
        g("the price of the EpiPen", "Mylan's chief executive, Heather Bresch"),
        g("why the company's executives had received raises", "lawmakers"),
    ),
    "trap-bresch-hearing-logistics": p(
        "The hearing lasted nearly four hours. Bresch was the only witness on the first panel.",
    ),
    "obama-hiroshima-mention": p(
        "Obama did not mention an apology at Hiroshima, but he spoke about the moral revolution that nuclear "
        "weapons demand.",
        g("an apology", "Obama"),
        g("the moral revolution that nuclear weapons demand", "he"),
    ),
    "trump-pena-nieto-discussed": p(
        "Trump said after meeting Mexican President Enrique Peña Nieto that they had not discussed who would pay "
        "for the wall, and hours later the Mexican leader said he had made it clear that Mexico would not.",
        g("they had not discussed who would pay for the wall", "Trump"),
        g("who would pay for the wall", "they"),
        g("he had made it clear that Mexico would not", "the Mexican leader"),
        g("Mexico would not", "he"),
    ),
    "brexit-obama-comment": p(
        "Obama's comments on Britain's vote to leave the European Union were measured: he said the special "
        "relationship would endure.",
        g("Britain's vote to leave the European Union", "Obama's"),
        g("the special relationship would endure", "he"),
    ),
    "trap-vote-to-leave": p(
        "British voters chose to leave the European Union by 52 percent to 48 percent, and the pound fell to a "
        "31-year low.",
    ),
    "standing-rock-concerns": p(
        "The Standing Rock Sioux raised concerns about the pipeline's route under Lake Oahe, which the tribe "
        "says threatens its water supply.",
        g("the pipeline's route under Lake Oahe", "The Standing Rock Sioux"),
        g("threatens its water supply", "the tribe"),
    ),
    "flint-snyder-apologized": p(
        "Gov. Rick Snyder apologized for the state's handling of the Flint water crisis in his State of the "
        "State address and promised to release his emails on the subject.",
        g("the state's handling of the Flint water crisis", "Gov. Rick Snyder"),
        g("release his emails on the subject", "Gov. Rick Snyder"),
    ),
    "trap-snyder-released-emails": p(
        "Snyder's office released 274 pages of emails on Wednesday, many of them from 2014 and 2015.",
    ),
    "podesta-emails-not-confirm": p(
        "The campaign would neither confirm nor deny the authenticity of the emails published by WikiLeaks, and "
        "Podesta said the Russians had hacked his account.",
        g("the authenticity of the emails published by WikiLeaks", "The campaign"),
        g("the Russians had hacked his account", "Podesta"),
    ),
    "obama-garland-described": p(
        "Obama described Judge Merrick Garland as one of America's sharpest legal minds when he introduced him "
        "in the Rose Garden.",
        g("Judge Merrick Garland as one of America's sharpest legal minds", "Obama"),
    ),
    "grassley-no-hearing-questions": p(
        "Grassley would not say after their breakfast whether he would hold a hearing for Garland, saying only "
        "that the meeting was cordial.",
        g("whether he would hold a hearing for Garland", "Grassley"),
        g("the meeting was cordial", "Grassley"),
    ),
    "trump-talked-about-bomb": p(
        "Trump talked about the bombing in Manhattan before officials had said what caused it, telling a rally "
        "that a bomb had gone off in New York.",
        g("the bombing in Manhattan", "Trump"),
        g("what caused it", "officials"),
        g("a bomb had gone off in New York", "Trump"),
    ),
    "de-blasio-disputed-terror": p(
        "Mayor Bill de Blasio at first disputed the notion that the blast was an act of terrorism, saying "
        "there was no evidence of a link to a terror group.",
        g("the notion that the blast was an act of terrorism", "Mayor Bill de Blasio"),
        g("there was no evidence of a link to a terror group", "Mayor Bill de Blasio"),
    ),
    "trap-acknowledged-crowd": p(
        "Clinton acknowledged the crowd with a wave from the balcony of her hotel, but she did not come down.",
    ),
    "clinton-acknowledged-deplorables": p(
        "Clinton acknowledged the backlash over her 'basket of deplorables' line a day later, saying she "
        "regretted the remark.",
        g("the backlash over her 'basket of deplorables' line", "Clinton"),
        g("she regretted the remark", "Clinton"),
        g("the remark", "she"),
    ),
    "warren-speech-on-banks": p(
        "“Wells Fargo cheated its customers, and the man at the top walked away rich,” Warren said in a speech on "
        "the Senate floor.",
        g("Wells Fargo cheated its customers, and the man at the top walked away rich", "Warren", True),
    ),
    "cruz-wondered-quote": p(
        "“Who will the next nominee be?” Cruz asked the crowd in Houston. “Will it be a conservative, or "
        "another Washington deal-maker?”",
        g(("Who will the next nominee be?", "Will it be a conservative, or another Washington deal-maker?"), "Cruz", True),
    ),
    "trump-no-comment-on-flynn": p(
        "A spokeswoman for the transition, Hope Hicks, would not comment on Flynn's calls with the Russian "
        "ambassador.",
        g("Flynn's calls with the Russian ambassador", "A spokeswoman for the transition, Hope Hicks"),
    ),
    "mcconnell-mentioned-infrastructure": p(
        "McConnell mentioned infrastructure only in passing at his first news conference after the election, "
        "and he said the Senate would take up a repeal of the health care law first.",
        g("infrastructure", "McConnell"),
        g("the Senate would take up a repeal of the health care law first", "he"),
    ),
    "trap-mention-of-roll-call": p(
        "His name appeared only once in the roll call of the Ohio delegation, and the chairman moved on.",
    ),
    "kasich-talked-about-ohio": p(
        "Kasich talked about his record in Ohio at every town hall in New Hampshire, and voters asked him "
        "about heroin more than any other issue.",
        g("his record in Ohio", "Kasich"),
        g("heroin", "voters"),
    ),
    "trap-kasich-town-halls": p(
        "Kasich held more than 100 town halls in New Hampshire and finished second there, behind Trump.",
    ),
    "clinton-email-questions-quote": p(
        "Clinton said she would not discuss the FBI's inquiry while it was under way. “We're going to let the process run its course,” she told reporters.",
        g("she would not discuss the FBI's inquiry while it was under way", "Clinton"),
        g("the FBI's inquiry", "she"),
        g("We're going to let the process run its course", "she", True),
    ),
    "priebus-explained-rules": p(
        "Reince Priebus explained the convention rules to reporters on Monday, and he dismissed the idea that "
        "delegates could be freed to vote their conscience.",
        g("the convention rules", "Reince Priebus"),
        g("the idea that delegates could be freed to vote their conscience", "he"),
    ),
}  # fmt: skip
