"""The plural of a common noun for one person, and the singular of a group noun, as the role tables need them.

The role tables list group nouns mostly in the plural ("emissaries", "gendarmes", "policemen"), and one person
named by such a noun ("an emissary", "a policeman") takes the role of its plural; a plural group of nationals
("two Filipino seamen") is looked up by its singular. The converted Phoenix agents make their plurals by the same
rules (`tools/convert_phoenix_actors.py`), so the two meet.
"""

from __future__ import annotations

# Words ending in "man" that are no compound of "man": their plural is regular.
_NOT_MAN = frozenset({"human", "german", "roman", "ottoman", "shaman"})
_VOWELS = frozenset("aeiou")


def plural_of(word: str) -> str:
    """ "soldier" -> "soldiers", "policeman" -> "policemen", "emissary" -> "emissaries", "witness" -> "witnesses";
    "monarch" -> "monarchs" (a hard "ch")."""
    if word.endswith("man") and word not in _NOT_MAN:
        return word[:-3] + "men"
    if len(word) > 1 and word.endswith("y") and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x", "z")) and not word.endswith("arch"):
        return word + "es"
    return word + "s"


def singular_of(word: str) -> str:
    """ "seamen" -> "seaman", "emissaries" -> "emissary", "witnesses" -> "witness", "gendarmes" -> "gendarme"."""
    if word.endswith("men") and word[:-3] + "man" not in _NOT_MAN:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")) and not word.endswith("arches"):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word
