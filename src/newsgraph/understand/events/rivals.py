"""Politicians who "attack" one another do it in words.

"Howard attacks Blair over Iraq", "Schroeder attacked Merkel on Friday": a party leader or a minister who attacks a
rival politician criticises him (CAMEO 111); wire copy that means blows says so ("punched", "assaulted"), and the
force of a state is told of its troops or of the state itself ("Russia attacked Georgia"), not of a politician
attacking a politician. The built-in sense for "attack" with a politician's title already codes 111 ("opposition
leader X attacked the president"); this reads the actors' codes, so a bare name ("Kerry attacks Bush") counts too.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.roles import split_code
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.guards import FORCE_ROOTS
from newsgraph.understand.events.match import Match, subject

# Roles of a state's politics: its government, opposition, lawmakers and courts (CAMEO actor roles). Not elites
# (ELI): a former ruler's "attack" may be the war he once ordered.
POLITICAL_ROLES = frozenset({"GOV", "OPP", "LEG", "JUD"})
# The criticism verbs of words ("attack", "blast", "slam"); not "target", "strike" or "fire", which may be a
# state's force told of its leader ("Sharon targeted Arafat").
SPOKEN_ATTACKS = frozenset({"attack", "assail", "hit", "blast", "slam", "hammer", "lash", "savage"})


def _politician(ctx: ActorContext, tok: Token | None) -> bool:
    """Whether a named person or party ("Blair", "Prime Minister Tony Blair", "Labour") whose every code is a
    political role."""
    if tok is None or ctx.table.pos[tok.i] != "PROPN":
        return False
    roles = [split_code(r.code)[1][:3] for r in resolve(ctx, tok)]
    return bool(roles) and all(r in POLITICAL_ROLES for r in roles)


def rivals_attack(ctx: ActorContext, m: Match, code: str) -> bool:
    """Whether a criticism verb of words coded as force ("attack", "hit", "blast") has a named politician for doer
    and another for target, in either voice ("Blair was attacked by Howard"): criticism, not force."""
    if code[:2] not in FORCE_ROOTS or m.key.split()[0] not in SPOKEN_ATTACKS or m.obj is None:
        return False
    return _politician(ctx, subject(ctx.table, m.trigger)) and _politician(ctx, m.obj)
