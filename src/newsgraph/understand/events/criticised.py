"""Whom disapproval of an act is aimed at (CAMEO 11: the actor criticised; 14: the actor protested against): the
act's doer when the text names one, and never the people the act was done to; violence on foreigners whose doer
goes unnamed is aimed at the militants of the state it was done in, as an informed reader of the period reads
"condemned the murder of a British aid worker in Iraq"."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.match import Match, match_noun, prep_objects
from newsgraph.understand.events.nounactors import act_agents

# Roots of violence: its victims suffer it; they are not criticised when it is condemned.
_VIOLENCE = frozenset({"18", "19", "20"})
# Nouns of a conflict the codebook codes no single act for: "the war in Iraq" is fought there, not by Iraq.
_CONFLICTS = frozenset({"war", "occupation", "invasion", "conflict", "violence", "bloodshed", "crackdown"})


def criticised_doers(
    ctx: ActorContext, m: Match, tok: Token, own: frozenset[str] | set[str] = frozenset()
) -> tuple[ActorRef, ...] | None:
    """For criticism or a protest whose object is the noun `tok`: "condemned the kidnapping of two aid workers by
    gunmen" is aimed at the gunmen; "condemned the killing of two aid workers", naming no doer, at no one the text
    names, not at the workers, but at the militants of the state it was done in when they are foreigners there and
    it is not the critic's `own` ("condemned the killing of two Italian aid workers in Iraq": IRQREB); "protested
    against the war in Iraq" not at Iraq.
    None when `tok` is no act that names or hides its doer so."""
    if (m.sense.code or "")[:2] not in ("11", "14") or ctx.table.pos[tok.i] != "NOUN":
        return None
    doers = tuple(r for r in act_agents(ctx, tok) if r.code)
    if doers:
        return doers
    act = match_noun(ctx.table, tok, ctx.codebook)
    violent = act is not None and (act.sense.code or "")[:2] in _VIOLENCE
    if violent and (m.sense.code or "")[:2] == "11":
        return _done_in(ctx, tok, own)
    return () if violent or ctx.table.lemma[tok.i] in _CONFLICTS else None


def _done_in(ctx: ActorContext, act: Token, own: frozenset[str] | set[str]) -> tuple[ActorRef, ...]:
    """The militants of the state an act of violence on foreigners was done in ("the murder in Iraq of a British aid
    worker", "the killing of two Italian workers in Iraq"): an informed reader of the period knows who kills and
    kidnaps foreigners there when the text names no one. Violence on the place's own people ("the bombing of
    commuter trains in Madrid") says nothing of its doers, and one done at the critic's home is untold."""
    victims = prep_objects(ctx.table, act, ("of", "on", "against"))
    places = prep_objects(ctx.table, act, ("in",)) + [p for v in victims for p in prep_objects(ctx.table, v, ("in",))]
    for place in places:
        states = {r.country for r in resolve(ctx, place) if r.country and r.country != "IGO"}
        if len(states) == 1 and not states & own:
            state = states.pop()
            struck = [r for v in victims for r in resolve(ctx, v) if r.code]
            if any(r.country not in ("", state) or "NGO" in (r.code[:3], r.code[3:6]) for r in struck):
                return (ActorRef(name=f"militants in {place.text} (implied)", code=state + "REB"),)
    return ()
