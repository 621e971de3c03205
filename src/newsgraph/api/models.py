"""Response models: the OpenAPI schema the API promises, with examples.

They mirror the store's records (`newsgraph.store.records`) and `newsgraph.serialize`
field for field; tests/api/test_models.py checks that every record field has a place here,
so a column the store adds cannot silently vanish from the API.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

# --- shared ---------------------------------------------------------------------------


class ErrorOut(BaseModel):
    error: str = Field(description="Stable error code scripts may match on.", examples=["not_found"])
    message: str = Field(description="What went wrong, for people.", examples=["no article with id 'abc'"])


class MentionOut(BaseModel):
    text: str = Field(examples=["Virtanen"])
    start: int = Field(examples=[142])
    end: int = Field(examples=[150])


class EntityOut(BaseModel):
    id: str = Field(examples=["e1"], description="Unique within the article.")
    name: str = Field(examples=["Sanna Virtanen"])
    kind: str = Field(examples=["person"], description="person, organisation, country, place or media")
    code: str = Field("", examples=["FINGOV"], description="CAMEO actor code: country + role.")
    country: str | None = Field(None, examples=["FIN"])
    role: str | None = Field(None, examples=["GOV"])
    title: str | None = Field(None, examples=["Foreign Minister"])
    aliases: list[str] = []
    mentions: list[MentionOut] = []


class PlaceOut(BaseModel):
    name: str = Field(examples=["Tallinn"])
    country: str | None = Field(None, examples=["EST"])
    lat: float | None = Field(None, examples=[59.437])
    lon: float | None = Field(None, examples=[24.7536])
    feature: str | None = Field(None, examples=["city"])
    confidence: float | None = Field(None, examples=[0.9])
    geonameid: int | None = Field(None, examples=[588409])
    geo_type: int | None = Field(
        None, examples=[4], description="GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."
    )
    start: int | None = None
    end: int | None = None


class DateOut(BaseModel):
    text: str = Field(examples=["on Tuesday"])
    value: str | None = Field(None, examples=["2025-03-04"])
    end_value: str | None = None
    precision: str | None = Field(None, examples=["day"])
    timex_type: str = Field(
        "DATE", examples=["DATE"], description="TimeML type: DATE, or DURATION / SET (which have no value)."
    )
    start: int
    end: int


class BlockOut(BaseModel):
    kind: str = Field(examples=["paragraph"], description="title, summary, paragraph or caption")
    start: int
    end: int


class ToneOut(BaseModel):
    compound: float = Field(examples=[0.42])
    positive: float = Field(examples=[0.08])
    negative: float = Field(examples=[0.02])
    tone: float = Field(examples=[6.0], description="GDELT style: (positive - negative) * 100")


# --- events, quotes, actors -----------------------------------------------------------


class EventOut(BaseModel):
    id: int = Field(examples=[17], description="Store id; GLOBALEVENTID in the GDELT export.")
    article_id: str = Field(examples=["a3f19c0d2e7b4411"])
    seq: int = Field(examples=[0], description="Position among the article's events.")
    day: str = Field(examples=["2025-03-04"], description="Day the event is filed under ('' when unknown).")
    date: str | None = Field(None, examples=["2025-03-04"])
    date_precision: str = Field("unknown", examples=["day"])
    source_name: str | None = Field(None, examples=["Finland"])
    source_code: str = Field("", examples=["FIN"])
    source_country: str = Field("", examples=["FIN"])
    source_role: str = Field("", examples=[""])
    source_entity_id: str | None = Field(None, examples=["e2"])
    target_name: str | None = Field(None, examples=["Estonia"])
    target_code: str = Field("", examples=["EST"])
    target_country: str = Field("", examples=["EST"])
    target_role: str = Field("", examples=[""])
    target_entity_id: str | None = Field(None, examples=["e3"])
    cameo: str = Field(examples=["057"], description="Full CAMEO event code.")
    base_code: str = Field(examples=["057"], description="Three-digit CAMEO base code.")
    root: str = Field(examples=["05"], description="CAMEO root class (first two digits).")
    plover: str | None = Field(None, examples=["AGREE"])
    plover_mode: str | None = None
    goldstein: float = Field(examples=[8.0])
    quad_class: int = Field(
        examples=[1],
        description="1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
    )
    negated: bool = False
    hypothetical: bool = False
    confidence: float = Field(examples=[0.8])
    trigger: str | None = Field(None, examples=["agreed"])
    evidence_start: int = Field(examples=[74])
    evidence_end: int = Field(examples=[140])
    evidence_text: str = Field(examples=["Finland and Estonia agreed on Tuesday to share border radar data."])
    place_name: str | None = Field(None, examples=["Tallinn"])
    place_country: str | None = Field(None, examples=["EST"])
    lat: float | None = Field(None, examples=[59.437])
    lon: float | None = Field(None, examples=[24.7536])
    tone: float | None = Field(None, examples=[3.1])
    article_title: str | None = Field(None, examples=["Finland and Estonia agree to share border radar data"])
    article_url: str | None = None
    article_source: str = Field("", examples=["upload:radar.txt"])
    merged_id: int | None = Field(
        None,
        description="The merged cross-article event this one belongs to (newsgraph.store.stories), if any.",
    )
    num_mentions: int = Field(
        1, description="GDELT-style: mentions of the merged event across stored articles."
    )
    num_articles: int = Field(1, description="GDELT-style: articles reporting the merged event.")
    num_sources: int = Field(1, description="GDELT-style: distinct sources reporting the merged event.")
    story_id: int | None = Field(None, description="The story (cluster of articles) the event belongs to.")
    source_id: str | None = Field(None, description="The input record's own id for the article.")
    quote_text: str | None = Field(
        None, description="The quoted words when the event's verb introduces a statement ('accused ... of \"...\"')."
    )
    cursor: str = Field(
        "", examples=["2025-03-04~17"], description="Pass as `cursor` to get the events after this one."
    )


class EventPage(BaseModel):
    items: list[EventOut]
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` for the next page; null on the last page."
    )


class QuoteOut(BaseModel):
    id: int = Field(examples=[5])
    article_id: str = Field(examples=["a3f19c0d2e7b4411"])
    seq: int = 0
    text: str = Field(examples=["We will not accept new checkpoints on the border"])
    direct: bool = Field(examples=[True])
    start: int
    end: int
    speaker_name: str | None = Field(None, examples=["Sanna Virtanen"])
    speaker_code: str = Field("", examples=["FINGOV"])
    speaker_entity_id: str | None = None
    speaker_text: str | None = Field(None, examples=["Virtanen"])
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = Field(None, examples=["said"])
    via: list[str] = Field([], description="Reporting chain, outermost first.", examples=[["Yle"]])
    anonymous: bool = False
    date: str | None = None
    article_title: str | None = None
    article_day: str = Field("", examples=["2025-03-04"])
    via_codes: list[str] = Field([], description="Actor codes of `via`, same order.", examples=[["FINMED"]])
    source_id: str | None = Field(None, description="The input record's own id for the article.")
    spans: list[list[int]] = Field(
        [], description="The attribution's content pieces as [start, end] (several for a discontinuous quote)."
    )
    quoted: list[list[int]] = Field([], description="The pieces inside quotation marks, as [start, end].")
    rejected: bool = Field(False, description="A claim the cue's subject rejects ('denied that ...').")


class QuotePage(BaseModel):
    items: list[QuoteOut]


class ActorOut(BaseModel):
    name: str = Field(examples=["Sanna Virtanen"])
    code: str = Field("", examples=["FINGOV"])
    kind: str = Field(examples=["person"])
    country: str | None = Field(None, examples=["FIN"])
    role: str | None = Field(None, examples=["GOV"])
    articles: int = Field(examples=[4], description="Articles mentioning the actor.")
    mentions: int = Field(examples=[11])
    actor_id: int | None = Field(
        None, description="The cross-article actor this entry resolved to, when resolved."
    )
    aliases: list[str] = Field(
        [], description="Every spelling stored articles use for the actor.", examples=[["Virtanen"]]
    )


class ActorPage(BaseModel):
    items: list[ActorOut]


# --- articles and search --------------------------------------------------------------


class ArticleOut(BaseModel):
    """An article as listed: metadata and counts, no text."""

    id: str = Field(examples=["a3f19c0d2e7b4411"])
    title: str | None = Field(None, examples=["Finland and Estonia agree to share border radar data"])
    source: str = Field("", examples=["upload:radar.txt"])
    url: str | None = None
    published: str | None = Field(None, examples=["2025-03-04"])
    day: str = Field("", examples=["2025-03-04"])
    agency: str | None = Field(None, examples=["Reuters"])
    dateline: str | None = Field(None, examples=["HELSINKI"])
    language: str | None = Field(None, examples=["en"])
    skipped: str | None = Field(
        None, examples=["language fr is not analysed"], description="Why the language stages did not run, if they did not."
    )
    duplicate_of: str | None = Field(None, description="The stored article this one (nearly) copies, if any.")
    events: int = Field(0, examples=[3])
    quotes: int = Field(0, examples=[2])
    entities: int = Field(0, examples=[7])


class ArticlePage(BaseModel):
    items: list[ArticleOut]
    total: int = Field(description="Articles matching the filters.", examples=[42])
    next_offset: int | None = Field(
        None, description="Pass as `offset` for the next page; null on the last page."
    )


class MarkOut(BaseModel):
    start: int = Field(examples=[74])
    end: int = Field(examples=[81])
    kind: str = Field(examples=["entity"], description="entity, quote, event, place or date")
    label: str = Field(examples=["FIN"])
    ref: str = Field(examples=["e2"], description="Entity id, q<seq> for quotes, ev<seq> for events.")


class ArticleDetailOut(BaseModel):
    """One article with its canonical text and every span found in it (offsets into `text`)."""

    id: str = Field(examples=["a3f19c0d2e7b4411"])
    source: str = ""
    source_id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    date_precision: str | None = None
    date_source: str | None = None
    updated: str | None = None
    agency: str | None = None
    dateline: str | None = None
    author: str | None = None
    site: str | None = None
    language: str | None = None
    caption: str | None = None
    summary: list[str] = []
    paragraphs: list[str] = []
    text: str = Field(
        examples=["Finland and Estonia agree to share border radar data\n\nFinland and Estonia agreed ..."]
    )
    blocks: list[BlockOut] = []
    document_uri: str = ""
    skipped: str | None = Field(None, description="Why the language stages did not run, if they did not.")
    entities: list[EntityOut] = []
    places: list[PlaceOut] = []
    dates: list[DateOut] = []
    quotes: list[QuoteOut] = []
    events: list[EventOut] = []
    marks: list[MarkOut] = Field([], description="Spans to highlight, sorted by start then longest first.")
    tone: ToneOut | None = None


class SearchHitOut(BaseModel):
    article_id: str = Field(examples=["a3f19c0d2e7b4411"])
    title: str | None = Field(None, examples=["Finland and Estonia agree to share border radar data"])
    day: str = Field("", examples=["2025-03-04"])
    source: str = ""
    url: str | None = None
    snippet: str = Field(
        examples=["... agreed on Tuesday to share border [radar] data ..."], description="Matches in [ ]."
    )
    rank: float = Field(examples=[-3.2], description="bm25; lower is better.")


class SearchPage(BaseModel):
    items: list[SearchHitOut]


# --- statistics -----------------------------------------------------------------------


class StatsOut(BaseModel):
    documents: int
    articles: int
    entities: int
    mentions: int
    events: int
    quotes: int
    places: int
    dates: int
    errors: int
    first_day: str | None = None
    last_day: str | None = None
    schema_version: int
    analysed_languages: list[str] = Field(
        [], examples=[["en"]], description="Languages this server analyses (setting `languages`); others are stored only."
    )


class TimelinePointOut(BaseModel):
    day: str = Field(examples=["2025-03-04"])
    verbal_cooperation: int = Field(examples=[3], description="QuadClass 1")
    material_cooperation: int = Field(examples=[1], description="QuadClass 2")
    verbal_conflict: int = Field(examples=[0], description="QuadClass 3")
    material_conflict: int = Field(examples=[0], description="QuadClass 4")
    total: int = Field(examples=[4])
    precision: str = Field(
        "day",
        examples=["day"],
        description='"day", or "month"/"year" for events dated only to that period (filed under its first day).',
    )


class TimelineOut(BaseModel):
    items: list[TimelinePointOut]


class EdgeOut(BaseModel):
    source: str = Field(examples=["FIN"], description="Source actor code, or name when it has no code.")
    target: str = Field(examples=["EST"])
    source_name: str = Field(examples=["Finland"])
    target_name: str = Field(examples=["Estonia"])
    events: int = Field(examples=[3])
    mean_goldstein: float = Field(examples=[5.2])
    conflict: int = Field(examples=[0], description="Events with QuadClass 3 or 4.")
    quad_class: int = Field(0, examples=[1], description="The QuadClass most of its events have (ties: the more conflictual).")


class NetworkOut(BaseModel):
    edges: list[EdgeOut]


# --- ingest ---------------------------------------------------------------------------


class IngestErrorOut(BaseModel):
    uri: str
    stage: str = Field(examples=["extract"])
    reason: str = Field(examples=["no article text found"])
    source_id: str | None = None


class IngestOut(BaseModel):
    articles: list[ArticleOut] = Field(
        description="Articles the input held, as stored (new or already there)."
    )
    documents: int = Field(0, description="Documents read from the body.")
    written: int = Field(0, description="Articles newly written to the store.")
    duplicates: int = Field(0, description="Articles already stored, kept as they were.")
    skipped: int = Field(0, description="Documents already stored (same content hash): nothing redone.")
    near_duplicates: int = Field(
        0, description="Of `written`, articles stored as a link to an article they nearly copy, not analysed again."
    )
    not_analysed: dict[str, int] = Field(
        {}, examples=[{"fr": 1}], description="Articles stored but not analysed because of their language, by language."
    )
    events: int = Field(0, description="Events stored for the input's articles.")
    quotes: int = Field(0)
    entities: int = Field(0)
    errors: list[IngestErrorOut] = []


# --- helpers --------------------------------------------------------------------------


def jsonable(value: Any) -> Any:
    """Records (dataclasses), dates and tuples as plain JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    return value


def event_out(event: Any) -> dict[str, Any]:
    row: dict[str, Any] = jsonable(event)
    row["cursor"] = event.cursor
    return row


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Malformed query (code `invalid_query` or `usage`)."},
    401: {"model": ErrorOut, "description": "Token required (code `unauthorized`)."},
    413: {"model": ErrorOut, "description": "Body too large (code `too_large`)."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "Not found (code `not_found`)."},
}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    403: {"model": ErrorOut, "description": "Server is read-only (code `read_only`)."},
    422: {"model": ErrorOut, "description": "The body could not be read as news (code `document_failed`)."},
}
