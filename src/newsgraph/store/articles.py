"""Article listings: a filtered page of articles, articles by id, and what one ingest stored.

The reads behind the API's article list and upload report, and `Store.articles` in Python.
Same rules as the store's other queries (newsgraph.store.query): every user value is a bound
parameter, the SQL text is chosen from fixed fragments here, bad input raises InvalidQuery.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from newsgraph.store.filters import _like, _limit, _Where, parse_day
from newsgraph.store.records import ArticlePage, ArticleSummary

if TYPE_CHECKING:
    from newsgraph.store.sqlite import Store

_SELECT = (
    "SELECT a.id, a.title, a.source, a.url, a.published, a.day, a.agency, a.dateline, a.language, "
    "a.skipped, a.duplicate_of, "
    "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events, "
    "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, "
    "(SELECT COUNT(*) FROM entities n WHERE n.article_id = a.id) AS entities "
    "FROM articles a"
)


def _where(
    since: str | None, until: str | None, actor: str | None, agency: str | None, language: str | None
) -> _Where:
    w = _Where()
    if since:
        w.add("a.day >= ?", parse_day(since, "since"))
    if until:
        w.add("a.day <= ? AND a.day != ''", parse_day(until, "until", end=True))
    if actor:
        # A name holding the text, or a code starting with it (the pattern without its
        # leading %: a prefix).
        w.add(
            "EXISTS (SELECT 1 FROM entities n WHERE n.article_id = a.id "
            "AND (n.name LIKE ? ESCAPE '\\' OR n.code LIKE ? ESCAPE '\\'))",
            _like(actor),
            _like(actor.strip().upper())[1:],
        )
    if agency:
        w.add("a.agency = ? COLLATE NOCASE", agency.strip())
    if language:
        w.add("a.language = ? COLLATE NOCASE", language.strip())
    return w


def _summary(row: sqlite3.Row) -> ArticleSummary:
    return ArticleSummary(**dict(row))


def list_articles(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    agency: str | None = None,
    language: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> ArticlePage:
    """A page of articles, newest first (undated last), with counts of their events, quotes
    and entities, the total matching, and the offset of the next page."""
    limit, offset = _limit(limit, offset)
    w = _where(since, until, actor, agency, language)
    total = store.conn.execute(f"SELECT COUNT(*) FROM articles a{w.sql}", w.params).fetchone()[0]
    rows = store.conn.execute(
        f"{_SELECT}{w.sql} ORDER BY a.day = '' , a.day DESC, a.pk DESC LIMIT ? OFFSET ?",
        [*w.params, limit, offset],
    )
    items = [_summary(r) for r in rows]
    following = offset + len(items)
    return ArticlePage(items, total, following if following < total else None)


def articles_by_id(store: Store, ids: list[str]) -> list[ArticleSummary]:
    """The listed articles, in the order of `ids` (those not stored are left out)."""
    if not ids:
        return []
    found = {
        r["id"]: _summary(r)
        for r in store.conn.execute(f"{_SELECT} WHERE a.id IN ({', '.join('?' * len(ids))})", ids)
    }
    return [found[i] for i in ids if i in found]


def article_ids_for_documents(store: Store, hashes: Iterable[str]) -> list[str]:
    """Ids of the articles stored from the documents with these content hashes, in order."""
    ids: list[str] = []
    for content_hash in dict.fromkeys(hashes):
        ids += [
            r[0]
            for r in store.conn.execute(
                "SELECT a.id FROM articles a JOIN documents d ON d.id = a.document_id "
                "WHERE d.content_hash = ? ORDER BY a.pk",
                (content_hash,),
            )
        ]
    return ids


def errors_for_documents(store: Store, hashes: Iterable[str]) -> list[dict[str, Any]]:
    """Failures recorded for the documents with these content hashes (extraction, analysis),
    as {uri, stage, reason, source_id} like `serialize.error_dict`."""
    out: list[dict[str, Any]] = []
    for content_hash in dict.fromkeys(hashes):
        out += [
            dict(r)
            for r in store.conn.execute(
                "SELECT e.uri, e.stage, e.reason, NULLIF(e.source_id, '') AS source_id FROM errors e "
                "JOIN documents d ON d.id = e.document_id WHERE d.content_hash = ? ORDER BY e.id",
                (content_hash,),
            )
        ]
    return out
