"""The data model every stage shares.

Records are frozen dataclasses: a stage reads records and returns new ones, it never
mutates what it was given. Every record that comes from text carries character offsets
into `Article.text`, the article's canonical text, so any fact can be traced back to the
words it came from.

Canonical text layout (built by `extract`): the title, the summary bullets, the body
paragraphs, the caption and finally the dateline's place ("KABUL", "ALEXANDRIA, La."), each
block separated by a blank line. `Article.blocks` gives the kind and span of each block.
Everything up to `Article.analysis_end` (title, summary, body) is what the language stages
parse; the caption and the dateline sit after it so that they keep offsets (a place found in
them can be shown and filtered by block) without being parsed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from newsgraph.roles import CAMEO_ROLES

DatePrecision = Literal["second", "minute", "day", "week", "month", "year", "unknown"]
BlockKind = Literal["title", "summary", "paragraph", "caption", "dateline"]
EntityKind = Literal["person", "organisation", "country", "place", "media"]


@dataclass(frozen=True)
class RawDocument:
    """One unit of input, as a reader found it, before any extraction.

    A reader splits containers (a feed into entries, a JSONL file into lines, a WARC into
    responses); `extract` turns each RawDocument into one or more Articles.
    """

    uri: str
    content: bytes | str
    content_type: str  # "text/plain", "text/html", ... as sniffed or declared
    fetched_at: dt.datetime | None = None
    source_id: str | None = None
    # Metadata the container already knew (a feed entry's title, a JSONL line's date, ...).
    meta: Mapping[str, str] = field(default_factory=dict)
    # The reader knows the content is one article's body (a JSONL text field, a feed entry):
    # extraction keeps it whole as one article rather than segmenting it as a scraped dump.
    structured: bool = False


@dataclass(frozen=True)
class Span:
    """Character offsets [start, end) into an article's canonical text."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]


@dataclass(frozen=True)
class Block:
    """A title, summary bullet, body paragraph or caption inside `Article.text`."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    id: str  # stable hash of the normalised body
    source: str  # uri of the document it came from (with "#n" when a page held several)
    text: str  # canonical text, see the module docstring
    blocks: tuple[Block, ...]
    title: str | None = None
    source_id: str | None = None  # the input's own id (JSONL, feed guid, WARC record id)
    url: str | None = None
    published: dt.date | dt.datetime | None = None
    date_precision: DatePrecision = "unknown"
    date_source: str | None = None  # "text", "metadata", "relative", ...
    updated: dt.date | dt.datetime | None = None
    dateline: str | None = None
    agency: str | None = None
    author: str | None = None
    site: str | None = None
    language: str | None = None
    fetched_at: dt.datetime | None = None

    def _blocks(self, kind: BlockKind) -> tuple[str, ...]:
        return tuple(self.text[b.start : b.end] for b in self.blocks if b.kind == kind)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return self._blocks("paragraph")

    @property
    def summary(self) -> tuple[str, ...]:
        return self._blocks("summary")

    @property
    def caption(self) -> str | None:
        captions = self._blocks("caption")
        return "\n".join(captions) if captions else None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def block_of(self, offset: int) -> BlockKind | None:
        """The kind of block that holds `offset` (a place or date's start): filter by part."""
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block.kind
        return None

    @property
    def analysis_end(self) -> int:
        """End offset of the text the language stages parse (everything but caption and dateline)."""
        ends = [b.end for b in self.blocks if b.kind not in ("caption", "dateline")]
        return max(ends) if ends else 0


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Entity:
    """A person, organisation, country, place or news outlet, resolved within one article."""

    id: str  # unique within the article: "e1", "e2", ...
    name: str  # canonical name: the longest proper form the article uses
    kind: EntityKind
    mentions: tuple[Mention, ...]
    title: str | None = None  # "President", "FBI Director", ...
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None  # CAMEO agent code: GOV, MIL, COP, JUD, LEG, MED, ...
    aliases: tuple[str, ...] = ()
    # An international organisation's CAMEO sub-tag after its role IGO ("UNO", "EUREEC", "NATO"); the role stays
    # "IGO" so every test of the role holds, and the code carries the tag analysts count dyads by.
    group: str | None = None

    @property
    def code(self) -> str:
        """CAMEO-style actor code, country, role, group: "BLRGOV", "USACOP", "IGOUNO", "IGO", or ""."""
        return (self.country or "") + (self.role or "") + (self.group or "")


@dataclass(frozen=True)
class DateMention:
    text: str
    value: str | None  # ISO date, "YYYY-MM" or "YYYY"; None when it cannot be resolved
    precision: DatePrecision
    start: int
    end: int
    end_value: str | None = None  # for ranges ("this week", "in recent weeks")
    # TimeML's type: "DATE"; "DURATION" ("three years") and "SET" ("every Monday") have no value.
    timex_type: str = "DATE"
    # The value in TimeML's notation, which names the writer's unit: "1998-SU", "1998-Q3", "199",
    # "1998-W40", "PRESENT_REF", durations "P3Y" and sets "XXXX-WXX-1" (`time.timeml`).
    timeml: str | None = None


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    feature: str | None  # "city", "country", "admin1", ...
    confidence: float
    start: int
    end: int
    geonameid: int | None = None

    @property
    def geo_type(self) -> int:
        """GDELT's ActionGeo_Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
        return geo_type(self.feature, self.country)


def geo_type(feature: str | None, country: str | None) -> int:
    """GDELT's geo type of a place of this feature: first-level divisions (and regions such as
    the West Bank) are states, anything finer (cities, counties) a city; 0 for a continent."""
    if feature == "country":
        return 1
    if feature == "continent":
        return 0
    if feature in ("admin1", "state", "region"):
        return 2 if country == "USA" else 5
    return 3 if country == "USA" else 4


@dataclass(frozen=True)
class ActorRef:
    """An event's or a quote's participant: an entity when one resolves, else just words."""

    name: str
    code: str = ""
    entity_id: str | None = None
    start: int | None = None
    end: int | None = None

    @property
    def country(self) -> str:
        """The code's country block; "" for a role alone ("CVL", "REB": protesters or gunmen of no
        told country), which must never pass for a country ("CVL" + "GOV"). "IGO" stays: the stages
        treat an organisation's code block as its side."""
        head = self.code[:3]
        if len(self.code) < 3 or not head.isupper() or (head in CAMEO_ROLES and head != "IGO"):
            return ""
        return head


@dataclass(frozen=True)
class Quote:
    text: str
    direct: bool
    start: int
    end: int
    speaker: ActorRef | None  # None: the speaker could not be resolved (never guessed)
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    via: tuple[ActorRef, ...] = ()  # reporting chain, outermost first: ("Belta",)
    anonymous: bool = False
    date: str | None = None
    # For the event stage: the cue's lemma ("accuse"), what it attributes ("speech",
    # "belief", "intention"), where it stands, and whom it addresses or targets ("told X",
    # "accused X of ...", "urged X to ..."). Continuation quotes (a paragraph that keeps
    # quoting the previous speaker) have no cue of their own.
    cue_lemma: str | None = None
    cue_kind: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    target: ActorRef | None = None
    # One record is one attribution. `spans` are the pieces of its content (several for a
    # discontinuous quote: "“Here,” she said. “There.”"; empty means the one range [start,
    # end)); `quoted` the pieces inside quotation marks, a partial quote inside reported
    # speech included ("said Iran would help 'neutralize' them"). `direct` is True when
    # the content holds quoted words. `rejected`: the content is a claim the speaker
    # rejects ("denied that ...", "dismissed claims that ..."), not the speaker's own view.
    spans: tuple[Span, ...] = ()
    quoted: tuple[Span, ...] = ()
    rejected: bool = False

    @property
    def pieces(self) -> tuple[Span, ...]:
        """The content's character ranges: `spans`, or the one range [start, end)."""
        return self.spans or (Span(self.start, self.end),)


@dataclass(frozen=True)
class Event:
    source: ActorRef | None
    target: ActorRef | None
    cameo: str  # full CAMEO code, "042", "1123"
    plover: str | None
    goldstein: float
    quad_class: int
    evidence: Span  # the sentence
    evidence_text: str
    plover_mode: str | None = None
    date: str | None = None
    date_precision: DatePrecision = "unknown"
    place: Place | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5
    trigger: str | None = None  # the verb or noun that carried the action
    # The quote whose cue is this event's verb ("X accused Y of ..."): the statement's words.
    quote_start: int | None = None
    quote_end: int | None = None
    # Sentences of the article that tell this same event (headline, summary, lead): the
    # event is kept once, with the best of them as evidence.
    num_mentions: int = 1
    # Of the evidence sentence. Set by the pipeline; the store keeps it in the events table
    # (StoredEvent.tone) rather than in the record it reads back.
    tone: Tone | None = None

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(frozen=True)
class Tone:
    compound: float
    positive: float  # share of positive words
    negative: float
    tone: float  # GDELT style: (positive - negative) * 100


@dataclass(frozen=True)
class Analysis:
    """Everything newsgraph found in one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[Place, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    tone: Tone | None = None
    skipped: str | None = None  # why the language stages did not run ("language: de")
    # Id of the stored article this one copies (exactly or nearly): then it was not parsed,
    # `skipped` says "duplicate of <id>", and the store keeps it as a link to that article.
    duplicate_of: str | None = None


@dataclass(frozen=True)
class DocumentError:
    """A document that could not be read or processed; the batch goes on without it."""

    uri: str
    stage: str  # "read", "extract", "parse", ...
    reason: str
    source_id: str | None = None


@dataclass(frozen=True)
class ProcessedDocument:
    """One input document after the pipeline: its articles' analyses and its failures.

    The store writes one ProcessedDocument per transaction, so a crash never leaves half a
    document behind, and `content_hash` makes ingest idempotent.
    """

    uri: str
    content_hash: str
    analyses: tuple[Analysis, ...] = ()
    errors: tuple[DocumentError, ...] = ()
    fetched_at: dt.datetime | None = None
    source_id: str | None = None
