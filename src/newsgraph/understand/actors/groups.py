"""Participants named by a description, not a name: groups, institutions and nameless office holders.

"Three ousted high-ranking FBI officials", "Iraqi police", "three Iraqis", "the Sudanese government", "the
interior minister": later stages need each as a participant, so each becomes an entity of its own when a
modifier ties it to an actor, unless it only describes someone the article names (then `references` joins
the two).
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span

from newsgraph.understand.actors.clusters import DETERMINERS, Draft, head_noun
from newsgraph.understand.docview import DocIndex

_PLURAL_TAGS = frozenset(get_string_id(t) for t in ("NNS", "NNPS"))  # TAG ids
_POLICE = get_string_id("police")  # a LOWER id
# Descriptor roles that name institutions rather than people: a plural with one of these is no group of actors.
_NOT_GROUP_ROLES = frozenset({"IGO", "PPL"})
# Roles of offices held by a few named people: their plural without a country points back at them.
_OFFICES = frozenset({"GOV", "LEG", "MIL", "OPP"})


def add_groups(draft: Draft) -> None:
    """Groups ("Four senior FBI officials"), institutions and nameless office holders the model did not tag."""
    doc = draft.doc
    if not doc.has_annotation("DEP"):
        return
    # Only a chunk with a plural noun or "police" in it can have one for its root, or a chunk whose last word
    # ends a title ("the interior minister").
    plural = [
        t in _PLURAL_TAGS or w == _POLICE for t, w in zip(draft.index.tag, draft.index.lower, strict=True)
    ]
    for i in draft.index.sent_tokens:
        # The tagger calls a capitalised plural opening a sentence ("Rebels in Darfur ...") a proper noun.
        if (
            i < len(plural)
            and draft.index.folded[i].endswith("s")
            and (draft.index.folded[i],) in draft.d.descriptors
        ):
            plural[i] = True
    title_ends = draft.d.title_ends
    desc_ends = draft.d.descriptor_ends
    for start, end, label in _noun_chunks(draft.index):
        if not any(plural[start:end]):
            if title_ends is None or draft.index.folded[end - 1] in title_ends:
                _titled_nameless(draft, Span(doc, start, end, label=label))
            if desc_ends is None or draft.index.folded[end - 1] in desc_ends:
                _institution(draft, Span(doc, start, end, label=label))
            continue
        chunk = Span(doc, start, end, label=label)
        head = chunk.root
        if not plural[head.i]:
            continue
        role = _group_role(draft, chunk)
        if role is None and head.lower_.endswith("s") and _tied(draft, chunk, head.i):
            # "the Syrian leaders": a plural of a title with a country names a group of office holders ("the
            # two presidents" only points back at people named before).
            role = draft.d.title_role([head.lower_[:-1]])
        if role is None and _nationals(draft, head.i):
            # "three Iraqis", "Palestinians": the country's people, coded by the country alone.
            draft.add_group(chunk, head.i, "organisation")
            continue
        if not role or role in _NOT_GROUP_ROLES:
            continue
        if draft.ent_at[head.i] >= 0 and draft.ents[draft.ent_at[head.i]].label_ in ("ORG", "PERSON"):
            continue  # the model already named it ("FBI Agents Association")
        office = draft.d.title_role([head.lower_[:-1]]) if head.lower_.endswith("s") else None
        if office in _OFFICES and not _tied(draft, chunk, head.i):
            continue  # "their presidents", "the ministers": office holders the article names, not a group
        draft.add_group(chunk, head.i, "organisation")
        for mod in chunk:
            # "Afghan and U.S.-led troops": the second modifier's troops are an actor of their own.
            if mod.dep_ == "conj" and mod.head.head.i == head.i and mod.head.dep_ in ("amod", "compound"):
                draft.add_group(doc[mod.i : head.i + 1], head.i, "organisation")


def _nationals(draft: Draft, head: int) -> bool:
    """A nationality noun heading its own phrase ("two Japanese", "Afghans"), not an adjective ("Afghan troops")."""
    e = draft.ent_at[head]
    tok = draft.doc[head]
    return (
        e >= 0
        and draft.ents[e].label_ == "NORP"
        and tok.dep_ not in ("amod", "compound", "poss")
        and draft.d.country_of(tok.text) is not None
    )


def _tied(draft: Draft, chunk: Span, head: int) -> bool:
    """Whether a name other than the head ties the chunk to a country or organisation."""
    return any(
        draft.ent_at[t.i] >= 0 and draft.ents[draft.ent_at[t.i]].label_ in ("ORG", "GPE", "NORP")
        for t in chunk
        if t.i != head
    )


def _institution(draft: Draft, chunk: Span) -> None:
    """An institution named by its descriptor ("the Sudanese government", "Ukrainian TV", "the Bush
    administration", "the interior ministry") that the model did not tag: an actor all the same.

    Not when a named organisation of the article has that head noun (then "the ministry" describes it, and
    `resolve_descriptions` joins the two)."""
    head = chunk.root
    if head.i != chunk.end - 1 or head.pos_ not in ("NOUN", "PROPN") or len(chunk) > 6:
        return
    if draft.d.title_role([head.text]) is not None:
        return  # a title ("Saudi Minister"): a person's, never an institution
    if any(draft.ent_at[t.i] >= 0 and draft.ents[draft.ent_at[t.i]].label_ == "FAC" for t in chunk):
        return
    if draft.ent_at[head.i] >= 0:
        return
    role = _group_role(draft, chunk)
    if not role or role in _NOT_GROUP_ROLES:
        return
    word = draft.index.folded[head.i]
    if (word,) in draft.d.agent_only:
        return  # Phoenix's role nouns include events and abstractions ("uprising"): only our own name bodies
    if any(
        c.kind in ("organisation", "media")
        and not c.group
        and any(head_noun(m.text) == word for m in c.names)
        for c in draft.clusters.values()
    ):
        return
    if len(chunk) == 1 or (len(chunk) == 2 and chunk[0].lower_ in DETERMINERS):
        return  # a bare "the government" is a description, not a name; the actor stage reads it in context
    draft.add_group(chunk, head.i, "organisation")


def _owner(draft: Draft, i: int) -> bool:
    """Whether the name at token `i` says whose office a title is: a country or nationality ("Pakistan's",
    "French"), or an organisation that owns it ("the EU's foreign policy chief")."""
    ent = draft.ents[draft.ent_at[i]]
    if ent.label_ in ("GPE", "NORP"):
        return True
    return ent.label_ == "ORG" and ent.end < len(draft.doc) and draft.index.texts[ent.end] in ("'s", "’s")


def _titled_nameless(draft: Draft, chunk: Span) -> None:
    """An office holder the text names by title alone ("the interior minister said"): an actor all the same.

    Not when a name follows (the title is that name's) or when a person named earlier holds the title (then
    it is a description of that person, which `resolve_descriptions` joins to them)."""
    head = chunk.root
    # A capitalised title stands before a name ("Saudi Minister of State Faisal ..."); one standing alone in
    # lower case is the nameless office holder, when something picks one out: "the", "a", "Pakistan's",
    # "French" (a bare "justice" in "face justice" is no person).
    if len(chunk) < 2 or chunk[0].pos_ not in ("DET", "PRON", "ADJ", "PROPN"):
        return
    if (
        not head.is_lower
        or head.i != chunk.end - 1
        or any(draft.ent_at[t.i] >= 0 and not _owner(draft, t.i) for t in chunk)
    ):
        return
    nxt = chunk.end
    if nxt < len(draft.doc) and draft.ent_at[nxt] >= 0 and draft.ents[draft.ent_at[nxt]].label_ == "PERSON":
        return
    role = None
    for n in range(min(draft.d.title_max, len(chunk)), 0, -1):
        role = draft.index.title_at(chunk.end - n, chunk.end, draft.d)
        if role is not None:
            break
    if not role:
        return  # "the director" names no sector: only a named person's description
    word = draft.index.folded[head.i]
    if any(c.kind == "person" and word in c.heads for c in draft.clusters.values()):
        return
    draft.add_group(chunk, head.i, "person")


def _group_role(draft: Draft, chunk: Span) -> str | None:
    head = chunk.root.i
    folded = draft.index.folded
    if draft.d.descriptor_ends is not None and folded[head] not in draft.d.descriptor_ends:
        return None  # every phrase looked up ends with the head
    for n in range(min(draft.d.descriptor_max, head - chunk.start + 1), 0, -1):
        role = draft.d.descriptors.get(tuple(folded[head - n + 1 : head + 1]))
        if role is not None:
            return role
    return None


def _noun_chunks(index: DocIndex) -> list[tuple[int, int, int]]:
    """`doc.noun_chunks` as (start, end, label), read once per article."""
    return [(chunk.start, chunk.end, chunk.label) for chunk in index.doc.noun_chunks]
