"""The fifth blind set (`boundary_set`): near misses of attribution and hard content boundaries,
scored as the dev set is -- every paragraph through the user's path, matched by the shared README's
rules (half the gold tokens, speakers by head word). The paragraphs the stage still gets wrong are
strict xfails with the reason.

The set (85 paragraphs: 47 with 51 attributions, 38 traps), coded before any run, with the stage at
9da0947: indirect P/R 0.808/0.840, speaker 0.953 (19 paragraphs wrong). After this round's fixes:
P/R 0.863/0.880, speaker 0.978 (14 wrong: the known misses). Two paragraphs were recoded after the
first run, as coding slips: a negated cue is still an attribution ("did not say whether ...", "did
not mention the lawsuit"), as PARC and `attitude_set`'s mentioned-np code it.

A code review of the round added six paragraphs the reviewer wrote ("according to" a document
someone has seen or published, directives with a "by" agent inside a report, an explanation by the
reported clause's subject), and "told-ordered-by" was recoded: an order is a directive, a speech act
of its own (as "told by police to leave" is), so the supervisor's is a nested attribution.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.quotes import QuoteCounts
from newsgraph.settings import Settings
from tests.understand.quotes.boundary_set import PARAGRAPHS
from tests.understand.quotes.political_set import (
    assert_paragraph_right,
    paragraph_params,
    score_paragraphs,
    set_scores,
)

pytestmark = pytest.mark.model

# Tried this round and left out (see the report of session 11): "hold that" as a court's holding, the
# noun "concession", and a that-clause after "made the case": together they added a record on the
# dev set that matched an attribution already found, with another speaker (speaker accuracy under
# its floor), and which of the three did it cannot be told without reading the dev items.
_TRIED = "tried in session 11 and left out with 'hold that' and 'concession' (dev speaker floor)"
XFAIL: dict[str, str] = {
    "made-the-case": "'case' takes only its for/against phrase; a that-clause after it was " + _TRIED,
    "court-held": "'held that' is no cue; a court's holding was " + _TRIED,
    "concession-by": "'concession' is no noun cue ('concessions on tariffs'); it was " + _TRIED,
    "trap-tried-to-reach": "'try' is an intention cue (political_set codes 'tried to distance himself' "
    "as one); whether an attempt with no words in it is an intention is left to the lead",
    "trap-tried-to-change-subject": "'try' is an intention cue (see trap-tried-to-reach)",
    "trap-hired-to-push": "'push for' in the purpose clause of 'hired a firm to' comes out with no "
    "speaker; whether lobbying for a thing is an attribution at all is open",
    "recognition-among": "the parser hangs 'among party leaders' and the that-clause on 'brought', not "
    "on 'recognition'",
    "shareholders-allege-in-suit": "the parser reads 'Shareholders allege' as a compound noun",
    "trap-found-guilty": "'found X guilty' (a verdict) is read as a finding with a small clause; "
    "whether PolNeAR counts a verdict is open",
    "dismissed-saying": "'dismissed the poll' reports the rejected text as content (a rejecting cue "
    "takes its object); this set codes only the reason given",
    "said-she-believed": "PolNeAR flattens 'X said she believed ...' to the innermost holder; the "
    "stage folds the belief into X's record (political_set's said-he-hopes)",
    "trap-raised-questions": "'raised questions about' with a subject that holds no view (a scandal) "
    "is reported with no speaker rather than not at all",
}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert len(PARAGRAPHS) >= 80
    assert sum(1 for p in PARAGRAPHS.values() if not p.gold) >= 30


def test_the_set_scores_above_the_dev_targets(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed: indirect P and R above the held-half targets (0.80 / 0.60)."""
    got = set_scores(scored, "boundary")
    assert got["indirect_precision"] >= 0.80, got
    assert got["indirect_recall"] >= 0.60, got
    assert got["speaker_accuracy"] >= 0.90, got


@pytest.mark.parametrize("name", paragraph_params(PARAGRAPHS, XFAIL))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    assert_paragraph_right(scored[name])
