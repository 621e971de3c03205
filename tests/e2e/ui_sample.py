"""A store for the browser tests of the charts and the map, from hand-made records (our own
invented wire copy, no language model): events at nearby places on two continents (Minsk, Kyiv,
Chelm and Warsaw; Sudan and El Fasher) so the map must cluster and place labels, an event dated
only to a month, a many-sided actor network, one person mentioned far more than the others (harbour), and
a French article that is stored but not analysed."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from newsgraph.extract.build import build_article
from newsgraph.model import ActorRef, Analysis, DatePrecision, Entity, Event, Mention, Place, Span
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store
from newsgraph.store.links import ArticleLinker
from tests.api.api_sample import write_sample

FRENCH_TITLE = "Les ministres se retrouvent à Genève pour parler de l'eau"


@dataclass(frozen=True)
class Act:
    """One event: who (name, code, kind) did what to whom, in which sentence, where and when."""

    source: tuple[str, str, str]
    target: tuple[str, str, str]
    cameo: str
    quad: int
    goldstein: float
    sentence: int
    place: tuple[str, str, float, float] | None = None
    date: str = ""
    precision: DatePrecision = "day"


def _analysis(source: str, title: str, sentences: list[str], published: dt.date, acts: list[Act]) -> Analysis:
    article = build_article(source=source, title=title, paragraphs=sentences, published=published,
                            date_precision="day", language="en")  # fmt: skip
    text = article.text
    entities: dict[str, Entity] = {}
    for act in acts:
        for name, code, kind in (act.source, act.target):
            if name not in entities:
                mentions = []
                at = text.find(name)
                while at >= 0:
                    mentions.append(Mention(name, at, at + len(name)))
                    at = text.find(name, at + len(name))
                assert mentions, name
                entities[name] = Entity(f"e{len(entities) + 1}", name, kind, tuple(mentions),  # type: ignore[arg-type]
                                        country=code[:3], role=code[3:] or None)  # fmt: skip
    events = []
    for act in acts:
        sentence = sentences[act.sentence]
        start = text.index(sentence)
        refs = []
        for name, code, _ in (act.source, act.target):
            at = text.index(name, start)
            refs.append(ActorRef(name, code, entities[name].id, at, at + len(name)))
        place = None
        if act.place:
            name, country, lat, lon = act.place
            at = text.find(name, start)
            place = Place(name, country, lat, lon, "city", 0.8, at, at + len(name))
        events.append(Event(refs[0], refs[1], act.cameo, None, act.goldstein, act.quad,
                            Span(start, start + len(sentence)), sentence, date=act.date or published.isoformat(),
                            date_precision=act.precision, place=place))  # fmt: skip
    places = tuple({e.place.name: e.place for e in events if e.place}.values())
    return Analysis(article=article, entities=tuple(entities.values()), places=places, events=tuple(events))


BLR, POL, UKR = ("Belarus", "BLR", "country"), ("Poland", "POL", "country"), ("Ukraine", "UKR", "country")
SDN, RSF = ("Sudan", "SDN", "country"), ("Rapid Support Forces", "SDNREB", "organisation")
USA = ("Washington", "USA", "country")


def border_article() -> Analysis:
    sentences = [
        "MINSK: Belarus hosted talks with Poland in Minsk on Monday about the closed border crossings.",
        "Ukraine asked Poland for more trucks at a meeting in Kyiv the same day.",
        "Poland deployed extra guards against Belarus near Chelm, officials said.",
        "Poland signed a rail agreement with Ukraine in Warsaw later in the week.",
        "Belarus accused Poland of stalling, speaking again in Minsk.",
    ]
    acts = [
        Act(BLR, POL, "043", 1, 2.8, 0, ("Minsk", "BLR", 53.9, 27.567)),
        Act(UKR, POL, "036", 1, 4.0, 1, ("Kyiv", "UKR", 50.45, 30.523)),
        Act(POL, BLR, "150", 4, -7.2, 2, ("Chelm", "POL", 51.143, 23.471)),
        Act(POL, UKR, "057", 1, 8.0, 3, ("Warsaw", "POL", 52.23, 21.012)),
        Act(BLR, POL, "112", 3, -2.0, 4, ("Minsk", "BLR", 53.9, 27.567)),
    ]
    return _analysis(
        "tests/border.txt", "Border talks in Minsk, Kyiv and Warsaw", sentences, dt.date(2025, 3, 10), acts
    )


def sudan_article() -> Analysis:
    sentences = [
        "KHARTOUM: Rapid Support Forces shelled positions held by Sudan outside El Fasher on Tuesday.",
        "Sudan said its army pushed back Rapid Support Forces across Sudan by the evening.",
        "Washington urged Sudan to allow aid convoys, the envoy said.",
        "Washington criticised Rapid Support Forces for blocking roads in February.",
    ]
    acts = [
        Act(RSF, SDN, "190", 4, -10.0, 0, ("El Fasher", "SDN", 13.628, 25.35)),
        Act(SDN, RSF, "190", 4, -10.0, 1, ("Sudan", "SDN", 15.5, 30.0)),
        Act(USA, SDN, "010", 1, 0.0, 2),
        # Dated only to February: the timeline must spread it over the month.
        Act(USA, RSF, "111", 3, -2.0, 3, date="2025-02", precision="month"),
    ]
    return _analysis("tests/sudan.txt", "Fighting around El Fasher", sentences, dt.date(2025, 3, 18), acts)


def harbour_article() -> Analysis:
    """One person named far more often than the others, whose names sort before hers."""
    whitfield = ("Dana Whitfield", "USAGOV", "person")
    sentences = [
        "BOSTON: Dana Whitfield met the Harbour Authority on Wednesday about the dredging plan.",
        "Aldo Brenner criticised Dana Whitfield over the cost, aides said.",
        "Dana Whitfield answered that the plan was paid for. Dana Whitfield said the work starts in May.",
    ]
    acts = [
        Act(whitfield, ("Harbour Authority", "USABUS", "organisation"), "040", 1, 1.0, 0),
        Act(("Aldo Brenner", "USALEG", "person"), whitfield, "111", 3, -2.0, 1),
    ]
    return _analysis("tests/harbour.txt", "Dredging plan questioned", sentences, dt.date(2025, 3, 19), acts)


def french_article() -> Analysis:
    article = build_article(
        source="tests/geneve.txt",
        title=FRENCH_TITLE,
        paragraphs=[
            "Les ministres de l'environnement se retrouvent mardi à Genève pour parler de la gestion de l'eau."
        ],
        published=dt.date(2025, 3, 12),
        date_precision="day",
        language="fr",
    )
    return Analysis(article=article, skipped="language fr is not analysed")


def write_ui_sample(path: Path) -> Store:
    store = write_sample(path)
    linker = ArticleLinker(store, Settings())
    for analysis in (border_article(), sudan_article(), harbour_article(), french_article()):
        digest = hashlib.sha256(analysis.article.text.encode()).hexdigest()
        store.write_document(analysis.article.source, digest, None, [analysis], after=linker.after_write)
    return store


def ui_sample_db(tmp_path: Path) -> Path:
    path = tmp_path / "ui-sample.db"
    write_ui_sample(path).close()
    return path


def open_sample(path: Path) -> Store:
    return open_store(path, read_only=True)
