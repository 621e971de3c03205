"""A court's finding that a party broke the law (sentences written for this test): 116 aimed at that party; an
opinion, a finding for the party or a ruling not yet made is none."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "illegally": "WASHINGTON (Reuters) - A U.S. federal judge ruled on Monday that the Bush administration had acted "
    "illegally in holding a prisoner without a hearing.",
    "violated": "WASHINGTON (Reuters) - The U.S. Supreme Court ruled on Monday that the government had violated the "
    "constitution.",
    "unlawfully": "JERUSALEM (Reuters) - Israel's Supreme Court ruled on Wednesday that the army had acted unlawfully "
    "in demolishing homes in Rafah.",
    "found": "LONDON (Reuters) - A British court found on Friday that the Ministry of Defence had breached its duty.",
    "not": "WASHINGTON (Reuters) - A federal judge ruled that the administration had not acted illegally.",
    "expected": "WASHINGTON (Reuters) - The Supreme Court is expected to rule soon whether the government acted "
    "illegally.",
    "minister": "LONDON (Reuters) - The minister found that the company had acted illegally.",
    "urged": "WASHINGTON (Reuters) - Lawyers urged the court to rule that the government had acted illegally.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_a_court_finding_a_breach_finds_against_the_party() -> None:
    assert ("USA", "USA", "11") in coded("illegally"), coded("illegally")
    assert ("USA", "USA", "11") in coded("violated"), coded("violated")
    assert ("ISR", "ISR", "11") in coded("unlawfully"), coded("unlawfully")
    assert ("GBR", "GBR", "11") in coded("found"), coded("found")


def test_no_finding_without_a_court_or_a_ruling_made() -> None:
    for lead in ("not", "expected", "minister", "urged"):
        assert not any(r == "11" for _, _, r in coded(lead)), (lead, coded(lead))
