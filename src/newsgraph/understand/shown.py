"""The armed groups' role the user sees: the guidelines' REB where CAMEO's tables write INS.

CAMEO keeps insurgents (`INS`) apart from rebels (`REB`), and the tables newsgraph reads follow it: Phoenix and
the project's dated files code al Qaeda, its leaders and the Pakistani Taliban's `INS`, the role noun "jihadists"
is `INS`. The coding standard the project's users and gold sets follow (`events_guidelines.md`, "Actors") does not:
insurgents, militants and rebels are all `REB` ("IRQREB (insurgents, militants, rebels; INS/SEP may stand in
alt)"), and an actor whose country cannot be known is its role alone. A reader counting a dyad by role would
otherwise find "al Qaeda" (`INS`) and "militants" (`REB`) on two sides that are one, and a scorer that compares a
stateless code's first three letters finds `INS` no `REB`.

So the stages keep `INS` inside, where it still means something (al Qaeda is a stateless body: it takes no home
country from the dateline, and no event adds one), and the entities, events and quotes of an analysis show `REB`
in its place, once every country has been settled. `SEP` stays: separatists are a side the guidelines name in
their own right as an alt, and no table folds them into rebels."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsgraph.model import ActorRef, Entity, Event, Quote
from newsgraph.roles import CAMEO_ROLES

_SHOWN = {"INS": "REB"}


def shown_codes(
    entities: Sequence[Entity], events: Sequence[Event], quotes: Sequence[Quote]
) -> tuple[tuple[Entity, ...], tuple[Event, ...], tuple[Quote, ...]]:
    """`entities`, `events` and `quotes` with the role the guidelines write (REB) for CAMEO's insurgents (INS)."""
    shown_entities = tuple(
        dataclasses.replace(e, role=_SHOWN[e.role]) if e.role in _SHOWN else e for e in entities
    )
    # A record no code of which changes is kept as it is: copying every event and quote cost more than the rest.
    shown_events = tuple(
        dataclasses.replace(ev, source=_ref(ev.source), target=_ref(ev.target)) if _shows(ev.source, ev.target) else ev
        for ev in events
    )
    shown_quotes = tuple(
        dataclasses.replace(q, speaker=_ref(q.speaker), target=_ref(q.target), via=tuple(_ref(v) or v for v in q.via))
        if _shows(q.speaker, q.target, *q.via)
        else q
        for q in quotes
    )
    return shown_entities, shown_events, shown_quotes


def shown_code(code: str) -> str:
    """A code with INS shown as REB: "INS" -> "REB", "PAKINS" -> "PAKREB"; any other code as it is."""
    if code[:3] in _SHOWN:
        return _SHOWN[code[:3]] + code[3:]
    if len(code) >= 6 and code[:3] not in CAMEO_ROLES and code[3:6] in _SHOWN:
        return code[:3] + _SHOWN[code[3:6]] + code[6:]
    return code


def _shows(*refs: ActorRef | None) -> bool:
    """Whether any of the refs is shown with another code."""
    return any(ref is not None and shown_code(ref.code) != ref.code for ref in refs)


def _ref(ref: ActorRef | None) -> ActorRef | None:
    if ref is None or shown_code(ref.code) == ref.code:
        return ref
    return dataclasses.replace(ref, code=shown_code(ref.code))
