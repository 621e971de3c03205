"""Goods seized: "police seized 50 kilograms of heroin" confiscates property (CAMEO 1711).

PETRARCH2's seize block codes whatever the police take as an arrest ("- POLICE * [173]"), and some of its
patterns make any taking by armed men an abduction (181). Both are about people. What CAMEO 173 and 181 code is
a person taken; drugs, weapons, explosives, vehicles and cash taken by anyone are property (1711, "confiscate,
seize, or expropriate property"). `guards.taken_person` codes the people taken; this codes the things.
"""

from __future__ import annotations

from newsgraph.understand.events.actors import ActorContext
from newsgraph.understand.events.guards import ARRESTING, TAKING
from newsgraph.understand.events.match import Match, prep_objects

# Measures and lots a seizure is counted in: "50 kilograms of heroin", "a cache of arms". A lot named alone ("seized
# a large haul", "a shipment bound for Europe") is goods too.
_LOTS = frozenset(
    {"kilogram", "kilo", "kg", "gram", "ton", "tonne", "pound", "lb", "ounce", "litre", "liter", "gallon",
     "barrel", "cache", "haul", "shipment", "consignment", "stockpile", "quantity", "amount", "load",
     "truckload", "batch", "crate", "box", "bag", "package", "parcel", "container", "stash"}
)
# Contraband the book's property, arms and explosive classes do not list.
_CONTRABAND = frozenset(
    {"drug", "narcotic", "cocaine", "heroin", "opium", "hashish", "hash", "marijuana", "cannabis", "methamphetamine",
     "amphetamine", "ecstasy", "contraband", "cash", "currency", "ammo", "firearm", "pistol", "passport",
     "computer", "document", "fuel", "cigarette", "alcohol", "timber", "ivory"}
)


def taken_goods(ctx: ActorContext, m: Match, code: str) -> str:
    """1711 when a verb of taking that does not itself say arrest ("seize", "capture", "grab", not "arrest") has
    goods for its object, where the book or an import says arrest, abduction or unspecified property (171);
    `code` otherwise, and always when nothing or a person is taken."""
    if (code[:3] not in ("173", "181") and code != "171") or m.key not in TAKING or m.key in ARRESTING or m.obj is None:
        return code
    table = ctx.table
    taken = m.obj
    if table.lemma[taken.i] in _LOTS:
        counted = prep_objects(table, taken, ("of",))
        if not counted:
            return "1711"
        taken = counted[0]
    classes = ctx.codebook.classes
    goods = _CONTRABAND | classes.get("property", frozenset()) | classes.get("arms", frozenset())
    goods |= classes.get("explosive", frozenset())
    return "1711" if table.lemma[taken.i] in goods else code
