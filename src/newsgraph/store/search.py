"""Full-text search over articles and quotes (SQLite FTS5), ranked by bm25, with snippets.

Queries use FTS5 syntax: words, "phrases", AND/OR/NOT, prefix*, NEAR(...). A malformed query
raises `InvalidQuery` with SQLite's reason and a hint, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from typing import TYPE_CHECKING, Any

from newsgraph.errors import InvalidQuery
from newsgraph.store.filters import _limit, _Where, parse_day
from newsgraph.store.records import QuoteHit, SearchHit

if TYPE_CHECKING:
    from newsgraph.store.sqlite import Store

# SQLite marks matches with these control characters, which cleaned article text never holds, so a
# bracket the article itself contains is never taken for a match; `_marked` turns them into [ and ].
_OPEN, _CLOSE = "\x02", "\x03"
_SNIPPET = f"'{_OPEN}', '{_CLOSE}', '…', 16"


def _marked(raw: str | None) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The snippet with each match wrapped in [ and ], and where those wrapped matches are
    (offsets into the returned text, brackets included)."""
    out: list[str] = []
    matches: list[tuple[int, int]] = []
    at = start = 0
    for piece in re.split(f"({_OPEN}|{_CLOSE})", raw or ""):
        if piece == _OPEN:
            start = at
            piece = "["
        elif piece == _CLOSE:
            piece = "]"
            matches.append((start, at + 1))
        out.append(piece)
        at += len(piece)
    return "".join(out), tuple(matches)


def _fts(store: Store, sql: str, params: list[Any], query: str) -> list[sqlite3.Row]:
    if not query.strip():
        raise InvalidQuery("full-text query is empty")
    try:
        return store.conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        message = str(exc)
        if "fts5" in message or "no such column" in message or "unterminated" in message:
            raise InvalidQuery(
                f"full-text query {query!r} is not valid ({message}); put words in double quotes to search them literally"
            ) from None
        raise


def search(
    store: Store,
    query: str,
    *,
    limit: int = 20,
    offset: int = 0,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
) -> list[SearchHit]:
    """Full-text search over article titles and text (SQLite FTS5 syntax: words, "phrases",
    AND/OR/NOT, prefix*, NEAR), best match first (bm25, title weighted 5x), with snippets."""
    limit, offset = _limit(limit, offset)
    w = _Where()
    w.add("articles_fts MATCH ?", query)
    join = ""
    if since or until:
        join = " JOIN articles a ON a.pk = articles_fts.rowid"
        if since:
            w.add("a.day >= ?", parse_day(since, "since"))
        if until:
            w.add("a.day <= ? AND a.day != ''", parse_day(until, "until", end=True))
    # Rank first, snippets after: SQLite evaluates the select list before sorting, so a
    # snippet() beside ORDER BY would be built for every matching article, not just one page.
    ranked = _fts(
        store,
        f"SELECT articles_fts.rowid AS pk, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts{join}{w.sql} "
        "ORDER BY score LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
        query,
    )
    if not ranked:
        return []
    rank_of = {r["pk"]: r["score"] for r in ranked}
    position = {pk: i for i, pk in enumerate(rank_of)}
    marks = ", ".join("?" * len(rank_of))
    rows = store.conn.execute(
        f"SELECT a.pk, a.id, a.title, a.day, a.source, a.url, snippet(articles_fts, 1, {_SNIPPET}) AS snippet "
        f"FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid "
        f"WHERE articles_fts MATCH ? AND articles_fts.rowid IN ({marks})",
        [query, *rank_of],
    ).fetchall()
    rows = sorted(rows, key=lambda r: position[r["pk"]])
    return [
        SearchHit(r["id"], r["title"], r["day"], r["source"], r["url"], *_marked(r["snippet"]), rank_of[r["pk"]])
        for r in rows
    ]


def search_quotes(store: Store, query: str, *, limit: int = 20, offset: int = 0) -> list[QuoteHit]:
    """Full-text search over quotes and their speakers' names, best match first."""
    limit, offset = _limit(limit, offset)
    ranked = _fts(
        store,
        "SELECT rowid AS id, bm25(quotes_fts) AS score FROM quotes_fts WHERE quotes_fts MATCH ? "
        "ORDER BY score LIMIT ? OFFSET ?",
        [query, limit, offset],
        query,
    )
    if not ranked:
        return []
    rank_of = {r["id"]: r["score"] for r in ranked}
    marks = ", ".join("?" * len(rank_of))
    rows = store.conn.execute(
        f"SELECT q.id, q.article_id, q.speaker_name, snippet(quotes_fts, 0, {_SNIPPET}) AS snippet "
        f"FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH ? AND quotes_fts.rowid IN ({marks})",
        [query, *rank_of],
    ).fetchall()
    by_id = {r["id"]: r for r in rows}
    return [
        QuoteHit(i, by_id[i]["article_id"], by_id[i]["speaker_name"], *_marked(by_id[i]["snippet"]), rank)
        for i, rank in rank_of.items()
        if i in by_id
    ]
