"""Names of the planets and the Moon: in news they are the bodies in the sky, not the towns named for them.

Science and space copy sends probes "to Mars" and astronauts "back to Earth"; the model calls those
names locations, and the gazetteer holds small American towns of the same names (Mars, Pennsylvania;
Earth, Texas). A town of that name is written with its state ("Mars, Pa."), so a planet's name followed
by a qualifier stays a place; alone it names the planet, which has no point on a map of the Earth.
"""

from __future__ import annotations

import re

__all__ = ["names_a_planet"]

_BODIES = frozenset(
    {"mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto", "moon"}
)
_QUALIFIED = re.compile(r"\s*,\s*[A-Z]")  # "Mars, Pa.": the town, written with its state


def names_a_planet(text: str, name: str, end: int) -> bool:
    """True when `name`, ending at `end` in `text`, is a planet's or the Moon's name standing alone."""
    return name.casefold() in _BODIES and _QUALIFIED.match(text, end) is None
