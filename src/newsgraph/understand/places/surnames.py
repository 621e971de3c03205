"""A person's surname standing alone is the person, after the article has named them in full.

News names a person in full once ("tennis player Dana Washington", "director Paul Jordan", "Luis Rodriguez")
and by the surname after that: "Washington won the next set", "Jordan said", "Rodriguez 's second
goal". Those later mentions are the person, not the capital, the country or a town of that name,
whatever the model or the country scan made of them. A place of the same name is still written as a
place: after a locative ("flew to Jordan", "talks in Washington") or with its state after a comma. A mention
the entity stage itself read as the country or place, apart from the person, also stays a place: after "Rep.
Anna Israel", "said Israel had a right to defend itself" names the country, and the entity stage, which
joins "Jordan said" to Paul Jordan, keeps that "Israel" a country of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.model import Entity
from newsgraph.understand.places.resolve import PlaceMention

__all__ = ["not_surnames", "placed_starts", "surnames"]

_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|outside|to|into|across|toward|towards|via|around|of|visit|visited|visiting)\s+$",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(r"\s*,\s*[A-Z][a-z]*\.?(?:\s|$)(?![a-z])")  # "Clinton, Iowa", "Jordan, Minn."


def surnames(text: str, ents: Sequence[tuple[int, int, str]], entities: Sequence[Entity]) -> frozenset[str]:
    """The last words of the people named in full: NER's persons and the entity stage's."""
    named = {text[s:e] for s, e, label in ents if label == "PERSON"}
    named |= {m.text for e in entities if e.kind == "person" for m in e.mentions}
    return frozenset(name.rsplit(" ", 1)[-1] for name in named if " " in name and name[:1].isupper())


def placed_starts(entities: Sequence[Entity]) -> frozenset[int]:
    """Where the entity stage's countries and places are mentioned."""
    return frozenset(m.start for e in entities if e.kind in ("country", "place") for m in e.mentions)


def not_surnames(
    text: str, mentions: Sequence[PlaceMention], names: frozenset[str], placed: frozenset[int] = frozenset()
) -> list[PlaceMention]:
    """The mentions, less those that are a named person's surname standing alone (and not read as a place at
    `placed`, the starts of the entity stage's places)."""
    kept: list[PlaceMention] = []
    for m in mentions:
        alone = (
            m.text in names
            and m.start not in placed
            and _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start) is None
            and _QUALIFIED.match(text, m.end) is None
            and text[max(0, m.start - 1) : m.start] != "-"
        )
        if not alone:
            kept.append(m)
    return kept
