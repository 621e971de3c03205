"""A firm the entity stage coded as a business is no city, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsgraph.extract.build import build_article
from newsgraph.model import Entity, Mention
from newsgraph.understand.places.find import find_places, load_gazetteer
from newsgraph.understand.places.firms import firm_names


def _firm(text: str, name: str, role: str | None = "BUS") -> Entity:
    at = [i for i in range(len(text)) if text.startswith(name, i)]
    return Entity(
        "e1",
        name,
        "organisation",
        tuple(Mention(name, i, i + len(name)) for i in at),
        country="JPN",
        role=role,
    )


def test_firms_names_of_businesses_only() -> None:
    text = "Toyota said sales rose, and the Toyota Motor union agreed."
    assert firm_names([_firm(text, "Toyota")]) == {"Toyota"}
    assert firm_names([_firm(text, "Toyota", role="GOV")]) == frozenset()


def test_firms_a_business_named_for_a_city_is_no_place(nlp: Any) -> None:
    body = "Sales of the hybrid rose 9 percent in October, according to Toyota, which also builds cars in Kentucky."
    article = build_article(
        source="t",
        title="Carmaker sales",
        paragraphs=[body],
        published=dt.date(2025, 8, 20),
        date_precision="day",
    )
    doc = nlp(article.text[: article.analysis_end])
    entities = [_firm(article.text, "Toyota")]
    found = {article.text[p.start : p.end] for p in find_places(article, doc, entities, load_gazetteer())}
    assert "Kentucky" in found and "Toyota" not in found


def test_firms_news_agencies_too() -> None:
    agency = Entity("e2", "Xinhua", "media", (Mention("Xinhua", 0, 6),), country="CHN", role="MED")
    assert firm_names([agency]) == {"Xinhua"}
