"""A verb key's senses, indexed by the words their imported patterns need, so the matcher tries only those it may hold.

A key carries the book's own senses and, merged under them, the imported PETRARCH2 patterns ("say" has well over a
hundred). An imported pattern holds only when each of its object word groups names one of the words after the verb
(`match._names_all`), so one whose first group names none of them cannot hold: the matcher need not test it. The
gate returns the senses that may hold, in the book's order, and the first of them that holds is the one the full
list would give. Built once per codebook (`Codebook.verb_gates`); nothing in it changes after.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgraph.understand.events.codebook import Sense


@dataclass(frozen=True)
class SenseGate:
    senses: tuple[Sense, ...]
    ungated: tuple[int, ...]  # positions of the senses no object words condition
    by_word: Mapping[str, tuple[int, ...]]  # a word of a pattern's first object group -> the patterns' positions

    def naming(self, words: Callable[[], set[str]]) -> Sequence[Sense]:
        """The senses the words after the verb (`words`, asked only when a pattern needs them) may satisfy."""
        if not self.by_word:
            return self.senses
        found = set(self.ungated)
        for w in words():
            found.update(self.by_word.get(w, ()))
        return [self.senses[n] for n in sorted(found)]


def gate(senses: tuple[Sense, ...]) -> SenseGate:
    ungated: list[int] = []
    by_word: dict[str, list[int]] = {}
    for n, s in enumerate(senses):
        if s.objects_all:
            for w in s.objects_all[0]:
                by_word.setdefault(w, []).append(n)
        else:
            ungated.append(n)
    return SenseGate(senses, tuple(ungated), {w: tuple(v) for w, v in by_word.items()})


def gates(verbs: Mapping[str, tuple[Sense, ...]]) -> dict[str, SenseGate]:
    return {key: gate(senses) for key, senses in verbs.items()}


def gated(gates: Mapping[str, SenseGate], key: str, words: Callable[[], set[str]]) -> Sequence[Sense] | None:
    """The key's senses that may hold (None for a key the book does not hold)."""
    gate = gates.get(key)
    return gate.naming(words) if gate is not None else None
