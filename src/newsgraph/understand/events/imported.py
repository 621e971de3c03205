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
counterpart. The own senses keep precedence wherever they encode a word sense: a
conditional null sense that holds ("fire" + staff is a dismissal) stops the match before any
imported pattern is tried; only an unconditional null catch-all gives way to a pattern that names
its words.
"""

from __future__ import annotations

from functools import lru_cache

from newsgraph.understand.events.codebook import Codebook, Sense, read_codes, read_imported_verbs


@lru_cache(maxsize=1)
def _content_patterns() -> dict[str, tuple[Sense, ...]]:
    """Verb key -> its imported patterns that name words, most specific first (read once)."""
    table = read_imported_verbs(read_codes())
    out = {
        key: tuple(s for s in senses if s.objects_all or s.pobj_all or s.subjects)
        for key, senses in table.items()
    }
    return {key: senses for key, senses in out.items() if senses}


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


def fallback_senses(book: Codebook, key: str) -> tuple[Sense, ...]:
    """The imported patterns for `key` that the book's merge left out: none for a key the
    book does not hold, nor for one whose imported patterns were merged already."""
    own = book.verbs.get(key)
    if not own or any(s.imported for s in own):
        return ()
    return _content_patterns().get(key, ())
