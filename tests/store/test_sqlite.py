from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.errors import NotFound, ReadOnly, StoreError
from newsgraph.model import Analysis, DocumentError
from newsgraph.roles import split_code
from newsgraph.serialize import event_day
from newsgraph.store import Store, open_store
from newsgraph.store.migrations import MIGRATIONS
from tests.store.conftest import as_read_back


def _count(store: Store, table: str) -> int:
    return int(store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_sqlite_schema_pragmas_and_migrations(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    with open_store(path) as store:
        rows = store.conn.execute("SELECT number, name FROM migrations ORDER BY number").fetchall()
        assert [(r[0], r[1]) for r in rows] == [(m.number, m.name) for m in MIGRATIONS]
        assert store.schema_version == MIGRATIONS[-1].number
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        tables = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {
            "documents",
            "articles",
            "entities",
            "mentions",
            "events",
            "quotes",
            "places",
            "dates",
            "errors",
        } <= tables
        assert {"articles_fts", "quotes_fts"} <= tables
    with open_store(path) as again:  # reopening applies nothing twice
        assert _count(again, "migrations") == len(MIGRATIONS)


def test_sqlite_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO migrations VALUES (999, 'from the future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_sqlite_round_trip_returns_the_same_records(filled: Store, analyses: list[Analysis]) -> None:
    for original in analyses:
        assert filled.analysis(original.article.id) == as_read_back(original)


def test_sqlite_spans_point_at_their_words(filled: Store, analyses: list[Analysis]) -> None:
    aid = analyses[0].article.id
    text = filled.analysis(aid).article.text
    for start, end, words in filled.conn.execute(
        'SELECT start, "end", text FROM mentions WHERE article_id = ?', (aid,)
    ):
        assert text[start:end] == words
    for start, end, words in filled.conn.execute(
        "SELECT evidence_start, evidence_end, evidence_text FROM events WHERE article_id = ?", (aid,)
    ):
        assert text[start:end] == words


def test_sqlite_rewriting_a_document_is_a_noop(filled: Store, analyses: list[Analysis]) -> None:
    before = filled.stats()
    assert filled.has_document("hash-wire")
    result = filled.write_document("file:///news/wire.txt", "hash-wire", None, analyses[:2])
    assert result.status == "skipped"
    assert filled.stats() == before


def test_sqlite_article_from_another_document_is_stored_once(filled: Store, analyses: list[Analysis]) -> None:
    result = filled.write_document("https://example.org/page.html", "hash-page", None, analyses[:1])
    assert (result.status, result.articles_written, result.articles_duplicate) == ("written", 0, 1)
    assert _count(filled, "articles") == 3
    assert _count(filled, "events") == 5
    row = filled.conn.execute(
        "SELECT n_articles, n_duplicates FROM documents WHERE content_hash = 'hash-page'"
    ).fetchone()
    assert tuple(row) == (0, 1)


def test_sqlite_replace_analyses_rewrites_records_and_index(filled: Store, analyses: list[Analysis]) -> None:
    first = analyses[0]
    fewer = dataclasses.replace(first, events=first.events[:1], quotes=())
    result = filled.replace_analyses("file:///news/wire.txt", "hash-wire", None, [fewer])
    assert result.status == "replaced"
    assert filled.analysis(first.article.id) == as_read_back(fewer)
    # The second article of that document went with it; the other document is untouched.
    assert _count(filled, "articles") == 2
    assert _count(filled, "events") == 2
    assert _count(filled, "quotes") == 0
    assert len(filled.search("accord")) == 1
    assert filled.search("drones") == []
    assert filled.search_quotes("friendship") == []


def test_sqlite_failed_write_leaves_nothing_of_the_document(store: Store, analyses: list[Analysis]) -> None:
    good, bad_source = analyses[0], analyses[1]
    broken = dataclasses.replace(bad_source.events[0], goldstein=None)  # NOT NULL column: fails mid-write
    bad = dataclasses.replace(bad_source, events=(broken,))
    with pytest.raises(sqlite3.IntegrityError):
        store.write_document("file:///x", "hash-x", None, [good, bad])
    assert not store.has_document("hash-x")
    for table in ("documents", "articles", "entities", "mentions", "events", "quotes", "places", "dates"):
        assert _count(store, table) == 0, table
    assert store.search("accord") == []
    # The store is usable afterwards and the same document can be written whole.
    assert store.write_document("file:///x", "hash-x", None, [good]).articles_written == 1


def test_sqlite_errors_are_recorded_once_with_a_count(store: Store) -> None:
    err = DocumentError("file:///bad.bin", "read", "not text: binary content", None)
    store.write_error(err)
    store.write_error(err)
    (stored,) = store.errors()
    assert (stored.uri, stored.stage, stored.reason, stored.source_id, stored.count) == (
        "file:///bad.bin", "read", "not text: binary content", None, 2,
    )  # fmt: skip
    assert store.errors(stage="extract") == []
    assert store.errors(uri="bad.bin") == [stored]


def test_sqlite_document_status_reflects_errors(store: Store, analyses: list[Analysis]) -> None:
    err = DocumentError("file:///dump.txt#3", "extract", "body too short", "3")
    store.write_document("file:///dump.txt", "h1", None, analyses[:1], [err])
    store.write_document(
        "file:///empty.txt", "h2", None, [], [DocumentError("file:///empty.txt", "extract", "no text")]
    )
    store.write_document("file:///blank.txt", "h3", None, [])
    statuses = dict(store.conn.execute("SELECT content_hash, status FROM documents").fetchall())
    assert statuses == {"h1": "partial", "h2": "error", "h3": "empty"}
    assert store.stats().errors == 2


def test_sqlite_event_tone_is_stored_as_the_stage_scored_it(store: Store, analyses: list[Analysis]) -> None:
    deal = analyses[0]
    # The second event comes without a tone: the store keeps it so, it scores nothing itself.
    events = (deal.events[0], dataclasses.replace(deal.events[1], tone=None), *deal.events[2:])
    store.write_document("file:///wire.txt", "h1", None, [dataclasses.replace(deal, events=events)])
    stored = store.conn.execute("SELECT cameo, tone, tone_compound FROM events ORDER BY seq").fetchall()
    first = deal.events[0].tone
    assert first is not None
    assert tuple(stored[0]) == (deal.events[0].cameo, first.tone, first.compound)
    assert tuple(stored[1]) == (deal.events[1].cameo, None, None)


def test_sqlite_read_only_store_refuses_writes(tmp_path: Path, analyses: list[Analysis]) -> None:
    with pytest.raises(NotFound):
        open_store(tmp_path / "missing.db", read_only=True)
    path = tmp_path / "a.db"
    open_store(path).close()
    with open_store(path, read_only=True) as ro:
        assert ro.stats().articles == 0
        with pytest.raises(ReadOnly):
            ro.write_document("u", "h", None, analyses[:1])


def test_sqlite_unknown_article_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="no article with id 'nope'"):
        store.analysis("nope")


def test_sqlite_event_day_rules(analyses: list[Analysis]) -> None:
    deal, sanctions, undated = analyses
    assert event_day(deal.events[1], deal.article) == "2024-05-04"  # the event's own day
    # "in June" in an article of 1 June: the article's day lies inside the month.
    assert event_day(sanctions.events[0], sanctions.article) == "2024-06-01"
    assert (
        event_day(dataclasses.replace(sanctions.events[0], date="2023-11"), sanctions.article) == "2023-11-01"
    )
    assert event_day(dataclasses.replace(sanctions.events[0], date="2023"), sanctions.article) == "2023-01-01"
    assert event_day(sanctions.events[1], sanctions.article) == "2024-06-01"  # undated: article day
    assert event_day(undated.events[0], undated.article) == ""


def test_sqlite_split_code() -> None:
    assert split_code("IRNGOV") == ("IRN", "GOV")
    assert split_code("IRQ") == ("IRQ", "")
    assert split_code("IGO") == ("", "IGO")
    assert split_code("MEDGOV") == ("", "MEDGOV")
    assert split_code("UNO") == ("", "UNO")  # a known group, not a country
    assert split_code("BLRGOV", "BLR", "GOV") == ("BLR", "GOV")


class _Interrupted(list[Analysis]):
    """A batch whose iteration is cut by Ctrl-C after the first article."""

    def __iter__(self) -> Iterator[Analysis]:
        yield self[0]
        raise KeyboardInterrupt


def test_sqlite_interrupt_mid_document_rolls_back(store: Store, analyses: list[Analysis]) -> None:
    with pytest.raises(KeyboardInterrupt):
        store.write_document("file:///x", "hash-x", None, _Interrupted(analyses))
    assert store.stats().articles == 0
    assert not store.has_document("hash-x")
    assert store.write_document("file:///x", "hash-x", None, analyses).articles_written == 3
