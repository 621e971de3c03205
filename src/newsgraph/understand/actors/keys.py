"""The key actor names are looked up by, shared by the dictionary, the dated dictionary and the stages."""

from __future__ import annotations


def fold(text: str) -> str:
    """Key for case- and dot-insensitive lookups: "U.S." and "US" fold alike, as do "the FBI" and "FBI"."""
    folded = text.casefold().replace(".", "").replace("’", "'").strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return " ".join(folded.split())
