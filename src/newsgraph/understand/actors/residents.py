"""Who takes the story's home country by living where the story happens (docs/actors.md, "Defaults").

Civilians and the armed men among them (CVL, REB) live where the story is: they take its home country only where a
place puts the story there (its dateline, a town or region, a country something happens in, "Colombia's pipeline",
"the Peruvian town of Ilave", "Pakistani police", a headline's country, or the state whose office holders act in
it), not where the home is only a state that strikes, pays or sends aid from outside ("Villagers said U.S. aircraft
killed 40", "Libya agreed to pay the victims"): there their country is the other side's, and none is better than a
wrong one.
"""

from __future__ import annotations

RESIDENTS = frozenset({"CVL", "REB"})
# Settlements and settlers belong to the state that settles them wherever they are (`coding._SETTLED` says which).
_SETTLED = frozenset({"settlement", "settlements", "settler", "settlers"})


def resident_home(role: str | None, home: str | None, placed: set[str], head: str = "") -> str | None:
    """The home country a group of `role` with no country of its own takes: `home`, unless the group lives where
    the story happens and no place puts the story in `home`. `head` is the group's head noun, folded."""
    return None if role in RESIDENTS and home not in placed and head not in _SETTLED else home
