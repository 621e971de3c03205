"""The key place names are looked up by, shared by the gazetteer's build and its readers."""

from __future__ import annotations

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
