"""Quote records: content pieces as spans without the blanks and commas at their edges, more
quoted pieces of one attribution joined into its record, and repeated records dropped."""

from __future__ import annotations

import dataclasses

from newsgraph.model import Quote, Span
from newsgraph.understand.quotes.records import dedupe, extend, spans_of

TEXT = '"The border stays open," the minister said. "Trade will grow, ", she added, "and so will trust."'


def quote_at(words: str, direct: bool = True) -> Quote:
    start = TEXT.index(words)
    return Quote(text=words, direct=direct, start=start, end=start + len(words), speaker=None)


def test_records_spans_of_trims_blanks_and_trailing_punctuation() -> None:
    start = TEXT.index("Trade")
    end = TEXT.index('"', start)
    said = TEXT.index(" the minister")
    spans = spans_of(TEXT, [(said, said + len(" the minister said")), (start, end)])
    assert [s.text(TEXT) for s in spans] == ["the minister said", "Trade will grow"]
    assert spans_of(TEXT, [(start - 2, start - 1), (end - 2, end)]) == ()  # nothing but blanks and commas


def test_records_extend_joins_later_pieces_of_one_attribution() -> None:
    first = quote_at("Trade will grow")
    later = TEXT.index("and so will trust.")
    joined = extend(first, TEXT, [(later, later + len("and so will trust."))])
    assert joined.text == "Trade will grow and so will trust."
    assert joined.start == first.start and joined.end == later + len("and so will trust.")
    assert [p.text(TEXT) for p in joined.pieces] == ["Trade will grow", "and so will trust."]
    assert joined.quoted == joined.pieces
    assert extend(first, TEXT, [(later, later)]) is first


def test_records_dedupe_keeps_the_first_of_each_span_and_kind() -> None:
    a = quote_at("The border stays open")
    again = dataclasses.replace(a, cue="said")
    indirect = quote_at("The border stays open", direct=False)
    other = quote_at("Trade will grow")
    assert dedupe([a, again, indirect, other]) == [a, indirect, other]
    assert Span(a.start, a.end).text(TEXT) == a.text
