"""A bare group noun that points back at the group the article named with it before ("Tamil Tiger guerrillas ...
clashes with the guerrillas", "Belgian police reported ... Police did not say where"): the earlier
phrase's country is the group's, not the story's home.

The reference step (`references.py`) joins a singular institution to the one named before ("the government" after
"the Sudanese government") but leaves plural groups apart, since "the troops" may be any of the article's troops.
Their country is still the earlier group's when every group the article named before with that noun is of one
country: a reader takes "the guerrillas" for the Tamil Tiger guerrillas of the sentence before, never for the
guerrillas of the dateline's state. Where two countries' groups were named before ("Indian and Pakistani troops ...
the troops"), the noun says no more than itself and the story's home speaks as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsgraph.model import Entity
from newsgraph.understand.actors.keys import fold

# Words a bare group noun may carry that name no one in particular.
_BARE = frozenset({"the", "these", "those", "some", "many", "other"})


def bare_head(e: Entity) -> str | None:
    """The head noun of a group named by it alone ("guerrillas", "the police", "Police"), else None."""
    words = [w for w in fold(e.name).split() if w not in _BARE]
    return words[0] if len(words) == 1 and words[0].isalpha() else None


def earlier_country(
    e: Entity,
    entities: Sequence[Entity],
    country_of: Callable[[Entity], str | None],
    group: bool = True,
    seat: str | None = None,
) -> str | None:
    """For a `group` (a descriptor, no name of its own), the one country of the groups named before `e`'s first
    mention whose name ends with its bare head noun and says more than it ("Tamil Tiger guerrillas", "Dutch police"),
    or for a bare ministry of the ministers whose title names its portfolio ("German Defence Minister X ... the
    defence ministry said"); None when there are none or they disagree, and for a name. A ministry in a story
    filed from another state's seat (`seat`) is not pointed back to a visiting minister: "MOSCOW - Iranian Foreign
    Minister X arrived ... the foreign ministry said" may be either state's, and the seat's reading stands."""
    if not group or not e.mentions:
        return None
    first = min(m.start for m in e.mentions)
    earlier = [o for o in entities if o.id != e.id and o.mentions and min(m.start for m in o.mentions) < first]
    head = bare_head(e)
    found = {country_of(o) for o in earlier if head is not None and _ends_with(fold(o.name).split(), head)}
    if not found and (portfolio := _ministry(e)) is not None:
        found = {country_of(o) for o in earlier if o.kind == "person" and _minister_of(o, portfolio)}
        if seat is not None and found != {seat}:
            return None
    return found.pop() if len(found) == 1 else None


def _ends_with(words: list[str], head: str) -> bool:
    return len(words) > 1 and words[-1] == head


def _ministry(e: Entity) -> tuple[str, ...] | None:
    """The portfolio words of a ministry named by them alone ("the ministry": none, "the defence ministry":
    "defence"), else None."""
    words = [w for w in fold(e.name).split() if w not in _BARE]
    return tuple(words[:-1]) if words[-1:] == ["ministry"] and len(words) < 4 else None


def _minister_of(person: Entity, portfolio: tuple[str, ...]) -> bool:
    """Whether the person's title is a minister's of that portfolio ("Foreign Minister", "Defence Minister")."""
    words = fold(person.title or "").split()
    return words[-1:] == ["minister"] and all(w in words for w in portfolio)
