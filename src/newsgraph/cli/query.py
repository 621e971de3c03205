"""Query commands over the store: events, quotes, actors, search, show, stats.

`events` and `quotes` also take input files: then the files are run through the pipeline
into a temporary store first, so the output has exactly the shape of a stored query.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.ingest import DbOpt
from newsgraph.cli.options import (
    ConfigOpt,
    RowsFormatOpt,
    SetOpt,
    settings_from,
    with_event_filters,
    with_quote_filters,
)
from newsgraph.cli.paging import LimitOpt, Pager
from newsgraph.cli.render import Format, render
from newsgraph.cli.show import article_row, print_article
from newsgraph.ingestion import scratch_store
from newsgraph.serialize import stored_event_dict, stored_quote_dict
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store
from newsgraph.store.query import article_id as full_id
from newsgraph.store.query import parse_filters

Paths = Annotated[
    list[str] | None, typer.Argument(help="Input files to analyse instead of querying the store.")
]
FormatOpt = Annotated[
    str, typer.Option("--format", "-f", help="table, json, jsonl or csv (events also: gdelt).")
]
Opt = typer.Option

EVENT_COLUMNS = ("day", "source_name", "source_code", "cameo", "plover", "target_name", "target_code",
                 "goldstein", "quad_class", "place_name", "negated", "evidence_text", "article_id")  # fmt: skip
QUOTE_COLUMNS = ("article_day", "speaker_name", "speaker_code", "via", "cue", "direct", "text", "article_id")


@contextmanager
def _store(settings: Settings, paths: list[str] | None) -> Iterator[Store]:
    if not paths:
        with open_store(settings.db, read_only=True) as store:
            yield store
        return
    with scratch_store(paths, settings) as store:
        for err in store.errors(limit=10_000):
            typer.echo(f"error: {err.uri}: [{err.stage}] {err.reason}", err=True)
        yield store


def _format(value: str) -> Format | None:
    try:
        return Format(value)
    except ValueError:
        return None


@app.command()
@with_event_filters
def events(
    paths: Paths = None,
    filters: dict[str, str] | None = None,
    where: Annotated[list[str] | None, Opt("--where", help="Any filter as NAME=VALUE (repeatable).")] = None,
    limit: LimitOpt = None,
    format: FormatOpt = "table",
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Coded events (CAMEO, PLOVER, Goldstein, QuadClass) from the store or from input files."""
    settings = settings_from(config, set_, db=db)
    # `filters` holds the --NAME options `with_event_filters` adds, one per filter with an option.
    where_filters = (filters or {}) | parse_filters(where or [])
    with _store(settings, paths) as store:
        if format == "gdelt":
            store.export("gdelt", sys.stdout, where=where_filters)
            return 0
        fmt = _format(format)
        if fmt is None:
            raise typer.BadParameter(f"unknown format {format!r}", param_hint="--format")
        pager = Pager(lambda n, at: store.events(limit=n, offset=at, **where_filters), limit, fmt, 100)
        render((stored_event_dict(e) for e in pager), fmt, EVENT_COLUMNS, title="events")
        pager.note()
    return 0


@app.command()
@with_quote_filters
def quotes(
    paths: Paths = None,
    filters: dict[str, str] | None = None,
    limit: LimitOpt = None,
    format: RowsFormatOpt = Format.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Quotes with speaker, cue and chain of sources, from the store or from input files."""
    settings = settings_from(config, set_, db=db)
    with _store(settings, paths) as store:
        pager = Pager(lambda n, at: store.quotes(limit=n, offset=at, **(filters or {})), limit, format, 100)
        render((stored_quote_dict(q) for q in pager), format, QUOTE_COLUMNS, title="quotes")
        pager.note()
    return 0


@app.command()
def actors(
    limit: LimitOpt = None,
    format: RowsFormatOpt = Format.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """The most frequent actors and their codes."""
    settings = settings_from(config, set_, db=db)
    with open_store(settings.db, read_only=True) as store:
        pager = Pager(lambda n, at: store.actors(limit=n, offset=at), limit, format, 50)
        rows = (dataclasses.asdict(r) for r in pager)
        render(rows, format, ("name", "code", "kind", "articles", "mentions"), title="actors")
        pager.note()
    return 0


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='FTS5 query: words, "phrases", OR, NOT, prefix*.')],
    limit: LimitOpt = None,
    format: RowsFormatOpt = Format.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Full-text search over articles, ranked, with snippets."""
    settings = settings_from(config, set_, db=db)
    with open_store(settings.db, read_only=True) as store:
        pager = Pager(lambda n, at: store.search(query, limit=n, offset=at), limit, format, 20)
        rows = (dataclasses.asdict(r) for r in pager)
        columns = ("article_id", "day", "title", "snippet")
        render(rows, format, columns, title=f"search: {query}", snippets=("snippet",))
        pager.note()
    return 0


@app.command()
def show(
    article_id: Annotated[
        str,
        typer.Argument(help="Article id, or any unique start of one (see `search`, `events` or `quotes`)."),
    ],
    format: Annotated[
        Format, Opt("--format", "-f", help="table (text with marks), json, jsonl or csv.")
    ] = Format.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """One article with its entities, events and quotes marked in the text."""
    settings = settings_from(config, set_, db=db)
    with open_store(settings.db, read_only=True) as store:
        view = store.article(full_id(store, article_id))
    if format is Format.table:
        print_article(view)
    else:
        row = article_row(view)
        render([row], format, tuple(row), title="article")
    return 0


@app.command()
def stats(
    format: RowsFormatOpt = Format.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """How many documents, articles, entities, events, quotes and errors the store holds."""
    settings = settings_from(config, set_, db=db)
    with open_store(settings.db, read_only=True) as store:
        row = dataclasses.asdict(store.stats())
        render([row], format, tuple(row), title=str(settings.db))
    return 0
