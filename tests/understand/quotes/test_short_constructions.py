"""Content boundaries and sources the parse breaks (session 18): a semicolon between two reports, the
one asked "when asked if ...", and the to-clause of one told hung on them ("told a protester to leave").

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
    # -- a semicolon ends a content: the clause before it is no content of the cue after it ----------------
    "semicolon-first-report": Case(
        ("Mayor Ana Silva said the levy would pass; her rivals said it would fail by a wide margin.",),
        "the levy would pass", "Ana Silva", direct=False, not_speaker=("rivals",),
    ),
    "semicolon-second-report": Case(
        ("Mayor Ana Silva said the levy would pass; her rivals said it would fail by a wide margin.",),
        "it would fail by a wide margin", "rivals", direct=False,
    ),
    "comma-content-before-cue": Case(
        ("The levy will pass by a wide margin, her rivals conceded on Friday.",),
        "The levy will pass", "rivals", direct=False,
    ),
    # -- "when asked": the subject of the clause is the one asked, the asker goes unnamed ----------------
    "when-asked-if": Case(
        ("“No,” Senator Ruth Abel said when asked if she would support the levy.",),
        "she would support the levy", None, direct=False,
    ),
    "when-told-that": Case(
        ("Councilman Tomas Reyes left the room when told that the audit had found missing funds.",),
        "the audit had found missing funds", None, direct=False,
    ),
    "fronted-asked-whether": Case(
        ("Asked whether the border would reopen, Minister Pavel Ostrov said it would.",),
        "whether the border would reopen", None, direct=False,
    ),
    # -- the to-clause of one told, hung on them by the parser -------------------------------------------
    "told-protester-to-leave": Case(
        ("Police officers told a protester to leave the council chamber, and he was escorted out.",),
        "a protester to leave the council chamber", "officers", direct=False,
    ),
    "urged-senator-to": Case(
        ("Governor Lena Marsh urged Senator Ruth Abel to drop her objection to the levy.",),
        "drop her objection", "Lena Marsh", direct=False,
    ),
    "trap-plan-to-noun": Case(
        ("The council approved a plan to rebuild the harbor wall before winter.",),
        "rebuild the harbor wall", None, absent=True,
    ),
    # -- a parenthetical cue the parser hangs on the auxiliary of the clause it reports -------------------
    "parenthetical-on-auxiliary": Case(
        ("Minister Pavel Ostrov spoke briefly. The port, he said, was closed for repairs until spring.",),
        "was closed for repairs", "Pavel Ostrov", direct=False,
    ),
    # -- talk one is (not) allowed to do is no talk reported ----------------------------------------------
    "not-authorized-to-discuss": Case(
        ("The aide, who was not authorized to discuss the audit publicly, said the report would be late.",),
        "the audit", None, absent=True,
    ),
    "not-authorized-content-kept": Case(
        ("The aide, who was not authorized to discuss the audit publicly, said the report would be late.",),
        "the report would be late", "aide", direct=False,
    ),
    # -- what an authority grants or withholds, denied or rejected, is an act of office ---------------------
    "denied-permit": Case(
        ("The city of Tarnow denied the permit for the march on Saturday.",),
        "the permit", None, absent=True,
    ),
    "rejected-application": Case(
        ("The election board rejected the application for a recount.",),
        "the application", None, absent=True,
    ),
    "denied-allegations-still": Case(
        ("Councilman Tomas Reyes denied the allegations on Monday.",),
        "the allegations", "Tomas Reyes", direct=False,
    ),
    # -- a name the small model reads as a common noun when it opens a sentence ("Trump", "Pence") ---------
    "name-read-as-noun-holds": Case(
        ("Donald Trump spoke in Ohio on Monday. Trump opposes the trade deal, and Pence opposes it too.",),
        "the trade deal", "Trump", direct=False, kind="belief",
    ),
    "name-read-as-noun-blames": Case(
        ("Donald Trump spoke in Ohio on Monday. Trump blamed Clinton for the rise of the Islamic State.",),
        "the rise of the Islamic State", "Trump", direct=False,
    ),
    "trap-mass-noun-named-in-a-law": Case(
        ("Evidence supports the theory. The Evidence Act passed in May.",),
        "the theory", None, absent=True,
    ),
    # -- a surname that is also a verb, opening a sentence, read as an order ("Trump hopes" as "trump the hopes")
    "name-read-as-verb-hopes": Case(
        ("Trump hopes to win Pennsylvania, a state no Republican has carried since 1988.",),
        "win Pennsylvania", "Trump", direct=False, kind="intention",
    ),
    "name-read-as-verb-vows": Case(
        ("Trump vows to build a wall on the southern border.",),
        "build a wall", "Trump", direct=False,
    ),
    "trap-imperative-keeps-hopes": Case(
        ("Keep hopes alive.",),
        "alive", None, absent=True,
    ),
    "trap-plans-as-subject": Case(
        ("Trump plans are in disarray after the debate.",),
        "in disarray", None, absent=True,
    ),
    # -- "asked if ...": the question asked, read by the parser as a condition; no attitude held inside it --
    "asked-if-question": Case(
        ("Asked if she would back the levy, Mayor Ana Silva said yes, then changed the subject.",),
        "she would back the levy", None, direct=False,
    ),
    "answer-before-second-predicate": Case(
        ("Asked if she would back the levy, Mayor Ana Silva said yes, then changed the subject.",),
        "yes", "Ana Silva", direct=False,
    ),
    "no-clause-from-second-predicate": Case(
        ("Asked if she would back the levy, Mayor Ana Silva said yes, then changed the subject.",),
        "changed the subject", None, absent=True,
    ),
    "trap-attitude-in-question": Case(
        ("The council will decide on Monday whether it supports the new harbor plan.",),
        "the new harbor plan", None, absent=True,
    ),
    # -- what is predicted, named as a noun phrase -----------------------------------------------------------
    "predicted-named-outcome": Case(
        ("Speaker Ruth Abel predicted a Liberal majority in the next Assembly.",),
        "a Liberal majority", "Ruth Abel", direct=False,
    ),
    # -- an emphatic reflexive the parser makes a subject stands for the subject above it -----------------
    "reflexive-read-as-subject": Case(
        ("Governor Lena Marsh had herself questioned for years whether the port could be rebuilt.",),
        "whether the port could be rebuilt", "Lena Marsh", direct=False,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_short_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])
