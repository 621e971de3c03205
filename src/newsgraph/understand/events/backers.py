"""Forces that back the doers of an act of force take part in it: "Iraqi National Guardsmen backed by U.S. troops
stormed Samarra", "Iraqi troops, backed by U.S. tanks and warplanes, attacked insurgents".

A participle of backing on the subject ("backed by", "supported by", "aided by", "joined by", "accompanied by")
names a second armed side of the same raid, assault or battle, which a coder codes as a doer too (CAMEO 19's
"fight with" is done by each force that fights). Only armed forces back a fight so: "rebels backed by Rwanda
attacked the town" names a state's support, not its troops in the attack, and a backer of the doers' own side
("troops backed by tanks") or of their own country adds no other side.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.roles import split_code
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.guards import FORCE_ROOTS
from newsgraph.understand.events.tree import conjuncts

_BACKING = frozenset({"back", "support", "aid", "assist", "join", "accompany", "help"})
_ARMED = frozenset({"MIL", "COP", "REB", "INS", "SEP", "SPY", "UAF"})


def backed_by(
    ctx: ActorContext, subj: Token | None, code: str, sources: tuple[ActorRef, ...]
) -> tuple[ActorRef, ...]:
    """`sources` and, for an act of force, the armed forces a backing participle on its subject names."""
    if subj is None or code[:2] not in FORCE_ROOTS or not sources:
        return sources
    table = ctx.table
    kids = table.children
    agents = [
        o
        for p in kids[subj.i]
        if table.dep[p] == "acl" and table.tag[p] == "VBN" and table.lemma[p] in _BACKING
        for a in kids[p]
        if table.dep[a] == "agent"
        for o in kids[a]
        if table.dep[o] == "pobj"
    ]
    own = {split_code(s.code)[0] for s in sources}
    added = [
        r
        for o in agents
        for c in [o, *conjuncts(table, o)]
        if _own_words(ctx, c)
        for r in resolve(ctx, table.tokens[c])
        if r.code and split_code(r.code)[0] not in own and split_code(r.code)[1][:3] in _ARMED
    ]
    unique = {r.code: r for r in added}
    return (*sources, *unique.values())


def _own_words(ctx: ActorContext, i: int) -> bool:
    """Whether a backer's phrase says whose it is ("U.S. troops", "Pakistani helicopters", "NATO's jets"): bare
    "tanks and helicopters" are the doers' own arms, and the story's country a role noun would take is no second
    side. The first of a coordination lends its words to the rest ("U.S. tanks and warplanes")."""
    table = ctx.table
    first = i
    while table.dep[first] == "conj" and table.head[first] != first:
        first = table.head[first]
    return any(table.dep[c] in ("compound", "amod", "poss", "nmod") for c in table.children[first])
