"""Rules the lead's probes of session 21 led to, each checked on sentences written for this test in the style of
2004 wire copy (generic people and incidents; a headline, where one matters, before "||"):

- a state organ named bare ("the ministry", "the army") in a lead that names no other country than the one it
  thanks, accuses or visits is not that country's: its country cannot be known, and it keeps its role alone,
  while the same organ acting at home on the country's own people or places keeps the country;
- a claim that another actor did something ("claimed that Syria had armed the rebels") is an accusation (112) of
  that actor, and the claimed act is not asserted; a claim about oneself, or that others did no wrong ("had fled"),
  accuses no one;
- a reaction an act sparks, prompts or provokes from someone ("prompted a sharp rebuke from Tokyo") is that one's
  reaction to the act's doer, as "drew criticism from" is; with no "from" the reacting side is untold;
- criticism of violence on foreigners whose doer goes unnamed is aimed at the militants of the state it was done in
  ("condemned the killing of two Italian aid workers in Iraq": IRQREB); violence on the place's own people or at the
  critic's home leaves the target untold;
- "neighbouring governments", "foreign troops" are not the story's: no country, their role alone ("GOV")."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "thanked-state": "AFP - The ministry thanked Japan on Tuesday for its help after the floods.",
    "criticised-state": "Reuters - The foreign ministry sharply criticised Sweden on Monday over the asylum ruling.",
    "army-thanked": "AP - The army thanked Pakistan on Sunday for its cooperation along the border.",
    "welcomed-move": "AFP - The foreign ministry on Tuesday welcomed Russia's decision to ratify the Kyoto Protocol.",
    "home-arrest": "AP - Police arrested three Kenyan opposition activists in Nairobi on Monday.",
    "home-raid": "Reuters - Police raided Kabul's main market on Monday, seizing weapons.",
    "dateline-home": "ANKARA (Reuters) - The government accused Syria on Monday of sheltering rebels.",
    "claimed-other": "AFP - Pakistan claimed on Tuesday that Indian troops had shelled three border villages.",
    "claimed-armed": "Reuters - The United States claimed that Syria had armed the insurgents in western Iraq.",
    "claimed-self": "AP - Chechen rebels claimed they had shot down an army helicopter near Grozny on Sunday.",
    "claimed-won": "Reuters - Both candidates claimed victory in Ukraine's presidential run-off on Monday.",
    "claimed-fled": "AP - Iraqi officials claimed on Sunday that insurgents had fled the city before the assault.",
    "claimed-killed": "AFP - The army claimed that 50 rebels had been killed in the offensive in the north.",
    "prompted-rebuke": "Reuters - Beijing's remarks on Taiwan prompted a sharp rebuke from Tokyo on Monday.",
    "provoked-condemnation": "AFP - The Israeli raid on the camp provoked condemnation from Egypt on Tuesday.",
    "sparked-untold": "AP - The cartoons sparked protests across the region on Friday.",
    "condemned-in": "AFP - France condemned on Tuesday the killing of two Italian aid workers in Iraq.",
    "condemned-on-in": "Reuters - The United Nations condemned the attack on two German aid workers in Kabul on Monday.",
    "condemned-locals": "AP - Britain condemned the killing of 20 Iraqi civilians in Baquba on Sunday.",
    "condemned-home": "AP - Spain condemned the bombing of commuter trains in Madrid on Thursday.",
    "condemned-nowhere": "AP - Pakistan condemned the killing of two Chinese engineers on Saturday.",
    "neighbours": "AFP - Hungary's plan to grant passports to ethnic Hungarians abroad drew fire from neighbouring "
    "governments on Monday.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


@pytest.mark.parametrize("lead,state", [("thanked-state", "JPN"), ("criticised-state", "SWE"), ("army-thanked", "PAK"), ("welcomed-move", "RUS")])
def test_a_bare_state_organ_is_not_the_state_it_acts_on(lead: str, state: str) -> None:
    events = coded(lead)
    assert any(t == state for _, t, _ in events), events
    assert not any(s == state for s, t, _ in events if t == state), events


def test_a_bare_organ_acting_at_home_keeps_the_story_s_country() -> None:
    assert any(s == "KEN" and r == "17" for s, _, r in coded("home-arrest")), coded("home-arrest")
    assert any(s == "AFG" for s, _, _ in coded("home-raid")), coded("home-raid")
    assert any(s == "TUR" and t == "SYR" for s, t, _ in coded("dateline-home")), coded("dateline-home")


def test_a_claim_that_another_did_it_accuses_them_and_asserts_nothing() -> None:
    assert ("PAK", "IND", "11") in coded("claimed-other"), coded("claimed-other")
    assert ("USA", "SYR", "11") in coded("claimed-armed"), coded("claimed-armed")
    assert not any(r in ("07", "18", "19") for _, _, r in coded("claimed-armed")), coded("claimed-armed")


def test_a_claim_about_oneself_accuses_no_one() -> None:
    assert not any(r == "11" for _, _, r in coded("claimed-self")), coded("claimed-self")
    assert any(r in ("18", "19") for _, _, r in coded("claimed-self")), coded("claimed-self")
    for lead in ("claimed-won", "claimed-fled", "claimed-killed"):
        assert not any(r == "11" for _, _, r in coded(lead)), (lead, coded(lead))
    # The army's claim of its own act is its word on it, told as done.
    assert any(r == "19" for _, _, r in coded("claimed-killed")), coded("claimed-killed")


def test_a_reaction_an_act_brings_from_someone_is_theirs_to_the_doer() -> None:
    assert ("JPN", "CHN", "11") in coded("prompted-rebuke"), coded("prompted-rebuke")
    assert ("EGY", "ISR", "11") in coded("provoked-condemnation"), coded("provoked-condemnation")
    assert not any(r in ("11", "14") for _, _, r in coded("sparked-untold")), coded("sparked-untold")


def test_criticised_unnamed_violence_is_aimed_at_the_state_it_was_done_in() -> None:
    assert ("FRA", "IRQ", "11") in coded("condemned-in"), coded("condemned-in")
    assert ("IGO", "AFG", "11") in coded("condemned-on-in"), coded("condemned-on-in")
    for lead in ("condemned-home", "condemned-nowhere", "condemned-locals"):
        assert any(r == "11" for _, _, r in coded(lead)), (lead, coded(lead))
        assert all(t == "" for _, t, r in coded(lead) if r == "11"), (lead, coded(lead))


def test_neighbouring_governments_are_no_country_but_a_government() -> None:
    assert ("GOV", "HUN", "11") in coded("neighbours"), coded("neighbours")
