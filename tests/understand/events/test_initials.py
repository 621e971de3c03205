"""Event nouns the tagger misreads: one opening the body below a headline read as a proper name, a plural subject
read as a verb (sentences written for this test)."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "talks": "Zimbabwe crisis talks end || HARARE (Reuters) - Talks between South African President Thabo Mbeki and "
    "Zimbabwe's President Robert Mugabe ended on Tuesday without agreement.",
    "negotiations": "Sudan peace push || NAIROBI (Reuters) - Negotiations between Sudan's government and Chad "
    "resumed in Nairobi on Monday, officials said.",
    "the-talks": "Zimbabwe crisis talks end || HARARE (Reuters) - The talks between South African President "
    "Thabo Mbeki and Zimbabwe's President Robert Mugabe ended on Tuesday.",
    "nameless": "Talks stall || GENEVA (Reuters) - Talks are the only way to end the dispute, a diplomat said on Monday.",
    "said-that": "Summit || MOSCOW (Reuters) - The Kremlin said on Monday that talks between President Vladimir Putin "
    "and French President Jacques Chirac were useful.",
    "named": "Sanctions body meets || UNITED NATIONS (Reuters) - Sanctions Committee members met in New York on "
    "Friday to review the list.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_talks_opening_the_body_are_talks_between_their_sides() -> None:
    for lead in ("talks", "the-talks"):
        assert {("ZAF", "ZWE", "04"), ("ZWE", "ZAF", "04")} <= coded(lead), (lead, coded(lead))
    assert {("SDN", "TCD", "04"), ("TCD", "SDN", "04")} <= coded("negotiations"), coded("negotiations")


def test_talks_with_no_sides_or_a_name_are_no_event() -> None:
    assert coded("nameless") == set(), coded("nameless")
    assert not any(r == "16" for _, _, r in coded("named")), coded("named")


def test_talks_the_tagger_reads_as_a_verb_in_a_subject_are_talks() -> None:
    assert {("RUS", "FRA", "04"), ("FRA", "RUS", "04")} <= coded("said-that"), coded("said-that")
