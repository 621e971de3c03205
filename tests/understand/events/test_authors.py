"""A protest, criticism or rejection of a thing is aimed at the maker a relative clause on it names, through the
user's path, on leads written for these tests (incidents generic or fictional)."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "barrier-building": "RAMALLAH, West Bank (Reuters) - Thousands of Palestinians protested on Friday against the "
    "barrier Israel is building in the West Bank.",
    "demands-made": "KHARTOUM (Reuters) - Sudan rejected on Monday the demands the rebels made at talks in Abuja.",
    "plan-unveiled": "SEOUL (Reuters) - South Korean lawmakers criticised on Monday the plan Japan unveiled last "
    "week.",
    "barrier-divides": "RAMALLAH, West Bank (Reuters) - Palestinians protested on Friday against the barrier that "
    "divides the town of Abu Dis.",
}

RUN = RuleLeads(LEADS)


@pytest.mark.parametrize(
    ("lead", "tuple_"),
    [
        ("barrier-building", ("PSE", "ISR", "14")),
        ("demands-made", ("SDN", "SDN", "12")),
        ("plan-unveiled", ("KOR", "JPN", "11")),
    ],
)
def test_authors_the_maker_a_relative_clause_names_is_the_target(lead: str, tuple_: tuple[str, str, str]) -> None:
    assert tuple_ in RUN.coded(lead), RUN.coded(lead)


def test_authors_a_relative_pronoun_subject_names_no_maker() -> None:
    """ "the barrier that divides the town": no actor made it, so no one but the default is aimed at."""
    assert not any(t == "ISR" for _, t, _ in RUN.coded("barrier-divides")), RUN.coded("barrier-divides")
