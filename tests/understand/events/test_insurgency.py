"""Who fights a foreign force when the text does not say (sentences written for this test)."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "marines": "Reuters - Two U.S. Marines were killed in fighting near Falluja on Monday, the military said.",
    "gaza": "AFP - Two Israeli soldiers were killed in clashes in the Gaza Strip on Tuesday, the army said.",
    "dateline": "KABUL (Reuters) - Three American soldiers were killed in a firefight in the south on Sunday.",
    "bomb": "BAGHDAD (Reuters) - A roadside bomb killed two American soldiers north of the capital on Sunday.",
    "shot": "AFP - An Israeli soldier was shot dead in the West Bank on Tuesday, the army said.",
    "own-troops": "AP - Three Russian soldiers were killed in Chechnya on Sunday, officials said.",
    "own-police": "Reuters - Three Iraqi policemen were killed in Baquba on Monday.",
    "civilians": "AFP - Two Japanese journalists were killed near Baghdad on Thursday.",
    "named": "AP - Taliban fighters killed two U.S. soldiers in Zabul province on Friday.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


@pytest.mark.parametrize("lead,place,troops", [("marines", "IRQ", "USA"), ("gaza", "PSE", "ISR"), ("dateline", "AFG", "USA")])
def test_foreign_troops_killed_in_a_fight_with_no_named_side_fought_the_countrys_insurgents(lead: str, place: str, troops: str) -> None:
    events = coded(lead)
    assert any(s == place and t == troops and r in ("18", "19") for s, t, r in events), events


@pytest.mark.parametrize("lead", ["own-troops", "own-police", "civilians", "bomb", "shot"])
def test_the_countrys_own_forces_or_civilians_hit_or_a_bomb_or_shot_with_no_fight_keep_no_source(lead: str) -> None:
    events = coded(lead)
    assert events and all(s == "" for s, _, r in events if r in ("18", "19")), events


def test_a_named_doer_is_the_doer() -> None:
    assert any(s == "AFG" and t == "USA" for s, t, _ in coded("named")), coded("named")
