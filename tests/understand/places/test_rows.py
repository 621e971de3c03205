"""What the gazetteer's build gathers: entries and their best name flags, division points from
their towns, and aliases that only name a direction."""

from __future__ import annotations

import pytest

from newsgraph.understand.places.rows import Tables, generic_alias, group_points, mean_points


def test_rows_names_keep_their_best_flags() -> None:
    tables = Tables()
    minsk = tables.add_row(name="Minsk", feature="city", country="BLR", lat=53.9, lon=27.57, population=1)
    belarus = tables.add_row(
        name="Belarus", feature="country", country="BLR", lat=53.2, lon=27.9, population=1
    )
    assert (minsk.id, belarus.id) == (1, 2)
    tables.add_name("Mensk", minsk, primary=False, qualifier_only=True)
    tables.add_name("Mensk", minsk, primary=True)
    tables.add_name("Mensk", minsk, primary=False, qualifier_only=True)  # weaker: kept as it was
    assert tables.names[("Mensk", minsk.id)] == (1, 0)
    tables.add_name("Belarus", belarus, primary=True)
    tables.add_name("Byelorussia", belarus, primary=False)
    assert tables.country_names == {"Belarus"}


def test_rows_division_points_from_their_towns() -> None:
    towns = {"QLD": [(-27.5, 153.0, 2_000_000), (-16.9, 145.8, 150_000), (-19.3, 146.8, 180_000)]}
    lat, lon, population = group_points(towns)["QLD"]
    assert (lat, lon, population) == pytest.approx(((-27.5 - 16.9) / 2, (145.8 + 153.0) / 2, 2_330_000))
    lat, lon, _ = mean_points(towns)["QLD"]
    assert lat == pytest.approx((-27.5 - 16.9 - 19.3) / 3)


def test_rows_generic_aliases_are_words_alone() -> None:
    assert generic_alias("West Coast") and generic_alias("the north-east")
    assert not generic_alias("Western Australia") and not generic_alias("Minsk")
