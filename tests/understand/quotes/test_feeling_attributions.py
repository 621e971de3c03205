"""The feelings set (`feeling_set`): attitudes toward a thing, judgments of a deed, neglect, protest and talk of a
topic, scored as the dev set is -- every paragraph through the user's path, matched by the shared README's rules
(half the gold tokens, speakers by head word).

At the branch start (9abcf5a) the set (120 paragraphs, 88 with 88 attributions, 32 traps) scored indirect P/R
0.75/0.068; after the session 25 cues 0.988/0.932, speaker 1.0 (six paragraphs wrong). The paragraphs the stage still gets wrong are named in `MISSED` with the reason; a test checks they
are still the ones missed, so a fix or a new miss shows.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.quotes import QuoteCounts
from newsgraph.settings import Settings
from tests.understand.quotes.feeling_set import PARAGRAPHS
from tests.understand.quotes.political_set import assert_paragraph_right, score_paragraphs, set_scores

pytestmark = pytest.mark.model

MISSED: dict[str, str] = {
    "detest-compromise": "the tagger reads 'detest' after a plural subject as an adjective, lemma 'det'",
    "like-new-map": "the parser reads 'leaders like the new congressional map' as one noun phrase, 'like' a "
    "preposition",
    "relishes-fight": "the tagger reads 'relishes' as a plural noun, the sentence as a noun phrase",
    "recognized-problem": "'recognize' takes an object only with its owner or an 'of' phrase: 'recognized the "
    "wreck from the air' names a thing made out by sight",
    "respects-ruling": "'respect' is not a cue: 'respected the ceasefire', 'respected the family's wishes' tell "
    "of keeping to them, which the object's form cannot tell from esteem",
    "thanked-for-help": "the parser hangs 'after the storm' on 'thanked', so the record holds two of the five "
    "words of the help thanked for",
}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert sum(1 for p in PARAGRAPHS.values() if p.gold) >= 60
    assert sum(1 for p in PARAGRAPHS.values() if not p.gold) >= 25


def test_the_set_scores_above_the_dev_targets(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed, misses included: indirect precision well above the 0.80 floor, recall above 0.85."""
    got = set_scores(scored, "feeling")
    assert got["indirect_precision"] >= 0.95, got
    assert got["indirect_recall"] >= 0.85, got
    assert got["speaker_accuracy"] >= 0.95, got


def test_the_missed_paragraphs_are_the_known_ones(scored: dict[str, QuoteCounts]) -> None:
    wrong = {name for name, counts in scored.items() if counts.errors or counts.lost}
    assert wrong == set(MISSED), wrong ^ set(MISSED)


@pytest.mark.parametrize("name", sorted(set(PARAGRAPHS) - set(MISSED)))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    assert_paragraph_right(scored[name])
