"""One code per entity per article: the entity list and the quotes show the code the article's events give it.

The actor stage codes an entity from its own words; the event stage may know more from the clause it acts in (the
article's country for "police" when they arrest people at home; that "neighbouring governments" are not the story's).
A state organ or armed group the actor stage left with no country ("police", "the court", "rebels"), whose every
event slot carries one and the same country, is that country's in the entity list and in its quotes too, so the
entity list, events, quotes, exports and the UI never show two codes for it. An entity with a country of its own
keeps it: the event stage reads that code, never overrides it; so does one whose own words set it apart from the
story's country ("peacekeepers", "foreign troops", "envoys"), which the actor stage left with none on purpose. An
entity with a country and no role takes the one role all its events give it ("the Communist Party", CHN, whose
events read CHNPTY off the head noun). People, civilians and aid groups keep the country the actor stage gave them:
the event stage places them by the story's country alone, which the actor stage's own rules for them (who is a
foreigner, who a victim) know better."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from newsgraph.model import ActorRef, Entity, Event, Quote
from newsgraph.understand.actors.placing import ABROAD, SENT_ABROAD, set_apart

# Roles of a state's organs and of the armed men fighting it: the clause an event tells places them as the story does.
_SIDES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "SPY"})


def one_code_per_entity(
    entities: Sequence[Entity], events: Iterable[Event], quotes: Sequence[Quote]
) -> tuple[tuple[Entity, ...], tuple[Quote, ...]]:
    """`entities` with the country their events agree on where the actor stage gave none, and `quotes` whose
    speakers, addressees and sources name those entities recoded to match."""
    countries: dict[str, set[str]] = {}
    told_codes: dict[str, set[str]] = {}
    for event in events:
        for ref in (event.source, event.target):
            if ref is not None and ref.entity_id:
                countries.setdefault(ref.entity_id, set()).add(ref.country)
                told_codes.setdefault(ref.entity_id, set()).add(ref.code)
    out: list[Entity] = []
    codes: dict[str, str] = {}
    for entity in entities:
        told = countries.get(entity.id, set())
        if (
            not entity.country
            and entity.role in _SIDES
            and len(told) == 1
            and not told & {"", "IGO"}
            and not _from_elsewhere(entity)
        ):
            entity = dataclasses.replace(entity, country=next(iter(told)))
            codes[entity.id] = entity.code
        elif (role := _role_told(entity, told_codes.get(entity.id, set()))) is not None:
            entity = dataclasses.replace(entity, role=role)
            codes[entity.id] = entity.code
        out.append(entity)
    if not codes:
        return tuple(out), tuple(quotes)
    return tuple(out), tuple(_recoded(q, codes) for q in quotes)


def _role_told(entity: Entity, told: set[str]) -> str | None:
    """The role every event gives an entity the actor stage gave a country and no role ("the Communist Party" of a
    Beijing story, CHN, whose meeting the event stage codes CHNPTY from the head noun): the entity shows it too. None
    when the events disagree, add nothing to the country, or the entity is an international body."""
    if not entity.country or entity.role or entity.group or len(told) != 1:
        return None
    code = next(iter(told))
    role = code[len(entity.country) :] if code.startswith(entity.country) else ""
    return role if len(role) == 3 and role.isalpha() else None


def _from_elsewhere(entity: Entity) -> bool:
    """Whether the entity's own words say it comes from outside the story's country ("Peacekeepers", "foreign
    troops", "Envoys", "settlers"): the actor stage left it no country on purpose, and the clause's country is the
    place it serves in, not its own."""
    words = entity.name.casefold().split()
    return bool(words) and (set_apart(words, entity.role) or words[-1] in SENT_ABROAD or any(w in ABROAD for w in words))


def _recoded(quote: Quote, codes: dict[str, str]) -> Quote:
    def ref(r: ActorRef | None) -> ActorRef | None:
        if r is None or r.entity_id not in codes:
            return r
        return dataclasses.replace(r, code=codes[r.entity_id])

    via = tuple(v for v in (ref(v) for v in quote.via) if v is not None)
    return dataclasses.replace(quote, speaker=ref(quote.speaker), target=ref(quote.target), via=via)
