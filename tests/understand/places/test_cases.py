"""Our own wire sentences for the places stage (newsgraph.testing.place_cases), scored as a set.

The floors sit a little under today's figures (docs/accuracy.md, "Places"): a rule that stops
working in one group shows here even when no single-sentence test covers it.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_articles, load_resources
from newsgraph.settings import Settings
from newsgraph.testing.place_cases import CASES
from newsgraph.testing.places import Found, Plain, case_article, found_places, plain, score


def _run(p: Plain, settings: Settings, resources: Any) -> list[Found]:
    article = case_article(p)
    (analysis,) = analyze_articles([article], settings, resources)
    assert isinstance(analysis, Analysis)
    assert all(article.text[place.start : place.end] for place in analysis.places)
    return found_places(article, analysis, p)


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
