"""Read queries over the store: the library functions behind the CLI's query commands and the API.

Every user value is bound as a parameter, never formatted into SQL; the only SQL text that
varies is chosen from fixed fragments in this module. Bad input raises `InvalidQuery` with a
one-line message (unknown filter, malformed date or code, full-text syntax error), a missing
article raises `NotFound`.

Events come back newest first (`day` descending, then id). Page with `offset`, or better with
`cursor=`: pass the `.cursor` of the last event of one page to get the next page; a cursor
stays correct while an ingest adds events, an offset does not.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from newsgraph.errors import InvalidQuery, NotFound
from newsgraph.store.filters import (
    EVENT_FILTERS,
    MAX_LIMIT,
    _check_names,
    _country,
    _event_where,
    _like,
    _limit,
    _Where,
    parse_day,
)
from newsgraph.store.records import (
    ActorCount,
    ArticleView,
    Edge,
    Mark,
    Stats,
    StoredError,
    StoredEvent,
    StoredQuote,
    TimelinePoint,
)
from newsgraph.store.resolve import aliases

# Full-text search lives in its own module; re-exported so callers find every query here.
from newsgraph.store.search import search, search_quotes

if TYPE_CHECKING:
    from newsgraph.store.sqlite import Store


_EVENT_SELECT = (
    "SELECT e.*, a.title AS article_title, a.url AS article_url, a.source AS article_source, "
    "a.source_id AS article_source_id, a.tone AS article_tone, "
    "m.num_mentions AS m_mentions, m.num_articles AS m_articles, m.num_sources AS m_sources, "
    "m.story_id AS m_story, "
    "CASE WHEN e.quote_start IS NULL THEN NULL "
    "ELSE substr(a.text, e.quote_start + 1, e.quote_end - e.quote_start) END AS quote_text "
    "FROM events e JOIN articles a ON a.id = e.article_id "
    "LEFT JOIN merged_events m ON m.id = e.merged_id"
)


def parse_filters(
    pairs: Iterable[str] | Mapping[str, Any], known: Mapping[str, type] = EVENT_FILTERS
) -> dict[str, Any]:
    """`["country=IRN", "root=03"]` or a query-string mapping -> typed keyword filters.

    The CLI's `--where NAME=VALUE` and the API's query parameters go through here, so an
    unknown name or a value of the wrong type fails the same way everywhere.
    """
    items = list(pairs.items()) if isinstance(pairs, Mapping) else [_split_pair(p) for p in pairs]
    out: dict[str, Any] = {}
    for name, raw in items:
        key = name.strip().replace("-", "_")
        if key not in known:
            raise InvalidQuery(f"unknown filter {name!r}; known: {', '.join(sorted(known))}")
        kind = known[key]
        try:
            out[key] = kind(raw)
        except (TypeError, ValueError):
            expected = {int: "an integer", float: "a number"}.get(kind, "text")
            raise InvalidQuery(f"filter {key} needs {expected}, got {raw!r}") from None
    return out


def _split_pair(pair: str) -> tuple[str, str]:
    name, sep, value = pair.partition("=")
    if not sep:
        raise InvalidQuery(f"filters take NAME=VALUE, got {pair!r}")
    return name, value


def _event_record(row: sqlite3.Row) -> StoredEvent:
    return StoredEvent(
        id=row["id"],
        article_id=row["article_id"],
        seq=row["seq"],
        day=row["day"],
        date=row["date"],
        date_precision=row["date_precision"],
        source_name=row["source_name"],
        source_code=row["source_code"],
        source_country=row["source_country"],
        source_role=row["source_role"],
        source_entity_id=row["source_entity_id"],
        target_name=row["target_name"],
        target_code=row["target_code"],
        target_country=row["target_country"],
        target_role=row["target_role"],
        target_entity_id=row["target_entity_id"],
        cameo=row["cameo"],
        base_code=row["base_code"],
        root=row["root"],
        plover=row["plover"],
        plover_mode=row["plover_mode"],
        goldstein=row["goldstein"],
        quad_class=row["quad_class"],
        negated=bool(row["negated"]),
        hypothetical=bool(row["hypothetical"]),
        confidence=row["confidence"],
        trigger=row["trigger"],
        evidence_start=row["evidence_start"],
        evidence_end=row["evidence_end"],
        evidence_text=row["evidence_text"],
        place_name=row["place_name"],
        place_country=row["place_country"],
        lat=row["place_lat"],
        lon=row["place_lon"],
        tone=row["tone"],
        article_title=row["article_title"],
        article_url=row["article_url"],
        article_source=row["article_source"],
        merged_id=row["merged_id"],
        num_mentions=row["m_mentions"] or row["num_mentions"],
        num_articles=row["m_articles"] or 1,
        num_sources=row["m_sources"] or 1,
        story_id=row["m_story"],
        quote_text=row["quote_text"],
        source_id=row["article_source_id"],
        place_feature=row["place_feature"],
        place_geonameid=row["place_geonameid"],
        tone_compound=row["tone_compound"],
        article_tone=row["article_tone"],
    )


def _cursor(value: str) -> tuple[str, int]:
    day, sep, ident = value.rpartition("~")
    if not sep or not ident.isdigit() or (day and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)):
        raise InvalidQuery(f"invalid cursor {value!r}: pass the .cursor of an event from a previous page")
    return day, int(ident)


def events(
    store: Store,
    *,
    limit: int = 100,
    offset: int = 0,
    cursor: str | None = None,
    **filters: Any,
) -> list[StoredEvent]:
    """Events matching every given filter, newest first.

    Filters: actor (substring of a source/target name or code), country (ISO3 of source or
    target), source_country, target_country, cameo (code prefix), root (01-20), plover,
    quad_class, since/until (YYYY[-MM[-DD]], inclusive), place (name substring or ISO3),
    text (substring of the evidence sentence), min_tone/max_tone (evidence sentence tone),
    article_id.
    """
    _check_names(filters)
    limit, offset = _limit(limit, offset)
    country = filters.pop("country", None)
    w = _event_where(**filters)
    if cursor:
        day, ident = _cursor(cursor)
        # The first term is a range the day indexes can use; the second only breaks ties.
        w.add("e.day <= ? AND (e.day < ? OR e.id < ?)", day, day, ident)
    order = "ORDER BY e.day DESC, e.id DESC"
    if not country:
        sql = f"{_EVENT_SELECT}{w.sql} {order} LIMIT ? OFFSET ?"
        return [_event_record(r) for r in store.conn.execute(sql, [*w.params, limit, offset])]
    # "source OR target is X": SQLite would fetch every event of X through both indexes and
    # sort them all. Instead take the newest `limit + offset` of each side, each an ordered
    # index scan that stops early, and merge (UNION drops events where both sides are X).
    code = _country("country", country)
    extra = (" AND " + " AND ".join(w.clauses)) if w.clauses else ""
    top = limit + offset
    sides = [
        f"SELECT * FROM (SELECT e.id, e.day FROM events e WHERE e.{side}_country = ?{extra} {order} LIMIT ?)"
        for side in ("source", "target")
    ]
    sql = (
        f"WITH hits(id, day) AS ({sides[0]} UNION {sides[1]}) "
        f"{_EVENT_SELECT} JOIN hits h ON h.id = e.id ORDER BY h.day DESC, h.id DESC LIMIT ? OFFSET ?"
    )
    params = [code, *w.params, top, code, *w.params, top, limit, offset]
    return [_event_record(r) for r in store.conn.execute(sql, params)]


def iter_events(store: Store, where: Mapping[str, Any] | None = None, batch: int = 5_000) -> Iterator[StoredEvent]:
    """Every event matching `where` (the `events` filters), in the order they were stored, a
    batch at a time: what the events JSONL export prints, in the shape `events` prints."""
    # As every export reads a table: no `where`, no filter (hypothetical events included).
    sql, params = "", []
    if where:
        _check_names(where)
        w = _event_where(**where)
        sql, params = w.sql, w.params
    rows = store.conn.execute(f"{_EVENT_SELECT}{sql} ORDER BY e.id", params)
    while chunk := rows.fetchmany(batch):
        yield from (_event_record(r) for r in chunk)


def iter_quotes(store: Store, batch: int = 5_000) -> Iterator[StoredQuote]:
    """Every quote, in the order they were stored, a batch at a time: what the quotes JSONL
    export prints, in the shape `quotes` prints."""
    rows = store.conn.execute(f"{_QUOTE_SELECT} ORDER BY q.id")
    while chunk := rows.fetchmany(batch):
        yield from (_quote_record(r) for r in chunk)


def next_cursor(page: list[StoredEvent], limit: int) -> str | None:
    """The cursor for the page after `page`, or None when `page` was the last one."""
    return page[-1].cursor if len(page) == limit else None


def _quote_record(row: sqlite3.Row) -> StoredQuote:
    via = json.loads(row["via"])
    target = json.loads(row["target"]) if row["target"] else None
    return StoredQuote(
        id=row["id"],
        article_id=row["article_id"],
        seq=row["seq"],
        text=row["text"],
        direct=bool(row["direct"]),
        start=row["start"],
        end=row["end"],
        speaker_name=row["speaker_name"],
        speaker_code=row["speaker_code"],
        speaker_entity_id=row["speaker_entity_id"],
        speaker_text=row["speaker_text"],
        speaker_start=row["speaker_start"],
        speaker_end=row["speaker_end"],
        cue=row["cue"],
        via=tuple(v["name"] for v in via),
        via_codes=tuple(v.get("code") or "" for v in via),
        source_id=row["article_source_id"],
        anonymous=bool(row["anonymous"]),
        date=row["date"],
        article_title=row["article_title"],
        article_day=row["article_day"],
        spans=_pairs(row["spans"]),
        quoted=_pairs(row["quoted"]),
        rejected=bool(row["rejected"]),
        cue_lemma=row["cue_lemma"],
        cue_kind=row["cue_kind"],
        target_name=target["name"] if target else None,
        target_code=(target.get("code") or "") if target else "",
    )


def _pairs(value: str | None) -> tuple[tuple[int, int], ...]:
    return tuple((int(s), int(e)) for s, e in json.loads(value)) if value else ()


_QUOTE_SELECT = (
    "SELECT q.*, a.title AS article_title, a.day AS article_day, a.source_id AS article_source_id "
    "FROM quotes q JOIN articles a ON a.id = q.article_id"
)


def quotes(
    store: Store,
    *,
    speaker: str | None = None,
    text: str | None = None,
    article_id: str | None = None,
    direct: bool | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[StoredQuote]:
    """Quotes, newest article first. `speaker` matches the speaker's name, code or the words
    naming them; `text` is a substring of the quote."""
    limit, offset = _limit(limit, offset)
    w = _Where()
    if speaker:
        p = _like(speaker)
        w.add(
            "(q.speaker_name LIKE ? ESCAPE '\\' OR q.speaker_code LIKE ? ESCAPE '\\' OR q.speaker_text LIKE ? ESCAPE '\\')",
            p,
            p,
            p,
        )
    if text:
        w.add("q.text LIKE ? ESCAPE '\\'", _like(text))
    if article_id:
        w.add("q.article_id = ?", article_id)
    if direct is not None:
        w.add("q.direct = ?", int(direct))
    if since:
        w.add("a.day >= ?", parse_day(since, "since"))
    if until:
        w.add("a.day <= ? AND a.day != ''", parse_day(until, "until", end=True))
    sql = f"{_QUOTE_SELECT}{w.sql} ORDER BY a.day DESC, q.id DESC LIMIT ? OFFSET ?"
    return [_quote_record(r) for r in store.conn.execute(sql, [*w.params, limit, offset])]


def actors(
    store: Store,
    *,
    limit: int = 50,
    kind: str | None = None,
    country: str | None = None,
    name: str | None = None,
    coded_only: bool = False,
    offset: int = 0,
) -> list[ActorCount]:
    """The most frequent actors, by articles then mentions. Entities resolved across articles
    (newsgraph.store.resolve) count once per actor whatever their spelling, with the
    spellings as `aliases`; others are grouped by name and code."""
    limit, offset = _limit(limit, offset)
    w = _Where()
    if kind:
        w.add("e.kind = ?", kind)
    if country:
        w.add("e.country = ?", _country("country", country))
    if name:
        w.add("(e.name LIKE ? ESCAPE '\\' OR e.code LIKE ? ESCAPE '\\')", _like(name), _like(name))
    if coded_only:
        w.add("e.code != ''")
    group = (
        "CASE WHEN e.actor_id IS NOT NULL THEN 'g' || e.actor_id ELSE 'n' || e.name || char(31) || e.code END"
    )
    sql = (
        "SELECT COALESCE(MAX(g.name), e.name) AS name, MAX(e.code) AS code, MAX(e.kind) AS kind, "
        "MAX(e.country) AS country, MAX(e.role) AS role, COUNT(DISTINCT e.article_id) AS articles, "
        "SUM(e.n_mentions) AS mentions, MAX(e.actor_id) AS actor_id "
        f"FROM entities e LEFT JOIN global_actors g ON g.id = e.actor_id{w.sql} "
        f"GROUP BY {group} ORDER BY articles DESC, mentions DESC, name LIMIT ? OFFSET ?"
    )
    found = store.conn.execute(sql, [*w.params, limit, offset]).fetchall()
    spellings = aliases(store.conn, [r["actor_id"] for r in found if r["actor_id"] is not None])
    return [
        ActorCount(
            r["name"],
            r["code"],
            r["kind"],
            r["country"],
            r["role"],
            r["articles"],
            r["mentions"],
            actor_id=r["actor_id"],
            aliases=tuple(spellings.get(r["actor_id"], ())),
        )
        for r in found
    ]


def article_id(store: Store, prefix: str) -> str:
    """The one stored article id that starts with `prefix` (tables show ids shortened)."""
    given = prefix.strip()
    if not given:
        raise NotFound("no article id given")
    # A range, not LIKE, so the id index answers it; "~" sorts after every character ids use.
    found = [
        r[0]
        for r in store.conn.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 6", (given, given + "~")
        )
    ]
    if given in found or len(found) == 1:
        return given if given in found else found[0]
    if not found:
        raise NotFound(f"no article with id {prefix!r}")
    more = ", ".join(found[:5]) + (", …" if len(found) > 5 else "")
    raise InvalidQuery(f"article id prefix {prefix!r} is ambiguous ({more}); give more characters")


def article(store: Store, article_id: str) -> ArticleView:
    """One article with everything found in it and the marks to highlight them."""
    analysis = store.analysis(article_id)  # raises NotFound
    conn = store.conn
    uri = conn.execute(
        "SELECT d.uri FROM documents d JOIN articles a ON a.document_id = d.id WHERE a.id = ?", (article_id,)
    ).fetchone()[0]
    evs = tuple(
        _event_record(r)
        for r in conn.execute(f"{_EVENT_SELECT} WHERE e.article_id = ? ORDER BY e.seq", (article_id,))
    )
    qs = tuple(
        _quote_record(r)
        for r in conn.execute(f"{_QUOTE_SELECT} WHERE q.article_id = ? ORDER BY q.seq", (article_id,))
    )
    marks = [
        Mark(m.start, m.end, "entity", e.code or e.name, e.id) for e in analysis.entities for m in e.mentions
    ]
    marks += [Mark(q.start, q.end, "quote", q.speaker_name or "", f"q{q.seq}") for q in qs]
    marks += [Mark(e.evidence_start, e.evidence_end, "event", e.cameo, f"ev{e.seq}") for e in evs]
    marks += [
        Mark(p.start, p.end, "place", p.country or p.name, f"p{i}") for i, p in enumerate(analysis.places)
    ]
    marks += [Mark(d.start, d.end, "date", d.value or d.text, f"d{i}") for i, d in enumerate(analysis.dates)]
    marks.sort(key=lambda m: (m.start, -(m.end - m.start), m.kind))
    return ArticleView(analysis, uri, evs, qs, tuple(marks))


def stats(store: Store) -> Stats:
    conn = store.conn
    counts = {
        table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in (
            "documents",
            "articles",
            "entities",
            "mentions",
            "events",
            "quotes",
            "places",
            "dates",
            "errors",
        )
    }
    first, last = conn.execute("SELECT MIN(day), MAX(day) FROM events WHERE day != ''").fetchone()
    return Stats(**counts, first_day=first, last_day=last, schema_version=store.schema_version)


def errors(
    store: Store, *, stage: str | None = None, uri: str | None = None, limit: int = 100, offset: int = 0
) -> list[StoredError]:
    """Recorded failures, most recent first; `uri` is a substring."""
    limit, offset = _limit(limit, offset)
    w = _Where()
    if stage:
        w.add("stage = ?", stage)
    if uri:
        w.add("uri LIKE ? ESCAPE '\\'", _like(uri))
    sql = f"SELECT * FROM errors{w.sql} ORDER BY time DESC, id DESC LIMIT ? OFFSET ?"
    return [
        StoredError(
            r["id"],
            r["uri"],
            r["stage"],
            r["reason"],
            r["source_id"] or None,
            r["time"],
            r["count"],
            r["document_id"],
        )
        for r in store.conn.execute(sql, [*w.params, limit, offset])
    ]


def timeline(store: Store, **filters: Any) -> list[TimelinePoint]:
    """Event counts per day, split by QuadClass, oldest first; takes the `events` filters."""
    _check_names(filters)
    w = _event_where(**filters)
    w.add("e.day != ''")
    # A month- or year-precise event filed under its period's first day (not under its
    # article's day, which `rows.event_day` prefers when it falls in the period) keeps its precision.
    precision = (
        "CASE WHEN e.date_precision IN ('month', 'year') AND length(e.date) IN (4, 7) "
        "AND e.day = e.date || substr('-01-01', 1, 10 - length(e.date)) "
        "AND e.day != (SELECT a.day FROM articles a WHERE a.id = e.article_id) THEN e.date_precision ELSE 'day' END"
    )
    sql = (
        f"SELECT e.day, {precision} AS p, SUM(e.quad_class = 1), SUM(e.quad_class = 2), SUM(e.quad_class = 3), "
        f"SUM(e.quad_class = 4) FROM events e{w.sql} GROUP BY e.day, p ORDER BY e.day, p"
    )
    return [
        TimelinePoint(r[0], r[2], r[3], r[4], r[5], precision=r[1]) for r in store.conn.execute(sql, w.params)
    ]


def network(
    store: Store, *, by: str = "code", min_events: int = 1, limit: int = 500, **filters: Any
) -> list[Edge]:
    """Actor -> actor edges (events with both a source and a target) with counts and mean
    Goldstein, most events first. `by="code"` merges actors sharing a CAMEO code (USAGOV);
    `by="name"` keeps each named actor apart. Takes the `events` filters."""
    _check_names(filters)
    limit, _ = _limit(limit)
    if by == "code":
        src, tgt = (
            f"CASE WHEN e.{s}_code != '' THEN e.{s}_code ELSE e.{s}_name END" for s in ("source", "target")
        )
    elif by == "name":
        src, tgt = "e.source_name", "e.target_name"
    else:
        raise InvalidQuery(f"network by must be 'code' or 'name', got {by!r}")
    w = _event_where(**filters)
    w.add("e.source_name IS NOT NULL AND e.target_name IS NOT NULL")
    sql = (
        f"SELECT {src} AS s, {tgt} AS t, MAX(e.source_name), MAX(e.target_name), COUNT(*) AS n, "
        f"AVG(e.goldstein), SUM(e.quad_class >= 3), SUM(e.quad_class = 1), SUM(e.quad_class = 2), "
        f"SUM(e.quad_class = 3), SUM(e.quad_class = 4) FROM events e{w.sql} "
        "GROUP BY s, t HAVING n >= ? ORDER BY n DESC, s, t LIMIT ?"
    )
    rows = store.conn.execute(sql, [*w.params, min_events, limit]).fetchall()
    return [
        Edge(r[0], r[1], r[2], r[3], r[4], round(r[5], 3), r[6], quad_class=_most_common_quad(r[7:11]))
        for r in rows
    ]


def _most_common_quad(counts: Iterable[int | None]) -> int:
    """The QuadClass (1-4) with most events; a tie goes to the more conflictual class."""
    best, quad = 0, 0
    for q, n in enumerate(counts, 1):
        if (n or 0) and (n or 0) >= best:
            best, quad = n or 0, q
    return quad


EVENT_FIELDS = tuple(f.name for f in fields(StoredEvent))
__all__ = [
    "EVENT_FIELDS",
    "EVENT_FILTERS",
    "MAX_LIMIT",
    "actors",
    "article",
    "errors",
    "events",
    "network",
    "next_cursor",
    "parse_day",
    "parse_filters",
    "quotes",
    "search",
    "search_quotes",
    "stats",
    "timeline",
]
