"""A blind set of wire leads on participants the clause leaves implicit: the act is plain, but its
doer or its target stands outside the plain subject and object slots. Participial and infinitive
clauses inherit the main clause's subject (", killing 12 rebels", ", wrapping up talks with",
"flew to Cairo for talks with"); reduced relatives and passives name the doer with "by" ("a
convoy ambushed by", "men detained by", "positions pounded by army helicopters"); targets sit in a
prepositional phrase or in the object's own phrase ("launched an offensive against", "stepped up
pressure on", "a wave of arrests of", "fired missiles at a car carrying two militants"); places
stand for their country or people ("arrived in Tehran for talks", "shelled the outskirts of
Grozny", "recalled its ambassador from Baku"); domestic targets are told by a generic noun the
dateline places ("Police arrested 12 suspects" from Karachi); and counter-cases keep the coder
honest: foreign troops and visiting ministers are not the dateline's, a participle that only
describes a noun ("a bus carrying recruits", "gunmen wearing masks", "positions held by rebels")
is no event, and a plan or a space mission is no actor.

The gold was coded by `events_guidelines.md` and the CAMEO codebook before the coder's output was
seen: victims and suspects with no nationality are the story's country; a visit is coded toward
the host (042), with the talks it is for in `ok` both ways; an act told only as a purpose ("to
meet", "to try to end") is not coded. Two `ok` entries were added after the first run, as a
careful coder would also record them and the first coding overlooked them: the visit that
"Visiting" asserts (d05), and the attack a relative clause tells in full (d16, "rebels who
attacked a town"). The case format and the scoring are the first blind set's. All sentences
were written for this test; people and incidents are generic or fictional.

`python -m pytest tests/understand/events/test_wire_doers.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, claims, params, score

pytestmark = pytest.mark.model

# declarative table: the blind set of implicit participants.
# fmt: off
CASES: tuple[Case, ...] = (
    # participial clauses that inherit the main clause's subject
    Case("d19-stormed-hideout-killing", "GROZNY, Russia (Reuters) - Russian troops stormed a rebel hideout "
         "in the mountains of southern Chechnya on Tuesday, killing 12 separatist fighters, a spokesman for "
         "the regional command said.", gold=("RUSMIL>RUSREB:190|180|186|193",), kind="participle"),
    Case("d18-burst-into-shooting", "KIRKUK, Iraq (AP) - Gunmen burst into a wedding party in a village "
         "south of Kirkuk late on Saturday, shooting dead seven guests and wounding 11, police said.",
         gold=("IRQREB>IRQ:180|186|190|193",), ok=(">IRQ:180|186|190", "REB>IRQ:180|186|190"),
         kind="participle"),
    Case("d17-swept-arresting", "ISLAMABAD (Reuters) - Pakistani police swept through several districts "
         "of the capital on Thursday, arresting 35 suspected militants in a search for the plotters of an "
         "attack on the president, officials said.", gold=("PAKCOP>PAKREB:173|170",), kind="participle"),
    Case("d04-left-wrapping-up-talks", "BEIJING (Reuters) - South Korea's foreign minister left Beijing on "
         "Wednesday, wrapping up two days of talks with Chinese leaders on North Korea's nuclear programme, "
         "officials said.", gold=("KORGOV>CHNGOV:046|040|043|042",), ok=("CHNGOV>KORGOV:046|040|043|042",),
         kind="participle"),
    Case("d11-summoned-accusing", "WASHINGTON (Reuters) - The State Department summoned Syria's ambassador "
         "on Tuesday, accusing Damascus of failing to stop foreign fighters from crossing into Iraq, a "
         "spokesman said.", gold=("USAGOV>SYR:112|111|11",), ok=("USAGOV>SYRGOV:10|16|04|040",),
         kind="participle"),
    Case("d12-statement-rejecting", "TEHRAN (Reuters) - Iran's foreign ministry issued a sharply worded "
         "statement on Monday, rejecting a U.S. demand that it halt uranium enrichment, state television "
         "reported.", gold=("IRNGOV>USA:12|120|128|125",), kind="participle"),
    Case("d19-bombed-breaking-ceasefire", "ABIDJAN, Ivory Coast (Reuters) - Ivorian government warplanes "
         "bombed rebel-held towns in the north of the country for a second day on Friday, shattering an "
         "18-month ceasefire, military sources said.", gold=("CIVMIL>CIVREB:195|190|19",),
         ok=("CIVGOV>CIVREB:195|190|19",), kind="participle"),
    Case("d02-wrote-urging", "UNITED NATIONS (Reuters) - U.N. Secretary-General Kofi Annan wrote to the "
         "leaders of India and Pakistan on Wednesday, urging them to resume their stalled dialogue over "
         "Kashmir, his spokesman said.", gold=("IGOUNO>IND:02|020|025", "IGOUNO>PAK:02|020|025"),
         kind="participle"),
    Case("d07-flew-supplies-pledging", "JAKARTA (Reuters) - Japan flew tents and medical supplies to the "
         "quake-hit Indonesian island of Sumatra on Tuesday, pledging a further $10 million in aid for "
         "the survivors, the Japanese embassy said.", gold=("JPN>IDN:07|070|071|073|03|033",),
         kind="participle"),
    Case("d19-pushed-into-capturing", "GULU, Uganda (Reuters) - Ugandan troops pushed deep into southern "
         "Sudan on Monday, attacking camps of Lord's Resistance Army rebels who have waged an 18-year war "
         "in the north of Uganda, the army said.", gold=("UGAMIL>UGAREB:190|19|192",),
         ok=("UGAMIL>SDN:192|19", "UGAREB>UGA:190|19"), kind="participle"),
    # infinitive and "for talks" clauses of travel: the visit is coded, a purpose is not
    Case("d04-flew-for-talks-with", "AMMAN (Reuters) - Jordan's King Abdullah flew to Cairo on Sunday for "
         "talks with Egyptian President Hosni Mubarak on the Middle East peace process, the royal court "
         "said.", gold=("JORGOV>EGY:042|040|043|046",), ok=("EGYGOV>JORGOV:040|043|046|042",),
         kind="travel"),
    Case("d04-arrived-to-meet", "NEW DELHI (Reuters) - Pakistan's foreign minister arrived in New Delhi on "
         "Friday to meet his Indian counterpart for a new round of peace talks, officials said.",
         gold=("PAKGOV>IND:042|043|040|036",), ok=("INDGOV>PAKGOV:043|040|036|042",), kind="travel"),
    Case("d04-headed-to-try-to-end", "GENEVA (Reuters) - The U.N. envoy for Sudan headed to Khartoum on "
         "Monday to try to end the fighting in the western region of Darfur, a U.N. spokeswoman said.",
         gold=("IGOUNO>SDN:042|040|043",), kind="travel"),
    Case("d04-sent-delegation-to-attend", "KHARTOUM (Reuters) - Sudan sent a government delegation to "
         "Nigeria on Sunday to attend peace talks with Darfur rebels under African Union mediation, the "
         "foreign ministry said.", gold=("SDNGOV>NGA:042|040|043",), ok=("SDNGOV>SDNREB:04|040|046",),
         kind="travel"),
    # reduced relatives and passives with a "by" agent
    Case("d18-convoy-ambushed-by", "KABUL (Reuters) - Four Afghan soldiers were killed when their convoy "
         "was ambushed by Taliban fighters in southern Zabul province on Saturday, a military spokesman "
         "said.", gold=("AFGREB>AFGMIL:180|190|186|193",), ok=(">AFGMIL:180|190|186|193",), kind="by-agent"),
    Case("d17-men-detained-by", "PESHAWAR, Pakistan (Reuters) - Three Arab men detained by Pakistani "
         "security forces in a raid near the Afghan border on Monday were being questioned about links "
         "to al Qaeda, intelligence officials said.", gold=("PAKMIL>:173|170",), kind="by-agent"),
    Case("d19-villages-bombed-by", "NAIROBI (Reuters) - Darfur rebels said on Tuesday that dozens of "
         "civilians had been killed in villages bombed by Sudanese government aircraft over the weekend.",
         gold=("SDNMIL>SDN:195|190|180|20",), ok=(">SDN:195|190|180|20", "SDNGOV>SDN:195|190|180|20"),
         kind="by-agent"),
    Case("d17-lawmakers-arrested-by", "HARARE (Reuters) - Two opposition lawmakers arrested by police in "
         "Harare on Thursday were charged on Friday with inciting public violence, their lawyer said.",
         gold=("ZWECOP>ZWEOPP:173|170",), ok=(">ZWEOPP:11|112|1121|17|172",), kind="by-agent"),
    Case("d18-driver-seized-by-freed", "MANILA (Reuters) - A Filipino truck driver seized by insurgents "
         "near Falluja last month was freed on Tuesday, the Philippine foreign ministry said.",
         gold=("IRQREB>PHL:181|180", ">PHL:0841|084|080"), ok=("IRQREB>PHL:0841|084|080",), kind="by-agent"),
    Case("d18-worker-abducted-by-released", "GAZA CITY (Reuters) - A British aid worker abducted by gunmen "
         "in the Gaza Strip on Tuesday was released unharmed hours later, Palestinian security officials "
         "said.", gold=("PSEREB>GBR:181|180", ">GBR:0841|084|080"), ok=("PSEREB>GBR:0841|084|080",),
         kind="by-agent"),
    Case("d19-positions-pounded-by", "KATHMANDU, Nepal (Reuters) - Positions held by Maoist rebels in "
         "western Nepal were pounded by army helicopters on Sunday after the rebels overran a police "
         "post, the army said.", gold=("NPLMIL>NPLREB:190|195|194", "NPLREB>NPLCOP:190|192"),
         kind="by-agent"),
    Case("d19-convoy-escorted-by", "BAGHDAD (AP) - Insurgents attacked a fuel convoy escorted by Polish "
         "troops south of Baghdad on Monday, setting three tankers ablaze, the Polish military said.",
         gold=("IRQREB>POLMIL:190|180|18",), ok=("IRQREB>IRQ:190|180",), kind="by-agent"),
    # targets in a prepositional phrase or in the object's own phrase
    Case("d19-offensive-against", "MANILA (Reuters) - The Philippine army launched a major offensive "
         "against Muslim rebels on the southern island of Mindanao on Monday, sending thousands of "
         "villagers fleeing, the military said.", gold=("PHLMIL>PHLREB:190|19|195",), kind="prep-target"),
    Case("d16-pressure-on-sanctions", "WASHINGTON (Reuters) - The United States stepped up pressure on "
         "Syria on Tuesday, imposing sanctions that ban most American exports to Damascus, the White "
         "House said.", gold=("USA>SYR:163|16|162|10|17",), kind="prep-target"),
    Case("d17-wave-of-arrests-of", "CAIRO (Reuters) - The United States on Sunday criticised a wave of "
         "arrests of opposition activists by Egyptian police ahead of next month's parliamentary "
         "election, the U.S. embassy said.", gold=("USA>EGY:111|11|112", "EGYCOP>EGYOPP:173|170"),
         kind="prep-target"),
    Case("d16-tighten-sanctions-against", "BRUSSELS (Reuters) - European Union foreign ministers agreed on "
         "Monday to tighten sanctions against Myanmar's military rulers over the continued detention of "
         "opposition leader Aung San Suu Kyi, diplomats said.", gold=("IGOEUREEC>MMRGOV:163|16|1631|03|036",),
         ok=("MMRGOV>MMROPP:173|17",), kind="prep-target"),
    Case("d03-aid-to-victims", "TOKYO (Reuters) - Japan pledged $50 million in emergency aid to the "
         "victims of flooding in Bangladesh on Tuesday, the foreign ministry said.",
         gold=("JPN>BGD:033|03|07|070|073",), kind="prep-target"),
    Case("d04-meetings-with-leaders-of", "CAIRO (Reuters) - Egypt's intelligence chief held separate "
         "meetings with leaders of Hamas and Islamic Jihad in Cairo on Sunday, seeking their support for "
         "a truce with Israel, officials said.", gold=("EGYGOV>PSEREB:040|043|046|044",),
         ok=("PSEREB>EGYGOV:040|043|046|044", "EGYGOV>PSEREB:02|020"), kind="prep-target"),
    Case("d11-criticism-of-seizures", "LONDON (Reuters) - Britain's foreign secretary voiced strong "
         "criticism of Zimbabwe's seizures of white-owned farms on Wednesday, calling the policy "
         "ruinous, his office said.", gold=("GBRGOV>ZWE:111|11",), kind="prep-target"),
    Case("d17-crackdown-on-groups", "TASHKENT, Uzbekistan (Reuters) - Uzbek authorities launched a "
         "crackdown on Islamic groups on Wednesday after a series of suicide bombings in the capital, "
         "human rights workers said.", gold=("UZBGOV>UZB:17|173|175",), kind="prep-target"),
    Case("d13-warning-to", "MOSCOW (Reuters) - Russia's defence minister issued a stern warning to "
         "Georgia on Thursday over its plans to send troops into the breakaway region of South Ossetia, "
         "Russian news agencies reported.", gold=("RUSGOV>GEO:130|13|138",), kind="prep-target"),
    Case("d19-missiles-at-car-carrying", "GAZA CITY (Reuters) - Israeli helicopters fired missiles at a car "
         "carrying two Hamas militants in Gaza City on Monday, killing both men, Palestinian witnesses "
         "said.", gold=("ISRMIL>PSEREB:195|190|186|180",), ok=("ISRMIL>PSE:195|190|186|180",),
         kind="prep-target"),
    Case("d17-ban-on-party", "ANKARA (Reuters) - Turkey's Constitutional Court ordered a ban on a "
         "pro-Kurdish political party on Tuesday, ruling that it had links to separatist guerrillas, "
         "state media reported.", gold=("TURJUD>TUR:172|17|1724",), kind="prep-target"),
    Case("d08-withdrawal-of-troops-from", "TBILISI, Georgia (Reuters) - Russia completed the withdrawal of "
         "its troops from a Soviet-era military base in southern Georgia on Friday, Georgian officials "
         "said.", gold=("RUS>GEO:0874|087|08",), kind="prep-target"),
    # places that stand for their country or people
    Case("d04-arrived-in-tehran-for-talks", "TEHRAN (Reuters) - Iraq's interim prime minister arrived in "
         "Tehran on Saturday for talks with Iranian leaders on border security and the return of "
         "refugees, Iranian state media said.", gold=("IRQGOV>IRN:042|040|043|046",),
         ok=("IRNGOV>IRQGOV:043|040|046|042",), kind="place"),
    Case("d19-shelled-grozny", "NAZRAN, Russia (Reuters) - Russian forces shelled the outskirts of the "
         "Chechen capital Grozny overnight after rebels ambushed an army column, killing five soldiers, "
         "officials said.", gold=("RUSMIL>RUS:190|194|195", "RUSREB>RUSMIL:190|180|186"),
         ok=("RUSREB>RUS:190|180|186",), kind="place"),
    Case("d19-tanks-rolled-into-town", "GAZA CITY (Reuters) - Israeli tanks and bulldozers rolled into "
         "the northern Gaza Strip town of Beit Hanoun before dawn on Wednesday, witnesses said.",
         gold=("ISRMIL>PSE:192|190|19",), kind="place"),
    Case("d16-recalled-ambassador-from", "TEHRAN (Reuters) - Tehran recalled its ambassador from Baku on "
         "Monday in protest at the arrest of an Iranian cleric in Azerbaijan, the foreign ministry "
         "said.", gold=("IRN>AZE:161|16",), ok=("AZE>IRN:173|17",), kind="place"),
    Case("d18-bombs-at-offices-in-capital", "KATHMANDU, Nepal (AP) - Maoist rebels set off bombs at three "
         "government offices in Kathmandu on Tuesday, wounding two guards, police said.",
         gold=("NPLREB>NPLGOV:183|180|18",), ok=("NPLREB>NPL:183|180|18",), kind="place"),
    Case("d04-delegation-arrived-in-seoul", "SEOUL (Reuters) - A North Korean delegation arrived in Seoul "
         "on Monday for the first cabinet-level talks between the two Koreas in six months, the "
         "Unification Ministry said.", gold=("PRK>KOR:042|043|040|046",), ok=("KOR>PRK:043|040|046|042",),
         kind="place"),
    Case("d16-severed-relations-accusing", "N'DJAMENA (Reuters) - Chad severed diplomatic relations with "
         "Sudan on Friday, accusing Khartoum of backing rebels who attacked a town on their common "
         "border, state radio said.", gold=("TCD>SDN:161|16", "TCD>SDN:112|11"), ok=("TCDREB>:190|19",),
         kind="place"),
    Case("d14-marched-on-palace", "KIEV, Ukraine (Reuters) - Tens of thousands of opposition supporters "
         "marched on the presidential administration in Kiev on Monday, demanding a rerun of the "
         "disputed presidential election, witnesses said.", gold=("UKROPP>UKRGOV:14|141|10|104",),
         ok=("UKRCVL>UKRGOV:14|141|10",), kind="place"),
    # domestic targets told by a generic noun the dateline places
    Case("d17-police-arrested-suspects", "KARACHI, Pakistan (Reuters) - Police arrested 12 suspects on "
         "Sunday in connection with a bomb attack on a Shiite mosque that killed 16 people last week, "
         "officials said.", gold=("PAKCOP>PAK:173|170",), ok=(">PAK:18|180|183",), kind="domestic"),
    Case("d19-soldiers-killed-rebels", "KATHMANDU (Reuters) - Soldiers killed 14 rebels in a gunbattle in "
         "a remote district of western Nepal on Saturday, the army said.",
         gold=("NPLMIL>NPLREB:190|180|186",), kind="domestic"),
    Case("d17-police-fired-tear-gas", "DHAKA, Bangladesh (Reuters) - Police fired tear gas and rubber "
         "bullets on Monday to disperse thousands of opposition supporters protesting against a rise in "
         "fuel prices, witnesses said.", gold=("BGDCOP>BGDOPP:175|17|173",),
         ok=("BGDOPP>BGD:14|141", "BGDOPP>:14|141"), kind="domestic"),
    Case("d17-police-detained-protesters", "ALGIERS (Reuters) - Police detained dozens of protesters in the "
         "Algerian capital on Thursday as they tried to march on parliament, witnesses said.",
         gold=("DZACOP>DZA:173|170|175",), ok=("DZACVL>DZA:14|141",), kind="domestic"),
    Case("d09-investigation-into-officers", "MANILA (Reuters) - Prosecutors opened an investigation on "
         "Tuesday into allegations that senior army officers sold weapons to Muslim rebels, the justice "
         "department said.", gold=("PHLJUD>PHLMIL:09|090|091",), kind="domestic"),
    Case("d11-government-accused-opposition", "HARARE (Reuters) - The government on Monday accused the "
         "opposition of plotting violence ahead of next year's parliamentary elections, state media "
         "reported.", gold=("ZWEGOV>ZWEOPP:112|11",), kind="domestic"),
    Case("d17-soldiers-imposed-curfew", "ABIDJAN, Ivory Coast (Reuters) - Soldiers imposed a night-time "
         "curfew on the main city Abidjan on Sunday after two days of violent protests, military "
         "officials said.", gold=("CIVMIL>CIV:1723|172|17",), kind="domestic"),
    Case("d18-rebels-abducted-children", "KAMPALA (Reuters) - Rebels abducted 40 children from a village in "
         "northern Uganda on Saturday, the army said.", gold=("UGAREB>UGA:181|180",), kind="domestic"),
    Case("d17-troops-raided-camp", "KHARTOUM (Reuters) - Sudanese troops raided a camp for displaced "
         "people in Darfur on Wednesday, detaining dozens of men and burning shelters, aid workers "
         "said.", gold=("SDNMIL>SDN:173|170|1712|171",), ok=("SDNMIL>SDN:190|180",), kind="domestic"),
    # counter-cases: foreign doers, visiting ministers, participles that only describe, no actor
    Case("d17-us-troops-arrested-taliban", "KABUL (Reuters) - U.S. troops arrested eight suspected Taliban "
         "fighters in a raid in southern Afghanistan on Wednesday, the U.S. military said.",
         gold=("USAMIL>AFGREB:173|170",), kind="counter"),
    Case("d05-visiting-powell-praised", "SEOUL (Reuters) - Visiting U.S. Secretary of State Colin Powell "
         "praised South Korea on Tuesday for its decision to send more troops to Iraq, a South Korean "
         "official said.", gold=("USAGOV>KOR:051|05",), ok=("USAGOV>KOR:042|040|043",), kind="counter"),
    Case("d00-bus-carrying-recruits", "SRINAGAR, India (Reuters) - A landmine exploded under a bus carrying "
         "army recruits in Indian Kashmir on Wednesday, killing 11 of them, police said.",
         gold=(">IND:183|180|18",), ok=(">INDMIL:183|180|18",), kind="counter"),
    Case("d00-helicopter-carrying-crashed", "KABUL (Reuters) - A U.S. military helicopter carrying 17 "
         "soldiers crashed in bad weather in eastern Afghanistan on Tuesday, killing all on board, the "
         "military said.", kind="counter"),
    Case("d18-gunmen-wearing-masks", "GAZA CITY (Reuters) - Gunmen wearing black masks kidnapped a "
         "Palestinian journalist outside his office in Gaza City on Tuesday, colleagues said.",
         gold=("PSEREB>PSE:181|180",), ok=(">PSE:181|180", "REB>PSE:181|180"), kind="counter"),
    Case("d00-cabinet-approved-plan", "JERUSALEM (Reuters) - Israel's cabinet on Sunday approved Prime "
         "Minister Ariel Sharon's plan to withdraw troops and settlers from the Gaza Strip by the end of "
         "next year, officials said.", ok=("ISRGOV>PSE:03|035|0356|08|087",), kind="counter"),
    Case("d00-launched-space-mission", "JIUQUAN, China (Reuters) - China launched its first manned space "
         "mission on Wednesday, sending an air force pilot into orbit aboard a capsule, state media "
         "said.", kind="counter"),
    Case("d00-troops-returned-home", "WARSAW (Reuters) - Two hundred Polish soldiers returned home from "
         "Iraq on Friday after a six-month tour of duty, the defence ministry said.",
         ok=("POLMIL>IRQ:087|0874|08",), kind="counter"),
    Case("d00-deal-signed-by-both-sides", "NAIROBI (Reuters) - Southern Sudanese rebels said on Monday they "
         "would honour a ceasefire deal signed by both sides last year, despite fresh clashes in the "
         "oil-rich south.", kind="counter"),
    Case("d08-released-prisoners-held-by", "KABUL (Reuters) - The Afghan government freed 50 Pakistani "
         "prisoners held in Kabul jails on Monday as a goodwill gesture before a visit by Pakistan's "
         "president, officials said.", gold=("AFGGOV>PAK:0841|084|080|08",), kind="counter"),
    Case("d11-minister-in-capital-criticised", "BAGHDAD (Reuters) - Jordan's foreign minister, on a visit to "
         "Baghdad, criticised neighbouring countries on Sunday for failing to stop militants from "
         "crossing into Iraq, Iraqi officials said.", gold=("JORGOV>:111|11",), ok=("JORGOV>IRQ:042|040",),
         kind="counter"),
    Case("d18-soldiers-killed-by-bomb", "BAGHDAD (Reuters) - Two American soldiers were killed by a "
         "roadside bomb north of Baghdad on Tuesday, the U.S. military said.",
         gold=(">USAMIL:183|180|18",), ok=("IRQREB>USAMIL:183|180|18",), kind="counter"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "d19-villages-bombed-by": "the victims take the dateline's country (Nairobi): no word code knows 'Darfur'",
    "d19-convoy-escorted-by": "a convoy's escort ('escorted by Polish troops') is not read as what the attack struck",
    "d16-tighten-sanctions-against": "'agreed to tighten sanctions' is derived as a threat (13), not the sanction decided",
    "d17-crackdown-on-groups": "'Islamic groups' names no role, so no country is given",
    "d00-bus-carrying-recruits": "'killing 11 of them' does not reach the recruits the bus carried",
    "d00-cabinet-approved-plan": "approving the government's own plan is coded as an intent (03) at home",
    "d00-launched-space-mission": "the actor stage reads 'space mission' as a government body, a target for 'launch mission' (036)",
    "d08-released-prisoners-held-by": "the parser reads 'Kabul jails' as a verb, so 'held' becomes a detention (17)",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_implicit_participants_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was last fixed (tuple P/R .880/.908, root P/R
    # .931/.985; main before any fix, on the same gold, .819/.738 and .901/.938).
    assert scores["tuple_precision"] >= 0.87
    assert scores["tuple_recall"] >= 0.90
    assert scores["root_precision"] >= 0.92
    assert scores["root_recall"] >= 0.97


# Leads written after the blind run, for the fixes it led to (constructions the set lacks).
LATER = {
    "died-ambushed-by": "BAGHDAD (Reuters) - Three U.S. soldiers died on Monday, ambushed by insurgents near "
    "Baquba, the military said.",
    "hit-by-bomb-north-of": "BAGHDAD (Reuters) - A U.S. convoy was hit by a roadside bomb north of Baghdad on "
    "Tuesday, killing two soldiers, the military said.",
    "survived-ambush-on": "KABUL (Reuters) - Afghanistan's vice president survived an ambush on his convoy in "
    "the north on Tuesday, officials said.",
    "violence-swept": "BAGHDAD (Reuters) - Violence swept Iraq on Tuesday, killing at least 30 people, officials said.",
    "king-flew-escorted": "AMMAN (Reuters) - Jordan's King Abdullah, escorted by two fighter jets, flew to Baghdad "
    "on Tuesday for talks with Iraq's interim government.",
    "arrived-escorted-for-talks": "BAGHDAD (Reuters) - Iraq's interim prime minister arrived in Amman on Tuesday, "
    "escorted by two Jordanian fighter jets, for talks with Jordanian leaders.",
    "sent-chief-to": "CAIRO (Reuters) - Egypt sent its intelligence chief to Gaza on Tuesday to try to broker a "
    "truce between Palestinian factions.",
    "tanks-rolled": "GAZA CITY (Reuters) - Israeli tanks rolled into a refugee camp in the northern Gaza Strip "
    "before dawn on Wednesday, witnesses said.",
    "economy-rolled": "TOKYO (Reuters) - Japan's economy rolled into recession in the third quarter, data showed "
    "on Wednesday.",
    "arrested-dozens": "CAIRO (Reuters) - Egyptian security forces arrested dozens in a crackdown on Islamists on "
    "Wednesday, security sources said.",
    "killed-three-in-gaza": "JERUSALEM (Reuters) - Israeli troops killed three in the Gaza Strip on Wednesday, "
    "Palestinian medical workers said.",
}


@pytest.fixture(scope="module")
def later(settings: Settings) -> dict[str, set[Tuple]]:
    run = run_user_path([{"id": k, "title": "", "text": v} for k, v in LATER.items()], settings)
    return {k: claims([e for a in run.articles[k] for e in a["events"]]) for k in LATER}


def test_a_participle_with_a_by_agent_is_the_agent_s_act(later: dict[str, set[Tuple]]) -> None:
    # "died, ambushed by insurgents": the insurgents ambushed the soldiers, not the reverse.
    assert {t for t in later["died-ambushed-by"] if t[0] == "IRQ" and t[1] == "USA"}
    assert not {t for t in later["died-ambushed-by"] if t[0] == "USA"}
    # "hit by a roadside bomb north of Baghdad": the bomb, not Baghdad, is the agent.
    assert later["hit-by-bomb-north-of"] and all(t[0] == "" for t in later["hit-by-bomb-north-of"])


def test_what_its_target_came_through_is_an_act_with_an_unknown_doer(later: dict[str, set[Tuple]]) -> None:
    assert ("", "AFG", "19") in later["survived-ambush-on"]
    # Violence as a subject leaves the doer of its toll unknown, and only its toll is an act.
    assert later["violence-swept"] == {("", "IRQ", "18")}


def test_visits_are_the_visitor_s_whatever_escorts_them(later: dict[str, set[Tuple]]) -> None:
    assert ("JOR", "IRQ", "04") in later["king-flew-escorted"]
    assert ("IRQ", "JOR", "04") in later["arrived-escorted-for-talks"]
    assert not {
        t for t in later["arrived-escorted-for-talks"] if t[0] == "JOR" and t[2] == "04" and t[1] != "IRQ"
    }
    assert ("EGY", "PSE", "04") in later["sent-chief-to"]


def test_armed_forces_rolling_into_a_place_take_it(later: dict[str, set[Tuple]]) -> None:
    assert ("ISR", "PSE", "19") in later["tanks-rolled"]
    assert not later["economy-rolled"]


def test_people_a_main_act_counts_with_no_noun_are_of_its_place(later: dict[str, set[Tuple]]) -> None:
    # "arrested dozens": the story's people; "killed three in the Gaza Strip": the place's, not the dateline's.
    assert ("EGY", "EGY", "17") in later["arrested-dozens"]
    assert {t[1] for t in later["killed-three-in-gaza"]} == {"PSE"}
