"""Cue verbs the tagger takes for nouns, and clause verbs it takes for adjectives (`tagging`): "Republicans in
the House hope the governor will sign ...", "warns that the shutdown could last weeks", "Some worry that ...",
"Some Democrats in the Senate hope to pass ...". Passages written for these tests in the manner of 2016 Washington
coverage, checked the way `test_constructions` checks its own, with sentences the rule must leave alone.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Token

from newsgraph.understand.quotes.lexicon import QuoteCues, load_quote_cues
from newsgraph.understand.quotes.tagging import (
    cue_read_as_object,
    quantity_as_article,
    verb_read_as_noun,
    verb_read_as_participle,
)
from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    "house-hope-clause": Case(
        ("Republicans in the House hope the governor will sign the spending bill.",),
        "the governor will sign the spending bill", "Republicans in the House", direct=False, kind="intention",
    ),
    "some-in-the-house-hope": Case(
        ("Some Republicans in the House hope the speaker will step down after the election.",),
        "the speaker will step down", "Some Republicans in the House", direct=False, kind="intention",
    ),
    "senate-hope-to": Case(
        ("Some Democrats in the Senate hope to pass the gun bill before the recess.",),
        "pass the gun bill before the recess", "Some Democrats in the Senate", direct=False, kind="intention",
    ),
    "house-plan-to": Case(
        ("Republicans in the House plan to vote on the repeal next week.",),
        "vote on the repeal next week", "Republicans in the House", direct=False, kind="intention",
    ),
    "some-in-the-campaign-hope": Case(
        ("Some in the campaign hope the candidate's numbers will recover in the fall.",),
        "the candidate's numbers will recover", "Some in the campaign", direct=False, kind="intention",
    ),
    "warned-could-last": Case(
        ("A memo sent to Senate staff warns that the shutdown could last weeks.",),
        "the shutdown could last weeks", "memo", direct=False,
    ),
    "said-that-could-last": Case(
        ("Officials said that the budget talks could last months.",),
        "the budget talks could last months", "Officials", direct=False,
    ),
    "fear-will-last": Case(
        ("Many Republicans fear the standoff will last weeks.",),
        "the standoff will last weeks", "Republicans", direct=False, kind="belief",
    ),
    "said-last-week-that": Case(
        ("The senator said last week that he would seek a third term.",),
        "he would seek a third term", "senator", direct=False,
    ),
    "some-worry-that": Case(
        ("Some worry that the party is too divided to win in November.",),
        "the party is too divided to win", "Some", direct=False, kind="belief",
    ),
    "some-fear-that": Case(
        ("Some fear that the deal will collapse before the vote.",),
        "the deal will collapse before the vote", "Some", direct=False, kind="belief",
    ),
    "some-in-the-campaign-fear": Case(
        ("Some in the campaign fear that the candidate is worn out.",),
        "the candidate is worn out", "Some in the campaign", direct=False, kind="belief",
    ),
    # -- left alone ---------------------------------------------------------------------------------------
    "trap-faith-in-the-plan": Case(
        ("Faith in the Senate plan to cut taxes has faded among conservatives.",),
        "to cut taxes", "Senate", direct=False,
    ),
    "trap-put-hope-in": Case(
        ("Voters put their hope in the Senate after the House vote failed.",),
        "the House vote failed", None, absent=True,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_tagging_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])


@pytest.fixture(scope="module")
def cues() -> QuoteCues:
    return load_quote_cues()


def _word(doc: Any, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_tagging_a_noun_with_an_article_is_no_verb(nlp: Any, cues: QuoteCues) -> None:
    doc = nlp("The hope of the party is that the senator will run.")
    assert not verb_read_as_noun(_word(doc, "hope"), cues)
    assert cue_read_as_object(_word(doc, "hope"), cues) is None


def test_tagging_a_finite_verb_before_the_cue_keeps_it_a_noun(nlp: Any, cues: QuoteCues) -> None:
    """ "criticized the Senate plan to cut taxes": the plan is the Senate's, a noun after the sentence's verb."""
    doc = nlp("Democrats criticized the Senate plan to cut taxes for the wealthy.")
    assert cue_read_as_object(_word(doc, "plan"), cues) is None


def test_tagging_a_quantity_is_the_subject_only_of_a_verb_without_one(nlp: Any) -> None:
    doc = nlp("Some voters worry that the party is divided.")
    assert quantity_as_article(_word(doc, "worry")) is None  # "Some voters": the subject is the voters


@pytest.mark.parametrize(
    ("text", "verb", "read"),
    [
        ("The clerk, Maria Hollis, confessed to taking the keys.", "confessed", True),
        ("Norvik's parent company, Beta Holdings, announced on Monday that it was closing two plants.", "announced", True),
        # a participle between commas before the sentence's own verb modifies the subject
        ("The minister, appointed in May, resigned on Friday.", "appointed", False),
    ],
)
def test_tagging_verb_read_as_participle_of_its_subject(nlp: Any, text: str, verb: str, read: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == verb)
    assert verb_read_as_participle(tok) is read
