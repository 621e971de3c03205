"""Whom a protest, criticism or rejection of a thing is aimed at when a relative clause names the thing's maker.

"Palestinians protested against the barrier Israel is building", "condemned the plan Sharon unveiled on Monday",
"rejected the offer the rebels made": CAMEO aims protest (14), criticism (11) and rejection (12) at the actor
whose deed, plan or offer it is, as "protested against Israel's barrier" is aimed at Israel. A relative clause whose
subject is an actor tells that maker; one whose subject is only the relative pronoun ("the barrier that divides
the town") tells none, and the target stays what the slot alone gives.
"""

from __future__ import annotations

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.match import Match, direct_object, prep_objects

_ROOTS = frozenset({"11", "12", "14"})
_RELATIVE = frozenset({"that", "which", "who", "whom", "what"})


def authored(ctx: ActorContext, m: Match, code: str, sources: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """The makers the relative clauses on the act's target slots name, the doers aside; () when none does."""
    if code[:2] not in _ROOTS:
        return ()
    table = ctx.table
    slots = prep_objects(table, m.trigger, tuple(p for p in m.sense.target if p not in ("dobj", "iobj")))
    obj = direct_object(table, m.trigger) if "dobj" in m.sense.target else None
    own = {s.code for s in sources}
    makers: dict[str, ActorRef] = {}
    for thing in [*slots, *([obj] if obj is not None else [])]:
        for clause in (c for c in table.children[thing.i] if table.dep[c] == "relcl"):
            for subj in (c for c in table.children[clause] if table.dep[c] == "nsubj"):
                if table.tokens[subj].lower_ in _RELATIVE:
                    continue
                for r in resolve(ctx, table.tokens[subj]):
                    if r.code and r.code not in own:
                        makers.setdefault(r.code, r)
    return tuple(makers.values())
