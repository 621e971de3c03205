"""Render rows (plain dicts) as a Rich table, JSON, JSONL or CSV on stdout."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _cell(value: Any, width: int = 60) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        text = "; ".join(_cell(v, width) for v in value)
    elif isinstance(value, dict) and "name" in value:
        text = str(value["name"])  # an actor reference reads as its name in a table
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def render(
    rows: Iterable[dict[str, Any]],
    fmt: Format,
    columns: Sequence[str],
    *,
    title: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Write rows; tables and CSV show `columns`, JSON and JSONL the whole record. Returns the count."""
    stream = out or sys.stdout
    count = 0
    if fmt is Format.jsonl:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    elif fmt is Format.json:
        items = list(rows)
        json.dump(items, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        count = len(items)
    elif fmt is Format.csv:
        writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _cell(row.get(c), 10_000) for c in columns})
            count += 1
    else:
        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(row.get(c)) for c in columns))
            count += 1
        Console(file=stream, width=max(160, Console().width)).print(table)
    return count
