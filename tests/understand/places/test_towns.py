"""Towns written "Town, State" are found whatever NER called them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsgraph.understand.places.find import load_gazetteer
from newsgraph.understand.places.gazetteer import Gazetteer
from newsgraph.understand.places.towns import scan_divisions, towns_before_qualifiers


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _towns(text: str, gazetteer: Gazetteer) -> list[str]:
    return [text[s:e] for s, e in towns_before_qualifiers(text, len(text), gazetteer)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The plant in Lafayette, IN, will add 300 jobs.", "Lafayette"),  # postal code
        ("The mayor of Bowling Green, Ky., declared an emergency.", "Bowling Green"),  # AP abbreviation
        ("Snow fell on New Iberia, Louisiana, overnight.", "New Iberia"),  # the longest name
        ("The mill in Kamloops, B.C., will close.", "Kamloops"),  # a Canadian province
        ("Rebels held Gao, Mali, for a week.", "Gao"),  # a country
        ("The plant in McAllen, Texas, will close.", "McAllen"),  # a capital inside the name
    ],
)
def test_towns_before_their_state_are_found(text: str, town: str, gazetteer: Gazetteer) -> None:
    assert _towns(text, gazetteer) == [town]


def test_towns_need_a_state_that_holds_them(gazetteer: Gazetteer) -> None:
    # No town Lafayette in Maine; a name before a comma and a common word is no town.
    assert _towns("The plant in Lafayette, ME, will add 300 jobs.", gazetteer) == []
    assert _towns("Officials said Smith, The Times reported, had resigned.", gazetteer) == []
    assert _towns("Lafayette, IN", gazetteer) == ["Lafayette"]
    assert towns_before_qualifiers("Lafayette, IN", 5, gazetteer) == []  # past the limit


def test_divisions_by_their_word_singular_and_plural(gazetteer: Gazetteer) -> None:
    text = "The Rapides Parish sheriff met officials of Grant and Avoyelles parishes and Harris, Fort Bend and Galveston counties."
    found = [(text[s:e], name) for s, e, name in scan_divisions(text, len(text), gazetteer)]
    assert found == [
        ("Rapides Parish", "Rapides Parish"),  # a leading "The" is left out
        ("Grant", "Grant Parish"),
        ("Avoyelles", "Avoyelles Parish"),
        ("Harris", "Harris County"),
        ("Fort Bend", "Fort Bend County"),
        ("Galveston", "Galveston County"),
    ]
    # No such parishes: nothing.
    assert scan_divisions("Officials of Smithy and Jonesy parishes met.", 45, gazetteer) == []
