"""A verdict told in the passive (`verdicts`): "Pence is widely seen as a bridge to evangelical voters", "The deal
is viewed by many Republicans as a giveaway". Passages written for these tests in the manner of 2016 Washington
coverage, checked the way `test_constructions` checks its own, with sentences the rule must leave alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.quotes.lexicon import load_quote_cues
from newsgraph.understand.quotes.verdicts import passive_verdict
from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    "widely-seen-as": Case(
        ("The Indiana governor is widely seen as a bridge to evangelical voters.",),
        "a bridge to evangelical voters", None, direct=False, kind="belief",
    ),
    "viewed-by-as": Case(
        ("The nuclear deal is viewed by many Republicans as a giveaway to Tehran.",),
        "a giveaway to Tehran", "Republicans", direct=False, kind="belief",
    ),
    "regarded-as": Case(
        ("The former governor is regarded as a likely candidate for the Senate seat.",),
        "a likely candidate for the Senate seat", None, direct=False,
    ),
    "considered-the": Case(
        ("The Vermont senator was considered the underdog in the Iowa caucuses.",),
        "the underdog in the Iowa caucuses", None, direct=False,
    ),
    "described-by-as": Case(
        ("The nominee was described by two aides as furious after the debate.",),
        "furious", "aides", direct=False, kind="speech",
    ),
    # -- left alone -------------------------------------------------------------------------------------------
    "trap-seen-as-when": Case(
        ("The levee was seen as the water rose on Tuesday night.",),
        "the water rose", None, absent=True,
    ),
    "trap-pronounced-dead": Case(
        ("The congressman's aide was pronounced dead at the hospital.",),
        "dead", None, absent=True,
    ),
    "trap-known-as": Case(
        ("The district is known as the birthplace of the Republican Party.",),
        "the birthplace of the Republican Party", None, absent=True,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_verdict_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])


def test_verdicts_the_subject_and_the_verdict_are_the_content(nlp: Any) -> None:
    doc = nlp("Pence is widely seen as a bridge to evangelical voters.")
    verb = next(t for t in doc if t.text == "seen")
    cue = load_quote_cues().verb("see")
    assert cue is not None
    pieces = passive_verdict(verb, cue.kind, cue.content)
    assert [doc[s:e].text for s, e in pieces] == ["Pence", "a bridge to evangelical voters"]


def test_verdicts_a_relative_subject_or_it_is_no_one_judged(nlp: Any) -> None:
    doc = nlp("It is seen as a test of the new leadership.")
    assert passive_verdict(next(t for t in doc if t.text == "seen"), "belief") == []


def test_verdicts_an_act_of_office_is_no_verdict(nlp: Any) -> None:
    """ "was pronounced dead", "was named chairman": a speech cue's bare predicate declares, it judges nothing."""
    doc = nlp("The senator was named chairman of the committee on Tuesday.")
    assert passive_verdict(next(t for t in doc if t.text == "named"), "speech", frozenset({"as"})) == []
