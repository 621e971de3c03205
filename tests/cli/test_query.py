"""The store's CLI faces end to end: ingest, query, show, export, and clear one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_extract import run

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "news.db"
    result = run("ingest", str(EXAMPLES), "--db", str(path))
    assert result.returncode == 0, result.stderr.decode()
    summary = result.stdout.decode()
    assert "articles" in summary and "events" in summary and "quotes" in summary
    return path


def test_query_events_filters_and_formats(db: Path) -> None:
    result = run("events", "--db", str(db), "--format", "jsonl", "--limit", "500")
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert result.returncode == 0 and rows
    documented = {"source_name", "source_code", "target_name", "target_code", "cameo", "root", "plover", "goldstein",
                  "quad_class", "date", "date_precision", "place", "lat", "lon", "negated", "evidence",
                  "article_id", "source_id", "num_mentions", "num_articles", "num_sources"}  # fmt: skip
    assert documented <= rows[0].keys()
    assert rows[0]["evidence"]["text"] == rows[0]["evidence_text"]
    some = rows[0]
    filtered = run("events", "--db", str(db), "--format", "jsonl", "--root", some["root"], "--limit", "500")
    assert all(json.loads(line)["root"] == some["root"] for line in filtered.stdout.decode().splitlines())
    csv = run("events", "--db", str(db), "--format", "csv", "--limit", "3").stdout.decode().splitlines()
    assert csv[0].startswith("day,source_name") and len(csv) <= 4


def test_query_quotes_actors_search_stats_show(db: Path) -> None:
    quotes = run("quotes", "--db", str(db), "--format", "json")
    assert quotes.returncode == 0 and json.loads(quotes.stdout)
    for q in json.loads(quotes.stdout):
        assert {"text", "direct", "speaker", "speaker_text", "cue", "via", "anonymous", "start", "end",
                "article_id", "source_id"} <= q.keys()  # fmt: skip
        assert q["speaker"] is None or set(q["speaker"]) == {"name", "code"}
        assert all(set(v) == {"name", "code"} for v in q["via"])
    actors = json.loads(run("actors", "--db", str(db), "--format", "json").stdout)
    assert actors and all("code" in a for a in actors)
    hits = json.loads(run("search", "talks", "--db", str(db), "--format", "json").stdout)
    assert hits and "[" in hits[0]["snippet"]
    stats = json.loads(run("stats", "--db", str(db), "--format", "json").stdout)[0]
    assert stats["articles"] >= 8
    shown = run("show", hits[0]["article_id"], "--db", str(db))
    assert shown.returncode == 0 and hits[0]["title"].split()[0].encode() in shown.stdout


def test_query_export_gdelt_has_61_columns(db: Path, tmp_path: Path) -> None:
    tsv = run("export", "--db", str(db), "--format", "gdelt").stdout.decode().splitlines()
    assert tsv and all(len(line.split("\t")) == 61 for line in tsv)
    out = tmp_path / "events.parquet"
    assert run("export", "--db", str(db), "--format", "parquet", "--output", str(out)).returncode == 0
    import pandas as pd

    # GDELT rows are merged events (one per happening); the events table keeps every mention.
    assert len(pd.read_parquet(out)) >= len(tsv)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["events", "--where", "colour=red"], b"unknown filter 'colour'"),
        (["events", "--since", "2025-13-45"], b"since"),
        (["search", '"unterminated'], b"search"),
        (["show", "0000000000000000"], b"no article"),
        (["export", "--format", "parquet"], b"--output"),
    ],
)
def test_query_bad_input_gives_one_line_error(db: Path, args: list[str], message: bytes) -> None:
    result = run(*args, "--db", str(db))
    assert result.returncode in (1, 2)
    assert b"Traceback" not in result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_query_events_from_input_files_without_a_store(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsgraph", "events", str(EXAMPLES / "dump_wire_single.txt"), "--format", "gdelt"],
        capture_output=True, cwd=tmp_path, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    assert all(len(line.split("\t")) == 61 for line in result.stdout.decode().splitlines())
    assert not (tmp_path / "newsgraph.db").exists()
