"""Honorifics and surnames that are title words (honorifics.py), read with the real actor dictionary."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import ActorDictionary, load_actor_dictionary
from newsgraph.understand.actors.honorifics import HONORIFICS, honorific, office_premodifiers, surname_title
from newsgraph.understand.docview import DocIndex


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


@pytest.mark.parametrize(
    ("title", "expected"), [("Sheikh", True), ("Grand Ayatollah", True), ("Mullah", True), ("President", False),
                            ("King", False), (None, False)]
)
def test_honorific(title: str | None, expected: bool) -> None:
    assert honorific(title) is expected


def test_every_honorific_is_read_as_a_title_of_no_office(dictionary: ActorDictionary) -> None:
    assert all(dictionary.title_role(h.split()) == "ELI" for h in HONORIFICS)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dale King", True),  # a given name before it
        ("Marian Scott King", True),
        ("Nadeem Sheikh", True),  # a capitalised word that is no title word
        ("King", False),
        ("Prime Minister", False),
        ("Iraqi Deputy Minister", False),  # a country and a title's words
        ("Pakistan's Interior Minister", False),
        ("FBI Director", False),  # an acronym, an organisation's
    ],
)
def test_surname_title(dictionary: ActorDictionary, name: str, expected: bool) -> None:
    assert surname_title(name.split(), dictionary) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "title", "country"),
    [
        ("Omani Interior Minister Sheikh Salim al-Harthi met Yemeni officials on Monday.", "Salim al-Harthi",
         "Interior Minister", "OMN"),
        ("Sheikh Salim al-Harthi met Yemeni officials on Monday.", "Salim al-Harthi", "Sheikh", None),
    ],
)
def test_an_office_before_an_honorific_is_the_person_s(
    nlp: Any, dictionary: ActorDictionary, text: str, name: str, title: str, country: str | None
) -> None:
    index = DocIndex(nlp(text), text)
    start = index.doc.char_span(text.index(name), text.index(name) + len(name), alignment_mode="expand")
    assert start is not None
    pre = office_premodifiers(index, start.start, dictionary)
    assert (pre.title, pre.country) == (title, country)
