"""Verbs that describe a noun's setting when they label it: "a bus carrying recruits" only says who was in the
bus, "the farms surrounding the old fort" and "the hills ringing the town" only say where they lie, and
"tourists landing in Peru" or "herders returning from the hills" only say who the people are.

A verb of encircling is posture (150) or force when armed men do it ("troops surrounding the compound"), told
by a participle or a finite verb alike; a participle that labels a place, a building or a body of no arms
tells where that thing is, which CAMEO codes as nothing. A visit (042) is a trip by someone who speaks or acts
for a side; private people labelled by their journey ("passengers arriving in Cairo said ...") make none.
"""

from __future__ import annotations

from newsgraph.roles import split_code
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.match import Match

# What a labelled noun carries is its load, never an act on anyone.
_CARRYING = frozenset({"carry", "transport"})
_ENCIRCLING = frozenset({"surround", "encircle", "ring", "circle"})
_MOVING = frozenset({"arrive", "return", "come", "travel", "head"})
# Roles of private people, whose journey a label tells: no visit by a side.
_PRIVATE = frozenset({"CVL", "REF", ""})
# Roles that bear arms: a ring they form is a cordon or a siege.
_ARMED = frozenset({"MIL", "COP", "REB", "INS", "SEP", "UAF", "SPY"})


def describes_noun(ctx: ActorContext, m: Match) -> bool:
    """Whether the verb is a participle that only tells what its noun holds or where it lies."""
    i = m.trigger.i
    if ctx.table.dep[i] != "acl" or ctx.table.head[i] == i:
        return False
    if m.key in _CARRYING:
        return True
    noun = ctx.table.tokens[ctx.table.head[i]]
    if m.key in _MOVING:
        return all(split_code(a.code)[1] in _PRIVATE for a in resolve(ctx, noun))
    if m.key not in _ENCIRCLING:
        return False
    return not any(split_code(a.code)[1] in _ARMED for a in resolve(ctx, noun))
