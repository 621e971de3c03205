"""Who is to speak in a to-clause (`control`, session 27): the object of "prompted residents to argue", the
subject of the passive "was asked to explain", and the subject of "promised voters to ...". Passages written for
these tests in wire style (fictional people and places)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.quotes.control import controller
from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    "prompted-object-argues": Case(
        ("The harbour closure prompted some fishermen to argue that the ban was unfair.",),
        "the ban was unfair", "fishermen", direct=False, not_speaker=("closure",),
    ),
    "led-object-claims": Case(
        ("The ruling led several Varnian lawmakers to claim that the court had overstepped.",),
        "the court had overstepped", "lawmakers", direct=False, not_speaker=("ruling",),
    ),
    "trap-interrupted-to-say": Case(
        ("Mayor Tomas Brandt interrupted the councillor to say that the vote was illegal.",),
        "the vote was illegal", "Tomas Brandt", direct=False, not_speaker=("councillor",),
    ),
    "trap-urged-to-explain": Case(
        ("The fishing cooperative urged the Dorval ministry to reassure the ports by explaining the terms of the "
         "new quota.",),
        "the terms of the new quota", "fishing cooperative", direct=False, not_speaker=("ministry",),
    ),
    "passive-asked-explains": Case(
        ("Finance Minister Lena Hart was asked to explain why the deficit had doubled.",),
        "the deficit had doubled", "Lena Hart", direct=False,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_control_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The closure prompted fishermen to argue that the ban was unfair.", "fishermen"),
        ("The minister was asked to explain the deficit.", "minister"),
        ("The senator promised voters to fight the tax.", None),  # the promiser keeps control
        ("He interrupted her to say that she was wrong.", None),  # a purpose: the subject speaks
        ("The group urged the agency to explain the census.", None),  # asked for, not done
        ("The mayor wants to say that the city is safe.", None),  # subject control
    ],
)
def test_controller_of_the_to_clause(nlp: Any, text: str, expected: str | None) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "xcomp" and t.tag_ == "VB")
    got = controller(verb)
    assert (got.text if got is not None else None) == expected
