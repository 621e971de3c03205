"""The quality gate: every pinned floor is scored, and no score is below its floor.

`newsgraph eval` prints the same table; this test is what makes CI fail on a regression.
Raising a floor is a normal commit; lowering one is a visible decision in review.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate import evaluate, floors
from newsgraph.settings import Settings

pytestmark = [pytest.mark.model, pytest.mark.shared, pytest.mark.slow]


def test_floors_every_pinned_score_is_measured_and_at_or_above_its_floor(shared: Path) -> None:
    scores = evaluate(Settings(), shared=shared)
    measured = {s.key for s in scores}
    assert set(floors()) <= measured, f"floors without a score: {sorted(set(floors()) - measured)}"
    below = [f"{s.key} = {s.value:.3f} < {s.floor}" for s in scores if not s.passed]
    assert not below, "scores below their floors: " + "; ".join(below)
