"""What a demand, call or report asks for or claims, hung by the parser as a relative clause (sentences written for
this test): not an act the item asserts. A true relative clause keeps its act."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "give-up": "TEHRAN (Reuters) - Iran on Sunday rejected a U.S. demand that it give up uranium enrichment entirely.",
    "withdraw": "DAMASCUS (Reuters) - Syria dismissed a French call that it withdraw its troops from Lebanon.",
    "dismantle": "SEOUL (Reuters) - North Korea rejected a U.S. demand that it dismantle its nuclear programs, "
    "the KCNA agency said.",
    "crossed": "BEIJING (Reuters) - China denied reports that its troops had crossed the border into India.",
    "relative": "JERUSALEM (Reuters) - Israeli troops shot dead two Palestinians in a raid that Egypt condemned on Monday.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_what_a_demand_asks_for_is_not_done() -> None:
    assert ("IRN", "USA", "12") in coded("give-up"), coded("give-up")
    assert not any(r == "08" for _, _, r in coded("give-up")), coded("give-up")
    assert not any(r == "08" for _, _, r in coded("withdraw")), coded("withdraw")
    assert ("PRK", "USA", "12") in coded("dismantle"), coded("dismantle")
    assert not any(r in ("08", "17") for _, _, r in coded("dismantle")), coded("dismantle")


def test_a_reported_claim_is_not_asserted() -> None:
    assert not any(r == "19" for _, _, r in coded("crossed")), coded("crossed")


def test_a_relative_clause_keeps_its_act() -> None:
    assert any(s == "EGY" and r == "11" for s, _, r in coded("relative")), coded("relative")
    assert ("ISR", "PSE", "19") in coded("relative"), coded("relative")
