"""`newsgraph errors`: every failure the store recorded, in every format, filtered by stage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import Result

from tests.cli.conftest import FAILING, newsgraph

pytestmark = pytest.mark.model


def test_errors_lists_every_stored_failure(failing_ingest: tuple[Path, Path, Result]) -> None:
    _, db, _ = failing_ingest
    result = newsgraph("errors", "--db", str(db), "-f", "jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == FAILING and {r["stage"] for r in rows} == {"read"}
    table = newsgraph("errors", "--db", str(db), "--limit", "5")
    assert table.exit_code == 0 and "empty" in table.stdout and "showing" not in table.stderr


def test_errors_filters_by_stage_and_uri(failing_ingest: tuple[Path, Path, Result]) -> None:
    _, db, _ = failing_ingest
    assert newsgraph("errors", "--db", str(db), "--stage", "extract", "-f", "jsonl").stdout == ""
    one = newsgraph("errors", "--db", str(db), "--uri", "empty07", "-f", "csv").stdout.splitlines()
    assert one[0] == "time,uri,stage,reason,count" and len(one) == 2 and "empty07.txt" in one[1]
