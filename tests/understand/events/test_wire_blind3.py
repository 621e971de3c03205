"""A third blind set of wire leads, weighted toward the CAMEO roots the first two sets (and wire
copy) have few of: intents and promises (03), visits, hosting and phone calls (04), praise,
condolences and apologies (05), cooperation (06), aid (07), yielding, surrender and retreat (08),
inquiries (09), demands (10), rejections and vetoes (12), threats (13), boycotts and hunger
strikes (14), alerts and troop build-ups (15), cut ties, trade bans and halted talks (16),
deportations, raids and bans (17), killings by unnamed gunmen (18), shelling and rockets (19)
and massacres (20), spread over regions. The gold was coded by `events_guidelines.md` before the
coder's output was seen; the case format and the scoring are the first set's. All sentences were
written for this test.

`python -m pytest tests/understand/events/test_wire_blind3.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params, score

pytestmark = pytest.mark.model

# declarative table: the third blind set.
# fmt: off
CASES: tuple[Case, ...] = (
    # 02 appeals
    Case("u02-pleaded", "BOGOTA (Reuters) - Colombia's president pleaded with leftist rebels on Sunday "
         "to free the hostages they have held for years.", gold=("COLGOV>COLREB:0253|025|020",)),
    Case("u02-encouraged", "CANBERRA (AP) - Australia's foreign minister on Tuesday encouraged Fiji's "
         "military leaders to return the country to civilian rule.", gold=("AUSGOV>FJIMIL:024|020",)),
    Case("u02-asked-imf", "BUENOS AIRES (Reuters) - Argentina asked the International Monetary Fund "
         "on Wednesday for more time to repay its debt.", gold=("ARG>IGOIMF:021|020",)),
    # 03 intent to cooperate, promises
    Case("u03-vowed", "ABUJA (Reuters) - Nigeria's president vowed on Thursday to send more "
         "peacekeepers to Sudan's Darfur region.", gold=("NGAGOV>SDN:030|033|032",)),
    Case("u03-agreed-reopen", "SEOUL (AP) - North Korea and South Korea agreed on Friday to reopen a "
         "rail link across their border.", gold=("PRK>KOR:030|031|057|06", "KOR>PRK:030|031|057|06"),
         kind="reciprocal"),
    Case("u03-offered-asylum", "QUITO (Reuters) - Ecuador offered asylum on Tuesday to a former "
         "Peruvian minister wanted at home for corruption.", gold=("ECU>PER:030|075|07",)),
    Case("u03-willing", "KHARTOUM (AFP) - Sudan's government said on Saturday it was willing to hold "
         "talks with Darfur rebels in Nigeria next month.", gold=("SDNGOV>SDNREB:036|030",),
         kind="reported"),
    Case("u03-will-cooperate", "ALGIERS (Reuters) - Algeria will cooperate with France in hunting "
         "down Islamist militants, the interior minister said on Monday.",
         gold=("DZA>FRA:030|031|06",), kind="future"),
    # 04 consult: hosting, phoning, touring, flying in for talks
    Case("u04-hosted", "AMMAN (Reuters) - Jordan's King Abdullah hosted Iraqi interim Prime Minister "
         "Iyad Allawi in Amman on Sunday for talks on border security.",
         gold=("JORGOV>IRQGOV:043|040",), ok=("IRQGOV>JORGOV:042|040",)),
    Case("u04-telephoned", "BERLIN (AP) - German Chancellor Gerhard Schroeder telephoned Russian "
         "President Vladimir Putin on Monday to discuss the hostage crisis.",
         gold=("DEUGOV>RUSGOV:040|041",), ok=("RUSGOV>DEUGOV:040|041",)),
    Case("u04-toured", "DHAKA (AFP) - A senior U.S. State Department official toured flood-hit "
         "areas of Bangladesh on Wednesday.", gold=("USAGOV>BGD:042|040",)),
    Case("u04-flew-for-talks", "ISLAMABAD (Reuters) - Pakistan's foreign minister flew to Kabul on "
         "Thursday for talks with Afghan President Hamid Karzai.",
         gold=("PAKGOV>AFGGOV:042|040|043",), ok=("AFGGOV>PAKGOV:043|040",)),
    Case("u04-envoy", "KINSHASA (Reuters) - A South African envoy arrived in Kinshasa on Friday to "
         "meet Congo's president.", gold=("ZAFGOV>CODGOV:042|040|036",)),
    # 05 praise, condolences, apologies, endorsement
    # Coded 05 first; the CAMEO codebook puts condolences in 018 (empathetic comment), which the
    # guidelines do not count, so no event is the gold.
    Case("u05-condolences", "MOSCOW (Reuters) - Chinese President Hu Jintao sent condolences to "
         "Russia on Saturday over the school siege in Beslan.", ok=("CHNGOV>RUS:018|050",), kind="no-event"),
    Case("u05-congratulated", "NEW DELHI (AFP) - Indian Prime Minister Manmohan Singh congratulated "
         "Afghan President Hamid Karzai on Tuesday on his election victory.",
         gold=("INDGOV>AFGGOV:051|050",)),
    Case("u05-apologised", "TOKYO (Reuters) - Japan's prime minister apologised to South Korea on "
         "Friday for the suffering caused by colonial rule.", gold=("JPNGOV>KOR:055|050",)),
    Case("u05-backed", "LONDON (Reuters) - Britain backed India's bid for a permanent seat on the "
         "U.N. Security Council on Wednesday.", gold=("GBR>IND:051|050",)),
    # 06 material cooperation
    Case("u06-handed-over", "KABUL (AP) - U.S. forces handed over three Taliban suspects to Afghan "
         "authorities on Sunday.", gold=("USAMIL>AFGGOV:063|060|08",)),
    Case("u06-training", "SANAA (Reuters) - U.S. military instructors are training Yemeni coast guard "
         "units to patrol the Red Sea.", gold=("USAMIL>YEMMIL:062|060",)),
    Case("u06-share-intel", "JAKARTA (Reuters) - Indonesia and Australia agreed on Tuesday to share "
         "intelligence on militant groups.", gold=("IDN>AUS:064|060|030|057", "AUS>IDN:064|060|030|057"),
         kind="reciprocal"),
    # 07 aid
    Case("u07-airlifted", "COLOMBO (Reuters) - Indian air force planes airlifted tents and medicine to "
         "tsunami survivors in eastern Sri Lanka on Thursday.", gold=("INDMIL>LKA:073|070",)),
    Case("u07-donated", "MANAGUA (AP) - Taiwan donated 10 million dollars to Nicaragua on Monday to "
         "build schools and roads.", gold=("TWN>NIC:071|070",)),
    Case("u07-peacekeepers", "MONROVIA (Reuters) - Ghana sent 200 more peacekeepers to Liberia on "
         "Tuesday to help disarm former fighters.", gold=("GHA>LBR:074|070",)),
    Case("u07-asylum", "STOCKHOLM (AFP) - Sweden granted asylum on Wednesday to an Uzbek opposition "
         "leader.", gold=("SWE>UZBOPP:075|070",)),
    # 08 yield: withdrawal, retreat, surrender, reopening, resignation
    Case("u08-pulled-out", "SANTO DOMINGO (AP) - The Dominican Republic pulled its last troops out of "
         "Iraq on Tuesday.", gold=("DOM>IRQ:0874|087|080",)),
    Case("u08-returned-fire", "KATHMANDU (Reuters) - Nepalese soldiers returned fire and the Maoist "
         "rebels withdrew into the hills, the army said on Sunday.",
         gold=("NPLMIL>NPLREB:190", "NPLREB>:0874|087"), kind="two-events"),
    Case("u08-surrendered", "GROZNY (Reuters) - Twelve Chechen rebel fighters surrendered to Russian "
         "forces on Wednesday, the military said.", gold=("RUSREB>RUSMIL:0874|087|080",)),
    Case("u08-reopened", "JERUSALEM (AP) - Israel reopened the Erez crossing into the Gaza Strip on "
         "Monday after a week-long closure.", gold=("ISR>PSE:081|0872|087|080",),
         ok=("ISR>:081|0872|087|080",)),
    Case("u08-resigned", "TBILISI (Reuters) - Georgia's defence minister resigned on Thursday after "
         "weeks of protests.", ok=("GEOGOV>:083|0833|080",), kind="no-event"),
    # 09 investigate
    Case("u09-inquiry", "ISLAMABAD (Reuters) - Pakistan ordered an inquiry on Monday into the deaths "
         "of five prisoners in police custody.", gold=("PAK>:090|091",)),
    Case("u09-probe", "BRUSSELS (AP) - The European Commission launched a probe on Tuesday into state "
         "aid given to France's national airline.", gold=("IGOEUREEC>FRA:090|091|092",)),
    Case("u09-prosecutors", "LIMA (Reuters) - Peruvian prosecutors are investigating former President "
         "Alberto Fujimori over the killing of 25 people in the early 1990s.",
         gold=("PERJUD>PER:090|092",)),
    # 10 demand
    Case("u10-withdrawal", "BEIRUT (AFP) - Lebanese opposition leaders demanded on Sunday the "
         "withdrawal of Syrian troops from Lebanon.", gold=("LBNOPP>SYR:1056|105|100",)),
    Case("u10-pressed", "WASHINGTON (AP) - Washington pressed Beijing on Wednesday to let its "
         "currency float freely.", gold=("USA>CHN:100|020",)),
    # 11 disapprove
    Case("u11-denounced", "HAVANA (AP) - Cuba denounced the United States on Monday for new "
         "restrictions on family travel to the island.", gold=("CUB>USA:111|110",)),
    Case("u11-blamed", "KIGALI (Reuters) - Rwanda blamed Congo on Tuesday for a cross-border raid by "
         "Hutu rebels.", gold=("RWA>COD:112|111",), ok=("REB>RWA:190|18", "RWAREB>RWA:190|18")),
    Case("u11-summoned", "SEOUL (Reuters) - South Korea summoned Japan's ambassador on Thursday to "
         "protest over new history textbooks.", gold=("KOR>JPN:114|111|16",)),
    # 12 reject, deny, veto
    Case("u12-vetoed", "UNITED NATIONS (Reuters) - Russia vetoed a U.N. Security Council resolution on "
         "Cyprus on Wednesday.", gold=("RUS>IGOUNO:120|125",), ok=("RUS>CYP:120|125", "RUS>:120|125")),
    Case("u12-denied-role", "DAMASCUS (AFP) - Syria on Friday denied any role in the killing of a Hamas "
         "official in Damascus.", gold=("SYR>:120|12",), kind="negated"),
    Case("u12-turkey-demand", "ANKARA (Reuters) - Turkey rejected on Thursday a European Union demand "
         "to recognise Cyprus before entry talks begin.", gold=("TUR>IGOEUREEC:120|12",),
         ok=("IGOEUREEC>TUR:100|10", "TUR>:120|12")),
    Case("u12-rebuffed", "PYONGYANG (AP) - North Korea rebuffed a South Korean offer of food aid on "
         "Saturday.", gold=("PRK>KOR:120|125",), ok=("KOR>PRK:030|033",)),
    # 13 threaten
    Case("u13-use-force", "BEIJING (Reuters) - China warned Taiwan on Tuesday that it would use force "
         "to stop any move toward formal independence.", gold=("CHN>TWN:138|130",)),
    Case("u13-quit", "JERUSALEM (AP) - Two far-right parties threatened on Sunday to quit Israel's "
         "coalition government over the Gaza withdrawal plan.", gold=("ISR>ISRGOV:130|13",)),
    Case("u13-stepped-up", "BAGHDAD (Reuters) - Insurgents stepped up attacks on Iraqi police stations "
         "ahead of January's election, the interior minister said on Monday.",
         ok=("IRQREB>IRQCOP:180|190", "IRQREB>:180|190"), kind="no-threat"),
    Case("u13-ultimatum", "MOSCOW (Reuters) - Russia gave Georgia an ultimatum on Tuesday to free four "
         "Russian officers within 24 hours.", gold=("RUS>GEO:139|130|100",)),
    # 14 protest, strike, boycott
    Case("u14-boycotted", "ATHENS (AP) - Greek opposition parties boycotted a parliamentary vote on "
         "Thursday over the new media law.", gold=("GRCOPP>:143|140",)),
    Case("u14-hunger", "ANKARA (Reuters) - Hundreds of Kurdish prisoners went on hunger strike in "
         "Turkish jails on Monday.", gold=("TUR>:142|140",)),
    Case("u14-rallied", "DHAKA (Reuters) - Tens of thousands of opposition supporters rallied in Dhaka "
         "on Sunday to demand the government's resignation.", gold=("BGDOPP>BGDGOV:141|140",),
         ok=("BGDOPP>BGDGOV:104|100|1041", "BGDOPP>:141|140")),
    Case("u14-headline", "BANGKOK (Reuters) - Thousands of Thai farmers marched through Bangkok on "
         "Wednesday to demand debt relief from the government.",
         title="Thai farmers protest in Bangkok", gold=("THACVL>THAGOV:141|140",),
         ok=("THACVL>:141|140", "THACVL>THAGOV:100|10"), kind="headline"),
    # 15 posture
    Case("u15-massed", "ASMARA (Reuters) - Ethiopia has massed troops along the border, the Eritrean "
         "information ministry said on Friday.", gold=("ETH>:154|152|150",), kind="reported"),
    Case("u15-alert", "SEOUL (Reuters) - South Korea's military raised its alert level on Wednesday "
         "after North Korea test-fired a missile.", gold=("KORMIL>:152|150",),
         ok=("PRK>:150|15|13", "KORMIL>PRK:152|150")),
    Case("u15-tightened", "LONDON (Reuters) - Britain tightened security at its airports on Thursday "
         "after warnings of a possible attack.", gold=("GBR>:151|150",)),
    Case("u15-police", "KARACHI (AP) - Pakistan deployed thousands of extra police in Karachi on "
         "Friday ahead of Shiite religious processions.", gold=("PAK>:153|150",)),
    # 16 reduce relations
    Case("u16-severed", "CARACAS (Reuters) - Venezuela severed diplomatic ties with Colombia on Friday "
         "after a row over the capture of a rebel leader.", gold=("VEN>COL:161|160",)),
    Case("u16-expelled-envoy", "ASHGABAT (AFP) - Turkmenistan expelled the Uzbek ambassador on Monday, "
         "accusing him of backing a coup plot.",
         gold=("TKM>UZBGOV:161|166|174", "TKM>UZBGOV:112|111")),
    Case("u16-suspended-talks", "NEW DELHI (Reuters) - India suspended peace talks with Pakistan on "
         "Tuesday after a deadly attack in Kashmir.", gold=("IND>PAK:164|160",)),
    Case("u16-wine-ban", "MOSCOW (Reuters) - Russia banned imports of Georgian wine on Wednesday, "
         "citing health concerns.", gold=("RUS>GEO:163|160|172",)),
    Case("u16-cut-aid", "WASHINGTON (AP) - The United States cut off military aid to Uzbekistan on "
         "Tuesday over human rights abuses.", gold=("USA>UZB:162|1621|160",)),
    # 17 coerce
    Case("u17-deported", "ROME (Reuters) - Italy deported a Moroccan imam on Friday for preaching holy "
         "war.", gold=("ITA>MAR:174|170",)),
    Case("u17-raided", "MOSCOW (AP) - Russian tax police raided the Moscow offices of the Yukos oil "
         "company on Thursday.", gold=("RUSCOP>RUSBUS:170|171|1711",), ok=("RUSCOP>:170|171",)),
    Case("u17-banned-party", "TASHKENT (Reuters) - Uzbekistan's supreme court banned an Islamic "
         "opposition party on Wednesday.", gold=("UZBJUD>UZBOPP:172|170",)),
    Case("u17-house-arrest", "RANGOON (AFP) - Myanmar's military government placed opposition leader "
         "Aung San Suu Kyi under house arrest on Monday.", gold=("MMRGOV>MMROPP:173|170",)),
    # 18 assault: unnamed gunmen, beheading, grenade, abduction told as a noun
    Case("u18-gunmen", "BAGHDAD (Reuters) - Gunmen killed three policemen in western Baghdad on "
         "Tuesday, police said.", title="Gunmen kill three policemen in Baghdad",
         gold=(">IRQCOP:180|186",), kind="headline"),
    Case("u18-beheaded", "RIYADH (Reuters) - Militants in Saudi Arabia beheaded an American engineer "
         "they had kidnapped, an Islamist website said on Friday.", gold=("SAUREB>USA:180|18",),
         ok=("SAUREB>USA:181",)),
    Case("u18-assassinated", "BATTICALOA, Sri Lanka (AP) - A Tamil politician was assassinated by "
         "suspected rebel gunmen in eastern Sri Lanka on Saturday.", gold=("LKAREB>LKA:186|180",),
         kind="passive"),
    Case("u18-grenade", "COTABATO, Philippines (Reuters) - A grenade exploded at a crowded market in "
         "the southern Philippines on Sunday, killing five people.", gold=(">PHL:183|180",)),
    Case("u18-abduction", "PORT-AU-PRINCE (AP) - The abduction of a French aid worker in Haiti on "
         "Monday was the third in a week.", gold=(">FRA:181|180",), kind="nominal"),
    # 19 fight: shelling, helicopters, fighting told as a noun, rockets, headline kill
    Case("u19-shelled", "ABIDJAN (Reuters) - Ivorian government forces shelled the rebel-held town of "
         "Bouake on Saturday.", gold=("CIVMIL>:194|190",)),
    Case("u19-helicopters", "KHARTOUM (AFP) - Sudanese army helicopters attacked villages in south "
         "Darfur on Wednesday, rebels said.", gold=("SDNMIL>SDN:195|190|180",), kind="reported"),
    Case("u19-fighting-noun", "MOGADISHU (Reuters) - Fighting between rival militias in the Somali "
         "capital killed at least 12 people on Thursday.", gold=("SOMREB>SOMREB:190",),
         kind="nominal"),
    Case("u19-rockets", "KABUL (AP) - Suspected Taliban fighters fired rockets at a U.S. military base "
         "in eastern Afghanistan on Tuesday.", gold=("AFGREB>USAMIL:190|195|180",)),
    Case("u19-headline", "GAZA CITY (Reuters) - Israeli troops shot dead two Palestinian gunmen who "
         "tried to cross the border fence in the southern Gaza Strip on Friday, the army said.",
         title="Israeli troops kill two Palestinians in Gaza", gold=("ISRMIL>PSEREB:190|186|180",),
         ok=("ISRMIL>PSE:190|186|180",), kind="headline"),
    # 20 mass violence
    Case("u20-slaughtered", "BUNIA, Congo (Reuters) - Militiamen slaughtered more than 60 villagers "
         "with machetes in northeastern Congo, U.N. officials said on Saturday.",
         gold=("CODREB>CODCVL:202|200|180",), kind="reported"),
    # no event: figurative, hypothetical, statements
    Case("u00-fight-hunger", "NEW YORK (Reuters) - World leaders launched a campaign on Monday to fight "
         "hunger and poverty in Africa.", kind="figurative"),
    Case("u00-could-strike", "JERUSALEM (AP) - Israel could strike Iran's nuclear sites within months, "
         "a newspaper reported on Sunday.", kind="hypothetical"),
    Case("u00-insisted", "PARIS (Reuters) - French President Jacques Chirac insisted on Tuesday that "
         "France had been right to oppose the war in Iraq.", kind="no-event"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "u08-returned-fire": "'returned fire' has its target (the rebels) only in the next clause",
    "u08-reopened": "no own sense for reopening a crossing (081); the imported 'reopen' senses would be lost",
    "u09-probe": "the probe's target sits in what is probed ('state aid given to France's airline')",
    "u18-gunmen": "the lead's 'Gunmen' (read as a proper noun after the headline) resolves to no actor, the headline's gets the dateline's country",
    "u18-assassinated": "'a Tamil politician' resolves to no actor, so the target is empty",
    "u19-fighting-noun": "the gerund is read as the noun now, but one plural side ('between rival militias') gives no X->X pair",
    "u00-insisted": "what France 'had been right to oppose' inside a that-clause of 'insisted' is coded as an act (110)",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_third_blind_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was fixed (tuple P/R .917/.811, root P/R
    # .971/.946; before any fix .727/.676 and .843/.824): the set must not get worse.
    assert scores["tuple_precision"] >= 0.9
    assert scores["tuple_recall"] >= 0.8
    assert scores["root_precision"] >= 0.95
    assert scores["root_recall"] >= 0.93
