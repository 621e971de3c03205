from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.petrarch import _code, _dyad, _root, _source, agreement, score_petrarch
from newsgraph.model import ActorRef, Event, Span


def event(cameo: str, source: str, target: str = "", negated: bool = False) -> Event:
    return Event(
        source=ActorRef(name=source, code=source),
        target=ActorRef(name=target, code=target) if target else None,
        cameo=cameo,
        plover=None,
        goldstein=0.0,
        quad_class=1,
        evidence=Span(0, 1),
        evidence_text="x",
        negated=negated,
    )


def test_petrarch_agreement_levels() -> None:
    gold = [{"source": "USAGOV", "target": "CHN", "code": "042"}]
    predicted = [event("043", "USA", "CHN")]
    assert agreement(gold, predicted, _root, frozenset()) == 1
    assert agreement(gold, predicted, _code, frozenset()) == 0
    assert agreement(gold, predicted, _source, frozenset()) == 1
    assert agreement(gold, predicted, _dyad, frozenset()) == 1
    assert agreement(gold, [event("042", "RUS", "CHN")], _source, frozenset()) == 0


def test_petrarch_each_prediction_accounts_for_one_gold_event() -> None:
    gold = [
        {"source": "USA", "target": "RUS", "code": "040"},
        {"source": "RUS", "target": "USA", "code": "040"},
    ]
    assert agreement(gold, [event("040", "USA", "RUS")], _root, frozenset()) == 1
    assert agreement(gold, [event("040", "USA", "RUS"), event("040", "RUS", "USA")], _dyad, frozenset()) == 2


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_petrarch_scorer_reports_agreement(shared: Path) -> None:
    from newsgraph.settings import Settings

    scores = {s.metric: s for s in score_petrarch(shared / "eval", Settings())}
    assert {
        "root_agreement",
        "code_agreement",
        "source_agreement",
        "dyad_agreement",
        "precision_root",
        "no_event_agreement",
        "items_lost",
        "root_agreement_read",
        "root_agreement_held",
        "items_lost_held",
    } <= set(scores)
    assert scores["code_agreement"].value <= scores["root_agreement"].value
    assert (
        scores["dyad_agreement"].value <= scores["source_agreement"].value <= scores["root_agreement"].value
    )
