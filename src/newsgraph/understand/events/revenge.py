"""Whom a vow of revenge is aimed at when the vow names no one: the one whose blow the same sentence tells.

"Hamas vowed revenge after Israeli troops killed three of its gunmen", "U.S. forces killed 20 militiamen, and
the cleric's aides vowed revenge": revenge pays back a blow, so the threat of force (CAMEO 138) is made against
whoever dealt it, as any reader takes it. Only a blow the sentence asserts, dealt to the vower's own side (its
country) by someone else, aims the vow; a vow with a target of its own keeps it, and one after no told blow
("vowed revenge for last year's killing") stays aimed at no one.
"""

from __future__ import annotations

from dataclasses import replace

from newsgraph.model import ActorRef
from newsgraph.roles import split_code
from newsgraph.understand.events.match import TokenTable
from newsgraph.understand.events.nominal import Frame

_FORCE_ROOTS = frozenset({"18", "19", "20"})
# Words of paying back: the threat's own object ("vowed revenge", "promised swift retaliation").
_REVENGE = frozenset({"revenge", "retaliation", "reprisal", "reprisals", "vengeance", "avenge", "retaliate"})


def revenge_aimed(table: TokenTable, frames: list[Frame]) -> list[Frame]:
    """The sentence's frames, each target-less revenge threat aimed at the doers of the blows it answers."""
    blows = [f for f in frames if f.code[:2] in _FORCE_ROOTS and not f.negated and not f.hypothetical]
    if not blows:
        return frames
    out: list[Frame] = []
    for f in frames:
        if f.code[:2] != "13" or f.targets or not _of_revenge(table, f):
            out.append(f)
            continue
        doers = _dealt_to(blows, f.sources)
        out.append(replace(f, targets=doers) if doers else f)
    return out


def _of_revenge(table: TokenTable, f: Frame) -> bool:
    """Whether the threat is one of paying back, by its trigger or its object."""
    words = [f.match.trigger.i] + ([f.match.obj.i] if f.match.obj is not None else [])
    return any(table.lemma[i] in _REVENGE for i in words)


def _dealt_to(blows: list[Frame], vowers: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """The doers of the blows dealt to the vowers' country by someone other than the vowers, each once."""
    own = {_country(v.code) for v in vowers} - {""}
    own_codes = {v.code for v in vowers}
    doers: dict[str, ActorRef] = {}
    for b in blows:
        if not any(t.code and _country(t.code) in own for t in b.targets):
            continue
        for s in b.sources:
            if s.code and s.code not in own_codes:
                doers.setdefault(s.code, s)
    return tuple(doers.values())


def _country(code: str) -> str:
    return split_code(code)[0]
