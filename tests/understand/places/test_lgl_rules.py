"""The rules of session 19 for small US local papers (LGL), on sentences written for these tests: a
county and the towns inside it settle each other ("the Fulton County fair ... in Canton" is the
Illinois pair), and a county the article placed vouches for its small towns whatever NER made of
them ("between Story City and Huxley")."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.places.find import load_gazetteer
from newsgraph.understand.places.gazetteer import Gazetteer
from tests.understand.places.test_find import _at, _km, _near, _run


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.model
@pytest.mark.parametrize(
    ("paragraph", "name", "lat", "lon"),
    [
        # Canton, Illinois (in Fulton County), not Canton, Ohio, nor Guangzhou.
        ("The Fulton County fair opens Friday in Canton, and the high school band will play.", "Canton", 40.56, -90.04),
        # Findlay lies in Hancock County, Ohio; ten states have a Hancock County.
        ("Hancock County deputies searched the river bank near Findlay on Sunday.", "Hancock County", 41.0, -83.67),
        # Mansfield, Ohio, not the English town.
        ("A Richland County jury convicted a man of burglary in Mansfield.", "Mansfield", 40.76, -82.52),
    ],
)
def test_a_county_and_its_town_settle_each_other(
    nlp: Any, gazetteer: Gazetteer, paragraph: str, name: str, lat: float, lon: float
) -> None:
    _near(nlp, gazetteer, paragraph, name, lat, lon)


@pytest.mark.model
@pytest.mark.parametrize(
    ("paragraph", "name", "lat", "lon"),
    [
        ("Story County supervisors paid for a road between Story City and Huxley.", "Huxley", 41.9, -93.6),
        ("Story County supervisors paid for a road between Story City and Huxley.", "Story City", 42.19, -93.6),
        ("Missoula County crews cleared a rockslide on the road to Lolo.", "Lolo", 46.76, -114.08),
    ],
)
def test_a_placed_county_vouches_for_its_small_towns(
    nlp: Any, gazetteer: Gazetteer, paragraph: str, name: str, lat: float, lon: float
) -> None:
    _near(nlp, gazetteer, paragraph, name, lat, lon)


@pytest.mark.model
def test_a_county_vouches_for_no_person_or_month(nlp: Any, gazetteer: Gazetteer) -> None:
    paragraph = "Story County deputies said Gilbert Huxley, 52, was arrested in May."
    places, _ = _run(nlp, gazetteer, [paragraph])
    assert [p.name for p in places] == ["Story County"], places


@pytest.mark.model
@pytest.mark.parametrize(
    ("paragraph", "name", "lat", "lon", "not_state"),
    [
        ("Barges stalled on the Ohio River near Paducah after a lock failed.", "Ohio River", 36.99, -89.13, "Ohio"),
        ("The Mississippi River crested at Vicksburg on Tuesday.", "Mississippi River", 29.15, -89.25, "Mississippi"),
        ("Crews pulled a car from the Colorado River below the dam.", "Colorado River", 31.8, -114.8, "Colorado"),
        ("Boaters returned to Lake Okeechobee after the algae bloom faded.", "Lake Okeechobee", 26.95, -80.83, None),
        ("Oyster harvests in Chesapeake Bay rose for a third year.", "Chesapeake Bay", 38.0, -76.2, None),
    ],
)
def test_us_rivers_and_lakes_are_places(
    nlp: Any, gazetteer: Gazetteer, paragraph: str, name: str, lat: float, lon: float, not_state: str | None
) -> None:
    # A river sits at its mouth (GeoNames' point for a stream); the state whose name opens the river's
    # is not reported for it.
    places, _ = _near(nlp, gazetteer, paragraph, name, lat, lon)
    assert not_state is None or all(p.name != not_state for p in places), places


@pytest.mark.model
@pytest.mark.parametrize(
    ("paragraph", "name", "lat", "lon"),
    [
        # A township the gazetteer holds under the bare name of its town.
        ("Bensalem Township police arrested two men at a motel on Route 1.", "Bensalem", 40.1, -74.95),
        # A home town the model calls a firm: the town all the same.
        ("A Marshalltown woman was hurt when her pickup hit a deer, deputies said.", "Marshalltown", 42.05, -92.91),
    ],
)
def test_townships_and_home_towns_the_model_calls_firms(
    nlp: Any, gazetteer: Gazetteer, paragraph: str, name: str, lat: float, lon: float
) -> None:
    _near(nlp, gazetteer, paragraph, name, lat, lon)


@pytest.mark.model
def test_japan_lies_within_161_km_of_geonames_point_and_not_at_tokyo(nlp: Any, gazetteer: Gazetteer) -> None:
    paragraph = "A trade delegation from Japan toured the plant on Monday."
    places, _ = _run(nlp, gazetteer, [paragraph])
    japan = _at(places, "Japan", paragraph)
    assert _km(japan.lat, japan.lon, 35.69, 139.75) < 161, japan
    assert _km(japan.lat, japan.lon, 35.69, 139.75) > 50, japan  # a point of the land, not the capital


@pytest.mark.model
@pytest.mark.parametrize(
    ("paragraph", "name", "lat", "lon"),
    [
        # Joined to a name only a state has, "New York" is the state, not the city.
        ("Police in New York and New Jersey searched for the stolen truck.", "New York", 43.0, -75.5),
        ("The storm crossed from Pennsylvania into New York overnight.", "New York", 43.0, -75.5),
        # A country stays a country beside a state, and beside its neighbours.
        ("Mexico and Texas signed a water agreement.", "Mexico", 23.0, -102.0),
        ("Troops moved from Russia into Georgia and Armenia.", "Georgia", 42.0, 43.5),
    ],
)
def test_a_name_joined_to_a_state_is_a_state(
    nlp: Any, gazetteer: Gazetteer, paragraph: str, name: str, lat: float, lon: float
) -> None:
    _near(nlp, gazetteer, paragraph, name, lat, lon)
