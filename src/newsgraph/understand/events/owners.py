"""Whose deed, idea or text a criticism or rejection is aimed at when a pronoun names its owner.

"Kerry criticised his policies", "Britain rejected their proposal": CAMEO aims criticism (11) and
rejection (12) at the owner of what is criticised or rejected, as "rejected the EU's demands" is
aimed at the EU. A possessive pronoun there refers to the actor named last before it that agrees
with it ("his" a person, "their" a plural or two joined sides, "its" a country or body), in its
sentence or the one before; never to the critic itself, since one criticises or rejects another's
plan ("his own plan" says the critic's, and is left alone).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.match import Match, subject

_ROOTS = frozenset({"11", "12"})
_PERSONAL = frozenset({"his", "her"})
# Heads of a name or noun phrase an owner can be, with the tags the pronoun agrees with.
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def pronoun_owner(ctx: ActorContext, m: Match) -> tuple[ActorRef, ...]:
    """The actor a possessive pronoun on the criticised or rejected object refers to; () when there
    is none, or the act is neither criticism nor rejection."""
    table, thing = ctx.table, m.obj
    if (m.sense.code or "")[:2] not in _ROOTS or thing is None or m.passive or "dobj" not in m.sense.target:
        return ()
    kids = table.children[thing.i]
    pron = next((c for c in kids if table.dep[c] == "poss" and table.pos[c] == "PRON"), None)
    if pron is None or any(table.lemma[c] == "own" for c in kids):
        return ()
    critic = subject(table, m.trigger)
    own = {(r.entity_id, r.code) for r in resolve(ctx, critic)} if critic is not None else set()
    low = table.tokens[pron].lower_
    start = table.tokens[pron].sent.start
    first = table.tokens[start - 1].sent.start if start > 0 else start
    candidates = [
        t
        for t in reversed(range(first, pron))
        if not (critic is not None and critic.left_edge.i <= t <= critic.right_edge.i)
        and _agrees(ctx, table.tokens[t], low)
    ]
    # The author of a plan, a demand or a decision is told as the doer of a clause: a subject before any
    # other name ("Hamas demanded the release of prisoners. Israel dismissed their demands").
    for t in sorted(candidates, key=lambda t: table.dep[t] not in _SUBJECTS):
        refs = tuple(r for r in resolve(ctx, table.tokens[t]) if r.code)
        if refs and not any((r.entity_id, r.code) in own and r.entity_id is not None for r in refs):
            return refs
    return ()


def _agrees(ctx: ActorContext, tok: Token, pronoun: str) -> bool:
    """Whether `tok` heads a phrase the pronoun can stand for."""
    table = ctx.table
    if table.pos[tok.i] not in ("PROPN", "NOUN") or table.dep[tok.i] in ("compound", "poss", "conj"):
        return False
    person = tok.ent_type_ == "PERSON"
    if pronoun in _PERSONAL:
        return person and table.tag[tok.i] == "NNP"
    # A body is "it" or, in British copy, "they" ("Hamas ... their demands").
    body = tok.ent_type_ == "ORG"
    if pronoun == "their":
        joined = any(table.dep[c] == "conj" for c in table.children[tok.i])
        return joined or body or table.tag[tok.i] in _PLURAL_TAGS
    return pronoun == "its" and not person and table.tag[tok.i] in ("NN", "NNP")
