"""Who a meeting with no partner named is held with: the state whose capital or town the doer is in for it.

"French Foreign Minister Michel Barnier was in Cairo on Saturday for talks on the Middle East": talks with no
"with" phrase, told of a visitor placed "in" a town abroad, are held with that town's state, as a visit to it is
(CAMEO 04, "make a visit" / "consult"). A place in the doer's own country names no partner ("was in Paris for
talks" of a French minister), nor does a meeting that names its parties, nor a venue where sides meet ("met in
Geneva for talks")."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.match import Match

# Prepositions that hang a meeting on the verb of being or arriving somewhere: "in Cairo for talks".
_FOR = frozenset({"for", "on"})
# Verbs that place a visitor somewhere, not ones that bring parties together ("met in Geneva").
_BEING_THERE = frozenset(
    {"be", "due", "arrive", "stay", "remain", "travel", "fly", "head", "go", "come", "land"}
)


def host_of(ctx: ActorContext, m: Match, sources: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """The state a consultation (04) with no target is held in, when the doer is told to be there for it."""
    if (m.sense.code or "")[:2] != "04":
        return ()
    table, i = ctx.table, m.trigger.i
    prep = table.head[i]
    if table.pos[i] != "NOUN" or table.dep[i] != "pobj" or table.tokens[prep].lower_ not in _FOR:
        return ()
    i = table.head[prep]
    if table.lemma[i] not in _BEING_THERE:
        return ()  # "the two sides met in Geneva for talks": a venue where both came, no host
    own = {s.country for s in sources if s.country}
    # "is due in Seoul for talks": the place may hang on the verb's complement.
    heads = [i, *(c for c in table.children[i] if table.dep[c] == "acomp")]
    places = [
        o
        for h in heads
        for p in table.children[h]
        if table.dep[p] == "prep" and table.tokens[p].lower_ == "in"
        for o in table.children[p]
        if table.dep[o] == "pobj"
    ]
    found = tuple(
        ref for o in places for ref in resolve(ctx, table.tokens[o]) if ref.country and ref.country not in own
    )
    return found[:1]
