"""How a place's or country's name stands in its sentence (understand/actors/sites.py)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.actors.sites import (
    abroad_post,
    acting,
    asked_for,
    based_at,
    custody_place,
    elsewhere,
    foreigner_taken,
    locative,
    modifier,
    posted_at,
    venue,
)


def _span(nlp: Any, text: str, name: str) -> Any:
    doc = nlp(text)
    start = text.index(name)
    return doc.char_span(start, start + len(name))


def test_a_place_something_happens_in(nlp: Any) -> None:
    assert locative(_span(nlp, "Gunmen killed two policemen in Hilla on Sunday.", "Hilla"))
    assert locative(_span(nlp, "Clashes spread in a Baghdad neighbourhood on Monday.", "Baghdad"))
    # "at a U.S. base near Baquba": a country's post abroad is not where the story is.
    assert not locative(_span(nlp, "Insurgents fired mortars at a U.S. base near Baquba on Sunday.", "U.S."))
    # A march goes through a city, and a search around one: both happen there.
    assert locative(_span(nlp, "Thousands of people marched through central Lisbon on Sunday.", "Lisbon"))
    assert locative(_span(nlp, "Troops searched villages around Kunduz for the gunmen.", "Kunduz"))


def test_a_venue_of_talks(nlp: Any) -> None:
    assert venue(_span(nlp, "Iran held talks with Britain, France and Germany in Paris on Sunday.", "Paris"))
    assert not venue(_span(nlp, "Gunmen kidnapped two aid workers in Baghdad on Tuesday.", "Baghdad"))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Iran detained eight British sailors on Monday.", "Iran", True),
        # Joined to a nationality, the country only modifies the troops that act.
        ("U.S. and Iraqi troops took control of Samarra on Friday.", "U.S.", False),
    ],
)
def test_a_country_that_acts(nlp: Any, text: str, name: str, expected: bool) -> None:
    assert acting("country", _span(nlp, text, name)) is expected


def test_a_place_named_elsewhere_than_the_story(nlp: Any) -> None:
    assert elsewhere(_span(nlp, "Ruritania held talks with rebel leaders in Oslo on Monday.", "Oslo"))
    assert elsewhere(_span(nlp, "Militants threatened to kill him unless Warsaw pulled out.", "Warsaw"))
    assert not elsewhere(_span(nlp, "Gunmen attacked a police station in Basra on Monday.", "Basra"))


def test_a_country_a_demand_only_asks_for(nlp: Any) -> None:
    assert asked_for(_span(nlp, "The kidnappers demanded that Italy withdraw its troops from Iraq.", "Italy"))


@pytest.mark.parametrize(
    ("text", "name", "modifies", "post"),
    [
        ("Insurgents fired mortars at a U.S. base near Baquba on Sunday.", "U.S.", True, True),
        ("U.S. and Iraqi troops took control of Samarra on Friday.", "U.S.", True, True),
        ("Clashes spread in a Baghdad neighbourhood on Monday.", "Baghdad", True, False),
        ("Iran detained eight British sailors on Monday.", "Iran", False, False),
    ],
)
def test_a_name_that_only_modifies(nlp: Any, text: str, name: str, modifies: bool, post: bool) -> None:
    span = _span(nlp, text, name)
    assert modifier(span) is modifies
    assert abroad_post(span) is post


@pytest.mark.parametrize(
    ("text", "noun", "taken"),
    [
        ("Militants holding a Turkish truck driver released him on Friday.", "driver", True),
        ("Two French journalists held in Iraq were freed on Tuesday.", "journalists", True),
        ("Gunmen wounded a British engineer and his interpreter.", "engineer", True),
        # People who act are where the story is.
        ("French journalists protested outside the embassy on Monday.", "journalists", False),
        # Anyone taken or freed, whatever the trade: wire copy names a captive's nationality when it is not the
        # story's own.
        ("Gunmen kidnapped a Turkish businessman on Friday.", "businessman", True),
        ("A Lebanese man was abducted in Basra on Monday.", "man", True),
        ("Kidnappers holding two Italian aid workers issued a video.", "workers", True),
        # Neither taken nor of a trade that travels for its work.
        ("A Turkish businessman opened a factory in Erbil.", "businessman", False),
        ("Italian workers went on strike on Friday.", "workers", False),
    ],
)
def test_a_foreigner_taken_or_hurt(nlp: Any, text: str, noun: str, taken: bool) -> None:
    doc = nlp(text)
    assert foreigner_taken(next(t for t in doc if t.text == noun)) is taken


def test_where_one_serves_or_is_based(nlp: Any) -> None:
    doc = nlp("The top commander in Kabul met the London-based envoy and Kenya's minister.")
    by = {t.text: t for t in doc}
    assert posted_at(by["Kabul"]) and not posted_at(by["Kenya"])
    assert based_at(by["London"]) and not based_at(by["Kabul"])


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The suspect was taken to a police station in Rawalpindi for questioning.", True),
        ("Two men were arrested at the police station in Lahore on Tuesday.", True),
        ("The journalist was held at a police station for two days.", True),
        ("Insurgents stormed a police station in Mosul on Monday.", False),
        ("Rebels fired on a police post in Chechnya.", False),
        ("A car bomb exploded at a police station in Baghdad, killing 12 people.", False),
        ("A suicide bomber walked into a police station in Mosul and blew himself up.", False),
        ("A suicide bomber drove into a police checkpoint in Mosul on Monday, killing five people.", False),
        ("The man went to the police station to file a complaint on Monday.", True),
        ("The suspect was taken into a police station for questioning.", True),
    ],
)
def test_a_post_where_someone_is_taken_or_held(nlp: Any, text: str, held: bool) -> None:
    doc = nlp(text)
    post = next(t for t in doc if t.lower_ in ("station", "post", "checkpoint"))
    assert custody_place(post) is held
