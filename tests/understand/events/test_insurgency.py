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
    "came-under-fire": "KARBALA, Iraq (AP) - Polish troops came under fire on the city's outskirts overnight, a "
    "spokesman said.",
    "came-under-attack": "AFP - A U.S. convoy came under attack near Falluja on Monday.",
    "came-under-fire-from": "JENIN, West Bank (Reuters) - Israeli troops came under fire from Palestinian gunmen on "
    "Monday.",
    "came-under-criticism": "Reuters - The prime minister came under criticism on Monday.",
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


def test_troops_who_came_under_fire_were_fired_on_by_someone() -> None:
    """"Came under fire" tells force as "were attacked" does: with no hand named, the country's insurgents fired on
    foreign troops; a named hand is the source; criticism with no critic named codes nothing."""
    assert coded("came-under-fire") == {("IRQ", "POL", "19")}, coded("came-under-fire")
    assert coded("came-under-attack") == {("IRQ", "USA", "19")}, coded("came-under-attack")
    assert coded("came-under-fire-from") == {("PSE", "ISR", "19")}, coded("came-under-fire-from")
    assert coded("came-under-criticism") == set(), coded("came-under-criticism")
