"""Force that is an assault, not a fight: killing or wounding people who bear no arms by armed men who hold no
office ("the group said it had killed 12 Nepalese workers", "rebels killed 34 farm workers"). CAMEO 18 is
unconventional violence against people (the guidelines' "killings by small arms"); 19 is fighting between armed
sides ("rebels killed three soldiers" stays 190)."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.model import ActorRef
from newsgraph.roles import split_code
from newsgraph.understand.events.actors import ActorContext
from newsgraph.understand.events.match import Match, subject
from newsgraph.understand.events.tree import subtree

# Armed men who hold no office (as `guards.taken_person` has them), and people of any trade, who hold none either
# ("a journalist was shot dead by two men", "farmers shot dead a villager"), and sides that bear arms. Not a
# company: what a firm's jet or bus kills is an accident (`guards.commerce`).
_NO_OFFICE = frozenset({"REB", "INS", "SEP", "CRM", "UAF", "CVL", "AGR", "LAB", "EDU", "MED", "REF", "HLH"})
_ARMED = frozenset({"MIL", "COP", "REB", "INS", "SEP", "UAF", "SPY"})
# Verbs whose default sense is plain force (190) whoever is hurt.
_HURTING = frozenset({"kill", "wound", "injure", "shoot", "shoot dead", "gun down"})
# People who bear no arms by their trade: whatever they do to others by force is no military force (CAMEO 19,
# "use conventional military force"), so an attack of theirs is an assault ("Jewish settlers attacked olive
# farmers", "villagers attacked a police station": 180).
_UNARMED = frozenset({"CVL", "AGR", "LAB", "EDU", "MED", "REF", "HLH"})
# Fighting that takes two sides stays a fight whoever is in it: "residents clashed with police" says no one
# struck first.
_MUTUAL = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "trade"})


def one_sided(
    ctx: ActorContext, m: Match, code: str, sources: Sequence[ActorRef], targets: Sequence[ActorRef]
) -> str:
    """180 for a 19x act of force whose every doer bears no arms, or a 19x killing or wounding whose every doer is
    an armed group with no office and every victim an actor that bears no arms; `code` otherwise (an unknown
    victim may be soldiers)."""
    unarmed = sources and m.key not in _MUTUAL and all(_unarmed(ctx, s) for s in sources)
    if code[:2] == "19" and unarmed and not _told_armed(ctx, m):
        return "180"
    if code[:2] != "19" or m.key not in _HURTING or not sources or not targets:
        return code
    irregular = ctx.codebook.classes.get("irregular", frozenset())
    if not all(_role(s.code) in _NO_OFFICE or (s.name.lower().split() or [""])[-1] in irregular for s in sources):
        return code
    if not all(t.code and _role(t.code) not in _ARMED for t in targets):
        return code
    return "180"


# Words for people that name no trade: their civilian role is a default, not a statement that they bear no arms
# ("his men had attacked a gathering": a general's men are his soldiers).
_ANYONE = frozenset({"man", "men", "people", "person", "persons", "group", "groups"})


def _unarmed(ctx: ActorContext, source: ActorRef) -> bool:
    """Whether a doer bears no arms by its role and a word of trade or standing ("villagers", "settlers"), and its
    words do not make it armed men ("a mob", "gunmen")."""
    irregular = ctx.codebook.classes.get("irregular", frozenset())
    head = (source.name.lower().split() or [""])[-1]
    return _role(source.code) in _UNARMED and head not in irregular and head not in _ANYONE


def _told_armed(ctx: ActorContext, m: Match) -> bool:
    """Whether the subject's own words arm it ("protesters armed with machetes", "armed villagers"): men with
    weapons in hand fight, whatever their trade."""
    subj = subject(ctx.table, m.trigger)
    return subj is not None and any(ctx.table.lemma[i] in ("armed", "arm") for i in subtree(ctx.table, subj.i))


def _role(code: str) -> str:
    return split_code(code)[1][:3]
