"""A seventh blind set of wire leads, on coercion (17), assault (18) and fighting (19) told in the
long first sentences wire copy writes, where the act sits in a construction a coder may not reach:
participial result clauses (", killing three policemen"), relative clauses ("a raid in which
troops detained 40"), nominal heads with "of", "by" and possessives ("Israel's demolition of
homes", "the arrest of a Hamas official by troops"), passives with and without agents ("were
detained by Pakistani troops", "were rounded up"), coordinated verbs ("surrounded the village and
detained 20 men"), light verbs ("carried out raids", "mounted an assault", "made eight arrests",
"took into custody", "put under curfew"), acts told under a reporting verb ("police said gunmen
had kidnapped"), acts told in the second sentence, material cooperation and aid (06, 07, 08),
and leads that give no event (accidents, background "since the war", plans, sport).

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output
was seen: an act told with no doer has an empty source; attackers named with no side ("gunmen",
"armed men") take the story's country, with the role alone or none in `ok` (the fourth set's
reading); a person whose country the text does not give is an empty target; a demolition or a
torching of homes is 1712 (root 17). The case format and the scoring are the first set's. All
sentences were written for this test; people and incidents are generic or fictional.

`python -m pytest tests/understand/events/test_wire_blind7.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params, score

pytestmark = pytest.mark.model

# declarative table: the seventh blind set.
# fmt: off
CASES: tuple[Case, ...] = (
    # participial result clauses after the main act
    Case("x19-pushed-killing", "RAFAH, Gaza Strip (Reuters) - Israeli troops backed by tanks and "
         "helicopter gunships pushed into a refugee camp in the southern Gaza Strip before dawn on "
         "Tuesday, killing four Palestinian gunmen and demolishing a dozen homes, witnesses said.",
         gold=("ISRMIL>PSEREB:190|180|186", "ISRMIL>PSE:1712|171|170"), ok=("ISRMIL>PSE:190|180",)),
    Case("x18-tore-through-wounding", "BAGHDAD (AP) - A roadside bomb tore through a U.S. military "
         "convoy on the main highway south of Baghdad on Thursday, wounding three American soldiers, "
         "the U.S. military said.", gold=(">USAMIL:183|180",), kind="agentless"),
    Case("x19-insurgents-station-killing", "BAQUBA, Iraq (Reuters) - Insurgents armed with "
         "rocket-propelled grenades and machine guns attacked a police station in the town of "
         "Baquba, northeast of Baghdad, on Tuesday, killing three Iraqi policemen and wounding 12, "
         "police and hospital officials said.", gold=("IRQREB>IRQCOP:190|180|183",)),
    Case("x18-rocket-attack-wounding", "GAZA CITY (Reuters) - Hamas militants launched a rocket "
         "attack on the Israeli town of Sderot on Tuesday, wounding two residents, the Israeli army "
         "said.", gold=("PSEREB>ISR:190|195|180|183",)),
    Case("x18-opened-fire-crowd", "KATHMANDU (AP) - Nepalese soldiers opened fire on a crowd of "
         "villagers in western Nepal on Wednesday, killing six, human rights workers said.",
         gold=("NPLMIL>NPLCVL:190|180|18|20",)),
    Case("x17-raids-detaining", "RAMALLAH, West Bank (Reuters) - Israeli troops carried out raids in "
         "several West Bank towns overnight, detaining 25 Palestinians wanted for questioning, the "
         "army said.", gold=("ISRMIL>PSE:173|170|171",)),
    Case("x17-holding-after-seizing", "TEHRAN (Reuters) - Iran was holding eight British sailors on "
         "Tuesday after seizing their boats in a border waterway, Iranian state television said.",
         gold=("IRN>GBRMIL:173|1711|170|171",)),
    # relative clauses
    Case("x17-raid-in-which", "NABLUS, West Bank (Reuters) - Israeli troops pulled out of the West "
         "Bank city of Nablus on Thursday after a three-day raid in which they detained about 40 "
         "Palestinians and blew up the homes of two suspected militants, the army said.",
         gold=("ISRMIL>PSE:173|170|1712|171", "ISRMIL>PSE:0874|087|080"), ok=("ISRMIL>PSE:190|171",)),
    Case("x17-arrested-suspected-attack-that", "JAKARTA (Reuters) - Indonesian police on Friday "
         "arrested three men suspected of involvement in the car bomb attack that killed 11 people "
         "outside the Australian embassy in Jakarta last month.", gold=("IDNCOP>:173|170",),
         ok=("IDNCOP>IDN:173|170", ">AUS:183|180", ">IDN:183|180")),
    Case("x18-shootout-in-which", "RIYADH (Reuters) - Saudi security forces arrested seven suspected "
         "militants on Wednesday in a shootout in the capital in which two police officers were "
         "killed, the Interior Ministry said.", gold=("SAUCOP>SAUREB:173|170", ">SAUCOP:180|190"),
         ok=("SAUREB>SAUCOP:180|190", "SAUCOP>SAU:173|170")),
    # nominal heads: "the X of Y by Z", possessive doers
    Case("x17-israel-s-demolition", "GAZA CITY (Reuters) - Israel's demolition of more than 100 "
         "Palestinian homes in a refugee camp this week left about 1,000 people homeless, a U.N. "
         "agency said on Thursday.", gold=("ISR>PSE:1712|171|170",), kind="nominal"),
    Case("x17-arrest-of-by", "RAMALLAH, West Bank (AP) - The arrest of a senior Hamas official by "
         "Israeli troops in the West Bank city of Ramallah on Monday drew an angry response from the "
         "Palestinian Authority.", gold=("ISRMIL>PSE:173|170",), ok=("PSEGOV>ISR:111|110|11",),
         kind="nominal"),
    Case("x17-britain-s-deportation", "LONDON (Reuters) - Britain's deportation of 40 Afghan asylum "
         "seekers on a charter flight to Kabul on Tuesday was the first such forced return, the Home "
         "Office said.", gold=("GBR>AFG:174|170",), kind="nominal"),
    Case("x18-abduction-of-by", "MANILA (Reuters) - The Philippine army launched a rescue operation "
         "on Friday after the abduction of three Filipino aid workers by Abu Sayyaf guerrillas on the "
         "southern island of Jolo.", gold=("PHLREB>PHL:181|180",),
         ok=("PHLMIL>PHLREB:190|19", "PHLMIL>:190|19"), kind="nominal"),
    Case("x18-killing-of-by-gunmen", "KABUL (Reuters) - The United Nations suspended road travel in "
         "southern Afghanistan on Wednesday after the killing of two Afghan election workers by gunmen "
         "in Ghazni province.", gold=("AFGREB>AFG:180|18",),
         ok=(">AFG:180|18", "REB>AFG:180|18", "IGOUNO>AFG:16|163|166"), kind="nominal"),
    Case("x18-bombing-subject", "ISTANBUL (Reuters) - The bombing of two synagogues in Istanbul by "
         "Islamist militants on Saturday killed 23 people, Turkish officials said.",
         gold=("TURREB>TUR:183|180",), ok=("REB>TUR:183|180", ">TUR:183|180"), kind="nominal"),
    Case("x17-seizure-of-assets", "MOSCOW (Reuters) - The Russian government's seizure of the main "
         "production unit of oil company Yukos on Friday drew protests from foreign shareholders.",
         gold=("RUSGOV>RUSBUS:1711|171|170",), kind="nominal"),
    # passives, with and without an agent
    Case("x17-detained-by-troops", "WANA, Pakistan (Reuters) - More than 20 suspected foreign "
         "militants were detained by Pakistani troops in a sweep through a tribal region near the "
         "Afghan border on Saturday, an army spokesman said.", gold=("PAKMIL>:173|170",),
         ok=("PAKMIL>PAK:173|170",), kind="passive"),
    Case("x17-rounded-up-passive", "CAIRO (AP) - About 50 members of Egypt's outlawed Muslim "
         "Brotherhood were rounded up in dawn raids on their homes in Alexandria on Monday, a lawyer "
         "for the group said.", gold=(">EGYOPP:173|170",), ok=("EGY>EGYOPP:173|170",), kind="agentless"),
    Case("x18-gunned-down-by", "JENIN, West Bank (Reuters) - Two Palestinian militants were gunned "
         "down by Israeli undercover troops in the West Bank town of Jenin on Wednesday, Palestinian "
         "security sources said.", gold=("ISRMIL>PSEREB:180|186|190",), kind="passive"),
    Case("x18-abducted-by-armed-men", "BAGHDAD (AP) - An Egyptian diplomat was abducted by armed men "
         "as he left a mosque in western Baghdad on Friday, Egypt's foreign ministry said.",
         gold=("IRQREB>EGYGOV:181|180",), ok=(">EGYGOV:181|180", "REB>EGYGOV:181|180"), kind="passive"),
    Case("x17-was-deported", "AMMAN (Reuters) - A Jordanian man suspected of links to militants was "
         "deported to Amman on Tuesday after months in U.S. custody, his lawyer said.",
         gold=(">JOR:174|170",), ok=("USA>JOR:174|170",), kind="agentless"),
    Case("x17-placed-under-house-arrest", "DHAKA (AFP) - Three senior Bangladeshi opposition "
         "politicians were placed under house arrest on Sunday ahead of a planned rally, their party "
         "said.", gold=(">BGDOPP:173|170",), ok=("BGD>BGDOPP:173|170",), kind="agentless"),
    Case("x19-killed-by-tank-fire", "GAZA (AP) - A Palestinian boy and his father were killed by "
         "Israeli tank fire in the northern Gaza Strip on Monday, hospital officials said.",
         gold=("ISRMIL>PSE:190|193|195|180",), kind="passive"),
    Case("x17-put-under-curfew", "FALLUJA, Iraq (Reuters) - The Iraqi city of Falluja was put under a "
         "night-time curfew by U.S. forces on Sunday after a week of attacks on their patrols.",
         gold=("USAMIL>IRQ:1723|172|170",), kind="passive"),
    Case("x18-handed-over-passive", "KABUL (Reuters) - Three suspected Taliban commanders were handed "
         "over to Afghan authorities by Pakistan at a border crossing on Wednesday.",
         gold=("PAK>AFGGOV:063|065|060",), kind="passive"),
    # coordinated verbs
    Case("x17-surrounded-and-detained", "GROZNY, Russia (AP) - Masked Russian troops surrounded a "
         "Chechen village before dawn on Thursday and detained 20 men, residents said.",
         gold=("RUSMIL>RUS:173|170",), ok=("RUSMIL>RUS:190|192|171|15",), kind="coordinated"),
    Case("x18-attacked-killed-burned", "NYALA, Sudan (Reuters) - Arab militiamen attacked a village "
         "in Sudan's South Darfur state on Tuesday, killed 12 civilians and burned dozens of huts, "
         "the African Union said.", gold=("SDN>SDNCVL:180|190|18|20", "SDN>SDN:1712|171"),
         ok=("SDNREB>SDN:180|190|1712",), kind="coordinated"),
    Case("x17-sealed-and-detained", "BAKU, Azerbaijan (Reuters) - Azeri police sealed the offices of an "
         "opposition newspaper in Baku on Monday and detained its editor for questioning, a "
         "colleague said.", gold=("AZECOP>AZEMED:173|170|1721|172",), kind="coordinated"),
    Case("x17-raided-and-ordered-closed", "BAGHDAD (AP) - Iraqi police raided the Baghdad office of "
         "the Arab television station Al Jazeera on Saturday and ordered it closed for a month.",
         gold=("IRQCOP>QATMED:1721|172|171|170",), kind="coordinated"),
    # light verbs
    Case("x19-mounted-assault", "FALLUJA, Iraq (Reuters) - U.S. Marines mounted an assault on "
         "insurgent positions in the city of Falluja on Monday, backed by warplanes and artillery.",
         gold=("USAMIL>IRQREB:190|195",), ok=("USAMIL>IRQ:190|195",)),
    Case("x17-took-into-custody", "MADRID (Reuters) - Spanish police took four Moroccan men into "
         "custody on Wednesday in connection with the Madrid train bombings, the Interior Ministry "
         "said.", gold=("ESPCOP>MAR:173|170",)),
    Case("x17-made-arrests", "LONDON (Reuters) - British anti-terrorism police made eight arrests in "
         "raids across London on Tuesday, Scotland Yard said.", gold=("GBRCOP>:173|170",),
         ok=("GBRCOP>GBR:173|170",)),
    Case("x19-conducted-air-strikes", "SANAA, Yemen (Reuters) - Yemeni warplanes conducted air "
         "strikes on rebel hideouts in the northern mountains on Sunday, a military official said.",
         gold=("YEMMIL>YEMREB:195|190",)),
    Case("x18-carried-out-bombing", "TEL AVIV (AP) - The Palestinian militant group Islamic Jihad said "
         "it carried out a suicide bombing at a bus stop near Tel Aviv on Monday that wounded 15 "
         "Israelis.", gold=("PSEREB>ISR:1831|183|180",), kind="reported"),
    Case("x17-clamped-curfew", "JAMMU, India (AP) - Indian authorities clamped an indefinite curfew on "
         "the town of Doda on Saturday after a night of rioting.", gold=("INDGOV>IND:1723|172|170",)),
    Case("x19-pounded", "GROZNY, Russia (Reuters) - Russian artillery pounded rebel positions in the "
         "mountains of southern Chechnya on Friday, a military spokesman said.",
         gold=("RUSMIL>RUSREB:190|195",)),
    Case("x19-battled", "GULU, Uganda (Reuters) - Ugandan troops battled Lord's Resistance Army rebels "
         "in northern Uganda on Sunday, killing 20 of them, the army said.",
         gold=("UGAMIL>UGAREB:190|180",), ok=("UGAREB>UGAMIL:190",)),
    Case("x19-traded-fire", "SRINAGAR, India (Reuters) - Indian and Pakistani troops traded artillery "
         "fire across the cease-fire line in Kashmir on Tuesday, the Indian army said.",
         gold=("INDMIL>PAKMIL:190|195", "PAKMIL>INDMIL:190|195"), kind="reciprocal"),
    Case("x19-fighting-raged-between", "NAJAF, Iraq (Reuters) - Heavy fighting raged for a third day "
         "on Saturday between Shiite militiamen loyal to a radical cleric and U.S. troops in the Iraqi "
         "city of Najaf.", gold=("IRQREB>USAMIL:190", "USAMIL>IRQREB:190"), kind="reciprocal"),
    Case("x18-gunned-down-judge", "KARACHI, Pakistan (AP) - Gunmen on motorcycles gunned down a "
         "Pakistani judge as he left a court in Karachi on Tuesday, police said.",
         gold=("PAKREB>PAKJUD:180|186|18",), ok=(">PAKJUD:180|186|18", "REB>PAKJUD:180|186|18")),
    Case("x18-blew-up-pipeline", "KIRKUK, Iraq (Reuters) - Insurgents blew up an oil pipeline near the "
         "northern city of Kirkuk on Sunday, halting exports to Turkey, officials said.",
         gold=("IRQREB>IRQ:183|180|1712|171",)),
    Case("x17-bulldozers-razed", "RAFAH, Gaza Strip (AP) - Israeli army bulldozers razed at least 15 "
         "Palestinian houses along the border with Egypt on Saturday, witnesses said.",
         gold=("ISRMIL>PSE:1712|171|170",)),
    Case("x17-seized-yukos-unit", "MOSCOW (Reuters) - Russian bailiffs seized the main production unit "
         "of oil company Yukos on Friday to cover a tax bill of several billion dollars, the company "
         "said.", gold=("RUS>RUSBUS:1711|171|170",)),
    # acts told under a reporting verb
    Case("x18-said-gunmen-had-kidnapped", "BAGHDAD (Reuters) - Iraqi police said on Sunday that gunmen "
         "had kidnapped two Lebanese businessmen on the road from the Jordanian border to Baghdad.",
         gold=("IRQREB>LBN:181|180",), ok=(">LBN:181|180", "REB>LBN:181|180"), kind="reported"),
    Case("x19-army-said-soldiers-killed", "BOGOTA (Reuters) - Colombia's army said on Monday its "
         "soldiers had killed 14 leftist rebels in a clash in the jungles of southern Colombia.",
         gold=("COLMIL>COLREB:190|180",), ok=("COLREB>COLMIL:190",), kind="reported"),
    Case("x17-spokesman-said-detained", "KANDAHAR, Afghanistan (AP) - A U.S. military spokesman said on "
         "Tuesday that U.S. troops had detained a former Taliban commander in a raid on his house in "
         "the southern city of Kandahar.", gold=("USAMIL>AFGREB:173|170",), ok=("USAMIL>AFG:173|171",),
         kind="reported"),
    Case("x17-witnesses-said-razed", "KHAN YOUNIS, Gaza Strip (Reuters) - Witnesses said Israeli "
         "bulldozers had flattened six Palestinian houses near a Jewish settlement overnight.",
         gold=("ISRMIL>PSE:1712|171|170",), kind="reported"),
    # the act in the second sentence
    Case("x19-second-sentence-attacked", "ISLAMABAD (Reuters) - Pakistan's army said on Thursday it had "
         "launched a fresh operation in the tribal areas near the Afghan border. Troops backed by "
         "helicopter gunships attacked a compound used by foreign militants, killing 12 of them, a "
         "spokesman said.", gold=("PAKMIL>:190|195|180",), ok=("PAKMIL>PAK:190|195|180",),
         kind="second-sentence"),
    Case("x18-second-sentence-ambushed", "MOSUL, Iraq (Reuters) - The U.S. military reported a fresh "
         "wave of violence in northern Iraq on Saturday. Insurgents ambushed a convoy of Iraqi National "
         "Guard troops near Mosul, killing five and wounding eight.", gold=("IRQREB>IRQMIL:180|190",),
         kind="second-sentence"),
    Case("x17-second-sentence-arrested", "JERUSALEM (Reuters) - Israel kept the West Bank under a "
         "tight closure on Sunday. Troops arrested 18 Palestinians in raids in the Hebron area "
         "overnight, the army said.", gold=("ISRMIL>PSE:173|170|172",), kind="second-sentence"),
    Case("x19-second-sentence-clashed", "MANILA (AP) - Philippine troops clashed with communist "
         "guerrillas in the central Philippines on Thursday. The fighting left five rebels and two "
         "soldiers dead, the army said.", gold=("PHLMIL>PHLREB:190", "PHLREB>PHLMIL:190"),
         kind="second-sentence"),
    Case("x17-second-sentence-deported", "HARARE (Reuters) - A correspondent for a British newspaper "
         "left Zimbabwe on Tuesday. Zimbabwean authorities deported him for working without "
         "accreditation, his lawyer said.", gold=("ZWEGOV>GBRMED:174|170",), ok=("ZWEGOV>:174|170",),
         kind="second-sentence"),
    # material cooperation, aid and yielding
    Case("x07-aid-plane-landed", "KERMAN, Iran (Reuters) - A U.S. military plane carrying medical "
         "supplies for earthquake survivors landed in southeastern Iran on Sunday, the first American "
         "aid delivered to Iran in decades.", gold=("USA>IRN:073|070",)),
    Case("x07-deployed-to-help", "DILI (AP) - Australia deployed 200 troops to East Timor on Friday to "
         "help the country's police restore order after two days of rioting.",
         gold=("AUS>TLS:074|070|062|060",), ok=("AUS>TLS:15|150",)),
    Case("x08-freed-goodwill", "LAHORE, Pakistan (Reuters) - Pakistan freed 150 Indian fishermen on "
         "Monday as a goodwill gesture ahead of peace talks between the two countries.",
         gold=("PAK>IND:0841|080|081",)),
    Case("x06-began-training", "AMMAN (AP) - Jordan began training 1,500 Iraqi police recruits at a "
         "camp outside Amman on Monday under a programme funded by the United States.",
         gold=("JOR>IRQCOP:062|060",), ok=("USA>IRQ:07|070|071|06",)),
    Case("x07-escorted-food-aid", "MONROVIA (Reuters) - U.N. peacekeepers escorted trucks carrying "
         "food aid to thousands of displaced Liberians in the north of the country on Tuesday.",
         gold=("IGOUNO>LBR:073|070|074",)),
    # no events: accidents, background, plans, sport
    Case("x00-train-derailed", "HYDERABAD, Pakistan (AP) - At least 15 people were killed and 40 "
         "injured when a passenger train derailed near the southern Pakistani city of Hyderabad on "
         "Wednesday, railway officials said.", kind="no-event"),
    Case("x00-mine-explosion", "BEIJING (Reuters) - A gas explosion tore through a coal mine in "
         "northern China on Sunday, killing at least 60 miners, state media said.", kind="no-event"),
    Case("x00-since-the-war", "SARAJEVO (Reuters) - Bosnia's economy grew by five percent last year, "
         "its fastest pace since the 1992-95 war, the central bank said on Tuesday.", kind="no-event"),
    Case("x00-refugees-since", "NAIROBI (Reuters) - More than 100,000 Somali refugees have lived in "
         "camps in Kenya since the civil war broke out in 1991, the U.N. refugee agency said.",
         kind="no-event"),
    Case("x00-plans-to-demolish", "JERUSALEM (Reuters) - Israel plans to demolish dozens of "
         "Palestinian homes in Arab East Jerusalem that were built without permits, a city official "
         "said on Sunday.", kind="future"),
    Case("x00-fought-back-cricket", "LAHORE, Pakistan (AP) - India fought back on the final day to "
         "draw the second cricket test against Pakistan in Lahore on Monday.", kind="no-event"),
    Case("x00-anniversary", "MADRID (Reuters) - Spain fell silent on Thursday to mark the first "
         "anniversary of the train bombings that killed 191 people in Madrid.", kind="no-event"),
    Case("x00-would-arrest", "THE HAGUE (Reuters) - The Dutch justice minister said on Friday police "
         "would arrest anyone who tried to disrupt the summit.", ok=("NLDGOV>:13|138",), kind="future"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "x18-killing-of-by-gunmen": "'suspended road travel' is read as a curfew (1723, the imported pattern) on Afghanistan",
    "x17-clamped-curfew": "the town of Doda is not in the gazetteer, so the curfew has no target",
    "x19-fighting-raged-between": "the parser hangs 'and U.S. troops' under 'a radical cleric': one side only",
    "x18-blew-up-pipeline": "the place is on the verb ('blew up ... near Kirkuk'), which says where, not at whom",
    "x17-second-sentence-deported": "an object pronoun ('deported him') finds no antecedent in the sentence before",
    "x07-aid-plane-landed": "the aid's recipient sits in an apposition ('the first American aid delivered to Iran')",
    "x07-deployed-to-help": "troops sent to help restore order are read as posture (154), not protection (074)",
    "x07-escorted-food-aid": "'escorted trucks carrying food aid' has no sense: escorting aid is not coded",
    "x00-plans-to-demolish": "a declared plan of coercion is read as a threat (137), the coder's intent rule for roots 14-20",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_seventh_blind_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was fixed (tuple P/R .953/.815, root P/R .968/.969;
    # on main before any fix .800/.585 and .852/.723): the set must not get worse.
    assert scores["tuple_precision"] >= 0.93
    assert scores["tuple_recall"] >= 0.80
    assert scores["root_precision"] >= 0.95
    assert scores["root_recall"] >= 0.95
