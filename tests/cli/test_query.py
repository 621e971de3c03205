"""The store's query commands (events, quotes, actors, search, stats): filters, formats, short
article ids in tables, and clear one-line errors; `events` over input files without a store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.store.filters import EVENT_FILTER_TABLE
from tests.api.api_sample import article_ids
from tests.cli.conftest import EXAMPLES, newsgraph


@pytest.mark.model
def test_query_events_filters_and_formats(examples_db: Path) -> None:
    result = newsgraph("events", "--db", str(examples_db), "--format", "jsonl", "--limit", "500")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and rows
    documented = {"source_name", "source_code", "target_name", "target_code", "cameo", "root", "plover", "goldstein",
                  "quad_class", "date", "date_precision", "place", "lat", "lon", "negated", "evidence",
                  "article_id", "source_id", "num_mentions", "num_articles", "num_sources"}  # fmt: skip
    assert documented <= rows[0].keys()
    assert rows[0]["evidence"]["text"] == rows[0]["evidence_text"]
    root = rows[0]["root"]
    filtered = newsgraph(
        "events", "--db", str(examples_db), "--format", "jsonl", "--root", root, "--limit", "500"
    )
    assert all(json.loads(line)["root"] == root for line in filtered.stdout.splitlines())
    csv = newsgraph("events", "--db", str(examples_db), "--format", "csv", "--limit", "3").stdout.splitlines()
    assert csv[0].startswith("day,source_name") and len(csv) <= 4


def test_query_events_has_an_option_per_filter_of_the_table(sample_db: Path) -> None:
    help_text = newsgraph("events", "--help").stdout
    for f in EVENT_FILTER_TABLE:
        assert (f"--{f.name.replace('_', '-')} " in help_text) is f.option, f.name
    db = str(sample_db)
    every = [json.loads(line) for line in newsgraph("events", "--db", db, "-f", "jsonl").stdout.splitlines()]
    estonia = newsgraph("events", "--db", db, "-f", "jsonl", "--country", "est").stdout
    assert estonia == newsgraph("events", "--db", db, "-f", "jsonl", "--where", "country=EST").stdout
    kept = [json.loads(line) for line in estonia.splitlines()]
    assert kept and len(kept) < len(every)
    assert all("EST" in (e["source_country"], e["target_country"]) for e in kept)


def test_query_events_and_quotes_tables_carry_a_short_article_id(sample_db: Path) -> None:
    radar = article_ids()["radar"]
    result = newsgraph("events", "--db", str(sample_db), "--actor", "Estonia")
    assert result.exit_code == 0 and "article_id" in result.stdout and radar[:8] in result.stdout
    assert radar not in result.stdout
    result = newsgraph("quotes", "--db", str(sample_db))
    assert result.exit_code == 0 and radar[:8] in result.stdout


def test_query_search_table_shows_the_match(sample_db: Path) -> None:
    result = newsgraph("search", "Tallinn", "--db", str(sample_db))
    assert result.exit_code == 0
    assert "[Tallinn]" in result.stdout
    assert article_ids()["radar"][:8] in result.stdout and article_ids()["radar"] not in result.stdout


@pytest.mark.model
def test_query_quotes_actors_search_stats(examples_db: Path) -> None:
    db = str(examples_db)
    quotes = newsgraph("quotes", "--db", db, "--format", "json")
    assert quotes.exit_code == 0 and json.loads(quotes.stdout)
    for q in json.loads(quotes.stdout):
        assert {"text", "direct", "speaker", "speaker_text", "cue", "via", "anonymous", "start", "end",
                "article_id", "source_id"} <= q.keys()  # fmt: skip
        assert q["speaker"] is None or set(q["speaker"]) == {"name", "code"}
        assert all(set(v) == {"name", "code"} for v in q["via"])
    actors = json.loads(newsgraph("actors", "--db", db, "--format", "json").stdout)
    assert actors and all("code" in a for a in actors)
    hits = json.loads(newsgraph("search", "talks", "--db", db, "--format", "json").stdout)
    assert hits and "[" in hits[0]["snippet"]
    stats = json.loads(newsgraph("stats", "--db", db, "--format", "json").stdout)[0]
    assert stats["articles"] >= 8


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--where", "colour=red"], "unknown filter 'colour'"),
        (["events", "--since", "2025-13-45"], "since"),
        (["search", '"unterminated'], "search"),
        (["show", "0000000000000000"], "no article"),
    ],
)
def test_query_bad_input_gives_one_line_error(sample_db: Path, args: list[str], message: str) -> None:
    result = newsgraph(*args, "--db", str(sample_db))
    assert result.exit_code in (1, 2)
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_query_events_unknown_format_is_a_usage_error(sample_db: Path) -> None:
    result = newsgraph("events", "--db", str(sample_db), "--format", "yaml")
    assert result.exit_code == 2 and "unknown format 'yaml'" in result.stderr and not result.stdout


@pytest.mark.model
def test_query_events_from_input_files_without_a_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = newsgraph("events", str(EXAMPLES / "dump_wire_single.txt"), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["source_id"] is None or isinstance(r["source_id"], str) for r in rows)
    assert not (tmp_path / "newsgraph.db").exists()
