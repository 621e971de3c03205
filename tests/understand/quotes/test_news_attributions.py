"""The second blind set (`news_set`), scored as the dev set is: every paragraph through the
user's path, matched by the shared README's rules (half the gold tokens, speakers by head word).
Each paragraph must come back with no error; the ones the stage still gets wrong are strict
xfails with the reason.

First run of the two blind batches (151 paragraphs) before any fix, at c5d6afc: indirect P/R
0.942/0.914, speaker 0.977; after this round's fixes (and 5 paragraphs written while fixing): P/R
0.979/0.972, speaker 0.993. With a third batch of 15 (mixed direct and reported speech across
sentences), 167 paragraphs: indirect P/R 0.981/0.981, direct 1.0/1.0, speaker 0.994. With a fourth
batch of 18 (dashes, partial quotes inside reported clauses, long sources), 200 paragraphs (49 with
no attribution): indirect P/R 0.983/0.983, direct 1.0/1.0, speaker 0.989. Two fixes were then taken
back after the dev aggregate ('statement: “...”', the noun 'case'): indirect P/R 0.983/0.977, direct
1.0/0.9, speaker 0.989.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.quotes import QuoteCounts
from newsgraph.settings import Settings
from tests.understand.quotes.news_set import PARAGRAPHS
from tests.understand.quotes.political_set import (
    assert_paragraph_right,
    paragraph_params,
    score_paragraphs,
    set_scores,
)

pytestmark = pytest.mark.model

XFAIL: dict[str, str] = {
    "made-the-case": "'case' is not a speech noun: with no holder a that-clause after it would be "
    "attributed to an implicit source, and 'it is (not) the case that ...' is the writer's own",
    "mixed-colon-direct-statement": "a quotation after 'issued a statement:' has no cue verb to own it; "
    "tried (the speech noun before the colon owns it), but on the dev set it added a record that "
    "repeats another's content with another speaker (fragments 1 -> 2, speaker accuracy under its floor)",
    "fronted-with-he-added": "the verbless tail after the inverted cue ('..., he added, not even ...') is "
    "left out of the fronted content, so the record holds under half of the gold tokens",
    "says-he-contraction": "the parser reads \"He's said\" as a passive ('is said'), so the cue has no subject",
    "dash-parenthetical-source": "a relative-pronoun source is reported as 'who' (PolNeAR's source span), "
    "resolved through the entity it stands for; a nominal antecedent ('The nominee') is no entity, so the "
    "head words differ",
    "touted-as-evidence": "'tout' is not a cue verb",
    "trap-long-endorsement-event": "'endorse' is a stance cue whose object is the content; whether PolNeAR "
    "codes an endorsement of a candidate as an attribution is not settled here",
}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert len(PARAGRAPHS) >= 100
    assert sum(1 for p in PARAGRAPHS.values() if not p.gold) >= 30


def test_the_set_scores_above_the_dev_targets(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed: indirect P and R above the held-half targets (0.80 / 0.60)."""
    got = set_scores(scored, "news")
    assert got["indirect_precision"] >= 0.95, got
    assert got["indirect_recall"] >= 0.95, got
    assert got["speaker_accuracy"] >= 0.93, got


@pytest.mark.parametrize("name", paragraph_params(PARAGRAPHS, XFAIL))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    assert_paragraph_right(scored[name])
