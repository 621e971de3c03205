"""The reporting verbs of session 22's inventory in their reporting frames and in their other senses, and a cue
noun with its own clause under a verb of saying out ("expressed hope that ...").

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
    # -- words sent or written, and said in a manner: a that-clause only ------------------------------------
    "texted-one-told": Case(
        ("Mayor Irena Koval's chief of staff texted reporters that the vote had been moved to Friday.",),
        "the vote had been moved to Friday", "chief of staff", direct=False, target="reporters",
    ),
    "trap-texted-a-friend": Case(
        ("Minister Pavel Ostrov texted a friend from the airport.",),
        "a friend", None, absent=True,
    ),
    "scoffed-that": Case(
        ("Governor Lena Marsh scoffed that the audit had been written by her rivals.",),
        "the audit had been written by her rivals", "Lena Marsh", direct=False,
    ),
    "trap-snapped-a-photo": Case(
        ("A supporter snapped a photo of Senator Ruth Abel outside the courthouse.",),
        "a photo", None, absent=True,
    ),
    "trap-leaked-roof": Case(
        ("The roof of the council chamber leaked for years.",),
        "for years", None, absent=True,
    ),
    # -- findings and beliefs with a clause ----------------------------------------------------------------
    "audit-flagged-that": Case(
        ("The audit flagged that the port authority had paid two contractors twice.",),
        "the port authority had paid two contractors twice", "audit", direct=False,
    ),
    "supposed-that": Case(
        ("Most delegates supposed that Governor Lena Marsh would step aside.",),
        "Governor Lena Marsh would step aside", "delegates", direct=False, kind="belief",
    ),
    "trap-supposed-to": Case(
        ("The council was supposed to vote on the levy on Tuesday.",),
        "vote on the levy", None, absent=True,
    ),
    "trap-calculated-the-tax": Case(
        ("The clerk calculated the tax owed on the farm.",),
        "the tax owed", None, absent=True,
    ),
    # -- verdicts ----------------------------------------------------------------------------------------
    "termed-x-y": Case(
        ("Minister Pavel Ostrov termed the ruling a disgrace.",),
        "the ruling a disgrace", "Pavel Ostrov", direct=False,
    ),
    "framed-x-as-y": Case(
        ("Mayor Irena Koval framed the levy as a matter of fairness.",),
        "the levy as a matter of fairness", "Irena Koval", direct=False,
    ),
    "trap-framed-house": Case(
        ("Volunteers framed the new clinic in two days.",),
        "the new clinic", None, absent=True,
    ),
    "trap-pronounced-dead": Case(
        ("The driver was pronounced dead at the scene.",),
        "dead", None, absent=True,
    ),
    # -- a feeling, a claim or a stance said out --------------------------------------------------------
    "voiced-grievances": Case(
        ("Several farm unions voiced their grievances about the new water rules.",),
        "their grievances about the new water rules", "unions", direct=False,
    ),
    "voiced-opposition-noun": Case(
        ("Several farm unions voiced opposition to the new water rules.",),
        "the new water rules", "unions", direct=False,
    ),
    "rebuffed-offer": Case(
        ("Senator Ruth Abel rebuffed the offer of a cabinet post.",),
        "the offer of a cabinet post", "Ruth Abel", direct=False,
    ),
    "trap-rebuffed-reporters": Case(
        ("Senator Ruth Abel rebuffed reporters outside the chamber.",),
        "reporters", None, absent=True,
    ),
    "echoed-owned-claim": Case(
        ("Two deputies echoed the governor's claim about the budget.",),
        "the governor's claim about the budget", "deputies", direct=False,
    ),
    "trap-echoed-gains": Case(
        ("The bond market echoed the gains in Europe.",),
        "the gains in Europe", None, absent=True,
    ),
    # -- a cue noun with its own clause: the noun's attribution gives the content -----------------------------
    "expressed-hope-that": Case(
        ("Minister Pavel Ostrov expressed hope that the talks would resume in May.",),
        "the talks would resume in May", "Pavel Ostrov", direct=False,
    ),
    "voiced-concern-that": Case(
        ("Mayor Irena Koval voiced concern that the levy would drive families out of the city.",),
        "the levy would drive families out of the city", "Irena Koval", direct=False,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_inventory_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])
