"""Our own wire sentences for the places stage (tests/understand/places/cases.py), scored as a set.

The floors sit a little under today's figures (docs/accuracy.md, "Places"): a rule that stops
working in one group shows here even when no single-sentence test covers it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_articles, load_resources
from newsgraph.settings import Settings
from tests.understand.places.cases import CASES, Found, Plain, plain, score


def _run(p: Plain, settings: Settings, resources: Any) -> list[Found]:
    article = build_article(
        source="case",
        title=None,
        paragraphs=[p.body],
        caption=p.caption,
        dateline=p.dateline,
        published=dt.date(2025, 8, 20),
        date_precision="day",
        language="en",
    )
    (analysis,) = analyze_articles([article], settings, resources)
    assert isinstance(analysis, Analysis)
    body = article.text.index(p.body)
    caption = article.text.rindex(p.caption) if p.caption else -1
    found: list[Found] = []
    for place in analysis.places:
        assert article.text[place.start : place.end]
        block, base = ("caption", caption) if 0 <= caption <= place.start else ("body", body)
        found.append((block, place.start - base, place.end - base, place.lat, place.lon))
    return found


def test_place_cases_cover_every_rule() -> None:
    assert len(CASES) >= 150
    assert sum(len(plain(c).gold) for c in CASES) >= 200


@pytest.mark.model
def test_place_cases_recall_accuracy_precision() -> None:
    settings = Settings()
    resources = load_resources(settings)
    result = score(CASES, lambda p: _run(p, settings, resources))
    assert result.recall >= 0.9, result
    assert result.accuracy >= 0.93, result
    assert result.precision >= 0.97, result
