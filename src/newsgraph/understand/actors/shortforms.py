"""A body's short name takes the code of its full name: "the Labor Department said ... Labor said", "the Karst
union ... the Karst".

Wire copy names a body once with the noun that says what it is and afterwards by its proper words alone. The
entity stage can keep the two apart, and then the short one, which no title or descriptor sits beside, stays
without a code although the text already coded the same body under its full name. Only a noun that names the
body itself counts (a department, a ministry, a union, a party), in the singular: "Air France unions" are the
unions at a company, not the company, and a short name that already has a country keeps its code.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsgraph.model import Entity

# Head nouns after which the words before them are the body's own name ("the Labor Department" is Labor).
_BODY_HEADS = frozenset(
    {"department", "ministry", "bureau", "agency", "union", "party", "movement", "commission", "council"}
)


def _full_form(name: str, full: Entity) -> bool:
    """Whether `full` is `name` followed by a body noun: "the left-wing Karst union" for "Karst"."""
    words = full.name.split()
    if len(words) < 2 or words[-1].lower() not in _BODY_HEADS:
        return False
    own = name.split()
    return words[-1 - len(own) : -1] == own


def by_short_form(entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """Each organisation without a country whose name is a coded organisation's full name less its body noun takes that
    organisation's country, role and group; two full forms that disagree give none."""
    out = []
    for e in entities:
        if e.kind == "organisation" and not e.country and not e.group and e.name[:1].isupper():
            codes = {(f.country, f.role, f.group) for f in entities
                     if f is not e and f.kind == "organisation" and f.code and _full_form(e.name, f)}
            # A role the short name has of its own ("a spokesman for the Karst": LAB) must be the full name's.
            if len(codes) == 1 and e.role in (None, next(iter(codes))[1]):
                country, role, group = next(iter(codes))
                e = dataclasses.replace(e, country=country, role=role, group=group)
        out.append(e)
    return tuple(out)
