"""Routes for events, quotes and actors, and what is counted from them: store statistics, the
event timeline and the actor network."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from newsgraph.api.deps import Config, EventFilters, QuoteFilters, ReadStore
from newsgraph.api.models import (
    ERRORS,
    ActorPage,
    EventPage,
    NetworkOut,
    QuotePage,
    StatsOut,
    TimelineOut,
)
from newsgraph.serialize import plain, stored_event_dict, stored_quote_dict
from newsgraph.store import query

router = APIRouter(tags=["events"])


@router.get(
    "/events", response_model=EventPage, responses=ERRORS, summary="Events matching filters, newest first"
)
def list_events(
    store: ReadStore,
    filters: EventFilters,
    limit: Annotated[int, Query(ge=1, le=1000, description="Events per page.")] = 100,
    cursor: Annotated[
        str | None,
        Query(description="`next_cursor` of the previous page.", max_length=100, examples=["2025-03-04~17"]),
    ] = None,
) -> dict[str, object]:
    """The filters are the ones `newsgraph events` takes. Page with `cursor`: it stays
    correct while an ingest adds events (an offset would not)."""
    page = query.events(store, limit=limit, cursor=cursor, **filters)
    return {"items": [stored_event_dict(e) for e in page], "next_cursor": query.next_cursor(page, limit)}


@router.get("/quotes", response_model=QuotePage, responses=ERRORS, summary="Quotes, newest article first")
def list_quotes(
    store: ReadStore,
    filters: QuoteFilters,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, object]:
    """Quotes with their speaker, cue verb and chain of reporting sources (`via`)."""
    found = query.quotes(store, limit=limit, offset=offset, **filters)
    return {"items": [stored_quote_dict(q) for q in found]}


@router.get("/actors", response_model=ActorPage, responses=ERRORS, summary="Most frequent actors")
def list_actors(
    store: ReadStore,
    name: Annotated[str | None, Query(description="Name substring or code.", max_length=200)] = None,
    kind: Annotated[
        str | None,
        Query(description="person, organisation, country, place or media", pattern=r"^[a-z]{1,20}$"),
    ] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-3.", pattern=r"^[A-Za-z]{3}$")] = None,
    coded_only: Annotated[bool, Query(description="Only actors with a CAMEO code.")] = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> dict[str, object]:
    """Entities grouped by name and code, by the number of articles mentioning them."""
    found = query.actors(
        store,
        name=name,
        kind=kind,
        country=country.upper() if country else None,
        coded_only=coded_only,
        limit=limit,
    )
    return {"items": plain(found)}


@router.get("/stats", response_model=StatsOut, responses=ERRORS, summary="What the store holds")
def stats(store: ReadStore, cfg: Config) -> dict[str, object]:
    out: dict[str, object] = plain(query.stats(store))
    out["analysed_languages"] = sorted(cfg.settings.language_set)
    return out


@router.get(
    "/stats/timeline", response_model=TimelineOut, responses=ERRORS, summary="Events per day by QuadClass"
)
def timeline(store: ReadStore, filters: EventFilters) -> dict[str, object]:
    """Counts per day (oldest first) split into the four QuadClasses; takes the /events filters.
    Undated events are left out."""
    points = query.timeline(store, **filters)
    return {"items": [{**plain(p), "total": p.total} for p in points]}


@router.get("/stats/network", response_model=NetworkOut, responses=ERRORS, summary="Actor to actor edges")
def network(
    store: ReadStore,
    filters: EventFilters,
    by: Annotated[
        Literal["code", "name"], Query(description="Merge actors sharing a CAMEO code, or keep names apart.")
    ] = "code",
    min_events: Annotated[int, Query(ge=1, le=100_000, description="Drop edges with fewer events.")] = 1,
    limit: Annotated[int, Query(ge=1, le=2000, description="Most frequent edges kept.")] = 300,
) -> dict[str, object]:
    """Source -> target edges with their event count, mean Goldstein score and number of
    conflict events; takes the /events filters."""
    edges = query.network(store, by=by, min_events=min_events, limit=limit, **filters)
    return {"edges": plain(edges)}
