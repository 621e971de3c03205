"""What routes share: the app's configuration, store connections and the event filters.

Each request opens its own SQLite connection (cheap: a file open and a few pragmas) and
closes it when done, so no connection is ever shared between the server's threads. Reads
open the store read-only whatever the server mode: a route that only reads can then not
write even by mistake, and SQLite enforces it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Query, Request

from newsgraph.errors import ReadOnly
from newsgraph.settings import Settings
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

_DAY = r"^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
_TEXT = {"max_length": 300}
_ISO3 = r"^[A-Za-z]{3}$"


def event_filters(
    actor: Annotated[
        str | None,
        Query(
            description="Actor name (substring) or code prefix, either side.", examples=["Virtanen"], **_TEXT
        ),
    ] = None,
    country: Annotated[
        str | None,
        Query(description="ISO 3166-1 alpha-3 country of either actor.", examples=["FIN"], pattern=_ISO3),
    ] = None,
    source_country: Annotated[
        str | None, Query(description="Source actor's country (ISO3).", pattern=_ISO3)
    ] = None,
    target_country: Annotated[
        str | None, Query(description="Target actor's country (ISO3).", pattern=_ISO3)
    ] = None,
    cameo: Annotated[
        str | None,
        Query(description="CAMEO code prefix (e.g. 04, 042).", pattern=r"^\d{2,4}$", examples=["042"]),
    ] = None,
    root: Annotated[
        str | None,
        Query(description="CAMEO root class, 01 to 20.", pattern=r"^(0[1-9]|1\d|20)$", examples=["03"]),
    ] = None,
    plover: Annotated[
        str | None, Query(description="PLOVER event type.", examples=["CONSULT"], max_length=40)
    ] = None,
    quad_class: Annotated[
        int | None,
        Query(
            description="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict.",
            ge=1,
            le=4,
        ),
    ] = None,
    since: Annotated[
        str | None,
        Query(description="First day (YYYY, YYYY-MM or YYYY-MM-DD).", pattern=_DAY, examples=["2025-01-01"]),
    ] = None,
    until: Annotated[
        str | None, Query(description="Last day, inclusive.", pattern=_DAY, examples=["2025-12-31"])
    ] = None,
    place: Annotated[
        str | None, Query(description="Place name of the event.", examples=["Tallinn"], **_TEXT)
    ] = None,
    text: Annotated[str | None, Query(description="Words in the evidence sentence.", **_TEXT)] = None,
    min_tone: Annotated[
        float | None, Query(description="Lowest evidence-sentence tone.", ge=-100, le=100)
    ] = None,
    max_tone: Annotated[
        float | None, Query(description="Highest evidence-sentence tone.", ge=-100, le=100)
    ] = None,
    article_id: Annotated[
        str | None, Query(description="Only this article's events.", max_length=100)
    ] = None,
) -> dict[str, Any]:
    """The event filters the CLI's `newsgraph events` takes, as keyword arguments for the store."""
    values: dict[str, Any] = {
        "actor": actor,
        "country": country.upper() if country else None,
        "source_country": source_country.upper() if source_country else None,
        "target_country": target_country.upper() if target_country else None,
        "cameo": cameo,
        "root": root,
        "plover": plover.upper() if plover else None,
        "quad_class": quad_class,
        "since": since,
        "until": until,
        "place": place,
        "text": text,
        "min_tone": min_tone,
        "max_tone": max_tone,
        "article_id": article_id,
    }
    return {k: v for k, v in values.items() if v is not None and v != ""}


EventFilters = Annotated[dict[str, Any], Depends(event_filters)]
