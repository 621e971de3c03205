"""What a copular clause announces after a colon (`colons`): "Obama's message was simple: ...", "McConnell was
blunt: ...". Passages written for these tests in the manner of 2016 Washington coverage, checked the way
`test_constructions` checks its own, with sentences the rule must leave alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.quotes.colons import after_colon
from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    "message-was-simple": Case(
        ("The president's message to Democrats was simple: voters will punish a divided party.",),
        "voters will punish a divided party", "president", direct=False, kind="speech",
    ),
    "argument-was-straightforward": Case(
        ("Trump's argument was straightforward: the system is rigged against outsiders.",),
        "the system is rigged against outsiders", "Trump", direct=False,
    ),
    "was-blunt": Case(
        ("McConnell was blunt: the Senate would not take up the nomination this year.",),
        "the Senate would not take up the nomination", "McConnell", direct=False, kind="speech",
    ),
    "was-adamant-there": Case(
        ("The governor was adamant: there would be no new taxes in his budget.",),
        "there would be no new taxes", "governor", direct=False,
    ),
    "was-frank-about": Case(
        ("Sanders was frank about the campaign's chances in New York.",),
        "the campaign's chances", "Sanders", direct=False,
    ),
    # -- left alone -------------------------------------------------------------------------------------------
    "trap-result-was-simple": Case(
        ("The result was simple: Clinton won every county in the state.",),
        "Clinton won every county", None, absent=True,
    ),
    "trap-weather-was-clear": Case(
        ("The weather was clear: the skies over Cleveland had opened by noon.",),
        "the skies over Cleveland had opened", None, absent=True,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_colon_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])


@pytest.mark.parametrize(
    "text",
    [
        "Her message was blunt.",  # nothing after it
        "His message was short: two words.",  # no clause after the colon
    ],
)
def test_colons_no_clause_after_no_content(nlp: Any, text: str) -> None:
    doc = nlp(text)
    copula = next(t for t in doc if t.lemma_ == "be")
    assert after_colon(copula) is None
