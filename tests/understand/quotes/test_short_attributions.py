"""The blind set of paragraphs dense in short contents, content boundaries and precision traps (`short_set`), scored as the dev set is.

The paragraphs go through the user's path (`newsgraph analyze`, in process) and are scored by
`newsgraph.evaluate.quotes` with the shared README's rules: a record matches a gold attribution
when it holds at least half of its tokens, speakers by head word. Each paragraph must come back
with no error (no record that matches nothing, no attribution missed, no wrong speaker); the
ones the stage still gets wrong are strict xfails with the reason.

124 paragraphs (34 with no attribution), 133 attributions (94 in the first batch, 39 more in a second batch
coded before the second run). Before any fix (main at 13fe246): indirect P/R .949/.802, speaker .950, direct
1.0/1.0 (first batch alone .973/.837). After this round's fixes: indirect .991/.976, speaker .976, direct 1.0/1.0.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.quotes import QuoteCounts
from newsgraph.settings import Settings
from tests.understand.quotes.political_set import (
    assert_paragraph_right,
    paragraph_params,
    print_set,
    score_paragraphs,
    set_scores,
)
from tests.understand.quotes.short_set import PARAGRAPHS

pytestmark = pytest.mark.model

XFAIL: dict[str, str] = {
    "clinton-said-she-would-if": "the parser hangs 'if the Senate asked her to' on 'said', so the record holds only "
    "the elliptic 'she would' (2 of the content's 8 tokens)",
    "cruz-agreed-to-endorse": "'agree' counts only with a that-clause (noun_cue_set's agreed-to): 'agreed to pay "
    "$25 million' names an act as often as a commitment",
    "pence-asked-about-it": "this set codes a fronted 'Asked about X' as a question with an unnamed asker, as "
    "campaign_set codes 'Asked whether ...'; political_set's when-asked leaves 'When asked about X' uncoded, and the "
    "stage follows it: the sets disagree, and what PolNeAR does is not known here",
    "ryan-expects-to": "the spokeswoman's record holds all of Ryan's content too; the scorer gives it to the inner "
    "gold (first of two equal overlaps), so its speaker counts as wrong",
    "sanders-plans-to-stay": "the campaign manager's record holds all of Sanders's content too; the scorer gives it "
    "to the inner gold (first of two equal overlaps), so its speaker counts as wrong",
    "voters-want-change": "the poll's record holds all of the voters' content too; the scorer gives it to the inner "
    "gold (first of two equal overlaps), so its speaker counts as wrong",
}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert len(PARAGRAPHS) >= 80
    assert sum(len(p.gold) for p in PARAGRAPHS.values()) >= 120


def test_the_set_scores_as_after_the_fixes(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed, holds what this round's fixes reached."""
    got = set_scores(scored, "short")
    assert got["indirect_precision"] >= 0.99 and got["indirect_recall"] >= 0.97, got
    assert got["direct_precision"] == 1.0 and got["direct_recall"] == 1.0, got
    assert got["speaker_accuracy"] >= 0.97, got


def test_score(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed (printed with -s, to compare runs)."""
    print_set(scored, "short")


@pytest.mark.parametrize("name", paragraph_params(PARAGRAPHS, XFAIL))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    assert_paragraph_right(scored[name])
