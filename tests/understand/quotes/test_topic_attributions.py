"""The blind set of paragraphs dense in noun-phrase and wh- contents (`topic_set`), scored as the dev set is.

The paragraphs go through the user's path (`newsgraph analyze`, in process) and are scored by
`newsgraph.evaluate.quotes` with the shared README's rules: a record matches a gold attribution
when it holds at least half of its tokens, speakers by head word. Each paragraph must come back
with no error (no record that matches nothing, no attribution missed, no wrong speaker); the
ones the stage still gets wrong are strict xfails with the reason.

97 paragraphs (24 with no attribution), 133 attributions. Before any fix (main at 1fcd47d): indirect P/R
.949/.808, speaker .907, direct 1.0/1.0. After this round's fixes: indirect .955/.908, speaker .919,
direct 1.0/1.0.
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
from tests.understand.quotes.topic_set import PARAGRAPHS

pytestmark = pytest.mark.model

XFAIL: dict[str, str] = {
    "clinton-speech-on-economy": "'gave a speech on the economy': 'speech' is no noun cue (it is far more often "
    "the occasion, 'in a speech on the Senate floor', than a report of what was said)",
    "de-blasio-disputed-terror": "a rejecting cue's content is given to the claim's owner (None here), not to the "
    "one who disputes it (quote_cues.yaml `rejecting`); this set codes the disputer, as PolNeAR would",
    "fallon-confirmed-meeting": "'confirm' takes only a clause: 'the Senate confirmed his appointment' makes a "
    "noun-phrase object as often an act as a statement",
    "kaine-pence-debate-topics": "the parser reads 'policing' as a verb conjoined to 'sparred', so the topic holds "
    "only 'Russia'; and 'denied that ...' goes to the claim's (unnamed) owner",
    "manafort-denied-ledger": "'denied the report that ...' is given to the report's owner, not to Manafort "
    "(the rejecting cues' design, as de-blasio-disputed-terror)",
    "mcconnell-mentioned-infrastructure": "the parser reads 'McConnell' as an adverbial modifier, not the subject",
    "obama-address-dallas": "the White House's record holds Obama's talk; the scorer matches it to the inner gold "
    "(first of two equal overlaps), so its speaker counts as wrong",
    "obama-advice-to-trump": "the record holds what the advice is on ('staffing the West Wing'), as 'concerns "
    "about X' does; this set coded the whole noun phrase",
    "obama-hiroshima-mention": "the parser reads 'demand' in the relative clause as a noun, so the topic stops "
    "at 'the moral revolution'",
    "pence-described-conversation": "the small model reads 'Pence' as a common noun (lemma 'penny'), which holds no "
    "view",
    "priebus-explained-rules": "the parser reads 'rules' as a verb; 'dismissed the idea that ...' goes to the "
    "idea's (unnamed) owner",
    "questions-about-foundation": "the parser makes 'renewed' an adjective of 'questions' and the analysis no "
    "subject",
    "report-detailed-subsidiaries": "the object of 'detail' names people ('donors'), whom a verb of judgment "
    "judges rather than tells of",
    "ryan-offered-assurances": "'sank in national polls' comes out as a poll finding",
    "sanders-raised-wall-street": "'raise' is no cue verb ('raised $143 million', 'raised his hand'); only the "
    "nouns it raises (questions, concerns) are",
    "stein-revealed-donors": "'reveal' takes only a clause (a product or a plan revealed is as often shown as told)",
    "trap-asked-for-recount": "the parser hangs ', paying the fee ...' on 'set' and makes it a clause of 'asked'",
    "trump-comments-about-judge": "'comments about X' is no attribution of its own (wire copy names such remarks "
    "as the thing judged); Ryan's record then matches the inner gold first, so its speaker counts as wrong",
    "trump-disputed-times-account": "'did not deny that ...' gives the clause to its (unnamed) owner",
    "trump-talked-about-bomb": "', telling a rally that ...' goes to the subject of 'said' in the clause before it",
}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert len(PARAGRAPHS) >= 80
    assert sum(len(p.gold) for p in PARAGRAPHS.values()) >= 120


def test_the_set_scores_as_after_the_fixes(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed, holds what this round's fixes reached."""
    got = set_scores(scored, "topic")
    assert got["indirect_precision"] >= 0.95 and got["indirect_recall"] >= 0.90, got
    assert got["direct_precision"] == 1.0 and got["direct_recall"] == 1.0, got
    assert got["speaker_accuracy"] >= 0.91, got


def test_score(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed (printed with -s, to compare runs)."""
    print_set(scored, "topic")


@pytest.mark.parametrize("name", paragraph_params(PARAGRAPHS, XFAIL))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    assert_paragraph_right(scored[name])
