"""The blind set of reporting verbs the lexicon lacked and of contents given by a relative (`inventory_set`), scored as the dev set is.

The paragraphs go through the user's path (`newsgraph analyze`, in process) and are scored by
`newsgraph.evaluate.quotes` with the shared README's rules: a record matches a gold attribution
when it holds at least half of its tokens, speakers by head word. Each paragraph must come back
with no error; the ones the stage still gets wrong are strict xfails with the reason.

98 paragraphs (37 with no attribution), 66 attributions (82 paragraphs in the first batch, 16 more coded before
the second run). Before any fix (main at e9ea89c): indirect P/R .846/.167, speaker .909 (no direct quotes). After
this round's cues: indirect 1.0/.939, speaker .984.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.quotes import QuoteCounts
from newsgraph.settings import Settings
from tests.understand.quotes.inventory_set import PARAGRAPHS
from tests.understand.quotes.political_set import (
    assert_paragraph_right,
    paragraph_params,
    print_set,
    score_paragraphs,
    set_scores,
)

pytestmark = pytest.mark.model

XFAIL: dict[str, str] = {
    "campaign-contested-account": "'contest' takes only a that-clause: 'contested the results of the election in "
    "court' is a legal challenge with the same form as 'contested the account of the meeting'",
    "democrats-echoed-concerns": "'echo' takes only an object with its owner ('echoed the governor's call'): 'the "
    "stock market echoed the gains in Asia' (trap-market-echoed) has the same form as 'echoed those concerns'",
    "filing-which-detailed": "the parser reads 'which' as the subject of 'detailed' and '40 pages' as its object",
    "obama-expressed-frustration": "Obama's record holds all of the Senate's nested content too; the scorer gives it "
    "to the inner gold (first of two equal overlaps), so its speaker counts as wrong",
    "union-backed-plan": "'back' is left out of the lexicon: 'backed his pickup out of the driveway' "
    "(trap-backed-pickup) has the same form as 'backed his plan'",
}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert len(PARAGRAPHS) >= 60
    assert sum(1 for p in PARAGRAPHS.values() if not p.gold) >= len(PARAGRAPHS) // 3


def test_the_set_scores_as_after_the_fixes(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed, holds what this round's cues reached."""
    got = set_scores(scored, "inventory")
    assert got["indirect_precision"] >= 0.99 and got["indirect_recall"] >= 0.93, got
    assert got["speaker_accuracy"] >= 0.98, got


def test_score(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed (printed with -s, to compare runs)."""
    print_set(scored, "inventory")


@pytest.mark.parametrize("name", paragraph_params(PARAGRAPHS, XFAIL))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    assert_paragraph_right(scored[name])
