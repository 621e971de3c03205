"""The fourth blind set (`noun_cue_set`): attributions told by nouns and short contents, scored as
the dev set is -- every paragraph through the user's path, matched by the shared README's rules
(half the gold tokens, speakers by head word). The paragraphs the stage still gets wrong are strict
xfails with the reason.

The first batch (118 paragraphs, 83 with 87 attributions, 35 traps) at the branch start (ead0834):
indirect P/R 0.893/0.333, speaker 0.92 (61 paragraphs wrong). The whole set (175 paragraphs, 126 with
133 attributions, 49 traps; three batches written while fixing, each coded before its run) with the
stage of ead0834: P/R 0.938/0.263, speaker 0.933 (101 wrong); after: P/R 0.976/0.970, speaker 1.0 (7
wrong: the known misses).
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.quotes import QuoteCounts
from newsgraph.settings import Settings
from tests.understand.quotes.noun_cue_set import PARAGRAPHS
from tests.understand.quotes.political_set import (
    assert_paragraph_right,
    paragraph_params,
    score_paragraphs,
    set_scores,
)

pytestmark = pytest.mark.model

XFAIL: dict[str, str] = {
    "admission-by": "the parser reads 'that he had lobbied ...' as a relative clause on 'chairman' with 'that' "
    "its object, so the noun has no that-clause",
    "agreed-to": "'agree' counts only with a that-clause: 'agreed to work on a treaty' names an action as often "
    "as a commitment (test_lexicon, test_find)",
    "plans-for": "a plan's 'for' phrase is not its content: 'the company's plan for a new plant' names a project "
    "(test_attribution_precision's plan-noun-for)",
    "theory-that": "the parser reads 'shaped' as the clause of 'decide', so 'decide' reports 'the race shaped its "
    "advertising'",
    "took-position": "the parser reads 'that the law does not apply ...' as a relative clause with 'that' its "
    "object, which no rule tells from 'the position that the administration took'",
    "trap-position-ballot": "'position on' takes its object as a stance's topic; a place on the ballot is told "
    "apart only by the object's sense",
    "trap-truth-is": "'know' with a wh-clause ('knew who would win') is reported as a belief: taking indirect "
    "questions for no content cost the dev set two true attributions (its floor test), so the trap stays a miss",
}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert sum(1 for p in PARAGRAPHS.values() if p.gold) >= 80
    assert sum(1 for p in PARAGRAPHS.values() if not p.gold) >= 30


def test_the_set_scores_above_the_dev_targets(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed: indirect P and R above the held-half targets (0.80 / 0.60)."""
    got = set_scores(scored, "noun_cue")
    assert got["indirect_precision"] >= 0.80, got
    assert got["indirect_recall"] >= 0.60, got
    assert got["speaker_accuracy"] >= 0.90, got


@pytest.mark.parametrize("name", paragraph_params(PARAGRAPHS, XFAIL))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    assert_paragraph_right(scored[name])
