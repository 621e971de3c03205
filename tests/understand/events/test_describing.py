"""Participles that tell what a noun holds or where it lies (sentences written for this test): settlements,
hills or villages "surrounding" a city are no force; armed men surrounding a place still take up a posture,
and a finite verb of encircling keeps its code. Private people labelled by their journey ("travellers arriving in
Tunisia") make no visit; officials arriving somewhere still act for a side."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "settlements": "JERUSALEM (Reuters) - Israel's cabinet approved the expansion of three settlements surrounding "
    "Bethlehem on Sunday.",
    "villages": "HEBRON (Reuters) - Residents of the villages surrounding the town said on Tuesday that water had run out.",
    "suburbs": "NAIROBI (Reuters) - The government plans to build new roads through the suburbs ringing the capital.",
    "hills": "KABUL (Reuters) - Rebels fired rockets from the hills encircling the city on Monday.",
    "bus": "BAGHDAD (Reuters) - A bus carrying police recruits overturned on a highway near Baghdad on Monday.",
    "troops-participle": "NABLUS (Reuters) - Israeli troops surrounding the compound ordered the men inside to come out.",
    "tanks-participle": "JERUSALEM (Reuters) - Israeli tanks encircling the refugee camp opened fire on Monday.",
    "troops-finite": "NABLUS (Reuters) - Israeli troops surrounded the Palestinian leader's compound on Monday.",
    "travellers": "TRIPOLI (Reuters) - Travellers arriving in Tunisia say rebels and soldiers clash often in the "
    "mountains.",
    "refugees": "ASMARA (Reuters) - Refugees arriving in Sudan from Eritrea said troops had burned their homes.",
    "tourists": "ASMARA (Reuters) - Tourists arriving in Ethiopia say the border is calm.",
    "envoy-arrived": "KHARTOUM (Reuters) - A U.N. envoy arrived in Khartoum on Monday for talks on Darfur.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_a_place_surrounding_another_is_no_act() -> None:
    for lead in ("settlements", "villages", "suburbs", "bus"):
        assert not any(r in ("15", "18", "19", "20") for _, _, r in coded(lead)), (lead, coded(lead))
    assert coded("hills") == {("AFG", "", "19")}, coded("hills")


def test_armed_men_surrounding_a_place_take_up_a_posture() -> None:
    for lead in ("troops-participle", "tanks-participle"):
        assert any(s == "ISR" and r == "15" for s, _, r in coded(lead)), (lead, coded(lead))
    assert ("ISR", "PSE", "15") in coded("troops-finite"), coded("troops-finite")


def test_private_people_labelled_by_their_journey_make_no_visit() -> None:
    for lead in ("travellers", "refugees", "tourists"):
        assert not any(r == "04" for _, _, r in coded(lead)), (lead, coded(lead))
    assert ("LBY", "LBY", "19") in coded("travellers"), coded("travellers")
    assert any(s == "IGO" and r == "04" for s, _, r in coded("envoy-arrived")), coded("envoy-arrived")
