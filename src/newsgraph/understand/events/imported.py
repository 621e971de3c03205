"""The imported PETRARCH2 patterns a verb falls back on when the project's own senses say nothing.

`codebook.merge_imported` adds the imported patterns of a verb only under the book's own
unconditional event sense. A verb whose own senses are all conditional ("launch" an attack, an
inquiry, mediation) or end in a null catch-all ("send" anything else) gets none of them, so
"launched talks with X" (046), "sent an ambassador to X" (050) or "expressed condemnation" (111)
went uncoded though the dictionary names them word for word.

Here such a verb gets them back, last: only patterns that name their content words (object,
prepositional object or subject words, so no bare "(TO)"), and only when none of the verb's own
conditional senses held. Like every imported pattern they stand without a target ("truck
drivers blocked motorways in protest", 144), except a consultation (04), which needs its
counterpart, and here an appeal or intent (02, 03), which needs its addressee, and a pattern
whose preposition names no words, which marks where the target stands (`_dyadic`). The own senses keep precedence wherever they encode a word sense: a
conditional null sense that holds ("fire" + staff is a dismissal) stops the match before any
imported pattern is tried; only an unconditional null catch-all gives way to a pattern that names
its words.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from newsgraph.data import read_json
from newsgraph.understand.events.codebook import (
    IMPORTED_VERBS_FILE,
    Codebook,
    Sense,
    read_codes,
    read_imported_verbs,
)


@dataclass(frozen=True)
class _Patterns:
    """One verb key's patterns, indexed by a word of their first object group, so a verb tests
    only the patterns its object could satisfy (a verb may have a hundred and more)."""

    anywhere: tuple[tuple[int, Sense], ...]  # no object words: prepositional or subject words
    by_word: dict[str, tuple[tuple[int, Sense], ...]]

    def naming(self, words: Iterable[str]) -> list[Sense]:
        """The patterns the words may satisfy, in the dictionary's order."""
        found = dict(self.anywhere)
        for w in words:
            found.update(self.by_word.get(w, ()))
        return [found[n] for n in sorted(found)]


@lru_cache(maxsize=1)
def _content_patterns() -> dict[str, _Patterns]:
    """Verb key -> its imported patterns that name words, most specific first (read once)."""
    out: dict[str, _Patterns] = {}
    for key, imported in read_imported_verbs(read_codes()).items():
        anywhere: list[tuple[int, Sense]] = []
        by_word: dict[str, list[tuple[int, Sense]]] = {}
        senses = [dataclasses.replace(s, needs_target=True) if _dyadic(s) else s for s in imported]
        for n, s in enumerate(senses):
            if s.objects_all:
                for w in s.objects_all[0]:
                    by_word.setdefault(w, []).append((n, s))
            elif s.pobj_all or s.subjects:
                anywhere.append((n, s))
        if anywhere or by_word:
            out[key] = _Patterns(tuple(anywhere), {w: tuple(v) for w, v in by_word.items()})
    return out


def load_fallbacks() -> None:
    """Read the imported patterns now rather than at the first verb that needs them: `load_resources` does, so
    that the freeze of what it loaded covers their quarter of a million objects too."""
    _content_patterns()


def _dyadic(sense: Sense) -> bool:
    """Whether a fallback pattern holds only with a target actor: an appeal or a promise is made
    to someone ("launched a campaign" alone is no 020), and a preposition the pattern names
    without words is where its target stands ("- * CAMPAIGN (AGAINST) [111]": a campaign
    against tax evasion criticises no one)."""
    return (sense.code or "")[:2] in ("02", "03") or bool(sense.preps and not sense.pobj_all)


def catch_all(sense: Sense) -> bool:
    """A null sense without conditions: "anything else this verb does is no event"."""
    return sense.code is None and not (
        sense.objects
        or sense.no_object
        or sense.preps
        or sense.subjects
        or sense.complements
        or sense.passive_only
        or sense.objects_all
        or sense.pobj_all
    )


def fallback_senses(book: Codebook, key: str, words: Callable[[], Iterable[str]]) -> list[Sense]:
    """The imported patterns for `key` that the book's merge left out and that the words after
    the verb (`words`, asked only when there are patterns) may satisfy: none for a key the book
    does not hold, nor for one whose imported patterns were merged already."""
    own = book.verbs.get(key)
    if not own or any(s.imported for s in own):
        return []
    patterns = _content_patterns().get(key)
    return patterns.naming(words()) if patterns is not None else []


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    return {str(k): str(v) for k, v in read_json(IMPORTED_VERBS_FILE).get("forms", {}).items()}


def listed_form(form: str) -> str | None:
    """The dictionary verb an irregular form it lists comes from ("overflew" -> "overfly")."""
    return _forms().get(form)
