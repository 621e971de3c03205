"""Each general actor rule probed with wire-style sentences written for these tests, worded unlike the sentences
of test_actor_wire.py: a rule that holds only on the wording it was built from fails here."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import Entity
from newsgraph.settings import Settings
from newsgraph.understand.actors.coding import code_actors
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.actors.entities import find_entities

pytestmark = pytest.mark.model

DAY = dt.date(2004, 6, 1)


def coded(nlp, text: str) -> tuple[Entity, ...]:  # type: ignore[no-untyped-def]
    article = build_article(source="test", paragraphs=text.split("\n"), published=DAY)
    doc = nlp(article.text[: article.analysis_end])
    d = load_actor_dictionary(Settings())
    return code_actors(article, doc, find_entities(article, doc, d), d)


def code_of(found: tuple[Entity, ...], name: str) -> str:
    for e in found:
        if e.name == name or name in e.aliases:
            return e.code
    raise AssertionError(f"{name!r} not among {[(e.name, e.code) for e in found]}")


PROBES = [
    # A nationality noun heading its own phrase is that country's people; an adjective stays part of its group.
    ("Two Japanese were wounded in the blast, the embassy said.", "Two Japanese", "JPN"),
    ("Afghans queued outside polling stations across the country on Saturday.", "Afghans", "AFG"),
    ("Afghan troops secured the road to the airport.", "Afghan troops", "AFGMIL"),
    # A group's own phrase places it ("from", not only "in").
    ("Militants from Kandahar attacked a convoy on Tuesday.", "Militants", "AFGREB"),
    # "-led" gives the leading country, whatever the role noun; "-backed" names a sponsor, not the group's home
    # (events_guidelines.md codes an actor by its own country: separatists are of the state they would leave), so
    # with no dateline or place the separatists keep their role and no country.
    ("Saudi-led forces shelled the port overnight.", "Saudi-led forces", "SAUMIL"),
    ("Russian-backed separatists seized a government building.", "Russian-backed separatists", "SEP"),
    # A name in apposition to a title with a country adjective takes both.
    ("The Egyptian foreign minister, Samir Adel, arrived in Amman on Monday.", "Samir Adel", "EGYGOV"),
    # A body of an international organisation is the organisation's, with no country.
    ("NATO troops took over the airport.", "NATO troops", "IGONATO"),
    # Civilian nouns are CVL, placed by their own phrase.
    ("Pilgrims in Karbala prayed through the night.", "Pilgrims", "IRQCVL"),
    ("Mourners from Peshawar buried the dead on Sunday.", "Mourners", "PAKCVL"),
    # A person's possessive gives an institution that person's country.
    ("Vladimir Putin's government rejected the plan on Tuesday.", "Vladimir Putin's government", "RUSGOV"),
]


@pytest.mark.parametrize(("text", "name", "expected"), PROBES)
def test_actor_probe(nlp, text: str, name: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert code_of(coded(nlp, text), name) == expected


def test_actor_probe_adjective_is_not_a_people(nlp) -> None:  # type: ignore[no-untyped-def]
    names = [e.name for e in coded(nlp, "Afghan troops secured the road to the airport.")]
    assert "Afghan" not in names


def test_actor_probe_named_vessel_cannot_act(nlp) -> None:  # type: ignore[no-untyped-def]
    assert code_of(coded(nlp, "The tanker Blue Heron ran aground near the port."), "Blue Heron") == ""


def test_actor_probe_adjectives_place_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    # No dateline and no place name: two mentions of the country's adjective make it the story's country, so the
    # bare "police" of the next sentence are its police.
    text = "Nigerian officials said on Monday that 12 Nigerian students had been detained.\nPolice declined to comment."
    assert code_of(coded(nlp, text), "Police") == "NGACOP"


def test_actor_probe_dateline_city_does_not_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "TOKYO, June 1 (Reuters) - Japan's cabinet approved the budget on Tuesday."
    assert code_of(coded(nlp, text), "Tokyo") == "JPN"


def test_actor_probe_acting_capital_is_its_government(nlp) -> None:  # type: ignore[no-untyped-def]
    assert code_of(coded(nlp, "Tokyo protested to Beijing over the incident on Tuesday."), "Tokyo") == "JPNGOV"
