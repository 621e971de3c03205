"""Stories: articles about the same happening, grouped as they are stored; and their events,
merged so one happening counts once however many outlets report it.

Grouping is on what the articles are about, not on their wording: two outlets' rewrites of a
story share few sentences but the same actors and the same who-did-what-to-whom. An article's
keys are its actors (global actor ids from `newsgraph.store.resolve`; persons and
organisations `p…`, countries and places `c…`) and its events (`e<source>><target>:<CAMEO
root>`). A new article joins the story, among those whose dates lie within
`story_window_days` of its own, that shares the most with it, provided it shares
- at least one event and one named actor, or
- two named actors, or
- two events;
otherwise it starts a story. Only the candidate stories are read (an indexed lookup of its
keys among stories in the date window): nothing is ever reclustered.

Merged events: within a story, events with the same source, target, CAMEO code, polarity
(negated, hypothetical) and date (the day, or the month/year for events dated that coarsely)
are one merged event. It counts, as GDELT does, NumMentions (sentences coding it, in every
article and every stored copy of one), NumArticles (articles and copies) and NumSources
(distinct outlets: agency, else site, else URL host, else source uri).

A story's label is its most central headline: the title of the article whose keys the rest
of the story shares most.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsgraph.errors import InvalidQuery, NotFound
from newsgraph.model import ActorRef, Analysis
from newsgraph.store.dedup import normalise
from newsgraph.store.filters import _like, _limit, _Where, parse_day

if TYPE_CHECKING:
    from newsgraph.store.sqlite import Store

NAMED_KINDS = frozenset({"person", "organisation", "media"})


def outlet(agency: str | None, site: str | None, url: str | None, source: str) -> str:
    """Who published an article, for NumSources: its agency, else site, else URL host, else uri."""
    if agency:
        return agency.strip().casefold()
    if site:
        return site.strip().casefold()
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return source


def _ref_key(ref: ActorRef | None, actor_ids: Mapping[str, int]) -> str:
    # A code is what GDELT merges on and survives differences in naming between outlets; an
    # uncoded actor falls back to its global actor, then to its normalised words.
    if ref is None:
        return "-"
    if ref.code:
        return ref.code
    if ref.entity_id and ref.entity_id in actor_ids:
        return f"#{actor_ids[ref.entity_id]}"
    return normalise(ref.name)


def article_keys(analysis: Analysis, actor_ids: Mapping[str, int]) -> set[str]:
    keys: set[str] = set()
    for entity in analysis.entities:
        actor = actor_ids.get(entity.id)
        if actor is None:
            continue
        keys.add(f"{'p' if entity.kind in NAMED_KINDS else 'c'}{actor}")
    for ev in analysis.events:
        if ev.source is None and ev.target is None:
            continue
        keys.add(f"e{_ref_key(ev.source, actor_ids)}>{_ref_key(ev.target, actor_ids)}:{ev.root}")
    return keys


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _joins(shared: Iterable[str]) -> tuple[bool, int]:
    p = e = c = 0
    for key in shared:
        if key[0] == "p":
            p += 1
        elif key[0] == "e":
            e += 1
        else:
            c += 1
    ok = (e >= 1 and p >= 1) or p >= 2 or e >= 2
    return ok, 3 * e + 2 * p + c


def _best_story(conn: sqlite3.Connection, keys: set[str], day: str, window: int) -> tuple[int, int] | None:
    """(score, id) of the story in the date window the article's keys join best, if any."""
    marks = ",".join("?" * len(keys))
    found: dict[int, list[str]] = {}
    # Driven by the stories in the date window (CROSS JOIN keeps them the outer loop), then
    # their keys by index: a common key (a country) is in ever more stories as the store
    # grows, the stories around one date are not.
    for row in conn.execute(
        f"SELECT k.story_id, k.key FROM stories s CROSS JOIN story_keys k ON k.story_id = s.id "
        f"WHERE k.key IN ({marks}) AND s.last_day >= ? AND s.first_day <= ?",
        [*sorted(keys), _shift(day, -window), _shift(day, window)],
    ):
        found.setdefault(row[0], []).append(row[1])
    best: tuple[int, int] | None = None
    for story_id, shared in found.items():
        ok, score = _joins(shared)
        if ok and (best is None or (score, story_id) > best):
            best = (score, story_id)
    return best


def assign_story(
    conn: sqlite3.Connection,
    analysis: Analysis,
    actor_ids: Mapping[str, int],
    day: str,
    window: int,
    now: str,
) -> int | None:
    """Put a stored, analysed article into a story (an existing one or a new one); returns
    its id, or None when the article has nothing to group on (no actors, no events)."""
    keys = article_keys(analysis, actor_ids)
    if not keys:
        return None
    aid = analysis.article.id
    best = _best_story(conn, keys, day, window)
    if best is None:
        cur = conn.execute(
            "INSERT INTO stories(label, label_article, first_day, last_day, updated_at) VALUES (?, ?, ?, ?, ?)",
            (analysis.article.title, aid, day, day, now),
        )
        assert cur.lastrowid is not None
        story_id = cur.lastrowid
    else:
        story_id = best[1]
    conn.executemany(
        "INSERT INTO story_keys(key, story_id, weight) VALUES (?, ?, 1) "
        "ON CONFLICT(key, story_id) DO UPDATE SET weight = weight + 1",
        [(k, story_id) for k in keys],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO article_keys(article_id, key) VALUES (?, ?)", [(aid, k) for k in keys]
    )
    conn.execute("UPDATE articles SET story_id = ? WHERE id = ?", (story_id, aid))
    a = analysis.article
    copies = _copies_of(conn, aid)
    articles, sources = _members(conn, story_id, outlet(a.agency, a.site, a.url, a.source), copies)
    new_events = merge_events(conn, analysis, actor_ids, story_id, copies)
    (n,) = conn.execute(
        "UPDATE stories SET first_day = MIN(first_day, ?), last_day = MAX(last_day, ?), updated_at = ?, "
        "n_articles = n_articles + ?, n_sources = n_sources + ?, n_events = n_events + ? WHERE id = ? "
        "RETURNING n_articles",
        (day, day, now, articles, sources, new_events, story_id),
    ).fetchone()
    if best is not None and _worth_relabelling(n):
        _relabel(conn, story_id)
    return story_id


# Relabelling ranks every article of a story, so doing it on each join makes a long ingest
# quadratic in story size. A small story is relabelled on every join; a large one when its
# size reaches a power of two, by which point one more article rarely moves the centre.
_RELABEL_ALWAYS_BELOW = 32


def _worth_relabelling(n: int) -> bool:
    return bool(n < _RELABEL_ALWAYS_BELOW or n & (n - 1) == 0)


# --- counts kept as articles join ---------------------------------------------------------
#
# A story's counts (articles with their exact copies, distinct outlets, merged events) are
# what `refresh_story` recounts from its rows. Recounting on every join read the whole story
# each time, so a long ingest slowed down with the size of its stories (docs/benchmarks.md,
# "Store writer"); the write path instead adds what
# each change brings: an article row joining (with any copies of it recorded before it had a
# story), a copy recorded for an article of the story, a merged event created. The outlets
# seen are kept in `story_outlets`, so "is this a new source" is one indexed insert. Only a
# deletion (`ingest --reprocess`) can take something away; it recounts the stories it
# touched (newsgraph.store.sqlite).


def _add_outlets(conn: sqlite3.Connection, story_id: int, outlets: Iterable[str]) -> int:
    """Record outlets of a story; returns how many it did not have yet."""
    added = 0
    for name in outlets:
        added += conn.execute(
            "INSERT OR IGNORE INTO story_outlets(story_id, outlet) VALUES (?, ?)", (story_id, name)
        ).rowcount
    return added


def _copies_of(conn: sqlite3.Connection, article_id: str) -> list[sqlite3.Row]:
    """The copies recorded of an article (before it had a story, when it is joining one)."""
    return conn.execute(
        "SELECT kind, outlet FROM article_copies WHERE duplicate_of = ?", (article_id,)
    ).fetchall()


def _members(
    conn: sqlite3.Connection, story_id: int, article_outlet: str, copies: Sequence[sqlite3.Row]
) -> tuple[int, int]:
    """An article row joins a story with its copies: the (articles, sources) that adds."""
    articles = 1 + sum(1 for c in copies if c["kind"] == "exact")
    return articles, _add_outlets(conn, story_id, {article_outlet, *(c["outlet"] for c in copies)})


def add_copy_row(conn: sqlite3.Connection, article_id: str, canonical: str, article_outlet: str) -> None:
    """A near copy, stored as an article row that is not analysed, joins its canonical's story."""
    row = conn.execute("SELECT story_id FROM articles WHERE id = ?", (canonical,)).fetchone()
    story_id = row[0] if row is not None else None
    conn.execute(
        "UPDATE articles SET duplicate_of = ?, story_id = ? WHERE id = ?", (canonical, story_id, article_id)
    )
    if story_id is not None:
        articles, sources = _members(conn, story_id, article_outlet, _copies_of(conn, article_id))
        _bump(conn, story_id, articles, sources)


def _bump(conn: sqlite3.Connection, story_id: int, articles: int, sources: int) -> None:
    if articles or sources:
        conn.execute(
            "UPDATE stories SET n_articles = n_articles + ?, n_sources = n_sources + ? WHERE id = ?",
            (articles, sources, story_id),
        )


def _when(day: str, date: str | None, precision: str) -> str:
    if date and precision == "month":
        return date[:7]
    if date and precision == "year":
        return date[:4]
    return day


def merge_events(
    conn: sqlite3.Connection,
    analysis: Analysis,
    actor_ids: Mapping[str, int],
    story_id: int,
    copies: Sequence[sqlite3.Row],
) -> int:
    """File each of the article's stored events under its story's merged event; returns how
    many merged events it created. `copies` are the article's recorded copies (`_copies_of`)."""
    a = analysis.article
    rows = conn.execute(
        "SELECT id, seq, day, date, date_precision, cameo, negated, hypothetical, num_mentions FROM events "
        "WHERE article_id = ? ORDER BY seq",
        (a.id,),
    ).fetchall()
    by_key: dict[str, list[sqlite3.Row]] = {}  # in the order keys first occur, as ids are given
    for row, ev in zip(rows, analysis.events, strict=False):
        when = _when(row["day"], row["date"], row["date_precision"])
        key = (
            f"{_ref_key(ev.source, actor_ids)}|{_ref_key(ev.target, actor_ids)}|{row['cameo']}|{when}"
            f"|{row['negated']}{row['hypothetical']}"
        )
        by_key.setdefault(key, []).append(row)
    # A merged event this article creates holds only its events and their copies: its counts
    # are known here, without the recount `refresh_merged` does for one that already existed.
    sources = len({outlet(a.agency, a.site, a.url, a.source), *(c["outlet"] for c in copies)})
    filed: list[tuple[int, int]] = []
    existing: list[int] = []
    for key, events in by_key.items():
        found = conn.execute(
            "SELECT id FROM merged_events WHERE story_id = ? AND key = ?", (story_id, key)
        ).fetchone()
        if found is not None:
            merged = int(found[0])
            existing.append(merged)
        else:
            cur = conn.execute(
                "INSERT INTO merged_events(story_id, key, day, cameo, first_event_id, num_mentions, num_articles, "
                "num_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    story_id, key, events[0]["day"], events[0]["cameo"], min(e["id"] for e in events),
                    sum(e["num_mentions"] for e in events) * (1 + len(copies)), 1 + len(copies), sources,
                ),
            )  # fmt: skip
            assert cur.lastrowid is not None
            merged = cur.lastrowid
        filed += [(merged, e["id"]) for e in events]
    conn.executemany("UPDATE events SET merged_id = ? WHERE id = ?", filed)
    refresh_merged(conn, existing)
    return len(by_key) - len(existing)


def refresh_merged(conn: sqlite3.Connection, merged_ids: Iterable[int]) -> None:
    """Recount merged events from the rows they hold (articles, their copies, their outlets)."""
    ids = sorted(set(merged_ids))
    rows: dict[int, list[sqlite3.Row]] = {}
    for start in range(0, len(ids), 500):  # a few queries for all of them, not two per merged event
        part = ids[start : start + 500]
        for r in conn.execute(
            f"SELECT e.merged_id, e.id, e.article_id, e.num_mentions, a.agency, a.site, a.url, a.source FROM events e "
            f"JOIN articles a ON a.id = e.article_id WHERE e.merged_id IN ({','.join('?' * len(part))})",
            part,
        ):
            rows.setdefault(r["merged_id"], []).append(r)
    copies: dict[str, list[sqlite3.Row]] = {}
    for c in _copies(conn, list({r["article_id"] for held in rows.values() for r in held})):
        copies.setdefault(c["duplicate_of"], []).append(c)
    for mid, held in rows.items():
        per_article: dict[str, int] = {}
        outlets: set[str] = set()
        for r in held:
            per_article[r["article_id"]] = per_article.get(r["article_id"], 0) + r["num_mentions"]
            outlets.add(outlet(r["agency"], r["site"], r["url"], r["source"]))
        mentions, articles = sum(per_article.values()), len(per_article)
        for aid, n in per_article.items():
            for c in copies.get(aid, ()):
                mentions += n
                articles += 1
                outlets.add(c["outlet"])
        conn.execute(
            "UPDATE merged_events SET num_mentions = ?, num_articles = ?, num_sources = ?, first_event_id = ? "
            "WHERE id = ?",
            (mentions, articles, len(outlets), min(r["id"] for r in held), mid),
        )


def _copies(conn: sqlite3.Connection, article_ids: list[str]) -> list[sqlite3.Row]:
    out: list[sqlite3.Row] = []
    for start in range(0, len(article_ids), 500):
        part = article_ids[start : start + 500]
        marks = ",".join("?" * len(part))
        out += conn.execute(
            f"SELECT * FROM article_copies WHERE duplicate_of IN ({marks}) ORDER BY id", part
        ).fetchall()
    return out


def _relabel(conn: sqlite3.Connection, story_id: int) -> None:
    # Centrality: for each of the article's keys, how many other articles of the story share it.
    row = conn.execute(
        "SELECT a.id, a.title FROM articles a JOIN article_keys ak ON ak.article_id = a.id "
        "JOIN story_keys sk ON sk.key = ak.key AND sk.story_id = a.story_id "
        "WHERE a.story_id = ? AND a.title IS NOT NULL GROUP BY a.id "
        "ORDER BY SUM(sk.weight - 1) DESC, MIN(a.pk) LIMIT 1",
        (story_id,),
    ).fetchone()
    if row is not None:
        conn.execute(
            "UPDATE stories SET label = ?, label_article = ? WHERE id = ?", (row[1], row[0], story_id)
        )


def refresh_story(conn: sqlite3.Connection, story_id: int) -> None:
    """Recount a story's articles, outlets and merged events from its rows (the write path
    keeps them as articles join; this is for after deletions)."""
    # Columns by position: migration 7 runs this on whatever connection it is given.
    rows = conn.execute(
        "SELECT id, agency, site, url, source FROM articles WHERE story_id = ?", (story_id,)
    ).fetchall()
    outlets = {outlet(r[1], r[2], r[3], r[4]) for r in rows}
    copies = conn.execute(
        "SELECT c.kind, c.outlet FROM article_copies c JOIN articles a ON a.id = c.duplicate_of "
        "WHERE a.story_id = ?",
        (story_id,),
    ).fetchall()
    outlets |= {c[1] for c in copies}
    exact = sum(1 for c in copies if c[0] == "exact")
    (n_events,) = conn.execute(
        "SELECT COUNT(*) FROM merged_events WHERE story_id = ?", (story_id,)
    ).fetchone()
    conn.execute("DELETE FROM story_outlets WHERE story_id = ?", (story_id,))
    _add_outlets(conn, story_id, sorted(outlets))
    conn.execute(
        "UPDATE stories SET n_articles = ?, n_sources = ?, n_events = ? WHERE id = ?",
        (len(rows) + exact, len(outlets), n_events, story_id),
    )


def link_copy(
    conn: sqlite3.Connection, canonical: str, kind: str, copy_outlet: str, *, merge: bool = True
) -> None:
    """A copy of `canonical` was recorded: count it in its story and, with `merge`, in the
    merged events of the canonical's events."""
    row = conn.execute("SELECT story_id FROM articles WHERE id = ?", (canonical,)).fetchone()
    if row is None or row[0] is None:
        return
    if merge:
        merged = [r[0] for r in conn.execute(
            "SELECT DISTINCT merged_id FROM events WHERE article_id = ? AND merged_id IS NOT NULL", (canonical,)
        )]  # fmt: skip
        refresh_merged(conn, merged)
    _bump(conn, row[0], int(kind == "exact"), _add_outlets(conn, row[0], [copy_outlet]))


# --- reads ----------------------------------------------------------------------------


@dataclass(frozen=True)
class StorySummary:
    id: int
    label: str | None
    label_article: str | None
    first_day: str
    last_day: str
    articles: int  # articles in the story, counting exact copies
    sources: int  # distinct outlets
    events: int  # merged events
    actors: tuple[str, ...]  # the most shared named actors, most shared first


@dataclass(frozen=True)
class StoryArticle:
    id: str
    title: str | None
    day: str
    outlet: str
    url: str | None
    source: str
    duplicate_of: str | None  # set for near copies, which were not analysed
    copies: tuple[str, ...] = ()  # sources of exact copies stored as links


@dataclass(frozen=True)
class Evidence:
    article_id: str
    event_id: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class MergedEvent:
    id: int
    day: str
    cameo: str
    source_name: str | None
    source_code: str
    target_name: str | None
    target_code: str
    goldstein: float
    quad_class: int
    num_mentions: int
    num_articles: int
    num_sources: int
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class StoryView:
    story: StorySummary
    articles: tuple[StoryArticle, ...]
    events: tuple[MergedEvent, ...]


def _actor_names(conn: sqlite3.Connection, story_id: int, limit: int = 5) -> tuple[str, ...]:
    # Most mentioned in the story's articles first: the person quoted six times leads, not
    # whichever name sorts first; then the most shared between articles, then by name.
    rows = conn.execute(
        "SELECT g.name, (SELECT COALESCE(SUM(e.n_mentions), 0) FROM entities e JOIN articles a ON a.id = e.article_id "
        "  WHERE e.actor_id = g.id AND a.story_id = k.story_id) AS mentions "
        "FROM story_keys k JOIN global_actors g ON g.id = CAST(substr(k.key, 2) AS INTEGER) "
        "WHERE k.story_id = ? AND k.key LIKE 'p%' ORDER BY mentions DESC, k.weight DESC, g.n_articles DESC, g.name LIMIT ?",
        (story_id, limit),
    )
    return tuple(r[0] for r in rows)


def _summary(conn: sqlite3.Connection, row: sqlite3.Row) -> StorySummary:
    return StorySummary(
        id=row["id"],
        label=row["label"],
        label_article=row["label_article"],
        first_day=row["first_day"],
        last_day=row["last_day"],
        articles=row["n_articles"],
        sources=row["n_sources"],
        events=row["n_events"],
        actors=_actor_names(conn, row["id"]),
    )


def stories(
    store: Store,
    *,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
    min_articles: int = 1,
    limit: int = 50,
    offset: int = 0,
) -> list[StorySummary]:
    """Stories, latest first (by last day, then size). `actor` matches any spelling of an
    actor of the story; `since`/`until` bound its days (YYYY[-MM[-DD]])."""
    limit, offset = _limit(limit, offset)
    w = _Where()
    if since:
        w.add("s.last_day >= ?", parse_day(since, "since"))
    if until:
        w.add("s.first_day <= ?", parse_day(until, "until", end=True))
    if min_articles > 1:
        w.add("s.n_articles >= ?", min_articles)
    if actor:
        w.add(
            "s.id IN (SELECT k.story_id FROM story_keys k JOIN actor_aliases x "
            "ON k.key = 'p' || x.actor_id WHERE x.alias LIKE ? ESCAPE '\\')",
            _like(normalise(actor)),
        )
    sql = f"SELECT s.* FROM stories s{w.sql} ORDER BY s.last_day DESC, s.n_articles DESC, s.id DESC LIMIT ? OFFSET ?"
    return [_summary(store.conn, r) for r in store.conn.execute(sql, [*w.params, limit, offset])]


def story(store: Store, story_id: int | str) -> StoryView:
    """One story with its articles (and their copies) and its merged events with evidence."""
    try:
        sid = int(story_id)
    except (TypeError, ValueError):
        raise InvalidQuery(f"story id must be an integer, got {story_id!r}") from None
    conn = store.conn
    row = conn.execute("SELECT * FROM stories WHERE id = ?", (sid,)).fetchone()
    if row is None:
        raise NotFound(f"no story with id {sid}")
    arts = conn.execute(
        "SELECT id, title, day, agency, site, url, source, duplicate_of FROM articles WHERE story_id = ? "
        "ORDER BY day, pk",
        (sid,),
    ).fetchall()
    copies: dict[str, list[str]] = {}
    for c in _copies(conn, [a["id"] for a in arts]):
        if c["kind"] == "exact":
            copies.setdefault(c["duplicate_of"], []).append(c["source"])
    articles = tuple(
        StoryArticle(
            a["id"],
            a["title"],
            a["day"],
            outlet(a["agency"], a["site"], a["url"], a["source"]),
            a["url"],
            a["source"],
            a["duplicate_of"],
            tuple(copies.get(a["id"], ())),
        )
        for a in arts
    )
    return StoryView(_summary(conn, row), articles, _merged_events(conn, sid))


def _merged_events(conn: sqlite3.Connection, sid: int) -> tuple[MergedEvent, ...]:
    """A story's merged events, most reported first, each with the evidence of every mention."""
    evidence: dict[int, list[Evidence]] = {}
    first: dict[int, sqlite3.Row] = {}
    for e in conn.execute(
        "SELECT e.* FROM events e JOIN merged_events m ON m.id = e.merged_id WHERE m.story_id = ? ORDER BY e.id",
        (sid,),
    ):
        mid = e["merged_id"]
        first.setdefault(mid, e)
        evidence.setdefault(mid, []).append(
            Evidence(e["article_id"], e["id"], e["evidence_start"], e["evidence_end"], e["evidence_text"])
        )
    events = []
    for m in conn.execute(
        "SELECT * FROM merged_events WHERE story_id = ? ORDER BY num_articles DESC, num_mentions DESC, day, id",
        (sid,),
    ):
        e = first.get(m["id"])
        if e is None:
            continue
        events.append(
            MergedEvent(
                m["id"],
                m["day"],
                m["cameo"],
                e["source_name"],
                e["source_code"],
                e["target_name"],
                e["target_code"],
                e["goldstein"],
                e["quad_class"],
                m["num_mentions"],
                m["num_articles"],
                m["num_sources"],
                tuple(evidence[m["id"]]),
            )
        )
    return tuple(events)
