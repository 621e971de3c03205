"""Armed forces that back the doers of an act of force are doers of it too, through the user's path, on leads
written for these tests (incidents generic or fictional)."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "guardsmen-backed": "SAMARRA, Iraq (Reuters) - Iraqi National Guardsmen backed by U.S. troops stormed the town "
    "on Friday, killing more than 100 insurgents.",
    "commas-tanks-warplanes": "SAMARRA, Iraq (Reuters) - Iraqi troops, backed by U.S. tanks and warplanes, attacked "
    "insurgents in the town on Friday.",
    "supported-special-forces": "KABUL (Reuters) - Afghan soldiers supported by U.S. special forces killed 12 Taliban "
    "fighters in Zabul province on Monday.",
    "police-arrest": "KABUL (Reuters) - Afghan police backed by U.S. troops arrested five suspected militants on "
    "Monday.",
    "own-arms": "BAGHDAD (Reuters) - U.S. troops backed by tanks and helicopters raided a mosque in Baghdad on Friday.",
    "state-backing": "KIGALI (Reuters) - Rebels backed by Rwanda attacked the town of Bukavu on Wednesday, the "
    "United Nations said.",
    "diplomats-urge": "KABUL (Reuters) - Afghan officials backed by U.S. diplomats urged the rebels to lay down "
    "their arms.",
}

RUN = RuleLeads(LEADS)


@pytest.mark.parametrize(
    ("lead", "tuple_"),
    [
        ("guardsmen-backed", ("USA", "IRQ", "19")),
        ("commas-tanks-warplanes", ("USA", "IRQ", "19")),
        ("supported-special-forces", ("USA", "AFG", "19")),
        ("police-arrest", ("USA", "AFG", "17")),
    ],
)
def test_backers_armed_backers_of_another_side_act_too(lead: str, tuple_: tuple[str, str, str]) -> None:
    assert tuple_ in RUN.coded(lead), RUN.coded(lead)


def test_backers_own_arms_and_a_state_s_support_add_no_doer() -> None:
    """Bare "tanks and helicopters" are the doers' own; "backed by Rwanda" is support, not Rwanda's troops; and
    backing of words is no force."""
    assert {s for s, _, _ in RUN.coded("own-arms")} == {"USA"}, RUN.coded("own-arms")
    assert len({s for s, _, r in RUN.coded("state-backing") if r == "19"}) == 1, RUN.coded("state-backing")
    assert not any(s == "USA" for s, _, _ in RUN.coded("diplomats-urge")), RUN.coded("diplomats-urge")
