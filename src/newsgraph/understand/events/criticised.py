"""Whom disapproval of an act is aimed at (CAMEO 11: the actor criticised; 14: the actor protested against): the
act's doer when the text names one, and never the people the act was done to nor the place it was done in."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext
from newsgraph.understand.events.match import Match, match_noun
from newsgraph.understand.events.nounactors import act_agents

# Roots of violence: its victims suffer it; they are not criticised when it is condemned.
_VIOLENCE = frozenset({"18", "19", "20"})
# Nouns of a conflict the codebook codes no single act for: "the war in Iraq" is fought there, not by Iraq.
_CONFLICTS = frozenset({"war", "occupation", "invasion", "conflict", "violence", "bloodshed", "crackdown"})


def criticised_doers(ctx: ActorContext, m: Match, tok: Token) -> tuple[ActorRef, ...] | None:
    """For criticism or a protest whose object is the noun `tok`: "condemned the kidnapping of two aid workers by
    gunmen" is aimed at the gunmen; "condemned the killing of two aid workers", naming no doer, at no one the text
    names (`()`), not at the workers; "protested against the war in Iraq" not at Iraq. None when `tok` is no act
    that names or hides its doer so."""
    if (m.sense.code or "")[:2] not in ("11", "14") or ctx.table.pos[tok.i] != "NOUN":
        return None
    doers = tuple(r for r in act_agents(ctx, tok) if r.code)
    if doers:
        return doers
    act = match_noun(ctx.table, tok, ctx.codebook)
    violent = act is not None and (act.sense.code or "")[:2] in _VIOLENCE
    return () if violent or ctx.table.lemma[tok.i] in _CONFLICTS else None
