"""The third blind set (`attitude_set`): cues beyond the verbs of saying, scored as the dev set
is -- every paragraph through the user's path, matched by the shared README's rules (half the
gold tokens, speakers by head word). The paragraphs the stage still gets wrong are strict xfails
with the reason.

The first 124 paragraphs (92 with attributions, 32 traps) at the branch start (13ed10b): indirect
P/R 1.0/0.263, speaker 0.826 (74 paragraphs wrong, no trap). The whole set (152 paragraphs, 111
with 117 attributions, 41 traps; 28 written while fixing, each batch coded before its run) at the
branch start: P/R 1.0/0.248; after: P/R 0.990/0.915, speaker 1.0 (10 wrong: the known misses).
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.quotes import QuoteCounts
from newsgraph.settings import Settings
from tests.understand.quotes.attitude_set import PARAGRAPHS
from tests.understand.quotes.political_set import (
    assert_paragraph_right,
    paragraph_params,
    score_paragraphs,
    set_scores,
)

pytestmark = pytest.mark.model

XFAIL: dict[str, str] = {
    "accusations-of-implicit": "the parser hangs 'at the family foundation' on 'accusations', not on what was "
    "alleged, so the claim read off the 'of' phrase holds one of its four words",
    "backed-bill": "'back' is not a cue: it names votes and money ('backed by investors', 'has backed the "
    "party for 30 years') as often as a stance",
    "laid-out-agenda": "'for his first 100 days' reads as a duration, so it is not joined to the agenda the "
    "parser hung it from the verb; the record holds two of the eight words",
    "lectured-on": "'lecture X on Y' is not a cue: the addressee comes between the verb and its topic",
    "open-to": "'open' is not a cue adjective: 'the polls are open' names no attitude",
    "seeks-np": "'seek' takes only a to-clause: 'police are seeking a suspect' names a search, not a stance",
}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert sum(1 for p in PARAGRAPHS.values() if p.gold) >= 80
    assert sum(1 for p in PARAGRAPHS.values() if not p.gold) >= 30


def test_the_set_scores_above_the_dev_targets(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed: indirect P and R above the held-half targets (0.80 / 0.60)."""
    got = set_scores(scored, "attitude")
    assert got["indirect_precision"] >= 0.80, got
    assert got["indirect_recall"] >= 0.60, got
    assert got["speaker_accuracy"] >= 0.90, got


@pytest.mark.parametrize("name", paragraph_params(PARAGRAPHS, XFAIL))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    assert_paragraph_right(scored[name])
