"""Who takes the story's home country by living where the story happens (docs/actors.md, "Defaults").

Civilians and the armed men among them (CVL, REB) live where the story is: they take its home country only where a
place puts the story there (its dateline, a town or region, a country something happens in, "Colombia's pipeline",
"the Peruvian town of Ilave", or the state whose office holders act in it), not where the home is only a state that
strikes, pays or sends aid from outside ("Villagers said U.S. aircraft killed 40", "Libya agreed to pay the
victims"): there their country is the other side's, and none is better than a wrong one.

A person the story names with nothing of their own to place them ("Women protested over the death of Thangjam
Manorama", filed from Imphal) takes the home country when the story names no other country at all, and a place puts
it there: the informed reader the guidelines ask for has no other country to read them as. A hostage, a driver or
a reporter is no such person: they are as often foreigners where they are held (`sites.FOREIGNERS`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from newsgraph.model import Entity
from newsgraph.understand.docview import DocIndex

RESIDENTS = frozenset({"CVL", "REB"})


def resident_home(role: str | None, home: str | None, placed: set[str]) -> str | None:
    """The home country a group of `role` with no country of its own takes: `home`, unless the group lives where
    the story happens and no place puts the story in `home`."""
    return None if role in RESIDENTS and home not in placed else home


def sole_country(home: str | None, placed: set[str], named: Iterable[str | None]) -> str | None:
    """The home country, when a place puts the story there and every country the story names (`named`: its
    places', countries' and nationality words' countries) is that one; else None."""
    if home is None or home not in placed:
        return None
    return home if all(c == home for c in named if c) else None


# Acts done to people held or freed: their nationality is often not the story's (`sites.FOREIGNERS`).
_TAKEN = frozenset(
    {"kidnap", "abduct", "seize", "hold", "free", "release", "behead", "capture", "execute", "rescue", "take"}
)


def named_countries(entities: Iterable[Entity], index: DocIndex) -> set[str]:
    """The countries a story names: its countries' and places' own, and its nationality words'."""
    found = {e.country for e in entities if e.kind in ("country", "place") and e.country}
    return found | {ent.ent_id_[5:] for ent in index.ents if ent.ent_id_.startswith("norp:")}


def lone_home(
    spans: Iterable[Span], role: str | None, home: str | None, placed: set[str], named: set[str]
) -> str | None:
    """The country of a named person the text gives none: the story's (`sole_country`, the dateline's country
    counted among those it names), unless the person is held, freed or seized in it, or is a cleric or elder
    (ELI), whom a story abroad quotes as often as one at home. Only a full name: a one-word "person" is as often
    a body the model mislabelled ("Al-Azhar chief")."""
    spans = list(spans)
    if role == "ELI" or not any(len(s.text.split()) > 1 for s in spans) or any(s.root.head.lemma_.lower() in _TAKEN and s.root.dep_ in ("dobj", "nsubjpass") for s in spans):
        return None
    return sole_country(home, placed, named | placed)
