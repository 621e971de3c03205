"""A blind set of wire leads whose main event is a protest (CAMEO 14) or a show of force (CAMEO 15).

Protest: demonstrations and rallies (141), hunger strikes (142), strikes and boycotts (143),
blockades and sit-ins (144) and riots (145), by students, workers, opposition supporters, settlers
and refugees, against their own government, a foreign country's embassy or a company. Posture:
forces put on alert (151 police, 152 military), police and troops mobilised or deployed (153,
154: "sent troops to the border", "massed tanks"), exercises, test firings and naval shows of force
(150). Each is told in the shapes wire copy uses: a main verb, a headline noun ("Strike cripples
..."), a noun with its actors ("a rally by opposition supporters"), the passive ("troops were
deployed"), a reported clause ("police said thousands marched") and a participle adjunct
(", demanding the release of ...").

Counter-cases must stay silent or keep another code: figurative and sporting uses ("stocks
rallied", "a strike by the striker", "volunteers were mobilised to clean"), protests threatened
(133) or only planned or scheduled, a strike called off (082), a government's formal protest to
another (114), a military strike (19), a routine rotation told as background, and an "alert" for
weather or disease.

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was
seen. The protested-against actor is the target only where the lead names it ("against the
government", "outside the British embassy"); otherwise the gold target is left open, as the
codebook's usage notes leave it. Deploying peacekeepers to restore order is coded 074 with the
posture codes as alternatives. All sentences were written for this test; people and incidents
are generic or fictional, set in 2003-2006.

`python -m pytest tests/understand/events/test_wire_posture.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, claims, params, score

pytestmark = pytest.mark.model

# declarative table: the blind set of protest and posture leads.
# fmt: off
CASES: tuple[Case, ...] = (
    # 141 demonstrations and rallies: main verb
    Case("p141-students-outside-embassy", "JAKARTA (Reuters) - Hundreds of Indonesian students rallied outside "
         "the Australian embassy in Jakarta on Tuesday, demanding an apology for remarks by Australia's "
         "foreign minister.", gold=("IDNEDU>AUS:141|140|14",),
         ok=("IDNEDU>AUS:10|100", "IDNEDU>AUSGOV:10|100", "IDNEDU>:141|14"), kind="verb"),
    Case("p141-opposition-marched-to-demand", "DHAKA (Reuters) - Tens of thousands of Bangladeshi opposition "
         "supporters marched through the capital on Sunday to demand the resignation of the prime minister.",
         gold=("BGDOPP>:141|1411|140|14",), ok=("BGDOPP>BGDGOV:10|100|104|1041",), kind="verb"),
    Case("p141-protested-against-government", "KIEV (Reuters) - Thousands of Ukrainian opposition supporters "
         "protested in central Kiev on Saturday against the government's handling of the presidential "
         "election.", gold=("UKROPP>UKRGOV:141|140|14",), ok=("UKROPP>:141|140|14",), kind="verb"),
    Case("p141-gathered-outside-embassy-chanting", "TEHRAN (Reuters) - Hundreds of Iranian students gathered "
         "outside the British embassy in Tehran on Monday, chanting slogans against London's policy on "
         "Iran's nuclear programme.", gold=("IRNEDU>GBR:141|140|14",), ok=("IRNEDU>GBR:11|111",),
         kind="verb"),
    Case("p141-workers-rallied-demanding", "MANILA (Reuters) - Thousands of Filipino workers rallied in Manila "
         "on Sunday, demanding a pay rise from President Gloria Arroyo's government.",
         gold=("PHLLAB>:141|140|14",), ok=("PHLLAB>PHLGOV:10|100|141|14",), kind="adjunct"),
    Case("p141-israelis-rallied-urging", "JERUSALEM (Reuters) - Tens of thousands of Israelis opposed to the "
         "Gaza withdrawal rallied in Tel Aviv on Sunday, urging Prime Minister Ariel Sharon to put the plan "
         "to a referendum.", gold=("ISRCVL>:141|140|14", "ISRCVL>ISRGOV:02|020|10|100"), kind="adjunct"),
    Case("p141-refugees-protested-outside-un", "ISLAMABAD (Reuters) - Hundreds of Afghan refugees protested "
         "outside the office of the U.N. refugee agency in Islamabad on Monday against plans to close their "
         "camps.", gold=("AFGREF>IGOUNO:141|140|14",), ok=("AFGREF>:141|140|14",
                                                          "AFGREF>PAK:141|140|14"), kind="verb"),
    Case("p141-students-marched-against-fees", "LONDON (Reuters) - Thousands of British students marched "
         "through central London on Wednesday against government plans to raise university tuition fees.",
         title="Students protest fee rise in London", gold=("GBREDU>GBRGOV:141|140|14",),
         ok=("GBREDU>:141|140|14",), kind="headline"),
    Case("p141-demonstrated-for-independence", "ARBIL, Iraq (Reuters) - Thousands of Iraqi Kurds "
         "demonstrated in the northern city of Arbil on Saturday, calling for a referendum on independence "
         "from Iraq.", gold=("IRQCVL>:141|1414|140|14",),
         ok=("IRQCVL>IRQ:141|1414|140|14|02|020|10|100",), kind="adjunct"),
    # 141: reported clause, passive, nouns with their actors
    Case("p141-police-said-marched", "ISTANBUL (Reuters) - Police said about 20,000 people marched through "
         "central Istanbul on Sunday to protest against the U.S.-led war in Iraq.",
         gold=("TURCVL>:141|140|14",), ok=("TURCVL>USA:141|140|14",), kind="reported"),
    Case("p141-organisers-said-rallied", "MEXICO CITY (Reuters) - More than a million supporters of Mexico's "
         "leftist presidential candidate rallied in the capital's main square on Sunday to protest against "
         "the election result, organisers said.", gold=("MEXOPP>:141|140|14",),
         ok=("MEXCVL>:141|140|14",), kind="reported"),
    Case("p141-rally-by-noun", "ROME (Reuters) - A rally by Italian opposition supporters outside parliament "
         "drew some 50,000 people on Saturday, organisers said.", gold=("ITAOPP>:141|140|14",),
         kind="noun"),
    Case("p141-demonstration-by-noun-turned-violent", "SEOUL (Reuters) - A demonstration by thousands of "
         "South Korean farmers against a rice import deal turned violent on Friday when protesters attacked "
         "riot police with bamboo poles.", gold=("KORCVL>KORCOP:145|14|18|180",),
         ok=("KORCVL>:141|145|140|14",), kind="noun"),
    Case("p141-rallies-were-held-by", "KARACHI (Reuters) - Rallies were held by Pakistani Islamist parties in "
         "several cities on Friday to denounce cartoons of the Prophet Mohammad printed in European "
         "newspapers.", gold=("PAK>:141|140|14",), ok=("PAK>:11|111",), kind="passive"),
    Case("p141-protests-noun-headline", "CARACAS (Reuters) - Thousands of Venezuelans took to the streets of "
         "Caracas on Saturday to demand a recall vote on President Hugo Chavez.",
         title="Protests sweep Caracas", gold=("VENCVL>:141|1411|140|14",),
         ok=("VENCVL>VENGOV:10|100|104|1041|141|14",), kind="headline"),
    # 142 hunger strikes
    Case("p142-refugees-began-hunger-strike", "CANBERRA (Reuters) - Dozens of Afghan asylum seekers held at "
         "an Australian detention centre began a hunger strike on Monday to protest against their "
         "detention by the Australian government.", gold=("AFGREF>AUSGOV:142|1423|140|14",),
         ok=("AFGREF>:142|140|14",), kind="verb"),
    Case("p142-prisoners-on-hunger-strike", "RAMALLAH, West Bank (Reuters) - Hundreds of Palestinian "
         "prisoners in Israeli jails went on hunger strike on Sunday, demanding better conditions and "
         "family visits.", gold=("PSE>:142|1423|140|14",), ok=("PSE>ISR:10|100|142|14",),
         kind="adjunct"),
    Case("p142-has-been-on-hunger-strike-said", "MINSK (Reuters) - A jailed Belarusian opposition leader has "
         "been on hunger strike for two weeks in protest at his arrest, his wife said on Friday.",
         gold=("BLROPP>:142|140|14",), ok=("BLR>BLROPP:17|173",), kind="reported"),
    Case("p142-hunger-strike-noun", "ANKARA (Reuters) - A hunger strike by leftist prisoners in Turkish jails "
         "entered its third month on Monday, a human rights group said.", gold=("TUR>:142|140|14",),
         ok=("TURCVL>:142|140|14",), kind="noun"),
    # 143 strikes and boycotts
    Case("p143-workers-went-on-strike", "SEOUL (Reuters) - Workers at South Korea's largest carmaker went on "
         "strike on Wednesday to demand higher wages, halting production at all its plants.",
         gold=("KORLAB>:143|140|14",), ok=("KORLAB>KORBUS:143|14|10|100",), kind="verb"),
    Case("p143-general-strike-shut", "KATHMANDU (Reuters) - A general strike called by Nepal's main opposition "
         "parties shut shops, schools and offices across the kingdom on Tuesday.",
         gold=("NPLOPP>:143|140|14",), kind="noun"),
    Case("p143-strike-cripples-headline", "LAGOS (Reuters) - A strike by Nigerian oil workers halted crude "
         "exports from the country's main terminals on Monday, union officials said.",
         title="Strike cripples Nigerian oil exports", gold=("NGALAB>:143|140|14",), kind="headline"),
    Case("p143-walked-off-the-job", "ATHENS (Reuters) - Greek teachers walked off the job on Thursday in a "
         "nationwide strike over pay, closing thousands of state schools.", gold=("GRCLAB>:143|140|14",),
         kind="verb"),
    Case("p143-strike-by-disrupted", "PARIS (Reuters) - A 24-hour strike by French rail workers against "
         "pension reform disrupted train services across the country on Tuesday.",
         gold=("FRALAB>:143|140|14",), ok=("FRALAB>FRAGOV:143|140|14",), kind="noun"),
    Case("p143-supermarkets-boycotting", "KUWAIT (Reuters) - Kuwaiti supermarkets began boycotting Danish "
         "dairy products on Monday in protest at cartoons of the Prophet Mohammad printed in a Danish "
         "newspaper.", gold=("KWTBUS>DNK:143|140|14",), ok=("KWTBUS>:143|140|14",), kind="verb"),
    Case("p143-opposition-boycotted-session", "ADDIS ABABA (Reuters) - Ethiopia's main opposition parties "
         "boycotted the opening session of parliament on Monday, saying the May election had been "
         "rigged.", gold=("ETHOPP>ETHLEG:143|1431|140|14",),
         ok=("ETHOPP>ETH:11|112|143|14", "ETHOPP>:143|14"), kind="adjunct"),
    Case("p143-dockers-strike-reported", "ROTTERDAM (Reuters) - Dutch dockers stopped work at the port of "
         "Rotterdam on Monday in a strike against European Union plans to open port services to "
         "competition, their union said.", gold=("NLDLAB>IGOEUREEC:143|140|14",),
         ok=("NLDLAB>:143|140|14",), kind="reported"),
    # 144 blockades and sit-ins
    Case("p144-farmers-blocked-highways", "LA PAZ (Reuters) - Bolivian farmers blocked the main highways "
         "around La Paz on Monday to protest against plans to export natural gas through Chile.",
         gold=("BOLCVL>:144|140|14",), ok=("BOLCVL>BOLGOV:144|140|14",), kind="verb"),
    Case("p144-sit-in-at-ministry", "BUENOS AIRES (Reuters) - Hundreds of unemployed Argentine workers staged "
         "a sit-in at the Economy Ministry on Thursday, demanding jobs and food subsidies.",
         gold=("ARGLAB>ARGGOV:144|141|140|14",), ok=("ARGLAB>ARGGOV:10|100", "ARGLAB>:144|141|14"),
         kind="adjunct"),
    Case("p144-settlers-blocked-roads", "JERUSALEM (Reuters) - Israeli settlers opposed to the Gaza pullout "
         "blocked main roads across the country on Tuesday, tying up traffic for hours.",
         gold=("ISRCVL>:144|140|14",), kind="verb"),
    Case("p144-truckers-blockaded-crossings", "WARSAW (Reuters) - Polish truck drivers blockaded border "
         "crossings with Germany on Monday to protest against long delays at customs checks.",
         gold=("POLLAB>:144|140|14",), kind="verb"),
    Case("p144-fishermen-blocked-port", "CALAIS, France (Reuters) - French fishermen blocked the port of "
         "Calais with their boats on Wednesday, stopping ferries to Britain in a protest over fuel prices.",
         gold=("FRACVL>:144|140|14",), ok=("FRALAB>:144|140|14",), kind="verb"),
    Case("p144-villagers-blockade-noun", "MANILA (Reuters) - A blockade by villagers of a road leading to a "
         "gold mine in the southern Philippines entered its second week on Friday.",
         gold=("PHLCVL>:144|140|14",), kind="noun"),
    # 145 riots and violent protests
    Case("p145-supporters-rioted", "PORT-AU-PRINCE (Reuters) - Supporters of ousted Haitian President "
         "Jean-Bertrand Aristide rioted in the capital on Thursday, burning cars and throwing stones at "
         "U.N. peacekeepers.", gold=("HTI>:145|140|14",), ok=("HTI>IGOUNO:145|14|18|180",), kind="verb"),
    Case("p145-hurled-stones-at-police", "TBILISI (Reuters) - Hundreds of Georgian protesters hurled stones at "
         "police outside parliament on Friday, demanding the president's resignation, witnesses said.",
         gold=("GEOCVL>GEOCOP:145|140|14",),
         ok=("GEOCVL>GEOGOV:10|100|104|1041|141|14", "GEOCVL>:145|141|14"), kind="adjunct"),
    Case("p145-refugees-rioted-setting-fire", "NAIROBI (Reuters) - Somali refugees rioted at a camp in "
         "northern Kenya on Tuesday, setting fire to U.N. offices in protest at cuts in food rations.",
         gold=("SOMREF>:145|140|14",), ok=("SOMREF>IGOUNO:145|14|18", "SOMREF>KEN:145|14"), kind="verb"),
    Case("p145-protesters-torched-embassy", "DAMASCUS (Reuters) - Syrian protesters set fire to the Danish "
         "and Norwegian embassies in Damascus on Saturday in anger over cartoons of the Prophet Mohammad.",
         gold=("SYRCVL>DNK:145|140|14", "SYRCVL>NOR:145|140|14"), kind="verb"),
    Case("p145-riots-noun", "PARIS (Reuters) - Riots by youths in the poor suburbs north of Paris spread to "
         "a dozen towns on Wednesday, with hundreds of cars set on fire overnight, police said.",
         gold=("FRACVL>:145|140|14",), kind="noun"),
    # protest counter-cases
    Case("c-stocks-rallied", "TOKYO (Reuters) - Japanese stocks rallied on Tuesday as exporters gained on a "
         "weaker yen.", kind="counter"),
    Case("c-strike-by-striker", "MADRID (Reuters) - A late strike by Real Madrid's Brazilian striker gave the "
         "Spanish champions a 2-1 win over Valencia on Sunday.", kind="counter"),
    Case("c-rally-motorsport", "ISTANBUL (Reuters) - Finland's Marcus Gronholm won the Rally of Turkey on "
         "Sunday to move level with Sebastien Loeb at the top of the world championship.", kind="counter"),
    Case("c-volunteers-mobilised-to-clean", "LA CORUNA, Spain (Reuters) - Thousands of volunteers were "
         "mobilised on Tuesday to clean oil from beaches after a tanker sank off the Spanish coast.",
         kind="counter"),
    Case("c-threatened-to-strike", "JOHANNESBURG (Reuters) - South Africa's biggest mining union threatened on "
         "Monday to strike next week unless gold producers raised wages.",
         gold=("ZAFLAB>:133|130|13|138",), kind="counter"),
    Case("c-plan-to-strike", "ROME (Reuters) - Italian air traffic controllers plan to strike for four hours "
         "on Friday over pay, their union said on Tuesday.", kind="counter"),
    # `ok` added after the run: the project's rule that an announced future conflict act is a threat
    # (modality.derive; "said they would blockade Paris") makes the threat of protest (133) defensible,
    # and the brief's counter-cases allow "another code". The gold (no protest) is unchanged.
    Case("c-will-hold-rally", "KIEV (Reuters) - Ukraine's opposition will hold a mass rally in Kiev on "
         "Saturday to protest against the election results, its leaders said on Thursday.",
         ok=("UKROPP>:133|13|130",), kind="counter"),
    Case("c-called-off-strike", "LAGOS (Reuters) - Nigerian unions called off a planned general strike on "
         "Tuesday after the government agreed to cut fuel prices.", gold=("NGALAB>:082|08",),
         ok=("NGALAB>NGAGOV:082|08", "NGAGOV>NGALAB:08|081|083|0831|03"), kind="counter"),
    Case("c-protested-to-government", "BEIJING (Reuters) - China protested to Japan on Monday over a visit by "
         "the Japanese prime minister to a war shrine, the foreign ministry said.",
         gold=("CHN>JPN:114|11|111",), ok=("JPNGOV>JPN:042|04",), kind="counter"),
    Case("c-air-strike", "FALLUJA, Iraq (Reuters) - A U.S. air strike on a house in the Iraqi city of Falluja "
         "killed 12 people on Saturday, witnesses said.", gold=("USAMIL>IRQ:195|190|19|18|180",),
         ok=("USA>IRQ:195|190|19|18|180",), kind="counter"),
    # 154 troops mobilised or deployed
    Case("m154-sent-troops-to-border", "CARACAS (Reuters) - Venezuela sent thousands of troops to its border "
         "with Colombia on Tuesday, escalating a row over the capture of a Colombian rebel leader in "
         "Caracas.", gold=("VEN>COL:154|150|15",), ok=("VENMIL>COL:154|150|15", "VEN>:154|150|15"),
         kind="verb"),
    Case("m154-massed-tanks-reported", "TBILISI (Reuters) - Georgia has massed tanks and artillery near the "
         "breakaway region of South Ossetia, a Russian defence ministry official said on Friday.",
         gold=("GEO>:154|150|15",), kind="reported"),
    Case("m154-moved-paratroopers-headline", "MOSCOW (Reuters) - Russia has moved more than 1,000 "
         "paratroopers to its border with Georgia, the defence ministry said on Wednesday, as tension rose "
         "over Tbilisi's arrest of four Russian officers.", title="Russia masses troops near Georgia",
         gold=("RUS>GEO:154|150|15",), ok=("GEO>RUSMIL:17|173", "RUSMIL>GEO:154|150|15"), kind="headline"),
    Case("m154-said-had-moved-troops", "ASMARA (Reuters) - Eritrean officials said on Monday that Ethiopia had "
         "moved troops and heavy weapons to their disputed border, raising fears of a new war.",
         gold=("ETH>ERI:154|150|15",), ok=("ETH>:154|150|15", "ERIGOV>ETH:11|112"), kind="reported"),
    Case("m154-troops-were-deployed-border", "ISLAMABAD (Reuters) - Thousands of Pakistani troops were "
         "deployed along the Afghan border on Monday to hunt for al Qaeda militants, the army said.",
         gold=("PAKMIL>:154|150|15",), kind="passive"),
    Case("m154-called-up-reservists", "JERUSALEM (Reuters) - Israel called up thousands of reservists on "
         "Tuesday ahead of an expanded offensive in the Gaza Strip, army officials said.",
         gold=("ISR>:154|150|15",), kind="verb"),
    Case("m154-tanks-massed-preparing", "GAZA (Reuters) - Israeli tanks massed on the edge of the northern "
         "Gaza Strip on Sunday, preparing for a push into the town of Beit Hanoun, witnesses said.",
         gold=("ISRMIL>:154|150|15",), ok=("ISRMIL>PSE:154|150|15",), kind="adjunct"),
    Case("m074-peacekeepers-deployed", "DILI (Reuters) - Hundreds of Australian troops were deployed to East "
         "Timor's capital on Friday to restore order after a week of gang violence.",
         gold=("AUSMIL>TLS:074|07|154|150|15",), kind="passive"),
    Case("m154-deployment-noun", "SEOUL (Reuters) - The deployment of 3,000 South Korean troops to northern "
         "Iraq was completed on Monday, the defence ministry said.", gold=("KORMIL>IRQ:154|150|15|074|07",),
         kind="noun"),
    # 151 and 152 alerts; 153 police mobilised
    Case("m152-troops-put-on-alert-passive", "NEW DELHI (Reuters) - Indian troops along the Line of Control in "
         "Kashmir were put on high alert on Tuesday after a bomb attack on an army camp near Jammu.",
         gold=("INDMIL>:152|150|15",), ok=(">INDMIL:18|183|180",), kind="passive"),
    Case("m152-placed-on-alert-as", "TAIPEI (Reuters) - Taiwan placed its armed forces on alert on Tuesday as "
         "Chinese warships began exercises near the island.", gold=("TWNMIL>:152|150|15", "CHNMIL>:150|15"),
         ok=("TWN>:152|150|15", "CHNMIL>TWN:150|15", "TWNMIL>CHN:152|150|15"), kind="verb"),
    Case("m151-police-put-on-alert", "ATHENS (Reuters) - Greek police were put on maximum alert on Tuesday "
         "ahead of a visit by the U.S. secretary of state.", gold=("GRCCOP>:151|150|15",),
         ok=("USAGOV>GRC:036|03|04|042",), kind="passive"),
    Case("m151-raised-terror-alert", "WASHINGTON (Reuters) - The United States raised its terror alert level "
         "on Sunday, citing intelligence that al Qaeda might strike financial institutions in New York.",
         gold=("USA>:151|152|150|15",), kind="verb"),
    Case("m153-police-stepped-up-patrols", "LONDON (Reuters) - British police stepped up patrols across the "
         "capital on Friday a day after bomb attacks on the city's transport network.",
         gold=("GBRCOP>:153|151|150|15",), ok=(">GBR:18|183|180",), kind="verb"),
    Case("m153-deployed-police-before-vote", "ABUJA (Reuters) - Nigeria deployed 200,000 police officers "
         "across the country on Friday ahead of Saturday's presidential election, police said.",
         gold=("NGA>:153|150|15",), ok=("NGACOP>:153|150|15",), kind="verb"),
    Case("m153-riot-police-to-prevent-march", "HARARE (Reuters) - Zimbabwe deployed riot police across Harare "
         "on Wednesday to prevent an opposition march against President Robert Mugabe, witnesses said.",
         gold=("ZWE>ZWEOPP:153|150|15",), ok=("ZWE>ZWEOPP:17|172|175", "ZWE>:153|150|15"), kind="adjunct"),
    Case("m153-sent-extra-police", "PARIS (Reuters) - France sent 1,500 extra police officers into the suburbs "
         "north of Paris on Sunday after a third night of rioting by youths.", gold=("FRA>:153|150|15",),
         ok=("FRACVL>:145|14",), kind="verb"),
    # 150 exercises, test firings and naval shows of force
    Case("m150-navy-staged-exercises", "TAIPEI (Reuters) - China's navy staged exercises off its southeast "
         "coast on Wednesday in a show of force aimed at Taiwan's pro-independence president.",
         gold=("CHNMIL>TWNGOV:150|15",), ok=("CHNMIL>:150|15",), kind="verb"),
    Case("m150-test-fired-during-war-games", "TEHRAN (Reuters) - Iran's navy test-fired a new missile during "
         "war games in the Gulf on Sunday, in a show of strength aimed at the United States.",
         gold=("IRNMIL>USA:150|15",), ok=("IRNMIL>:150|15",), kind="verb"),
    Case("m150-guerrillas-paraded", "BEIRUT (Reuters) - Hezbollah guerrillas paraded thousands of armed "
         "fighters through Beirut's southern suburbs on Friday in a show of strength.",
         gold=("LBNREB>:150|15",), ok=("LBN>:150|15",), kind="verb"),
    Case("m150-missile-test-reported", "SEOUL (Reuters) - North Korea test-fired a short-range missile into "
         "the sea off its east coast on Friday, South Korean officials said.", gold=("PRK>:150|15",),
         kind="reported"),
    Case("m154-sent-carrier", "TAIPEI (Reuters) - The United States sent an aircraft carrier group to waters "
         "off Taiwan on Monday as China held military exercises across the strait.",
         gold=("USA>:154|150|15", "CHN>:150|15"), ok=("USAMIL>CHN:154|150|15", "CHN>TWN:150|15"),
         kind="verb"),
    # posture counter-cases
    Case("c-alert-typhoon", "MANILA (Reuters) - The Philippines put its northern provinces on alert on "
         "Monday as a powerful typhoon approached from the Pacific.", kind="counter"),
    Case("c-alert-bird-flu", "HANOI (Reuters) - Vietnam placed hospitals on high alert on Thursday after a new "
         "outbreak of bird flu in the south of the country.", kind="counter"),
    Case("c-rotation-background", "BAGHDAD (Reuters) - A roadside bomb killed a U.S. soldier north of Baghdad "
         "on Monday, the military said. His brigade had arrived in Iraq last month in a routine rotation.",
         gold=(">USAMIL:183|180|18",), ok=("IRQREB>USAMIL:183|180|18", "IRQ>USAMIL:183|180|18"),
         kind="counter"),
    Case("c-threatened-to-send-troops", "ANKARA (Reuters) - Turkey threatened on Monday to send troops into "
         "northern Iraq to hunt Kurdish rebels if Baghdad failed to act against them.",
         gold=("TUR>IRQ:138|13|130|1384",), kind="counter"),
    Case("c-cricketers-rallied", "SYDNEY (Reuters) - Australia rallied from a poor start to beat Pakistan by "
         "five wickets in the second one-day international on Sunday.", kind="counter"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "p141-israelis-rallied-urging": "the parser makes 'opposed' the main verb and 'rallied' a modifier of "
    "'withdrawal', so the rally is lost",
    "p142-refugees-began-hunger-strike": "the protested party sits in the purpose clause's 'detention by the "
    "Australian government'; the strikers' own government is implied instead",
    "m154-massed-tanks-reported": "the parser reads 'has massed tanks' as 'massed' modifying 'tanks'",
    "m154-said-had-moved-troops": "'their disputed border' names no side beyond the border",
    "m152-placed-on-alert-as": "'began exercises' is not coded: 'exercise' has no noun sense",
    "m153-riot-police-to-prevent-march": "'an opposition march' names its doers by a bare 'opposition' the noun "
    "layer does not resolve",
    "m154-sent-carrier": "the parser makes 'to waters off Taiwan' a clause, so the carrier group has no "
    "destination and the sending is not coded",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_posture_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was last fixed (tuple P/R .985/.886, root P/R
    # .985/.957; main before any fix, on the same gold, .732/.700 and .764/.829).
    assert scores["tuple_precision"] >= 0.97
    assert scores["tuple_recall"] >= 0.875
    assert scores["root_precision"] >= 0.97
    assert scores["root_recall"] >= 0.94


# Leads for the fixes the set led to, written for these tests after the blind run (generic or fictional).
LATER = {
    "stocks": "Asian stocks rallied on Wednesday after strong U.S. jobs data.",
    "comeback": "Brazil rallied from two goals down to beat Argentina 3-2 on Sunday.",
    "crowd-rally": "Thousands of Thai farmers rallied in Bangkok on Monday against a free trade deal.",
    "crowd-from": "Thousands of Thai students rallied from their campus to parliament on Monday.",
    "outside-offices": "CAIRO (Reuters) - Egyptian students protested outside the offices of the Arab League "
    "on Sunday.",
    "villagers-blockade": "A blockade by Nigerian villagers of an oil pumping station entered its fifth day.",
    "drivers-blockaded": "French truck drivers blockaded fuel depots on Monday in a row over diesel prices.",
    "navy-blockade": "Israeli warships blockaded the port of Gaza on Sunday.",
    "walkout-against": "A general strike by Bangladeshi opposition parties against fuel price rises shut Dhaka.",
    "striker": "A second-half strike by the Italian striker sank Germany in Dortmund.",
    "air-strike": "A U.S. air strike on a house in Falluja killed eight people on Saturday.",
    "riot-burning": "Albanian protesters rioted in Pristina on Tuesday, burning U.N. vehicles.",
    "riot-killing": "Protesters rioted in the Togolese capital on Tuesday, killing two policemen.",
    "will-rally-to-protest": "Georgian opposition parties will hold a rally on Friday to protest against the "
    "election results.",
    "struck-to-protest": "Greek doctors went on strike on Monday to protest against hospital cuts.",
    "moved-troops-to": "Sudan moved troops and tanks to its border with Chad on Tuesday.",
    "moved-troops-out": "Polish troops moved out of the town of Karbala on Sunday.",
    "tanks-massed": "Witnesses said Syrian tanks had massed near the Lebanese border on Thursday.",
    "provinces-on-alert": "Cuba put its eastern provinces on alert as a hurricane approached.",
    "troops-on-alert": "Pakistan put its troops on alert along the border with India on Friday.",
    "police-were-put": "Thai police were put on high alert on Friday ahead of the king's birthday.",
    "raised-alert": "Israel's army raised its alert level on Monday after warnings of a rocket attack.",
    "staged-exercises": "Iran's Revolutionary Guards staged exercises in the Gulf on Friday.",
    "staged-with": "Russian troops staged exercises with Chinese forces on Tuesday.",
    "show-aimed-at": "North Korea's army staged exercises on Monday in a show of force aimed at Japan.",
    "paraded-weapons": "Hamas militants paraded rockets through Gaza City on Friday.",
    "raised-troops": "Iran raised the number of its troops on the Afghan border on Monday.",
    "called-up": "Serbia called up 5,000 reservists on Friday.",
    "cut-prices": "Ghana's government cut fuel prices on Monday after a week of strikes.",
    "cut-aid": "Japan cut food aid to North Korea on Monday.",
    "troops-arrived": "A brigade of U.S. troops arrived in Kuwait on Monday as part of a routine rotation.",
    "minister-arrived": "Iran's foreign minister arrived in Baghdad on Monday for talks with Iraqi leaders.",
    "opposed-to": "Hundreds of Israelis opposed to the pullout rallied in Jerusalem on Monday.",
    "opposed-object": "France strongly opposed the war in Iraq, its foreign minister said on Monday.",
    "is-opposed": "China is opposed to the resolution, its envoy said on Monday.",
    "riots-noun": "Riots by Muslim youths spread across northern Nigeria on Friday.",
    "prevent-purpose": "Police fired tear gas on Monday to prevent Bangladeshi opposition supporters from "
    "reaching parliament.",
    "stop-purpose": "Nepal deployed troops across Kathmandu on Monday to stop Maoist rebels from entering the capital.",
}


@pytest.fixture(scope="module")
def later(settings: Settings) -> dict[str, set[Tuple]]:
    run = run_user_path([{"id": k, "title": "", "text": v} for k, v in LATER.items()], settings)
    return {k: claims([e for a in run.articles[k] for e in a["events"]]) for k in LATER}


def _roots(coded: set[Tuple]) -> set[str]:
    return {t[2] for t in coded}


def test_only_people_rally_in_the_street(later: dict[str, set[Tuple]]) -> None:
    assert not later["stocks"] and not later["comeback"]
    assert {t for t in later["crowd-rally"] if t[0] == "THA" and t[2] == "14"}
    # People rallying "from" somewhere march; only a market or a team "rallies from" a loss.
    assert {t for t in later["crowd-from"] if t[0] == "THA" and t[2] == "14"}
    # A protest outside a building is aimed at whoever holds it.
    assert ("EGY", "IGO", "14") in later["outside-offices"]


def test_a_blockade_by_people_is_an_obstruction_and_by_forces_force(later: dict[str, set[Tuple]]) -> None:
    assert _roots(later["villagers-blockade"]) == {"14"}
    assert _roots(later["drivers-blockaded"]) == {"14"}
    assert _roots(later["navy-blockade"]) == {"19"}


def test_a_strike_is_a_walkout_by_workers_or_parties_and_no_event_in_sport(later: dict[str, set[Tuple]]) -> None:
    # "against fuel price rises" names no actor: a walkout needs no target, as force does.
    assert {t for t in later["walkout-against"] if t[0] == "BGD" and t[2] == "14"}
    assert not later["striker"]
    assert _roots(later["air-strike"]) & {"18", "19"} and "14" not in _roots(later["air-strike"])


def test_destruction_told_as_a_riot_s_participle_is_the_riot(later: dict[str, set[Tuple]]) -> None:
    assert _roots(later["riot-burning"]) == {"14"}
    # Killing is force whoever does it.
    assert _roots(later["riot-killing"]) & {"18", "19"}


def test_a_protest_purpose_is_as_real_as_its_act(later: dict[str, set[Tuple]]) -> None:
    assert "14" not in _roots(later["will-rally-to-protest"])
    assert _roots(later["struck-to-protest"]) == {"14"}


def test_forces_moved_massed_or_alerted_are_posture(later: dict[str, set[Tuple]]) -> None:
    # The other side of a border forces are sent to is whom they are mobilised against.
    assert ("SDN", "TCD", "15") in later["moved-troops-to"]
    assert "15" not in _roots(later["moved-troops-out"])
    assert {t for t in later["tanks-massed"] if t[0] == "SYR" and t[2] == "15"}
    assert not later["provinces-on-alert"]
    assert ("PAK", "IND", "15") in later["troops-on-alert"]
    # A passive with no agent: the alerted forces' own state alerted them.
    assert {t for t in later["police-were-put"] if t[0] == "THA" and t[2] == "15"}
    assert {t for t in later["raised-alert"] if t[0] == "ISR" and t[2] == "15"}


def test_exercises_tests_and_parades_show_force_at_whom_the_lead_says(later: dict[str, set[Tuple]]) -> None:
    assert {t for t in later["staged-exercises"] if t[0] == "IRN" and t[2] == "15"}
    assert ("RUS", "CHN", "06") in later["staged-with"]
    assert ("PRK", "JPN", "15") in later["show-aimed-at"]
    # Never aimed at the doer's own fighters or weapons.
    assert {t for t in later["paraded-weapons"] if t[0] == "PSE" and t[2] == "15"}
    assert not {t for t in later["paraded-weapons"] if t[1] == "PSE"}
    assert {t for t in later["raised-troops"] if t[0] == "IRN" and t[2] == "15"}
    assert ("IRN", "IRN", "15") not in later["raised-troops"]
    assert later["called-up"] == {("SRB", "", "15")}


def test_troops_arriving_make_no_visit(later: dict[str, set[Tuple]]) -> None:
    assert "04" not in _roots(later["troops-arrived"])
    assert ("IRN", "IRQ", "04") in later["minister-arrived"]


def test_cutting_prices_or_taxes_cuts_no_aid(later: dict[str, set[Tuple]]) -> None:
    assert "16" not in _roots(later["cut-prices"]) and "13" not in _roots(later["cut-prices"])
    assert ("JPN", "PRK", "16") in later["cut-aid"]


def test_opposed_to_without_be_says_who_they_are(later: dict[str, set[Tuple]]) -> None:
    assert "11" not in _roots(later["opposed-to"])
    assert "11" in _roots(later["opposed-object"]) and "11" in _roots(later["is-opposed"])


def test_riots_told_as_a_noun_by_their_doers(later: dict[str, set[Tuple]]) -> None:
    assert {t for t in later["riots-noun"] if t[0] == "NGA" and t[2] == "14"}


def test_force_and_posture_meant_to_prevent_an_act_are_aimed_at_its_doers(later: dict[str, set[Tuple]]) -> None:
    assert ("BGD", "BGD", "17") in later["prevent-purpose"]
    assert ("NPL", "NPL", "15") in later["stop-purpose"]
