# declarative table: the leads of the blind set of real 2004 wire stories of cooperation, aid, yielding and refusal.
"""The leads of the blind set of real 2004 wire stories told mostly in the cooperative and refusing roots: intent
to cooperate (03), diplomatic and material cooperation (05, 06), aid (07), yielding (08), disapproval and
rejection (11, 12), protest (14) and reduced relations (16), with the precision traps of the period's feed (talks
only planned, aid only sought, troops that "may" leave, refusals others only expect). Kept apart from their tests
for length. Every lead, actor code and gold event was written by hand, from memory of the period's news, by
events_guidelines.md and the CAMEO codebook before the coder's output on them was seen; no article text is copied.
The corpus's noise comes as "Iraq#39;s" for an apostrophe and "#36;" for a dollar sign.

Coding choices the guidelines leave open, made once here: the EU, the U.N. and its organs, NATO, the African
Union, ASEAN, the Arab League, the IMF, the World Bank and the Paris Club are `IGO`; a pledge of aid is intent
(033) with aid (07) as its alternative; a troop withdrawal is 0874 with 16 allowed; a formal diplomatic protest is
114 (root 11) with 14 as its alternative; a planned meeting is intent to meet (036), never a meeting (04); a
denial is a rejection (12); a handing over of suspects to another state is judicial cooperation (063); Turkish
and Greek Cypriots are both `CYP`; rebels and militias take their country."""

from __future__ import annotations

from tests.understand.actors.lead_sets import Lead

# fmt: off
LEADS: tuple[Lead, ...] = (
    # Europe: the EU, Libya's return, Cyprus, Ukraine, the Balkans and the Caucasus
    Lead("e-eu-libya-embargo", "EU lifts arms embargo on Libya", "LUXEMBOURG (Reuters) - European Union foreign "
         "ministers agreed on Monday to lift an 18-year-old arms embargo on Libya, rewarding Tripoli for giving up "
         "its banned weapons programmes.", ("European Union=IGOEUREEC", "Libya=LBY", "Tripoli=LBY"),
         gold=("IGO>LBY:08|085|081",), ok=("IGO>LBY:05|050|06|03",), kind="dl"),
    Lead("e-blair-tent", "Blair meets Gadhafi in desert tent", "AP - Tony Blair became the first British prime "
         "minister to visit Libya in decades on Thursday, shaking hands with Moammar Gadhafi in a tent outside "
         "Tripoli and praising his decision to abandon weapons of mass destruction.",
         ("Tony Blair=GBRGOV", "Libya=LBY", "Moammar Gadhafi=LBYGOV"),
         gold=("GBR>LBY:04|042|040", "GBR>LBY:05|051"), ok=("LBY>GBR:04|043|040",), kind="credit"),
    Lead("e-gadhafi-brussels", "Gadhafi back in Europe after 15 years", "Libyan leader Moammar Gadhafi held "
         "talks with European Commission President Romano Prodi in Brussels on Tuesday, on his first visit to "
         "Europe in 15 years.", ("Moammar Gadhafi=LBYGOV", "Romano Prodi=IGOEUREEC"),
         gold=("LBY>IGO:04|042|040", "IGO>LBY:04|043|040"), kind="bare"),
    Lead("e-gadhafi-expected", "Gadhafi expected in Brussels", "AFP - Libyan leader Moammar Gadhafi is expected "
         "to visit Brussels later this month, in what would be his first trip to Europe in 15 years, EU officials "
         "said on Friday.", ("Moammar Gadhafi=LBYGOV",), ok=("LBY>IGO:03|036",), kind="credit"),
    Lead("e-eu-turkey-talks", "EU offers Turkey entry talks", "Reuters - European Union leaders agreed on Friday "
         "to open membership talks with Turkey next October, after Ankara gave ground over recognising Cyprus.",
         ("European Union=IGOEUREEC", "Turkey=TUR", "Ankara=TUR", "Cyprus=CYP"),
         gold=("IGO>TUR:03|036|030",), ok=("TUR>CYP:08|080|05|054", "TUR>IGO:08|080"), kind="credit"),
    Lead("e-cyprus-no", "Greek Cypriots reject U.N. plan", "NICOSIA (Reuters) - Greek Cypriots voted "
         "overwhelmingly on Saturday to reject a U.N. plan to reunite the island, while Turkish Cypriots backed "
         "it, leaving only the Greek south to join the European Union next week.",
         ("Greek Cypriots=CYP", "Turkish Cypriots=CYP", "European Union=IGOEUREEC"),
         gold=("CYP>IGO:12|127|120",), ok=("CYP>IGO:05|050|051", "CYP>:12|127"), kind="dl"),
    Lead("e-denktash-campaign", "Denktash to campaign against U.N. plan", "AFP - Turkish Cypriot leader Rauf "
         "Denktash said on Thursday he would campaign against a U.N. reunification plan in this month#39;s "
         "referendum, saying it failed to protect his people.", ("Rauf Denktash=CYPGOV",),
         gold=("CYP>IGO:12|120|127",), ok=("CYP>IGO:11|111",), kind="credit"),
    Lead("e-eu-enlarged", "EU welcomes ten new members", "Ten countries, most of them former communist states, "
         "joined the European Union at midnight on Saturday as leaders gathered in Dublin to celebrate the "
         "biggest expansion in the bloc#39;s history.", ("European Union=IGOEUREEC",),
         ok=("IGO>:05|050|06|060", ">IGO:05|050|06|060"), kind="bare"),
    Lead("e-eu-china-arms", "EU holds off on China arms ban", "AFP - European Union leaders on Friday put off a "
         "decision on lifting a 15-year-old arms embargo on China, saying only that they would work towards "
         "ending it.", ("European Union=IGOEUREEC", "China=CHN"), ok=("IGO>CHN:03|030|034",), kind="credit"),
    Lead("e-kiev-blockade", "Protesters blockade Kiev government", "KIEV (Reuters) - Tens of thousands of "
         "opposition supporters blockaded government buildings in Kiev for a fourth day on Friday, demanding that "
         "Prime Minister Viktor Yanukovich#39;s disputed election victory be annulled.",
         ("opposition supporters=UKR", "Viktor Yanukovich=UKRGOV"),
         gold=("UKR>UKR:14|144|141|140", "UKR>UKR:10|100"), kind="dl"),
    Lead("e-kiev-court", "Ukraine court orders new vote", "AP - Ukraine#39;s Supreme Court on Friday threw out "
         "the result of the disputed presidential runoff and ordered a repeat vote by Dec. 26, handing a victory "
         "to opposition leader Viktor Yushchenko.", ("Supreme Court=UKRJUD", "Viktor Yushchenko=UKROPP"),
         ok=("UKR>UKR:12|120|08|080|10",), kind="credit"),
    Lead("e-kiev-mediators", "European mediators meet Ukraine rivals", "Polish President Aleksander Kwasniewski "
         "and EU foreign policy chief Javier Solana held talks with Ukraine#39;s rival presidential candidates "
         "in Kiev on Friday in a bid to defuse the standoff over the disputed election.",
         ("Aleksander Kwasniewski=POLGOV", "Javier Solana=IGOEUREEC"),
         gold=("POL>UKR:04|040|045|042", "IGO>UKR:04|040|045|042"),
         ok=("UKR>POL:04|040|043", "UKR>IGO:04|040|043"), kind="bare"),
    Lead("e-powell-ukraine", "Powell rejects Ukraine vote result", "WASHINGTON (Reuters) - Secretary of State "
         "Colin Powell said on Wednesday the United States could not accept the official result of Ukraine#39;s "
         "presidential runoff as legitimate and warned of consequences for relations with Kiev.",
         ("Colin Powell=USAGOV", "United States=USA"),
         gold=("USA>UKR:12|120", "USA>UKR:13|130|131"), ok=("USA>UKR:11|110",), kind="dl"),
    Lead("e-yushchenko-exit", "Yushchenko heads for clear win", "AP - Opposition leader Viktor Yushchenko was "
         "heading for a clear win in Ukraine#39;s rerun presidential election on Sunday, exit polls showed.",
         ("Viktor Yushchenko=UKROPP",), kind="credit"),
    Lead("e-croat-generals", "Croatian generals surrender to tribunal", "Two retired Croatian generals flew to "
         "The Hague on Thursday and surrendered to the U.N. war crimes tribunal, a day after being charged over "
         "the killing of Serb civilians in 1995.", ("Croatian generals=HRV",),
         gold=("HRV>IGO:08|080",), ok=("HRV>IGO:06|063",), kind="bare"),
    Lead("e-nato-train-iraq", "NATO agrees to train Iraqi forces", "ISTANBUL (Reuters) - NATO leaders agreed on "
         "Monday to help train Iraq#39;s new security forces, answering a request from the interim government "
         "that takes power this week.", ("NATO=IGONATO", "Iraq=IRQ"),
         gold=("IGO>IRQ:03|030|031|032|06|062",), ok=("IRQ>IGO:02|020|10",), kind="dl"),
    Lead("e-eufor-bosnia", "EU force takes over in Bosnia", "Reuters - The European Union took over "
         "peacekeeping in Bosnia from NATO on Thursday, launching its biggest military mission yet with 7,000 "
         "troops.", ("European Union=IGOEUREEC", "NATO=IGONATO", "Bosnia=BIH"),
         gold=("IGO>BIH:07|074",), ok=("IGO>IGO:06|060|08|080",), kind="credit"),
    Lead("e-putin-kyoto", "Putin signs Kyoto law", "MOSCOW (Reuters) - President Vladimir Putin signed a law "
         "ratifying the Kyoto Protocol on climate change on Friday, clearing the way for the pact to come into "
         "force early next year.", ("Vladimir Putin=RUSGOV",), gold=("RUS>:05|057",), kind="dl"),
    Lead("e-putin-reelected", "Putin wins second term", "Vladimir Putin won a second term as Russia#39;s "
         "president by a landslide on Sunday, official results showed, against a field of little-known rivals.",
         ("Vladimir Putin=RUSGOV",), kind="bare"),
    Lead("e-gazprom-belarus", "Russia cuts gas to Belarus", "MINSK (Reuters) - Russia#39;s Gazprom cut off gas "
         "supplies to Belarus on Wednesday in a row over prices, briefly disrupting flows to Poland and Germany.",
         ("Gazprom=RUSBUS", "Belarus=BLR"), gold=("RUS>BLR:16|160|162|1621",), kind="dl"),
    Lead("e-ossetia-pullback", "Georgia pulls troops from South Ossetia", "AP - Georgia began pulling hundreds "
         "of extra troops out of breakaway South Ossetia on Thursday under a deal to end weeks of skirmishes with "
         "separatist forces, leaving only peacekeepers in the region.", ("Georgia=GEO",),
         gold=("GEO>:08|087|0874",), kind="credit"),
    Lead("e-scarf-ban", "France refuses to lift scarf ban", "PARIS (Reuters) - France said on Monday it would not "
         "repeal its ban on Islamic headscarves in state schools, rejecting the demand of Iraqi militants holding "
         "two French journalists hostage.", ("France=FRA", "Iraqi militants=IRQ", "French journalists=FRA"),
         gold=("FRA>IRQ:12|124|120",), ok=("IRQ>FRA:18|181",), kind="dl"),
    Lead("e-paris-scarf-march", "Thousands march against headscarf law", "Thousands of Muslim women and men "
         "marched through Paris on Saturday to protest against a planned law banning Islamic headscarves in "
         "state schools.", (), gold=("FRA>:14|141|140",), kind="bare"),
    Lead("e-hartz-marches", "Eastern Germans protest welfare cuts", "Reuters - Tens of thousands of people "
         "marched through cities in eastern Germany on Monday to protest against Chancellor Gerhard Schroeder#39;s "
         "cuts to unemployment benefits.", ("Gerhard Schroeder=DEUGOV",),
         gold=("DEU>DEU:14|141|140",), kind="credit"),
    Lead("e-poland-may-cut", "Poland may cut Iraq force", "AP - Poland could reduce its troop contingent in Iraq "
         "early next year, Defence Minister Jerzy Szmajdzinski said on Monday, adding that no decision had been "
         "taken.", ("Poland=POL", "Jerzy Szmajdzinski=POLGOV"), kind="credit"),
    Lead("e-dutch-may-leave", "Dutch may leave Iraq in March", "The Netherlands may bring its 1,350 troops home "
         "from southern Iraq in March, when their mandate expires, Defence Minister Henk Kamp said on Tuesday.",
         ("Netherlands=NLD", "Henk Kamp=NLDGOV"), kind="bare"),
    # Iran, Iraq and the coalition
    Lead("m-iran-paris-deal", "Iran agrees to freeze enrichment", "TEHRAN (Reuters) - Iran said on Sunday it had "
         "agreed to suspend all uranium enrichment under a deal with Britain, France and Germany, in a bid to "
         "avoid referral to the U.N. Security Council.",
         ("Iran=IRN", "Britain=GBR", "France=FRA", "Germany=DEU"),
         gold=("IRN>GBR:05|057|08|080|03", "IRN>FRA:05|057|08|080|03", "IRN>DEU:05|057|08|080|03"),
         ok=("GBR>IRN:05|057", "FRA>IRN:05|057", "DEU>IRN:05|057", "IRN>:08|080"), kind="dl"),
    Lead("m-rowhani-rules-out", "Iran rules out permanent halt", "AFP - Iran#39;s top nuclear negotiator Hassan "
         "Rowhani ruled out on Saturday any permanent end to uranium enrichment, saying the freeze agreed with "
         "the Europeans would last only months.", ("Hassan Rowhani=IRNGOV",),
         gold=("IRN>:12|120|124",), kind="credit"),
    Lead("m-iaea-welcomes", "IAEA board welcomes Iran freeze", "VIENNA (Reuters) - The board of the "
         "International Atomic Energy Agency on Monday adopted a resolution welcoming Iran#39;s suspension of "
         "uranium enrichment and dropped a threat to report Tehran to the Security Council.",
         ("International Atomic Energy Agency=IGOIAEA", "Iran=IRN"),
         gold=("IGO>IRN:05|051|050",), ok=("IGO>IRN:08|080",), kind="dl"),
    Lead("m-iran-geneva-next", "Iran, Europeans to meet next week", "AFP - Iran and the three big European powers "
         "will hold a new round of nuclear talks in Geneva next week, an Iranian foreign ministry spokesman said "
         "on Sunday.", ("Iran=IRN",), gold=("IRN>:03|036",), kind="credit"),
    Lead("m-iran-denies", "Iran denies secret enrichment charge", "Reuters - Iran on Wednesday denied a U.S. "
         "charge that it was secretly enriching uranium at a military site, calling the accusation baseless.",
         ("Iran=IRN",), gold=("IRN>USA:12|120",), ok=("USA>IRN:11|112", "IRN>USA:11|111"), kind="credit"),
    Lead("m-iran-analysts", "Doubts over Iran deal", "Iran#39;s deal with the Europeans to freeze uranium "
         "enrichment could unravel within months, analysts in Tehran said on Monday, pointing to the anger of "
         "hardliners in parliament.", ("Iran=IRN",), ok=("IRN>:05|057",), kind="bare"),
    Lead("m-zapatero-orders", "Zapatero orders troops home from Iraq", "MADRID (Reuters) - Spain#39;s new Prime "
         "Minister Jose Luis Rodriguez Zapatero ordered the country#39;s 1,300 troops in Iraq home on Sunday, "
         "hours after being sworn in.", ("Jose Luis Rodriguez Zapatero=ESPGOV",),
         gold=("ESP>IRQ:08|087|0874|16|166",), kind="dl"),
    Lead("m-bush-zapatero", "Bush regrets Spanish pullout", "AP - President Bush telephoned Spain#39;s Prime "
         "Minister Jose Luis Rodriguez Zapatero on Monday and voiced his displeasure at the sudden withdrawal of "
         "Spanish troops from Iraq, the White House said.",
         ("President Bush=USAGOV", "Jose Luis Rodriguez Zapatero=ESPGOV", "White House=USAGOV"),
         gold=("USA>ESP:04|041|040", "USA>ESP:11|110|111"), kind="credit"),
    Lead("m-honduras-follows", "Honduras to pull troops from Iraq", "Honduras said on Monday it would withdraw "
         "its 370 troops from Iraq as soon as possible, following Spain#39;s lead.", ("Honduras=HND",),
         gold=("HND>IRQ:08|087|0874|03|034|16",), kind="bare"),
    Lead("m-manila-pullout", "Manila pulls out last troops", "Reuters - The Philippines withdrew its last "
         "soldiers from Iraq on Monday to meet the demand of militants threatening to behead a Filipino truck "
         "driver, a decision that angered Washington.",
         ("Philippines=PHL", "militants=IRQ", "Filipino truck driver=PHL"),
         gold=("PHL>IRQ:08|087|0874|16",), ok=("IRQ>PHL:13|138|10", "USA>PHL:11|110", "PHL>IRQ:08|080"),
         kind="credit"),
    Lead("m-handover", "U.S. hands power to Iraqis early", "BAGHDAD (Reuters) - The U.S.-led occupation "
         "authority handed sovereignty to Iraq#39;s interim government on Monday, two days ahead of schedule, in "
         "a low-key ceremony in Baghdad.", ("interim government=IRQGOV",),
         gold=("USA>IRQ:08|080|083",), kind="dl"),
    Lead("m-saddam-custody", "Saddam handed to Iraqi custody", "AP - The United States handed legal custody of "
         "Saddam Hussein and 11 of his top aides to Iraq#39;s interim government on Wednesday, clearing the way "
         "for the former dictator to face charges in an Iraqi court.",
         ("United States=USA", "Saddam Hussein=IRQ", "interim government=IRQGOV"),
         gold=("USA>IRQ:06|063|08|080",), kind="credit"),
    Lead("m-najaf-shrine", "Sadr fighters leave Najaf shrine", "NAJAF, Iraq (Reuters) - Fighters loyal to Shi'ite "
         "cleric Moqtada al-Sadr handed over the keys of the Imam Ali shrine and left the holy city on Friday "
         "under a peace deal brokered by Grand Ayatollah Ali al-Sistani.",
         ("Fighters=IRQ", "Moqtada al-Sadr=IRQ", "Ali al-Sistani=IRQ"),
         gold=("IRQ>IRQ:08|080|084|0842|087|0874", "IRQ>IRQ:04|045|03|039"), kind="dl"),
    Lead("m-sunni-boycott", "Sunni clerics urge vote boycott", "AP - Iraq#39;s most influential Sunni Muslim clerical "
         "group called on Monday for a boycott of January#39;s elections, in protest at the U.S.-led assault on "
         "Falluja.", (), gold=("IRQ>:14|143|140|02",), ok=("IRQ>USA:14|140|11|111",), kind="credit"),
    Lead("m-samawah-mortar", "Mortars land near Japanese base", "Mortar rounds landed near the Japanese army camp "
         "in the southern Iraqi city of Samawah overnight, causing no injuries, a Japanese defence official said "
         "on Sunday.", (), gold=(">JPN:19|190|195|18|183",), kind="bare"),
    Lead("m-korea-arbil", "South Korean troops reach Arbil", "SEOUL (Reuters) - The first of South Korea#39;s "
         "3,600 troops bound for northern Iraq arrived in the Kurdish city of Arbil on Friday, the Defence "
         "Ministry said, making Seoul the third-largest contributor to the U.S.-led coalition.",
         ("South Korea=KOR", "Defence Ministry=KORGOV", "Seoul=KOR"),
         gold=("KOR>IRQ:07|074|073|070|15",), ok=("KOR>USA:06|062",), kind="dl"),
    Lead("m-japan-extend", "Japan to extend Iraq mission", "TOKYO (Reuters) - Japan#39;s cabinet decided on "
         "Thursday to extend its non-combat troop mission in southern Iraq by a year, despite public unease over "
         "attacks near the troops#39; base in Samawah.", ("Japan=JPN",),
         gold=("JPN>IRQ:07|070|073|074|03|033",), ok=("JPN>IRQ:06|062",), kind="dl"),
    Lead("m-paris-club", "Creditors write off most Iraq debt", "Reuters - The Paris Club of creditor nations "
         "agreed on Sunday to write off 80 percent of the #36;39 billion Iraq owes its members, the biggest debt "
         "relief deal in the group#39;s history.", ("Paris Club=IGO", "Iraq=IRQ"),
         gold=("IGO>IRQ:07|071|08|085|03|033",), kind="credit"),
    Lead("m-egypt-israel-qiz", "Egypt, Israel sign trade pact", "CAIRO (Reuters) - Egypt and Israel signed their "
         "biggest trade agreement in two decades on Tuesday, letting goods made jointly by the two countries "
         "enter the United States duty-free.", ("Egypt=EGY", "Israel=ISR", "United States=USA"),
         gold=("EGY>ISR:05|057|06|061", "ISR>EGY:05|057|06|061"), kind="dl"),
    Lead("m-azzam-freed", "Egypt frees Israeli jailed as spy", "AP - Egypt released Israeli Druze businessman "
         "Azzam Azzam on Sunday after eight years in prison for spying, and Israel freed six Egyptian students in "
         "what officials on both sides called a goodwill exchange.",
         ("Egypt=EGY", "Azzam Azzam=ISR", "Israel=ISR", "Egyptian students=EGY"),
         gold=("EGY>ISR:08|084|0841", "ISR>EGY:08|084|0841"), kind="credit"),
    Lead("m-hezbollah-swap", "Israel, Hezbollah swap prisoners", "Reuters - Israel freed more than 400 Arab "
         "prisoners on Thursday in exchange for an Israeli businessman and the bodies of three soldiers held by "
         "Hezbollah, in a swap brokered by Germany.",
         ("Israel=ISR", "Israeli businessman=ISR", "Hezbollah=LBN", "Germany=DEU"),
         gold=("ISR>:08|084|0841", "LBN>ISR:08|084|0841|0842"),
         ok=("DEU>ISR:04|045|03|039", "DEU>LBN:04|045|03|039", "LBN>ISR:18|181"), kind="credit"),
    Lead("m-abbas-mistake", "Abbas calls armed uprising a mistake", "Palestinian leader Mahmoud Abbas said the "
         "use of weapons in the four-year uprising against Israel had been a mistake and must end, in an interview "
         "published on Tuesday.", ("Mahmoud Abbas=PSEGOV",),
         gold=("PSE>PSE:11|110|111",), ok=("PSE>PSE:02|020|10|100",), kind="bare"),
    Lead("m-sharon-no-arafat", "Sharon rules out talks with Arafat", "Reuters - Israeli Prime Minister Ariel "
         "Sharon ruled out on Monday any negotiations with Yasser Arafat, saying the Palestinian leader remained "
         "an obstacle to peace.", ("Ariel Sharon=ISRGOV", "Yasser Arafat=PSEGOV"),
         gold=("ISR>PSE:12|125|120", "ISR>PSE:11|111|110"), kind="credit"),
    Lead("m-israel-syria-offer", "Israel turns down Syrian overture", "JERUSALEM (Reuters) - Israel on Sunday "
         "rejected an offer by Syrian President Bashar al-Assad to resume peace talks, saying Damascus must first "
         "rein in militant groups based on its soil.",
         ("Israel=ISR", "Bashar al-Assad=SYRGOV", "Damascus=SYR"),
         gold=("ISR>SYR:12|125|120", "ISR>SYR:10|100"), ok=("SYR>ISR:03|036",), kind="dl"),
    Lead("m-human-chain", "Israelis form chain against Gaza pullout", "Tens of thousands of Israelis opposed to "
         "Prime Minister Ariel Sharon#39;s plan to evacuate Jewish settlements in Gaza formed a human chain on "
         "Sunday stretching 90 km from Gaza to Jerusalem.", ("Ariel Sharon=ISRGOV",),
         gold=("ISR>ISR:14|141|140",), kind="bare"),
    Lead("m-hunger-strike", "Palestinian prisoners start hunger strike", "AP - Thousands of Palestinian prisoners "
         "in Israeli jails began a hunger strike on Sunday to demand better conditions, and Israel#39;s security "
         "minister said he would let them starve.", ("Palestinian prisoners=PSE", "Israel=ISR"),
         gold=("PSE>ISR:14|142|140", "PSE>ISR:10|100"), ok=("ISR>PSE:12|120|13|130|11",), kind="credit"),
    Lead("m-arafat-dies", "Arafat dies in Paris hospital", "PARIS (Reuters) - Palestinian leader Yasser Arafat "
         "died in a French military hospital early on Thursday, aged 75, ending four decades at the head of the "
         "Palestinian cause.", ("Yasser Arafat=PSEGOV",), kind="dl"),
    Lead("m-syria-1559", "Syria rejects U.N. call to quit Lebanon", "DAMASCUS (Reuters) - Syria on Friday "
         "dismissed a U.N. Security Council resolution calling for foreign troops to leave Lebanon as "
         "interference in relations between the two neighbours.",
         ("Syria=SYR", "U.N. Security Council=IGOUNO"),
         gold=("SYR>IGO:12|120|124",), ok=("SYR>IGO:11|111", "IGO>SYR:10|100"), kind="dl"),
    Lead("m-syria-redeploy", "Syrian troops pull back from Beirut hills", "AP - Syrian troops began pulling out "
         "of positions in the hills south of Beirut on Tuesday, in a redeployment Damascus called routine but "
         "which came after U.N. pressure to leave Lebanon.", ("Syrian troops=SYRMIL", "Damascus=SYR"),
         gold=("SYR>LBN:08|087|0874",), ok=("SYR>:08|087|0874",), kind="credit"),
    Lead("m-tunisia-summit", "Tunisia calls off Arab summit", "TUNIS (Reuters) - Tunisia abruptly postponed an "
         "Arab League summit on Saturday, hours before leaders were due to arrive, citing differences over "
         "reform proposals.", ("Tunisia=TUN", "Arab League=IGO"),
         gold=("TUN>IGO:16|164|12|125",), kind="dl"),
    Lead("m-arab-backs-sudan", "Arab ministers back Sudan on Darfur", "Arab League foreign ministers on Sunday "
         "backed Sudan#39;s handling of the crisis in Darfur and rejected any threat of international sanctions "
         "or military intervention against Khartoum.", ("Arab League=IGO", "Sudan=SDN", "Khartoum=SDN"),
         gold=("IGO>SDN:05|050|051|052", "IGO>:12|120"), kind="bare"),
    Lead("m-fahd-amnesty", "Saudi king offers militants amnesty", "RIYADH (Reuters) - Saudi Arabia#39;s King "
         "Fahd offered on Wednesday to spare the lives of Islamist militants who surrender within a month, but "
         "warned of the full force of the state against those who do not.",
         ("King Fahd=SAUGOV", "Islamist militants=SAU"),
         gold=("SAU>SAU:03|034|08|080", "SAU>SAU:13|130|138"), kind="dl"),
    # Asia: the Koreas, Japan, China, South Asia, the tsunami
    Lead("a-us-proposal", "U.S. lays out offer to North Korea", "AP - The United States presented North Korea on "
         "Wednesday with its first detailed proposal to end the nuclear standoff, under which Pyongyang would get "
         "fuel oil from its neighbours if it agreed to dismantle its weapons programmes.",
         ("United States=USA", "North Korea=PRK", "Pyongyang=PRK"),
         gold=("USA>PRK:03|030|036",), kind="credit"),
    Lead("a-prk-snubs", "North Korea snubs nuclear talks", "SEOUL (Reuters) - North Korea said on Saturday it "
         "would not attend a working-level meeting on its nuclear programmes this month, blaming what it called "
         "Washington#39;s hostile policy, South Korea#39;s Yonhap news agency reported.",
         ("North Korea=PRK", "Washington=USA", "Yonhap=KORMED"),
         gold=("PRK>:12|125|120", "PRK>USA:11|111|112"), ok=("PRK>USA:12|125|120",), kind="dl"),
    Lead("a-prk-expected", "Diplomats expect cool reply from Pyongyang", "North Korea is likely to reject a U.S. "
         "offer of aid in return for nuclear disarmament, diplomats in Beijing said on Friday.",
         ("North Korea=PRK",), kind="bare"),
    Lead("a-koizumi-children", "Koizumi brings abductees' children home", "PYONGYANG (Reuters) - Japanese Prime "
         "Minister Junichiro Koizumi met North Korean leader Kim Jong-il on Saturday and flew home with five "
         "children of Japanese abducted by Pyongyang#39;s agents, after promising 250,000 tonnes of food aid.",
         ("Junichiro Koizumi=JPNGOV", "Kim Jong-il=PRKGOV"),
         gold=("JPN>PRK:04|042|040", "PRK>JPN:04|043|040", "PRK>JPN:08|084|0841", "JPN>PRK:03|033|0333|07"),
         ok=("PRK>JPN:18|181",), kind="dl"),
    Lead("a-jenkins", "U.S. deserter Jenkins reports to base", "AP - Charles Jenkins, the former U.S. Army "
         "sergeant accused of deserting to North Korea in 1965, turned himself in to U.S. military authorities at "
         "a base outside Tokyo on Saturday.", ("Charles Jenkins=USA", "U.S. military authorities=USAMIL"),
         gold=("USA>USA:08|080",), kind="credit"),
    Lead("a-japan-freezes-aid", "Japan freezes food aid to North Korea", "Japan said on Friday it would freeze "
         "food aid to North Korea after DNA tests showed that remains Pyongyang handed over as those of an "
         "abducted Japanese woman belonged to someone else.", ("Japan=JPN", "North Korea=PRK"),
         gold=("JPN>PRK:16|162|1623",), ok=("PRK>JPN:08|0842", "JPN>PRK:13|03"), kind="bare"),
    Lead("a-japan-sub-protest", "Japan protests to China over submarine", "TOKYO (Reuters) - Japan lodged a "
         "formal protest with China on Friday after identifying a submarine that intruded into its territorial "
         "waters as Chinese, and demanded an apology.", ("Japan=JPN", "China=CHN"),
         gold=("JPN>CHN:11|114|14|140", "JPN>CHN:10|100"), ok=("CHN>JPN:15|150|19",), kind="dl"),
    Lead("a-china-chen-offer", "Beijing brushes off Chen's offer", "Reuters - China on Wednesday dismissed an "
         "offer of talks by Taiwan President Chen Shui-bian as insincere, accusing him of pushing the island "
         "towards formal independence.", ("China=CHN", "Chen Shui-bian=TWNGOV"),
         gold=("CHN>TWN:12|125|120", "CHN>TWN:11|112"), kind="credit"),
    Lead("a-vanuatu-taiwan", "Vanuatu switches ties to Taiwan", "AFP - The Pacific island state of Vanuatu "
         "established diplomatic relations with Taiwan on Wednesday, angering China, which had long counted it as "
         "an ally.", ("Vanuatu=VUT", "Taiwan=TWN", "China=CHN"),
         gold=("VUT>TWN:05|054|050",), ok=("TWN>VUT:05|054|050", "CHN>VUT:11|110"), kind="credit"),
    Lead("a-dominica-china", "Dominica drops Taiwan for China", "ROSEAU, Dominica (Reuters) - The Caribbean "
         "island of Dominica broke off relations with Taiwan on Tuesday and recognised China, which promised "
         "#36;100 million in aid over six years.", ("Dominica=DMA", "Taiwan=TWN", "China=CHN"),
         gold=("DMA>TWN:16|161", "DMA>CHN:05|054|050", "CHN>DMA:03|033|0331|07"), kind="dl"),
    Lead("a-china-asean", "China, ASEAN sign trade deal", "VIENTIANE (Reuters) - China and the Association of "
         "Southeast Asian Nations signed an agreement on Monday to remove tariffs on most goods by 2010, a step "
         "towards the world#39;s most populous free trade area.",
         ("China=CHN", "Association of Southeast Asian Nations=IGO"),
         gold=("CHN>IGO:05|057|06|061", "IGO>CHN:05|057|06|061"), kind="dl"),
    Lead("a-balikatan", "U.S., Philippine troops open war games", "AP - Thousands of U.S. and Philippine troops "
         "began annual joint military exercises on Monday, with drills focused on fighting Muslim militants in "
         "the south of the archipelago.", ("Philippine troops=PHLMIL",),
         gold=("USA>PHL:06|062", "PHL>USA:06|062"), kind="credit"),
    Lead("a-islamabad-summit", "India, Pakistan agree to resume talks", "ISLAMABAD (Reuters) - India and "
         "Pakistan agreed on Tuesday to begin talks next month on all their disputes including Kashmir, after "
         "Prime Minister Atal Behari Vajpayee met President Pervez Musharraf on the sidelines of a regional "
         "summit.", ("India=IND", "Pakistan=PAK", "Atal Behari Vajpayee=INDGOV", "Pervez Musharraf=PAKGOV"),
         gold=("IND>PAK:03|036|030", "PAK>IND:03|036|030", "IND>PAK:04|040|044|042", "PAK>IND:04|040|044|043"),
         kind="dl"),
    Lead("a-hotline", "India, Pakistan to set up nuclear hotline", "NEW DELHI (Reuters) - India and Pakistan "
         "agreed on Sunday to set up a hotline between their foreign ministries to warn each other of nuclear "
         "accidents, at the end of two days of talks between experts.", ("India=IND", "Pakistan=PAK"),
         gold=("IND>PAK:03|030|05|057|06", "PAK>IND:03|030|05|057|06"),
         ok=("IND>PAK:04|040|046", "PAK>IND:04|040|046"), kind="dl"),
    Lead("a-fishermen", "Pakistan frees Indian fishermen", "AFP - Pakistan freed more than 200 Indian fishermen "
         "on Monday as a goodwill gesture ahead of talks between the two countries#39; foreign secretaries, "
         "officials said.", ("Pakistan=PAK", "Indian fishermen=IND"),
         gold=("PAK>IND:08|084|0841",), ok=("PAK>IND:03|036", "IND>PAK:03|036"), kind="credit"),
    Lead("a-kashmir-troop-cut", "India to cut troops in Kashmir", "AP - India said on Thursday it would reduce "
         "its troops in Kashmir this winter, citing better security, a move Pakistan welcomed as a step in the "
         "right direction.", ("India=IND", "Pakistan=PAK"),
         gold=("IND>:03|034|08|087", "PAK>IND:05|051|050"), kind="credit"),
    Lead("a-khan-no-access", "Pakistan won't hand Khan to inspectors", "ISLAMABAD (Reuters) - Pakistan said on "
         "Saturday it would not allow U.N. nuclear inspectors or any foreign government to question disgraced "
         "scientist Abdul Qadeer Khan, who has admitted leaking nuclear secrets.",
         ("Pakistan=PAK", "Abdul Qadeer Khan=PAK"),
         gold=("PAK>IGO:12|120|121|124",), ok=("PAK>:12|120",), kind="dl"),
    Lead("a-khan-pardon", "Musharraf pardons nuclear scientist", "AP - President Pervez Musharraf on Thursday "
         "pardoned Abdul Qadeer Khan, the father of Pakistan#39;s atomic bomb, a day after the scientist "
         "confessed on television to leaking nuclear technology to Iran, Libya and North Korea.",
         ("Pervez Musharraf=PAKGOV", "Abdul Qadeer Khan=PAK", "Iran=IRN", "Libya=LBY", "North Korea=PRK"),
         gold=("PAK>PAK:08|080|084",),
         ok=("PAK>IRN:06|060|07", "PAK>LBY:06|060|07", "PAK>PRK:06|060|07"), kind="credit"),
    Lead("a-singh-sworn", "Singh sworn in as India's premier", "Manmohan Singh was sworn in as India#39;s first "
         "Sikh prime minister on Saturday, days after Sonia Gandhi stunned her party by declining the post.",
         ("Manmohan Singh=INDGOV", "Sonia Gandhi=IND"), ok=("IND>:12|120",), kind="bare"),
    Lead("a-tigers-reject", "Tigers reject Colombo's call", "Reuters - Sri Lanka#39;s Tamil Tiger rebels on "
         "Monday rejected President Chandrika Kumaratunga#39;s offer to resume peace talks, insisting that any "
         "negotiations start with their proposal for self-rule in the north and east.",
         ("Tamil Tiger rebels=LKAREB", "Chandrika Kumaratunga=LKAGOV"),
         gold=("LKA>LKA:12|125|120",), ok=("LKA>LKA:10|100",), kind="credit"),
    Lead("a-solheim", "Norwegian envoy meets Tiger chief", "KILINOCHCHI, Sri Lanka (Reuters) - Norwegian peace "
         "envoy Erik Solheim met Tamil Tiger political chief S.P. Thamilselvan in the rebel-held north on Tuesday "
         "in a bid to revive stalled talks with the government.",
         ("Erik Solheim=NORGOV", "S.P. Thamilselvan=LKAREB"),
         gold=("NOR>LKA:04|040|042|045", "LKA>NOR:04|040|043"), kind="dl"),
    Lead("a-nepal-blockade", "Maoists blockade Kathmandu", "KATHMANDU (Reuters) - Maoist rebels cut off Nepal#39;s "
         "capital from the rest of the country on Wednesday with an indefinite blockade, demanding the release of "
         "jailed comrades.", ("Maoist rebels=NPLREB",),
         gold=("NPL>NPL:19|191|14|144", "NPL>NPL:10|100"), kind="dl"),
    Lead("a-afghan-boycott", "Karzai rivals call for vote boycott", "KABUL (Reuters) - Fifteen candidates "
         "challenging President Hamid Karzai called on Saturday for a boycott of Afghanistan#39;s first "
         "presidential election, alleging widespread fraud as voting got under way.",
         ("candidates=AFG", "Hamid Karzai=AFGGOV"),
         gold=("AFG>AFG:14|143|140", "AFG>AFG:11|112"), kind="dl"),
    Lead("a-karzai-declared", "Karzai declared winner", "Hamid Karzai was formally declared the winner of "
         "Afghanistan#39;s first presidential election on Wednesday after an inquiry found irregularities had "
         "not changed the result.", ("Hamid Karzai=AFGGOV",), kind="bare"),
    Lead("a-world-bank-afghan", "World Bank grant for Afghan roads", "AP - The World Bank said on Tuesday it had "
         "approved a #36;60 million grant to help Afghanistan rebuild its roads.",
         ("World Bank=IGO", "Afghanistan=AFG"), gold=("IGO>AFG:07|071",), kind="credit"),
    Lead("a-korean-farmers", "Korean farmers rally against rice imports", "Thousands of South Korean farmers "
         "rallied in Seoul on Friday against government plans to open the rice market further to imports, "
         "scuffling with riot police.", ("South Korean farmers=KOR", "riot police=KORCOP"),
         gold=("KOR>KOR:14|141|140|145",), ok=("KOR>KOR:17|18",), kind="bare"),
    Lead("a-dhaka-strike", "Bangladesh opposition shuts country", "DHAKA (Reuters) - Shops and offices were shut "
         "across Bangladesh on Tuesday as the opposition Awami League enforced a general strike to protest "
         "against a grenade attack on its rally that killed 20 people.", ("Awami League=BGDOPP",),
         gold=("BGD>:14|143|140",), ok=(">BGD:18|180|183",), kind="dl"),
    Lead("a-aceh-truce", "Aceh rebels declare truce after tsunami", "Reuters - Separatist rebels in Indonesia#39;s "
         "Aceh province declared a ceasefire on Tuesday so that aid could reach survivors of the tsunami, a "
         "spokesman for the Free Aceh Movement said.", ("Separatist rebels=IDN", "Free Aceh Movement=IDN"),
         gold=("IDN>:08|087|0871",), kind="credit"),
    Lead("a-india-tsunami-aid", "India sends ships to Sri Lanka", "AP - India sent navy ships, helicopters and "
         "doctors to Sri Lanka and the Maldives on Tuesday to help survivors of Sunday#39;s tsunami, even as it "
         "turned down offers of foreign aid for its own battered coast.",
         ("India=IND", "Sri Lanka=LKA", "Maldives=MDV"),
         gold=("IND>LKA:07|073|070", "IND>MDV:07|073|070", "IND>:12|122|120"), kind="credit"),
    Lead("a-bush-tsunami", "Bush raises tsunami pledge tenfold", "WASHINGTON (Reuters) - President Bush on Friday "
         "raised the U.S. pledge for victims of the Asian tsunami to #36;350 million, ten times the first offer, "
         "after critics said Washington had been stingy.", ("President Bush=USAGOV",),
         gold=("USA>:03|033|0331|07|070|071|073",), ok=(">USA:11|111",), kind="dl"),
    Lead("a-japan-tsunami", "Japan pledges tsunami aid", "Japan pledged #36;30 million on Tuesday to countries hit "
         "by the Indian Ocean tsunami and sent medical teams to Sri Lanka and Thailand.",
         ("Japan=JPN", "Sri Lanka=LKA", "Thailand=THA"),
         gold=("JPN>:03|033|0331|07|070|071|073", "JPN>LKA:07|073|070", "JPN>THA:07|073|070"), kind="bare"),
    Lead("a-tsunami-toll", "Tsunami toll passes 60,000", "AFP - The death toll from the earthquake and tsunami "
         "that struck coastlines around the Indian Ocean rose above 60,000 on Wednesday, as officials in Indonesia "
         "said the worst-hit province of Aceh had barely been reached.", (), kind="credit"),
    Lead("a-niigata-quake", "Quake kills 25 in Japan", "A powerful earthquake struck Niigata prefecture in northern "
         "Japan on Saturday, killing at least 25 people and derailing a bullet train for the first time.", (),
         kind="bare"),
    Lead("a-australian-police", "Australian police join Jakarta blast probe", "JAKARTA (Reuters) - Australian "
         "federal police arrived in Jakarta on Friday to help Indonesian investigators hunt those behind the car "
         "bomb outside the Australian embassy that killed nine people.",
         ("Australian federal police=AUSCOP", "Indonesian investigators=IDN"),
         gold=("AUS>IDN:06|063|064|060|07",), ok=(">AUS:18|180|183", ">IDN:18|180|183"), kind="dl"),
    # Africa: Sudan, Darfur, Nigeria, the Horn, Ivory Coast
    Lead("f-naivasha-protocols", "Sudan, rebels sign power-sharing deals", "NAIVASHA, Kenya (Reuters) - Sudan#39;s "
         "government and southern rebels signed three protocols on Wednesday on sharing power and on disputed "
         "central regions, clearing the way for a final deal to end Africa#39;s longest civil war.",
         ("government=SDNGOV", "southern rebels=SDNREB"), gold=("SDN>SDN:05|057",), kind="dl"),
    Lead("f-nairobi-council", "Sudan foes promise peace by year-end", "AP - Sudan#39;s government and southern "
         "rebels promised the U.N. Security Council, meeting in Nairobi on Friday, that they would sign a "
         "comprehensive peace deal by the end of the year.",
         ("government=SDNGOV", "southern rebels=SDNREB", "U.N. Security Council=IGOUNO"),
         gold=("SDN>IGO:03|030|031",), ok=("SDN>SDN:03|030|05|057", "IGO>SDN:04|040"), kind="credit"),
    Lead("f-abuja-refuse", "Darfur rebels refuse to sign aid deal", "ABUJA (Reuters) - Rebels from Sudan#39;s "
         "Darfur region refused on Tuesday to sign an accord on humanitarian access, saying Khartoum must first "
         "disarm the Janjaweed militias it backs, African Union mediators said.",
         ("Rebels=SDNREB", "Khartoum=SDN", "African Union=IGOAFRAU"),
         gold=("SDN>SDN:12|127|120", "SDN>SDN:10|100"), kind="dl"),
    Lead("f-ndjamena-truce", "Sudan, Darfur rebels agree truce", "Sudan#39;s government and two rebel groups from "
         "Darfur signed a 45-day ceasefire in Chad on Thursday in talks mediated by the Chadian government, and "
         "agreed to let aid reach hundreds of thousands of displaced people.",
         ("government=SDNGOV", "rebel groups=SDNREB"),
         gold=("SDN>SDN:08|087|0871|05|057", "TCD>SDN:04|045|03|039"), ok=("SDN>SDN:03|030|086",), kind="bare"),
    Lead("f-au-expand", "AU to boost Darfur force", "AP - The African Union agreed on Wednesday to expand its "
         "mission in Sudan#39;s Darfur region to more than 3,000 troops and police, with a mandate to protect "
         "ceasefire monitors but not civilians.", ("African Union=IGOAFRAU",),
         gold=("IGO>SDN:07|074|03|030|033",), kind="credit"),
    Lead("f-rwandans-land", "Rwandan troops land in Darfur", "EL FASHER, Sudan (Reuters) - The first 150 Rwandan "
         "soldiers of an African Union protection force arrived in Sudan#39;s Darfur region on Sunday, vowing to "
         "protect civilians if they came under attack.", ("Rwandan soldiers=RWAMIL", "African Union=IGOAFRAU"),
         gold=("RWA>SDN:07|074",), ok=("IGO>SDN:07|074", "RWA>:03|030"), kind="dl"),
    Lead("f-sudan-no-troops", "Sudan rejects foreign troops", "Reuters - Sudan#39;s Foreign Minister Mustafa "
         "Osman Ismail said on Sunday his government would not accept non-African troops in Darfur, rejecting a "
         "British suggestion that 5,000 soldiers might be sent.", ("Mustafa Osman Ismail=SDNGOV",),
         gold=("SDN>GBR:12|120|121",), ok=("SDN>:12|120|121",), kind="credit"),
    Lead("f-unsc-30-days", "U.N. gives Sudan 30 days on Darfur", "UNITED NATIONS (Reuters) - The U.N. Security "
         "Council on Friday gave Sudan 30 days to disarm Arab militias in Darfur or face possible economic and "
         "diplomatic measures.", ("U.N. Security Council=IGOUNO", "Sudan=SDN"),
         gold=("IGO>SDN:10|100", "IGO>SDN:13|130|131|1312"), kind="dl"),
    Lead("f-un-appeal", "U.N. appeals for more Darfur aid", "AP - The United Nations appealed on Monday for "
         "#36;300 million more to feed and shelter displaced people in Sudan#39;s Darfur region, saying donors had "
         "given less than half of what was needed.", ("United Nations=IGOUNO",),
         gold=("IGO>:02|020|023",), kind="credit"),
    Lead("f-ivory-embargo", "U.N. slaps arms embargo on Ivory Coast", "UNITED NATIONS (Reuters) - The U.N. "
         "Security Council voted unanimously on Monday to impose an arms embargo on Ivory Coast and threatened "
         "travel bans on anyone blocking peace efforts.", ("U.N. Security Council=IGOUNO", "Ivory Coast=CIV"),
         gold=("IGO>CIV:16|163", "IGO>:13|130|131"), kind="dl"),
    Lead("f-asari-truce", "Delta militia leader agrees truce", "ABUJA (Reuters) - Niger Delta militia leader "
         "Mujahid Dokubo-Asari agreed on Friday to a ceasefire and to disarm his fighters after talks with "
         "President Olusegun Obasanjo, easing fears for oil exports.",
         ("Mujahid Dokubo-Asari=NGAREB", "Olusegun Obasanjo=NGAGOV"),
         gold=("NGA>NGA:08|087|0871|0873|03|034", "NGA>NGA:04|040|046"), kind="dl"),
    Lead("f-nigeria-strike", "Nigerian unions begin general strike", "Nigerian workers began a four-day general "
         "strike on Monday over fuel price rises, shutting banks and markets across the country#39;s main "
         "cities.", ("Nigerian workers=NGA",), gold=("NGA>:14|143|140",), kind="bare"),
    Lead("f-eritrea-rejects", "Eritrea rejects Ethiopian peace plan", "AFP - Eritrea on Friday rejected "
         "Ethiopia#39;s five-point plan to end their border dispute, saying Addis Ababa must first accept an "
         "international boundary ruling in full.", ("Eritrea=ERI", "Ethiopia=ETH", "Addis Ababa=ETH"),
         gold=("ERI>ETH:12|127|120", "ERI>ETH:10|100"), kind="credit"),
    Lead("f-somali-president", "Somali lawmakers elect president", "NAIROBI (Reuters) - Somalia#39;s transitional "
         "parliament, meeting in neighbouring Kenya, elected Abdullahi Yusuf Ahmed as president on Sunday, "
         "raising hopes of a first central government in 13 years.", ("Abdullahi Yusuf Ahmed=SOM",), kind="dl"),
    Lead("f-oil-50", "Oil tops #36;50", "Reuters - Oil prices rose above #36;50 a barrel for the first time on "
         "Tuesday as traders fretted over supplies from Nigeria and Iraq.", (), kind="credit"),
    # The Americas: Haiti, Cuba, Venezuela, Colombia, Argentina
    Lead("h-aristide-quits", "Aristide quits, flies into exile", "PORT-AU-PRINCE, Haiti (Reuters) - Haitian "
         "President Jean-Bertrand Aristide resigned and fled the country on Sunday as armed rebels closed in on "
         "the capital, ending weeks of bloody revolt.", ("Jean-Bertrand Aristide=HTIGOV", "rebels=HTIREB"),
         gold=("HTI>:08|083|0831|080",), ok=("HTI>HTI:15|150|19|190",), kind="dl"),
    Lead("h-marines-land", "U.S. Marines arrive in Haiti", "AP - The first U.S. Marines of a U.N.-approved "
         "international force landed in Port-au-Prince on Monday, a day after Aristide#39;s departure, to restore "
         "order in the Haitian capital.", ("U.S. Marines=USAMIL", "Aristide=HTIGOV"),
         gold=("USA>HTI:07|074",), ok=("IGO>HTI:07|074",), kind="credit"),
    Lead("h-caricom-snub", "Caribbean leaders snub Haiti's new government", "Reuters - Leaders of the 15-nation "
         "Caribbean Community refused on Friday to recognise Haiti#39;s U.S.-backed interim government and "
         "called for an inquiry into Jean-Bertrand Aristide#39;s departure.",
         ("Caribbean Community=IGO", "Jean-Bertrand Aristide=HTIGOV"),
         gold=("IGO>HTI:12|120", "IGO>:10|100|02|020"), kind="credit"),
    Lead("h-brazil-command", "Brazil takes over Haiti peacekeeping", "Brazilian troops took command of the U.N. "
         "peacekeeping force in Haiti on Tuesday, replacing the U.S.-led force that arrived after the ouster of "
         "President Jean-Bertrand Aristide in February.", ("Brazilian troops=BRAMIL",),
         gold=("BRA>HTI:07|074",), ok=("IGO>HTI:07|074",), kind="bare"),
    Lead("h-latortue-appeal", "Haiti appeals for aid", "PORT-AU-PRINCE, Haiti (Reuters) - Haiti#39;s interim "
         "Prime Minister Gerard Latortue appealed to foreign donors on Tuesday for #36;900 million to rebuild the "
         "country, warning that its fragile recovery could collapse without help.", ("Gerard Latortue=HTIGOV",),
         gold=("HTI>:02|020|023|0231",), kind="dl"),
    Lead("h-gonaives-floods", "Floods kill hundreds in Haiti", "AP - Floods unleashed by Tropical Storm Jeanne "
         "killed more than 600 people in the Haitian city of Gonaives, officials said on Tuesday.", (),
         kind="credit"),
    Lead("l-mexico-cuba", "Mexico expels Cuban envoy", "MEXICO CITY (Reuters) - Mexico recalled its ambassador "
         "from Havana on Sunday and gave Cuba#39;s envoy 48 hours to leave, accusing Fidel Castro#39;s government "
         "of meddling in its internal affairs.", ("Mexico=MEX", "Cuba=CUB", "Fidel Castro=CUBGOV"),
         gold=("MEX>CUB:16|161", "MEX>CUB:17|174|16|161", "MEX>CUB:11|112"), kind="dl"),
    Lead("l-cuba-panama", "Cuba cuts ties with Panama", "AP - Cuba broke off diplomatic relations with Panama on "
         "Thursday after outgoing President Mireya Moscoso pardoned four Cuban exiles convicted of plotting to "
         "kill Fidel Castro.",
         ("Cuba=CUB", "Panama=PAN", "Mireya Moscoso=PANGOV", "Cuban exiles=CUB", "Fidel Castro=CUBGOV"),
         gold=("CUB>PAN:16|161",), ok=("PAN>CUB:08|080|084",), kind="credit"),
    Lead("l-venezuela-opposition", "Venezuela opposition rejects vote", "CARACAS (Reuters) - Venezuela#39;s "
         "opposition on Monday rejected official results showing President Hugo Chavez had easily won a recall "
         "referendum, alleging massive fraud.", ("opposition=VENOPP", "Hugo Chavez=VENGOV"),
         gold=("VEN>VEN:12|120", "VEN>VEN:11|112"), kind="dl"),
    Lead("l-argentina-imf", "Argentina suspends IMF talks", "Argentina suspended talks with the International "
         "Monetary Fund on Tuesday over a review of its #36;13 billion loan, saying it wanted to focus first on "
         "restructuring its defaulted debt.", ("Argentina=ARG", "International Monetary Fund=IGO"),
         gold=("ARG>IGO:16|164",), kind="bare"),
    Lead("l-orejuela", "Colombia extradites Cali cartel boss", "AP - Colombia extradited Gilberto Rodriguez "
         "Orejuela, a founder of the Cali drug cartel, to the United States on Friday to face cocaine trafficking "
         "charges.", ("Colombia=COL", "Gilberto Rodriguez Orejuela=COL", "United States=USA"),
         gold=("COL>USA:06|063",), ok=("COL>COL:17|174",), kind="credit"),
    Lead("l-auc-disarm", "Colombian militia fighters lay down arms", "Reuters - About 450 right-wing paramilitary "
         "fighters handed in their weapons in northern Colombia on Thursday under a peace deal with President "
         "Alvaro Uribe#39;s government.", ("paramilitary fighters=COL", "Alvaro Uribe=COLGOV"),
         gold=("COL>COL:08|087|0873",), kind="credit"),
    Lead("l-us-libya-ties", "U.S. restores ties with Libya", "TRIPOLI, Libya (Reuters) - The United States "
         "resumed direct diplomatic relations with Libya on Monday after a 24-year break, opening a liaison "
         "office in Tripoli as a reward for Moammar Gadhafi#39;s renunciation of banned weapons.",
         ("United States=USA", "Libya=LBY", "Moammar Gadhafi=LBYGOV"),
         gold=("USA>LBY:05|050|054",), ok=("LBY>USA:05|050|054",), kind="dl"),
    Lead("l-bush-libya-sanctions", "Bush lifts most sanctions on Libya", "AP - President Bush on Monday lifted "
         "most remaining U.S. economic sanctions on Libya, freeing billions of dollars in frozen assets, but kept "
         "the country on the list of state sponsors of terrorism.", ("President Bush=USAGOV", "Libya=LBY"),
         gold=("USA>LBY:08|085",), ok=("USA>LBY:16|163",), kind="credit"),
    # Leads with no codable event: reports, disasters, elections and appointments, and only possible, considered
    # or expected moves
    Lead("n-china-hopes", "China hopes for new nuclear talks", "AFP - China said on Tuesday it hoped the next round "
         "of six-party talks on North Korea#39;s nuclear programmes could be held before the end of September.",
         ("China=CHN",), ok=("CHN>:02|020|03|036",), kind="credit"),
    Lead("n-basra-oil", "Iraq resumes southern oil exports", "Reuters - Iraq resumed oil exports from its southern "
         "terminals on Sunday after a two-day halt caused by sabotage on a main pipeline, oil officials said.",
         (), kind="credit"),
    Lead("n-bird-flu", "Bird flu kills Vietnamese boy", "A 13-year-old boy died of bird flu in southern Vietnam, "
         "health officials said on Friday, the country#39;s 15th victim this year.", (), kind="bare"),
    Lead("n-karzai-cabinet", "Karzai names new cabinet", "KABUL (Reuters) - President Hamid Karzai named a new "
         "cabinet on Thursday, dropping powerful former warlord Mohammad Qasim Fahim as defence minister.",
         ("Hamid Karzai=AFGGOV", "Mohammad Qasim Fahim=AFG"), ok=("AFG>AFG:17|172",), kind="dl"),
    Lead("n-sharon-abbas-could", "Sharon and Abbas could meet soon", "AP - Israeli Prime Minister Ariel Sharon "
         "and Palestinian leader Mahmoud Abbas could meet within weeks, aides on both sides said on Monday.",
         ("Ariel Sharon=ISRGOV", "Mahmoud Abbas=PSEGOV"), kind="credit"),
    Lead("n-indonesia-may-ask", "Indonesia may seek debt freeze", "Indonesia may ask its foreign creditors to "
         "freeze debt payments after the tsunami, a senior economics minister said on Tuesday.",
         ("Indonesia=IDN",), kind="bare"),
    Lead("n-eu-cuba-considers", "EU weighs easing Cuba measures", "Reuters - European Union diplomats said on "
         "Wednesday the bloc was considering easing the diplomatic measures it imposed on Cuba last year after a "
         "crackdown on dissidents.", ("European Union=IGOEUREEC", "Cuba=CUB"),
         ok=("IGO>CUB:03|034",), kind="credit"),
    Lead("n-typhoon-tokage", "Typhoon kills dozens in Japan", "TOKYO (Reuters) - The deadliest typhoon to hit "
         "Japan in more than a decade killed at least 60 people on Wednesday, triggering floods and landslides "
         "across the west of the country.", (), kind="dl"),
    Lead("n-greek-socialists", "Karamanlis wins Greek election", "AP - Conservative leader Costas Karamanlis won "
         "Greece#39;s general election on Sunday, ending more than a decade of Socialist rule, official results "
         "showed.", ("Costas Karamanlis=GRC",), kind="credit"),
    Lead("n-annan-panel", "Panel backs bigger Security Council", "A panel appointed by U.N. Secretary-General Kofi "
         "Annan proposed on Thursday two ways to enlarge the Security Council to 24 members, in a report on "
         "reforming the world body.", ("Kofi Annan=IGOUNO",), ok=("IGO>IGO:03|030|02",), kind="bare"),
    Lead("n-indonesia-vote", "Yudhoyono leads Indonesian count", "JAKARTA (Reuters) - Former general Susilo "
         "Bambang Yudhoyono held a clear lead over President Megawati Sukarnoputri in Indonesia#39;s first direct "
         "presidential election on Monday, early counts showed.",
         ("Susilo Bambang Yudhoyono=IDN", "Megawati Sukarnoputri=IDNGOV"), kind="dl"),
    Lead("n-vote-expected-reject", "Turkish Cypriots expected to back plan", "AFP - Turkish Cypriots are expected "
         "to back a U.N. plan to reunite Cyprus in next week#39;s referendum while Greek Cypriots are likely to "
         "reject it, opinion polls showed on Friday.", ("Turkish Cypriots=CYP", "Greek Cypriots=CYP"),
         kind="credit"),
)
