"""Hostage-taking told by the captors' noun ("the kidnappers of two Italian aid workers"): sentences written for
this test in the style of 2004 wire copy."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "kidnappers": "Reuters - Kidnappers of two Italian aid workers threatened to kill them unless Italy pulled its "
    "troops out of Iraq.",
    "captors": "AP - The captors of a Japanese backpacker threatened to behead him within 48 hours.",
    "abductors": "AFP - Abductors of a Filipino truck driver demanded that Manila withdraw its troops from Iraq.",
    "hostage-takers": "Reuters - The hostage-takers of two French journalists demanded that France repeal its "
    "headscarf law.",
    "released": "AP - The kidnappers of a Turkish businessman released him on Sunday after his family paid a ransom.",
    "arrested": "Reuters - Police arrested the abductors of a Nepali cook in Baghdad on Monday.",
    "would-be": "AFP - Would-be kidnappers of a Saudi prince were jailed on Monday.",
    "their-captors": "AP - A former hostage told reporters he had been well treated by his captors.",
    "former": "Reuters - A former hostage, Italian journalist Giuliana Sgrena, returned home on Sunday.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


@pytest.mark.parametrize(
    ("lead", "held"),
    [
        ("kidnappers", "ITA"),
        ("captors", "JPN"),
        ("abductors", "PHL"),
        ("hostage-takers", "FRA"),
        ("released", "TUR"),
        ("arrested", "NPL"),
    ],
)
def test_captors_a_captor_noun_with_of_codes_the_abduction_it_names(lead: str, held: str) -> None:
    assert any(t == held and r == "18" for _, t, r in coded(lead)), coded(lead)


def test_captors_the_clause_keeps_its_own_event_beside_the_abduction() -> None:
    assert any(t == "ITA" and r == "13" for _, t, r in coded("kidnappers")), coded("kidnappers")
    assert any(r == "10" for _, _, r in coded("hostage-takers")), coded("hostage-takers")
    assert any(t == "TUR" and r == "08" for _, t, r in coded("released")), coded("released")
    assert any(r == "17" for _, _, r in coded("arrested")), coded("arrested")


def test_captors_would_be_captors_their_captors_and_a_former_hostage_tell_no_abduction() -> None:
    for lead in ("would-be", "their-captors", "former"):
        assert not any(r == "18" for _, _, r in coded(lead)), (lead, coded(lead))
