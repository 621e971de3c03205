"""Facilities named for their town, read as evidence for the place after them.

"Stansted Airport in Essex", "Ramstein Air Base in Germany", "Wembley Stadium, London": the airport,
base or station takes its name from a town, and the place after it is the one that holds that town
(Essex, England holds Stansted Mountfitchet; Essex, Maryland holds no Stansted). Wire copy names an
airport, a base or a hospital before its county or province as it names a town before its state, so
the enclosing name settles the homonym the way "Alexandria, Louisiana" does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.understand.places.gazetteer import Gazetteer, GeoEntry, contains
from newsgraph.understand.places.resolve import Group

_KINDS = (
    "Airport|Airfield|Air Base|Airbase|Air Force Base|Naval Base|Naval Air Station|Port|Harbou?r|Station|"
    "University|College|Hospital|Infirmary|Prison|Barracks|Racecourse|Cathedral|Abbey|Castle|Dam|Stadium"
)
# The facility's own words end right before the place: "<Name> [International] <kind> in|near|, <place>".
_BEFORE = re.compile(
    rf"(?<![\w.'’-])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}) "
    rf"(?:(?:International|Regional|Municipal|General|Royal|Central|Military) )?(?:{_KINDS})"
    r"(?:,| in| near| outside| at) (?:the )?$"
)
_REACH = 80  # characters before a mention searched for the facility
_ANY_KIND = re.compile(rf"\b(?:{_KINDS})\b")  # most articles name no facility: one search settles that


def facility_holders(text: str, groups: Sequence[Group], gazetteer: Gazetteer) -> dict[int, frozenset[GeoEntry]]:
    """For each group (by id) named right after a facility ("Stansted Airport in Essex"), its
    candidates that hold a town the facility may be named for (a town of that name, or whose name
    begins with it). A candidate that holds none gets nothing: the rule only adds evidence."""
    out: dict[int, frozenset[GeoEntry]] = {}
    if not _ANY_KIND.search(text):
        return out
    for group in groups:
        if len({c.entry for c in group.candidates}) < 2:
            continue
        for mention in group.mentions:
            m = _BEFORE.search(text, max(0, mention.start - _REACH), mention.start)
            if m is None:
                continue
            held = _holding(m.group("name"), group, gazetteer)
            if held:
                out[id(group)] = out.get(id(group), frozenset()) | held
    return out


def _holding(name: str, group: Group, gazetteer: Gazetteer) -> frozenset[GeoEntry]:
    words = name.replace("-", " ").split()
    # "London Stansted Airport": the name's last words may be the town's ("Stansted"), its first the city's.
    towns = [t for i in range(len(words)) for t in gazetteer.towns_named_from(" ".join(words[i:]))]
    return frozenset(c.entry for c in group.candidates if any(contains(c.entry, t) for t in towns))
