"""Whether an act told as a noun is told, and as real (events.nountold): the topic of a work, a condition, a
verb of only possible acts, "no", and a battle no armed side fights. Every sentence is written for the test
(fictional or generic)."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings

from .test_nominal import claims, events_of

pytestmark = pytest.mark.model


def test_an_act_a_work_or_a_debate_is_about_is_not_told(settings: Settings) -> None:
    for text in (
        "A documentary about the Norwegian invasion of Sweden won a prize in Oslo on Saturday.",
        "A Danish study on the Swedish bombardment of Norwegian villages was published on Monday.",
        "Norway's parliament began a debate on Monday on the Swedish blockade of Norwegian ports.",
    ):
        assert not any(e.root == "19" for e in events_of(settings, text)), text


def test_the_same_act_with_its_doer_outside_a_work_is_told(settings: Settings) -> None:
    events = events_of(settings, "The Norwegian invasion of Sweden began at dawn on Saturday.")
    assert any(
        e.root == "19" and e.source and e.source.country == "NOR" for e in events if not e.hypothetical
    )


def test_an_act_in_a_condition_or_under_a_possible_verb_is_hypothetical(settings: Settings) -> None:
    for text in (
        "If the talks between Norway and Sweden fail, fishermen will suffer, officials said.",
        "Norway would welcome a visit by the Swedish king, a spokesman said.",
        "Unless the Swedish blockade of Norwegian ports ends, prices will rise.",
    ):
        events = events_of(settings, text)
        assert not {c for c in claims(events) if c[2][:2] in ("04", "19")}, text


def test_an_act_no_denies_is_negated(settings: Settings) -> None:
    events = events_of(settings, "No talks between Norway and Sweden have been held since March.")
    assert not {c for c in claims(events) if c[2][:2] == "04"}
    events = events_of(settings, "Talks between Norway and Sweden were held in Oslo on Monday.")
    assert {c for c in claims(events) if c[2][:2] == "04"}


def test_a_battle_is_force_only_when_an_armed_side_fights_it(settings: Settings) -> None:
    for text in (
        "A political battle between the Norwegian prime minister and parliament deepened on Tuesday.",
        "Statoil's legal battle with the Swedish government entered a new phase on Monday.",
    ):
        assert not any(e.root == "19" for e in events_of(settings, text)), text
    for text in (
        "A battle between Norwegian troops and Swedish rebels near Kiruna killed nine people on Monday.",
        "The Norwegian army's battle with rebels in the north lasted through the night.",
    ):
        assert any(e.root == "19" for e in events_of(settings, text)), text


def test_what_a_relative_clause_says_its_noun_led_to_is_background(settings: Settings) -> None:
    events = events_of(
        settings,
        "The inquiry that ultimately led to Norway's expulsion of two Swedish diplomats came under scrutiny on "
        "Monday.",
    )
    assert not any(e.root == "17" for e in events)
    events = events_of(settings, "Norway's expulsion of two Swedish diplomats angered Stockholm on Monday.")
    assert any(e.root == "17" and e.source and e.source.country == "NOR" for e in events)
