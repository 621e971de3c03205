"""The key place names are looked up by, shared by the gazetteer's build and its readers."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_PUNCT = str.maketrans({".": "", ",": "", "-": " "})


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """Lookup key: accents, case, full stops and a leading "the" ignored ("the U.S." == "US")."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = " ".join(name.casefold().translate(_PUNCT).split())
    return key[4:] if key.startswith("the ") else key
