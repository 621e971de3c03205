"""Who holds and who is held in hostage stories, where the clause's own slots do not say.

CAMEO 181 ("abduct, hijack, or take hostage") codes the taking and holding of people by hands that hold no
office; a state holding people detains them (173, whose usage note sends hostage-taking to 181). "An Iraqi group
said it was holding two French journalists": a group is no state organ. "Demanded a ransom of $1 million for the
release of a Filipino trader": the demanders hold the trader, whose release the ransom buys.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.match import Match, TokenTable

# Head words of bodies that hold no office: people "a group" or "the captors" hold are hostages, never prisoners.
_UNOFFICIAL = frozenset({"group", "groups", "captor", "captors", "cell", "cells"})
# Verbs that take or hold people.
_HOLDING = frozenset({"hold", "keep", "seize", "capture", "grab", "snatch", "abduct", "kidnap", "take"})
# What a ransom buys: "a ransom for the release of X", "for the freedom of X", "for the return of X".
_FREEING = frozenset({"release", "freedom", "return", "freeing", "liberation"})


# Words that count people and leave who they are to an "of" phrase ("dozens of villagers", "hundreds of children").
_COUNTS = frozenset({"dozen", "hundred", "thousand", "score", "ten", "handful", "couple"})


def counted_people(table: TokenTable, tok: Token | None) -> Token | None:
    """ "Rebels seized dozens of villagers": the people a count's "of" phrase names are the ones taken, as in
    "seized 30 villagers"; any other word is itself."""
    if tok is None or table.lemma[tok.i] not in _COUNTS:
        return tok
    named = of_objects(table, tok.i)
    return table.tokens[named[0]] if named else tok


def of_objects(table: TokenTable, i: int) -> list[int]:
    """The objects of the "of" phrases on noun `i`."""
    kids = table.children
    return [o for p in kids[i] if table.tokens[p].lower_ == "of" for o in kids[p] if table.dep[o] == "pobj"]


def unofficial_holder(source: ActorRef) -> bool:
    """Whether an actor with no role of its own is a body of no office by its head word ("an Iraqi group"): the
    people it holds are taken, not arrested. A role ("a police group", "GOV") says who it is instead."""
    words = source.name.lower().split()
    return len(source.code) <= 3 and bool(words) and words[-1] in _UNOFFICIAL


def unnamed_holder(ctx: ActorContext, subj: Token | None, m: Match, code: str) -> tuple[ActorRef, ...]:
    """ "A group holding three Indian truck drivers extended its deadline": a holder no name or nationality codes,
    kept (by its words) for a verb of taking or holding people (171, 173, 181), which `guards.taken_person` reads
    as an abduction by a body of no office. Nothing for any other act: "a group marched" tells no one who
    marched, and "a group demanded a ransom from the company" holds no company."""
    if subj is None or m.key not in _HOLDING or code[:3] not in ("171", "173", "181"):
        return ()
    if ctx.table.lemma[subj.i] not in _UNOFFICIAL:
        return ()
    return (ActorRef(name=subj.text, start=ctx.table.start[subj.i], end=ctx.table.end[subj.i]),)


def ransomed(ctx: ActorContext, m: Match) -> tuple[ActorRef, ...]:
    """Whom a ransom demand says the demanders hold: "demanded a ransom of $1 million for the release of a
    Filipino trader", "demanded a ransom for the two engineers". Empty when the object is no ransom."""
    table = ctx.table
    if m.obj is None or table.lemma[m.obj.i] != "ransom":
        return ()
    kids = table.children
    fors = [
        o
        for h in (m.obj.i, m.trigger.i)
        for p in kids[h]
        if table.tokens[p].lower_ == "for"
        for o in kids[p]
        if table.dep[o] == "pobj"
    ]
    held = [o for f in fors for o in (of_objects(table, f) if table.lemma[f] in _FREEING else [f])]
    return tuple(r for h in held for r in resolve(ctx, table.tokens[h]) if r.code)
