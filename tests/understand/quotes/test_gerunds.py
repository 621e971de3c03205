"""Reported clauses told in short as a gerund (`gerunds`, session 27): "admitted taking the money", "confessed to
taking the money", "admitted to having been paid"; and "admitted to reporters that ...", where the noun after
"to" is whom the words were given. Passages written for these tests in wire style (fictional people)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.quotes.gerunds import bare_gerund, gerund_after_to
from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    "admitted-gerund": Case(
        ("The border guard Anton Vesely admitted taking money from the smugglers.",),
        "taking money", "Anton Vesely", direct=False,
    ),
    "admitted-to-perfect-gerund": Case(
        ("In court, Anton Vesely admitted to having been paid 4,000 crowns for his silence.",),
        "having been paid", "Anton Vesely", direct=False,
    ),
    # "The clerk, Maria Hollis, confessed": the verb after the apposition is the sentence's (`tagging`).
    "confessed-to-gerund": Case(
        ("The clerk, Maria Hollis, confessed to taking the keys from the mayor's office.",),
        "taking the keys", "Maria Hollis", direct=False,
    ),
    "recalled-gerund": Case(
        ("A night watchman, Pavel Rusu, recalled seeing two men near the depot gate.",),
        "seeing two men", "Pavel Rusu", direct=False,
    ),
    "trap-admitted-to-reporters": Case(
        ("Senator Ruth Abel admitted to reporters that the bill was dead.",),
        "the bill was dead", "Ruth Abel", direct=False, not_speaker=("reporters",),
    ),
    "trap-hospital-admitted-patients": Case(
        ("The Kessel city hospital admitted 30 patients on Monday after the fire.",),
        "30 patients", None, absent=True,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_gerund_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])


def test_gerund_after_to_takes_no_noun(nlp: Any) -> None:
    doc = nlp("She admitted to reporters that the plan had failed.")
    assert not gerund_after_to(next(t for t in doc if t.lower_ == "to"))
    doc = nlp("She admitted to having lied.")
    assert gerund_after_to(next(t for t in doc if t.lower_ == "to"))


def test_bare_gerund_is_no_progressive_infinitive(nlp: Any) -> None:
    doc = nlp("Some 40 gunmen are believed to be heading for the dam.")
    assert not bare_gerund(next(t for t in doc if t.text == "heading"))
    doc = nlp("The guard admitted taking the money.")
    assert bare_gerund(next(t for t in doc if t.text == "taking"))
