"""`newsgraph show`: one article with its findings marked (table) or as a record (json, jsonl,
csv), by its id or any unique start of it."""

from __future__ import annotations

import csv
import io
import itertools
import json
from pathlib import Path

import pytest

from newsgraph import errors
from newsgraph.store import open_store
from newsgraph.store.query import article_id
from tests.api.api_sample import article_ids
from tests.cli.conftest import newsgraph


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_show_works_in_every_format(sample_db: Path, fmt: str) -> None:
    radar = article_ids()["radar"]
    result = newsgraph("show", radar[:8], "--db", str(sample_db), "-f", fmt)
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "table":
        assert "Finland and Estonia agree" in out and "[FIN]" in out
        return
    if fmt == "csv":
        (row,) = list(csv.DictReader(io.StringIO(out)))
        assert {
            "id",
            "title",
            "published",
            "text",
            "entities",
            "events",
            "quotes",
            "document_uri",
        } <= row.keys()
        assert row["published"] == "2025-03-04" and "Sanna Virtanen" in row["entities"]
        return
    data = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    (record,) = data
    assert record["id"] == radar and record["published"] == "2025-03-04"
    assert {e["cameo"] for e in record["events"]} == {"057", "043"}
    assert record["quotes"][0]["speaker"]["name"] == "Sanna Virtanen"


def _shared_first_digit(db: Path) -> tuple[list[str], str]:
    with open_store(db, read_only=True) as store:
        ids = sorted(r[0] for r in store.conn.execute("SELECT id FROM articles"))
    return ids, next(a[0] for a, b in itertools.pairwise(ids) if a[0] == b[0])


def test_show_prefix_unknown_and_ambiguous(sample_db: Path) -> None:
    _, shared = _shared_first_digit(sample_db)
    ambiguous = newsgraph("show", shared, "--db", str(sample_db))
    assert ambiguous.exit_code == 2 and "ambiguous" in ambiguous.stderr
    assert newsgraph("show", "zz", "--db", str(sample_db)).exit_code == 1


def test_show_prefix_errors_say_why(sample_db: Path) -> None:
    ids, shared = _shared_first_digit(sample_db)
    with open_store(sample_db, read_only=True) as store:
        with pytest.raises(errors.InvalidQuery, match="ambiguous"):
            article_id(store, shared)
        with pytest.raises(errors.NotFound, match="no article"):
            article_id(store, "zz")
        assert article_id(store, ids[0]) == ids[0]
