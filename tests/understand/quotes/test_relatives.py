"""Contents given by a relative pronoun (session 22): "the levy, which critics denounced", "what Koval called a
blunder", "a plan that the unions derided as ...", "the claims, which the mayor repeated"; and the relative
pronouns that give none ("the law, which the council passed", "a levy that cut rents").

Passages are written for these tests in wire style (fictional people and places) and checked the way
`test_constructions` checks its own: one record holds the words, with the right speaker, or no record
holds them at all.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    "which-denounced": Case(
        ("The levy, which opposition leaders denounced, passed the council 31 to 20.",),
        "which", "opposition leaders", direct=False,
    ),
    "what-called": Case(
        ("What Mayor Irena Koval called a clerical error cost the city $2 million.",),
        "What", "Irena Koval", direct=False,
    ),
    "that-derided-as": Case(
        ("The assembly took up a plan that the unions derided as a gift to landlords.",),
        "that", "unions", direct=False,
    ),
    "which-repeated": Case(
        ("The figures, which Governor Lena Marsh repeated at every stop, were two years old.",),
        "which", "Lena Marsh", direct=False,
    ),
    "trap-which-passed": Case(
        ("The law, which the council passed in 2012, doubled the fines.",),
        "which", None, absent=True,
    ),
    "trap-that-subject": Case(
        ("Senator Ruth Abel voted against a levy that cut rents for pensioners.",),
        "that", None, absent=True,
    ),
    "trap-what-called-quoted": Case(
        ("Mayor Irena Koval attacked what she called “a rigged count” in the eastern wards.",),
        "a rigged count", "Irena Koval", direct=True,
    ),
    "trap-what-question": Case(
        ("What did Minister Pavel Ostrov say about the levy?",),
        "What", None, absent=True,
    ),
    # -- session 27: the pronoun as the subject of the reported clause (`said_of_antecedent`) ---------------
    "which-said-subject": Case(
        ("Troops shot down a drone, which the army said carried explosives, near the airport.",),
        "carried explosives", "army", direct=False, spans=2,
    ),
    "what-said-was-subject": Case(
        ("The map cut the poor wards in two, what the opposition said was a rigged count.",),
        "a rigged count", "opposition", direct=False,
    ),
    "trap-who-said-clause": Case(
        ("General Ivo Dragan, who said the war was over, left the capital on Monday.",),
        "the war was over", "Ivo Dragan", direct=False, spans=1,
    ),
    "trap-what-voters-want": Case(
        ("The cuts are not what voters in the eastern wards want.",),
        "what", None, absent=True,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_relative_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])
