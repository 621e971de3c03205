"""The bare "hostage" after a list of people taken: what they are taken as, not one more of them.

"Gunmen seized a school and took hundreds of children and parents hostage", "are holding two French journalists
and their Syrian driver hostage": the small parser reads "hostage" as one more conjunct of the object, or as the
head of the last one with the person for its compound ("their Syrian driver hostage"), so the verb keeps no
object predicate and the taking reads as a seizure of things or of a "hostage" that is no one. The singular noun
that closes the object of a verb of taking or holding says what the people were taken as, as it does after a
single object ("took two French journalists hostage", which `tree._held_as_predicates` reads). "Took the town
and a hostage" joins two objects: a hostage with its own determiner stays one.
"""

from __future__ import annotations

# What someone is held or taken as, and the verbs that take or keep people as such.
_HELD_AS = frozenset({"hostage", "captive", "prisoner"})
_TAKE_AS = frozenset({"hold", "take", "keep"})
_OWN_WORDS = frozenset({"det", "nummod", "poss", "amod", "compound"})


def held_as_last_conjunct(
    dep: list[str], heads: list[int], children: list[list[int]], tag: list[str], lemma: list[str]
) -> None:
    """Re-hang such a "hostage" on the verb as its object predicate, its person (if any) the conjunct (in place)."""
    for noun, head in enumerate(heads):
        if dep[noun] != "conj" or lemma[noun] not in _HELD_AS or tag[noun] != "NN" or dep[noun - 1] == "cc":
            continue
        verb = _taking_verb(dep, heads, lemma, head)
        after = [c for c in children[noun] if c > noun]
        if verb is None or any(dep[c] != "prep" for c in after):
            continue
        person = noun - 1 if noun - 1 in children[noun] and dep[noun - 1] == "compound" else None
        if person is None and any(dep[c] in _OWN_WORDS for c in children[noun]):
            continue
        if person is not None:
            _move(person, head, "conj", heads, dep, children)
            for c in list(children[noun]):
                _move(c, verb if dep[c] == "prep" else person, dep[c], heads, dep, children)
        _move(noun, verb, "oprd", heads, dep, children)


def _taking_verb(dep: list[str], heads: list[int], lemma: list[str], head: int) -> int | None:
    """The verb of taking or holding whose object's conjunct chain `head` is on, or None."""
    first = head
    while dep[first] == "conj" and heads[first] != first:
        first = heads[first]
    verb = heads[first]
    return verb if dep[first] == "dobj" and lemma[verb] in _TAKE_AS else None


def _move(i: int, to: int, label: str, heads: list[int], dep: list[str], children: list[list[int]]) -> None:
    children[heads[i]].remove(i)
    heads[i], dep[i] = to, label
    children[to].append(i)
    children[to].sort()
