"""Typed records the store's queries return (frozen dataclasses, like model.py's).

Stored records carry what the model records do plus what the store adds: database ids
(GLOBALEVENTID in the GDELT export), the article each fact belongs to, and the derived
columns queries filter on (`day`, split actor country/role). `dataclasses.asdict` turns any
of them into the JSON-ready dict the CLI and the API print.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.model import Analysis, Tone


@dataclass(frozen=True)
class StoredEvent:
    id: int
    article_id: str
    seq: int  # position among the article's events
    day: str  # YYYY-MM-DD the event is filed under ("" when unknown), see docs/store.md
    date: str | None  # the event's own date as the events stage resolved it
    date_precision: str
    source_name: str | None
    source_code: str
    source_country: str
    source_role: str
    source_entity_id: str | None
    target_name: str | None
    target_code: str
    target_country: str
    target_role: str
    target_entity_id: str | None
    cameo: str
    base_code: str
    root: str
    plover: str | None
    plover_mode: str | None
    goldstein: float
    quad_class: int
    negated: bool
    hypothetical: bool
    confidence: float
    trigger: str | None
    evidence_start: int
    evidence_end: int
    evidence_text: str
    place_name: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    tone: float | None  # GDELT-style tone of the evidence sentence
    article_title: str | None
    article_url: str | None
    article_source: str
    # Across articles (newsgraph.store.stories): the merged event this one belongs to and its
    # GDELT-style counts; an event outside any story counts itself once.
    merged_id: int | None = None
    num_mentions: int = 1
    num_articles: int = 1
    num_sources: int = 1
    story_id: int | None = None
    quote_text: str | None = None  # the statement's words, when a quote's cue is this event's verb
    source_id: str | None = None  # the input record's own id for the event's article
    # Columns the events export carries, so the API and the CLI show what the export does.
    place_feature: str | None = None
    place_geonameid: int | None = None
    tone_compound: float | None = None  # VADER compound score of the evidence sentence
    article_tone: float | None = None  # GDELT-style tone of the whole article

    @property
    def cursor(self) -> str:
        """Opaque position to pass as `cursor=` to get the events after this one."""
        return f"{self.day}~{self.id}"


@dataclass(frozen=True)
class StoredQuote:
    id: int
    article_id: str
    seq: int
    text: str
    direct: bool
    start: int
    end: int
    speaker_name: str | None
    speaker_code: str
    speaker_entity_id: str | None
    speaker_text: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    via: tuple[str, ...]  # reporting chain names, outermost first
    anonymous: bool
    date: str | None
    article_title: str | None
    article_day: str
    via_codes: tuple[str, ...] = ()  # actor codes of `via`, in the same order ("" when uncoded)
    source_id: str | None = None  # the input record's own id for the quote's article
    spans: tuple[tuple[int, int], ...] = ()  # content pieces; () for rows stored before migration 8
    quoted: tuple[tuple[int, int], ...] = ()  # pieces inside quotation marks
    rejected: bool = False
    cue_lemma: str | None = None  # the cue's lemma ("say" for "said")
    cue_kind: str | None = None  # what the cue attributes: speech, belief or intention
    target_name: str | None = None  # whom the quote is addressed to or about, when the cue says
    target_code: str = ""


@dataclass(frozen=True)
class ActorCount:
    name: str
    code: str
    kind: str
    country: str | None
    role: str | None
    articles: int  # articles mentioning the actor
    mentions: int
    actor_id: int | None = None  # the cross-article actor (newsgraph.store.resolve), when resolved
    aliases: tuple[str, ...] = ()  # every spelling stored articles use for it


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    title: str | None
    day: str
    source: str
    url: str | None
    snippet: str  # matched words wrapped in [ and ]
    # Where the wrapped matches are in `snippet` (brackets included): the article's own brackets are not matches.
    matches: tuple[tuple[int, int], ...]
    rank: float  # bm25: lower is better


@dataclass(frozen=True)
class QuoteHit:
    quote_id: int
    article_id: str
    speaker_name: str | None
    snippet: str  # as SearchHit's
    matches: tuple[tuple[int, int], ...]
    rank: float


@dataclass(frozen=True)
class Mark:
    """A span of the article text to highlight: what was found there and what it refers to."""

    start: int
    end: int
    kind: str  # "entity", "quote", "event", "place", "date"
    label: str  # entity code or name, CAMEO code, ISO date, ...
    ref: str  # entity id, "q<seq>", "ev<seq>", ...


@dataclass(frozen=True)
class ArticleView:
    """One stored article with everything found in it, for display."""

    analysis: Analysis  # the article and its records as the pipeline produced them
    document_uri: str
    events: tuple[StoredEvent, ...]
    quotes: tuple[StoredQuote, ...]
    marks: tuple[Mark, ...]  # sorted by start, then longest first

    @property
    def tone(self) -> Tone | None:
        return self.analysis.tone


@dataclass(frozen=True)
class ArticleSummary:
    """An article as listed: its metadata and the counts of what was found in it, no text."""

    id: str
    title: str | None
    source: str
    url: str | None
    published: str | None
    day: str
    agency: str | None
    dateline: str | None
    language: str | None
    skipped: str | None  # why the language stages did not run, if they did not
    duplicate_of: str | None
    events: int
    quotes: int
    entities: int


@dataclass(frozen=True)
class ArticlePage:
    items: list[ArticleSummary]
    total: int  # articles matching the filters
    next_offset: int | None  # None on the last page


@dataclass(frozen=True)
class Stats:
    documents: int
    articles: int
    entities: int
    mentions: int
    events: int
    quotes: int
    places: int
    dates: int
    errors: int
    first_day: str | None
    last_day: str | None
    schema_version: int


@dataclass(frozen=True)
class TimelinePoint:
    day: str
    verbal_cooperation: int  # QuadClass 1
    material_cooperation: int  # 2
    verbal_conflict: int  # 3
    material_conflict: int  # 4
    # "day", or "month"/"year" for events dated only to that period and filed under its first
    # day (see `rows.event_day`): a chart spreads these over the period, not onto its first day.
    precision: str = "day"

    @property
    def total(self) -> int:
        return (
            self.verbal_cooperation
            + self.material_cooperation
            + self.verbal_conflict
            + self.material_conflict
        )


@dataclass(frozen=True)
class Edge:
    source: str  # actor code, or name when the actor has no code
    target: str
    source_name: str
    target_name: str
    events: int
    mean_goldstein: float
    conflict: int  # events with QuadClass 3 or 4
    quad_class: int = 0  # the QuadClass most of its events have (ties: the more conflictual)


@dataclass(frozen=True)
class StoredError:
    id: int
    uri: str
    stage: str
    reason: str
    source_id: str | None
    time: str  # last seen (UTC ISO)
    count: int  # times seen
    document_id: int | None


@dataclass(frozen=True)
class WriteResult:
    """What `Store.write_document` did."""

    document_id: int | None
    status: str  # "written", "replaced" or "skipped" (content hash already stored)
    articles_written: int = 0
    articles_duplicate: int = 0  # already stored from another document: kept, not rewritten
    errors_written: int = 0
