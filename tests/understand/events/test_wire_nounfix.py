"""Wire items a code review of the noun round wrote (and counter-cases written for this test):
nouns that name an earlier or surrounding event, a state, a topic or a plan rather than an act
told. Background fighting dated to another time ("since clashes ... in May", "after clashes ...
last month", "amid clashes that have killed 3,000 people since 2000"); truces in place ("despite
a ceasefire signed in April", "the truce collapsed"); acts only discussed, backed, opposed,
threatened, rejected or planned; an act a reaction names that the item already told with a verb;
a planned pullout; an army's march; a space probe and a named inquiry; a headline noun that
modifies another noun, and a headline act the lead tells; the topic of talks and preparations; a
summit a meeting verb tells; a raid made by others than the killers. With the counter-cases that
must still be coded: fighting "amid clashes" on the story's day, a condemned raid not told before.

The gold was coded by `events_guidelines.md` before the coder's output was seen; the case format
and the scoring are the first blind set's. People and incidents are generic or from the review.

`python -m pytest tests/understand/events/test_wire_nounfix.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from .test_wire_blind import Case, Tuple, assert_coded_as_gold, params, score

pytestmark = pytest.mark.model

# declarative table: the review's items and their counter-cases.
# fmt: off
CASES: tuple[Case, ...] = (
    # 1. Background fighting dated to another time is no new event.
    Case("f-since-clashes-in-may", "JERUSALEM (Reuters) - Israeli Prime Minister Ariel Sharon met "
         "Palestinian leader Mahmoud Abbas on Tuesday for the first time since clashes between Israeli "
         "troops and Palestinian gunmen in Gaza in May.", gold=("ISR>PSE:040|043|04",),
         ok=("PSE>ISR:040|043|04",), kind="no-event"),
    Case("f-after-clashes-last-month", "KHARTOUM (Reuters) - Sudan's foreign minister met Chad's president "
         "in N'Djamena on Monday after clashes between Sudanese troops and rebels last month, officials "
         "said.", gold=("SDNGOV>TCDGOV:040|042|043|04",), ok=("TCDGOV>SDNGOV:040|043|04",), kind="no-event"),
    Case("f-amid-clashes-since-2000", "CAIRO (Reuters) - Egypt's foreign minister met Palestinian leaders "
         "in Gaza on Sunday amid clashes between Israeli troops and Palestinian gunmen that have killed "
         "more than 3,000 people since 2000.", gold=("EGYGOV>PSE:040|042|043|04",),
         ok=("PSE>EGYGOV:040|043|04",), kind="no-event"),
    # Counter-case: clashes on the story's own day, told with both sides, are coded.
    Case("f-amid-clashes-today", "SRINAGAR, India (Reuters) - Indian police fired tear gas at stone-"
         "throwing protesters on Friday amid clashes between Indian troops and Kashmiri militants in "
         "the town, police said.", gold=("IND>INDCVL:1724|172|17|18|190|19",
                                         "INDMIL>INDREB:190|19", "INDREB>INDMIL:190|19"),
         kind="nominal"),
    # 2. A truce in place is a state, not an act.
    Case("f-despite-ceasefire-signed", "KHARTOUM (Reuters) - Fighting erupted in Darfur on Monday despite "
         "a ceasefire between Sudan and the rebels signed in April.", kind="no-event"),
    Case("f-amid-truce-that-held", "GAZA (Reuters) - Egyptian mediators arrived in Gaza on Monday amid a "
         "fragile truce between Israel and Hamas that has held since June.",
         gold=("EGY>PSE:042|04",), kind="no-event"),
    Case("f-truce-collapsed", "GAZA (Reuters) - The truce between Israel and Hamas collapsed on Monday.",
         kind="no-event"),
    # 3. Acts only discussed, backed, opposed, threatened, rejected or planned.
    Case("f-discussed-pullout", "WASHINGTON (Reuters) - Bush and Sharon on Tuesday discussed an Israeli "
         "pullout from Gaza.", gold=("USA>ISR:040|04", "ISR>USA:040|04"), kind="no-event"),
    Case("f-backed-withdrawal", "WASHINGTON (Reuters) - Washington on Monday backed an Israeli "
         "withdrawal from Gaza.", gold=("USA>ISR:051|05",), kind="no-event"),
    Case("f-opposed-invasion", "PARIS (Reuters) - France on Monday opposed a U.S. invasion of Iraq.",
         gold=("FRA>USA:110|11|120|12",), kind="no-event"),
    Case("f-condemned-planned-offensive", "AMMAN (Reuters) - Jordan on Sunday condemned a planned "
         "Israeli offensive in Gaza.", gold=("JOR>ISR:111|11",), kind="hypothetical"),
    Case("f-rejected-truce", "JERUSALEM (Reuters) - Israel on Monday rejected a Hamas truce with the "
         "Palestinian Authority.", gold=("ISR>PSE:120|12|1246|124",), kind="no-event"),
    # Counter-case: a reaction to an act not told before tells that act.
    Case("f-condemned-raid", "AMMAN (Reuters) - Jordan on Monday condemned an Israeli raid on a refugee "
         "camp in the Gaza Strip.", gold=("JOR>ISR:111|11", "ISR>PSE:190|19|171|17"), kind="nominal"),
    # 4. An act a reaction names that the item has told with a verb is that act.
    Case("f-condemned-shooting-told", "GAZA (Reuters) - Israeli troops shot dead a Palestinian boy in Gaza "
         "on Monday. Palestinian officials condemned the Israeli shooting of the boy.",
         gold=("ISRMIL>PSECVL:193|190|180|18", "PSE>ISR:111|11"), kind="no-event"),
    # 5. A planned act.
    Case("f-planned-pullout", "JERUSALEM (Reuters) - Israel's planned pullout from Gaza angered Jewish "
         "settlers on Monday.", kind="hypothetical"),
    # Counter-case: a planned or threatened act a verb says was carried out happened.
    Case("f-began-threatened-shelling", "COLOMBO (Reuters) - Sri Lankan troops began the threatened "
         "shelling of rebel positions in the east on Monday, the army said.",
         gold=("LKAMIL>LKAREB:194|19|190",), kind="force"),
    # A state's troops shooting fight with small arms (190), not irregular violence (180).
    Case("f-troops-started-shooting", "NEW DELHI (Reuters) - Pakistani troops started the shooting across the "
         "border in Kashmir on Sunday, Indian officials said.", gold=("PAKMIL>:190|19",), kind="force"),
    # 6. An army's march is an advance, not a demonstration.
    Case("f-military-march", "WASHINGTON (Reuters) - The U.S. military's march on Baghdad took three "
         "weeks, Defense Secretary Donald Rumsfeld told reporters.", kind="no-event"),
    # 7. An investigation needs what it looks into.
    Case("f-genesis-probe", "WASHINGTON (Reuters) - NASA's Genesis probe crashed in the Utah desert on "
         "Wednesday.", kind="no-event"),
    Case("f-inquiry-cleared", "LONDON (Reuters) - The Hutton inquiry on Wednesday cleared the British "
         "government of wrongdoing.", kind="no-event"),
    # 8. Headlines: a noun modifying another noun; an act the lead tells.
    Case("f-h-truce-offer", "JERUSALEM (Reuters) - Israel on Monday rejected an offer from Hamas to halt "
         "attacks.", title="Israel Rejects Hamas Truce Offer", gold=("ISR>PSE:120|12|1246|124|127",),
         kind="headline"),
    Case("f-h-raid-kills", "GAZA (Reuters) - Israeli troops raided a refugee camp in Gaza on Monday, "
         "killing five Palestinians, witnesses said.", title="Israeli Raid Kills Five in Gaza",
         gold=("ISRMIL>PSE:190|193|180|18|171|17",), kind="headline"),
    # 9. The topic of talks and what preparations are made for.
    Case("f-preparations-for-summit", "MOSCOW (Reuters) - Officials began preparations on Monday for a "
         "summit between Bush and Putin.", kind="no-event"),
    Case("f-talks-on-truce", "CAIRO (Reuters) - Egyptian officials held talks with Hamas leaders in Cairo "
         "on Sunday on a truce between Israel and Hamas.", gold=("EGY>PSE:040|04|043",),
         ok=("PSE>EGY:040|04|043",), kind="no-event"),
    # 10. A summit a meeting verb tells; a raid by others than the killers.
    Case("f-met-at-summit", "SANTIAGO (Reuters) - Chinese President Hu Jintao met Japanese Prime "
         "Minister Junichiro Koizumi at a summit in Santiago on Sunday.",
         gold=("CHN>JPN:040|043|04",), ok=("JPN>CHN:040|043|04",), kind="reciprocal"),
    Case("f-killed-during-police-raid", "RIYADH (Reuters) - Militants killed two Saudi policemen during a "
         "police raid on their hideout in Riyadh on Monday.",
         gold=("SAUREB>SAUCOP:180|18|190|19", "SAUCOP>:171|17"), kind="nominal"),
)
# fmt: on

KNOWN_MISSES: dict[str, str] = {
    # Hidden until police firing tear gas at protesters was coded 190 (it is repression, 175): its (IND, IND, 19)
    # tuple stood in for the clash's.
    "f-amid-clashes-today": "'Kashmiri militants in the town' gets no actor code in this long lead, so the clash "
    "between troops and militants has one side only",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_wire_lead_is_coded_as_the_guidelines_say(coded: dict[str, set[Tuple]], case: Case) -> None:
    assert_coded_as_gold(case, coded[case.id])


def test_score_on_the_review_set(coded: dict[str, set[Tuple]]) -> None:
    scores = score(coded, CASES)
    print(scores)
    assert scores["tuple_precision"] >= 0.8
    assert scores["tuple_recall"] >= 0.8
