"""The gazetteer's table on disk: where it lives, that a present table is opened as it is,
and what it holds once built."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.understand.places.table import cache_dir, ensure_table, table_path


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
