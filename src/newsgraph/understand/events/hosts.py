"""Who a meeting with no partner named is held with: the state whose capital or town the doer is in for it.

"French Foreign Minister Michel Barnier was in Cairo on Saturday for talks on the Middle East": talks with no
"with" phrase, told of a visitor placed "in" a town abroad, are held with that town's state, as a visit to it is
(CAMEO 04, "make a visit" / "consult"). A place in the doer's own country names no partner ("was in Paris for
talks" of a French minister), nor does a meeting that names its parties, nor a venue where sides meet ("met in
Geneva for talks").

A visit is made to a state, too: "visited British troops in Basra", "visited a school in Dakar" is a visit to
Iraq, to Senegal (042), when what is visited is no party of another state than the visitor's own."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.match import Match, TokenTable

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
    places = _objects_of(table, heads, ("in", "to"))  # "flew to Iraq for a visit"
    found = tuple(
        ref for o in places for ref in resolve(ctx, table.tokens[o]) if ref.country and ref.country not in own
    )
    return found[:1]


# Verbs of a visit whose object is what is seen, with the place it stands in: "visited troops in Basra".
_VISITS = frozenset({"visit", "tour", "inspect"})


def visited_state(
    ctx: ActorContext, m: Match, sources: Sequence[ActorRef], found: Sequence[ActorRef]
) -> tuple[ActorRef, ...]:
    """The state a visit (042) is made to when its object is no party of another state: the visitor's own people
    abroad ("British troops in Basra"), or people and places of no country ("a school in Dakar"); `found` is
    returned when it already names another state's party, or no place abroad is named."""
    table, verb = ctx.table, m.trigger.i
    if table.lemma[verb] not in _VISITS:
        # "made a surprise visit to troops in Iraq": the visit is the light verb's object.
        verb = next((o for o in table.children[verb] if table.dep[o] == "dobj" and table.lemma[o] in _VISITS), -1)
    own = {s.country for s in sources if s.country}
    if (m.sense.code or "")[:3] != "042" or verb < 0 or not own or any(t.country not in own for t in found if t.country):
        return tuple(found)
    # What is visited: the verb's object, or what a visit is made "to" ("a surprise visit to troops in Iraq").
    objects = [o for o in table.children[verb] if table.dep[o] == "dobj"] + _objects_of(table, (verb,), ("to",))
    places = _objects_of(table, (verb, *objects), ("in", "at"))
    host = next(
        # The host state, with no span of its own: the town stays the event's place, not an actor's words.
        (ActorRef(ref.name, ref.country, ref.entity_id)
         for o in places for ref in resolve(ctx, table.tokens[o]) if ref.country and ref.country not in own),
        None,
    )
    return (host,) if host is not None else tuple(found)


def _objects_of(table: TokenTable, heads: Sequence[int], preps: tuple[str, ...]) -> list[int]:
    """The objects of the prepositions `preps` that hang on any of `heads`."""
    return [
        o
        for h in heads
        for p in table.children[h]
        if table.dep[p] == "prep" and table.tokens[p].lower_ in preps
        for o in table.children[p]
        if table.dep[o] == "pobj"
    ]
