"""Reads the API needs that `newsgraph.store.query` does not offer (yet): the article list.

Same rules as the store's queries: every user value is a bound parameter, the only SQL text
that varies is picked from fixed fragments here, bad input raises InvalidQuery.
"""

from __future__ import annotations

from typing import Any

from newsgraph.store.query import parse_day
from newsgraph.store.sqlite import Store

_ARTICLE_COLUMNS = (
    "a.id, a.title, a.source, a.url, a.published, a.day, a.agency, a.dateline, a.language, a.skipped, a.duplicate_of, "
    "(SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS events, "
    "(SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id) AS quotes, "
    "(SELECT COUNT(*) FROM entities n WHERE n.article_id = a.id) AS entities"
)


def _escape(value: str) -> str:
    """`value` with LIKE's own wildcards (and the escape character) taken literally."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(value: str) -> str:
    return f"%{_escape(value)}%"


def _article_where(
    *,
    since: str | None,
    until: str | None,
    actor: str | None,
    agency: str | None,
    language: str | None,
    ids: list[str] | None = None,
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if since:
        clauses.append("a.day >= ?")
        params.append(parse_day(since, "since"))
    if until:
        clauses.append("a.day <= ? AND a.day != ''")
        params.append(parse_day(until, "until", end=True))
    if actor:
        pattern = _like(actor)
        clauses.append(
            "EXISTS (SELECT 1 FROM entities n WHERE n.article_id = a.id "
            "AND (n.name LIKE ? ESCAPE '\\' OR n.code LIKE ? ESCAPE '\\'))"
        )
        params += [pattern, _escape(actor.strip().upper()) + "%"]
    if agency:
        clauses.append("a.agency = ? COLLATE NOCASE")
        params.append(agency.strip())
    if language:
        clauses.append("a.language = ? COLLATE NOCASE")
        params.append(language.strip())
    if ids is not None:
        clauses.append(f"a.id IN ({', '.join('?' * len(ids))})" if ids else "0")
        params += ids
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


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
) -> dict[str, Any]:
    """A page of articles, newest first (undated last), with counts of their events, quotes
    and entities, the total matching, and the offset of the next page."""
    where, params = _article_where(since=since, until=until, actor=actor, agency=agency, language=language)
    total = store.conn.execute(f"SELECT COUNT(*) FROM articles a{where}", params).fetchone()[0]
    rows = store.conn.execute(
        f"SELECT {_ARTICLE_COLUMNS} FROM articles a{where} "
        "ORDER BY a.day = '' , a.day DESC, a.pk DESC LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    items = [dict(r) for r in rows]
    following = offset + len(items)
    return {"items": items, "total": total, "next_offset": following if following < total else None}


def articles_by_id(store: Store, ids: list[str]) -> list[dict[str, Any]]:
    """The listed articles, in the order of `ids` (those not stored are left out)."""
    if not ids:
        return []
    where, params = _article_where(since=None, until=None, actor=None, agency=None, language=None, ids=ids)
    rows = {
        r["id"]: dict(r)
        for r in store.conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles a{where}", params)
    }
    return [rows[i] for i in ids if i in rows]


def article_ids_for_documents(store: Store, hashes: list[str]) -> list[str]:
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


def errors_for_documents(store: Store, hashes: list[str]) -> list[dict[str, Any]]:
    """Failures recorded for the documents with these content hashes (extraction, analysis)."""
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
