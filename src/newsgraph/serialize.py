"""Records to plain JSON-ready dicts: the one shape shared by CLI output, exports and the API.

A record kind has one function here, and every face prints what it returns: the CLI's
`events`, `quotes`, `show` and `analyze`, the API's routes and the store's shards. Records with
no function of their own (store statistics, marks, search hits) go through `plain`.
`newsgraph.codec` is the other JSON form: lossless, for shards to be read back, not for people.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from newsgraph.model import (
    ActorRef,
    Analysis,
    Article,
    DateMention,
    DocumentError,
    Entity,
    Event,
    Place,
    Quote,
    Tone,
)
from newsgraph.roles import split_code

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def plain(value: Any) -> Any:
    """Records (dataclasses), dates and tuples as plain JSON values, field for field."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def article_day(article: Article) -> str:
    return article.published.isoformat()[:10] if article.published is not None else ""


def event_day(event: Event, article: Article) -> str:
    """The day an event is filed under: its own date when day-precise; else the article's day
    when that falls inside the event's coarser period ("in May" in a May 12 article); else the
    first day of the period; "" when nothing is known. GDELT likewise files undated events
    under the publication date."""
    published = article_day(article)
    value = event.date
    if value and _FULL_DATE.match(value[:10]):
        return value[:10]
    if value and re.match(r"^\d{4}(-\d{2})?$", value):
        if published.startswith(value):
            return published
        return value + "-01-01"[len(value) - 4 :]
    return published


def actor_columns(ref: ActorRef | None, entities: Mapping[str, Entity]) -> tuple[Any, ...]:
    """(name, code, country, role, entity id, start, end) of an event's actor, as the store keeps them."""
    if ref is None:
        return (None, "", "", "", None, None, None)
    ent = entities.get(ref.entity_id) if ref.entity_id else None
    # The entity's own country/role are exact; splitting the code is the fallback for refs
    # the events stage coded without an entity.
    if ent is not None and ent.code == ref.code:
        country, role = split_code(ref.code, ent.country, ent.role)
    else:
        country, role = split_code(ref.code)
    return (ref.name, ref.code, country, role, ref.entity_id, ref.start, ref.end)


def article_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "source_id": a.source_id,
        "url": a.url,
        "title": a.title,
        "published": iso(a.published),
        "date_precision": a.date_precision,
        "date_source": a.date_source,
        "updated": iso(a.updated),
        "agency": a.agency,
        "dateline": a.dateline,
        "author": a.author,
        "site": a.site,
        "language": a.language,
        "caption": a.caption,
        "summary": list(a.summary),
        "paragraphs": list(a.paragraphs),
        "text": a.text,
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end} for b in a.blocks],
    }


def entity_dict(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "kind": e.kind,
        "code": e.code,
        "country": e.country,
        "role": e.role,
        "group": e.group,
        "title": e.title,
        "aliases": list(e.aliases),
        "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in e.mentions],
    }


def place_dict(p: Place) -> dict[str, Any]:
    return {
        "name": p.name,
        "country": p.country,
        "lat": p.lat,
        "lon": p.lon,
        "feature": p.feature,
        "confidence": round(p.confidence, 3),
        "geonameid": p.geonameid,
        "geo_type": p.geo_type,
        "start": p.start,
        "end": p.end,
    }


def date_dict(d: DateMention) -> dict[str, Any]:
    return {
        "text": d.text,
        "value": d.value,
        "end_value": d.end_value,
        "precision": d.precision,
        "start": d.start,
        "end": d.end,
        "type": d.timex_type,
        "timeml": d.timeml,
    }


def actor_dict(r: ActorRef | None) -> dict[str, Any] | None:
    if r is None:
        return None
    return {"name": r.name, "code": r.code}


def quote_dict(q: Quote, article: Article) -> dict[str, Any]:
    """A quote as the flat columns of a cluster shard's Parquet file (`store.shards`)."""
    return {
        "text": q.text,
        "direct": q.direct,
        "speaker": actor_dict(q.speaker),
        "speaker_text": q.speaker_text,
        "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end,
        "cue": q.cue,
        "cue_lemma": q.cue_lemma,
        "cue_kind": q.cue_kind,
        "target": actor_dict(q.target),
        "via": [actor_dict(v) for v in q.via],
        "anonymous": q.anonymous,
        "start": q.start,
        "end": q.end,
        "spans": [{"start": p.start, "end": p.end} for p in q.pieces],
        "quoted": [{"start": p.start, "end": p.end} for p in q.quoted],
        "rejected": q.rejected,
        "date": q.date,
        "article_id": article.id,
        "source_id": article.source_id,
    }


def event_dict(e: Event, article: Article) -> dict[str, Any]:
    """An event as the flat columns of a cluster shard's Parquet file (`store.shards`)."""
    return {
        "source_name": e.source.name if e.source else None,
        "source_code": e.source.code if e.source else "",
        "target_name": e.target.name if e.target else None,
        "target_code": e.target.code if e.target else "",
        "cameo": e.cameo,
        "root": e.root,
        "plover": e.plover,
        "plover_mode": e.plover_mode,
        "goldstein": e.goldstein,
        "quad_class": e.quad_class,
        "date": e.date,
        "date_precision": e.date_precision,
        "place": e.place.name if e.place else None,
        "country": e.place.country if e.place else None,
        "lat": e.place.lat if e.place else None,
        "lon": e.place.lon if e.place else None,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "confidence": round(e.confidence, 3),
        "trigger": e.trigger,
        "num_mentions": e.num_mentions,
        "evidence": {"text": e.evidence_text, "start": e.evidence.start, "end": e.evidence.end},
        "quote": (
            {"text": article.text[e.quote_start : e.quote_end], "start": e.quote_start, "end": e.quote_end}
            if e.quote_start is not None and e.quote_end is not None
            else None
        ),
        "article_id": article.id,
        "source_id": article.source_id,
    }


def analysed_event_dict(
    e: Event, seq: int, analysis: Analysis, entities: Mapping[str, Entity]
) -> dict[str, Any]:
    """An event `analyze` found, in the one event shape (`stored_event_dict`'s keys): what only
    the store knows (its id, cursor, story and counts across articles) is null, one article
    counts once."""
    a, p = analysis.article, e.place
    source, target = actor_columns(e.source, entities), actor_columns(e.target, entities)
    quote = a.text[e.quote_start : e.quote_end] if e.quote_start is not None and e.quote_end is not None else None
    row: dict[str, Any] = {"id": None, "article_id": a.id, "seq": seq, "day": event_day(e, a)}
    row |= {"date": e.date, "date_precision": e.date_precision}
    for side, cols in (("source", source), ("target", target)):
        row |= dict(zip((f"{side}_{k}" for k in ("name", "code", "country", "role", "entity_id")), cols, strict=False))
    row |= {
        "cameo": e.cameo, "base_code": e.cameo[:3], "root": e.root, "plover": e.plover,
        "plover_mode": e.plover_mode, "goldstein": e.goldstein, "quad_class": e.quad_class,
        "negated": e.negated, "hypothetical": e.hypothetical, "confidence": e.confidence,
        "trigger": e.trigger, "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
        "evidence_text": e.evidence_text, "place_name": p.name if p else None,
        "place_country": p.country if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
        "tone": e.tone.tone if e.tone else None, "article_title": a.title, "article_url": a.url,
        "article_source": a.source, "merged_id": None, "num_mentions": e.num_mentions, "num_articles": 1,
        "num_sources": 1, "story_id": None, "quote_text": quote, "source_id": a.source_id,
        "place_feature": p.feature if p else None, "place_geonameid": p.geonameid if p else None,
        "tone_compound": e.tone.compound if e.tone else None,
        "article_tone": analysis.tone.tone if analysis.tone else None,
        "place": p.name if p else None,
        "evidence": {"text": e.evidence_text, "start": e.evidence.start, "end": e.evidence.end},
        "cursor": None,
    }  # fmt: skip
    return row


def tone_dict(t: Tone | None) -> dict[str, Any] | None:
    if t is None:
        return None
    return {"compound": t.compound, "positive": t.positive, "negative": t.negative, "tone": t.tone}


def analysis_dict(a: Analysis) -> dict[str, Any]:
    out = article_dict(a.article)
    entities = {e.id: e for e in a.entities}
    out.update(
        {
            "skipped": a.skipped,
            "entities": [entity_dict(e) for e in a.entities],
            # "block": which part of the article (title, summary, paragraph, caption) said it.
            "places": [place_dict(p) | {"block": a.article.block_of(p.start)} for p in a.places],
            "dates": [date_dict(d) | {"block": a.article.block_of(d.start)} for d in a.dates],
            "quotes": [analysed_quote_dict(q, n, a.article) for n, q in enumerate(a.quotes)],
            "events": [analysed_event_dict(e, n, a, entities) for n, e in enumerate(a.events)],
            "tone": tone_dict(a.tone),
        }
    )
    return out


def error_dict(e: DocumentError) -> dict[str, Any]:
    return {"uri": e.uri, "stage": e.stage, "reason": e.reason, "source_id": e.source_id}


def stored_event_dict(e: Any) -> dict[str, Any]:
    """A stored event (`store.records.StoredEvent`): the one event shape of `newsgraph events`,
    `show` and the API. The store's own columns, the documented event fields (`place`, and
    `evidence` as text and span) and `cursor`, the position to page on from this event."""
    row: dict[str, Any] = plain(e)
    row["place"] = e.place_name
    row["evidence"] = {"text": e.evidence_text, "start": e.evidence_start, "end": e.evidence_end}
    row["cursor"] = e.cursor
    return row


def stored_quote_dict(q: Any) -> dict[str, Any]:
    """A stored quote (`store.records.StoredQuote`): the one quote shape of `newsgraph quotes`,
    `show`, the API and the quotes JSONL export. The store's own columns, with `speaker`,
    `target` and each of `via` as {name, code}."""
    row: dict[str, Any] = plain(q)
    row["via"] = [
        {"name": n, "code": c} for n, c in zip(q.via, q.via_codes or [""] * len(q.via), strict=True)
    ]
    row["speaker"] = {"name": q.speaker_name, "code": q.speaker_code} if q.speaker_name else None
    row["target"] = {"name": q.target_name, "code": q.target_code} if q.target_name else None
    return row


def article_view_dict(view: Any) -> dict[str, Any]:
    """A stored article with its findings (`store.records.ArticleView`): the one article shape
    of `newsgraph show` and `GET /api/v1/articles/{id}`. The article as `analyze` prints it, with
    the store's events and quotes (their ids and counts), where it came from and the `marks`
    to highlight."""
    row = analysis_dict(view.analysis)
    row["document_uri"] = view.document_uri
    row["events"] = [stored_event_dict(e) for e in view.events]
    row["quotes"] = [stored_quote_dict(q) for q in view.quotes]
    row["marks"] = plain(view.marks)
    return row


def analysed_quote_dict(q: Quote, seq: int, article: Article) -> dict[str, Any]:
    """A quote `analyze` found, in the one quote shape (`stored_quote_dict`'s keys): its store
    id is null."""
    s, t = q.speaker, q.target
    row: dict[str, Any] = {
        "id": None, "article_id": article.id, "seq": seq, "text": q.text, "direct": q.direct,
        "start": q.start, "end": q.end, "speaker_name": s.name if s else None,
        "speaker_code": s.code if s else "", "speaker_entity_id": s.entity_id if s else None,
        "speaker_text": q.speaker_text, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
        "cue": q.cue, "via": [actor_dict(v) for v in q.via], "anonymous": q.anonymous, "date": q.date,
        "article_title": article.title, "article_day": article_day(article),
        "via_codes": [v.code for v in q.via], "source_id": article.source_id,
        "spans": [[p.start, p.end] for p in q.spans], "quoted": [[p.start, p.end] for p in q.quoted],
        "rejected": q.rejected, "cue_lemma": q.cue_lemma, "cue_kind": q.cue_kind,
        "target_name": t.name if t else None, "target_code": t.code if t else "",
        "speaker": actor_dict(s), "target": actor_dict(t),
    }  # fmt: skip
    return row
