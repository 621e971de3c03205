"""Token patterns of the EntityRuler for names the statistical model leaves untagged (the phrase patterns and the
patterns that re-assert the model's own spans live in `dictionary.py`).

"M. Dunlow", "K. Marlowe": an initial and a surname, the way scorecards, lists and second references write a
person, which the small model often leaves untagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def initial_person_patterns(not_surnames: Iterable[str]) -> list[dict[str, Any]]:
    """ "M. Dunlow": an initial and a capitalised surname the model left untagged name a person.

    Only words outside every model entity: an initial that opens a longer name the model found ("J. Crew Group",
    an organisation) keeps the model's reading, and a country or a month never follows as a surname."""
    surname = {"ENT_IOB": "O", "TEXT": {"REGEX": r"^[A-Z][a-z][A-Za-z'’\-]+$", "NOT_IN": sorted(set(not_surnames))}}
    return [{"label": "PERSON", "id": "given", "pattern": [{"ENT_IOB": "O", "TEXT": {"REGEX": r"^[A-Z]\.$"}}, surname]}]
