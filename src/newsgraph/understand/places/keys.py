"""The key place names are looked up by, shared by the gazetteer's build and its readers."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Full stops and commas go; a hyphen is a space ("Guinea-Bissau"). Apostrophes and the marks that
# transliterate the Arabic ayn and hamza go too: GeoNames writes "Tall ‘Afar" and "Sāmarrā’", news
# "Tal Afar" and "Samarra"; "Sana'a" and "Sanaa", "N'Djamena" and "Ndjamena" are one name.
_PUNCT = str.maketrans({".": "", ",": "", "-": " ", "'": "", "‘": "", "’": "", "ʿ": "", "ʾ": "", "`": ""})


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """Lookup key: accents, case, full stops, apostrophes and a leading "the" ignored ("the U.S." == "US")."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = " ".join(name.casefold().translate(_PUNCT).split())
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=16384)
def saint_key(key: str) -> str | None:
    """The key with "St" read as "Saint" ("st louis county" -> "saint louis county"), or None when
    it has no such word. GeoNames writes US counties and parishes "Saint Louis County", "Saint
    Tammany Parish"; news writes "St.". Where the gazetteer holds the "St" form itself ("St Ives"),
    the "Saint" form's places count as alternate names (`Gazetteer.lookup`)."""
    words = key.split(" ")
    if "st" not in words:
        return None
    return " ".join("saint" if w == "st" else w for w in words)


# Arabic place names come transliterated many ways: GeoNames writes "Ma‘arrat an Nu‘mān", "Ra’s al
# ‘Ayn", "Tall Abyaḑ"; wire copy "Maarat al-Numan", "Ras al-Ain", "Tal Abyad". Their loose key
# writes every article as "al" (the sun letters assimilate it: "an", "ash", "ad"), doubled letters
# once, and "ayn" as "ain". It is a key space of its own (the leading "00", which no name opens with), so only a name's loose form meets
# another's; the gazetteer holds it for towns in Arabic-speaking countries (`sources`).
_ARABIC_ARTICLES = frozenset("al el ad adh an ar as ash at ath az ed en er es esh et ez".split())  # noqa: SIM905
_DOUBLED = re.compile(r"([a-z])\1")


@lru_cache(maxsize=16384)
def arabic_key(key: str) -> str:
    """The loose key of a lookup key for Arabic transliterations ("maarat al numan" ->
    "00 marat al numan", as "maarrat an numan" is)."""
    words = ["al" if w in _ARABIC_ARTICLES else w for w in key.split(" ")]
    return "00 " + _DOUBLED.sub(r"\1", " ".join(words)).replace("ayn", "ain")


# US towns named with a French or Dutch particle are written both ways: GeoNames has "De Witt" (Iowa) and
# "DeWitt" (Michigan), "La Porte" and "DeKalb"; a local paper writes its own town as the town writes it.
_PARTICLES = ("De", "Du", "La", "Le")
_SPACED = re.compile(r"^(de|du|la|le) ([a-z]{3,})$")


@lru_cache(maxsize=16384)
def particle_key(name: str, key: str) -> str | None:
    """The key of the other way to write a name with a particle ("DeWitt" -> "de witt", "La Porte" ->
    "laporte"), or None when the name has no particle."""
    if len(name) > 4 and name.startswith(_PARTICLES) and name[2].isupper() and name[3:].islower():
        return f"{key[:2]} {key[2:]}"
    spaced = _SPACED.match(key)
    return spaced.group(1) + spaced.group(2) if spaced else None
