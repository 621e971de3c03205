"""The Python face: `newsgraph.open` gives a store on one SQLite file, created when missing,
read-only when asked (an API server's reads), and the same records after a reopen."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph
from newsgraph.errors import NotFound, ReadOnly
from newsgraph.model import Analysis
from tests.store.conftest import sanctions


def test_newsgraph_open_creates_the_store_file(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "news.db"
    with newsgraph.open(path) as store:
        assert isinstance(store, newsgraph.Store) and path.is_file()
        assert store.stats().articles == 0


def test_newsgraph_open_again_reads_what_was_written(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    analysis: Analysis = sanctions()
    with newsgraph.open(path) as store:
        store.write_document("file:///news/wire.txt", "hash-wire", None, [analysis])
    with newsgraph.open(path, read_only=True) as reader:
        assert sorted(e.cameo for e in reader.events()) == ["010", "112"]
        with pytest.raises(ReadOnly):
            reader.write_document("file:///other.txt", "hash-other", None, [analysis])


def test_newsgraph_open_read_only_needs_a_store(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no store at"):
        newsgraph.open(tmp_path / "missing.db", read_only=True)
    assert not (tmp_path / "missing.db").exists()


def test_newsgraph_exports_its_face() -> None:
    assert {"Store", "open", "__version__"} <= set(newsgraph.__all__)
    assert newsgraph.__version__.count(".") == 2
