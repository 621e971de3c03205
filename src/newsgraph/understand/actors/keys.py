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


@lru_cache(maxsize=1 << 12)
def uncounted(name: str) -> tuple[str, str]:
    """A group's name without its counts ("15 Shiites": "Shiites"; the name itself when all of it is counts), and its
    last word. Memoised like `fold`: the coder asks it of the same few names hundreds of times an article."""
    kept = " ".join(w for w in name.split() if not any(map(str.isdigit, w))) or name
    return kept, kept.split()[-1]
