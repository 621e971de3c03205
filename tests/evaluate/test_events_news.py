from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from newsgraph.evaluate.events_news import predicted_tuples, score_events_news, score_items
from newsgraph.evaluate.halves import half

# Fictional items and coder output, built to hit every branch of the scoring rules.
ITEMS: list[dict[str, Any]] = [
    {
        "id": "t-1",
        "events": [
            {"cameo": "042", "alt_cameo": ["043"], "source": {"code": "RURGOV"}, "target": {"code": "FRE"}},
            {"cameo": "111", "source": {"code": "FREGOV"}, "target": None},
        ],
        "actors": [{"text": "Jan Novak", "code": "RURGOV"}, {"text": "Freedonia", "code": "FRE"}],
    },
    {"id": "t-2", "events": [{"cameo": "190", "source": {"code": "RURMIL"}, "target": {"code": "FREREB"}}]},
    {"id": "t-3", "events": [], "actors": [{"text": "Ana Lopez", "code": "FREGOV"}]},
    {"id": "t-4", "events": [{"cameo": "173", "source": {"code": "FRECOP"}, "target": {"code": "FRECVL"}}]},
]

OUTPUT: dict[str, list[dict[str, Any]]] = {
    "t-1": [
        {
            "events": [
                {"source_code": "RURGOV", "target_code": "FREGOV", "cameo": "043"},  # alt root
                {"source_code": "FREGOV", "target_code": "RUR", "cameo": "112"},  # any target for null
                {"source_code": "RURGOV", "target_code": "", "cameo": "040"},  # incomplete, not false
                {"source_code": "RURGOV", "target_code": "FRE", "cameo": "190", "hypothetical": True},
                {"source_code": "FRE", "target_code": "RUR", "cameo": "120", "negated": True},
            ],
            "entities": [{"name": "Jan Novak", "code": "RURGOV"}, {"name": "Freedonia", "country": "FRE"}],
        }
    ],
    "t-2": [{"events": [{"source_code": "FRE", "target_code": "RUR", "cameo": "190"}], "entities": []}],
    "t-3": [{"events": [{"source_code": "FRE", "target_code": "", "cameo": "051"}], "entities": []}],
}


def _reference(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location(
        "score_news_events", shared / "eval" / "score_news_events.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_events_news_negated_and_hypothetical_events_are_not_claims() -> None:
    tuples = predicted_tuples(OUTPUT["t-1"])
    assert ("RUR", "FRE", "19") not in tuples
    assert ("FRE", "RUR", "12") not in tuples
    assert ("RUR", "FRE", "04") in tuples


def test_events_news_scores_by_the_guidelines() -> None:
    rates = score_items(ITEMS, OUTPUT)["all"].rates()
    # Predicted: t-1 RUR>FRE 04 (hit), FRE>RUR 11 (null gold target), RUR>'' 04 (fair);
    # t-2 FRE>RUR 19 (wrong dyad); t-3 FRE>'' 05 (no gold) -> 3 of 5.
    assert rates["precision"] == (0.6, 5)
    # Gold: t-1 both found; t-2 missed; t-4 lost -> 2 of 4.
    assert rates["recall"] == (0.5, 4)
    assert rates["root_recall"] == (0.75, 4)
    assert rates["items_lost"] == (1.0, 4)
    assert rates["actor_country"] == (round(2 / 3, 3), 3)


@pytest.mark.shared
def test_events_news_agrees_with_the_reference_scorer(shared: Path) -> None:
    reference = _reference(shared).score(ITEMS, OUTPUT)
    ours = {metric: value for metric, (value, _) in score_items(ITEMS, OUTPUT)["all"].rates().items()}
    for metric in ("precision", "recall", "root_precision", "root_recall", "actor_country", "items_lost"):
        assert ours[metric] == reference[metric], metric


def test_events_news_halves_partition_the_set() -> None:
    counts = score_items(ITEMS, OUTPUT)
    assert counts["read"].items + counts["held"].items == counts["all"].items == len(ITEMS)
    assert counts[half("t-4")].lost == 1


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_events_news_scorer_runs_the_user_path(shared: Path) -> None:
    from newsgraph.settings import Settings

    scores = {s.metric: s for s in score_events_news(shared / "eval", Settings())}
    assert scores["items_lost"].n == 120
    assert scores["items_lost_read"].n + scores["items_lost_held"].n == 120
    assert scores["recall"].n == scores["recall_read"].n + scores["recall_held"].n
    assert 0.0 < scores["root_precision"].value <= 1.0
