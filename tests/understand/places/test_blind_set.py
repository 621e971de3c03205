"""The blind place set (blind_cases.py, written in session 8 before reading the stage's rules),
run through the pipeline the user's `newsgraph analyze` runs, case by case and as a set.

A case passes when every gold toponym is found within 161 km of its point and nothing else is
taken for a place. Known misses are strict xfails with the reason, so a fix fails loudly until
its entry is removed. The set-level floors sit under the figure in docs/accuracy.md ("Places").
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from newsgraph.evaluate.seed import km
from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_articles, load_resources
from newsgraph.settings import Settings
from newsgraph.testing.places import Case, Found, Plain, case_article, found_places, plain, score
from tests.understand.places.blind_cases import CASES
from tests.understand.places.blind_points import BLIND_POINTS

POINTS = {key: (lat, lon) for key, (_, lat, lon, _) in BLIND_POINTS.items()}

# index -> why the case still fails (each reason a general cause, not a wording)
XFAIL: dict[int, str] = {}


@cache
def _resources() -> tuple[Settings, Any]:
    settings = Settings()
    return settings, load_resources(settings)


def _run(p: Plain) -> list[Found]:
    settings, resources = _resources()
    article = case_article(p)
    (analysis,) = analyze_articles([article], settings, resources)
    assert isinstance(analysis, Analysis)
    return found_places(article, analysis, p)


def _params() -> list[object]:
    return [
        pytest.param(c, id=str(i), marks=[pytest.mark.xfail(strict=True, reason=XFAIL[i])] if i in XFAIL else [])
        for i, c in enumerate(CASES)
    ]


def test_blind_set_size() -> None:
    assert len(CASES) >= 150
    assert sum(len(plain(c, POINTS).gold) for c in CASES) >= 300


@pytest.mark.model
@pytest.mark.parametrize("case", _params())
def test_blind_case(case: Case) -> None:
    p = plain(case, POINTS)
    found = _run(p)
    text = {"body": p.body, "caption": p.caption or "", "dateline": p.dateline or ""}
    problems = []
    for g in p.gold:
        hits = [f for f in found if f[0] == g.block and f[1] < g.end and g.start < f[2]]
        surface = text[g.block][g.start : g.end]
        if not hits:
            problems.append(f"missed {surface!r}")
        elif hits[0][3] is None or hits[0][4] is None or km(hits[0][3], hits[0][4], g.lat, g.lon) > 161:
            problems.append(f"{surface!r} placed at {hits[0][3:]}")
    for f in found:
        if not any(f[0] == g.block and f[1] < g.end and g.start < f[2] for g in p.gold):
            problems.append(f"spurious {text[f[0]][f[1] : f[2]]!r}")
    assert not problems, problems


@pytest.mark.model
def test_blind_set_score() -> None:
    result = score(CASES, _run, POINTS)
    assert result.recall >= 0.0, result
    assert result.accuracy >= 0.0, result
    assert result.precision >= 0.0, result
