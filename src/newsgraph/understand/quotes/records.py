"""Quote records, one per attribution: content pieces as character spans, and the merging
of several quoted pieces of one attribution into one record."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsgraph.model import Quote, Span


def spans_of(text: str, pieces: Sequence[tuple[int, int]]) -> tuple[Span, ...]:
    """Content pieces as Spans, without the blank or comma at their edges."""
    out = []
    for start, end in pieces:
        while start < end and text[start] in " \n\t":
            start += 1
        while end > start and text[end - 1] in " \n\t,;:":
            end -= 1
        if end > start:
            out.append(Span(start, end))
    return tuple(out)


def extend(quote: Quote, text: str, pieces: Sequence[tuple[int, int]]) -> Quote:
    """`quote` with more quoted pieces of the same attribution after it."""
    more = spans_of(text, pieces)
    if not more:
        return quote
    words = " ".join(text[p.start : p.end] for p in more)
    return replace(
        quote,
        text=f"{quote.text.rstrip()} {words}",
        end=more[-1].end,
        spans=quote.pieces + more,
        quoted=(quote.quoted or quote.pieces) + more,
    )


def dedupe(quotes: list[Quote]) -> list[Quote]:
    seen: set[tuple[int, int, bool]] = set()
    out: list[Quote] = []
    for q in quotes:
        key = (q.start, q.end, q.direct)
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out
