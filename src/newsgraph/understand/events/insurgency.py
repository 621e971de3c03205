"""Who fights a foreign force when the text does not say: "four U.S. soldiers were killed in renewed violence in
Iraq", "two Marines were killed in fighting near Falluja". A fight has two sides; the guidelines code an actor by what
"any informed reader knows for the period", and such a reader knows that the side fighting foreign troops in another
country's war is that country's insurgents (IRQREB). A bomb or a shot with no named hand tells no fight and keeps no
source, as the same act against the country's own forces or its civilians does."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.match import Match, prep_objects
from newsgraph.understand.events.nominal import UNKNOWN

_FIGHTING = frozenset({"18", "19"})
# Nouns that tell a fight, the place of a death "in" one: "killed in clashes", "died in fighting".
_FIGHTS = frozenset(
    {"clash", "fighting", "fight", "battle", "firefight", "gunbattle", "gunfight", "violence", "skirmish", "combat"}
)
_LOCATIVES = ("in", "near", "at", "outside")


def insurgents_against(ctx: ActorContext, m: Match, code: str, targets: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """The insurgents of the country an act of force with no doer struck foreign troops in, as the only source."""
    if code[:2] not in _FIGHTING or not targets or not (code[:2] == "19" or _in_a_fight(ctx, m.trigger)):
        return ()
    struck = {t.country for t in targets}
    if len(struck) != 1 or "" in struck or "IGO" in struck or any(t.code[3:6] != "MIL" for t in targets):
        return ()
    where = _country_of_place(ctx, m.trigger) or ctx.home
    if not where or where in struck or where == "IGO":
        return ()
    return (ActorRef(name=f"insurgents in {where} (implied)", code=where + "REB"),)


def unseen_hand(
    ctx: ActorContext, m: Match, code: str, doers: Sequence[ActorRef], struck: Sequence[ActorRef]
) -> tuple[ActorRef, ...]:
    """Who did an act told from the side it struck ("X came under fire from Y": Y). When force names no hand
    ("Polish troops came under fire in Karbala"), it was done all the same, as "were attacked" was: by the
    country's insurgents when foreign troops were hit, else by an unknown hand."""
    if doers or code[:2] not in _FIGHTING or not struck:
        return tuple(doers)
    return insurgents_against(ctx, m, code, struck) or (UNKNOWN,)


def _country_of_place(ctx: ActorContext, verb: Token) -> str:
    """The one country the verb's place phrase names: "in Iraq", "in a clash near Falluja", "in violence in Iraq"."""
    table = ctx.table
    found: set[str] = set()
    for p in prep_objects(table, verb, _LOCATIVES):
        for t in (p, *prep_objects(table, p, _LOCATIVES)):
            found |= {r.country for r in resolve(ctx, t) if r.country and r.country != "IGO" and len(r.code) == 3}
            found |= _place_country(ctx, t)
    return found.pop() if len(found) == 1 else ""


def _place_country(ctx: ActorContext, tok: Token) -> set[str]:
    entity = ctx.lookup.covering(ctx.table.start[tok.i], ctx.table.end[tok.i])
    return {entity.country} if entity is not None and entity.kind == "place" and entity.country else set()


def _in_a_fight(ctx: ActorContext, verb: Token) -> bool:
    return any(ctx.table.lemma[p.i] in _FIGHTS for p in prep_objects(ctx.table, verb, ("in", "during", "amid")))
