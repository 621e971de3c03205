"""Seas, straits, lakes, rivers, mountains and islands that international news names as places
(data/places/aliases.tsv, session 17), on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.places.find import load_gazetteer
from newsgraph.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_find import _at, _km, _run


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.model
@pytest.mark.parametrize(
    ("paragraph", "name", "lat", "lon"),
    [
        (
            "The navy escorted two tankers through the Strait of Hormuz on Monday.",
            "Strait of Hormuz",
            26.6,
            56.3,
        ),
        ("A fishing boat sank in the South China Sea, the coast guard said.", "South China Sea", 12.0, 113.0),
        ("Rescuers pulled 90 migrants from the Mediterranean overnight.", "Mediterranean", 35.0, 18.0),
        ("Fishermen on Lake Victoria say the catch has halved in five years.", "Lake Victoria", -1.0, 33.0),
        ("Two climbers died on Mount Everest this week.", "Mount Everest", 28.0, 86.9),
        ("The quake shook Sulawesi for nearly a minute.", "Sulawesi", -2.0, 121.0),
        ("Iran seized a British tanker in the Persian Gulf.", "Persian Gulf", 27.0, 51.0),
    ],
)
def test_physical_features_are_places(
    nlp: Any, gazetteer: Gazetteer, paragraph: str, name: str, lat: float, lon: float
) -> None:
    places, _ = _run(nlp, gazetteer, [paragraph])
    place = _at(places, name, paragraph)
    assert _km(place.lat, place.lon, lat, lon) < 161, place


@pytest.mark.model
def test_a_curated_range_beats_a_small_town_of_its_name(nlp: Any, gazetteer: Gazetteer) -> None:
    paragraph = "Snow closed the passes over the Andes between Chile and Argentina."
    places, _ = _run(nlp, gazetteer, [paragraph])
    assert _at(places, "Andes", paragraph).country is None  # the range, not Andes, Colombia


@pytest.mark.model
def test_lake_victoria_is_not_the_australian_state(nlp: Any, gazetteer: Gazetteer) -> None:
    paragraph = "Ferries on Lake Victoria stopped after the storm, Ugandan officials said."
    places, _ = _run(nlp, gazetteer, [paragraph])
    assert [p.name for p in places if "Victoria" in p.name] == ["Lake Victoria"]
