"""A small store built from hand-made records (our own invented news), for API tests that
must not depend on the language model: every span is computed from the text it points into."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from newsgraph.extract.build import build_article
from newsgraph.model import (
    ActorRef,
    Analysis,
    DateMention,
    Entity,
    Event,
    Mention,
    Place,
    Quote,
    Span,
    Tone,
)
from newsgraph.store import Store, open_store

HOSTILE_TITLE = '<script>window.__pwned = 1</script>Harbour "talks" <img src=x onerror="window.__pwned=2">'


def _at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def _mentions(text: str, *words: str) -> tuple[Mention, ...]:
    out = []
    for w in words:
        start = text.find(w)
        while start >= 0:
            out.append(Mention(w, start, start + len(w)))
            start = text.find(w, start + len(w))
    return tuple(sorted(set(out), key=lambda m: m.start))


def _sentence(text: str, words: str) -> Span:
    start, end = _at(text, words)
    return Span(start, end)


def _ref(entity: Entity, text: str, word: str) -> ActorRef:
    start, end = _at(text, word)
    return ActorRef(entity.name, entity.code, entity.id, start, end)


def radar_article() -> Analysis:
    article = build_article(
        source="tests/radar.txt",
        title="Finland and Estonia agree to share border radar data",
        paragraphs=[
            "HELSINKI: Finland and Estonia agreed on Tuesday to share border radar data, Foreign Minister "
            "Sanna Virtanen said after talks in Tallinn.",
            "“We will not accept new checkpoints on the border,” Virtanen said.",
        ],
        published=dt.date(2025, 3, 4),
        date_precision="day",
        dateline="HELSINKI",
        agency="Reuters",
        language="en",
    )
    t = article.text
    fin = Entity("e1", "Finland", "country", _mentions(t, "Finland"), country="FIN")
    est = Entity("e2", "Estonia", "country", _mentions(t, "Estonia"), country="EST")
    person = Entity(
        "e3",
        "Sanna Virtanen",
        "person",
        (*_mentions(t, "Sanna Virtanen"), Mention("Virtanen", *_at(t, "Virtanen", nth=1))),
        title="Foreign Minister",
        country="FIN",
        role="GOV",
    )
    tallinn = Entity("e4", "Tallinn", "place", _mentions(t, "Tallinn"), country="EST")
    place = Place("Tallinn", "EST", 59.437, 24.7536, "city", 0.9, *_at(t, "Tallinn"), geonameid=588409)
    sentence = "Finland and Estonia agreed on Tuesday to share border radar data, Foreign Minister Sanna Virtanen said after talks in Tallinn."
    ev_span = _sentence(t, sentence)
    agree = Event(
        source=_ref(fin, t, "Finland"),
        target=_ref(est, t, "Estonia"),
        cameo="057",
        plover="AGREE",
        goldstein=8.0,
        quad_class=1,
        evidence=ev_span,
        evidence_text=sentence,
        date="2025-03-04",
        date_precision="day",
        place=place,
        confidence=0.8,
        trigger="agreed",
    )
    meet = Event(
        source=_ref(person, t, "Sanna Virtanen"),
        target=_ref(est, t, "Estonia"),
        cameo="043",
        plover="CONSULT",
        goldstein=2.8,
        quad_class=1,
        evidence=ev_span,
        evidence_text=sentence,
        date="2025-03-04",
        date_precision="day",
        place=place,
        confidence=0.6,
        trigger="talks",
    )
    quote_text = "We will not accept new checkpoints on the border,"
    q_start, q_end = _at(t, quote_text)
    s_start, s_end = _at(t, "Virtanen", nth=1)
    quote = Quote(
        quote_text,
        True,
        q_start,
        q_end,
        ActorRef(person.name, person.code, person.id, s_start, s_end),
        speaker_text="Virtanen",
        speaker_start=s_start,
        speaker_end=s_end,
        cue="said",
        via=(ActorRef("Yle", "FINMED"),),
    )
    day = DateMention("on Tuesday", "2025-03-04", "day", *_at(t, "on Tuesday"))
    return Analysis(
        article=article,
        entities=(fin, est, person, tallinn),
        dates=(day,),
        places=(place,),
        quotes=(quote,),
        events=(agree, meet),
        tone=Tone(0.4, 0.08, 0.02, 6.0),
    )


def fishing_article() -> Analysis:
    article = build_article(
        source="tests/fishing.txt",
        title="Chile accuses Argentina over fishing limits",
        paragraphs=[
            "SANTIAGO: Chile accused Argentina on Thursday of letting trawlers break fishing limits in the south.",
            "Argentina rejected the accusation and said its coast guard patrols the area every week.",
        ],
        published=dt.date(2025, 3, 6),
        date_precision="day",
        dateline="SANTIAGO",
        language="en",
    )
    t = article.text
    chl = Entity("e1", "Chile", "country", _mentions(t, "Chile"), country="CHL")
    arg = Entity("e2", "Argentina", "country", _mentions(t, "Argentina"), country="ARG")
    s1 = "Chile accused Argentina on Thursday of letting trawlers break fishing limits in the south."
    s2 = "Argentina rejected the accusation and said its coast guard patrols the area every week."
    santiago = Place("Santiago", "CHL", -33.4569, -70.6483, "city", 0.7, *_at(t, "SANTIAGO"))
    accuse = Event(
        _ref(chl, t, "Chile"),
        _ref(arg, t, "Argentina"),
        "112",
        "ACCUSE",
        -2.0,
        3,
        _sentence(t, s1),
        s1,
        date="2025-03-06",
        date_precision="day",
        place=santiago,
        trigger="accused",
    )
    reject = Event(
        _ref(arg, t, "Argentina rejected"),
        _ref(chl, t, "Chile"),
        "120",
        "REJECT",
        -4.0,
        3,
        _sentence(t, s2),
        s2,
        date="2025-03-06",
        date_precision="day",
        trigger="rejected",
    )
    return Analysis(
        article=article,
        entities=(chl, arg),
        places=(santiago,),
        events=(accuse, reject),
        tone=Tone(-0.5, 0.0, 0.1, -10.0),
    )


def hostile_article() -> Analysis:
    """Markup and quote characters in every text field: the UI must show them as text."""
    article = build_article(
        source="tests/hostile.txt",
        title=HOSTILE_TITLE,
        paragraphs=[
            "Port officials said <b>nothing</b> about the \"talks\" & the 'deal' on Friday; "
            "the <script>window.__pwned = 3</script> note stayed in the harbour office."
        ],
        language="en",
    )
    return Analysis(article=article, tone=Tone(0.0, 0.0, 0.0, 0.0))


def write_sample(path: Path) -> Store:
    from newsgraph.settings import Settings
    from newsgraph.store.links import ArticleLinker

    store = open_store(path)
    # As an ingest writes: copies linked, actors resolved, stories grouped, events merged.
    linker = ArticleLinker(store, Settings())
    for analysis in (radar_article(), fishing_article(), hostile_article()):
        digest = hashlib.sha256(analysis.article.text.encode()).hexdigest()
        store.write_document(analysis.article.source, digest, None, [analysis], after=linker.after_write)
    return store


def article_ids() -> dict[str, str]:
    return {
        name: make().article.id
        for name, make in (
            ("radar", radar_article),
            ("fishing", fishing_article),
            ("hostile", hostile_article),
        )
    }
