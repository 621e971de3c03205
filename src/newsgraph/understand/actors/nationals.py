"""One person named by a nationality alone: "a wounded and unarmed Iraqi", "three Indians, two Kenyans and an
Egyptian" (docs/actors.md, "Groups").

Wire copy names a victim, a hostage or a suspect it cannot name otherwise by the nationality word used as a noun.
The parse's noun chunks end in a common noun, so such a person is no chunk the group step reads: this step adds
each as a person actor, whose country its own word gives (`coding` reads it as it reads "an Iraqi man"). Only a
word that stands as a noun with an article or a number before it ("an Egyptian"), never one that modifies a noun
("an Egyptian diplomat", read by the group step) nor a people named as a whole ("the Kurds", a community).
"""

from __future__ import annotations

from newsgraph.understand.actors.clusters import Draft

_ARTICLES = frozenset({"a", "an", "one"})
# Where a noun stands as a participant: subject, object, object of a preposition, or a list's member.
_PARTICIPANT = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"})


def add_lone_nationals(draft: Draft) -> None:
    """Each nationality word standing alone as a noun after "a", "an" or "one" becomes a person of that country."""
    doc = draft.doc
    for ent in draft.ents:
        if ent.label_ != "NORP" or not ent.ent_id_.startswith("norp:") or len(ent) != 1:
            continue
        t = ent.root
        if t.dep_ not in _PARTICIPANT or any(c.dep_ in ("compound", "amod") for c in t.children if c.i > t.i):
            continue
        if t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "PROPN") and doc[t.i + 1].is_lower:
            continue  # "an Egyptian diplomat": the nationality modifies the noun after it
        article = next((c for c in t.lefts if c.dep_ == "det" and c.lower_ in _ARTICLES), None)
        if article is None:
            continue
        draft.add_group(doc[t.i : t.i + 1], t.i, "person")  # the word alone: "an unarmed Iraqi" is an Iraqi
