"""People a target slot names, placed by the "in" phrase right after them that the parser hung elsewhere.

"Britain approved aid to refugees in Darfur": the small parser hangs "in Darfur" on "aid", so the
actor stages, which read a group's own phrase, leave the refugees with the story's home country (a
British dateline makes them GBRREF). The phrase that follows the group word at once says where those
people are, as "refugees in Darfur" does when the parser hangs it on them: they are Sudan's (SDNREF).
Only civilians and refugees, who are of where they live: a state's officials or forces keep their
own country wherever they are ("talks with rebel leaders in Asmara" is a venue, not a home).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve

_PEOPLE = frozenset({"CVL", "REF"})


def placed_people(ctx: ActorContext, targets: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """`targets`, with civilians and refugees moved to the country of the place named right after them."""
    return tuple(_placed(ctx, t) for t in targets)


def _placed(ctx: ActorContext, target: ActorRef) -> ActorRef:
    table = ctx.table
    if target.end is None or len(target.code) != 6 or target.code[3:] not in _PEOPLE:
        return target
    i = bisect_left(table.start, target.end)
    if i >= len(table.tokens) or table.tokens[i].lower_ != "in" or table.dep[i] != "prep":
        return target
    if target.start is None or table.start[table.head[i]] >= target.start:
        return target  # hung on the people themselves: the actor stages have read it
    first = bisect_left(table.start, target.start)
    if any(table.tokens[t].ent_type_ in ("NORP", "GPE") for t in range(first, i)):
        return target  # "British citizens in Lebanon": their nationality says whose they are
    places = [p for p in table.children[i] if table.dep[p] == "pobj"]
    countries = {r.code for p in places for r in resolve(ctx, table.tokens[p]) if len(r.code) == 3}
    if len(countries) != 1 or (country := countries.pop()) == target.country or country == "IGO":
        return target
    return replace(target, code=country + target.code[3:], entity_id=None)
