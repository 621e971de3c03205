"""`newsgraph export`: GDELT rows of 61 columns, Parquet files, every table in the line-based
formats, and the usage errors; docs/cli.md names every format and table."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from newsgraph.store.tables import TABLES
from tests.cli.conftest import newsgraph

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.model
def test_export_gdelt_has_61_columns_and_parquet_every_event(examples_db: Path, tmp_path: Path) -> None:
    tsv = newsgraph("export", "--db", str(examples_db), "--format", "gdelt").stdout.splitlines()
    assert tsv and all(len(line.split("\t")) == 61 for line in tsv)
    out = tmp_path / "events.parquet"
    result = newsgraph("export", "--db", str(examples_db), "--format", "parquet", "--output", str(out))
    assert result.exit_code == 0 and result.stderr.endswith(f"rows written to {out}\n")
    # GDELT rows are merged events (one per happening); the events table keeps every mention.
    assert len(pd.read_parquet(out)) >= len(tsv)


def test_export_tables_as_jsonl_and_filtered_events(sample_db: Path) -> None:
    articles = newsgraph("export", "--db", str(sample_db), "--table", "articles", "-f", "jsonl").stdout
    assert len(articles.splitlines()) == 20 and all("title" in json.loads(a) for a in articles.splitlines())
    events = newsgraph(
        "export", "--db", str(sample_db), "-f", "csv", "--where", "country=EST"
    ).stdout.splitlines()
    every = newsgraph("export", "--db", str(sample_db), "-f", "csv").stdout.splitlines()
    assert events[0] == every[0] and 1 < len(events) < len(every)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "parquet"], "parquet needs an output file or directory (--output PATH)"),
        (["--format", "gdelt", "--table", "articles"], "gdelt exports the events table only"),
        (["--format", "csv", "--table", "articles", "--include-hypothetical"], "events table only"),
    ],
)
def test_export_usage_errors(sample_db: Path, args: list[str], message: str) -> None:
    result = newsgraph("export", "--db", str(sample_db), *args)
    assert result.exit_code == 2 and message in result.stderr and not result.stdout


def test_export_docs_describe_every_format_and_every_table() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `--format`, `-f` \|(.*)\|$", text, flags=re.M)
    assert rows and all(r.strip() for r in rows)
    (tables,) = re.findall(r"^\| `--table` \|(.*)\|$", text, flags=re.M)
    assert all(name in tables for name in TABLES)
