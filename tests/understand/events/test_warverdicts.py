"""Verdicts that call another side's act war (sentences written for this test): said to be "an act of war",
"tantamount to war", described or branded "as a declaration of war" is criticism (111) of the act's doer; a war
that is only talked of, a verdict only imagined or denied, and acts of courage are none."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "act-of-war": "SEOUL (Reuters) - North Korea said on Thursday a U.S. naval blockade was an act of war.",
    "tantamount": "RAFAH, Gaza Strip (Reuters) - Palestinian Prime Minister Ahmed Qurie said the army's incursion "
    "into Rafah was tantamount to war.",
    "tantamount-declaration": "TEHRAN (Reuters) - Iran said on Tuesday the seizure of its tanker by Britain was "
    "tantamount to a declaration of war.",
    "described-as": "SEOUL (Reuters) - North Korea described Washington's plan to deploy new missiles in the South as "
    "a declaration of war.",
    "branded-as": "BEIJING (Reuters) - China branded Taiwan's referendum plan an act of aggression on Monday.",
    "would-be": "SEOUL (Reuters) - North Korea said on Monday that sanctions would be a declaration of war.",
    "not": "SEOUL (Reuters) - North Korea said on Monday the naval exercise was not an act of war.",
    "war-over": "BAGHDAD (Reuters) - The Iraqi prime minister said on Monday the war was over.",
    "courage": "OSLO (Reuters) - Norway's foreign minister described the Palestinian leader's visit as an act of "
    "courage.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_calling_an_act_war_criticises_its_doer() -> None:
    assert ("PRK", "USA", "11") in coded("act-of-war"), coded("act-of-war")
    assert ("PSE", "ISR", "11") in coded("tantamount"), coded("tantamount")
    assert ("IRN", "GBR", "11") in coded("tantamount-declaration"), coded("tantamount-declaration")
    assert ("PRK", "USA", "11") in coded("described-as"), coded("described-as")
    assert ("CHN", "TWN", "11") in coded("branded-as"), coded("branded-as")


def test_war_only_talked_of_imagined_or_denied_is_no_verdict() -> None:
    for lead in ("would-be", "not", "war-over", "courage"):
        assert not any(r in ("11", "19") for _, _, r in coded(lead)), (lead, coded(lead))
