"""Names the small model labels as something else that are places all the same.

The model calls many towns a person or an organisation ("shelled Kharkiv", "troops entered the town of
Tal Afar", "Cornwall's south coast"). Whether such a name is the place depends on the name's shape
(a division word, a two-word province), the words before it (a locative preposition, "residents of")
and what the gazetteer holds under it (a city of some size, a curated region, a country).
"""

from __future__ import annotations

import re

from newsgraph.understand.places.gazetteer import Gazetteer
from newsgraph.understand.places.towns import NOT_SCANNED, OF_PLACE

# Words that end the name of a division: "Rapides Parish", "Kherson Oblast", "Orange County".
_DIVISION = "county parish province oblast governorate prefecture region state district"
DIVISION_WORDS = frozenset(_DIVISION.split())

# Words of direction or part between a locative and a town: "in northeast Columbia".
_COMPASS_WORDS = (
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "central downtown suburban rural"
)
_COMPASS = frozenset(_COMPASS_WORDS.split())
_LOCATIVE = frozenset("in to from at near outside inside across into toward towards via around of".split())  # noqa: SIM905
_BIG_CITY = 1_000_000
ORG_CITY = 200_000  # an ORG-labelled name of a city this big is the city ("shelled Kharkiv")
# A first- or second-level division the model calls an organisation is the division when the text
# owns something of it ("Cornwall's south coast"); alone it may be a club or a firm ("Bayern said").
_OWNED = ("'s ", "’s ")
# After these prepositions a PERSON or ORG that the gazetteer holds as a town or division is
# the place ("Police in Kent", "a school near Truro"): people are rarely "in" or "near" someone.
_STRONG_LOCATIVE = frozenset({"in", "near", "outside", "across", "inside"})
# A town's name with the Arabic article joined by a hyphen ("Ras al-Ain", "Maarat al-Numan") that the
# gazetteer holds whole is the town, whatever the model called it: a person's name with the article
# ("Bashar al-Assad") is no town's.
_ARABIC_ARTICLE = re.compile(r"\b(?:al|el|ad|an|ar|as|ash|at|az|ed|en|es|ez)-[A-Z]")


def other_label_is_place(text: str, start: int, surface: str, label: str, gazetteer: Gazetteer) -> bool:
    """Whether a name NER gave another label (ORG, PERSON, NORP, FAC) at `start` is the place the gazetteer
    holds: by the shape of the name, the words before it, and what the gazetteer says it is."""
    candidates = gazetteer.lookup(surface)
    if surface.rsplit(" ", 1)[-1].casefold() in DIVISION_WORDS and " " in surface:
        return any(c.primary and c.entry.feature in ("admin1", "admin2") for c in candidates)
    if " " in surface and any(c.primary and c.entry.feature == "admin1" for c in candidates):
        return True  # "Nova Scotia", "South Australia": no one is named after a province like that
    if label == "NORP":  # "Cumbria police", "districts of Punjab", "the Sundarbans": no people go by those names
        return any(c.primary and c.entry.feature in ("admin1", "admin2", "region") for c in candidates)
    owned = text.startswith(_OWNED, start + len(surface))
    if label == "ORG" and any(
        (c.entry.feature == "city" and c.entry.population >= ORG_CITY)
        or c.entry.feature == "region"
        or (owned and c.entry.feature in ("admin1", "admin2"))
        for c in candidates
        if c.primary
    ):
        return True  # "shelled Kharkiv"; "the EU", "West Bank": our curated regions; "Cornwall's coast"
    before = text[max(0, start - 32) : start].split()
    region = any(c.primary and c.entry.feature == "region" for c in candidates)
    if region and before and before[-1].lower() == "the":
        before.pop()  # "in the Ogaden", "in the Sinai": a region is named with its article
    if before and before[-1].lower() in _COMPASS:
        before.pop()  # "in northeast Columbia", "near downtown Tulsa": the locative is one word back
    locative = bool(before) and before[-1].lower() in _LOCATIVE
    if any(c.primary and c.entry.feature == "country" for c in candidates):
        # A PERSON "Jordan" or "Georgia" is usually a person; after "in"/"to" it is the country.
        return locative or (label != "PERSON" and surface not in NOT_SCANNED)
    if label == "FAC":
        return any(c.primary and c.entry.feature == "city" for c in candidates)
    if label == "PERSON" and _ARABIC_ARTICLE.search(surface) and any(c.entry.feature == "city" for c in candidates):
        return True  # "entered Ras al-Ain": GeoNames' "Ra’s al ‘Ayn", under its loose key (`keys.arabic_key`)
    strong = before[-2:-1] and before[-1] == "of" and before[-2].lower() in OF_PLACE
    if label in ("PERSON", "ORG") and before and (before[-1].lower() in _STRONG_LOCATIVE or strong):
        return region or any(c.primary and c.entry.feature in ("city", "admin1", "admin2") for c in candidates)
    if label in ("PERSON", "ORG") and locative:
        return any(c.entry.feature == "city" and c.entry.population >= _BIG_CITY for c in candidates)
    return False
