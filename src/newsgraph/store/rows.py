"""Model records <-> table rows. The one place that knows how each record is laid out in SQLite.

Writes turn an `Analysis` into plain tuples for `executemany`; reads turn rows back into the
same model records, so `Store.analysis(id)` returns what the pipeline produced, field for
field. Dates are stored as ISO strings, tuples of refs as JSON.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping
from functools import cache
from typing import Any

from newsgraph.data import read_tsv
from newsgraph.model import (
    ActorRef,
    Analysis,
    Article,
    Block,
    DateMention,
    Entity,
    Event,
    Mention,
    Place,
    Quote,
    Span,
    Tone,
)
from newsgraph.roles import CAMEO_ROLES, igo_group
from newsgraph.serialize import actor_columns, article_day, event_day

# A code that starts with a CAMEO actor type (or a known-group code) has no country block:
# "IGO", "MEDGOV" are not countries (see `newsgraph.roles.split_code`).
CAMEO_TYPES = CAMEO_ROLES


@cache
def load_fips() -> Mapping[str, tuple[str, str]]:
    """ISO3 -> (FIPS 10-4 code, country name), read once."""
    return {r["iso3"]: (r["fips"], r["name"]) for r in read_tsv("gdelt_fips_countries.tsv")}


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def iso(value: dt.date | dt.datetime | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def parse_when(value: str | None) -> dt.date | dt.datetime | None:
    """Inverse of `iso`: a datetime when the string has a time part, else a date."""
    if value is None:
        return None
    if "T" in value or " " in value:
        return dt.datetime.fromisoformat(value)
    return dt.date.fromisoformat(value)


def _bool(value: Any) -> bool:
    return bool(value)


def _ref(
    name: str | None, code: str, entity_id: str | None, start: int | None, end: int | None
) -> ActorRef | None:
    if name is None:
        return None
    return ActorRef(name=name, code=code or "", entity_id=entity_id, start=start, end=end)


def _ref_json(r: ActorRef) -> dict[str, Any]:
    return {"name": r.name, "code": r.code, "entity_id": r.entity_id, "start": r.start, "end": r.end}


# --- writes ---------------------------------------------------------------------------------

ARTICLE_COLUMNS = (
    "id, document_id, source, source_id, url, title, published, day, date_precision, date_source, updated, "
    "dateline, agency, author, site, language, fetched_at, text, blocks, skipped, tone_compound, tone_positive, "
    "tone_negative, tone, stored_at"
)


def article_row(analysis: Analysis, document_id: int, stored_at: str) -> tuple[Any, ...]:
    a, t = analysis.article, analysis.tone
    blocks = json.dumps([[b.kind, b.start, b.end] for b in a.blocks])
    return (
        a.id, document_id, a.source, a.source_id, a.url, a.title, iso(a.published), article_day(a),
        a.date_precision, a.date_source, iso(a.updated), a.dateline, a.agency, a.author, a.site, a.language,
        iso(a.fetched_at), a.text, blocks, analysis.skipped,
        t.compound if t else None, t.positive if t else None, t.negative if t else None, t.tone if t else None,
        stored_at,
    )  # fmt: skip


ENTITY_COLUMNS = (
    'article_id, entity_id, name, kind, title, country, role, code, aliases, n_mentions, start, "end"'
)


def entity_rows(analysis: Analysis) -> list[tuple[Any, ...]]:
    aid = analysis.article.id
    rows = []
    for e in analysis.entities:
        first = min(e.mentions, key=lambda m: m.start) if e.mentions else None
        rows.append((
            aid, e.id, e.name, e.kind, e.title, e.country, e.role, e.code, json.dumps(list(e.aliases)),
            len(e.mentions), first.start if first else None, first.end if first else None,
        ))  # fmt: skip
    return rows


def mention_rows(analysis: Analysis) -> list[tuple[Any, ...]]:
    aid = analysis.article.id
    return [(aid, e.id, m.text, m.start, m.end) for e in analysis.entities for m in e.mentions]


EVENT_COLUMNS = (
    "article_id, seq, day, date, date_precision, "
    "source_name, source_code, source_country, source_role, source_entity_id, source_start, source_end, "
    "target_name, target_code, target_country, target_role, target_entity_id, target_start, target_end, "
    "cameo, base_code, root, plover, plover_mode, goldstein, quad_class, negated, hypothetical, confidence, "
    "trigger, evidence_start, evidence_end, evidence_text, place_name, place_country, place_lat, place_lon, "
    "place_feature, place_confidence, place_start, place_end, place_geonameid, "
    "tone_compound, tone_positive, tone_negative, tone, quote_start, quote_end, num_mentions"
)


def event_rows(analysis: Analysis, tones: list[Tone | None]) -> list[tuple[Any, ...]]:
    a = analysis.article
    entities = {e.id: e for e in analysis.entities}
    rows = []
    for seq, (ev, tone) in enumerate(zip(analysis.events, tones, strict=True)):
        p = ev.place
        place = (
            (p.name, p.country, p.lat, p.lon, p.feature, p.confidence, p.start, p.end, p.geonameid)
            if p is not None
            else (None,) * 9
        )
        tone_cols = (tone.compound, tone.positive, tone.negative, tone.tone) if tone else (None,) * 4
        rows.append((
            a.id, seq, event_day(ev, a), ev.date, ev.date_precision,
            *actor_columns(ev.source, entities), *actor_columns(ev.target, entities),
            ev.cameo, ev.cameo[:3], ev.cameo[:2], ev.plover, ev.plover_mode, ev.goldstein, ev.quad_class,
            int(ev.negated), int(ev.hypothetical), ev.confidence, ev.trigger,
            ev.evidence.start, ev.evidence.end, ev.evidence_text, *place, *tone_cols,
            ev.quote_start, ev.quote_end, ev.num_mentions,
        ))  # fmt: skip
    return rows


QUOTE_COLUMNS = (
    'article_id, seq, text, direct, start, "end", speaker_name, speaker_code, speaker_entity_id, '
    "speaker_ref_start, speaker_ref_end, speaker_text, speaker_start, speaker_end, cue, via, anonymous, date, "
    "cue_lemma, cue_kind, cue_start, cue_end, target, spans, quoted, rejected"
)


def quote_rows(analysis: Analysis) -> list[tuple[Any, ...]]:
    aid = analysis.article.id
    rows = []
    for seq, q in enumerate(analysis.quotes):
        s = q.speaker
        rows.append((
            aid, seq, q.text, int(q.direct), q.start, q.end,
            s.name if s else None, s.code if s else "", s.entity_id if s else None,
            s.start if s else None, s.end if s else None,
            q.speaker_text, q.speaker_start, q.speaker_end, q.cue,
            json.dumps([_ref_json(v) for v in q.via]), int(q.anonymous), q.date,
            q.cue_lemma, q.cue_kind, q.cue_start, q.cue_end, json.dumps(_ref_json(q.target)) if q.target else None,
            json.dumps([[p.start, p.end] for p in q.spans]), json.dumps([[p.start, p.end] for p in q.quoted]),
            int(q.rejected),
        ))  # fmt: skip
    return rows


PLACE_COLUMNS = 'article_id, name, country, lat, lon, feature, confidence, start, "end", geonameid'


def place_rows(analysis: Analysis) -> list[tuple[Any, ...]]:
    aid = analysis.article.id
    return [
        (aid, p.name, p.country, p.lat, p.lon, p.feature, p.confidence, p.start, p.end, p.geonameid)
        for p in analysis.places
    ]


DATE_COLUMNS = 'article_id, text, value, end_value, precision, start, "end", timex_type, timeml'


def date_rows(analysis: Analysis) -> list[tuple[Any, ...]]:
    aid = analysis.article.id
    return [
        (aid, d.text, d.value, d.end_value, d.precision, d.start, d.end, d.timex_type, d.timeml)
        for d in analysis.dates
    ]


# --- reads ----------------------------------------------------------------------------------


def tone_from(row: sqlite3.Row, prefix: str = "tone_") -> Tone | None:
    if row[f"{prefix}compound"] is None:
        return None
    return Tone(row[f"{prefix}compound"], row[f"{prefix}positive"], row[f"{prefix}negative"], row["tone"])


def article_from(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        source=row["source"],
        text=row["text"],
        blocks=tuple(Block(kind, start, end) for kind, start, end in json.loads(row["blocks"])),
        title=row["title"],
        source_id=row["source_id"],
        url=row["url"],
        published=parse_when(row["published"]),
        date_precision=row["date_precision"],
        date_source=row["date_source"],
        updated=parse_when(row["updated"]),
        dateline=row["dateline"],
        agency=row["agency"],
        author=row["author"],
        site=row["site"],
        language=row["language"],
        fetched_at=parse_when(row["fetched_at"]),  # type: ignore[arg-type]
    )


def entity_from(row: sqlite3.Row, mentions: list[Mention]) -> Entity:
    return Entity(
        id=row["entity_id"],
        name=row["name"],
        kind=row["kind"],
        mentions=tuple(mentions),
        title=row["title"],
        country=row["country"],
        role=row["role"],
        aliases=tuple(json.loads(row["aliases"])),
        # The stored code keeps an organisation's tag ("IGOUNO"): no column of its own is needed.
        group=igo_group(row["code"] or "") if row["role"] == "IGO" and not row["country"] else None,
    )


def place_from(row: sqlite3.Row) -> Place:
    return Place(
        name=row["name"],
        country=row["country"],
        lat=row["lat"],
        lon=row["lon"],
        feature=row["feature"],
        confidence=row["confidence"],
        start=row["start"],
        end=row["end"],
        geonameid=row["geonameid"],
    )


def date_from(row: sqlite3.Row) -> DateMention:
    return DateMention(
        text=row["text"],
        value=row["value"],
        precision=row["precision"],
        start=row["start"],
        end=row["end"],
        end_value=row["end_value"],
        timex_type=row["timex_type"] or "DATE",
        timeml=row["timeml"],
    )


def quote_from(row: sqlite3.Row) -> Quote:
    via = tuple(
        ActorRef(v["name"], v["code"], v["entity_id"], v["start"], v["end"]) for v in json.loads(row["via"])
    )
    return Quote(
        text=row["text"],
        direct=_bool(row["direct"]),
        start=row["start"],
        end=row["end"],
        speaker=_ref(
            row["speaker_name"],
            row["speaker_code"],
            row["speaker_entity_id"],
            row["speaker_ref_start"],
            row["speaker_ref_end"],
        ),
        speaker_text=row["speaker_text"],
        speaker_start=row["speaker_start"],
        speaker_end=row["speaker_end"],
        cue=row["cue"],
        via=via,
        anonymous=_bool(row["anonymous"]),
        date=row["date"],
        cue_lemma=row["cue_lemma"],
        cue_kind=row["cue_kind"],
        cue_start=row["cue_start"],
        cue_end=row["cue_end"],
        target=ActorRef(**json.loads(row["target"])) if row["target"] else None,
        spans=_spans(row["spans"]),
        quoted=_spans(row["quoted"]),
        rejected=_bool(row["rejected"]),
    )


def _spans(value: str | None) -> tuple[Span, ...]:
    return tuple(Span(int(s), int(e)) for s, e in json.loads(value)) if value else ()


def event_from(row: sqlite3.Row) -> Event:
    place = None
    if row["place_name"] is not None:
        place = Place(
            name=row["place_name"],
            country=row["place_country"],
            lat=row["place_lat"],
            lon=row["place_lon"],
            feature=row["place_feature"],
            confidence=row["place_confidence"],
            start=row["place_start"],
            end=row["place_end"],
            geonameid=row["place_geonameid"],
        )
    return Event(
        source=_ref(*(row[f"source_{k}"] for k in ("name", "code", "entity_id", "start", "end"))),
        target=_ref(*(row[f"target_{k}"] for k in ("name", "code", "entity_id", "start", "end"))),
        cameo=row["cameo"],
        plover=row["plover"],
        goldstein=row["goldstein"],
        quad_class=row["quad_class"],
        evidence=Span(row["evidence_start"], row["evidence_end"]),
        evidence_text=row["evidence_text"],
        plover_mode=row["plover_mode"],
        date=row["date"],
        date_precision=row["date_precision"],
        place=place,
        negated=_bool(row["negated"]),
        hypothetical=_bool(row["hypothetical"]),
        confidence=row["confidence"],
        trigger=row["trigger"],
        quote_start=row["quote_start"],
        quote_end=row["quote_end"],
        num_mentions=row["num_mentions"],
    )
