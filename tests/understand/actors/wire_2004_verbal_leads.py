# declarative table: the leads of the blind set of real 2004 wire stories told in words (01-04, 10-13).
"""The leads of the blind set of real 2004 wire stories told mostly in the verbal roots: appeals and calls (02),
promises, offers and invitations (03), calls, visits, talks and hosting (04), praise, apology and endorsement (05),
demands (10), criticism and accusations (11), rejections and denials (12) and threats (13), with the precision
traps of the period's feed (statements that report no act, forecasts, third parties' guesses, comment declined,
"warned of" with no one warned). Kept apart from their tests for length. Every lead, actor code and gold event was
written by hand, from memory of the period's news, by events_guidelines.md and the CAMEO codebook before the
coder's output on them was seen; no article text is copied. The corpus's noise comes as "Iran#39;s" for an
apostrophe and "#36;" for a dollar sign.

Coding choices the guidelines leave open, made once here (as in `wire_2004_coop_leads.py`): the EU, the U.N. and
its organs and agencies, the IAEA and the African Union are `IGO`; a planned meeting is intent to meet (036), never
a meeting (04); a denial is a rejection (12); a formal protest is 114 (root 11) with 14 as its alternative; "urged"
and "called on" are appeals (02) with demand (10) allowed only where the wording is insistent ("pressed");
"demanded" is 10; an offer or invitation to talks is 03 (036) with the appeal to meet (028) allowed; a vow of
revenge and a "warned X that ... would" are threats (13); "warned of" with no one warned is no event; Hong Kong
is `HKG`; rebels and militias take their country."""

from __future__ import annotations

from tests.understand.actors.lead_sets import Lead

# fmt: off
LEADS: tuple[Lead, ...] = (
    # Europe: Ukraine's crisis, Cyprus, the EU3 and Iran's file, old wounds and new friends
    Lead("v-schroeder-putin-call", "Schroeder phones Putin on Ukraine", "AP - German Chancellor Gerhard "
         "Schroeder telephoned Russian President Vladimir Putin on Saturday to discuss the crisis in Ukraine, a "
         "government spokesman said.", ("Gerhard Schroeder=DEUGOV", "Vladimir Putin=RUSGOV", "Ukraine=UKR"),
         gold=("DEU>RUS:04|040",), ok=("RUS>DEU:04|040",), kind="credit"),
    Lead("v-solana-urges-calm", "Solana urges calm in Ukraine", "EU foreign policy chief Javier Solana urged "
         "Ukraine#39;s rival camps on Tuesday to refrain from violence and settle their dispute over the "
         "presidential runoff through dialogue.", ("Javier Solana=IGOEUREEC",),
         gold=("IGO>UKR:02|020|024|028",), kind="bare"),
    Lead("v-yanukovich-denies", "Yanukovich denies vote fraud", "KIEV (Reuters) - Prime Minister Viktor "
         "Yanukovich on Monday denied opposition charges that his camp had rigged the presidential runoff, and "
         "accused his rivals of trying to seize power in the street.", ("Viktor Yanukovich=UKRGOV",),
         gold=("UKR>UKR:12|120|125", "UKR>UKR:11|112"), kind="dl"),
    Lead("v-yushchenko-poison", "Yushchenko says he was poisoned", "AP - Ukrainian opposition leader Viktor "
         "Yushchenko accused the authorities on Saturday of poisoning him during the election campaign, "
         "saying a mystery illness had disfigured his face.", ("Viktor Yushchenko=UKROPP",),
         gold=("UKR>UKR:11|112",), kind="credit"),
    Lead("v-putin-congratulates", "Putin congratulates Yanukovich", "Russian President Vladimir Putin "
         "congratulated Prime Minister Viktor Yanukovich on Monday on winning Ukraine#39;s presidential runoff, "
         "before the official result had been announced.",
         ("Vladimir Putin=RUSGOV", "Viktor Yanukovich=UKRGOV"), gold=("RUS>UKR:05|051",), kind="bare"),
    Lead("v-kuchma-weeks", "Kuchma sees long crisis", "Outgoing Ukrainian President Leonid Kuchma said on Friday "
         "the political crisis could drag on for weeks unless both camps were ready to compromise.",
         ("Leonid Kuchma=UKRGOV",), kind="bare"),
    Lead("v-eu-warns-ukraine", "EU warns Ukraine over vote review", "BRUSSELS (Reuters) - The European Union "
         "warned Ukraine on Thursday that its relations with the bloc would suffer if the authorities failed to "
         "carry out a fair review of the disputed election.", ("European Union=IGOEUREEC", "Ukraine=UKR"),
         gold=("IGO>UKR:13|130|131",), kind="dl"),
    Lead("v-blair-chirac-entente", "Blair, Chirac mark Entente Cordiale", "AP - British Prime Minister Tony Blair "
         "and French President Jacques Chirac met in London on Monday to mark 100 years of the Entente Cordiale, "
         "but their differences over Iraq remained.", ("Tony Blair=GBRGOV", "Jacques Chirac=FRAGOV"),
         gold=("GBR>FRA:04|040|043", "FRA>GBR:04|040|042"), kind="credit"),
    Lead("v-eu3-offer", "Europeans offer Iran incentives", "VIENNA (Reuters) - Britain, France and Germany have "
         "offered Iran a package of trade and technology incentives if it agrees to give up uranium enrichment "
         "for good, diplomats said on Thursday.", ("Britain=GBR", "France=FRA", "Germany=DEU", "Iran=IRN"),
         gold=("GBR>IRN:03|030|031", "FRA>IRN:03|030|031", "DEU>IRN:03|030|031"), kind="dl"),
    Lead("v-khatami-never", "Khatami: Iran will never give up enrichment", "AFP - President Mohammad Khatami said "
         "on Sunday Iran would never give up its right to enrich uranium, rejecting demands from Britain, France "
         "and Germany.", ("Mohammad Khatami=IRNGOV", "Britain=GBR", "France=FRA", "Germany=DEU"),
         gold=("IRN>GBR:12|120", "IRN>FRA:12|120", "IRN>DEU:12|120"), kind="credit"),
    Lead("v-elbaradei-no-evidence", "ElBaradei sees no proof of Iran bomb", "IAEA chief Mohamed ElBaradei said on "
         "Monday his inspectors had found no evidence that Iran was trying to build nuclear weapons, but that "
         "some questions remained open.", ("Mohamed ElBaradei=IGOUNOIAEA", "Iran=IRN"), kind="bare"),
    Lead("v-bolton-accuses", "U.S. accuses Iran of hiding arms work", "Reuters - U.S. Undersecretary of State "
         "John Bolton accused Iran on Wednesday of running a covert nuclear weapons program and called on the "
         "U.N. Security Council to take up the issue.", ("John Bolton=USAGOV", "Iran=IRN"),
         gold=("USA>IRN:11|112", "USA>IGO:02|020|021"), kind="credit"),
    Lead("v-diplomat-useful", "Iran talks 'difficult but useful'", "A senior European diplomat said on Monday the "
         "negotiations with Iran had been difficult but useful, and that a deal was still possible before the "
         "U.N. nuclear agency#39;s board meets.", ("Iran=IRN",), kind="bare"),
    Lead("v-pope-hostages", "Pope appeals for hostages#39; release", "VATICAN CITY (Reuters) - Pope John Paul "
         "II appealed on Sunday for the release of two Italian aid workers kidnapped in Baghdad, calling on their "
         "captors to show mercy.", ("Pope John Paul II=VAT",),
         gold=("VAT>:02|020|024",), ok=(">ITA:18|181",), kind="dl"),
    Lead("v-annan-cyprus-regret", "Annan praises Turkish Cypriots", "U.N. Secretary-General Kofi Annan praised "
         "Turkish Cypriots on Monday for voting for his reunification plan, and said he regretted its "
         "rejection by the Greek Cypriots.", ("Kofi Annan=IGOUNO", "Turkish Cypriots=CYP", "Greek Cypriots=CYP"),
         gold=("IGO>CYP:05|051",), ok=("IGO>CYP:11|110", "CYP>IGO:12|120"), kind="bare"),
    Lead("v-talat-appeal", "Turkish Cypriots ask EU to end isolation", "AP - Turkish Cypriot Prime Minister "
         "Mehmet Ali Talat appealed to the European Union on Tuesday to lift trade restrictions on the north, "
         "saying his people had voted for peace.", ("Mehmet Ali Talat=CYPGOV", "European Union=IGOEUREEC"),
         gold=("CYP>IGO:02|020|023|024",), kind="credit"),
    Lead("v-schroeder-warsaw", "Schroeder asks Poles for forgiveness", "WARSAW (Reuters) - German Chancellor "
         "Gerhard Schroeder asked Poles for forgiveness on Sunday for Nazi crimes in the 1944 Warsaw Uprising, "
         "the first German leader to attend its anniversary.", ("Gerhard Schroeder=DEUGOV",),
         gold=("DEU>POL:05|055",), ok=("DEU>POL:04|042",), kind="dl"),
    Lead("v-dday-schroeder", "Chirac hails Schroeder at D-Day", "AFP - French President Jacques Chirac hailed "
         "Gerhard Schroeder as a friend on Sunday as he became the first German chancellor to join the D-Day "
         "commemorations in Normandy.", ("Jacques Chirac=FRAGOV", "Gerhard Schroeder=DEUGOV"),
         gold=("FRA>DEU:05|051",), ok=("DEU>FRA:04|042",), kind="credit"),
    Lead("v-zapatero-urges", "Zapatero urges allies to quit Iraq", "Spanish Prime Minister Jose Luis Rodriguez "
         "Zapatero urged other countries with troops in Iraq on Monday to follow Spain#39;s lead and bring their "
         "soldiers home, angering Washington.", ("Jose Luis Rodriguez Zapatero=ESPGOV", "Washington=USA"),
         gold=("ESP>:02|020",), kind="bare"),
    Lead("v-blair-no-apology", "Blair won#39;t apologise for war", "AP - Prime Minister Tony Blair said on "
         "Tuesday he would not apologise for going to war in Iraq, though he accepted that intelligence on "
         "banned weapons had been wrong.", ("Tony Blair=GBRGOV",), ok=("GBR>:12|120",), kind="credit"),
    Lead("v-khodorkovsky-innocent", "Khodorkovsky says he is innocent", "MOSCOW (Reuters) - Jailed oil tycoon "
         "Mikhail Khodorkovsky insisted on Tuesday he was innocent of fraud and tax evasion as his trial "
         "resumed in a Moscow court.", ("Mikhail Khodorkovsky=RUSBUS",), ok=("RUS>RUS:12|120",), kind="dl"),
    Lead("v-putin-ankara-expected", "Putin to visit Turkey", "Russian President Vladimir Putin will visit Ankara "
         "next month, the first such trip by a Kremlin leader in more than three decades, Turkish officials said "
         "on Wednesday.", ("Vladimir Putin=RUSGOV", "Ankara=TUR"), ok=("RUS>TUR:03|036",), kind="bare"),
    Lead("v-bulgaria-nurses", "Bulgaria condemns Libya death sentences", "SOFIA (Reuters) - Bulgaria condemned "
         "on Thursday a Libyan court#39;s death sentences on five Bulgarian nurses accused of infecting children "
         "with HIV, and the United States and the European Union called for their release.",
         ("Bulgaria=BGR", "United States=USA", "European Union=IGOEUREEC"),
         gold=("BGR>LBY:11|111", "USA>LBY:02|020|10|100", "IGO>LBY:02|020|10|100"),
         ok=("LBY>BGR:17|11|111",), kind="dl"),
    Lead("v-athens-opens", "Athens opens Olympics under heavy guard", "ATHENS (Reuters) - Greece opened the "
         "Athens Olympics on Friday with a lavish ceremony watched by tens of thousands under the tightest "
         "security ever seen at the Games.", ("Greece=GRC",), kind="dl"),
    # The Middle East: Gaza's pullout, Iraq's transition, Iran and its neighbours
    Lead("v-bush-endorses-sharon", "Bush backs Sharon Gaza plan", "WASHINGTON (Reuters) - President Bush endorsed "
         "Israeli Prime Minister Ariel Sharon#39;s plan to withdraw from Gaza on Wednesday, and Palestinian "
         "leaders denounced the move as a blow to peace.", ("Bush=USAGOV", "Ariel Sharon=ISRGOV"),
         gold=("USA>ISR:05|051", "PSE>USA:11|111"), ok=("ISR>USA:04|042", "USA>ISR:04|043", "PSE>ISR:11|111"), kind="dl"),
    Lead("v-suleiman-gaza", "Egypt#39;s spy chief presses factions", "AP - Egypt#39;s intelligence chief Omar "
         "Suleiman held talks with Palestinian factions in Gaza on Tuesday, pressing them to agree on a truce "
         "with Israel.", ("Omar Suleiman=EGYGOV",),
         gold=("EGY>PSE:04|040|042|046",), ok=("EGY>PSE:02|020|10|100", "PSE>EGY:04|040|043"), kind="credit"),
    Lead("v-hamas-vows", "Hamas vows revenge for Yassin", "GAZA CITY (Reuters) - Hamas vowed on Monday to avenge "
         "the killing of its founder Sheikh Ahmed Yassin in an Israeli missile strike, saying Israel had "
         "opened the gates of hell.", ("Hamas=PSE", "Sheikh Ahmed Yassin=PSE", "Israel=ISR"),
         gold=("PSE>ISR:13|130|138",), ok=("ISR>PSE:18|19|186|190", "PSE>ISR:11|112"), kind="dl"),
    Lead("v-allawi-appeal", "Allawi offers amnesty to insurgents", "Iraq#39;s interim Prime Minister Iyad Allawi "
         "appealed to insurgents on Sunday to lay down their weapons and join the political process, offering "
         "an amnesty to those without blood on their hands.", ("Iyad Allawi=IRQGOV", "insurgents=IRQREB"),
         gold=("IRQ>IRQ:02|020|0256", "IRQ>IRQ:03|030|035"), kind="bare"),
    Lead("v-sistani-elections", "Sistani renews call for direct vote", "NAJAF, Iraq (Reuters) - Grand Ayatollah "
         "Ali al-Sistani renewed his demand on Thursday for direct elections to choose Iraq#39;s transitional "
         "government, rejecting U.S. plans for regional caucuses.", ("Ali al-Sistani=IRQREL",),
         gold=("IRQ>USA:12|120",), ok=("IRQ>USA:10|100", "IRQ>IRQ:10|100"), kind="dl"),
    Lead("v-bremer-outlaw", "Bremer brands Sadr an outlaw", "AP - U.S. administrator Paul Bremer on Monday "
         "branded radical Shiite cleric Moqtada al-Sadr an outlaw and said the coalition would not tolerate "
         "attacks by his militia.", ("Paul Bremer=USAGOV", "Moqtada al-Sadr=IRQ"),
         gold=("USA>IRQ:11|111",), ok=("USA>IRQ:13|130",), kind="credit"),
    Lead("v-bush-sorry", "Bush says he is sorry for abuse", "President Bush apologized on Thursday for the abuse "
         "of Iraqi prisoners by American soldiers as he met Jordan#39;s King Abdullah at the White House.", ("Bush=USAGOV", "King Abdullah=JORGOV"),
         gold=("USA>IRQ:05|055", "USA>JOR:04|040|043"), ok=("JOR>USA:04|040|042",), kind="bare"),
    Lead("v-saudi-libya-plot", "Saudi recalls envoy over Libyan plot", "AFP - Saudi Arabia recalled its "
         "ambassador from Libya on Wednesday and told Tripoli#39;s envoy to leave, over an alleged Libyan plot "
         "to assassinate Crown Prince Abdullah.", ("Saudi Arabia=SAU", "Libya=LBY", "Crown Prince Abdullah=SAUGOV"),
         gold=("SAU>LBY:16|161", "SAU>LBY:17|174|16"), ok=("SAU>LBY:11|112",), kind="credit"),
    Lead("v-iran-sailors", "Iran to free British sailors", "TEHRAN (Reuters) - Iran said on Monday it would free "
         "eight British servicemen it seized on the Shatt al-Arab waterway, after Foreign Secretary Jack Straw "
         "telephoned his Iranian counterpart Kamal Kharrazi.",
         ("Iran=IRN", "Jack Straw=GBRGOV", "Kamal Kharrazi=IRNGOV"),
         gold=("IRN>GBR:03|035|0353", "GBR>IRN:04|040"), ok=("IRN>GBR:17|173", "IRN>GBR:04|040"), kind="dl"),
    Lead("v-kharrazi-denies", "Iran denies meddling in Iraq", "AP - Iranian Foreign Minister Kamal Kharrazi on "
         "Saturday dismissed accusations by Iraq#39;s interim government that Tehran was sending fighters and "
         "money across the border.", ("Kamal Kharrazi=IRNGOV", "Tehran=IRN"),
         gold=("IRN>IRQ:12|120|125",), ok=("IRQ>IRN:11|112",), kind="credit"),
    Lead("v-shaalan-enemy", "Iraqi minister calls Iran #39;first enemy #39;", "BAGHDAD (Reuters) - Iraq#39;s "
         "interim Defence Minister Hazem Shaalan accused Iran on Thursday of interfering in Iraq#39;s affairs and "
         "called it his country#39;s first enemy.", ("Hazem Shaalan=IRQGOV", "Iran=IRN"),
         gold=("IRQ>IRN:11|112|111",), kind="dl"),
    Lead("v-icj-barrier", "Israel to ignore World Court ruling", "The World Court ruled on Friday that Israel#39;s "
         "West Bank barrier breaks international law and must be torn down, and Israel said it would ignore the "
         "ruling.", ("World Court=IGOUNOJUD", "Israel=ISR"),
         gold=("ISR>IGO:12|120",), ok=("IGO>ISR:11|111|10|100|115",), kind="bare"),
    Lead("v-chirac-arafat", "Chirac hails Arafat#39;s courage", "AP - French President Jacques Chirac paid "
         "tribute on Thursday to Yasser Arafat as a man of courage and conviction who had embodied his "
         "people#39;s struggle.", ("Jacques Chirac=FRAGOV", "Yasser Arafat=PSEGOV"),
         gold=("FRA>PSE:05|051",), kind="credit"),
    Lead("v-hariri-quits", "Lebanon#39;s Hariri resigns", "BEIRUT (Reuters) - Lebanese Prime Minister Rafik "
         "al-Hariri resigned on Wednesday, weeks after parliament extended President Emile Lahoud#39;s term "
         "under pressure from Syria.", ("Rafik al-Hariri=LBNGOV", "Emile Lahoud=LBNGOV", "Syria=SYR"), kind="dl"),
    Lead("v-bush-syria-sanctions", "Bush imposes sanctions on Syria", "AP - President Bush imposed economic "
         "sanctions on Syria on Tuesday, accusing Damascus of supporting terrorism and failing to stop fighters "
         "crossing into Iraq.", ("Bush=USAGOV", "Syria=SYR", "Damascus=SYR"),
         gold=("USA>SYR:16|163", "USA>SYR:11|112"), kind="credit"),
    Lead("v-iran-vote-expected", "Conservatives expected to win Iran vote", "TEHRAN (Reuters) - Iranians vote on "
         "Friday in a parliamentary election that conservatives are widely expected to win, after thousands of "
         "reformist candidates were barred from standing.", (), ok=("IRN>IRN:17|12|120",), kind="dl"),
    Lead("v-iraq-poll", "Poll: most Iraqis want troops out", "Most Iraqis want U.S. troops to leave the country "
         "immediately, according to a poll commissioned by the coalition and released on Tuesday.", (),
         kind="bare"),
    Lead("v-samawah-rally", "Samawah residents rally for Japanese", "AFP - Hundreds of residents of the southern "
         "Iraqi town of Samawah rallied on Sunday in support of the Japanese troops stationed there, urging them "
         "to stay.", ("residents=IRQCVL", "Japanese troops=JPNMIL"),
         gold=("IRQ>JPN:02|020",), ok=("IRQ>JPN:05|051|14|140",), kind="credit"),
    Lead("v-koizumi-samawah", "Koizumi: troops stay in Samawah", "Prime Minister Junichiro Koizumi told "
         "parliament on Monday that Japanese troops would stay in the Iraqi town of Samawah, rejecting "
         "opposition demands to bring them home.", ("Junichiro Koizumi=JPNGOV", "Japanese troops=JPNMIL"),
         gold=("JPN>JPN:12|120",), kind="bare"),
    # Asia: the Koreas, China and Japan, South Asia's talks, the tsunami
    Lead("v-kim-freeze-offer", "North Korea offers nuclear freeze", "AP - North Korea#39;s chief delegate Kim "
         "Gye-gwan told six-party talks in Beijing on Thursday that Pyongyang was willing to freeze its nuclear "
         "programs in return for energy aid and the lifting of sanctions.", ("Kim Gye-gwan=PRKGOV",),
         gold=("PRK>:03|030|035|0356",), kind="credit"),
    Lead("v-roh-bush-call", "Roh, Bush talk by phone", "South Korean President Roh Moo-hyun and U.S. President "
         "George W. Bush agreed in a telephone call on Saturday to keep seeking a peaceful end to the North "
         "Korean nuclear standoff.", ("Roh Moo-hyun=KORGOV", "George W. Bush=USAGOV"),
         gold=("KOR>USA:04|040", "USA>KOR:04|040"), ok=("KOR>USA:03|030", "USA>KOR:03|030"), kind="bare"),
    Lead("v-prk-imbecile", "North Korea calls Bush #39;imbecile #39;", "SEOUL (Reuters) - North Korea called "
         "President Bush a #39;political imbecile #39; and a tyrant on Monday, days after he described leader "
         "Kim Jong-il in the same terms.", ("North Korea=PRK", "Bush=USAGOV", "Kim Jong-il=PRKGOV"),
         gold=("PRK>USA:11|111",), ok=("USA>PRK:11|111",), kind="dl"),
    Lead("v-ryongchon-aid", "Seoul sends aid to blast town", "South Korea sent emergency relief supplies across "
         "the border on Sunday for victims of the train explosion that devastated the North Korean town of "
         "Ryongchon.", ("South Korea=KOR",), gold=("KOR>PRK:07|070|073",), kind="bare"),
    Lead("v-japan-remains-demand", "Japan demands answers on abductee", "TOKYO (Reuters) - Japan demanded on "
         "Wednesday that North Korea explain why remains it had handed over as those of an abducted Japanese "
         "woman belonged to someone else, and threatened to impose sanctions.", ("Japan=JPN", "North Korea=PRK"),
         gold=("JPN>PRK:10|100", "JPN>PRK:13|130|131"), kind="dl"),
    Lead("v-china-warns-taiwan", "China warns Taiwan over referendum", "AFP - China warned Taiwan#39;s leaders on "
         "Wednesday that they would bear full responsibility for the consequences if President Chen Shui-bian "
         "went ahead with a referendum on the island#39;s defences.", ("China=CHN", "Chen Shui-bian=TWNGOV"),
         gold=("CHN>TWN:13|130",), kind="credit"),
    Lead("v-china-yasukuni", "China protests Koizumi shrine visit", "BEIJING (Reuters) - China lodged a protest "
         "with Japan on Thursday after Prime Minister Junichiro Koizumi visited the Yasukuni shrine, which "
         "honours war criminals along with Japan#39;s war dead.",
         ("China=CHN", "Japan=JPN", "Junichiro Koizumi=JPNGOV"), gold=("CHN>JPN:11|114|14",), kind="dl"),
    Lead("v-hu-koizumi", "Hu tells Koizumi to stop shrine visits", "AP - Chinese President Hu Jintao told "
         "Japanese Prime Minister Junichiro Koizumi to stop visiting a shrine to Japan#39;s war dead when they met "
         "on Sunday on the sidelines of the Asia-Pacific summit in Santiago.",
         ("Hu Jintao=CHNGOV", "Junichiro Koizumi=JPNGOV"),
         gold=("CHN>JPN:10|100|02|020", "CHN>JPN:04|040"), ok=("JPN>CHN:04|040",), kind="credit"),
    Lead("v-singh-musharraf-ny", "Singh, Musharraf hold first talks", "NEW YORK (Reuters) - Indian Prime "
         "Minister Manmohan Singh and Pakistani President Pervez Musharraf held their first talks on Friday on "
         "the sidelines of the U.N. General Assembly and agreed to explore options on Kashmir.",
         ("Manmohan Singh=INDGOV", "Pervez Musharraf=PAKGOV"),
         gold=("IND>PAK:04|040", "PAK>IND:04|040"), ok=("IND>PAK:03|030", "PAK>IND:03|030"), kind="dl"),
    Lead("v-musharraf-kashmir-idea", "Musharraf floats Kashmir options", "AFP - President Pervez Musharraf "
         "proposed on Monday that India and Pakistan consider demilitarising parts of Kashmir as a step toward a "
         "settlement. India#39;s foreign ministry rejected the idea.", ("Pervez Musharraf=PAKGOV", "India=IND"),
         gold=("PAK>IND:03|030|02|020", "IND>PAK:12|120"), kind="credit"),
    Lead("v-kumaratunga-invites", "Sri Lanka invites Tigers to talks", "COLOMBO (Reuters) - President Chandrika "
         "Kumaratunga invited Tamil Tiger rebels on Friday to resume peace talks stalled for 18 months, and "
         "said Norway would remain the facilitator.",
         ("Chandrika Kumaratunga=LKAGOV", "Tamil Tiger rebels=LKAREB", "Norway=NOR"),
         gold=("LKA>LKA:03|036|02|028",), kind="dl"),
    Lead("v-prabhakaran-warns", "Tiger chief threatens to resume struggle", "Tamil Tiger leader Velupillai "
         "Prabhakaran warned on Saturday that the rebels would resume their struggle for independence if the "
         "government kept stalling on peace talks.", ("Velupillai Prabhakaran=LKAREB",),
         gold=("LKA>LKA:13|130|138",), kind="bare"),
    Lead("v-tigers-direct-aid", "Tigers want aid sent directly", "AP - Sri Lanka#39;s Tamil Tiger rebels "
         "appealed to foreign donors on Wednesday to send tsunami aid directly to areas they control, accusing "
         "Colombo of holding back relief.", ("Tamil Tiger rebels=LKAREB", "Colombo=LKA"),
         gold=("LKA>:02|020|021|023", "LKA>LKA:11|112"), kind="credit"),
    Lead("v-powell-stingy", "Powell: U.S. not stingy", "Secretary of State Colin Powell on Tuesday rejected a "
         "U.N. official#39;s suggestion that rich nations were being stingy with tsunami aid, calling the United "
         "States the most generous donor in the world.", ("Colin Powell=USAGOV", "United States=USA"),
         gold=("USA>IGO:12|120",), kind="bare"),
    Lead("v-beijing-hk-vote", "Beijing rules out Hong Kong direct vote", "BEIJING (Reuters) - China#39;s "
         "parliament ruled out on Monday direct elections for Hong Kong#39;s next leader in 2007, dashing the "
         "hopes of the territory#39;s democracy campaigners.", ("China=CHN", "Hong Kong=HKG"),
         gold=("CHN>HKG:12|120",), kind="dl"),
    Lead("v-hk-march", "Hong Kong marches for democracy", "AP - Hundreds of thousands of people marched through "
         "Hong Kong on Thursday to demand full democracy, defying Beijing#39;s ruling against early direct "
         "elections.", ("Hong Kong=HKG", "Beijing=CHN"),
         gold=("HKG>:14|141|140",), ok=("HKG>:10|100|104",), kind="credit"),
    Lead("v-annan-suu-kyi", "Annan urges Myanmar to free Suu Kyi", "U.N. Secretary-General Kofi Annan urged "
         "Myanmar#39;s junta on Tuesday to free Aung San Suu Kyi, a day after the military government extended "
         "the Nobel laureate#39;s house arrest by a year.", ("Kofi Annan=IGOUNO", "Aung San Suu Kyi=MMROPP"),
         gold=("IGO>MMR:02|020|024", "MMR>MMR:17|173"), kind="bare"),
    Lead("v-maoists-reject", "Nepal rebels spurn talks offer", "KATHMANDU (Reuters) - Nepal#39;s Maoist rebels "
         "rejected on Tuesday the government#39;s offer of peace talks, saying they would negotiate only with "
         "King Gyanendra.", ("Maoist rebels=NPLREB", "King Gyanendra=NPLGOV"),
         gold=("NPL>NPL:12|120|125",), ok=("NPL>NPL:03|036",), kind="dl"),
    Lead("v-sonia-declines", "Sonia Gandhi turns down top job", "Congress party leader Sonia Gandhi turned down "
         "the post of prime minister on Tuesday, stunning supporters who had begged her to take it.",
         ("Sonia Gandhi=INDOPP",), ok=("IND>IND:12|02",), kind="bare"),
    Lead("v-philippine-storms", "Storms kill hundreds in Philippines", "AFP - Back-to-back storms have killed "
         "more than 400 people in the northern Philippines, with hundreds more missing under mud and debris, "
         "officials said on Saturday.", (), kind="credit"),
    Lead("v-diplomats-soften", "U.S. may soften N.Korea stance", "Diplomats in Seoul said on Friday Washington "
         "might soften its demands on North Korea to coax it back to six-party talks, though U.S. officials "
         "gave no sign of it.", ("Washington=USA", "North Korea=PRK"), kind="bare"),
    Lead("v-thai-bird-flu", "Thailand confirms bird flu cases", "BANGKOK (Reuters) - Thailand confirmed on "
         "Friday that two boys had caught bird flu, admitting for the first time the virus had spread to its "
         "people after weeks of denials.", ("Thailand=THA",), kind="dl"),
    # The Americas and Africa
    Lead("v-chavez-castro-pact", "Chavez, Castro sign pact", "HAVANA (Reuters) - Venezuelan President Hugo "
         "Chavez and Cuban leader Fidel Castro signed a cooperation agreement on Tuesday, pledging to build an "
         "alternative to a U.S.-backed free trade zone.", ("Hugo Chavez=VENGOV", "Fidel Castro=CUBGOV"),
         gold=("VEN>CUB:05|057|06", "CUB>VEN:05|057|06"), kind="dl"),
    Lead("v-latortue-freedom", "Haiti PM hails rebels", "GONAIVES, Haiti (Reuters) - Haiti#39;s interim Prime "
         "Minister Gerard Latortue hailed the rebels who helped drive out Jean-Bertrand Aristide as "
         "#39;freedom fighters #39; at a rally in Gonaives on Saturday.",
         ("Gerard Latortue=HTIGOV", "Jean-Bertrand Aristide=HTI"), gold=("HTI>HTI:05|051",), kind="dl"),
    Lead("v-bush-ottawa", "Bush makes first Canada visit", "AP - President Bush arrived in Ottawa on Tuesday on "
         "his first official visit to Canada, seeking to repair ties strained by Ottawa#39;s refusal to join "
         "the Iraq war.", ("Bush=USAGOV", "Ottawa=CAN", "Canada=CAN"),
         gold=("USA>CAN:04|042",), ok=("CAN>USA:04|043",), kind="credit"),
    Lead("v-mesa-sea", "Bolivia presses Chile for sea outlet", "MONTERREY, Mexico (Reuters) - Bolivian President "
         "Carlos Mesa demanded on Tuesday that Chile give his landlocked country an outlet to the Pacific, "
         "drawing a sharp reply from Chilean President Ricardo Lagos.",
         ("Carlos Mesa=BOLGOV", "Chile=CHL", "Ricardo Lagos=CHLGOV"),
         gold=("BOL>CHL:10|100",), ok=("CHL>BOL:11|12|120",), kind="dl"),
    Lead("v-garang-expects", "Garang sees deal by year-end", "Southern Sudanese rebel leader John Garang said on "
         "Sunday he expected a final peace agreement with Khartoum to be signed before the end of the year.",
         ("John Garang=SDNREB", "Khartoum=SDN"), ok=("SDN>SDN:03|030|036",), kind="bare"),
    Lead("v-darfur-rebels-accuse", "Darfur rebels accuse Khartoum", "ABUJA, Nigeria (Reuters) - Darfur rebels "
         "accused Sudan#39;s government on Thursday of breaking a ceasefire by bombing villages, as talks "
         "mediated by the African Union entered their second week.",
         ("Darfur rebels=SDNREB", "African Union=IGOAFRAU"),
         gold=("SDN>SDN:11|112",), ok=("IGO>SDN:04|046|040", "SDN>SDN:04|040", "SDN>SDN:19|195"), kind="dl"),
    Lead("v-gbagbo-france", "Gbagbo accuses France", "AFP - Ivory Coast President Laurent Gbagbo accused France "
         "on Tuesday of trying to topple him, as thousands of his supporters demonstrated outside the French "
         "army base in Abidjan.", ("Laurent Gbagbo=CIVGOV", "France=FRA"),
         gold=("CIV>FRA:11|112", "CIV>FRA:14|141|140"), kind="credit"),
    Lead("v-wfp-warns", "WFP warns of Darfur hunger", "The World Food Programme warned on Tuesday that millions "
         "of people in Darfur could face hunger next year if fighting kept farmers off their land.",
         ("World Food Programme=IGOUNOWFP",), ok=("IGO>:01|010",), kind="bare"),
    Lead("v-whitehouse-no-comment", "White House mum on Libya report", "AP - The White House declined to comment "
         "on Tuesday on a newspaper report that Libya had offered to pay more to the families of the Lockerbie "
         "victims.", ("White House=USAGOV", "Libya=LBY"), kind="credit"),
    Lead("v-blair-congratulates", "Blair congratulates Bush", "British Prime Minister Tony Blair congratulated "
         "President Bush on his re-election on Wednesday, while French President Jacques Chirac sent a letter "
         "wishing him a successful second term.", ("Tony Blair=GBRGOV", "Bush=USAGOV", "Jacques Chirac=FRAGOV"),
         gold=("GBR>USA:05|051",), ok=("FRA>USA:05|051|01|04",), kind="bare"),
    # More of the period's words: visits and talks, denials and warnings, and leads with no event
    Lead("v-erdogan-state-terror", "Erdogan accuses Israel of state terror", "ANKARA (Reuters) - Turkish Prime "
         "Minister Tayyip Erdogan accused Israel on Thursday of carrying out state terrorism in the Gaza Strip, "
         "the sharpest words from Turkey in years.", ("Tayyip Erdogan=TURGOV", "Israel=ISR"),
         gold=("TUR>ISR:11|112|111",), kind="dl"),
    Lead("v-jordan-train-police", "Jordan offers to train Iraqi police", "AP - Jordan offered on Monday to train "
         "thousands of Iraqi police officers at a base near Amman, saying a stable Iraq was vital to the "
         "region.", ("Jordan=JOR",), gold=("JOR>IRQ:03|030|032",), kind="credit"),
    Lead("v-burns-gadhafi", "U.S. envoy meets Gadhafi", "TRIPOLI (Reuters) - Assistant Secretary of State "
         "William Burns met Libyan leader Moammar Gadhafi in Tripoli on Tuesday, the most senior American "
         "official to visit the country in decades.", ("William Burns=USAGOV", "Moammar Gadhafi=LBYGOV"),
         gold=("USA>LBY:04|042|040",), ok=("LBY>USA:04|043|040",), kind="dl"),
    Lead("v-prk-denies-uranium", "North Korea denies uranium program", "AFP - North Korea again denied on "
         "Saturday having a secret uranium enrichment program, calling the U.S. charge a fabrication meant to "
         "isolate it.", ("North Korea=PRK",), gold=("PRK>USA:12|120",), ok=("PRK>USA:11|111",), kind="credit"),
    Lead("v-seoul-admits", "Seoul admits uranium experiment", "South Korea admitted on Thursday that its "
         "scientists had enriched a tiny amount of uranium four years ago, but insisted it had no plan to build "
         "nuclear weapons.", ("South Korea=KOR",), ok=("KOR>:12|120",), kind="bare"),
    Lead("v-kim-beijing", "Kim Jong-il in secret China visit", "BEIJING (Reuters) - North Korean leader Kim "
         "Jong-il held talks with Chinese President Hu Jintao in Beijing on Tuesday during a visit shrouded in "
         "secrecy.", ("Kim Jong-il=PRKGOV", "Hu Jintao=CHNGOV"),
         gold=("PRK>CHN:04|042|040", "CHN>PRK:04|043|040"), kind="dl"),
    Lead("v-karzai-warlords", "Karzai warns warlords", "AP - President Hamid Karzai warned Afghanistan#39;s "
         "regional strongmen on Saturday that his government would use force against any militia that defied "
         "it.", ("Hamid Karzai=AFGGOV",), gold=("AFG>AFG:13|130|138",), kind="credit"),
    Lead("v-musharraf-uniform", "Musharraf to stay army chief", "President Pervez Musharraf said on Thursday he "
         "would keep his post as army chief beyond the end of the year, arguing that the country needed "
         "continuity.", ("Pervez Musharraf=PAKGOV",), kind="bare"),
    Lead("v-meles-border", "Ethiopia accepts border ruling in principle", "ADDIS ABABA (Reuters) - Prime "
         "Minister Meles Zenawi said on Thursday Ethiopia accepted in principle an independent commission#39;s "
         "ruling on its border with Eritrea, and proposed talks on carrying it out.",
         ("Meles Zenawi=ETHGOV", "Ethiopia=ETH", "Eritrea=ERI"),
         gold=("ETH>ERI:03|036|030",), ok=("ETH>ERI:08|080|081", "ETH>IGO:08|080"), kind="dl"),
    Lead("v-unsc-endorses", "U.N. endorses Iraq handover", "The U.N. Security Council voted unanimously on "
         "Tuesday to endorse the handover of sovereignty to Iraq#39;s interim government at the end of the "
         "month.", ("Security Council=IGOUNO",), gold=("IGO>IRQ:05|051",), kind="bare"),
    Lead("v-erdogan-confident", "Erdogan confident of EU date", "AP - Prime Minister Tayyip Erdogan said on "
         "Friday he was confident European Union leaders would give Turkey a date for membership talks in "
         "December.", ("Tayyip Erdogan=TURGOV", "European Union=IGOEUREEC", "Turkey=TUR"), kind="credit"),
    Lead("v-sumatra-quake", "Huge quake strikes off Sumatra", "A massive earthquake struck off the Indonesian "
         "island of Sumatra on Sunday, sending walls of water crashing into coastlines from Thailand to Sri "
         "Lanka.", (), kind="bare"),
    Lead("v-iraq-vote-slip", "Iraq vote could slip, officials say", "AFP - Senior Iraqi officials said on Sunday "
         "the January election could be put off by a few weeks if violence in Sunni areas did not ease.", (),
         kind="credit"),
    Lead("v-china-growth", "China#39;s economy grows 9.5 pct", "BEIJING (Reuters) - China#39;s economy grew "
         "9.5 percent in the third quarter, official data showed on Friday, as efforts to cool investment began "
         "to bite.", ("China=CHN",), kind="dl"),
    Lead("v-downer-pyongyang", "Downer urges N.Korea back to talks", "PYONGYANG (Reuters) - Australian Foreign "
         "Minister Alexander Downer urged North Korea on Monday to return to six-party talks, on a rare visit by "
         "a Western minister to the isolated state.", ("Alexander Downer=AUSGOV", "North Korea=PRK"),
         gold=("AUS>PRK:02|020|028", "AUS>PRK:04|042"), ok=("PRK>AUS:04|043",), kind="dl"),
    Lead("v-straw-guantanamo", "Straw asks U.S. to free Britons", "Foreign Secretary Jack Straw urged Washington "
         "on Tuesday to release the remaining British detainees at Guantanamo Bay or put them on trial.",
         ("Jack Straw=GBRGOV", "Washington=USA"), gold=("GBR>USA:02|020|024",), kind="bare"),
    Lead("v-roh-koizumi-resort", "Roh, Koizumi meet at resort", "AP - South Korean President Roh Moo-hyun and "
         "Japanese Prime Minister Junichiro Koizumi met at a hot-spring resort on Friday and agreed to press "
         "North Korea to return to nuclear talks.", ("Roh Moo-hyun=KORGOV", "Junichiro Koizumi=JPNGOV"),
         gold=("KOR>JPN:04|040", "JPN>KOR:04|040"), ok=("KOR>JPN:03|030", "JPN>KOR:03|030"), kind="credit"),
)
