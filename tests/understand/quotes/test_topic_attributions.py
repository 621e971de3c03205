"""The blind set of paragraphs dense in noun-phrase and wh- contents (`topic_set`), scored as the dev set is.

The paragraphs go through the user's path (`newsgraph analyze`, in process) and are scored by
`newsgraph.evaluate.quotes` with the shared README's rules: a record matches a gold attribution
when it holds at least half of its tokens, speakers by head word. Each paragraph must come back
with no error (no record that matches nothing, no attribution missed, no wrong speaker); the
ones the stage still gets wrong are strict xfails with the reason.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.quotes import QuoteCounts, scores_from
from newsgraph.settings import Settings
from tests.understand.quotes.political_set import paragraph_params, score_paragraphs, summed
from tests.understand.quotes.topic_set import PARAGRAPHS

pytestmark = pytest.mark.model

XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert len(PARAGRAPHS) >= 80
    assert sum(len(p.gold) for p in PARAGRAPHS.values()) >= 120


def test_score(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed (printed with -s, to compare runs)."""
    got = {s.metric: round(s.value, 3) for s in scores_from(summed(scored.values()), "topic")}
    print("\ntopic set:", got)
    for name, counts in sorted(scored.items()):
        for error in counts.errors:
            print("  ", name, error)


@pytest.mark.parametrize("name", paragraph_params(PARAGRAPHS, XFAIL))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    counts = scored[name]
    assert not counts.lost, "paragraph lost"
    assert not counts.errors, counts.errors
