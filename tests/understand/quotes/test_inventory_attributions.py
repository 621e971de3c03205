"""The blind set of reporting verbs the lexicon lacked and of contents given by a relative (`inventory_set`), scored as the dev set is.

The paragraphs go through the user's path (`newsgraph analyze`, in process) and are scored by
`newsgraph.evaluate.quotes` with the shared README's rules: a record matches a gold attribution
when it holds at least half of its tokens, speakers by head word. Each paragraph must come back
with no error; the ones the stage still gets wrong are strict xfails with the reason.
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
)

pytestmark = pytest.mark.model

XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert len(PARAGRAPHS) >= 60
    assert sum(1 for p in PARAGRAPHS.values() if not p.gold) >= len(PARAGRAPHS) // 3


def test_score(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed (printed with -s, to compare runs)."""
    print_set(scored, "inventory")


@pytest.mark.parametrize("name", paragraph_params(PARAGRAPHS, XFAIL))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    assert_paragraph_right(scored[name])
