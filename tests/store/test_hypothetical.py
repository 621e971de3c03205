"""Hypothetical and negated events are kept (with their flags) but left out of event views,
counts and exports unless asked for."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newsgraph.model import Analysis
from newsgraph.store import open_store
from newsgraph.store.gdelt import gdelt_rows
from newsgraph.store.query import parse_filters
from tests.cli.conftest import newsgraph


def _write_flagged(db: Path, analyses: list[Analysis]) -> None:
    """The fixtures' articles, with the shelling event (195) flagged hypothetical."""
    flagged = [
        dataclasses.replace(
            a, events=tuple(dataclasses.replace(e, hypothetical=e.cameo == "195") for e in a.events)
        )
        for a in analyses
    ]
    with open_store(db) as store:
        store.write_document("file:///news/wire.txt", "hash-wire", "2024-06-02T08:00:00+00:00", flagged[:2])
        store.write_document("file:///news/blog.html", "hash-blog", None, flagged[2:])


def test_hypothetical_events_left_out_of_views_and_gdelt_by_default(
    tmp_path: Path, analyses: list[Analysis]
) -> None:
    db = tmp_path / "news.db"
    _write_flagged(db, analyses)
    with open_store(db, read_only=True) as store:
        shown = {e.cameo for e in store.events()}
        assert shown and "195" not in shown
        assert all(row[26] != "195" for row in gdelt_rows(store))
        assert "195" in {e.cameo for e in store.events(include_hypothetical=True)}
        assert any(row[26] == "195" for row in gdelt_rows(store, {"include_hypothetical": "true"}))
        assert not any(row[26] == "195" for row in gdelt_rows(store, {"include_hypothetical": "false"}))


def test_hypothetical_flag_filter_reads_query_values() -> None:
    assert parse_filters(["include_hypothetical=true"]) == {"include_hypothetical": "true"}


def test_hypothetical_export_cli_option(tmp_path: Path, analyses: list[Analysis]) -> None:
    db = tmp_path / "news.db"
    _write_flagged(db, analyses)

    def codes(*extra: str) -> list[str]:
        done = newsgraph("export", "--db", str(db), "-f", "gdelt", *extra)
        assert done.exit_code == 0, done.output
        return [line.split("\t")[26] for line in done.stdout.splitlines() if line.strip()]

    assert "195" not in codes()
    assert "195" in codes("--include-hypothetical")
