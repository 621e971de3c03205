"""The blind set of paragraphs written like 2016 campaign coverage (`campaign_set`), scored as the dev set is.

The paragraphs go through the user's path (`newsgraph analyze`, in process) and are scored by
`newsgraph.evaluate.quotes` with the shared README's rules: a record matches a gold attribution
when it holds at least half of its tokens, speakers by head word. Each paragraph must come back
with no error (no record that matches nothing, no attribution missed, no wrong speaker); the
ones the stage still gets wrong are strict xfails with the reason.

First batch (80 paragraphs), before any fix (main at 53ecbfa): indirect P/R .947/.912, speaker .946,
direct P/R 1.0/1.0. Second batch (23 more) before its fixes: the whole set .959/.932, speaker .952.
The whole set after this round's fixes: .967/.963, speaker .961, direct 1.0/1.0.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.quotes import QuoteCounts
from newsgraph.settings import Settings
from tests.understand.quotes.campaign_set import PARAGRAPHS
from tests.understand.quotes.political_set import (
    assert_paragraph_right,
    paragraph_params,
    print_set,
    score_paragraphs,
    set_scores,
)

pytestmark = pytest.mark.model

XFAIL: dict[str, str] = {
    "because-she-said": "'a remark she later said had been taken out of context': a said-clause whose "
    "subject is the relative gap has no content the stage can read",
    "carson-endorses": "'endorsed Trump' is a speech cue with a one-name object, which the stage drops "
    "(a bare object of a verb of saying is as often a thing done); whether PolNeAR codes an endorsement "
    "is not settled (news_set's trap-long-endorsement-event)",
    "christie-expects": "the adviser's record holds the whole belief; the scorer matches it to the inner "
    "belief's gold (first of two equal overlaps), so its speaker counts as wrong",
    "cruz-conscience": "'did not endorse the nominee' comes out as a (negated) endorsement, which this "
    "set does not code (see carson-endorses)",
    "grassley-no-meeting": "'only to tell him in person that there would be no hearing' comes out as "
    "a record of its own: a telling the senator means to do, which this set does not code",
    "kasich-stays-believes": "'who beats Clinton in every poll' inside the governor's belief comes out "
    "as a poll finding of its own",
    "mccain-withdraws": "'withdrew his endorsement of Trump' comes out as a stance on Trump (see "
    "carson-endorses)",
    "obama-unfit": "the parser hangs ', asking what ...' on the reported clause, and a participle that "
    "says something new goes to that clause's subject when it names a person (content._speaker_goes_on)",
    "poll-voters-think": "'Most voters think X, the survey found, and a third say Y': one record for "
    "the survey runs through both clauses, and the scorer matches it to the voters' belief",
    "sanders-demand-debate": "'was rejected by Trump' makes the demand a claim Trump rejects, and the "
    "scorer matches that record to the demand's gold (as political_set's call-for-possessive)",
    "sanders-superdelegates-plan": "the parser reads 'his campaign manager' as a conjunct of "
    "'superdelegates', so the inverted 'said' has no subject and ', arguing that ...' no speaker",
    "trump-claim-birther": "the fact-checkers' record holds Trump's claim (scorer: first of two equal "
    "overlaps), and 'had himself questioned' is parsed with 'himself' as the subject of 'questioned'",
    "trump-wall-mexico-president": "'said he had made clear ... that ...': the stage reports the inner "
    "'made clear' and folds the outer 'said' into it (PolNeAR codes both levels here)",
    "convinced-polls-wrong": "the associates' record holds Trump's conviction; the scorer matches it to the "
    "conviction's gold (first of two equal overlaps), so its speaker counts as wrong",
    "nyt-tax-returns": "'did not dispute the figures' comes out as a rejection of the figures; a negated "
    "rejection states nothing, which this set does not code",
    "trump-jr-tweet": "'compare' is no cue verb: 'compared X to Y' is as often an analysis as a speech act",
}


@pytest.fixture(scope="module")
def scored(settings: Settings) -> dict[str, QuoteCounts]:
    return score_paragraphs(PARAGRAPHS, settings)


def test_the_set_is_large() -> None:
    assert len(PARAGRAPHS) >= 100
    assert sum(len(p.gold) for p in PARAGRAPHS.values()) >= 160


def test_the_set_scores_as_after_the_fixes(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed, holds what this round's fixes reached."""
    got = set_scores(scored, "campaign")
    assert got["indirect_precision"] >= 0.96 and got["indirect_recall"] >= 0.96, got
    assert got["direct_precision"] == 1.0 and got["direct_recall"] == 1.0, got
    assert got["speaker_accuracy"] >= 0.95, got


def test_score(scored: dict[str, QuoteCounts]) -> None:
    """The whole set, summed (printed with -s, to compare runs)."""
    print_set(scored, "campaign")


@pytest.mark.parametrize("name", paragraph_params(PARAGRAPHS, XFAIL))
def test_paragraph(scored: dict[str, QuoteCounts], name: str) -> None:
    assert_paragraph_right(scored[name])
