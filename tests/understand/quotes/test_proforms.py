"""Contents given by a pro-form (session 18): "said so", "denied it", "has said as much", "thinks so", "said no";
and the same words where they stand for no content ("said as much as 40 percent ...", "said no to the
levy", "believe it or not", "wrote it").

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
    "said-so": Case(
        ("The levy was never meant to be permanent. Mayor Irena Koval said so on Monday.",),
        "so", "Irena Koval", direct=False, spans=1,
    ),
    "said-so-again": Case(
        ("Asked about the levy, Mayor Irena Koval said so again on Tuesday.",),
        "so", "Irena Koval", direct=False,
    ),
    "denied-it": Case(
        ("A local paper reported that the minister had kept a second passport. Minister Pavel Ostrov denied it.",),
        "it", "Pavel Ostrov", direct=False,
    ),
    "confirmed-it": Case(
        ("Senator Ruth Abel confirmed it in a statement hours later.",),
        "it", "Ruth Abel", direct=False,
    ),
    "said-as-much": Case(
        ("Governor Lena Marsh has said as much in hearings before the budget committee.",),
        "as much", "Lena Marsh", direct=False,
    ),
    "thinks-so": Case(
        ("Will the council pass the budget before the recess? Councilman Tomas Reyes thinks so.",),
        "so", "Tomas Reyes", direct=False, kind="belief",
    ),
    "said-that-demonstrative": Case(
        ("Senator Ruth Abel said that again in Tarnow on Monday.",),
        "that", "Ruth Abel", direct=False,
    ),
    "said-no": Case(
        ("Reporters asked Mayor Ana Silva whether she would run again. Silva said no.",),
        "no", "Ana Silva", direct=False,
    ),
    "supporters-believe-it": Case(
        ("The mayor says the count was rigged, and many of his supporters believe it.",),
        "it", "supporters", direct=False, kind="belief",
    ),
    # -- the same words standing for no content ------------------------------------------------------------
    "as-much-as-a-measure": Case(
        ("Auditors said as much as 40 percent of the grant had been wasted.",),
        "as much as 40 percent", "Auditors", direct=False,
    ),
    "said-no-to-a-levy": Case(
        ("Voters in Tarnow said no to the school levy on Tuesday.",),
        "no", None, absent=True,
    ),
    "believe-it-or-not": Case(
        ("Believe it or not, the council finished its agenda before noon.",),
        "it", None, absent=True,
    ),
    "wrote-it": Case(
        ("Governor Lena Marsh wrote it in 2003, long before she ran for office.",),
        "it", None, absent=True,
    ),
    "said-it-would-clause": Case(
        ("The ministry said it would reopen the border crossing on Friday.",),
        "it would reopen the border crossing", "ministry", direct=False,
    ),
    "said-otherwise": Case(
        ("The mayor said the count was fair. Observers from the league said otherwise.",),
        "otherwise", "Observers", direct=False,
    ),
    "did-not-say-when": Case(
        ("The ministry said it would reopen the crossing. It did not say when.",),
        "when", "It", direct=False,
    ),
    "said-yes-before-semicolon": Case(
        ("Would the council meet again before the vote? Koval said yes; Reyes said no.",),
        "yes", "Koval", direct=False,
    ),
    "trap-said-when-asked": Case(
        ("She did not say much when asked about the vote.",),
        "when", None, absent=True,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_pro_form_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])
