"""The gazetteer's table on disk: where it lives, that a present table is opened as it is,
and the gathering structures the build writes from."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.understand.places.table import (
    Tables,
    cache_dir,
    ensure_table,
    generic_alias,
    group_points,
    mean_points,
    table_path,
)


def test_table_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path / "explicit"))
    assert cache_dir() == tmp_path / "explicit"
    assert table_path().parent == tmp_path / "explicit"
    assert table_path().name.startswith("gazetteer-") and table_path().suffix == ".sqlite"
    monkeypatch.delenv("NEWSGRAPH_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "newsgraph"


def test_table_present_table_is_opened_not_rebuilt(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWSGRAPH_CACHE", str(tmp_path))
    path = table_path()
    sqlite3.connect(path).close()  # an (empty) table already built under this version's name
    assert ensure_table() == path
    assert not path.with_suffix(".lock").exists()


def test_table_built_table_holds_entries_names_and_countries() -> None:
    with sqlite3.connect(ensure_table()) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"entry", "name", "country", "country_name"} <= tables
        (belarus,) = db.execute(
            "SELECT e.name FROM country c JOIN entry e ON e.id = c.entry WHERE c.iso3 = 'BLR'"
        ).fetchone()
    assert belarus == "Belarus"


def test_table_names_keep_their_best_flags() -> None:
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


def test_table_division_points_from_their_towns() -> None:
    towns = {"QLD": [(-27.5, 153.0, 2_000_000), (-16.9, 145.8, 150_000), (-19.3, 146.8, 180_000)]}
    lat, lon, population = group_points(towns)["QLD"]
    assert (lat, lon, population) == pytest.approx(((-27.5 - 16.9) / 2, (145.8 + 153.0) / 2, 2_330_000))
    lat, lon, _ = mean_points(towns)["QLD"]
    assert lat == pytest.approx((-27.5 - 16.9 - 19.3) / 3)


def test_table_generic_aliases_are_words_alone() -> None:
    assert generic_alias("West Coast") and generic_alias("the north-east")
    assert not generic_alias("Western Australia") and not generic_alias("Minsk")
