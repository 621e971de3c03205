"""A second blind set of wire leads, in the kinds the first set (`test_wire_blind.py`) has few of:
two events in one lead, casualty reports, courts and prosecutors, sanctions and aid with amounts,
elections and protests, kidnappings and releases, ceasefires and their violation, expulsions of
diplomats, visits announced for the future, and a headline repeating the lead's event. The gold
was coded by `events_guidelines.md` before the coder's output was seen; the case format and the
scoring are the first set's. All sentences were written for this test.

`python -m pytest tests/understand/events/test_wire_blind2.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params, score

pytestmark = pytest.mark.model

# declarative table: the second blind set.
# fmt: off
CASES: tuple[Case, ...] = (
    # two events in one lead
    Case("t-met-agreed", "NEW YORK (Reuters) - Pakistani President Pervez Musharraf met Indian Prime "
         "Minister Manmohan Singh on Friday and agreed to resume talks on Kashmir.",
         gold=("PAKGOV>INDGOV:040|043|036", "PAKGOV>INDGOV:036|030|057|06"),
         ok=("INDGOV>PAKGOV:040|036|030|057",), kind="two-events"),
    Case("t-arrested-charged", "MADRID (AP) - Spanish police arrested three Moroccan men on Tuesday "
         "and charged them with helping to plan the train bombings.",
         gold=("ESPCOP>MAR:173|17", "ESPCOP>MAR:112|11|17"), kind="two-events"),
    Case("t-condemned-recalled", "BELGRADE (Reuters) - Serbia condemned an attack on its embassy "
         "in Tirana and recalled its ambassador from Albania on Monday.",
         gold=("SRB>:111|112", "SRB>ALB:161|16"), ok=("SRB>ALB:111|112",), kind="two-events"),
    Case("t-visit-sign", "HANOI (AFP) - Japanese Prime Minister Junichiro Koizumi arrived in Hanoi "
         "on Thursday for a two-day visit and signed an investment agreement with Vietnam.",
         gold=("JPNGOV>VNM:042|040", "JPNGOV>VNM:057|06"), ok=("VNM>JPNGOV:057|043|040",),
         kind="two-events"),
    Case("t-fought-killed", "KABUL (Reuters) - Afghan troops fought Taliban guerrillas in Helmand "
         "province on Sunday and killed at least 12 of them, the army said.",
         gold=("AFGMIL>AFGREB:190|193", "AFGMIL>AFGREB:190|18"), kind="two-events"),
    # casualty reports
    Case("c-roadside", "BAGHDAD (Reuters) - A roadside bomb killed three U.S. soldiers north of "
         "Baghdad on Wednesday, the U.S. military said.", gold=(">USAMIL:183|180|18",),
         kind="casualty"),
    Case("c-at-least-20", "KARACHI (AP) - At least 20 people were killed when a suicide bomber blew "
         "himself up in a crowded mosque in Karachi on Friday, police said.",
         gold=(">PAK:183|180",), kind="casualty"),
    Case("c-shot-dead", "MOSUL, Iraq (Reuters) - Gunmen shot dead a senior Iraqi police officer and "
         "his driver in Mosul on Tuesday, police said.", gold=(">IRQCOP:186|180|18",),
         kind="casualty"),
    Case("c-air-strike", "GAZA CITY (Reuters) - An Israeli air strike killed two Hamas militants in "
         "Gaza City on Monday, Palestinian medical sources said.",
         gold=("ISRMIL>PSEREB:195|190|183|18",), kind="casualty"),
    Case("c-clashes", "NAJAF, Iraq (AP) - Clashes between U.S. troops and Shi'ite militiamen in "
         "Najaf killed at least 15 Iraqis on Thursday, hospital officials said.",
         gold=("USAMIL>IRQREB:190", "IRQREB>USAMIL:190"), kind="casualty"),
    Case("c-ambush", "KATHMANDU (Reuters) - Maoist rebels ambushed a Nepalese army patrol in western "
         "Nepal on Saturday, killing seven soldiers, the army said.",
         gold=("NPLREB>NPLMIL:190|180|18",), kind="casualty"),
    # courts and prosecutors
    Case("l-sentenced", "ANKARA (Reuters) - A Turkish court sentenced four Kurdish activists to 15 "
         "years in prison on Wednesday for membership of an armed group.",
         gold=("TURJUD>TUR:173|17",), kind="legal"),
    Case("l-charged", "ROME (AP) - Italian prosecutors charged two Tunisian men on Monday with "
         "recruiting fighters for Iraq.", gold=("ITAJUD>TUN:112|11|17",), kind="legal"),
    Case("l-suspicion", "LONDON (Reuters) - British police arrested a man on suspicion of plotting "
         "attacks on Monday, Scotland Yard said.", gold=("GBRCOP>:173|17",), kind="legal"),
    Case("l-court-ordered", "JERUSALEM (Reuters) - Israel's Supreme Court ordered the government on "
         "Thursday to reroute part of the West Bank barrier.", gold=("ISRJUD>ISRGOV:100|10|17",),
         kind="legal"),
    Case("l-judge-asked", "MADRID (Reuters) - A Spanish judge on Friday asked Britain to extradite a "
         "Moroccan suspect wanted over the train bombings.", gold=("ESPJUD>GBR:020|10",),
         kind="legal"),
    Case("l-detained", "CAIRO (AP) - Egyptian security forces detained dozens of members of the "
         "banned Muslim Brotherhood in raids on Sunday, the group said.",
         gold=("EGYCOP>EGY:173|17",), kind="legal"),
    # sanctions and aid with amounts
    Case("a-gave-aid", "WASHINGTON (Reuters) - The United States gave 20 million dollars in "
         "emergency aid to Sudan on Tuesday.", gold=("USA>SDN:070|071|073",), kind="aid"),
    Case("a-approved-aid", "BRUSSELS (AP) - The European Commission approved 15 million euros in "
         "humanitarian aid for Haiti on Friday.", gold=("IGOEUREEC>HTI:073|070|033",), kind="aid"),
    Case("a-sanctions", "WASHINGTON (Reuters) - The United States imposed new economic sanctions on "
         "Syria on Tuesday, accusing it of supporting terrorism.",
         gold=("USA>SYR:163|16", "USA>SYR:112|11"), kind="sanctions"),
    Case("a-lift-embargo", "BRUSSELS (Reuters) - The European Union lifted an arms embargo on Libya "
         "on Monday.", gold=("IGOEUREEC>LBY:081|08",), kind="sanctions"),
    Case("a-threat-sanctions", "UNITED NATIONS (Reuters) - The U.N. Security Council threatened "
         "Sudan on Friday with sanctions if it failed to disarm militias in Darfur.",
         gold=("IGOUNO>SDN:130|131|13",), kind="sanctions"),
    Case("a-lend", "TOKYO (AP) - Japan agreed on Wednesday to lend Indonesia 500 million dollars to "
         "rebuild roads in Aceh.", gold=("JPN>IDN:033|030|071|070|057",), kind="aid"),
    Case("a-froze", "WASHINGTON (Reuters) - The U.S. Treasury froze the assets of a Saudi charity on "
         "Wednesday.", gold=("USAGOV>SAU:163|16|17",), kind="sanctions"),
    # elections and protests
    Case("p-marched", "MANILA (AP) - Thousands of protesters marched on the presidential palace in "
         "Manila on Monday demanding the president's resignation.",
         gold=("PHLCVL>PHLGOV:141|140|104|10",), kind="protest"),
    Case("p-voted", "KABUL (Reuters) - Millions of Afghans voted on Saturday in the country's first "
         "presidential election.", kind="no-event"),
    Case("p-won", "JAKARTA (Reuters) - A former general won Indonesia's presidential election, "
         "official results showed on Monday.", kind="no-event"),
    Case("p-tear-gas", "TBILISI (Reuters) - Riot police fired tear gas at opposition supporters "
         "protesting outside parliament in Tbilisi on Sunday.", gold=("GEOCOP>GEOOPP:175|17|18",),
         ok=("GEOOPP>GEO:14",), kind="protest"),
    Case("p-strike", "SEOUL (AP) - Tens of thousands of South Korean workers went on strike on "
         "Wednesday to protest a new labour law.", gold=("KORLAB>:143|140|141",), kind="protest"),
    Case("p-rigging", "KIEV (Reuters) - Ukraine's opposition accused the government on Monday of "
         "rigging the presidential election.", gold=("UKROPP>UKRGOV:112|11",), kind="protest"),
    # kidnappings and releases
    Case("k-kidnapped", "BAGHDAD (Reuters) - Gunmen kidnapped two Italian aid workers from their "
         "office in Baghdad on Tuesday, police said.", gold=(">ITA:181|18",), kind="kidnap"),
    Case("k-released", "MANILA (AP) - Abu Sayyaf guerrillas released three Filipino hostages on "
         "Sunday after a ransom was paid, the army said.", gold=("PHLREB>PHL:0841|084|08",),
         kind="kidnap"),
    Case("k-seized-threat", "KABUL (Reuters) - Taliban militants said on Thursday they had seized a "
         "Turkish engineer in southern Afghanistan and threatened to kill him.",
         gold=("AFGREB>TUR:181|18", "AFGREB>TUR:138|130|13"), kind="kidnap"),
    Case("k-prisoners", "JERUSALEM (Reuters) - Israel freed 400 Palestinian prisoners on Monday as "
         "part of a swap with Hezbollah.", gold=("ISR>PSE:0841|084|08",),
         ok=("ISR>LBN:06|08|057",), kind="kidnap"),
    # ceasefires and their violation
    Case("f-extend", "COLOMBO (Reuters) - Sri Lanka's government and Tamil Tiger rebels agreed on "
         "Friday to extend their ceasefire.",
         gold=("LKAGOV>LKAREB:0871|087|08|057|06|03", "LKAREB>LKAGOV:0871|087|08|057|06|03"),
         kind="reciprocal"),
    Case("f-declared", "GAZA CITY (AP) - Palestinian militant groups declared a ceasefire with "
         "Israel on Sunday.", gold=("PSEREB>ISR:0871|087|08",), kind="ceasefire"),
    Case("f-accused-violating", "KHARTOUM (Reuters) - Sudan's government accused Darfur rebels on "
         "Monday of violating the ceasefire by attacking a village.",
         gold=("SDNGOV>SDNREB:112|11",), kind="ceasefire"),
    Case("f-broke", "ABIDJAN (Reuters) - Ivory Coast government forces broke an 18-month ceasefire "
         "on Thursday by bombing rebel positions in the north.",
         gold=("CIVMIL>CIVREB:195|190|196",), kind="ceasefire"),
    # expulsions of diplomats
    Case("d-expelled", "TBILISI (Reuters) - Georgia expelled two Russian diplomats on Wednesday for "
         "spying.", gold=("GEO>RUSGOV:161|166|174|16|17",), kind="expel"),
    Case("d-ordered-leave", "BELGRADE (AP) - Serbia ordered a Croatian diplomat to leave the country "
         "within 48 hours on Friday.", gold=("SRB>HRVGOV:161|166|174|16|17",), kind="expel"),
    Case("d-persona", "WELLINGTON (Reuters) - New Zealand declared an Israeli diplomat persona non "
         "grata on Thursday over a passport fraud case.", gold=("NZL>ISRGOV:161|166|174|16|17",),
         kind="expel"),
    Case("d-recalled", "LONDON (AP) - Britain recalled its ambassador to Uzbekistan for "
         "consultations on Tuesday.", gold=("GBR>UZB:161|16",), kind="expel"),
    # visits announced for the future, and ones only possible or expected
    Case("v-will-visit", "BEIJING (Reuters) - Chinese Premier Wen Jiabao will visit Germany next "
         "week for talks on trade, the foreign ministry said.", gold=("CHNGOV>DEU:036|042|040",),
         kind="future"),
    Case("v-plans", "WASHINGTON (AP) - Secretary of State Colin Powell plans to travel to Sudan next "
         "week to press the government over Darfur.", gold=("USAGOV>SDN:036|042",),
         ok=("USAGOV>SDN:10|02",), kind="future"),
    Case("v-may-visit", "TEHRAN (AFP) - Iran's foreign minister may visit Cairo next month if "
         "relations improve, a diplomat said.", kind="hypothetical"),
    Case("v-expected", "NEW DELHI (Reuters) - Pakistan's foreign minister is expected to visit New "
         "Delhi next month, Indian officials said.", kind="hypothetical"),
    # the headline repeats the lead's event
    Case("h-sanctions", "WASHINGTON (Reuters) - President Bush imposed economic sanctions on Syria on "
         "Tuesday over its support for militant groups.", title="Bush imposes sanctions on Syria",
         gold=("USAGOV>SYR:163|16",), kind="headline"),
    Case("h-hostages", "BAGHDAD (Reuters) - Insurgents seized three Japanese civilians in Iraq and "
         "threatened to burn them alive unless Japan withdrew its troops.",
         title="Insurgents seize Japanese hostages in Iraq",
         gold=("IRQREB>JPN:181|18", "IRQREB>JPN:138|130|13|10"), kind="headline"),
    Case("h-ceasefire", "N'DJAMENA, Chad (Reuters) - Sudan's government and two rebel groups from "
         "Darfur signed a ceasefire agreement in Chad on Thursday.",
         title="Sudan and rebels sign ceasefire",
         gold=("SDNGOV>SDNREB:057|0871|087", "SDNREB>SDNGOV:057|0871|087"), kind="headline"),
    Case("h-pledge", "TOKYO (AP) - Japan pledged 500 million dollars on Saturday for countries hit by "
         "the Indian Ocean tsunami.", title="Japan pledges 500 million dollars for tsunami victims",
         gold=("JPN>:033|030|07",), kind="headline"),
)
# fmt: on

# Cases the coder still gets wrong, with the cause (strict: they fail loudly once fixed).
KNOWN_MISSES: dict[str, str] = {
    "c-at-least-20": "the when-clause's suicide bomber is the source, with the story's country as the actor stage gives attackers; the gold has none",
    "c-shot-dead": "unidentified gunmen get the dateline's country; the guidelines give them none",
    "a-gave-aid": "'gave ... in emergency aid to' is read as the phrasal 'give in' (yield, 08)",
    "a-approved-aid": "the aid's target in a 'for' phrase on the object ('aid for Haiti') is not found",
    "k-kidnapped": "unidentified gunmen get the dateline's country; the guidelines give them none",
    "f-declared": "the target in 'a ceasefire with Israel' (a 'with' phrase on the object) is not found",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_second_blind_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    # Floors just under the scores when the set was fixed (tuple P/R .847/.789, root P/R
    # .877/.912; before any fix .833/.719 and .860/.895): the set must not get worse.
    assert scores["tuple_precision"] >= 0.83
    assert scores["tuple_recall"] >= 0.77
    assert scores["root_precision"] >= 0.86
    assert scores["root_recall"] >= 0.9
