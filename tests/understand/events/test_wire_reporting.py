"""A blind set of wire leads built on the reporting sentence, the commonest shape of a wire lead:
"X said / warned / announced <clause>, <-ing adjunct>". The adjunct (", rejecting calls to ...",
", accusing Y of ...", ", defying a demand ...", ", dismissing charges ...", ", urging Y to ...",
", blaming Y for ...") is the speaker's own act, done by saying: its doer is the speaker, whatever
noun sits nearer, and its modality is the main clause's, never the reported clause's. The reported
clause has its own: a reported future ("said it would send", "plans to", "will hold") is an
announced intent (03x) or stays unasserted, and a claim inside an accusation ("accused Y of
plotting to kill", "said Y was plotting to", "said Y was behind") asserts no act of Y's. Talks and
meetings are placed "in <country>": the place is where the act happened, never its target, and
"talks between X and Y" are X's and Y's, both ways (the guidelines' reciprocal events).

Counter-cases keep the coder honest: a past act the wire reports through its source ("police
said troops killed two", "the army said its soldiers shot") stays asserted; a place that is the
object's own ("bombed hideouts in Falluja", "attacked a village in eastern Congo") does give the
object its country; a visit's host is its target.

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was
seen. An announced visit or meeting is intent (036, root 04 beside it); a refusal told as "would
not" is a rejection (12); "warned ... against" is coded with its appeal and threat readings as
alternatives. The case format and the scoring are the first blind set's. All sentences were
written for this test; people and incidents are generic or fictional.

`python -m pytest tests/understand/events/test_wire_reporting.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, claims, params, score

pytestmark = pytest.mark.model

# declarative table: the blind set of reporting sentences.
# fmt: off
CASES: tuple[Case, ...] = (
    # the speaker's adjunct after a reported future or plan
    Case("w12-would-resume-defying", "TEHRAN (Reuters) - Iran said on Sunday it would resume building "
         "centrifuges for uranium enrichment next month, defying a demand from the European Union that "
         "it suspend the work.", gold=("IRN>IGOEUREEC:12|120|125|128",),
         ok=("IGOEUREEC>IRN:10|100|1041|02",), kind="adjunct"),
    Case("w12-would-keep-rejecting", "TOKYO (Reuters) - Japan said on Tuesday it would keep its troops in "
         "southern Iraq for another year, rejecting calls from opposition parties to bring them home.",
         gold=("JPN>JPNOPP:12|120|125|128",),
         ok=("JPN>IRQ:03|030|15|150|07|074", "JPNOPP>JPN:02|10|100"), kind="adjunct"),
    Case("w12-would-not-negotiate-dismissing", "MANILA (Reuters) - The Philippines said on Monday it "
         "would not negotiate with Abu Sayyaf rebels holding two Filipino workers, dismissing their "
         "demand for a ransom.", gold=("PHL>PHLREB:12|120|125|1246|128",),
         ok=("PHLREB>PHL:10|100|18|181", "PHLREB>PHLCVL:18|181"), kind="adjunct"),
    Case("w11-was-plotting-accusing", "LA PAZ (Reuters) - Bolivia's president said on Friday that Chile was "
         "plotting to seize gas fields near the border, accusing Santiago of arming separatists in the "
         "east of the country.", gold=("BOLGOV>CHL:11|112|111",), kind="adjunct"),
    Case("w11-was-plotting-to-topple", "HARARE (Reuters) - Zimbabwe's president said on Thursday that "
         "Britain was plotting to topple his government, accusing London of funding the opposition "
         "Movement for Democratic Change.", gold=("ZWEGOV>GBR:11|112|111",), kind="adjunct"),
    Case("w11-would-not-withdraw-accusing", "MOSCOW (Reuters) - Russia said on Wednesday it would not "
         "withdraw its troops from Georgia before the end of the year, accusing Tbilisi of stirring "
         "tension in its breakaway regions.", gold=("RUS>GEO:11|112|111", "RUS>GEO:12|120|125|128|129"),
         kind="adjunct"),
    Case("w12-would-not-allow-rejecting", "KHARTOUM (Reuters) - Sudan's foreign minister said on Saturday "
         "his government would not allow foreign troops into Darfur, rejecting a U.S. call for "
         "international peacekeepers in the region.", gold=("SDNGOV>USA:12|120|125|128",),
         ok=("USA>SDN:10|100|02|020", "SDNGOV>:12|120|125|128|129"), kind="adjunct"),
    Case("w08-would-lift-ending", "JERUSALEM (Reuters) - Israel announced on Sunday it would lift a "
         "closure on the West Bank, ending a two-week ban on Palestinian workers entering Israel.",
         gold=("ISR>PSE:08|081|085|03|035|0354",), kind="adjunct"),
    Case("w03-would-visit-adding", "CANBERRA (Reuters) - Australia's prime minister said on Tuesday he "
         "would visit Indonesia next month, adding that ties between the two countries had never been "
         "stronger.", gold=("AUSGOV>IDN:036|03|030|042|04",), kind="adjunct"),
    Case("w03-will-send-rejecting", "SEOUL (Reuters) - South Korea's defence ministry said on Monday it "
         "would send 1,000 more troops to northern Iraq in August, rejecting calls from civic groups "
         "to cancel the deployment.", gold=("KORGOV>KORCVL:12|120|125|128",),
         ok=("KORGOV>IRQ:03|030|033|0332|15|150|154|07|074", "KORCVL>KORGOV:02|10|14"), kind="adjunct"),
    Case("w12-said-it-will-go-ahead-dismissing", "ANKARA (Reuters) - Turkey's prime minister said on "
         "Thursday his government would go ahead with plans to build a dam on the Tigris, dismissing "
         "protests from Iraq and Syria.", gold=("TURGOV>IRQ:12|120|125|128", "TURGOV>SYR:12|120|125|128"),
         ok=("IRQ>TUR:14|11|111", "SYR>TUR:14|11|111"), kind="adjunct"),
    Case("w13-warned-would-retaliate-urging", "NEW DELHI (Reuters) - India warned Pakistan on Monday "
         "against sending militants across the ceasefire line in Kashmir, urging Islamabad to dismantle "
         "training camps on its side of the border.", gold=("IND>PAK:02|020|025|10|100|13|130|11",),
         kind="adjunct"),
    # the speaker's adjunct after a past or present statement
    Case("w12-dismissed-charges-saying", "KIEV (Reuters) - Ukraine's prime minister dismissed opposition "
         "charges of vote rigging on Tuesday, saying the election had been free and fair.",
         gold=("UKRGOV>UKROPP:12|120|125|128",), ok=("UKROPP>UKRGOV:11|112",), kind="adjunct"),
    Case("w11-criticised-saying-would-harm", "BEIJING (Reuters) - China criticised Japan on Thursday for "
         "allowing a former Taiwanese leader to visit Tokyo, saying the trip would harm relations between "
         "the two countries.", gold=("CHN>JPN:11|111|112",), ok=("TWN>JPN:042|04",), kind="adjunct"),
    Case("w11-said-behind-blaming", "ISLAMABAD (Reuters) - Pakistan's interior minister said on "
         "Wednesday a banned militant group was behind the bombing of a mosque in Karachi, blaming it "
         "for a wave of attacks on Shi'ite worshippers.", gold=("PAKGOV>PAKREB:11|112|111",),
         ok=("PAKREB>PAK:18|180|183", ">PAK:18|180|183", "PAKREB>PAKCVL:18|180|183"), kind="adjunct"),
    Case("w11-ordered-crackdown-blaming", "JAKARTA (Reuters) - Indonesia's president ordered a crackdown "
         "on separatist rebels in Aceh on Wednesday, blaming them for an attack on a police station that "
         "killed three officers.", gold=("IDNGOV>IDNREB:11|112|111",),
         ok=("IDNGOV>IDNREB:17|170|175|15|150|13|131", "IDNREB>IDNCOP:18|180|183|19|190"),
         kind="adjunct"),
    Case("w02-said-concerned-urging", "BRUSSELS (Reuters) - The European Union said on Monday it was "
         "deeply concerned by renewed fighting in Ivory Coast, urging the government and the rebels to "
         "return to the negotiating table.", gold=("IGOEUREEC>CIV:02|020|025|0251|10|100",),
         ok=("CIVGOV>CIVREB:19|190", "CIVREB>CIVGOV:19|190", "IGOEUREEC>:11|111"), kind="adjunct"),
    Case("w12-minister-said-rejecting-trailing", "JERUSALEM (Reuters) - Israel will keep its troops along "
         "the Gaza border after the pullout, the defence minister said on Tuesday, rejecting Egyptian "
         "calls for an international force in the area.", gold=("ISRGOV>EGY:12|120|125|128",),
         ok=("ISR>PSE:15|150|03|030", "EGY>ISR:02|10|100"), kind="adjunct"),
    Case("w11-said-were-behind-accusing-speaker", "DAMASCUS (Reuters) - Syria's foreign minister said on "
         "Sunday that Israeli agents were behind a car bomb that killed a Hamas official in Damascus, "
         "accusing Israel of exporting its conflict to Syria.", gold=("SYRGOV>ISR:11|112|111",),
         ok=("ISR>PSEREB:18|180|183|186", ">PSEREB:18|180|183|186", "ISR>SYR:18|180|183"), kind="adjunct"),
    Case("w12-defied-said-vowing", "PYONGYANG (Reuters) - North Korea said on Friday it would not return "
         "to six-party talks on its nuclear programme, defying pressure from China and South Korea.",
         gold=("PRK>CHN:12|120|125|128|1246", "PRK>KOR:12|120|125|128|1246"), kind="adjunct"),
    Case("w11-blamed-for-ending", "COLOMBO (Reuters) - Sri Lanka's government blamed Tamil Tiger rebels on "
         "Monday for the collapse of a truce, ending months of relative calm in the island's north.",
         gold=("LKAGOV>LKAREB:11|112|111",), kind="adjunct"),
    Case("w12-rejected-offer-calling", "ADDIS ABABA (Reuters) - Eritrea rejected on Thursday an Ethiopian "
         "offer of talks on their disputed border, calling it a ploy to avoid implementing an "
         "international ruling.", gold=("ERI>ETH:12|120|125|128",), ok=("ETH>ERI:03|036|04",),
         kind="adjunct"),
    Case("w11-criticised-urging-sanctions", "WASHINGTON (Reuters) - The United States criticised Sudan on "
         "Friday for failing to rein in Arab militias in Darfur, urging the U.N. Security Council to "
         "impose sanctions on Khartoum.", gold=("USA>SDN:11|111|112", "USA>IGOUNO:02|020|10|100"),
         ok=("USA>SDN:16|163|13", "SDN>SDN:18|180|19|190"), kind="adjunct"),
    Case("w10-demanded-warning", "MOSCOW (Reuters) - Russia demanded on Tuesday that Georgia pull its "
         "troops back from the border of South Ossetia, warning that Moscow would defend its citizens in "
         "the region.", gold=("RUS>GEO:10|100|102|1041|02", "RUS>GEO:13|130|138"),
         ok=("RUS>GEO:15|150",), kind="adjunct"),
    # the speaker's adjunct whose nearest noun is not its doer
    Case("w11-said-army-killed-accusing", "GAZA (Reuters) - A Hamas spokesman said Israeli troops killed "
         "two Palestinian farmers near the Gaza border on Monday, accusing the army of firing on "
         "civilians without warning.", gold=("ISRMIL>PSE:18|180|19|190|186", "PSEREB>ISRMIL:11|112|111"),
         ok=("ISRMIL>PSECVL:18|180|19|190|186", "PSEREB>ISR:11|112|111", "PSE>ISRMIL:11|112|111"),
         kind="doer"),
    Case("w11-said-was-arming-accusing-speaker", "KINSHASA (Reuters) - Congo's president said on Tuesday "
         "that Rwanda was arming rebels in the east of the country, accusing Kigali of trying to annex "
         "the region's mineral wealth.", gold=("CODGOV>RWA:11|112|111",), kind="doer"),
    Case("w11-officials-said-accusing", "ISLAMABAD (Reuters) - Pakistani officials said on Saturday that "
         "Indian troops had fired across the Kashmir ceasefire line, accusing New Delhi of violating the "
         "truce.", gold=("PAKGOV>IND:11|112|111", "INDMIL>PAK:19|190|195|18"),
         ok=("PAK>IND:11|112|111", "INDMIL>PAKMIL:19|190|195"), kind="doer"),
    Case("w12-president-said-rebels-dismissing", "ABIDJAN (Reuters) - Ivory Coast's president said on "
         "Wednesday the rebels had broken the ceasefire, dismissing their call for a new round of peace "
         "talks in Ghana.", gold=("CIVGOV>CIVREB:12|120|125|128|11|112",),
         ok=("CIVREB>CIVGOV:02|020|10|03|036", "CIVREB>CIV:19|190|08"), kind="doer"),
    Case("w02-foreign-minister-said-urging", "OTTAWA (Reuters) - Canada's foreign minister said on "
         "Thursday that Haiti's interim government had done too little to disarm gangs, urging "
         "the United Nations to send more peacekeepers.", gold=("CANGOV>IGOUNO:02|020|021|0211|10",),
         ok=("CANGOV>HTIGOV:11|111",), kind="doer"),
    # claims inside accusations and reports: the claimed act is not asserted
    Case("w11-accused-of-plotting-to-assassinate", "HAVANA (Reuters) - Cuba accused the United States on "
         "Monday of plotting to assassinate President Fidel Castro, saying exiles based in Florida had "
         "been trained for the attack.", gold=("CUB>USA:11|112|111",), kind="claim"),
    Case("w11-accused-of-planning-to-attack", "TEHRAN (Reuters) - Iran's defence minister accused Israel "
         "on Saturday of planning to attack its nuclear facilities, warning that Tehran would respond "
         "with overwhelming force.", gold=("IRNGOV>ISR:11|112|111",), ok=("IRNGOV>ISR:13|130|138",),
         kind="claim"),
    Case("w11-accused-troops-of-killing", "NAIROBI (Reuters) - A human rights group accused Sudanese troops "
         "on Tuesday of killing dozens of villagers in Darfur, calling for an international inquiry.",
         gold=("NGO>SDNMIL:11|112|111",), ok=("NGO>IGOUNO:02|020|10|09", "NGO>:02|020|10"),
         kind="claim"),
    Case("w11-said-was-behind-vowed", "KABUL (Reuters) - Afghanistan's president said on Sunday that "
         "Taliban remnants were behind a rocket attack on Kabul airport and vowed to hunt down those "
         "responsible.", gold=("AFGGOV>:13|130|138|03|030",),
         ok=("AFGGOV>AFGREB:11|112", ">AFG:18|19|183|190|195", "AFGREB>AFG:18|19|183|190|195"),
         kind="claim"),
    Case("w11-accused-of-meddling", "MOSCOW (Reuters) - Russia's foreign minister accused the United "
         "States on Wednesday of meddling in Ukraine's presidential election, saying Washington was "
         "funding opposition groups in Kiev.", gold=("RUSGOV>USA:11|112|111",), kind="claim"),
    Case("w11-said-had-been-trying", "SEOUL (Reuters) - South Korea's spy agency said on Monday that North "
         "Korean agents had been trying to recruit defectors living in Seoul, in a report to parliament.",
         ok=("KORGOV>PRK:11|112|111",), kind="claim"),
    Case("w17-arrested-suspected-of-plotting", "CAIRO (Reuters) - Egypt's interior ministry said on Tuesday "
         "it had arrested 12 members of a banned Islamist group suspected of plotting attacks on tourist "
         "sites.", gold=("EGYGOV>EGYREB:173|17|170",), ok=("EGYGOV>EGY:173|17|170",), kind="claim"),
    Case("w17-arrested-who-were-plotting", "NAIROBI (Reuters) - Kenyan police said on Monday they had "
         "arrested four men who were plotting to bomb the U.S. embassy in Nairobi.",
         gold=("KENCOP>:173|17|170",), kind="claim"),
    Case("w13-rebels-said-would-attack-unless", "LAGOS (Reuters) - Rebels in Nigeria's oil-rich delta said "
         "on Wednesday they would attack oil installations unless the government released their jailed "
         "leader.", gold=("NGAREB>NGA:13|130|138|1384|10|100", ), ok=("NGAREB>NGAGOV:13|130|138|10|100",),
         kind="claim"),
    Case("w11-alleged-had-helped", "ISLAMABAD (Reuters) - Pakistan said on Thursday that Afghan officials "
         "had helped militants cross the border, an allegation Kabul quickly rejected.",
         gold=("AFG>PAK:12|120|125|128",),
         ok=("PAK>AFGGOV:11|112|111", "PAK>AFG:11|112|111"), kind="claim"),
    # reported futures and plans, told by the actor
    Case("w03-plans-to-send-team", "TOKYO (Reuters) - Japan plans to send a government team to North Korea "
         "next month to discuss the fate of Japanese citizens abducted decades ago, officials said on "
         "Friday.", gold=("JPN>PRK:036|03|030|042|04",), ok=("JPNGOV>PRK:036|03|030|042|04",),
         kind="future"),
    Case("w15-said-would-send-more-troops", "LONDON (Reuters) - Britain said on Monday it would send 500 "
         "more troops to southern Iraq to help secure the country for elections in January.",
         gold=("GBR>IRQ:15|150|154|03|030|033|0332|07|074",), kind="future"),
    Case("w03-will-hold-talks-in-norway", "COLOMBO (Reuters) - Sri Lanka's government and Tamil Tiger rebels "
         "will hold talks in Norway next month on sharing aid for the north, a Norwegian envoy said on "
         "Tuesday.", gold=("LKAGOV>LKAREB:036|03|030|04|040|043|046",
                           "LKAREB>LKAGOV:036|03|030|04|040|043|046"), kind="future"),
    Case("w03-announced-would-release", "RABAT (Reuters) - Morocco announced on Sunday it would release "
         "about 100 Algerian prisoners of war, a goodwill gesture ahead of talks on the Western Sahara.",
         gold=("MAR>DZA:0353|035|03|030|08|084",), kind="future"),
    Case("w13-vowed-would-crush", "MOSCOW (Reuters) - Russia's president vowed on Tuesday that his forces "
         "would crush the Chechen rebels behind a hostage siege in a southern school.",
         gold=("RUSGOV>RUSREB:13|130|138",), ok=("RUSREB>RUS:18|181|180",), kind="future"),
    Case("w00-expected-to-meet", "WASHINGTON (Reuters) - Israel's prime minister is expected to meet the "
         "U.S. president in Washington next week to discuss the Gaza withdrawal plan, Israeli officials "
         "said.", kind="future", ok=("ISRGOV>USAGOV:036|03|04", "ISRGOV>USA:036|03|042|04")),
    # talks and meetings placed in a third country, and talks between two sides
    Case("w04-resumed-talks-in-kenya", "NAIROBI (Reuters) - Sudanese government negotiators and southern "
         "rebels resumed peace talks in Kenya on Monday after a two-week break, mediators said.",
         gold=("SDNGOV>SDNREB:04|040|043|046", "SDNREB>SDNGOV:04|040|043|046"), kind="place"),
    Case("w04-met-in-third-country", "BEIJING (Reuters) - India's foreign minister met his Pakistani "
         "counterpart in China on Sunday on the sidelines of a regional security conference, officials "
         "said.", gold=("INDGOV>PAKGOV:04|040|043|046", "PAKGOV>INDGOV:04|040|043|046"), kind="place"),
    Case("w04-held-talks-in-geneva", "GENEVA (Reuters) - Iran and the European Union held a new round of "
         "talks on Tehran's nuclear programme in Switzerland on Friday, diplomats said.",
         gold=("IRN>IGOEUREEC:04|040|043|046", "IGOEUREEC>IRN:04|040|043|046"), kind="place"),
    Case("w05-signed-in-algeria", "ALGIERS (Reuters) - Ethiopia and Eritrea signed an agreement on "
         "prisoner exchanges in Algeria on Wednesday, officials said.",
         gold=("ETH>ERI:057|06|061|03|030", "ERI>ETH:057|06|061|03|030"), kind="place"),
    Case("w04-hosted-talks-between", "ABUJA (Reuters) - Nigeria hosted talks between Sudan's government and "
         "Darfur rebels in its capital on Saturday, the first direct contact between the two sides in "
         "months.", gold=("SDNGOV>SDNREB:04|040|043|046", "SDNREB>SDNGOV:04|040|043|046"),
         ok=("NGA>SDN:045|04|043|046", "NGA>SDNGOV:045|04|043", "NGA>SDNREB:045|04|043"), kind="place"),
    Case("w04-brokered-talks-between", "WASHINGTON (Reuters) - The United States brokered talks between "
         "Israeli and Palestinian officials on Tuesday on coordinating the Gaza pullout, the State "
         "Department said.", gold=("ISRGOV>PSEGOV:04|040|043|046", "PSEGOV>ISRGOV:04|040|043|046"),
         ok=("USA>ISR:045|04|043|046", "USA>PSE:045|04|043|046"), kind="place"),
    Case("w04-talks-between-in-nairobi", "NAIROBI (Reuters) - Talks in Nairobi between Somalia's rival "
         "faction leaders ended on Friday without agreement on a new parliament, diplomats said.",
         ok=("SOM>SOM:04|040|046",), kind="place"),
    Case("w04-held-talks-with-in-capital", "ANKARA (Reuters) - Syria's foreign minister held talks with his "
         "Turkish counterpart in Ankara on Tuesday on water sharing and border security.",
         gold=("SYRGOV>TURGOV:04|040|043|046|042",), ok=("TURGOV>SYRGOV:04|040|043|046", "SYRGOV>TUR:042|04"),
         kind="place"),
    Case("w05-ceasefire-signed-in", "DAKAR (Reuters) - Senegal's government and separatist rebels in the "
         "Casamance region signed a ceasefire in the southern town of Ziguinchor on Thursday.",
         gold=("SENGOV>SENREB:057|06|08|083|0831|03", "SENREB>SENGOV:057|06|08|083|0831|03"), kind="place"),
    Case("w04-summit-in-cambodia", "PHNOM PENH (Reuters) - Leaders of Thailand and Cambodia met in Cambodia "
         "on Monday to discuss trade and border crossings, officials said.",
         gold=("THAGOV>KHMGOV:04|040|043|046|042",), ok=("KHMGOV>THAGOV:04|040|043|046", "THA>KHM:042|04"),
         kind="place"),
    # counter-cases: reported past acts stay asserted, the object's own place gives its country
    Case("w18-police-said-troops-killed", "SRINAGAR, India (Reuters) - Indian troops shot dead two "
         "suspected militants in a gunbattle in Kashmir on Saturday, police said, adding that a soldier "
         "was wounded.", gold=("INDMIL>INDREB:18|180|186|190|19",),
         ok=("INDREB>INDMIL:19|190|18|180", "INDMIL>IND:18|180|186|190|19"), kind="counter"),
    Case("w19-army-said-soldiers-killed", "KATHMANDU (Reuters) - Nepal's army said on Sunday its soldiers "
         "had killed 15 Maoist rebels in a clash in the west of the country.",
         gold=("NPLMIL>NPLREB:18|180|186|190|19",), ok=("NPLREB>NPLMIL:19|190",), kind="counter"),
    Case("w18-witnesses-said-opened-fire", "DHAKA (Reuters) - Bangladeshi police opened fire on opposition "
         "protesters in the capital on Tuesday, wounding at least 20 people, witnesses said.",
         gold=("BGDCOP>BGDOPP:18|180|19|190|175|17",), ok=("BGDCOP>BGDCVL:18|180|19|190|175|17",
                                                          "BGDOPP>BGD:14|141", "BGDOPP>BGDGOV:14|141"),
         kind="counter"),
    Case("w04-officials-said-discussed", "MOSCOW (Reuters) - Russia's president and the visiting German "
         "chancellor discussed energy supplies at a meeting outside Moscow on Friday, officials said.",
         gold=("RUSGOV>DEUGOV:04|040|043|046", "DEUGOV>RUSGOV:04|040|043|046"),
         ok=("DEUGOV>RUS:042|04",), kind="counter"),
    Case("w19-bombed-hideouts-in", "BAGHDAD (Reuters) - U.S. warplanes bombed suspected militant hideouts "
         "in the Iraqi city of Falluja on Sunday, the military said.",
         gold=("USAMIL>IRQ:19|190|195|18|180",), ok=("USA>IRQ:19|190|195|18|180",), kind="counter"),
    Case("w19-attacked-village-in", "KINSHASA (Reuters) - Rwandan Hutu rebels attacked a village in eastern "
         "Congo on Thursday, killing 12 villagers, a U.N. spokesman said.",
         gold=("RWAREB>COD:18|180|186|19|190",), ok=("RWAREB>CODCVL:18|180|186|19|190",), kind="counter"),
    Case("w04-arrived-in-for-talks", "TEHRAN (Reuters) - Iraq's prime minister arrived in Iran on Monday "
         "for talks on border security, his office said.", gold=("IRQGOV>IRN:042|040|043",), kind="counter"),
    Case("w17-arrested-in-said", "ISTANBUL (Reuters) - Turkish police said on Friday they had arrested "
         "three suspected militants in Istanbul over a plot to attack a NATO summit.",
         gold=("TURCOP>TURREB:173|17|170",), ok=("TURCOP>TUR:173|17|170", "TURCOP>:173|17|170"),
         kind="counter"),
    Case("w12-denied-saying-had-attacked", "KAMPALA (Reuters) - Uganda denied on Tuesday that its troops "
         "had crossed into Congo, saying the reports were invented by its enemies.",
         gold=("UGA>:12|120|125|128|11",), ok=("UGA>COD:12|120|125|128|11",), kind="counter"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "w08-would-lift-ending": "'a closure on the West Bank' names no target for the lifting",
    "w12-said-it-will-go-ahead-dismissing": "'protests from Iraq and Syria' reaches only the first conjunct",
    "w11-said-behind-blaming": "'blaming it for' under 'was behind' is not coded",
    "w12-defied-said-vowing": "'pressure from China and South Korea' reaches only the first conjunct",
    "w10-demanded-warning": "the threat in 'warning that Moscow would defend' is aimed at Moscow itself",
    "w11-said-was-arming-accusing-speaker": "'rebels in the east of the country' take the arming side's "
    "country, and the claimed arming is coded",
    "w11-officials-said-accusing": "'fired across the Kashmir ceasefire line' finds no target",
    "w12-president-said-rebels-dismissing": "'their call' finds no holder, and 'had broken the ceasefire' is coded 19",
    "w11-accused-of-planning-to-attack": "'warning that Tehran would respond' is aimed at Tehran itself",
    "w11-accused-troops-of-killing": "'a human rights group' takes the dateline's country, not NGO",
    "w11-accused-of-meddling": "the funding a 'saying' adjunct claims is coded, aimed at the dateline's country",
    "w17-arrested-suspected-of-plotting": "'12 members of a banned Islamist group' is no target",
    "w11-alleged-had-helped": "a clause an appositive 'allegation' renames is still coded as done",
    "w18-police-said-troops-killed": "'a soldier was wounded' is coded with an unknown doer",
    "w02-foreign-minister-said-urging": "the adjunct is the speaker's only by sense: the told clause's own doer "
    "(Haiti's government) could urge the UN too, and a reporter's adjunct stays the doer's (review, session 12)",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_reporting_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was last fixed (tuple P/R .893/.844, root P/R
    # .955/.974; main before any fix, on the same gold, .706/.545 and .902/.818). The review's bound on
    # speakers' adjuncts (a reporter's adjunct stays the doer's) cost one lead: .880/.831.
    assert scores["tuple_precision"] >= 0.875
    assert scores["tuple_recall"] >= 0.83
    assert scores["root_precision"] >= 0.95
    assert scores["root_recall"] >= 0.97


# Leads for the fixes the set led to: the lead engineer's probes (written by him, not from any data
# set) and variants written for these tests.
LATER = {
    "defying": "Iran said on Sunday it would resume uranium enrichment, defying a European demand.",
    "rejecting": "South Korea said it would send 3,000 troops to Iraq, rejecting calls from activists to "
    "cancel the deployment.",
    "dismissing": "Britain said it would not negotiate with the kidnappers, dismissing a demand to free "
    "female prisoners.",
    "plotting-accusing": "Venezuela's president said the United States was plotting to kill him, accusing "
    "Washington of backing the opposition.",
    "killing-is-the-gunmen-s": "Police said gunmen attacked a convoy near the Freedonian border, killing three "
    "soldiers.",
    "attribution-after": "Egypt's foreign ministry summoned Israel's ambassador on Monday, accusing Israel of "
    "spying, a spokesman said.",
    "talks-in-kenya": "NAIROBI (Reuters) - Sudanese government negotiators and southern rebels resumed talks in "
    "Kenya on Monday.",
    "rebel-negotiators": "Sudanese government and rebel negotiators resumed peace talks in Kenya on Monday.",
    "ceasefire-signed": "The government and separatist rebels signed a ceasefire in Dakar on Thursday.",
    "abducted-long-ago": "Japan will send a team to North Korea next month to discuss the fate of Japanese "
    "citizens abducted decades ago.",
    "hosted-between": "Ghana hosted talks between Ivory Coast's government and the New Forces rebels in "
    "Accra on Friday.",
    "brokered-between": "Egypt brokered talks between Israeli and Palestinian officials in Cairo on Sunday.",
    "vowed-would": "Russia's president vowed that his army would crush the rebels behind the bombing.",
    "dismissed-protests": "Turkey's prime minister dismissed protests from Syria over the new dam.",
}


@pytest.fixture(scope="module")
def later(settings: Settings) -> dict[str, set[Tuple]]:
    run = run_user_path([{"id": k, "title": "", "text": v} for k, v in LATER.items()], settings)
    return {k: claims([e for a in run.articles[k] for e in a["events"]]) for k in LATER}


def test_a_speaker_s_adjunct_is_as_real_as_the_saying_and_the_speaker_s(later: dict[str, set[Tuple]]) -> None:
    assert ("IRN", "IGO", "12") in later["defying"] or ("IRN", "", "12") in later["defying"]
    assert ("KOR", "KOR", "12") in later["rejecting"]
    assert {t for t in later["dismissing"] if t[0] == "GBR" and t[2] == "12"}
    assert ("VEN", "USA", "11") in later["plotting-accusing"]
    assert not {t for t in later["plotting-accusing"] if t[0] == "USA"}


def test_an_adjunct_of_doing_or_before_the_attribution_stays_the_clause_s(later: dict[str, set[Tuple]]) -> None:
    # The soldiers were killed by the gunmen, not by the police who told it.
    assert not {t for t in later["killing-is-the-gunmen-s"] if t[2] in ("18", "19") and t[0].endswith("COP")}
    assert ("EGY", "ISR", "11") in later["attribution-after"]


def test_talks_are_held_in_a_place_and_between_their_sides(later: dict[str, set[Tuple]]) -> None:
    # The venue is no side: the two sides the subject names talk to each other.
    assert ("SDN", "SDN", "04") in later["talks-in-kenya"]
    assert not {t for t in later["talks-in-kenya"] if "KEN" in t[:2]}
    # "government and rebel negotiators" are two sides of one country.
    assert later["rebel-negotiators"] == {("SDN", "SDN", "04")}
    # A host's or a broker's talks between two sides are the sides' talks too.
    assert ("ISR", "PSE", "04") in later["brokered-between"] and ("PSE", "ISR", "04") in later["brokered-between"]
    assert not {t for t in later["brokered-between"] if t[1] == "EGY"}
    assert {t for t in later["hosted-between"] if t[0] == "CIV" and t[2] == "04"}


def test_a_vow_that_one_would_act_and_a_dismissal_of_protests_are_coded(later: dict[str, set[Tuple]]) -> None:
    assert {t for t in later["vowed-would"] if t[0] == "RUS" and t[2] == "13"}
    assert ("TUR", "SYR", "12") in later["dismissed-protests"]


def test_a_past_form_modifying_a_noun_is_its_participle_not_the_noun_s_act(later: dict[str, set[Tuple]]) -> None:
    # "citizens abducted decades ago" were abducted: neither Japan nor the citizens abducted anyone.
    assert not {t for t in later["abducted-long-ago"] if t[2] == "18"}


def test_a_ceasefire_signed_by_two_sides_is_their_agreement(later: dict[str, set[Tuple]]) -> None:
    assert {t[2] for t in later["ceasefire-signed"]} == {"05"}
    assert {t for t in later["ceasefire-signed"] if t[0] and t[0] == t[1]}  # two sides of one country, both ways
