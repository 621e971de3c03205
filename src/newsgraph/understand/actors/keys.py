"""The key actor names are looked up by, shared by the dictionary, the dated dictionary and the stages."""

from __future__ import annotations

from functools import lru_cache


# The actor stage folds the same few hundred names and words again and again in one article (some 900 calls an
# article, from the coder's group test and the dictionary's look-ups): a hit costs a tenth of folding again.
@lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """Key for case- and dot-insensitive lookups: "U.S." and "US" fold alike, as do "the FBI" and "FBI"."""
    folded = text.casefold().replace(".", "").replace("’", "'").strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return " ".join(folded.split())
