"""Render rows (plain dicts) as a Rich table, JSON, JSONL or CSV on stdout."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

# Columns holding article ids show this many characters in a table; `show` takes any unique prefix.
SHORT_ID = 8
# A search snippet wraps each matched word in [ and ] and says where (`matches`); a table shows this many
# characters around the first.
SNIPPET_WIDTH = 60


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _plain(value: Any) -> Any:
    """JSON for what `json` cannot write itself: dates as ISO text, sets and tuples as lists."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    return str(value)


def dumps(value: Any, **options: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_plain, **options)


def _cell(value: Any, width: int = 60) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        text = "; ".join(_cell(v, width) for v in value)
    elif isinstance(value, dict) and "name" in value:
        text = str(value["name"])  # an actor reference reads as its name in a table
    elif isinstance(value, dict):
        text = dumps(value)
    elif isinstance(value, dt.date | dt.datetime):
        text = value.isoformat()
    else:
        text = str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


Matches = Sequence[Sequence[int]]


def _bracketed(snippet: str) -> list[tuple[int, int]]:
    """[match] spans read from the brackets, for rows that carry no `matches` of their own."""
    out: list[tuple[int, int]] = []
    start = snippet.find("[")
    while start >= 0:
        end = snippet.find("]", start)
        if end < 0:
            break
        out.append((start, end + 1))
        start = snippet.find("[", end)
    return out


def centred(snippet: str, matches: Matches | None = None, width: int = SNIPPET_WIDTH) -> tuple[str, Matches]:
    """The part of `snippet` around its first match, at most `width` characters, so a table never
    cuts the snippet before the word that was searched for; with the matches moved to that part.
    `matches` are the search's own (start, end) offsets; without them the brackets are read."""
    # One space for each line break keeps the offsets: paragraph breaks would split the table row.
    snippet = "".join(" " if ch.isspace() else ch for ch in snippet)
    spans = [(int(s), int(e)) for s, e in matches] if matches is not None else _bracketed(snippet)
    if len(snippet) <= width:
        return snippet, spans
    if not spans:
        return snippet[: width - 1] + "…", []
    start, end = spans[0]
    left = max(0, min(start - (width - (end - start)) // 2, len(snippet) - width))
    out = snippet[left : left + width]
    if left > 0:
        out = "…" + out[1:]
    if left + width < len(snippet):
        out = out[:-1] + "…"
    shown = [(max(s - left, 0), min(e - left, width)) for s, e in spans if e > left and s < left + width]
    return out, shown


def highlighted(snippet: str, matches: Matches | None = None) -> Text:
    """A snippet as Rich text: the brackets stay (they are what a pipe or a log shows) and each
    match is styled on a terminal. Never parsed as Rich markup."""
    text = Text(snippet)
    for start, end in matches if matches is not None else _bracketed(snippet):
        text.stylize("bold reverse", start, end)
    return text


def _table_cell(column: str, value: Any, snippets: Sequence[str], row: dict[str, Any]) -> Text:
    if column in snippets and isinstance(value, str):
        return highlighted(*centred(value, row.get("matches")))
    if column == "article_id" and isinstance(value, str):
        return Text(value[:SHORT_ID])
    # Text, not str: Rich would read "[treaty]" in a cell as a style tag and swallow it.
    return Text(_cell(value))


def render(
    rows: Iterable[dict[str, Any]],
    fmt: Format,
    columns: Sequence[str],
    *,
    title: str | None = None,
    out: TextIO | None = None,
    snippets: Sequence[str] = (),
) -> int:
    """Write rows; tables and CSV show `columns`, JSON and JSONL the whole record. Returns the count.
    In a table, `snippets` columns are search snippets: centred on the match and highlighted."""
    stream = out or sys.stdout
    count = 0
    if fmt is Format.jsonl:
        for row in rows:
            stream.write(dumps(row) + "\n")
            count += 1
    elif fmt is Format.json:
        items = list(rows)
        stream.write(dumps(items, indent=2) + "\n")
        count = len(items)
    elif fmt is Format.csv:
        writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _cell(row.get(c), 10_000) for c in columns})
            count += 1
    else:
        table = Table(title=Text(title) if title else None, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for row in rows:
            table.add_row(*(_table_cell(c, row.get(c), snippets, row) for c in columns))
            count += 1
        Console(file=stream, width=max(160, Console().width)).print(table)
    return count
