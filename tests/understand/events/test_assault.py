"""Force that is an assault (180) rather than a fight (190), through the user's path, on leads written for these
tests (incidents generic or fictional): armed men who hold no office killing or wounding people who bear no arms."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings

from .test_wire_blind import Case, code_all

pytestmark = pytest.mark.model

LEADS = (
    Case("group-killed-workers", "Reuters - A militant group in Iraq said it had killed four Bulgarian workers."),
    Case("rebels-wounded-villagers", "AP - Rebels wounded six villagers in eastern Congo on Monday, officials said."),
    Case("rebels-killed-police", "AP - Rebels killed six policemen in eastern Congo on Monday, officials said."),
    Case("troops-killed-villagers", "AP - Government troops killed six villagers in eastern Congo on Monday."),
    Case("settlers-attacked-farmers", "AP - Jewish settlers attacked Palestinian olive farmers near Hebron on Saturday."),
    Case("villagers-attacked-station", "Reuters - Villagers attacked a police station in southern Nigeria on Sunday."),
    Case("students-stormed-station", "AP - Angry students stormed a police station in the capital on Tuesday."),
    Case("rebels-attacked-station", "Reuters - Rebels attacked a police station in southern Nigeria on Sunday."),
    Case("soldiers-attacked-village", "AP - Soldiers attacked a village in eastern Congo on Monday, witnesses said."),
    Case("armed-villagers-attacked", "Reuters - Armed villagers attacked a police station in Nigeria on Sunday."),
    Case("his-men-attacked", "AP - Maj. Gen. John Hale said his men had attacked a gathering of foreign fighters."),
    Case("residents-clashed-police", "AP - Residents clashed with police in southern Nigeria on Sunday."),
)  # fmt: skip


@pytest.fixture(scope="module")
def roots(settings: Settings) -> dict[str, set[str]]:
    return {k: {t[2] for t in v} for k, v in code_all(settings, LEADS).items()}


@pytest.mark.parametrize(
    ("lead", "root"),
    [
        ("group-killed-workers", "18"),
        ("rebels-wounded-villagers", "18"),
        ("rebels-killed-police", "19"),
        ("troops-killed-villagers", "19"),
        ("settlers-attacked-farmers", "18"),
        ("villagers-attacked-station", "18"),
        ("students-stormed-station", "18"),
        ("rebels-attacked-station", "19"),
        ("soldiers-attacked-village", "19"),
        ("armed-villagers-attacked", "19"),
        ("his-men-attacked", "19"),
    ],
)
def test_assault_no_office_against_the_unarmed_is_18_else_19(roots: dict[str, set[str]], lead: str, root: str) -> None:
    assert root in roots[lead]
    assert not ({"18", "19"} - {root}) & roots[lead]


def test_assault_a_clash_of_the_unarmed_is_no_one_sided_assault(roots: dict[str, set[str]]) -> None:
    """Residents who clash with police fight no one first: no 180 is made of a two-sided fight."""
    assert "18" not in roots["residents-clashed-police"]
