"""Who holds and who is held in hostage stories: a group of no office holding people, the people a ransom is
demanded for, and the holding of people by a state, which stays a detention. Sentences written for this test."""

from __future__ import annotations

import pytest

from newsgraph.model import ActorRef
from newsgraph.understand.events.hostages import unofficial_holder

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "iraqi-group": "AFP - An Iraqi group said it was holding two French journalists.",
    "a-group": "Reuters - A group holding three Indian truck drivers extended its deadline by 48 hours on Wednesday.",
    "islamic-army": "AP - The Islamic Army in Iraq said it was holding two French journalists.",
    "ransom-release": "Reuters - Abu Sayyaf rebels demanded a ransom of $1 million for the release of a Filipino "
    "trader.",
    "ransom-for": "AP - Militants demanded a ransom for two Lebanese engineers seized on Monday.",
    "ransom-return": "AFP - Rebels demanded a ransom for the return of three Indonesian sailors.",
    "police-suspect": "Reuters - Jordanian police are holding a suspect in Amman, officials said on Monday.",
    "troops-general": "AP - U.S. troops are holding a former Iraqi general at Baghdad airport.",
    "state": "AFP - Sudan is holding two British journalists for entering Darfur illegally.",
    "talks": "Reuters - A rebel group holding talks with the government in Oslo agreed to a truce on Friday.",
    "meeting": "AP - A group of ministers held a meeting in Brussels on Monday.",
    "press": "AFP - The group held a press conference in Baghdad on Sunday.",
    "marched": "Reuters - A group of protesters marched on the U.S. embassy in Jakarta.",
    "ransom-from": "AP - A group demanded a ransom from the company on Monday.",
    "debt": "AP - The economy is being held hostage by the dispute over the budget, the minister said.",
    "dozens-villagers": "Reuters - Maoist rebels seized dozens of villagers in western Nepal on Monday.",
    "hundreds-children": "AP - Hostage-takers held hundreds of children in a school for three days.",
    "scores-students": "AFP - Rebels abducted scores of students from a school in the north on Friday.",
    "police-dozens": "Reuters - Police are holding dozens of protesters in Kathmandu, officials said.",
    "troops-dozens": "AP - U.S. troops detained dozens of suspected insurgents in Falluja on Monday.",
    "dozens-trucks": "AFP - Gunmen seized dozens of trucks on the road to the capital on Monday.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_hostages_people_a_group_holds_are_abducted() -> None:
    assert ("IRQ", "FRA", "18") in coded("iraqi-group"), coded("iraqi-group")
    assert any(t == "IND" and r == "18" for _, t, r in coded("a-group")), coded("a-group")
    assert ("IRQ", "FRA", "18") in coded("islamic-army"), coded("islamic-army")


@pytest.mark.parametrize(("lead", "held"), [("ransom-release", "PHL"), ("ransom-for", "LBN"), ("ransom-return", "IDN")])
def test_hostages_a_ransom_demand_is_aimed_at_the_people_it_would_free(lead: str, held: str) -> None:
    assert any(t == held and r == "18" for _, t, r in coded(lead)), coded(lead)


def test_hostages_people_a_state_or_its_forces_hold_are_detained() -> None:
    assert any(s == "JOR" and r == "17" for s, _, r in coded("police-suspect")), coded("police-suspect")
    assert ("USA", "IRQ", "17") in coded("troops-general"), coded("troops-general")
    assert ("SDN", "GBR", "17") in coded("state"), coded("state")
    for lead in ("police-suspect", "troops-general", "state"):
        assert not any(r == "18" for _, _, r in coded(lead)), (lead, coded(lead))


def test_hostages_a_group_holding_talks_a_meeting_or_a_march_takes_no_one() -> None:
    for lead in ("talks", "meeting", "press", "marched", "debt", "ransom-from"):
        assert not any(r == "18" for _, _, r in coded(lead)), (lead, coded(lead))


def test_hostages_a_body_with_no_role_is_of_no_office_by_its_head_word() -> None:
    assert unofficial_holder(ActorRef("Iraqi group", "IRQ"))
    assert unofficial_holder(ActorRef("group"))
    assert not unofficial_holder(ActorRef("police group", "IRQCOP"))
    assert not unofficial_holder(ActorRef("Sudan", "SDN"))


@pytest.mark.parametrize("lead", ["dozens-villagers", "hundreds-children", "scores-students"])
def test_hostages_people_counted_by_an_of_phrase_are_taken_as_people(lead: str) -> None:
    """ "Seized dozens of villagers" takes villagers, as "seized 30 villagers" does: armed men of no office abduct."""
    assert any(r == "18" for _, _, r in coded(lead)), coded(lead)
    assert not any(r == "17" for _, _, r in coded(lead)), coded(lead)


@pytest.mark.parametrize("lead", ["police-dozens", "troops-dozens"])
def test_hostages_people_counted_and_held_by_a_state_are_detained(lead: str) -> None:
    assert any(r == "17" for _, _, r in coded(lead)), coded(lead)
    assert not any(r == "18" for _, _, r in coded(lead)), coded(lead)


def test_hostages_a_count_of_things_takes_no_one() -> None:
    """ "Seized dozens of trucks" takes goods: no abduction."""
    assert not any(r == "18" for _, _, r in coded("dozens-trucks")), coded("dozens-trucks")
