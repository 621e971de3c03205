"""A named person's surname alone is the person, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsgraph.extract.build import build_article
from newsgraph.model import Entity, Mention
from newsgraph.pipeline import Analysis, analyze_articles, load_resources
from newsgraph.settings import Settings
from newsgraph.understand.places.find import find_places, load_gazetteer
from newsgraph.understand.places.resolve import PlaceMention
from newsgraph.understand.places.surnames import not_surnames, surnames


def test_surnames_last_words_of_full_names() -> None:
    text = "Director Paul Jordan said the film was made in Galway."
    ents = [
        (text.index("Paul"), text.index("Paul") + 11, "PERSON"),
        (text.index("Galway"), text.index("Galway") + 6, "GPE"),
    ]
    person = Entity("e1", "Luis Rodriguez", "person", (Mention("Luis Rodriguez", 0, 14),))
    assert surnames(text, ents, [person]) == {"Jordan", "Rodriguez"}


def test_surnames_alone_dropped_after_a_locative_kept() -> None:
    text = "Jordan said the crew flew to Jordan, then to Clinton, Iowa, where Clinton spoke."
    at = [i for i in range(len(text)) if text.startswith("Jordan", i)] + [
        i for i in range(len(text)) if text.startswith("Clinton", i)
    ]
    mentions = [
        PlaceMention(text[i : i + (6 if text[i] == "J" else 7)], i, i + (6 if text[i] == "J" else 7), "GPE")
        for i in at
    ]
    kept = not_surnames(text, mentions, frozenset({"Jordan", "Clinton"}))
    assert [(m.text, m.start) for m in kept] == [
        ("Jordan", text.index("to Jordan") + 3),
        ("Clinton", text.index("Clinton, Iowa")),
    ]


def test_surnames_person_and_country_in_one_story(nlp: Any) -> None:
    body = (
        "Director Paul Jordan defended his new film on Saturday. Jordan said the story was true, "
        "and the crew later flew to Jordan to shoot the desert scenes."
    )
    article = build_article(
        source="t", title="Film row", paragraphs=[body], published=dt.date(2025, 8, 20), date_precision="day"
    )
    doc = nlp(article.text[: article.analysis_end])
    places = find_places(article, doc, (), load_gazetteer())
    jordans = [
        p.start - article.text.index(body) for p in places if article.text[p.start : p.end] == "Jordan"
    ]
    assert jordans == [body.index("to Jordan") + 3]


def test_a_country_the_entity_stage_reads_apart_from_the_person_stays_a_place(nlp: Any) -> None:
    body = "Rep. Steve Israel, a New York Democrat, said on Monday that Israel had a right to defend itself."
    article = build_article(
        source="t", title="Vote", paragraphs=[body], published=dt.date(2025, 8, 20), date_precision="day"
    )
    settings = Settings()
    (result,) = analyze_articles([article], settings, load_resources(settings))
    assert isinstance(result, Analysis)
    at = article.text.index("that Israel") + 5
    assert at in {p.start for p in result.places}
    # The surname itself, inside the full name, is still no place.
    assert article.text.index("Steve Israel") + 6 not in {p.start for p in result.places}


def test_a_mention_the_entity_stage_placed_is_kept() -> None:
    text = "Paul Jordan said Jordan would help."
    mentions = [PlaceMention("Jordan", 17, 23, "GPE")]
    assert not_surnames(text, mentions, frozenset({"Jordan"})) == []
    assert not_surnames(text, mentions, frozenset({"Jordan"}), frozenset({17})) == mentions
