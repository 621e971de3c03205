"""Hand-built analyses for the store tests: real Articles from build_article, records by hand.

Sentences are written for these tests. Spans are found in the built text, so every record
points at the words it claims to come from.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import (
    ActorRef,
    Analysis,
    Article,
    DateMention,
    Entity,
    Event,
    Mention,
    Place,
    Quote,
    Span,
)
from newsgraph.store import Store, open_store
from newsgraph.understand.tone import load_analyzer, score_tone, sentence_tone


def span_of(article: Article, words: str, after: int = 0) -> tuple[int, int]:
    start = article.text.index(words, after)
    return start, start + len(words)


def sentence_span(article: Article, words: str) -> Span:
    """The sentence (up to and including its full stop) that contains `words`."""
    start, _ = span_of(article, words)
    begin = max(article.text.rfind(". ", 0, start) + 2, article.text.rfind("\n", 0, start) + 1, 0)
    end = article.text.index(".", start) + 1
    return Span(begin, end)


def mention(article: Article, words: str, after: int = 0) -> Mention:
    start, end = span_of(article, words, after)
    return Mention(words, start, end)


def event(
    article: Article, sentence_words: str, source: ActorRef | None, target: ActorRef | None, **kw: object
) -> Event:
    ev = sentence_span(article, sentence_words)
    text = ev.text(article.text)
    # The evidence sentence's tone, as the understand stage scores it (tone.score_events).
    return Event(source=source, target=target, evidence=ev, evidence_text=text, tone=sentence_tone(text, load_analyzer()), **kw)  # type: ignore[arg-type]


def ref(article: Article, words: str, code: str, entity: Entity | None = None) -> ActorRef:
    """As EntityLookup.ref does: the entity's canonical name when one covers the words."""
    start, end = span_of(article, words)
    return ActorRef(entity.name if entity else words, code, entity.id if entity else None, start, end)


def border_deal() -> Analysis:
    a = build_article(
        source="file:///news/wire.txt#1",
        url="https://example.org/border-deal",
        title="Tehran and Baghdad sign border accord",
        summary=["The accord follows months of talks."],
        paragraphs=[
            "The Iranian government signed a border agreement with Iraq in Baghdad on Monday, officials said.",
            "Two days earlier the Iranian military struck positions across the frontier, killing four fighters.",
            '"This accord opens a new chapter of friendship," the Iranian foreign minister told Reuters.',
        ],
        caption="Delegates shake hands in Baghdad. Photo: wire service",
        published=dt.date(2024, 5, 6),
        date_precision="day",
        date_source="metadata",
        agency="Reuters",
        language="en",
    )
    iran = Entity(
        "e1",
        "Iranian government",
        "organisation",
        (mention(a, "The Iranian government"), mention(a, "the Iranian foreign minister")),
        country="IRN",
        role="GOV",
        aliases=("Tehran",),
    )
    iraq = Entity("e2", "Iraq", "country", (mention(a, "Iraq"),), country="IRQ")
    army = Entity(
        "e3",
        "Iranian military",
        "organisation",
        (mention(a, "the Iranian military"),),
        country="IRN",
        role="MIL",
    )
    b0, b1 = span_of(a, "Baghdad", a.blocks[2].start)
    baghdad = Place("Baghdad", "IRQ", 33.3406, 44.4009, "city", 0.9, b0, b1, geonameid=98182)
    d0, d1 = span_of(a, "Monday")
    monday = DateMention("Monday", "2024-05-06", "day", d0, d1)
    q0, q1 = span_of(a, "This accord opens a new chapter of friendship,")
    speaker = ref(a, "the Iranian foreign minister", "IRNGOV", iran)
    quote = Quote(
        text=a.text[q0:q1],
        direct=True,
        start=q0,
        end=q1,
        speaker=speaker,
        speaker_text="the Iranian foreign minister",
        speaker_start=speaker.start,
        speaker_end=speaker.end,
        cue="told",
        via=(ActorRef("Reuters", "MED"),),
    )
    deal = event(
        a,
        "signed a border agreement",
        ref(a, "The Iranian government", "IRNGOV", iran),
        ref(a, "Iraq", "IRQ", iraq),
        cameo="057",
        plover="AGREE",
        goldstein=8.0,
        quad_class=1,
        date="2024-05-06",
        date_precision="day",
        place=baghdad,
        trigger="signed",
        confidence=0.9,
    )
    strike = event(
        a,
        "struck positions",
        ref(a, "the Iranian military", "IRNMIL", army),
        ActorRef("fighters", ""),
        cameo="190",
        plover="ASSAULT",
        goldstein=-10.0,
        quad_class=4,
        date="2024-05-04",
        date_precision="day",
        trigger="struck",
    )
    return Analysis(a, (iran, iraq, army), (monday,), (baghdad,), (quote,), (deal, strike), score_tone(a, load_analyzer()))


def sanctions() -> Analysis:
    a = build_article(
        source="file:///news/wire.txt#2",
        title="Washington accuses Tehran over drones",
        paragraphs=[
            "The United States accused Iran of supplying drones to armed groups, a State Department spokesman said.",
            "Washington said it would announce new sanctions in June.",
        ],
        published=dt.datetime(2024, 6, 1, 14, 30, tzinfo=dt.UTC),
        date_precision="minute",
        language="en",
    )
    usa = Entity(
        "e1",
        "United States",
        "country",
        (mention(a, "The United States"), mention(a, "Washington", 50)),
        country="USA",
        role="GOV",
    )
    iran = Entity("e2", "Iran", "country", (mention(a, "Iran"),), country="IRN")
    accuse = event(
        a,
        "accused Iran",
        ref(a, "The United States", "USAGOV", usa),
        ref(a, "Iran", "IRN", iran),
        cameo="112",
        plover="ACCUSE",
        goldstein=-2.0,
        quad_class=3,
        date="2024-06",
        date_precision="month",
    )
    statement = event(
        a,
        "would announce new sanctions",
        ActorRef("United States", "USAGOV", "e1", *span_of(a, "Washington", 50)),
        None,
        cameo="010",
        plover=None,
        goldstein=0.0,
        quad_class=1,
    )
    return Analysis(a, (usa, iran), events=(accuse, statement), tone=score_tone(a, load_analyzer()))


def undated() -> Analysis:
    a = build_article(
        source="file:///news/blog.html",
        title="Shelling reported near Kharkiv",
        paragraphs=[
            "Russian forces shelled villages near Kharkiv overnight, Ukrainian officials said 50% of homes lost power."
        ],
        language="en",
    )
    k0, k1 = span_of(a, "Kharkiv", a.blocks[1].start)
    kharkiv = Place("Kharkiv", "UKR", 49.9935, 36.2304, "city", 0.8, k0, k1, geonameid=706483)
    shell = event(
        a,
        "shelled villages",
        ActorRef("Russian forces", "RUSMIL"),
        ActorRef("villages", "UKR"),
        cameo="195",
        plover="ASSAULT",
        goldstein=-10.0,
        quad_class=4,
        place=kharkiv,
        hypothetical=False,
    )
    return Analysis(a, places=(kharkiv,), events=(shell,), tone=score_tone(a, load_analyzer()))


def as_read_back(analysis: Analysis) -> Analysis:
    """`analysis` as `Store.analysis` reads it back: event tone is kept in its own columns, for
    filters and exports, and not read back into the events."""
    events = tuple(dataclasses.replace(e, tone=None) for e in analysis.events)
    return dataclasses.replace(analysis, events=events)


@pytest.fixture
def analyses() -> list[Analysis]:
    return [border_deal(), sanctions(), undated()]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "news.db")
    yield s
    s.close()


@pytest.fixture
def filled(store: Store, analyses: list[Analysis]) -> Store:
    store.write_document("file:///news/wire.txt", "hash-wire", "2024-06-02T08:00:00+00:00", analyses[:2])
    store.write_document("file:///news/blog.html", "hash-blog", None, analyses[2:])
    return store
