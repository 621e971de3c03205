"""A blind set of wire leads on the TARGETS of force, coercion and assault (roots 15-20) and of
releases (08): the act and its doer are plain, and the question is whom it was done to, told the
ways wire copy tells it: victims by number and role ("killing 12 people", "shot dead three
policemen"), victims with a place ("villagers in North Darfur"), things struck that belong to
someone ("a police station", "a U.S. convoy", "the Australian embassy", "a convoy of a Turkish
construction company", "a crude oil pipeline in southern Iraq"), persons seized ("kidnapped two
Italian aid workers", "detained 40 suspects"), pronoun and "the town" targets, people released
("freed three Turkish hostages"), and leads where no target's country is given ("a foreign
engineer"), whose target must stay empty.

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was
seen: victims with no nationality are the story's country (civilians, police by their role); a
thing struck is its holder's; attackers named with no side take the story's country, with the
role alone or none in `ok`; a person whose country the text does not give is an empty target.
The case format and the scoring are the first blind set's. All sentences were written for this
test; people and incidents are generic or fictional.

`python -m pytest tests/understand/events/test_wire_targets_force.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params, score

pytestmark = pytest.mark.model

# declarative table: the blind set of force targets.
# fmt: off
CASES: tuple[Case, ...] = (
    # victims by number and role, no nationality: the story's country
    Case("t19-mortars-market-killing-people", "BAGHDAD (Reuters) - Insurgents fired mortar rounds into "
         "a crowded market in southern Baghdad on Monday, killing 12 people and wounding dozens, Iraqi "
         "police said.", gold=("IRQREB>IRQ:190|194|180|183",)),
    Case("t18-bomb-wounding-policemen", "KARACHI, Pakistan (AP) - A bomb hidden in a parked motorcycle "
         "exploded near a police post in the southern city of Karachi on Tuesday, wounding three "
         "policemen, officials said.", gold=(">PAK:183|180",), kind="agentless"),
    Case("t19-rockets-killing-children", "JALALABAD, Afghanistan (Reuters) - Taliban fighters fired "
         "rockets at a village in eastern Afghanistan on Sunday, killing two children and a woman, "
         "provincial officials said.", gold=("AFGREB>AFG:190|194|180|183",)),
    Case("t18-shot-dead-policemen", "KANDAHAR, Afghanistan (AP) - Suspected Taliban gunmen shot dead "
         "three policemen at a checkpoint in southern Afghanistan on Monday, a provincial spokesman "
         "said.", gold=("AFGREB>AFGCOP:180|186|190|193",)),
    Case("t18-suicide-bomber-worshippers", "KARACHI, Pakistan (Reuters) - A suicide bomber blew himself "
         "up inside a Shiite mosque in the southern Pakistani city of Karachi on Friday, killing 16 "
         "worshippers, police said.", gold=("PAKREB>PAK:1831|183|180",),
         ok=(">PAK:1831|183|180", "REB>PAK:1831|183|180")),
    Case("t19-air-strike-killed-civilians", "GAZA CITY (Reuters) - An Israeli air strike on a house in "
         "Gaza City killed a senior Hamas militant and two civilians on Tuesday, Palestinian medical "
         "officials said.", gold=("ISRMIL>PSE:195|190|186|180",), kind="nominal"),
    Case("t18-killed-soldiers-ambush", "TRINCOMALEE, Sri Lanka (Reuters) - Tamil Tiger rebels killed "
         "four soldiers in an ambush in the island's northeast on Friday, the military said.",
         gold=("LKAREB>LKAMIL:180|190|18",)),
    Case("t20-killed-villagers-ituri", "BUNIA, Congo (Reuters) - Militiamen armed with machetes killed "
         "at least 60 villagers in the Democratic Republic of Congo's northeastern Ituri district on "
         "Tuesday, U.N. officials said.", gold=("CODREB>COD:20|202|180|18",),
         ok=(">COD:20|202|180|18", "REB>COD:20|202|180|18")),
    # victims with a place
    Case("t18-villagers-in-darfur", "EL FASHER, Sudan (Reuters) - Militiamen on horseback attacked "
         "villagers in North Darfur on Wednesday, killing at least 30 and driving hundreds from their "
         "homes, the African Union said.", gold=("SDNREB>SDN:180|190|20|18",),
         ok=(">SDN:180|190|20|18", "REB>SDN:180|190|20|18")),
    Case("t19-opened-fire-residents-of", "MOSUL, Iraq (Reuters) - Gunmen opened fire on residents of a "
         "Kurdish neighbourhood in the northern Iraqi city of Mosul on Saturday, killing five, police "
         "said.", gold=("IRQREB>IRQ:190|193|180",), ok=(">IRQ:190|193|180", "REB>IRQ:190|193|180")),
    Case("t18-bombers-struck-pilgrims", "KARBALA, Iraq (AP) - Bombers struck crowds of Shiite pilgrims "
         "in the holy city of Karbala on Tuesday, killing at least 40 people during a religious "
         "festival, hospital officials said.", gold=("IRQREB>IRQ:183|180|190",),
         ok=(">IRQ:183|180|190", "REB>IRQ:183|180|190")),
    # things struck that belong to someone
    Case("t19-stormed-police-station", "RAMADI, Iraq (Reuters) - Dozens of insurgents stormed a police "
         "station in the western city of Ramadi on Thursday, killing five policemen and freeing "
         "prisoners held there, police said.", gold=("IRQREB>IRQCOP:190|180|18",)),
    Case("t18-ambushed-us-convoy", "FALLUJA, Iraq (AP) - Insurgents ambushed a U.S. convoy on the "
         "highway west of Baghdad on Monday, setting two fuel trucks ablaze, the U.S. military said.",
         gold=("IRQREB>USAMIL:180|190|1712",)),
    Case("t18-car-bomb-outside-embassy", "JAKARTA (Reuters) - A car bomb exploded outside the "
         "Australian embassy in Jakarta on Thursday, killing nine people and wounding more than 100, "
         "police said.", gold=(">AUS:183|1832|180",), ok=(">IDN:183|1832|180",), kind="agentless"),
    Case("t18-attacked-company-convoy", "TIKRIT, Iraq (Reuters) - Gunmen attacked a convoy of a Turkish "
         "construction company near Tikrit on Sunday, killing two of its drivers, the company said.",
         gold=("IRQREB>TURBUS:180|190|193",), ok=(">TUR:180|190|193", "REB>TUR:180|190|193")),
    Case("t18-blew-up-pipeline-southern-iraq", "BASRA, Iraq (Reuters) - Saboteurs blew up a crude oil "
         "pipeline in southern Iraq on Saturday, halting exports from the port of Basra, oil "
         "officials said.", gold=("IRQREB>IRQ:183|180|1712|171",),
         ok=(">IRQ:183|180|1712|171", "REB>IRQ:183|180|1712|171")),
    Case("t17-set-fire-school", "KABUL (AP) - Suspected Taliban militants set fire to a girls' school "
         "in southern Afghanistan overnight, the education ministry said on Tuesday.",
         gold=("AFGREB>AFG:1712|171|180",)),
    Case("t19-fired-on-israeli-patrol", "HEBRON, West Bank (AP) - Palestinian gunmen fired on an "
         "Israeli army patrol near the West Bank city of Hebron on Sunday, wounding a soldier, the "
         "army said.", gold=("PSEREB>ISRMIL:190|193|180",)),
    Case("t14-rioters-stormed-un-compound", "HERAT, Afghanistan (Reuters) - Rioters stormed a U.N. "
         "compound in the western Afghan city of Herat on Saturday, setting fire to offices and "
         "vehicles, a U.N. spokesman said.", gold=("AFGCVL>IGOUNO:180|1712|171|145|14",)),
    Case("t19-shot-down-us-helicopter", "BAGHDAD (Reuters) - Insurgents shot down a U.S. Army "
         "helicopter west of Baghdad on Saturday, killing both pilots, the military said.",
         gold=("IRQREB>USAMIL:190|193|180",)),
    Case("t18-bomber-blew-up-bus", "JERUSALEM (AP) - A Palestinian suicide bomber blew up a crowded "
         "bus in Jerusalem on Sunday, killing eight passengers, police said.",
         gold=("PSEREB>ISR:1831|183|180",)),
    Case("t17-seized-fishing-boat", "TBILISI (Reuters) - The Russian coast guard seized a Georgian "
         "fishing boat in the Black Sea on Sunday and detained its crew of six, Georgia's foreign "
         "ministry said.", gold=("RUSMIL>GEO:1711|171|173|170",)),
    Case("t17-closed-newspaper-offices", "ALGIERS (Reuters) - Algerian authorities closed the offices "
         "of an independent daily newspaper in Algiers on Monday, its editor said.",
         gold=("DZAGOV>DZAMED:1721|172|170|171",)),
    # persons seized
    Case("t18-kidnapped-italian-aid-workers", "BAGHDAD (Reuters) - Gunmen kidnapped two Italian aid "
         "workers from their office in central Baghdad on Tuesday, an Italian charity said.",
         gold=("IRQREB>ITANGO:181|180",), ok=(">ITA:181|180", "REB>ITA:181|180")),
    Case("t17-detained-40-suspects", "LAHORE, Pakistan (Reuters) - Pakistani police detained 40 "
         "suspects in raids across the eastern city of Lahore on Friday after a bomb attack on a "
         "mosque, officials said.", gold=("PAKCOP>PAK:173|170|171",)),
    Case("t17-arrested-members-banned-group", "TASHKENT (Reuters) - Uzbek police arrested 12 members of "
         "a banned Islamic group in the capital on Wednesday, a human rights group said.",
         gold=("UZBCOP>UZB:173|170",)),
    Case("t18-seized-jordanian-drivers", "BAGHDAD (AP) - Insurgents seized three Jordanian truck "
         "drivers on the road to Falluja on Sunday and threatened to behead them unless their company "
         "left Iraq.", gold=("IRQREB>JOR:181|180",), ok=("IRQREB>JOR:13|138|1381|1384",)),
    Case("t17-raided-homes-arrested", "CAIRO (Reuters) - Egyptian security forces raided the homes of "
         "dozens of Muslim Brotherhood members in the Nile Delta on Monday and arrested 35 of them, a "
         "lawyer for the group said.", gold=("EGYCOP>EGY:173|170|171",), ok=("EGY>EGY:173|170|171",)),
    Case("t17-expelled-georgian-diplomats", "MOSCOW (Reuters) - Russia expelled two Georgian diplomats "
         "on Thursday, accusing them of spying, the foreign ministry said.",
         gold=("RUS>GEOGOV:174|170",), ok=("RUS>GEOGOV:11|112",)),
    Case("t18-beheaded-american-engineer", "RIYADH (Reuters) - Islamic militants beheaded an American "
         "engineer they had kidnapped in Riyadh, a website run by the group said on Friday.",
         gold=("SAUREB>USA:180|186|181",), ok=("REB>USA:180|186|181", ">USA:180|186|181")),
    # pronoun and "the town" targets
    Case("t19-bombed-town-shelled-it", "FALLUJA, Iraq (Reuters) - U.S. warplanes bombed the town of "
         "Falluja on Wednesday and Marines shelled it from positions on its outskirts, the military "
         "said.", gold=("USAMIL>IRQ:195|190|194",)),
    Case("t17-arrested-leader-charged-him", "LAGOS (Reuters) - Nigerian police arrested an opposition "
         "leader at his home in Lagos on Monday and charged him with treason, his party said.",
         gold=("NGACOP>NGAOPP:173|170",)),
    Case("t19-ambushed-column-killed-them", "MOSCOW (Reuters) - Chechen rebels ambushed a column of "
         "Russian interior ministry troops in the mountains of southern Chechnya on Tuesday and killed "
         "11 of them, the ministry said.", gold=("RUSREB>RUSMIL:180|190",)),
    Case("t18-ambushed-officer-shot-him", "KIRKUK, Iraq (Reuters) - Gunmen ambushed a senior Iraqi "
         "police officer as he drove to work in Kirkuk on Thursday and shot him dead, police said.",
         gold=("IRQREB>IRQCOP:180|186|190|193",), ok=(">IRQ:180|186|190|193", "REB>IRQ:180|186|190|193")),
    Case("t19-attacked-town-darfur", "KHARTOUM (Reuters) - Sudanese government troops attacked the town "
         "of Tawila in North Darfur on Saturday and bombed it from the air, rebels said.",
         gold=("SDNMIL>SDN:190|195",)),
    # people released
    Case("t08-freed-turkish-hostages", "ANKARA (Reuters) - Militants in Iraq freed three Turkish "
         "hostages on Monday after their company agreed to stop working in the country, Turkish "
         "officials said.", gold=("IRQREB>TUR:0841|084|080",)),
    Case("t08-released-palestinian-prisoners", "JERUSALEM (Reuters) - Israel released 159 Palestinian "
         "prisoners on Thursday as a goodwill gesture to the new Palestinian leadership, the prison "
         "service said.", gold=("ISR>PSE:0841|084|080",)),
    Case("t08-set-free-soldiers", "KATHMANDU (AP) - Maoist rebels set free seven Nepalese soldiers "
         "they had captured in a battle last week, the Red Cross said on Tuesday.",
         gold=("NPLREB>NPLMIL:0841|084|080",)),
    Case("t08-journalists-were-released", "PARIS (Reuters) - Two French journalists held hostage in "
         "Iraq for four months were released on Tuesday, French President Jacques Chirac announced.",
         gold=(">FRA:0841|084|080",), ok=("IRQREB>FRA:0841|084|080",), kind="agentless"),
    Case("t08-freed-foreign-drivers", "DUBAI (Reuters) - Iraqi kidnappers freed seven foreign "
         "truck drivers, three of them Kenyan, on Wednesday after a six-week hostage drama, their "
         "employer said.", gold=("IRQREB>KEN:0841|084|080",), ok=("IRQREB>:0841|084|080",)),
    # no target's country is given: the target stays empty
    Case("t18-shot-foreign-engineer", "ZAMBOANGA, Philippines (AP) - Gunmen shot dead a foreign "
         "engineer working on a road project in the southern Philippines on Monday, police said.",
         gold=("PHLREB>:180|186|193|190",), ok=(">:180|186|193|190", "REB>:180|186|193|190"),
         kind="no-target"),
    Case("t17-kidnapped-foreigners-unnamed", "PORT HARCOURT, Nigeria (Reuters) - Armed men seized four "
         "foreign oil workers from a drilling rig off the coast of the Niger Delta on Tuesday, the "
         "rig's operator said.", gold=("NGAREB>:181|180",), ok=(">:181|180", "REB>:181|180"),
         kind="no-target"),
    Case("t00-fired-into-air-celebration", "BAGHDAD (Reuters) - Iraqi police fired into the air on "
         "Sunday as crowds celebrated the national football team's victory in the streets of the "
         "capital, witnesses said.", kind="no-event"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "t20-killed-villagers-ituri": "the parser reads 'machetes killed ... villagers' as a reduced relative: no main act",
    "t19-stormed-police-station": "insurgents 'freeing prisoners' from a police station is read as a release (08)",
    "t17-closed-newspaper-offices": "closing a newspaper's offices is read as reducing relations (16), not a ban (172)",
    "t17-arrested-members-banned-group": "'members of a banned Islamic group' names no role, so no country is given",
    "t17-expelled-georgian-diplomats": "expelling diplomats is read as reducing relations (16) only, not as 174",
    "t18-beheaded-american-engineer": "the parser makes 'engineer they had kidnapped' the subject of 'said': no object",
    "t08-set-free-soldiers": "'soldiers they had captured in a battle last week' codes the past capture (17)",
    "t08-journalists-were-released": "the parser reads 'journalists held hostage in Iraq' as France holding Iraq (17)",
}

# The no-target cases: a target country the text does not give is a wrong target, though the
# harness counts any target right against a gold event whose target is empty.
NO_TARGET = tuple(c for c in CASES if c.kind == "no-target")


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


@pytest.mark.parametrize("case", NO_TARGET, ids=[c.id for c in NO_TARGET])
def test_a_victim_whose_country_is_not_given_is_no_target(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert coded[case.id], "the act is coded"
    assert all(target == "" for _, target, _ in coded[case.id]), sorted(coded[case.id])


def test_score_on_the_force_targets_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was fixed (tuple P/R .865/.833, root P/R .863/.905;
    # on main before any fix .860/.762 and .860/.881): the set must not get worse.
    assert scores["tuple_precision"] >= 0.85
    assert scores["tuple_recall"] >= 0.82
    assert scores["root_precision"] >= 0.85
    assert scores["root_recall"] >= 0.89
