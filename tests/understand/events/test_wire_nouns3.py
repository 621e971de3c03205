"""A third set of wire leads whose events are told as nouns with their actors (issue 17), written before
the nouns they led to were added: a possessor ("France's extradition of two suspects to Spain"), an
actor word ("an Israeli assassination attempt on a Hamas leader"), a "by" agent ("a walkout by opposition
lawmakers"), the sides "between" which it happens ("joint military exercises between X and Y"), a target
preposition ("the attack on the South Oil Company headquarters"), a light verb whose subject does the act
("launched an offensive against", "ordered the extradition of Y to Z", "granted a pardon to"), and the
noun as its clause's subject. Each noun family stands in several of those shapes: visits, talks,
summits, consultations and telephone calls (04), extraditions (063), pardons and amnesties (081),
indictments (173), walkouts and strikes (143), military exercises, drills and mobilizations (15),
battles, gunfights, counter-offensives and exchanges of fire (19), slayings (18), annexations (192).

The counter-cases are nouns that must not become an event: background ("after his indictment last
year", "since the 2003 invasion", "a year after the verdict", "amid the battle for", "in the wake of",
"the anniversary of", "in response to"), the topic of a report, a book or a debate, an act only
possible, planned, hoped for, rejected or denied, a noun that only modifies another ("peace talks
process", "attack helicopters", "a bombing suspect"), titles and names ("Operation Iraqi Freedom",
"the Battle of Kosovo"), and one act told twice in a sentence (a verb and its own noun). Such a case
gives as gold only the event its main verb tells, if any.

The gold was coded by `events_guidelines.md` and the CAMEO codebook (and the verb dictionary for the
noun's verb: "extradite" 063, "pardon" 081, "indict" 173, "mobilize" 154, "annex" 192) before the
coder's output was seen. The case format and the scoring are the first blind set's. All sentences were
written for this test; people and incidents are generic or fictional.

Scores on the whole set (tuple precision / recall, root precision / recall), before the round (1fffda8):
.768/.567, .831/.669 (the told leads alone .899/.554; 4 of the 82 counter-cases had a false event a noun
told); after it: .867/.803, .913/.961 (the told leads .933/.821; no counter-case has one). What precision
the counter-cases still lose is their main verb's ("fled" 160, "discussed" and "met" 040, "held a fire drill"
150, "asked for a pardon" 055), which the verb sets judge.

`python -m pytest tests/understand/events/test_wire_nouns3.py -q -s -k score` prints the scores."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings
from newsgraph.understand.events.codebook import load_codebook

from .test_wire_blind import Case, Tuple, claims, judge, score

pytestmark = pytest.mark.model

# declarative table: events told as nouns with their actors, and nouns that tell none.
# fmt: off
TOLD: tuple[Case, ...] = (
    # A possessor does the act.
    Case("p-poss-visit", "AMMAN (Reuters) - The Jordanian king's visit to Damascus on Sunday was the first by an "
         "Arab head of state in two years, officials said.", gold=("JORGOV>SYR:042|040",), kind="possessive"),
    Case("p-poss-extradition", "MADRID (Reuters) - France's extradition of two suspected Basque separatists to "
         "Spain on Tuesday drew praise from the Spanish interior minister.",
         gold=("FRA>ESP:063|06",), ok=("ESPGOV>FRA:051|05",), kind="possessive"),
    Case("p-poss-pardon", "MOSCOW (AP) - President Vladimir Putin's pardon of a jailed arms control researcher "
         "on Friday surprised human rights groups.", gold=("RUSGOV>:0841|081|08",), kind="possessive"),
    Case("p-poss-indictment", "THE HAGUE (Reuters) - The U.N. war crimes tribunal's indictment of two Bosnian "
         "Serb army generals on Wednesday angered officials in Banja Luka.",
         gold=("IGOUNOJUD>:173|17|115",), kind="possessive"),
    Case("p-poss-annexation", "RAMALLAH (Reuters) - Palestinian leaders on Tuesday condemned Israel's annexation "
         "of three West Bank settlement blocs to the city of Jerusalem.",
         gold=("PSEGOV>ISR:111|11", "ISR>PSE:192|19"), ok=("ISR>:192|19",), kind="possessive"),
    Case("p-poss-walkout", "NAIROBI (Reuters) - The Kenyan opposition's walkout from parliament on Tuesday "
         "delayed a vote on the new constitution.", gold=("KENOPP>:143|14",), ok=("KENOPP>KENLEG:143|14",),
         kind="possessive"),
    Case("p-poss-offensive", "COLOMBO (Reuters) - The Sri Lankan army's offensive against Tamil Tiger rebels in "
         "the east entered its third day on Monday.", gold=("LKAMIL>LKAREB:190|19",), kind="possessive"),
    Case("p-poss-crackdown", "BEIJING (AP) - The Chinese government's crackdown on Falun Gong followers in "
         "Beijing intensified on Tuesday, witnesses said.", gold=("CHNGOV>CHN:175|17",), kind="possessive"),
    Case("p-poss-battle", "KATHMANDU (Reuters) - The Nepali army's battle with Maoist rebels near the town of "
         "Beni lasted through the night, officials said on Sunday.", gold=("NPLMIL>NPLREB:190|19",),
         ok=("NPLREB>NPLMIL:190|19",), kind="possessive"),
    Case("p-poss-mobilization", "TBILISI (Reuters) - Georgia's mobilization of 5,000 reservists on Thursday "
         "alarmed leaders of the breakaway region of South Ossetia.", gold=("GEO>:154|150|15",),
         kind="possessive"),
    Case("p-poss-rejection", "KHARTOUM (Reuters) - Sudan's rejection of a U.N. plan for Darfur on Monday drew "
         "sharp criticism from Washington.", gold=("SDN>IGOUNO:120|12",), ok=("USA>SDN:111|11", "SDN>:120|12"),
         kind="possessive"),
    Case("p-poss-apology", "BEIJING (Reuters) - Japan's apology to China on Friday for the wartime use of "
         "chemical weapons was welcomed in Beijing.", gold=("JPN>CHN:055|05",), ok=("CHN>JPN:051|05",),
         kind="possessive"),
    Case("p-poss-un-indictment", "ARUSHA (Reuters) - The U.N. tribunal's indictment of a former Rwandan army "
         "chief was made public on Monday.", gold=("IGOUNOJUD>RWA:173|17|115",), ok=("IGOUNOJUD>:173|17",),
         kind="possessive"),
    Case("p-poss-gov-pardon", "TASHKENT (Reuters) - The Uzbek president's pardon of 800 prisoners to mark "
         "independence day took effect on Wednesday.", gold=("UZBGOV>:081|0841|08",), kind="possessive"),
    Case("p-poss-exercises", "SEOUL (Reuters) - North Korea's artillery exercises near the sea border "
         "with South Korea on Wednesday drew a protest from Seoul.", gold=("PRK>:150|15",),
         ok=("PRK>KOR:150|15", "KOR>PRK:114|14|11"), kind="possessive"),
    # An actor word before the noun does the act.
    Case("a-adj-assassination-attempt", "GAZA (Reuters) - An Israeli assassination attempt on a senior Hamas "
         "leader in Gaza City failed on Sunday, Palestinian officials said.", gold=("ISR>PSE:185|18",),
         kind="actor-word"),
    Case("a-adj-airstrike", "GAZA (AP) - An Israeli air strike on a car in Gaza City killed two Hamas "
         "militants on Tuesday, witnesses said.", gold=("ISR>PSE:195|190|19|18",), kind="actor-word"),
    Case("a-adj-raid", "NABLUS (Reuters) - An Israeli army raid on the Balata refugee camp near Nablus left "
         "three Palestinians dead on Wednesday.", gold=("ISRMIL>PSE:190|171|19|17|18",), kind="actor-word"),
    Case("a-adj-sanctions", "BRUSSELS (Reuters) - New European Union sanctions against Burma's military rulers "
         "took effect on Monday.", gold=("IGOEUREEC>MMR:163|16",), kind="actor-word"),
    Case("a-adj-offensive", "KABUL (AP) - A U.S. military offensive against Taliban fighters in Zabul province "
         "killed at least 20 insurgents, the U.S. military said on Friday.", gold=("USAMIL>AFGREB:190|19|18",),
         ok=("USA>AFGREB:190|19|18",), kind="actor-word"),
    Case("a-adj-exercises", "TAIPEI (Reuters) - Chinese military exercises off the coast of Fujian province "
         "began on Monday, raising tension with Taiwan.", gold=("CHN>:150|15",), ok=("CHN>TWN:150|15",),
         kind="actor-word"),
    Case("a-adj-mediation", "KHARTOUM (Reuters) - Nigerian mediation between the Sudanese government and "
         "Darfur rebels made progress on Sunday.", gold=("NGA>SDN:045|04",), kind="actor-word"),
    Case("a-adj-pullout", "GAZA (Reuters) - The Israeli pullout from the northern Gaza Strip was completed on "
         "Friday, the army said.", gold=("ISR>PSE:087|08",), ok=("ISR>:087|08",), kind="actor-word"),
    Case("a-adj-bombardment", "GROZNY (AP) - A Russian artillery bombardment of villages in southern Chechnya "
         "killed at least six civilians on Monday.", gold=("RUS>:194|190|19|18",), kind="actor-word"),
    Case("a-adj-aid", "DHAKA (Reuters) - Japanese aid to flood victims in Bangladesh arrived on Wednesday.",
         gold=("JPN>BGD:073|070|07",), kind="actor-word"),
    Case("a-adj-counteroffensive", "ABIDJAN (Reuters) - An Ivorian army counter-offensive against rebels in the "
         "north stalled on Thursday, military sources said.", gold=("CIVMIL>CIVREB:190|19",),
         ok=("CIV>CIVREB:190|19",), kind="actor-word"),
    Case("a-adj-drills", "TAIPEI (AP) - Taiwanese naval drills off the island's east coast ended on Friday.",
         gold=("TWN>:150|15",), kind="actor-word"),
    Case("a-adj-onslaught", "MONROVIA (Reuters) - A rebel onslaught on the Liberian capital's port killed "
         "dozens of civilians on Sunday, aid workers said.", gold=("LBRREB>LBR:190|19|18",),
         ok=("REB>LBR:190|19|18",), kind="actor-word"),
    # A "by" agent does the act.
    Case("b-by-walkout", "ATHENS (Reuters) - A walkout by Greek opposition lawmakers on Thursday left parliament "
         "without a quorum for a vote on the budget.", gold=("GRC>:143|14",), kind="by"),
    Case("b-by-transport-walkout", "ROME (Reuters) - A nationwide walkout by Italian transport workers halted "
         "buses and trains across the country on Friday.", gold=("ITALAB>:143|14",), kind="by"),
    Case("b-by-indictment", "LIMA (Reuters) - An indictment by Peruvian prosecutors on Friday charged former "
         "spy chief Vladimiro Montesinos with arms trafficking.", gold=("PERJUD>PER:173|17|115",),
         ok=("PERJUD>PERGOV:173|17|115|112|11", "PERJUD>PER:112|11"), kind="by"),
    Case("b-by-pardon", "MANILA (AP) - A pardon by the Philippine president on Monday freed a former army "
         "colonel jailed for a failed coup.", gold=("PHLGOV>PHL:081|0841|08",), ok=("PHLGOV>:08",), kind="by"),
    Case("b-by-attack", "BAGHDAD (Reuters) - An attack by insurgents on a police station in Ramadi killed eight "
         "Iraqi policemen on Saturday.", gold=("IRQREB>IRQCOP:190|180|19|18",), ok=("IRQREB>IRQ:190|19|18",),
         kind="by"),
    Case("b-by-raid", "BOGOTA (Reuters) - A raid by FARC rebels on a police post in southern Colombia killed "
         "four officers on Sunday.", gold=("COLREB>COLCOP:190|171|19|17|18",), ok=("COLREB>COL:190|19|18",),
         kind="by"),
    Case("b-by-kidnapping", "MANILA (Reuters) - The kidnapping of three Filipino fishermen by Abu Sayyaf "
         "guerrillas on Jolo island on Monday prompted a military search.", gold=("PHLREB>PHL:181|18",),
         kind="by"),
    Case("b-by-arrest", "RABAT (Reuters) - The arrest of 14 suspected Islamist militants by Moroccan police in "
         "Casablanca was announced on Tuesday.", gold=("MARCOP>MAR:173|17",), kind="by"),
    Case("b-by-general-strike", "LAGOS (Reuters) - A general strike by Nigerian unions against fuel price "
         "rises shut banks and markets on Monday.", gold=("NGALAB>:143|14",), ok=("NGALAB>NGA:143|14",),
         kind="by"),
    Case("b-by-protests", "TBILISI (AP) - Protests by thousands of Georgian opposition supporters in Tbilisi "
         "entered a fifth day on Sunday.", gold=("GEOOPP>:141|140|14",), ok=("GEO>:14",), kind="by"),
    Case("b-by-execution", "SOFIA (Reuters) - The execution of a Bulgarian truck driver by militants in Iraq "
         "was condemned by Bulgaria's government on Tuesday.", gold=("IRQREB>BGR:180|1823|18",),
         ok=("BGRGOV>IRQREB:111|11", "BGRGOV>:111|11"), kind="by"),
    Case("b-by-boycott", "LOME (Reuters) - A boycott of the vote by the main opposition party left Togo's "
         "ruling party with every seat in parliament on Sunday.", gold=("TGOOPP>:143|14",), kind="by"),
    Case("b-by-slaying", "ISLAMABAD (Reuters) - The slaying of two Chinese engineers by Pakistani militants in "
         "Baluchistan province drew protests from Beijing on Monday.", gold=("PAKREB>CHN:1823|18",),
         ok=("CHN>PAK:111|114|11|14", "CHN>:111|114|11|14"), kind="by"),
    Case("b-by-exercises", "NEW DELHI (AP) - Naval exercises by India and France off the coast of Goa ended on "
         "Saturday.", gold=("IND>FRA:062|150|06|15", "FRA>IND:062|150|06|15"),
         ok=("IND>:150|15", "FRA>:150|15"), kind="by"),
    Case("b-by-survived-ambush", "BOGOTA (AP) - A Colombian army patrol survived an ambush by FARC rebels in "
         "the south on Monday.", gold=("COLREB>COLMIL:190|19",), kind="by"),
    # The sides "between" which it happens.
    Case("w-btw-talks", "ISLAMABAD (Reuters) - Talks between Indian and Pakistani foreign secretaries opened in "
         "Islamabad on Monday.", gold=("IND>PAK:040|043|04", "PAK>IND:040|043|04"), kind="between"),
    Case("w-btw-clashes", "ASMARA (AP) - Clashes between Ethiopian and Eritrean troops along the disputed border "
         "killed 12 soldiers on Friday.", gold=("ETH>ERI:190|19", "ERI>ETH:190|19"), kind="between"),
    Case("w-btw-exercises", "MANILA (Reuters) - Joint military exercises between Philippine and U.S. forces "
         "began on Monday on the island of Luzon.", gold=("PHL>USA:062|150|06|15", "USA>PHL:062|150|06|15"),
         kind="between"),
    Case("w-btw-battle", "MOGADISHU (Reuters) - A battle between rival Somali militias in Mogadishu killed at "
         "least 15 people on Wednesday.", gold=("SOM>SOM:190|19",), kind="between"),
    Case("w-btw-gunfight", "SRINAGAR (Reuters) - A gunfight between Indian troops and separatist militants in "
         "Kashmir killed three soldiers and two rebels on Thursday.",
         gold=("INDMIL>INDREB:190|19", "INDREB>INDMIL:190|19"), kind="between"),
    Case("w-btw-summit", "BRASILIA (Reuters) - A summit between Brazil's president and his Argentine "
         "counterpart on Friday ended with a trade pact.", gold=("BRAGOV>ARGGOV:040|043|04",
         "ARGGOV>BRAGOV:040|043|04"), ok=("BRA>ARG:057|05", "ARG>BRA:057|05"), kind="between"),
    Case("w-btw-negotiations", "OSLO (Reuters) - Negotiations between the Sri Lankan government and Tamil rebels "
         "resumed in Oslo on Thursday.", gold=("LKAGOV>LKAREB:046|040|04", "LKAREB>LKAGOV:046|040|04"),
         kind="between"),
    Case("w-btw-exchange-of-fire", "ISLAMABAD (AFP) - An exchange of fire between Pakistani and Afghan border "
         "guards on Sunday killed one soldier.", gold=("PAK>AFG:190|19", "AFG>PAK:190|19"), kind="between"),
    Case("w-btw-fighting", "GOMA (Reuters) - Fighting between government troops and rebels in eastern Congo "
         "forced thousands of people to flee on Tuesday.", gold=("CODMIL>CODREB:190|19",
         "CODREB>CODMIL:190|19"), kind="between"),
    Case("w-btw-meeting", "JERUSALEM (Reuters) - A meeting between the Israeli and Palestinian prime ministers "
         "in Jerusalem on Wednesday ended without agreement.", gold=("ISRGOV>PSEGOV:040|043|04",
         "PSEGOV>ISRGOV:040|043|04"), kind="between"),
    Case("w-btw-consultations", "MOSCOW (Reuters) - Consultations between Russian and Iranian nuclear officials "
         "continued in Moscow on Tuesday.", gold=("RUS>IRN:040|04", "IRN>RUS:040|04"), kind="between"),
    Case("w-btw-phone-call", "PARIS (AFP) - A telephone call between the French and Algerian presidents on "
         "Sunday eased a row over visas.", gold=("FRAGOV>DZAGOV:041|040|04", "DZAGOV>FRAGOV:041|040|04"),
         kind="between"),
    Case("w-btw-battle-for", "FALLUJA (Reuters) - A fierce battle between U.S. Marines and insurgents for "
         "control of Falluja raged for a fifth day on Thursday.", gold=("USAMIL>IRQREB:190|19",
         "IRQREB>USAMIL:190|19"), kind="between"),
    # A target preposition, the noun as its clause's subject.
    Case("t-on-attack-subject", "BASRA (Reuters) - The attack on the South Oil Company headquarters in Basra "
         "killed three guards on Monday, police said.", gold=(">IRQ:190|19|18",), ok=(">IRQBUS:190|19|18",),
         kind="target"),
    Case("t-on-bombing-subject", "ISTANBUL (AP) - The bombing of the British consulate in Istanbul on Thursday "
         "killed 27 people, Turkish officials said.", gold=(">GBR:183|18",), ok=(">TUR:183|18",),
         kind="target"),
    Case("t-on-raid-subject", "GAZA (Reuters) - The raid on the Jabalya refugee camp left 12 Palestinians dead "
         "on Monday, hospital officials said.", gold=(">PSE:190|171|19|17|18",), kind="target"),
    Case("t-on-ambush-subject", "KABUL (Reuters) - An ambush on a U.S. military convoy in Paktika province "
         "wounded four American soldiers on Sunday.", gold=(">USAMIL:190|19|18",),
         ok=(">USA:190|19|18", "AFGREB>USAMIL:190|19|18"),
         kind="target"),
    # A light verb carries the noun: its subject does the act.
    Case("l-launched-offensive", "KAMPALA (Reuters) - Ugandan troops launched a major offensive against Lord's "
         "Resistance Army rebels in the north on Sunday.", gold=("UGAMIL>UGAREB:190|19",), kind="light-verb"),
    Case("l-held-talks", "BEIJING (Reuters) - Japan's foreign minister held talks with his Chinese counterpart "
         "in Beijing on Sunday.", gold=("JPNGOV>CHNGOV:040|043|04",), ok=("CHNGOV>JPNGOV:040|043|04",),
         kind="light-verb"),
    Case("l-paid-visit", "NEW DELHI (Reuters) - Pakistan's prime minister paid a two-day visit to India on "
         "Tuesday.", gold=("PAKGOV>IND:042|040|04",), kind="light-verb"),
    Case("l-carried-out-attack", "PESHAWAR (AP) - Pakistani militants carried out an attack on an army "
         "checkpoint in North Waziristan on Friday.", gold=("PAKREB>PAKMIL:190|19|18",), kind="light-verb"),
    Case("l-staged-strike", "DHAKA (Reuters) - Bangladeshi opposition parties staged a general strike against "
         "the government on Sunday.", gold=("BGDOPP>BGDGOV:143|14",), ok=("BGDOPP>:143|14",), kind="light-verb"),
    Case("l-announced-withdrawal", "WARSAW (Reuters) - Poland announced on Tuesday the withdrawal of 700 of its "
         "troops from Iraq.", gold=("POL>IRQ:087|08",), kind="light-verb"),
    Case("l-ordered-extradition", "BUENOS AIRES (Reuters) - An Argentine judge ordered on Thursday the "
         "extradition of a former Chilean army officer to Chile.", gold=("ARGJUD>CHL:063|06",),
         ok=("ARG>CHL:063|06",), kind="light-verb"),
    Case("l-ordered-expulsion", "ANKARA (Reuters) - Turkey ordered the expulsion of two Iranian diplomats on "
         "Monday.", gold=("TUR>IRN:174|161|17|16",), kind="light-verb"),
    Case("l-ordered-release", "ASMARA (Reuters) - Eritrea's president ordered the release of 30 Ethiopian "
         "prisoners of war on Saturday.", gold=("ERIGOV>ETH:0841|08",), kind="light-verb"),
    Case("l-granted-pardon", "TASHKENT (AP) - Uzbekistan's president granted a pardon on Monday to a jailed "
         "opposition leader.", gold=("UZBGOV>UZBOPP:081|0841|08",), ok=("UZBGOV>UZB:08",), kind="light-verb"),
    Case("l-declared-amnesty", "JAKARTA (Reuters) - Indonesia's president declared an amnesty on Tuesday for "
         "separatist rebels in Aceh.", gold=("IDNGOV>IDNREB:081|0841|08",), ok=("IDNGOV>IDN:08",),
         kind="light-verb"),
    Case("l-launched-crackdown", "CAIRO (Reuters) - Egyptian police launched a crackdown on Islamist activists "
         "in Cairo on Monday.", gold=("EGYCOP>EGY:175|17",), kind="light-verb"),
    Case("l-held-exercises", "BEIJING (AP) - Russian and Chinese forces held joint military exercises on the "
         "Shandong peninsula on Thursday.", gold=("RUSMIL>CHNMIL:062|150|06|15", "CHNMIL>RUSMIL:062|150|06|15"),
         ok=("RUS>CHN:06|15", "CHN>RUS:06|15", "RUSMIL>:15", "CHNMIL>:15"), kind="light-verb"),
    Case("l-conducted-drills", "TAIPEI (Reuters) - The Taiwanese navy conducted live-fire drills off the "
         "island's east coast on Tuesday.", gold=("TWNMIL>:150|15",), kind="light-verb"),
    Case("l-made-visit", "BAGHDAD (Reuters) - U.S. Defense Secretary Donald Rumsfeld made a surprise visit to "
         "Baghdad on Sunday.", gold=("USAGOV>IRQ:042|040|04",), kind="light-verb"),
    Case("l-began-withdrawal", "BEIRUT (Reuters) - Syrian troops began their withdrawal from northern Lebanon "
         "on Monday.", gold=("SYRMIL>LBN:087|0874|08",), kind="light-verb"),
    Case("l-announced-sanctions", "WASHINGTON (Reuters) - The United States announced new sanctions against "
         "Syria on Tuesday.", gold=("USA>SYR:163|16",), kind="light-verb"),
    Case("l-mounted-assault", "SAMARRA (Reuters) - Iraqi and U.S. forces mounted an assault on insurgent "
         "positions in Samarra on Friday.", gold=("IRQMIL>IRQREB:190|19", "USAMIL>IRQREB:190|19"),
         ok=("IRQ>IRQREB:190|19", "USA>IRQREB:190|19"), kind="light-verb"),
    Case("l-launched-counteroffensive", "ABIDJAN (AP) - Ivorian government troops launched a counter-offensive "
         "against rebels in the north on Thursday.", gold=("CIVMIL>CIVREB:190|19",), kind="light-verb"),
    Case("l-ordered-mobilization", "YEREVAN (Reuters) - Armenia's president ordered the mobilization of "
         "reservists on Friday.", gold=("ARMGOV>:154|150|15",), kind="light-verb"),
    Case("l-announced-indictment", "WASHINGTON (Reuters) - U.S. prosecutors announced on Tuesday the indictment "
         "of a Saudi businessman on terrorism charges.", gold=("USAJUD>SAU:173|17|115",),
         ok=("USA>SAU:173|17",), kind="light-verb"),
    Case("l-held-consultations", "BEIJING (Reuters) - Chinese and Russian diplomats held consultations in "
         "Beijing on Wednesday on North Korea's nuclear programme.", gold=("CHNGOV>RUSGOV:040|04",
         "RUSGOV>CHNGOV:040|04"), ok=("CHN>RUS:04", "RUS>CHN:04"), kind="light-verb"),
    Case("l-led-walkout", "LA PAZ (Reuters) - Bolivia's opposition leader led a walkout from Congress on "
         "Thursday.", gold=("BOLOPP>:143|14",), ok=("BOLOPP>BOLLEG:143|14",), kind="light-verb"),
    Case("l-staged-walkout", "HARARE (Reuters) - Zimbabwe's opposition lawmakers staged a walkout on Tuesday "
         "during a speech by President Robert Mugabe.", gold=("ZWEOPP>:143|14",),
         ok=("ZWEOPP>ZWEGOV:143|14", "ZWELEG>:143|14", "ZWELEG>ZWEGOV:143|14"), kind="light-verb"),
    Case("l-carried-out-execution", "TEHRAN (AP) - Iran carried out the execution of two convicted drug "
         "smugglers on Wednesday.", gold=("IRN>:180|1823|18",), kind="light-verb"),
    Case("l-ordered-evacuation", "ABIDJAN (Reuters) - France ordered the evacuation of its citizens from Ivory "
         "Coast on Sunday.", gold=("FRA>:073|087|07|08",), ok=("FRA>FRA:073|07", "FRA>CIV:087|08|07"),
         kind="light-verb"),
    Case("l-announced-annexation", "JERUSALEM (Reuters) - Israel announced on Monday the annexation of a "
         "West Bank settlement bloc to Jerusalem.", gold=("ISR>PSE:192|19",), ok=("ISR>:192|19",),
         kind="light-verb"),
    # Talks, visits and calls told by a noun in a frame of the clause.
    Case("f-on-visit", "TEHRAN (Reuters) - The Syrian foreign minister, on a visit to Tehran, said on Monday "
         "that Damascus would not bow to U.S. pressure.", gold=("SYRGOV>IRN:042|040|04",),
         ok=("SYRGOV>USA:12",), kind="frame"),
    Case("f-in-phone-conversation", "BERLIN (Reuters) - German Chancellor Gerhard Schroeder discussed Iraq with "
         "Russian President Vladimir Putin on Monday in a telephone conversation, a spokesman said.",
         gold=("DEUGOV>RUSGOV:041|040|04",), ok=("RUSGOV>DEUGOV:041|040|04",), kind="frame"),
    Case("f-during-talks", "MOSCOW (Reuters) - Russia and Iran signed a fuel deal on Sunday during talks in "
         "Tehran between their nuclear chiefs.", gold=("RUS>IRN:057|05", "IRN>RUS:057|05"),
         ok=("RUS>IRN:040|04", "IRN>RUS:040|04"), kind="frame"),
    Case("f-amid-clashes-between", "ABIDJAN (Reuters) - French troops fired on a crowd in Abidjan on Tuesday "
         "amid clashes between French soldiers and supporters of President Laurent Gbagbo.",
         gold=("FRAMIL>CIV:190|19|18|180", "FRAMIL>CIVCVL:190|19|18", "CIVCVL>FRAMIL:190|19|145|14"),
         ok=("FRAMIL>CIVGOV:190|19", "CIV>FRAMIL:19|14"), kind="frame"),
    Case("f-after-abduction-by", "MANILA (Reuters) - Philippine troops began a search on Monday after the "
         "abduction of two aid workers by Abu Sayyaf guerrillas on Jolo island.", gold=("PHLREB>:181|18",),
         kind="frame"),
)

NOT_TOLD: tuple[Case, ...] = (
    # Background: the noun names an earlier or surrounding event without its actors.
    Case("x-year-after-indictment", "BELGRADE (Reuters) - A former Serbian police general said on Monday he "
         "would not go to The Hague, a year after his indictment by the U.N. war crimes tribunal.",
         kind="background"),
    Case("x-since-invasion", "BASRA (Reuters) - Oil exports from southern Iraq reached their highest level "
         "on Tuesday since the 2003 U.S. invasion.", kind="background"),
    Case("x-year-after-verdict", "DENPASAR (Reuters) - Relatives of the victims gathered in Kuta on "
         "Tuesday, a year after the verdict against the bombers.", kind="background"),
    Case("x-amid-battle-for", "NAJAF (Reuters) - Pilgrims stayed away from the holy city on Sunday amid the "
         "battle for control of the Imam Ali shrine.", kind="background"),
    Case("x-following-extradition", "MADRID (AP) - Following the extradition of the suspect to Spain in "
         "March, police said they had no new leads.", kind="background"),
    Case("x-despite-sanctions", "DAMASCUS (Reuters) - Despite last year's U.S. sanctions on Syria, trade "
         "between the two countries grew by 10 percent, officials said.", kind="background"),
    Case("x-wake-of-bombing", "NAIROBI (Reuters) - Tourism to Kenya has fallen sharply in the wake of the "
         "2002 bombing of an Israeli-owned hotel in Mombasa.", kind="background"),
    Case("x-anniversary-uprising", "JOHANNESBURG (AP) - Thousands of South Africans gathered in Soweto on "
         "Wednesday to mark the anniversary of the 1976 student uprising.", kind="background"),
    Case("x-response-to-walkout", "NAIROBI (Reuters) - In response to last month's walkout by opposition "
         "lawmakers, the speaker changed the rules of debate on Tuesday.", kind="background"),
    Case("x-before-pullout", "GAZA (Reuters) - Jewish settlers held a final prayer at the synagogue in "
         "Neve Dekalim on Friday before the Israeli pullout.", kind="background"),
    Case("x-since-expulsion", "ANKARA (Reuters) - Relations between Turkey and Syria have improved since "
         "the expulsion of Kurdish rebel leader Abdullah Ocalan from Damascus in 1998.", kind="background"),
    Case("x-after-massacre", "BUJUMBURA (AP) - Hundreds of Congolese refugees fled the Gatumba camp on "
         "Sunday after the massacre.", kind="background"),
    Case("x-amid-talks", "TOKYO (Reuters) - The dollar rose against the yen on Monday amid talks on a new "
         "trade deal.", kind="background"),
    Case("x-since-ceasefire", "GROZNY (Reuters) - Life in the Chechen capital has slowly returned to normal "
         "since the ceasefire.", kind="background"),
    Case("x-since-attacks", "NEW YORK (Reuters) - U.S. airlines have cut more than 100,000 jobs since the "
         "September 11 attacks, an industry group said.", kind="background"),
    Case("x-following-arrest-in-june", "JOLO (Reuters) - Following the arrest of the rebel leader in June, "
         "violence in the region fell sharply, officials said on Monday.", kind="background"),
    Case("x-after-his-indictment-last-year", "ZAGREB (Reuters) - The retired Croatian general has been in "
         "hiding since his indictment last year, his lawyer said on Monday.", kind="background"),
    Case("x-years-after-battle", "SARAJEVO (AP) - Bosnian Muslims reburied 300 victims on Sunday, nine "
         "years after the battle for the town of Srebrenica.", kind="background"),
    Case("x-since-annexation", "JERUSALEM (Reuters) - Arab residents of East Jerusalem have lived under "
         "Israeli law since the annexation of the city in 1980.", kind="background"),
    Case("x-after-walkout-last-week", "ATHENS (AP) - Parliament resumed its debate on the budget on "
         "Wednesday after last week's opposition walkout.", kind="background"),
    Case("x-since-mobilization", "TBILISI (Reuters) - Tension in South Ossetia has not eased since the "
         "mobilization of Georgian reservists in July, officials said.", kind="background"),
    Case("x-after-pardon-in-may", "MOSCOW (Reuters) - The scientist has lived abroad since his pardon in "
         "May, his wife said on Thursday.", kind="background"),
    Case("x-in-retaliation-for-raid", "GAZA (Reuters) - Militants fired rockets into southern Israel on "
         "Monday in retaliation for the Israeli army raid on a refugee camp last week.",
         gold=("PSEREB>ISR:190|19|18",), ok=("PSE>ISR:190|19",), kind="background"),
    Case("x-after-exercises-ended", "SEOUL (Reuters) - South Korean troops returned to their bases on "
         "Friday after the exercises ended.", kind="background"),
    # The noun is the topic of a report, a book, a film or a debate.
    Case("x-report-on-massacre", "GENEVA (Reuters) - A U.N. human rights panel published a report on Monday "
         "on the 1995 massacre at Srebrenica.", kind="topic"),
    Case("x-film-about-invasion", "CANNES (Reuters) - A documentary about the U.S. invasion of Iraq won the "
         "top prize at the Cannes film festival on Saturday.", kind="topic"),
    Case("x-book-on-assassination", "TEL AVIV (AP) - A new book on the assassination of Prime Minister "
         "Yitzhak Rabin went on sale in Tel Aviv on Tuesday.", kind="topic"),
    Case("x-debate-on-pullout", "JERUSALEM (Reuters) - Israel's parliament began a debate on Monday on the "
         "planned pullout from Gaza.", kind="topic"),
    Case("x-exhibition-on-siege", "VIENNA (AP) - An exhibition on the siege of Sarajevo opened in Vienna on "
         "Tuesday.", kind="topic"),
    Case("x-seminar-on-extradition", "LONDON (Reuters) - Lawyers from 20 countries met in London on Monday "
         "for a seminar on extradition.", kind="topic"),
    # An act only possible, planned, hoped for, rejected, denied or feared.
    Case("x-possibility-of-talks", "ISLAMABAD (Reuters) - Pakistan's foreign minister raised on Monday the "
         "possibility of talks with India on the Siachen glacier.", kind="unreal"),
    Case("x-planned-visit", "BEIJING (Reuters) - The Chinese premier's planned visit to Japan next month will "
         "focus on trade, officials said on Tuesday.", kind="unreal"),
    Case("x-rejected-talks", "SEOUL (Reuters) - North Korea rejected talks with South Korea on Monday.",
         gold=("PRK>KOR:120|125|12",), ok=("PRK>:12",), kind="unreal"),
    Case("x-no-talks", "NICOSIA (Reuters) - No talks between the two Cypriot leaders have been held since "
         "March, a U.N. spokesman said.", kind="unreal"),
    Case("x-proposed-summit", "NEW DELHI (Reuters) - A proposed summit between the Indian and Pakistani "
         "leaders would be held in January, officials said.", kind="unreal"),
    Case("x-hopes-for-ceasefire", "GAZA (Reuters) - Hopes for a ceasefire between Israel and Hamas faded on "
         "Sunday.", kind="unreal"),
    Case("x-threat-of-walkout", "ROME (Reuters) - The threat of a walkout by air traffic controllers hung "
         "over Italy's airports on Friday.", kind="unreal"),
    Case("x-may-face-extradition", "SANTIAGO (AP) - The former dictator may face extradition to Spain, his "
         "lawyers said on Tuesday.", kind="unreal"),
    Case("x-denied-role", "DAMASCUS (Reuters) - Syria on Monday denied any role in the assassination of a "
         "Lebanese journalist.", gold=("SYR>:120|12",), kind="unreal"),
    Case("x-prospect-of-sanctions", "LONDON (Reuters) - The prospect of U.N. sanctions against Iran rattled "
         "oil markets on Tuesday.", kind="unreal"),
    Case("x-would-welcome-visit", "TOKYO (Reuters) - Japan would welcome a visit by the Chinese president, a "
         "foreign ministry spokesman said on Monday.", ok=("JPN>CHNGOV:036|03",), kind="unreal"),
    Case("x-if-talks-fail", "JERUSALEM (AP) - If the talks between Israel and the Palestinians fail, violence "
         "will return, the U.N. envoy said on Sunday.", kind="unreal"),
    Case("x-plans-for-pullout", "JERUSALEM (Reuters) - Israel's cabinet discussed plans for a pullout from "
         "Gaza on Sunday.", kind="unreal"),
    Case("x-fears-of-offensive", "KABUL (Reuters) - Fears of a new Taliban offensive in the south grew on "
         "Monday, diplomats said.", kind="unreal"),
    Case("x-called-for-talks", "COLOMBO (Reuters) - Norway called on Monday for talks between the Sri Lankan "
         "government and Tamil rebels.", gold=("NOR>LKA:020|02",), ok=("NOR>LKAGOV:02", "NOR>LKAREB:02"),
         kind="unreal"),
    # A noun that only modifies another noun.
    Case("x-peace-talks-process", "KHARTOUM (Reuters) - The Sudanese peace talks process needs new momentum, "
         "a U.N. envoy said on Monday.", kind="modifier"),
    Case("x-attack-helicopters", "ANKARA (Reuters) - The Turkish army received six new attack helicopters on "
         "Monday.", kind="modifier"),
    Case("x-bombing-suspect", "JAKARTA (Reuters) - Indonesian police arrested a Bali bombing suspect on "
         "Monday.", gold=("IDNCOP>:173|17",), ok=("IDNCOP>IDN:173|17",), kind="modifier"),
    Case("x-massacre-survivors", "THE HAGUE (Reuters) - Survivors of the Srebrenica massacre marched through "
         "The Hague on Wednesday.", ok=("BIH>:14", "BIHCVL>:14"), kind="modifier"),
    Case("x-strike-leaders", "SEOUL (AP) - Strike leaders at the Hyundai car plant said on Friday they would "
         "return to work.", kind="modifier"),
    Case("x-talks-venue", "NICOSIA (Reuters) - The United Nations named a hotel in Nicosia on Monday as the "
         "talks venue.", kind="modifier"),
    Case("x-exercise-ground", "SEOUL (AP) - A fire broke out at a military exercise ground near Seoul on "
         "Monday.", kind="modifier"),
    # Titles and names.
    Case("x-operation-iraqi-freedom", "WASHINGTON (Reuters) - Operation Iraqi Freedom has cost the United "
         "States more than $100 billion, a congressional report said.", kind="name"),
    Case("x-battle-of-algiers", "ALGIERS (AP) - The film 'The Battle of Algiers' was shown in Algiers on "
         "Friday for the first time in a decade.", kind="name"),
    Case("x-battle-of-kosovo", "BELGRADE (Reuters) - Serbs marked the anniversary of the 1389 Battle of "
         "Kosovo on Monday.", kind="name"),
    Case("x-bay-of-pigs", "HAVANA (Reuters) - Cuba marked the anniversary of the Bay of Pigs invasion on "
         "Saturday.", kind="name"),
    Case("x-desert-storm-veterans", "WASHINGTON (AP) - Veterans of Operation Desert Storm met the defense "
         "secretary on Monday.", ok=("USA>USAGOV:04", "USAMIL>USAGOV:04"), kind="name"),
    # Other senses of the nouns this set led to: contests no armed side fights, exercises of power, rates,
    # drills of schools and oil wells, a human rights group, a pardon asked for, a walkout threatened.
    Case("x-legal-battle", "BRUSSELS (Reuters) - Microsoft's legal battle with the European Commission entered a "
         "new phase on Monday.", kind="other-sense"),
    Case("x-political-battle", "KIEV (Reuters) - A political battle between the Ukrainian president and "
         "parliament over the new cabinet deepened on Tuesday.", kind="other-sense"),
    Case("x-battle-against-aids", "NAIROBI (Reuters) - Kenya's battle against AIDS won praise from the World "
         "Health Organisation on Monday.", ok=("IGOWHO>KEN:051|05", "IGO>KEN:05"), kind="other-sense"),
    Case("x-exercise-of-powers", "LIMA (AP) - Peru's opposition criticised the president's exercise of emergency "
         "powers on Monday.", gold=("PEROPP>PERGOV:111|11",), kind="other-sense"),
    Case("x-exchange-rate", "FRANKFURT (Reuters) - The exchange rate between the euro and the dollar hit a "
         "record high on Tuesday.", kind="other-sense"),
    Case("x-fire-drill", "TOKYO (AP) - Schools across Tokyo held a fire drill on Monday.", kind="other-sense"),
    Case("x-amnesty-international", "CAIRO (Reuters) - Amnesty International criticised Egypt on Tuesday over "
         "the torture of detainees.", gold=("NGO>EGY:111|11",), ok=("IGO>EGY:11",), kind="other-sense"),
    Case("x-asked-for-pardon", "KIEV (AP) - Ukraine's jailed former interior minister asked President Leonid "
         "Kuchma for a pardon on Monday.", gold=("UKR>UKRGOV:020|02",), kind="other-sense"),
    Case("x-threatened-walkout", "PARIS (Reuters) - Air France pilots threatened a walkout on Monday over "
         "pension reform.", ok=("FRALAB>:13|138|130", "FRA>:13"), kind="other-sense"),
    Case("x-mobilization-of-supporters", "CARACAS (Reuters) - The Venezuelan opposition's mobilization of its "
         "supporters before the referendum worried the government on Monday.", kind="other-sense"),
    Case("x-since-slaying-in-march", "MANILA (AP) - Police have made no arrests since the slaying of a radio "
         "journalist in March.", kind="background"),
    Case("x-preparing-counteroffensive", "ABIDJAN (Reuters) - Ivorian rebels said on Monday they were preparing a "
         "counter-offensive against government troops.", kind="unreal"),
    # The nouns this set led to, in background again: what a previous round coded and should not have.
    Case("x-days-after-mobilization", "TSKHINVALI (Reuters) - South Ossetian leaders met in Tskhinvali on "
         "Tuesday, days after Georgia's mobilization of reservists.", ok=("GEO>:04", "GEOGOV>:04"),
         kind="background"),
    Case("x-following-his-extradition", "MADRID (AP) - Following his extradition from France, the Basque "
         "suspect appeared before a judge in Madrid on Monday.", kind="background"),
    Case("x-despite-his-pardon", "MOSCOW (Reuters) - Despite his pardon, the scientist remains unable to "
         "travel abroad, his lawyer said on Friday.", kind="background"),
    Case("x-under-2003-amnesty", "DILI (Reuters) - Dozens of former militiamen returned home on Monday under "
         "a 2003 amnesty.", kind="background"),
    Case("x-faces-indictment", "THE HAGUE (AP) - The general, who faces an indictment for war crimes, remains "
         "at large, prosecutors said on Monday.", kind="background"),
    Case("x-since-opposition-walkout", "NAIROBI (Reuters) - Kenya's parliament has not met since the "
         "opposition walkout.", kind="background"),
    # One act told twice: a verb and its own noun are one event.
    Case("x-attacked-in-attack", "BAGHDAD (Reuters) - Insurgents attacked a U.S. convoy north of Baghdad on "
         "Monday in an attack that killed two American soldiers.", gold=("IRQREB>USAMIL:190|19|18",),
         ok=("IRQREB>USA:190|19|18", ">USAMIL:18|19"), kind="twice"),
    Case("x-raided-in-raid", "ISTANBUL (Reuters) - Turkish police raided homes in Istanbul on Tuesday in a "
         "raid on suspected al Qaeda cells, detaining 12 people.", gold=("TURCOP>TUR:171|173|17",),
         ok=("TURCOP>TURREB:17", "TURCOP>:17"), kind="twice"),
    Case("x-met-first-meeting", "NEW YORK (Reuters) - The Indian prime minister met Pakistan's president in "
         "New York on Friday, their first meeting in a year.", gold=("INDGOV>PAKGOV:040|043|04",),
         ok=("PAKGOV>INDGOV:040|043|04",), kind="twice"),
    Case("x-visited-second-visit", "ALGIERS (Reuters) - French President Jacques Chirac visited Algeria on "
         "Tuesday, his second visit to the country in a year.", gold=("FRAGOV>DZA:042|040|04",), kind="twice"),
    Case("x-protested-in-protest", "JAKARTA (Reuters) - Thousands of Indonesians protested outside the U.S. "
         "embassy in Jakarta on Friday in a protest against the war in Iraq.", gold=("IDN>USA:141|140|14",),
         ok=("IDN>:14", "IDNCVL>:14"), kind="twice"),
    Case("x-bomber-in-bombing", "TEL AVIV (Reuters) - A Palestinian suicide bomber blew himself up in Tel Aviv "
         "on Thursday in a bombing that killed four Israelis.", gold=("PSE>ISR:1831|183|18",), kind="twice"),
    Case("x-extradited-in-extradition", "MADRID (Reuters) - France extradited two Basque separatists to Spain "
         "on Tuesday in the first extradition of the year.", gold=("FRA>ESP:063|06",), kind="twice"),
)
# fmt: on
CASES: tuple[Case, ...] = TOLD + NOT_TOLD


@pytest.fixture(scope="module")
def noun_events(settings: Settings) -> dict[str, list[dict[str, Any]]]:
    """The events of the counter-cases whose trigger is a noun of the book's noun table ("attack", "talks"):
    what a noun told, apart from the main verb's event (which the verb's own tests judge)."""
    nouns = load_codebook(settings).nouns
    records = [{"id": c.id, "title": "", "text": c.text, "published": "2025-03-12"} for c in NOT_TOLD]
    run = run_user_path(records, settings)

    def noun(trigger: str) -> bool:
        word = trigger.lower()
        return any(
            w in nouns for w in (word, word[:-1] if word.endswith("s") else "", word.removesuffix("es"))
        )

    return {
        c.id: [e for a in run.articles.get(c.id, []) for e in a["events"] if noun(e["trigger"] or "")]
        for c in NOT_TOLD
    }


def test_score_on_the_third_noun_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print({"told": score(coded, TOLD), "not told": score(coded, NOT_TOLD), "all": scores})
    # Floors just under the scores when the set was fixed (see the docstring): the set must not get worse.
    assert scores["tuple_precision"] >= 0.85
    assert scores["tuple_recall"] >= 0.79
    assert scores["root_precision"] >= 0.90
    assert scores["root_recall"] >= 0.95


def test_a_noun_that_tells_no_event_gives_none(noun_events: dict[str, list[dict[str, Any]]]) -> None:
    # Background, topics, unreal acts, modifiers, names and other senses: a noun there tells no event beyond
    # what the case's gold allows; a noun retelling its own verb's act ("attacked ... in an attack") tells none.
    false = {
        c.id: sorted(claims(noun_events[c.id]))
        for c in NOT_TOLD
        if (c.kind == "twice" and noun_events[c.id])
        or judge(c, claims(noun_events[c.id]))["tp_p"] < judge(c, claims(noun_events[c.id]))["n_p"]
    }
    assert not false
