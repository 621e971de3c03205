"""What routes share: the app's configuration, store connections and the event and quote filters.

Each request opens its own SQLite connection (cheap: a file open and a few pragmas) and
closes it when done, so no connection is ever shared between the server's threads. Reads
open the store read-only whatever the server mode: a route that only reads can then not
write even by mistake, and SQLite enforces it.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Query, Request

from newsgraph.errors import ReadOnly
from newsgraph.settings import Settings
from newsgraph.store.filters import EVENT_FILTER_TABLE, QUOTE_FILTER_TABLE, EventFilter
from newsgraph.store.sqlite import Store, open_store


@dataclass
class ApiConfig:
    db_path: Path
    read_only: bool
    settings: Settings
    # spaCy pipelines are not safe to run from two threads at once, and SQLite takes one
    # writer at a time anyway: ingests queue here instead of failing on a busy database.
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)


def config(request: Request) -> ApiConfig:
    cfg: ApiConfig = request.app.state.config
    return cfg


def reader(request: Request) -> Iterator[Store]:
    store = open_store(config(request).db_path, read_only=True)
    try:
        yield store
    finally:
        store.close()


def writer(request: Request) -> Iterator[Store]:
    cfg = config(request)
    if cfg.read_only:
        raise ReadOnly("this server is read-only (started with --read-only); it accepts no new documents")
    store = open_store(cfg.db_path)
    try:
        yield store
    finally:
        store.close()


ReadStore = Annotated[Store, Depends(reader)]
WriteStore = Annotated[Store, Depends(writer)]
Config = Annotated[ApiConfig, Depends(config)]


def _query_parameter(f: EventFilter) -> inspect.Parameter:
    query = Query(
        description=f.help or None,
        pattern=f.pattern,
        max_length=f.max_length,
        ge=f.low,
        le=f.high,
        examples=[f.example] if f.example else None,
    )
    # The annotation is built at run time from the table, which mypy cannot follow.
    annotation = Annotated[f.kind | None, query]  # type: ignore[name-defined]
    return inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=annotation)


def event_filters(**values: Any) -> dict[str, Any]:
    """The event filters `newsgraph events` takes, as keyword arguments for the store: one
    query parameter per filter of the table in `newsgraph.store.filters`."""
    return {k: v for k, v in values.items() if v is not None and v != ""}


def quote_filters(**values: Any) -> dict[str, Any]:
    """The quote filters, as keyword arguments for the store: one query parameter per filter
    of the quote table in `newsgraph.store.filters`."""
    return event_filters(**values)


# FastAPI reads a dependency's parameters from its signature: each one is made from its table.
for _dependency, _table in ((event_filters, EVENT_FILTER_TABLE), (quote_filters, QUOTE_FILTER_TABLE)):
    _dependency.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [_query_parameter(f) for f in _table if f.query], return_annotation=dict[str, Any]
    )
EventFilters = Annotated[dict[str, Any], Depends(event_filters)]
QuoteFilters = Annotated[dict[str, Any], Depends(quote_filters)]
