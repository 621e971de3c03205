"""Routes for articles: list, read one with its spans, full-text search."""

from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Path, Query

from newsgraph.api.deps import ReadStore
from newsgraph.api.models import (
    ERRORS,
    NOT_FOUND,
    ArticleDetailOut,
    ArticlePage,
    SearchPage,
)
from newsgraph.errors import InvalidQuery
from newsgraph.serialize import article_view_dict, plain
from newsgraph.store import articles, query
from newsgraph.store.filters import DAY_PATTERN

router = APIRouter(tags=["articles"])


@router.get("/articles", response_model=ArticlePage, responses=ERRORS, summary="List articles")
def list_articles(
    store: ReadStore,
    since: Annotated[
        str | None, Query(description="Published on or after (YYYY[-MM[-DD]]).", pattern=DAY_PATTERN)
    ] = None,
    until: Annotated[
        str | None, Query(description="Published on or before, inclusive.", pattern=DAY_PATTERN)
    ] = None,
    actor: Annotated[
        str | None,
        Query(description="Articles mentioning an actor (name substring or code prefix).", max_length=200),
    ] = None,
    agency: Annotated[str | None, Query(description="News agency (exact, any case).", max_length=100)] = None,
    language: Annotated[str | None, Query(description="Language code, e.g. en.", max_length=10)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, object]:
    """Articles newest first, with counts of what was found in each."""
    page = articles.list_articles(
        store,
        since=since,
        until=until,
        actor=actor,
        agency=agency,
        language=language,
        limit=limit,
        offset=offset,
    )
    return plain(page)  # type: ignore[no-any-return]


@router.get(
    "/articles/{article_id}",
    response_model=ArticleDetailOut,
    responses={**ERRORS, **NOT_FOUND},
    summary="Read one article with its entities, events, quotes, places and dates",
)
def get_article(store: ReadStore, article_id: Annotated[str, Path(max_length=200)]) -> dict[str, object]:
    """The canonical text and every span found in it. Offsets are character offsets into
    `text`; `marks` lists all of them, sorted, ready to highlight."""
    return article_view_dict(query.article(store, article_id))


@router.get("/search", response_model=SearchPage, responses=ERRORS, summary="Full-text search over articles")
def search(
    store: ReadStore,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=500,
            description='SQLite FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*.',
            examples=["radar border"],
        ),
    ],
    since: Annotated[str | None, Query(pattern=DAY_PATTERN)] = None,
    until: Annotated[str | None, Query(pattern=DAY_PATTERN)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> dict[str, object]:
    """Best match first (bm25, title weighted 5x); `snippet` wraps matched words in [ and ]."""
    try:
        hits = query.search(store, q, limit=limit, offset=offset, since=since, until=until)
    except sqlite3.OperationalError as exc:
        # FTS5 reports some malformed queries ("*" alone) in words store.query does not
        # yet recognise as syntax errors; they are the client's mistake, not a server fault.
        if not any(word in str(exc) for word in ("special query", "syntax error", "fts5")):
            raise
        raise InvalidQuery(
            f"full-text query {q!r} is not valid ({exc}); put words in double quotes"
        ) from None
    return {"items": plain(hits)}
