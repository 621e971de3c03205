"""A facility named for its town settles the place after it ("Stansted Airport in Essex"): sentences
written for these tests, the place each must reach written before the stage ran on them."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.places.find import load_gazetteer
from newsgraph.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_find import _at, _run


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


# (paragraph, the facility's place, its country, its feature): the place holds the facility's town.
CASES = [
    # US places earlier in the story pull a bare "Essex" to Maryland; Stansted is in Essex, England.
    (
        "Officials in Alexandria, Louisiana, and Trenton, New Jersey, said flights from Stansted Airport in Essex "
        "were cancelled.",
        "Essex",
        "GBR",
        "admin2",
    ),
    ("Flights out of London Stansted Airport in Essex were cancelled on Tuesday.", "Essex", "GBR", "admin2"),
    ("A light aircraft crashed after leaving Norwich Airport in Norfolk, police said.", "Norfolk", "GBR", "admin2"),
    ("The plane was diverted to Mildura Airport in Victoria after the engine failed.", "Victoria", "AUS", "admin1"),
]


@pytest.mark.parametrize(("paragraph", "name", "country", "feature"), CASES)
def test_facilities_name_the_place_that_holds_their_town(
    nlp: Any, gazetteer: Gazetteer, paragraph: str, name: str, country: str, feature: str
) -> None:
    places, _ = _run(nlp, gazetteer, [paragraph])
    place = _at(places, name, paragraph)
    assert (place.country, place.feature) == (country, feature)


def test_facilities_add_nothing_without_a_facility(nlp: Any, gazetteer: Gazetteer) -> None:
    # The qualifier decides as before; the rule only reads a facility's name.
    paragraph = "Residents of Essex, Maryland, said the storm had passed."
    places, _ = _run(nlp, gazetteer, [paragraph])
    assert _at(places, "Essex", paragraph).country == "USA"
