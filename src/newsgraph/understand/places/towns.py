"""Towns and divisions NER missed, found by the way wire copy writes them.

- "Lafayette, Ind.", "Bangor, ME": a capitalised name, a comma, then a state, province or
  country (or its press or postal abbreviation) that holds a town of that name is a place
  whatever NER called it (often nothing: the small model misses small towns). The head and
  the qualifier then pair up as any "X, Y" pair does in `find`.
- "Rapides Parish", "Cook County", "Kherson Oblast", and in the plural "Grant and Rapides
  parishes": a division word after capitalised names names divisions the gazetteer may hold.
"""

from __future__ import annotations

import re

from newsgraph.understand.places.gazetteer import Gazetteer, GeoEntry, contains

# One to three capitalised words before ", " and a capital: the candidate town.
_W = r"[A-Z][a-z]*(?:[A-Z][a-z]+)?"  # a capital inside too: "DeRidder", "McAllen", "DeSoto"
# Found from the comma back: the comma first (cheap), then the words before it, anchored at its end.
_COMMA = re.compile(r"(?<=[a-z]), (?=[A-Z])")
_TOWN_BEFORE = re.compile(rf"(?<![\w.])((?:{_W}[ -]){{0,2}}{_W})$")
_DIVISION_WORDS = (
    "County",
    "Parish",
    "Province",
    "Oblast",
    "Governorate",
    "Prefecture",
    "parishes",
    "counties",
)
_DIVISION_NAME = re.compile(rf"(?:({_W}) )?({_W}) (?:County|Parish|Province|Oblast|Governorate|Prefecture)\b")
# "Grant and Rapides parishes", "Harris, Fort Bend and Galveston counties"
_PLURAL_DIVISIONS = re.compile(
    rf"((?:{_W} )?{_W}(?:, (?:{_W} )?{_W})*,? (?:and|or) (?:{_W} )?{_W}) "
    r"(parishes|counties)\b"
)
_NAME = re.compile(rf"(?:{_W} )?{_W}")
# What may qualify it: up to three capitalised words or abbreviations ("N.C.", "New Mexico", "ME").
_QUALIFIER = re.compile(r"[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}")


def towns_before_qualifiers(text: str, limit: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Spans of towns written "Town, State" whose state (or country) holds a town of that name."""
    spans = []
    for comma in _COMMA.finditer(text, 0, limit):
        m = _TOWN_BEFORE.search(text, max(0, comma.start() - 60), comma.start())
        if m is None:
            continue
        containers = _containers(text, comma.end(), limit, gazetteer)
        if not containers:
            continue
        words = [m.start(1)] + [i + 1 for i in range(m.start(1), m.end(1)) if text[i] in " -"]
        for start in words:  # longest name first: "New Iberia" before "Iberia"
            towns = [c.entry for c in gazetteer.lookup(text[start : m.end(1)]) if c.entry.feature == "city"]
            if any(contains(q, t) for q in containers for t in towns):
                spans.append((start, m.end(1)))
                break
    return spans


def _containers(text: str, start: int, limit: int, gazetteer: Gazetteer) -> list[GeoEntry]:
    words = _QUALIFIER.match(text, start, limit)
    phrase = words.group() if words else ""
    while phrase:  # longest first, and a sentence-final full stop is not part of "Texas"
        for form in (phrase, phrase.rstrip(".")):
            found = [
                c.entry
                for c in gazetteer.lookup(form, qualifier=True)
                if c.entry.feature in ("admin1", "country")
            ]
            if found:
                return found
        cut = phrase.rfind(" ")
        phrase = phrase[:cut] if cut > 0 else ""
    return []


def scan_divisions(text: str, limit: int, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, name) of divisions named with their division word: "Rapides Parish" (the
    name is the span's text) and each of "Grant and Rapides parishes" (the span is "Grant",
    the name "Grant Parish"), when the gazetteer holds such a division."""
    found: list[tuple[int, int, str]] = []
    if not any(word in text for word in _DIVISION_WORDS):
        return found  # most articles name no division by its word: skip the regexes
    for m in _DIVISION_NAME.finditer(text, 0, limit):
        for start in (m.start(1), m.start(2)):
            if start >= 0 and _is_division(text[start : m.end()], gazetteer):
                start += 4 if text.startswith("The ", start) else 0
                found.append((start, m.end(), text[start : m.end()]))
                break
    for m in _PLURAL_DIVISIONS.finditer(text, 0, limit) if "parishes" in text or "counties" in text else ():
        word = " Parish" if m.group(2) == "parishes" else " County"
        for name in _NAME.finditer(text, m.start(1), m.end(1)):
            if name.group() not in ("The", "and", "or") and _is_division(name.group() + word, gazetteer):
                found.append((name.start(), name.end(), name.group() + word))
    return found


def _is_division(name: str, gazetteer: Gazetteer) -> bool:
    return any(c.primary and c.entry.feature in ("admin1", "admin2") for c in gazetteer.lookup(name))
