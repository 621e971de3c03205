"""Verdicts on an act told as the speaker's words (sentences written for this test)."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "violation": "Reuters - Egypt said on Tuesday the Israeli raid on the camp was a flagrant violation of international law.",
    "barbaric": "AFP - The Spanish prime minister said the bombing of the trains was barbaric.",
    "parataxis": "AP - The killing of the engineer was a cowardly act, Italy's foreign minister said on Monday.",
    "would-be": "Reuters - Syria said any Israeli strike on its territory would be a violation of the truce.",
    "not-a-crime": "AP - Washington said the transfer of the prisoners was not a violation of the Geneva conventions.",
    "praise": "Reuters - The foreign minister said the talks with Greece were a success.",
    "believe": "AFP - Many voters believe the war was a mistake, a poll showed on Monday.",
    "classed": "AP - Police said the killing of the shopkeeper was a crime of passion, not a robbery.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_a_verdict_on_an_act_criticises_its_doer() -> None:
    assert ("EGY", "ISR", "11") in coded("violation"), coded("violation")
    assert any(s == "ESP" and r == "11" for s, _, r in coded("barbaric")), coded("barbaric")
    assert any(s == "ITA" and r == "11" for s, _, r in coded("parataxis")), coded("parataxis")


def test_a_verdict_imagined_denied_or_no_verdict_is_no_criticism() -> None:
    for lead in ("would-be", "not-a-crime", "praise", "believe", "classed"):
        assert not any(r == "11" for _, _, r in coded(lead)), (lead, coded(lead))
