"""An eighth blind set of wire leads, on how wire copy tells cooperation, concessions and their
opposite: diplomatic cooperation (05: threw its support behind, voiced support for, came to the
defence of, issued an apology, hailed as, a deal under which, an accord signed by, inked),
material cooperation (06: pooled intelligence, joined forces, handed records to, an extradition
told as a noun), aid (07: wrote off debt, extended a loan, flew relief supplies, granted asylum
by, the deployment of peacekeepers), yielding (08: handed over control, won the release of, the
lifting of sanctions, the withdrawal of troops from, pulled back, handed back, gave inspectors
access, called a truce, eased a closure, bowed to demands, backed down, a participle "allowing"),
rejection (12: poured cold water on, said no to, turned its back on, threw out, a refusal told as
a noun, stood firm against), protest (14: staged a walkout, marched on, set up roadblocks, held a
rally, a passive "was besieged by") and reduced relations (16: downgraded ties, froze talks, called
off, walked away from, ordered out, slapped an embargo, a suspension told as a noun, withdrew its
ambassador, a passive "sanctions were imposed by"), told with light verbs and nouns, in passive and
participial forms, with counter-cases: intents (03), threats of protest (13), and statements about
such acts that are no events (background participles, opinions, conditionals, plans).

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was
seen: handing over control of a place is yielding (080, 0874 a careful coder may give); a released
captive's captors are the source of the release, whoever negotiated it; an agreement to act is an
intent (03) with the act's root as an alternative. The case format and the scoring are the first
set's. All sentences were written for this test; people and incidents are generic or fictional.

`python -m pytest tests/understand/events/test_wire_blind8.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params, score

pytestmark = pytest.mark.model

# declarative table: the eighth blind set.
# fmt: off
CASES: tuple[Case, ...] = (
    # 05 diplomatic cooperation
    Case("y05-green-light", "BRUSSELS (Reuters) - European Union leaders gave the green light on "
         "Friday to the opening of membership talks with Turkey next year, ending months of debate "
         "over whether the mainly Muslim country belonged in Europe.",
         gold=("IGOEUREEC>TUR:051|050|03|036",)),
    Case("y05-threw-support-behind", "MOSCOW (Reuters) - Russia threw its support behind Iran's "
         "civilian nuclear programme on Tuesday, a day after Washington called for U.N. sanctions "
         "against Tehran.", gold=("RUS>IRN:051|050",), ok=("USA>IRN:020|10|16",)),
    Case("y05-voiced-support", "LONDON (Reuters) - British Foreign Secretary Jack Straw voiced strong "
         "support on Wednesday for Iraq's interim government, saying it deserved the backing of the "
         "international community.", gold=("GBRGOV>IRQGOV:051|050",)),
    Case("y05-came-to-defence", "PARIS (AFP) - France came to the defence of Syria on Monday, saying "
         "Damascus had done much to stop foreign fighters crossing into Iraq.",
         gold=("FRA>SYR:052|051|050",)),
    Case("y05-issued-apology", "TOKYO (Reuters) - Japan's foreign ministry issued a formal apology to "
         "China on Thursday after a Japanese destroyer strayed into Chinese waters during an "
         "exercise in the East China Sea.", gold=("JPNGOV>CHN:055|050",)),
    Case("y05-hailed-as", "NAIROBI (Reuters) - Kenya hailed the election of a new Somali president by "
         "exiled lawmakers in Nairobi on Sunday as a turning point for its war-torn neighbour.",
         gold=("KEN>SOM:051|050",)),
    Case("y05-rallied-behind", "BEIRUT (AP) - Syria and Iran rallied behind Lebanon on Wednesday as "
         "the U.N. Security Council prepared to debate a resolution demanding the withdrawal of "
         "foreign troops from the country.", gold=("SYR>LBN:053|051|050", "IRN>LBN:053|051|050"),
         kind="coordinated"),
    Case("y05-endorsed-plan", "BRUSSELS (AP) - NATO foreign ministers on Thursday endorsed a U.S. plan "
         "to expand the alliance's peacekeeping force in Afghanistan beyond the capital Kabul.",
         gold=("IGONATO>USA:051|050",), ok=("IGONATO>AFG:074|03",)),
    Case("y057-deal-under-which", "CAIRO (Reuters) - Egypt and Israel signed a deal on Tuesday under "
         "which 750 Egyptian border guards will patrol the frontier with the Gaza Strip after Israel "
         "pulls out of the territory.", gold=("EGY>ISR:057", "ISR>EGY:057"), kind="reciprocal"),
    Case("y057-accord-signed-by", "NAIVASHA, Kenya (Reuters) - A comprehensive peace accord was "
         "signed by the Sudanese government and southern rebels in the Kenyan town of Naivasha on "
         "Sunday, ending Africa's longest civil war.",
         gold=("SDNGOV>SDNREB:057", "SDNREB>SDNGOV:057"), kind="passive"),
    Case("y057-inked", "ISLAMABAD (AP) - Pakistan and China inked eight agreements on Monday to boost "
         "trade and cooperation in energy and mining during a visit by the Chinese premier.",
         gold=("PAK>CHN:057|061", "CHN>PAK:057|061"), ok=("CHNGOV>PAK:042|040", "PAK>CHNGOV:043|040"),
         kind="reciprocal"),
    Case("y057-signing-participle", "BRASILIA (Reuters) - Chinese President Hu Jintao ended a three-day "
         "visit to Brazil on Friday, signing a series of trade and investment agreements with "
         "President Luiz Inacio Lula da Silva.", gold=("CHNGOV>BRAGOV:057", "BRAGOV>CHNGOV:057"),
         ok=("CHNGOV>BRA:042|040", "CHNGOV>BRAGOV:042|040"), kind="participle"),
    # 06 material cooperation
    Case("y06-pooled-intelligence", "JAKARTA (Reuters) - Indonesian and Australian police have pooled "
         "intelligence on a militant network blamed for the bombing of the Australian embassy, "
         "officials from both countries said on Monday.",
         gold=("IDNCOP>AUSCOP:064|060", "AUSCOP>IDNCOP:064|060"), kind="reciprocal"),
    Case("y06-joined-forces", "CUCUTA, Colombia (AP) - Colombian and Venezuelan troops joined forces "
         "on Tuesday to hunt drug traffickers operating along their common border, military officials "
         "said.", gold=("COLMIL>VENMIL:062|060", "VENMIL>COLMIL:062|060"), kind="reciprocal"),
    Case("y06-handed-records", "GENEVA (Reuters) - Swiss prosecutors handed Nigerian investigators "
         "the bank records of the late military ruler Sani Abacha on Wednesday, clearing the way for "
         "the return of millions of dollars to Nigeria.", gold=("CHEJUD>NGA:063|064|060",),
         ok=("CHE>NGA:084|080",)),
    Case("y06-extradition-noun", "LIMA (Reuters) - The extradition of Peru's former spy chief from "
         "Chile to Peru on Thursday cleared the way for his trial on charges of corruption and human "
         "rights abuses.", gold=("CHL>PER:063|060",), kind="nominal"),
    Case("y06-was-extradited-by", "MADRID (AP) - A suspected leader of the Basque separatist group "
         "ETA was extradited to Spain by France on Wednesday to stand trial for a string of car "
         "bombings.", gold=("FRA>ESP:063|060",), kind="passive"),
    # 07 aid
    Case("y07-wrote-off-debt", "DAMASCUS (Reuters) - Russia wrote off nearly three quarters of Syria's "
         "13 billion dollar Soviet-era debt on Tuesday during a visit to Moscow by President Bashar "
         "al-Assad.", gold=("RUS>SYR:071|070",), ok=("SYRGOV>RUS:042|040", "RUS>SYRGOV:043|040")),
    Case("y07-extended-loan", "HANOI (AP) - Japan extended a 90 million dollar loan to Vietnam on "
         "Friday to help build a new bridge across the Red River, the Japanese embassy said.",
         gold=("JPN>VNM:071|070",)),
    Case("y07-flew-relief", "DHAKA (Reuters) - China flew tents, medicine and water purification "
         "tablets to flood-hit Bangladesh on Sunday as the death toll from two weeks of monsoon "
         "floods rose above 500.", gold=("CHN>BGD:073|070",)),
    Case("y07-asylum-by", "WASHINGTON (Reuters) - A Chinese dissident who spent 12 years in prison "
         "for his role in the 1989 Tiananmen protests was granted asylum by the United States on "
         "Monday, his lawyer said.", gold=("USA>CHN:075|070",), kind="passive"),
    Case("y07-deployment-of-peacekeepers", "EL FASHER, Sudan (Reuters) - The deployment of 300 "
         "Rwandan troops to Sudan's Darfur region on Sunday marked the start of an African Union "
         "mission to protect cease-fire monitors.", gold=("RWAMIL>SDN:074|070",),
         ok=("IGOAFRAU>SDN:074|070",), kind="nominal"),
    Case("y07-aid-flown-by", "KABUL (AP) - Some 200 tons of food and blankets were flown to "
         "earthquake survivors in northern Afghanistan by the U.S. military on Saturday.",
         gold=("USAMIL>AFG:073|070",), kind="passive"),
    # 08 yield
    Case("y08-handed-over-control", "NAJAF, Iraq (Reuters) - U.S. Marines handed over control of the "
         "holy city of Najaf to Iraqi police on Friday, ending weeks of fighting with Shiite "
         "militiamen.", gold=("USAMIL>IRQCOP:080|0874|087|06",)),
    Case("y08-won-release", "MANILA (Reuters) - Philippine diplomats won the release of a Filipino "
         "truck driver held by militants in Iraq on Tuesday, after Manila agreed to pull its small "
         "contingent of troops out of the country.", gold=("IRQREB>PHL:0841|084|080",),
         ok=("PHL>IRQ:0874|087|080|03|035", "PHLGOV>IRQREB:08|0841")),
    Case("y08-lifting-of-sanctions", "TRIPOLI (Reuters) - The lifting of U.S. trade sanctions on Libya "
         "on Monday opened the way for American oil companies to return to the country after almost "
         "20 years.", gold=("USA>LBY:085|081|080",), kind="nominal"),
    Case("y08-withdrawal-of-troops-from", "BEIRUT (Reuters) - The withdrawal of Syrian troops from "
         "northern Lebanon began on Tuesday, with convoys of trucks and buses heading for the border, "
         "witnesses said.", gold=("SYRMIL>LBN:0874|087|080",), kind="nominal"),
    Case("y08-pulled-back", "TBILISI (AP) - Georgian troops pulled back from positions in the "
         "breakaway region of South Ossetia on Thursday under a deal brokered by Russia, the defence "
         "ministry said.", gold=("GEOMIL>GEO:0874|087|080",), ok=("RUS>GEO:057|03|06|04",)),
    Case("y08-handed-back", "KUWAIT CITY (AP) - Iraq handed back hundreds of boxes of Kuwaiti state "
         "archives on Sunday, more than a decade after they were taken to Baghdad during the "
         "occupation of Kuwait.", gold=("IRQ>KWT:0842|084|080",)),
    Case("y08-gave-inspectors-access", "VIENNA (Reuters) - Iran gave U.N. nuclear inspectors access to "
         "a military site near Tehran on Tuesday, the International Atomic Energy Agency said.",
         gold=("IRN>IGOUNOIAEA:086|080",)),
    Case("y08-called-truce", "KATHMANDU (Reuters) - Nepal's Maoist rebels called a week-long truce on "
         "Wednesday to mark the Hindu festival of Dashain, the guerrillas said in a statement.",
         gold=("NPLREB>:0871|087|080",)),
    Case("y08-eased-closure", "JERUSALEM (AP) - Israel eased a closure of the West Bank on Thursday, "
         "allowing some 10,000 Palestinian labourers to return to their jobs inside Israel.",
         gold=("ISR>PSE:0872|087|081|080",)),
    Case("y08-bowed-to-demands", "KIEV (Reuters) - Ukraine's parliament bowed to opposition demands on "
         "Wednesday and passed a vote of no confidence in the government of Prime Minister Viktor "
         "Yanukovich.", gold=("UKRLEG>UKROPP:083|080",), ok=("UKRLEG>UKRGOV:16|12|11|083",)),
    Case("y08-backed-down", "BANGKOK (AP) - Thailand backed down on Monday from a plan to deport "
         "thousands of Burmese migrant workers, saying it would let them stay until the end of the "
         "year.", gold=("THA>MMR:080|081",)),
    Case("y08-reopened-allowing", "RAFAH, Gaza Strip (Reuters) - Israel reopened the Rafah border "
         "crossing between Gaza and Egypt on Saturday after a three-week closure, allowing hundreds "
         "of stranded Palestinians to return home.", gold=("ISR>PSE:0872|087|081|080",),
         kind="participle"),
    Case("y08-hostages-freed-by-captors", "BAGHDAD (AP) - Two Italian aid workers kidnapped in Baghdad "
         "three weeks ago were freed by their captors on Tuesday and handed over to Red Cross "
         "officials, Italy's foreign ministry said.", gold=(">ITA:0841|084|080",),
         ok=("IRQREB>ITA:0841|084|080",), kind="passive"),
    Case("y08-handed-over-to-by", "GAZA CITY (Reuters) - Control of the Jewish settlement blocs in the "
         "southern Gaza Strip was handed over to the Palestinian Authority by the Israeli army on "
         "Monday.", gold=("ISRMIL>PSEGOV:080|0874|087",), kind="passive"),
    # 12 reject
    Case("y12-poured-cold-water", "JERUSALEM (Reuters) - Israel poured cold water on Friday on a "
         "Palestinian proposal for a mutual truce, saying militant groups must first be disarmed.",
         gold=("ISR>PSE:120|127|125",)),
    Case("y12-said-no-to", "TEHRAN (AFP) - Iran said no on Sunday to a Russian offer to enrich "
         "uranium for its nuclear reactors on Russian soil, the foreign ministry spokesman said.",
         gold=("IRN>RUS:120|121|12",)),
    Case("y12-turned-back-on", "ISLAMABAD (Reuters) - Pakistan turned its back on a U.S. request on "
         "Tuesday to allow American troops to pursue militants across the Afghan border.",
         gold=("PAK>USA:120|121|12",)),
    Case("y12-threw-out", "BAGHDAD (AP) - The Iraqi Governing Council threw out a U.S. plan on "
         "Wednesday to choose a transitional assembly through regional caucuses.",
         gold=("IRQGOV>USA:120|127|12",)),
    Case("y12-refusal-noun", "SEOUL (Reuters) - North Korea's refusal to attend a fourth round of "
         "six-party talks drew sharp criticism from Japan and South Korea on Monday.",
         gold=("PRK>:125|120|12", "JPN>PRK:111|110", "KOR>PRK:111|110"), kind="nominal"),
    Case("y12-stood-firm", "KHARTOUM (Reuters) - Sudan stood firm on Thursday against U.N. demands "
         "that it disarm the Arab militias blamed for atrocities in Darfur.",
         gold=("SDN>IGOUNO:124|120|12",), ok=("IGOUNO>SDN:10|100|1041",)),
    # 14 protest
    Case("y14-staged-walkout", "NAIROBI (AP) - Opposition lawmakers staged a walkout from Kenya's "
         "parliament on Tuesday in protest at a bill that would extend the president's powers.",
         gold=("KENOPP>KEN:140|14", ), ok=("KENLEG>KEN:140|14", "KENOPP>KENLEG:140|14",
                                          "KENOPP>KENGOV:140|14")),
    Case("y14-marched-on", "TBILISI (Reuters) - Tens of thousands of Georgians marched on the "
         "parliament building in Tbilisi on Saturday to demand the resignation of President Eduard "
         "Shevardnadze.", gold=("GEOCVL>GEO:141|140|14",), ok=("GEOCVL>GEO:10|104",)),
    Case("y14-set-up-roadblocks", "LA PAZ (Reuters) - Bolivian farmers set up roadblocks on the main "
         "highways around La Paz on Monday to protest against government plans to export natural gas "
         "through Chile.", gold=("BOLCVL>BOL:144|140|14",)),
    Case("y14-held-rally-outside", "SEOUL (AP) - Hundreds of South Korean students held a rally "
         "outside the U.S. embassy in Seoul on Sunday to protest against the presence of American "
         "troops in the country.", gold=("KOREDU>USA:141|140|14",), ok=("KORCVL>USA:141|140|14",)),
    Case("y14-besieged-by", "KARACHI, Pakistan (Reuters) - The U.S. consulate in Karachi was besieged "
         "by thousands of stone-throwing protesters on Friday after a mosque was bombed in the city.",
         gold=("PAKCVL>USA:145|140|144|14",), kind="passive"),
    # 16 reduce relations
    Case("y16-downgraded-ties", "JERUSALEM (AP) - Israel downgraded its diplomatic ties with "
         "Mauritania on Wednesday, recalling its ambassador over what officials called a series of "
         "hostile statements.", gold=("ISR>MRT:161|160|16",)),
    Case("y16-froze-talks", "BRUSSELS (Reuters) - The European Union froze talks with Syria on a "
         "trade and association agreement on Monday, citing concern over Damascus's role in "
         "Lebanon.", gold=("IGOEUREEC>SYR:164|160|16",)),
    Case("y16-called-off-talks", "NEW DELHI (Reuters) - India called off peace talks with Pakistan on "
         "Thursday after a suicide attack on an army camp in Kashmir that killed 12 soldiers.",
         gold=("IND>PAK:164|160|16",), ok=(">INDMIL:183|180|18",)),
    Case("y16-walked-away", "ABUJA (Reuters) - Darfur rebels walked away from peace talks with the "
         "Sudanese government in the Nigerian capital on Friday, accusing Khartoum of continuing to "
         "bomb villages.", gold=("SDNREB>SDNGOV:164|160|16", "SDNREB>SDNGOV:112|111|110"),
         ok=("SDNGOV>SDN:195|190|19",)),
    Case("y16-ordered-out", "MOSCOW (Reuters) - Russia ordered two Georgian diplomats out of the "
         "country on Tuesday in retaliation for the expulsion of four Russian officers from Tbilisi.",
         gold=("RUS>GEOGOV:161|16|174|170",), ok=("GEO>RUSMIL:174|161|16",)),
    Case("y16-slapped-embargo", "WASHINGTON (Reuters) - The United States slapped an arms embargo on "
         "Sudan on Wednesday over the violence in Darfur, the State Department said.",
         gold=("USA>SDN:163|160|16",)),
    Case("y16-suspension-noun", "TASHKENT (AP) - Washington's suspension of 18 million dollars in "
         "military aid to Uzbekistan over its human rights record drew an angry response from the "
         "government on Wednesday.", gold=("USA>UZB:1622|162|160",), ok=("UZBGOV>USA:111|110|11",),
         kind="nominal"),
    Case("y16-withdrew-ambassador", "MEXICO CITY (Reuters) - Mexico withdrew its ambassador from Cuba "
         "on Sunday and ordered the Cuban envoy to leave after a row over a businessman wanted for "
         "fraud.", gold=("MEX>CUB:161|160|16",), ok=("MEX>CUBGOV:161|174|16",)),
    Case("y16-sanctions-imposed-by", "HARARE (Reuters) - Fresh sanctions were imposed on Zimbabwe's "
         "leaders by the European Union on Monday, extending a travel ban to dozens more officials.",
         gold=("IGOEUREEC>ZWEGOV:163|160|16",), kind="passive"),
    # counter-cases: intents (03) and threats (13)
    Case("y03-said-would-withdraw", "DAMASCUS (Reuters) - Syria said on Monday it would pull all its "
         "troops out of Lebanon by the end of April, bowing to mounting international pressure.",
         gold=("SYR>LBN:035|0356|030|03",), ok=("SYR>LBN:080|0874",), kind="reported"),
    Case("y03-agreed-to-allow", "TRIPOLI (Reuters) - Libya agreed on Friday to allow international "
         "inspectors to verify the dismantling of its weapons programmes.",
         gold=("LBY>:030|035|0344|03|086",)),
    Case("y13-threatened-strike", "ROME (Reuters) - Italian unions threatened on Tuesday to call a "
         "general strike if the government pressed ahead with its pension reform.",
         gold=("ITALAB>ITAGOV:133|130|13",)),
    # counter-cases: statements that are no events
    Case("y00-background-sanctions", "BAGHDAD (Reuters) - Iraq's economy, crippled by sanctions "
         "imposed after its 1990 invasion of Kuwait, grew by 50 percent last year, the central bank "
         "said on Tuesday.", kind="background"),
    Case("y00-ceasefire-held", "COLOMBO (AP) - The cease-fire signed by Sri Lanka's government and "
         "Tamil Tiger rebels in 2002 has largely held despite a string of killings, Nordic monitors "
         "said on Thursday.", kind="background"),
    Case("y00-analysts-sanctions", "WASHINGTON (Reuters) - Sanctions against Iran have done little to "
         "change its behaviour, analysts at a Washington think-tank said in a report on Monday.",
         kind="no-event"),
    Case("y00-would-lift-if", "BRUSSELS (AP) - The European Union would lift its arms embargo on China "
         "only if Beijing improved its human rights record, a senior EU official said on Friday.",
         kind="hypothetical"),
    Case("y00-aid-running-low", "NAIROBI (Reuters) - Food aid for some two million people in "
         "southern Sudan is running low after donors failed to meet an appeal for funds, the World "
         "Food Programme said on Wednesday.", kind="no-event"),
    Case("y00-considering-recall", "LONDON (Reuters) - Britain is considering whether to recall its "
         "ambassador from Uzbekistan, a Foreign Office spokesman said on Tuesday.", kind="future"),
    Case("y00-expected-to-sign", "NEW DELHI (AP) - India and Pakistan are expected to sign an "
         "agreement on pre-notification of missile tests when their foreign secretaries meet next "
         "month, officials said.", kind="future", ok=("IND>PAK:036|04|040", "PAK>IND:036|04|040")),
    Case("y00-did-not-release", "MANILA (Reuters) - Abu Sayyaf rebels did not release any of their "
         "hostages on Sunday despite a ransom payment, a military spokesman said.", kind="negated"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "y05-green-light": "the endorsement's target sits two phrases down ('to the opening of membership talks with Turkey')",
    "y05-threw-support-behind": "'called for U.N. sanctions against Tehran' is aimed at the sanctions' holder (the U.N.), not at Iran",
    "y057-deal-under-which": "the deal's terms ('will patrol', 'after Israel pulls out') are coded as acts of their own",
    "y057-accord-signed-by": "the coordinated passive agents are not paired; the Kenyan town is read as a target",
    "y06-joined-forces": "coordinated adjectives ('Colombian and Venezuelan troops') give one side twice",
    "y06-extradition-noun": "'extradition' is no event noun (its doer would be the 'from' phrase)",
    "y07-deployment-of-peacekeepers": "'deployment' is no event noun (troops deployed are posture, peacekeepers protection)",
    "y08-won-release": "the release is coded to the negotiators' side, not to the captors ('held by militants')",
    "y08-lifting-of-sanctions": "'the lifting of sanctions' is no event noun; the sanctions noun is coded as imposed (163)",
    "y08-pulled-back": "the withdrawal's target is a place two phrases down ('positions in the region of South Ossetia')",
    "y08-handed-back": "the property's owner sits in a measure phrase ('hundreds of boxes of Kuwaiti archives')",
    "y08-bowed-to-demands": "'passed a vote of no confidence' is read as endorsement (imported PASS, 051)",
    "y08-backed-down": "the target is the holder of the plan's object ('to deport Burmese workers'), not found",
    "y08-reopened-allowing": "the crossing's sides ('between Gaza and Egypt') give no target",
    "y08-hostages-freed-by-captors": "'their captors' is coded by the dateline's country (the guidelines allow it only as an "
    "alternative), and 'handed over to Red Cross officials' with nothing handed over is read as aid",
    "y12-poured-cold-water": "'poured cold water on' is not coded (a sense cannot ask for 'cold', and 'poured water on "
    "protesters' must stay no rejection); 'saying militant groups must first be disarmed' is coded a demand on the "
    "dateline's country",
    "y13-threatened-strike": "the threatened side sits in the condition ('if the government pressed ahead')",
    "y00-would-lift-if": "a conditional concession ('would lift ... only if') is coded as the intent 'would' reports",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_eighth_blind_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was fixed (tuple P/R .776/.729, root P/R .848/.914;
    # on main before any fix .509/.300 and .609/.471), then .773/.714 and .846/.900 once the review
    # took back the "pour water on" sense: the set must not get worse.
    assert scores["tuple_precision"] >= 0.76
    assert scores["tuple_recall"] >= 0.71
    assert scores["root_precision"] >= 0.83
    assert scores["root_recall"] >= 0.89
