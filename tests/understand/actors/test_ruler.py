"""The ruler's patterns for names the model leaves untagged: an initial and a surname are a person.

Sentences are written for these tests (wire style, fictional people).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.actors.ruler import initial_person_patterns
from tests.understand.actors.test_entities import entities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("K. Marlowe ( Canada ) beat T. Ashby ( Ireland ) 6-4 7-5 in the first round .", "K. Marlowe"),
        ("K. Marlowe ( Canada ) beat T. Ashby ( Ireland ) 6-4 7-5 in the first round .", "T. Ashby"),
        ("The second goal came from R. Whitcombe after 40 minutes, the club said.", "R. Whitcombe"),
    ],
)
def test_ruler_an_initial_and_a_surname_are_a_person(nlp: Any, text: str, name: str) -> None:
    found = entities(nlp, text)
    assert [e.kind for e in found if e.name == name] == ["person"]


def test_ruler_an_initial_before_a_country_is_no_person(nlp: Any) -> None:
    doc = nlp("Exports to S. Korea rose in May, officials said.")
    assert not [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_ruler_initial_pattern_never_takes_a_country_for_a_surname() -> None:
    (pattern,) = initial_person_patterns(["Korea", "May"])
    assert pattern["pattern"][1]["TEXT"]["NOT_IN"] == ["Korea", "May"]
    assert all(t["ENT_IOB"] == "O" for t in pattern["pattern"])  # a name the model found keeps its reading


def test_ruler_a_letter_ending_a_name_before_a_role_noun_is_no_person(nlp: Any) -> None:
    found = entities(nlp, "The ministry drew up a Plan B. Officials said on Monday that growth had slowed.")
    assert not [e.name for e in found if e.kind == "person" and "Officials" in e.name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MANILA (Reuters) - Kidnappers freed Carlos dela Paz, a Filipino driver, on Tuesday.", "Carlos dela Paz"),
        ("MANILA (Reuters) - Kidnappers freed Angelo dela Cruz, a Filipino driver, on Tuesday.", "Angelo dela Cruz"),
        ("SANAA (Reuters) - Police arrested Tariq bin Salem al-Harthi on Sunday.", "Tariq bin Salem al-Harthi"),
        ("THE HAGUE (Reuters) - Maria van der Laan said on Friday she would stand for parliament.", "Maria van der Laan"),
        ("ISTANBUL (Reuters) - Police arrested Mehmet Ali Ozkan on Thursday.", "Mehmet Ali Ozkan"),
    ],
)
def test_ruler_lower_case_particles_stay_inside_one_name(nlp: Any, text: str, name: str) -> None:
    assert name in [e.name for e in entities(nlp, text) if e.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Rio de Janeiro killed three men on Monday.",
        "Students at Sharif University protested on Monday.",
        "A bomb exploded in the Hassan City district on Monday.",
        "The Khalid Rashid Brigades claimed the attack on Monday.",
        "The Hamza Battalion claimed the attack on Monday.",
        "Pilgrims gathered at the Imam Hussein shrine on Friday.",
        "A car bomb exploded outside the Omar Hospital on Tuesday.",
    ],
)
def test_ruler_a_place_or_institution_after_a_given_name_is_no_person(nlp: Any, text: str) -> None:
    doc = nlp(text)
    assert not [e.text for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(
    ("text", "water"),
    [
        ("Freedonia fired a short-range missile into the Sea of Japan on Monday.", "Sea of Japan"),
        ("Pirates seized a tanker in the Gulf of Aden on Sunday.", "Gulf of Aden"),
        ("Warships sailed through the East China Sea near disputed islands.", "East China Sea"),
        ("The navy rescued 40 fishermen in the Bay of Bengal.", "Bay of Bengal"),
    ],
)
def test_ruler_a_sea_named_after_a_country_is_no_country(nlp: Any, text: str, water: str) -> None:
    found = entities(nlp, text)
    assert [(e.name, e.country) for e in found if water in e.name] == [(water, None)]
    assert not [e for e in found if e.kind == "country" and e.name in water]


def test_ruler_a_name_before_sea_needs_its_compass_word(nlp: Any) -> None:
    # "the Tamil Sea Tigers" are a rebel force, not a sea called "Tamil Sea".
    found = entities(nlp, "The Tamil Sea Tigers attacked a navy boat off the coast.")
    assert not [e for e in found if e.name == "Tamil Sea"]
