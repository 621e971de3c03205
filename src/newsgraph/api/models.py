"""Response models: the OpenAPI schema the API promises, with examples.

Each model of a record is derived from the record's dataclass (`newsgraph.model`,
`newsgraph.store.records`): one field per dataclass field, with its type and default, so a
field the store adds appears in the API and its schema without a second declaration. What is
written here is only what a dataclass cannot say: descriptions and examples (the `*_DOCS`
tables), and the fields `newsgraph.serialize` adds to a record (derived properties such as
`cursor`, nested models). Models of plain query results (article listings, ingest reports)
are declared in full.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Callable, Collection, Mapping
from typing import Any, TypeVar, cast

from pydantic import BaseModel, Field, create_model

from newsgraph.model import Article, Block, DateMention, DocumentError, Entity, Mention, Place, Tone
from newsgraph.store.records import (
    ActorCount,
    Edge,
    Mark,
    SearchHit,
    Stats,
    StoredEvent,
    StoredQuote,
    TimelinePoint,
)

M = TypeVar("M", bound=BaseModel)
# A field's description and one example (None: no example).
Doc = tuple[str, Any]
NO_DOCS: Mapping[str, Doc] = {}


def _field(default: Any, doc: Doc | None) -> Any:
    if doc is None:
        return Field(default)
    description, example = doc
    return Field(default, description=description or None, examples=None if example is None else [example])


def derived(
    record: type, docs: Mapping[str, Doc] = NO_DOCS, *, exclude: Collection[str] = ()
) -> Callable[[type[M]], type[M]]:
    """Make the decorated model the record's: one field per dataclass field (type, default and
    `docs`), then the fields the class itself declares, which also replace a record field of
    the same name (a nested record's model, a type as the JSON carries it)."""

    def build(cls: type[M]) -> type[M]:
        hints = typing.get_type_hints(record)
        spec: dict[str, Any] = {}
        for f in dataclasses.fields(record):
            if f.name not in exclude:
                default = ... if f.default is dataclasses.MISSING else f.default
                spec[f.name] = (hints[f.name], _field(default, docs.get(f.name)))
        for name, info in cls.model_fields.items():
            spec[name] = (info.annotation, info)
        return cast(type[M], create_model(cls.__name__, __doc__=cls.__doc__, **spec))

    return build


_LIST: Any = list  # subscripted with models made at run time, which mypy cannot see as types


def page(name: str, item: type[BaseModel], **fields: Any) -> type[BaseModel]:
    """A page of records: `items` and any paging fields."""
    return create_model(name, items=(_LIST[item], ...), **fields)


class ErrorOut(BaseModel):
    error: str = Field(description="Stable error code scripts may match on.", examples=["not_found"])
    message: str = Field(description="What went wrong, for people.", examples=["no article with id 'abc'"])


# --- the records of one article -----------------------------------------------------------
# declarative table: descriptions and examples of record fields, by model


@derived(Mention, {"text": ("", "Virtanen"), "start": ("", 142), "end": ("", 150)})
class MentionOut(BaseModel):
    """One place the article names the entity: its words and character offsets."""


ENTITY_DOCS: Mapping[str, Doc] = {
    "id": ("Unique within the article.", "e1"),
    "name": ("", "Sanna Virtanen"),
    "kind": ("person, organisation, country, place or media", "person"),
    "country": ("", "FIN"),
    "role": ("", "GOV"),
    "group": ("An international organisation's CAMEO tag after its role IGO (IGOUNO: UNO).", None),
    "title": ("", "Foreign Minister"),
}


@derived(Entity, ENTITY_DOCS)
class EntityOut(BaseModel):
    mentions: list[MentionOut] = []
    code: str = Field("", examples=["FINGOV"], description="CAMEO actor code: country + role (+ an IGO's tag).")


BLOCK_DOC = "Which part of the article said it: title, summary, paragraph, caption or dateline."
PLACE_DOCS: Mapping[str, Doc] = {
    "name": ("", "Tallinn"),
    "country": ("", "EST"),
    "lat": ("", 59.437),
    "lon": ("", 24.7536),
    "feature": ("", "city"),
    "confidence": ("", 0.9),
    "geonameid": ("", 588409),
}


@derived(Place, PLACE_DOCS)
class PlaceOut(BaseModel):
    geo_type: int | None = Field(
        None,
        examples=[4],
        description="GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.",
    )
    block: str | None = Field(None, examples=["paragraph"], description=BLOCK_DOC)


DATE_DOCS: Mapping[str, Doc] = {
    "text": ("", "on Tuesday"),
    "value": ("", "2025-03-04"),
    "precision": ("", "day"),
    "timeml": ("The value in TimeML notation: 2025-SU, 2025-Q1, P3Y, XXXX-WXX-1, PRESENT_REF.", "2025-W10"),
}


@derived(DateMention, DATE_DOCS, exclude={"timex_type"})
class DateOut(BaseModel):
    type: str = Field(
        "DATE", examples=["DATE"], description="TimeML type: DATE, or DURATION / SET (which have no value)."
    )
    block: str | None = Field(None, examples=["paragraph"], description=BLOCK_DOC)


@derived(Block, {"kind": ("title, summary, paragraph, caption or dateline", "paragraph")})
class BlockOut(BaseModel):
    """One typed block of the article's text (title, summary, paragraph, caption or dateline), by offsets."""


TONE_DOCS: Mapping[str, Doc] = {
    "compound": ("", 0.42),
    "positive": ("", 0.08),
    "negative": ("", 0.02),
    "tone": ("GDELT style: (positive - negative) * 100", 6.0),
}


@derived(Tone, TONE_DOCS)
class ToneOut(BaseModel):
    """VADER compound score and GDELT-style tone of the text it belongs to."""


# --- events, quotes, actors -----------------------------------------------------------
# declarative table: descriptions and examples of record fields, by model

EVENT_DOCS: Mapping[str, Doc] = {
    "id": ("Store id; GLOBALEVENTID in the GDELT export.", 17),
    "article_id": ("", "a3f19c0d2e7b4411"),
    "seq": ("Position among the article's events.", 0),
    "day": ("Day the event is filed under ('' when unknown).", "2025-03-04"),
    "date": ("", "2025-03-04"),
    "date_precision": ("", "day"),
    "source_name": ("", "Finland"),
    "source_code": ("", "FIN"),
    "source_country": ("", "FIN"),
    "source_role": ("", ""),
    "source_entity_id": ("", "e2"),
    "target_name": ("", "Estonia"),
    "target_code": ("", "EST"),
    "target_country": ("", "EST"),
    "target_role": ("", ""),
    "target_entity_id": ("", "e3"),
    "cameo": ("Full CAMEO event code.", "057"),
    "base_code": ("Three-digit CAMEO base code.", "057"),
    "root": ("CAMEO root class (first two digits).", "05"),
    "plover": ("", "AGREE"),
    "goldstein": ("", 8.0),
    "quad_class": ("1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict", 1),
    "confidence": ("", 0.8),
    "trigger": ("", "agreed"),
    "evidence_start": ("", 74),
    "evidence_end": ("", 140),
    "evidence_text": ("", "Finland and Estonia agreed on Tuesday to share border radar data."),
    "place_name": ("", "Tallinn"),
    "place_country": ("", "EST"),
    "lat": ("", 59.437),
    "lon": ("", 24.7536),
    "tone": ("GDELT-style tone of the evidence sentence.", 3.1),
    "article_title": ("", "Finland and Estonia agree to share border radar data"),
    "article_source": ("", "upload:radar.txt"),
    "merged_id": (
        "The merged cross-article event this one belongs to (newsgraph.store.stories), if any.",
        None,
    ),
    "num_mentions": ("GDELT-style: mentions of the merged event across stored articles.", None),
    "num_articles": ("GDELT-style: articles reporting the merged event.", None),
    "num_sources": ("GDELT-style: distinct sources reporting the merged event.", None),
    "story_id": ("The story (cluster of articles) the event belongs to.", None),
    "quote_text": (
        "The quoted words when the event's verb introduces a statement ('accused ... of \"...\"').",
        None,
    ),
    "source_id": ("The input record's own id for the article.", None),
    "place_feature": ("", "city"),
    "place_geonameid": ("", 588409),
    "tone_compound": ("VADER compound score of the evidence sentence.", 0.34),
    "article_tone": ("GDELT-style tone of the whole article.", 3.3),
}


class SpanTextOut(BaseModel):
    text: str = Field(examples=["Finland and Estonia agreed on Tuesday to share border radar data."])
    start: int = Field(examples=[74])
    end: int = Field(examples=[140])


@derived(StoredEvent, EVENT_DOCS)
class EventOut(BaseModel):
    place: str | None = Field(
        None, examples=["Tallinn"], description="Name of the place the event happened in."
    )
    evidence: SpanTextOut = Field(description="The sentence that reports the event, with its offsets.")
    cursor: str = Field(
        "", examples=["2025-03-04~17"], description="Pass as `cursor` to get the events after this one."
    )


EventPage = page(
    "EventPage",
    EventOut,
    next_cursor=(
        str | None,
        Field(None, description="Pass as `cursor` for the next page; null on the last page."),
    ),
)

QUOTE_DOCS: Mapping[str, Doc] = {
    "id": ("", 5),
    "article_id": ("", "a3f19c0d2e7b4411"),
    "text": ("", "We will not accept new checkpoints on the border"),
    "direct": ("", True),
    "speaker_name": ("", "Sanna Virtanen"),
    "speaker_code": ("", "FINGOV"),
    "speaker_text": ("", "Virtanen"),
    "cue": ("", "said"),
    "speaker_entity_id": ("The speaker's entity in the article.", "e1"),
    "article_day": ("", "2025-03-04"),
    "via_codes": ("Actor codes of `via`, same order.", ["FINMED"]),
    "source_id": ("The input record's own id for the article.", None),
    "spans": ("The attribution's content pieces as [start, end] (several for a discontinuous quote).", None),
    "quoted": ("The pieces inside quotation marks, as [start, end].", None),
    "rejected": ("A claim the cue's subject rejects ('denied that ...').", None),
    "cue_lemma": ("", "say"),
    "cue_kind": ("What the cue attributes: speech, belief or intention.", "speech"),
    "target_name": ("Whom the quote addresses or targets ('told X', 'accused X of').", None),
    "target_code": ("", ""),
}


class ActorRefOut(BaseModel):
    name: str = Field(examples=["Sanna Virtanen"])
    code: str = Field("", examples=["FINGOV"], description="CAMEO actor code; '' when uncoded.")


@derived(StoredQuote, QUOTE_DOCS)
class QuoteOut(BaseModel):
    via: list[ActorRefOut] = Field([], description="Reporting chain, outermost first.")
    speaker: ActorRefOut | None = Field(None, description="`speaker_name` and `speaker_code`; null when unresolved.")
    target: ActorRefOut | None = Field(None, description="`target_name` and `target_code`, when the cue has one.")


QuotePage = page("QuotePage", QuoteOut)

ACTOR_DOCS: Mapping[str, Doc] = {
    "name": ("", "Sanna Virtanen"),
    "code": ("", "FINGOV"),
    "kind": ("", "person"),
    "country": ("", "FIN"),
    "role": ("", "GOV"),
    "articles": ("Articles mentioning the actor.", 4),
    "mentions": ("", 11),
    "actor_id": ("The cross-article actor this entry resolved to, when resolved.", None),
    "aliases": ("Every spelling stored articles use for the actor.", ["Virtanen"]),
}


@derived(ActorCount, ACTOR_DOCS)
class ActorOut(BaseModel):
    """An actor (name and code) with how many articles and mentions name it."""


ActorPage = page("ActorPage", ActorOut)


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
        None,
        examples=["language fr is not analysed"],
        description="Why the language stages did not run, if they did not.",
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


MARK_DOCS: Mapping[str, Doc] = {
    "start": ("", 74),
    "end": ("", 81),
    "kind": ("entity, quote, event, place or date", "entity"),
    "label": ("", "FIN"),
    "ref": ("Entity id, q<seq> for quotes, ev<seq> for events.", "e2"),
}


@derived(Mark, MARK_DOCS)
class MarkOut(BaseModel):
    """One stretch of the article's text marked as an entity, place, date, quote or event."""


ARTICLE_DOCS: Mapping[str, Doc] = {
    "id": ("", "a3f19c0d2e7b4411"),
    "text": ("", "Finland and Estonia agree to share border radar data\n\nFinland and Estonia agreed ..."),
}


# `fetched_at` is the store's bookkeeping, not shown; dates are ISO text as `serialize` writes them.
@derived(Article, ARTICLE_DOCS, exclude={"fetched_at"})
class ArticleDetailOut(BaseModel):
    """One article with its canonical text and every span found in it (offsets into `text`)."""

    blocks: list[BlockOut] = []
    published: str | None = None
    updated: str | None = None
    summary: list[str] = []
    paragraphs: list[str] = []
    caption: str | None = None
    document_uri: str = ""
    skipped: str | None = Field(None, description="Why the language stages did not run, if they did not.")
    entities: list[EntityOut] = []
    places: list[PlaceOut] = []
    dates: list[DateOut] = []
    quotes: list[QuoteOut] = []
    events: list[EventOut] = []
    marks: list[MarkOut] = Field([], description="Spans to highlight, sorted by start then longest first.")
    tone: ToneOut | None = None


SEARCH_DOCS: Mapping[str, Doc] = {
    "article_id": ("", "a3f19c0d2e7b4411"),
    "title": ("", "Finland and Estonia agree to share border radar data"),
    "day": ("", "2025-03-04"),
    "snippet": ("Matches in [ ].", "... agreed on Tuesday to share border [radar] data ..."),
    "matches": (
        "Where the matches are in `snippet`, [start, end) with their brackets: brackets the text itself holds are not matches.",
        [[38, 45]],
    ),
    "rank": ("bm25; lower is better.", -3.2),
}


@derived(SearchHit, SEARCH_DOCS)
class SearchHitOut(BaseModel):
    """An article matching a full-text search, with its snippet and bm25 rank (lower is better)."""


SearchPage = page("SearchPage", SearchHitOut)


# --- statistics -----------------------------------------------------------------------


@derived(Stats)
class StatsOut(BaseModel):
    analysed_languages: list[str] = Field(
        [],
        examples=[["en"]],
        description="Languages this server analyses (setting `languages`); others are stored only.",
    )


TIMELINE_DOCS: Mapping[str, Doc] = {
    "day": ("", "2025-03-04"),
    "verbal_cooperation": ("QuadClass 1", 3),
    "material_cooperation": ("QuadClass 2", 1),
    "verbal_conflict": ("QuadClass 3", 0),
    "material_conflict": ("QuadClass 4", 0),
    "precision": (
        '"day", or "month"/"year" for events dated only to that period (filed under its first day).',
        "day",
    ),
}


@derived(TimelinePoint, TIMELINE_DOCS)
class TimelinePointOut(BaseModel):
    total: int = Field(examples=[4])


TimelineOut = page("TimelineOut", TimelinePointOut)

EDGE_DOCS: Mapping[str, Doc] = {
    "source": ("Source actor code, or name when it has no code.", "FIN"),
    "target": ("", "EST"),
    "source_name": ("", "Finland"),
    "target_name": ("", "Estonia"),
    "events": ("", 3),
    "mean_goldstein": ("", 5.2),
    "conflict": ("Events with QuadClass 3 or 4.", 0),
    "quad_class": ("The QuadClass most of its events have (ties: the more conflictual).", 1),
}


@derived(Edge, EDGE_DOCS)
class EdgeOut(BaseModel):
    """A source -> target pair of the actor network with its event count."""


class NetworkOut(BaseModel):
    edges: list[EdgeOut]


# --- ingest ---------------------------------------------------------------------------


@derived(DocumentError, {"stage": ("", "extract"), "reason": ("", "no article text found")})
class IngestErrorOut(BaseModel):
    """A document that could not be ingested: its uri, the stage and the reason."""


class IngestOut(BaseModel):
    articles: list[ArticleOut] = Field(
        description="Articles the input held, as stored (new or already there)."
    )
    documents: int = Field(0, description="Documents read from the body.")
    written: int = Field(0, description="Articles newly written to the store.")
    duplicates: int = Field(0, description="Articles already stored, kept as they were.")
    skipped: int = Field(0, description="Documents already stored (same content hash): nothing redone.")
    near_duplicates: int = Field(
        0,
        description="Of `written`, articles stored as a link to an article they nearly copy, not analysed again.",
    )
    not_analysed: dict[str, int] = Field(
        {},
        examples=[{"fr": 1}],
        description="Articles stored but not analysed because of their language, by language.",
    )
    events: int = Field(0, description="Events stored for the input's articles.")
    quotes: int = Field(0)
    entities: int = Field(0)
    errors: list[IngestErrorOut] = []


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
