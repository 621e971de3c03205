"""The rules the seventh blind set (test_wire_blind7.py) led to, each on sentences of its own and
with the guard that keeps it from over-reaching: a raid is coercion (171) unless armed men make it,
its dead tell it or it comes from the air; fire told with its side has that side as doer, a bare
fire is an accident; a background noun told with its "by" doer is an event, one dated earlier or
named as the charge is not; an anniversary's relative clause retells an old event, an "after"
clause's may tell a new one; a relative clause's subject pronoun is the governing subject, an
adverbial clause's is not; victims a result clause names by role are of the country struck; a
bare infinitive under "help" is a purpose; holding people is detention or hostage-taking; a
"seizure of power" is no confiscation; a house is a house, not the U.S. House of Representatives,
and a thing acted on is its holder's or the place's its own phrase names; a convoy "came under
attack" is force and a president "came under fire" criticism; those "killed in clashes with X"
were killed by X. Every sentence was written for this test and coded by
`events_guidelines.md` before the coder ran."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

Claim = tuple[str, str, str]  # (source country, target country or "", CAMEO code)

# declarative table: sentence id -> (text, expected (source, target or None, code prefix), code
# prefixes that must not be coded).
# fmt: off
CASES: dict[str, tuple[str, tuple[tuple[str, str | None, str], ...], tuple[str, ...]]] = {
    "raid-by-police": ("LAGOS (Reuters) - Nigerian police carried out raids on several homes in Lagos on Monday.",
                       (("NGA", None, "171"),), ("19",)),
    "raid-by-gunmen": ("KABUL (AP) - Gunmen carried out a raid on a police post in eastern Afghanistan on Friday.",
                       (("AFG", None, "190"),), ("17",)),
    "raid-from-air": ("GAZA (Reuters) - Israeli jets carried out bombing raids on a Hamas compound in Gaza.",
                      (("ISR", None, "195"),), ("17",)),
    "raid-left-dead": ("GAZA (AP) - An Israeli raid on a refugee camp in Gaza left nine Palestinians dead on Monday.",
                       (("ISR", None, "190"),), ()),
    "raid-blamed-for": ("KAMPALA (Reuters) - Uganda blamed Sudan on Monday for a cross-border raid by rebel fighters.",
                        (("UGA", "SDN", "11"),), ("17", "19")),
    "fire-by-side": ("GAZA (AP) - Two Palestinian farmers were killed by Israeli tank fire in Gaza on Sunday.",
                     (("ISR", "PSE", "19"),), ()),
    "fire-accident": ("DHAKA (Reuters) - A fire killed 15 workers at a garment factory outside Dhaka on Monday.",
                      (), ("18", "19")),
    "fire-bare-agent": ("DHAKA (Reuters) - Fifteen workers were killed by fire at a garment factory on Monday.",
                        (), ("18", "19")),
    "background-by-doer": ("COLOMBO (Reuters) - Sri Lanka closed its northern roads on Tuesday after the "
                           "ambush of an army convoy by Tamil rebels.", (("LKA", "LKA", "19"),), ()),
    "background-dated": ("COLOMBO (Reuters) - Sri Lanka closed its northern roads on Tuesday after last "
                         "month's ambush of an army convoy by Tamil rebels.", (), ("19", "18")),
    "background-bare": ("COLOMBO (Reuters) - Sri Lanka closed its northern roads on Tuesday after an ambush "
                        "in the north.", (), ("19", "18")),
    "anniversary-relative": ("ISTANBUL (AP) - Turks gathered on Friday to mark the anniversary of the "
                             "bombings that killed 60 people in Istanbul.", (), ("18",)),
    "after-relative-told": ("ISTANBUL (AP) - Turkish police arrested four men on Friday after a bombing "
                            "that killed 12 people in Istanbul.", (("TUR", None, "173"), ("", None, "18")), ()),
    "relative-pronoun": ("KANDAHAR, Afghanistan (AP) - U.S. troops left a village in Kandahar province on "
                         "Monday after a sweep in which they detained 12 men.", (("USA", None, "173"),), ()),
    "result-victims": ("GAZA CITY (Reuters) - Palestinian militants fired mortar bombs at an Israeli army "
                       "post on Monday, wounding two soldiers.", (("PSE", "ISR", "18"),), ()),
    "result-victims-named": ("BAGHDAD (AP) - Insurgents attacked a British patrol in Basra on Monday, "
                             "killing two Iraqi policemen.", (("IRQ", "IRQ", "18"),), ()),
    "help-restore": ("FREETOWN (AP) - Britain sent 300 troops to Sierra Leone on Monday to help the "
                     "army restore order.", (), ("08",)),
    "holding-hostages": ("MANILA (Reuters) - Muslim rebels were holding two Filipino nurses on the island "
                         "of Basilan on Tuesday, the army said.", (("PHL", "PHL", "181"),), ()),
    "holding-suspects": ("ISLAMABAD (Reuters) - Pakistani police were holding eight suspected militants on "
                         "Wednesday.", (("PAK", None, "173"),), ()),
    "seizure-of-power": ("BANGUI (AP) - The general's seizure of power last year was condemned by the "
                         "African Union.", (), ("17",)),
    "deportation-noun": ("PARIS (Reuters) - France's deportation of a Turkish imam on Monday angered "
                         "Muslim groups.", (("FRA", "TUR", "174"),), ()),
    "house-of-militant": ("NABLUS, West Bank (Reuters) - Israeli troops demolished the house of a Hamas "
                          "militant in Nablus on Monday.", (("ISR", "PSE", "1712"),), ()),
    "house-in-city": ("BAGHDAD (AP) - Iraqi police raided a house in western Baghdad on Sunday.",
                      (("IRQ", "IRQ", "171"),), ()),
    "came-under-attack": ("KANDAHAR, Afghanistan (AP) - A U.S. convoy came under attack from Taliban "
                          "fighters near Kandahar on Monday.", (("AFG", "USA", "19"),), ("11",)),
    "came-under-fire-verbal": ("SEOUL (Reuters) - South Korea's president came under fire from Japan on "
                               "Monday over his remarks.", (("JPN", "KOR", "111"),), ("19",)),
    "killed-in-clashes-with": ("SRINAGAR, India (AP) - Two Indian soldiers were killed in clashes with "
                               "separatist guerrillas in Kashmir on Tuesday.", (("IND", "IND", "19"),), ()),
    "put-under-curfew": ("HEBRON, West Bank (AP) - The town of Hebron was put under curfew by Israeli "
                         "troops on Sunday.", (("ISR", None, "1723"),), ()),
}
# fmt: on


def _claims(events: list[dict[str, Any]]) -> set[Claim]:
    return {
        ((e["source_code"] or "")[:3], (e["target_code"] or "")[:3], str(e["cameo"]))
        for e in events
        if not e["negated"] and not e["hypothetical"]
    }


@pytest.fixture(scope="module")
def coded(settings: Settings) -> dict[str, set[Claim]]:
    records = [{"id": k, "title": "", "text": v[0], "published": "2025-03-12"} for k, v in CASES.items()]
    run = run_user_path(records, settings)
    return {k: _claims([e for a in run.articles.get(k, []) for e in a["events"]]) for k in CASES}


@pytest.mark.parametrize("case", sorted(CASES))
def test_force_construction_is_coded_as_the_guidelines_say(coded: dict[str, set[Claim]], case: str) -> None:
    _, expected, forbidden = CASES[case]
    got = coded[case]
    for source, target, code in expected:
        assert any(
            s == source and (target is None or t == target) and c.startswith(code) for s, t, c in got
        ), (case, got)
    assert not any(c.startswith(f) for _, _, c in got for f in forbidden), (case, got)
