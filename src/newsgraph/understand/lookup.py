"""Find the entity behind a stretch of text: the bridge from tokens to resolved actors.

Quotes and events find their speakers and participants on the parse as token spans; this
index maps such a span to the entity whose mention covers it (mentions include pronouns
and titles that the entity stage resolved), so every later stage names actors the same way.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from newsgraph.model import ActorRef, Entity


class EntityLookup:
    def __init__(self, entities: Iterable[Entity]) -> None:
        spans = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda item: (item[0], -item[1])
        )
        self._starts = [s for s, _, _ in spans]
        self._spans = spans
        self._by_id = {e.id: e for _, _, e in spans}

    def by_id(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)

    def covering(self, start: int, end: int) -> Entity | None:
        """The entity with the longest mention overlapping [start, end), or None."""
        best: tuple[int, Entity] | None = None
        # Mentions starting after `end` cannot overlap; walk back from there.
        i = bisect.bisect_left(self._starts, end)
        while i > 0:
            i -= 1
            s, e, ent = self._spans[i]
            if e <= start:
                # Sorted by start only, so an earlier long mention may still overlap: keep going
                # but stop once mentions are far behind (no mention is longer than 200 chars).
                if start - s > 200:
                    break
                continue
            length = e - s
            if best is None or length > best[0]:
                best = (length, ent)
        return best[1] if best else None

    def ref(self, start: int, end: int, text: str) -> ActorRef:
        """An ActorRef for the words at [start, end): the entity when one covers them."""
        ent = self.covering(start, end)
        if ent is None:
            return ActorRef(name=text, code="", entity_id=None, start=start, end=end)
        return ActorRef(name=ent.name, code=ent.code, entity_id=ent.id, start=start, end=end)
