"""No silent caps: query commands write every row unless `--limit` is given; a table shows a
first page and says on stderr how many rows there are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import Result

from newsgraph.cli.paging import Pager
from newsgraph.cli.render import Format
from tests.cli.conftest import newsgraph


@pytest.mark.model
def test_paging_query_commands_write_every_row_unless_limited(
    failing_ingest: tuple[Path, Path, Result],
) -> None:
    _, db, _ = failing_ingest
    every = newsgraph("search", "council", "--db", str(db), "-f", "jsonl")
    assert len(every.stdout.splitlines()) == 60  # more than the table's first page of 20
    limited = newsgraph("search", "council", "--db", str(db), "-f", "csv", "--limit", "7")
    assert len(limited.stdout.splitlines()) == 1 + 7
    table = newsgraph("search", "council", "--db", str(db))
    assert "showing 20 of 60; --limit to see more" in table.stderr
    everything = newsgraph("search", "council", "--db", str(db), "--limit", "0")
    assert "showing" not in everything.stderr
    for command in (["events"], ["quotes"], ["actors"], ["stories"]):
        result = newsgraph(*command, "--db", str(db), "-f", "json")
        assert result.exit_code == 0, (command, result.output)
        assert isinstance(json.loads(result.stdout), list)
    actors = newsgraph("actors", "--db", str(db), "-f", "jsonl", "--limit", "2")
    assert len(actors.stdout.splitlines()) == 2


def test_paging_negative_limit_is_a_usage_error(sample_db: Path) -> None:
    result = newsgraph("events", "--db", str(sample_db), "--limit", "-1")
    assert result.exit_code == 2 and "--limit" in result.stderr


def test_paging_pager_asks_page_after_page() -> None:
    rows = list(range(25_000))
    asked: list[tuple[int, int]] = []

    def page(size: int, offset: int) -> list[int]:
        asked.append((size, offset))
        return rows[offset : offset + size]

    assert list(Pager(page, 0, Format.jsonl, 100)) == rows
    assert asked == [(10_000, 0), (10_000, 10_000), (10_000, 20_000)]
    assert list(Pager(page, None, Format.table, 100)) == rows[:100]
