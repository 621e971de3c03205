"""Find the stretches of text that stand inside quotation marks.

Scraped news uses every quotation style at once: typographic “ ” and ‘ ’, straight " and ',
guillemets « », German „ “, and broken pairs such as “...“ where a converter turned the
closing mark into an opening one. Whether a mark opens or closes is therefore read from
its neighbours (space before and a word after: it opens; a word before and space or
punctuation after: it closes), not from the glyph alone.

Wire copy continues a quote across paragraphs by opening each new paragraph with a quote
mark and closing only the last one; a paragraph that ends with a quote still open and is
followed by a paragraph that opens with a mark is read as one quote.

This module knows nothing about speakers: it only returns spans. Nested quotes (a quote
inside a quote) are returned as children of the outer span, so the attribution step can
keep them inside the outer speaker's words instead of giving them their own speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsgraph.model import Block

DOUBLE_OPEN = frozenset('“„‟"«❝〝')
DOUBLE_CLOSE = frozenset('”“"»❞〞')
SINGLE_OPEN = frozenset("‘‚'‹")
SINGLE_CLOSE = frozenset("’‘'›")
ALL_MARKS = DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE
_MARK = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")

# Which closing glyphs may end a quote opened by a given glyph. Mismatched pairs seen in
# scraped copy (“...“, „...”) are allowed; a guillemet only closes with a guillemet.
_CLOSERS: dict[str, frozenset[str]] = {
    "“": frozenset('”“"'),
    "„": frozenset('“”"'),
    "‟": frozenset('”“"'),
    '"': frozenset('"”“'),
    "«": frozenset("»"),
    "❝": frozenset("❞"),
    "〝": frozenset("〞"),
    "‘": frozenset("’‘'"),
    "‚": frozenset("‘’"),
    "'": frozenset("'’"),
    "‹": frozenset("›"),
}
_FILLER = "\u2060"  # word joiner: stands in for the second character of '' and ``
_BEFORE_OPEN = frozenset(" \t\n([{—–-/:" + _FILLER) | ALL_MARKS
_AFTER_CLOSE = frozenset(" \t\n.,;:!?)]}—–-…" + _FILLER) | ALL_MARKS


@dataclass(frozen=True)
class QuoteSpan:
    """Words inside quotation marks: [start, end) excludes the marks themselves.

    `pieces` lists the [start, end) ranges of the words when the quote runs over several
    paragraphs (each continuation paragraph's opening mark is left out); `closed` is False
    when the text ended before a closing mark did.
    """

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when unclosed
    mark: str
    pieces: tuple[tuple[int, int], ...]
    closed: bool = True
    nested: tuple[QuoteSpan, ...] = field(default=())

    def text(self, source: str) -> str:
        return "\n\n".join(source[s:e] for s, e in self.pieces)


@dataclass
class _Open:
    mark: str
    at: int
    pieces: list[tuple[int, int]]
    nested: list[QuoteSpan]
    piece_start: int
    strays: int = 0  # opening marks of its own style met while it was open
    pending: int = 0  # of those, how many still wait for their closing mark


def _family(ch: str) -> str:
    return "single" if ch in SINGLE_OPEN | SINGLE_CLOSE and ch not in DOUBLE_OPEN else "double"


def _style(ch: str) -> str:
    if ch in "«»‹›":
        return "guillemet"
    return _family(ch)


def _looks_open(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return before in _BEFORE_OPEN and not after.isspace()


def _looks_close(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and after in _AFTER_CLOSE


def _apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """A single mark between two letters or digits (don’t, Russia’s, rock'n'roll) is not a quote."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return before.isalnum() and after.isalnum()


def _single_is_word_initial_elision(text: str, i: int, hi: int) -> bool:
    """‘90s, ’em, 'tis: an opening-looking single mark that elides letters, not a quote."""
    rest = text[i + 1 : min(hi, i + 5)]
    return rest[:2].isdigit() or rest.lower().startswith(("em ", "tis", "twas", "n "))


def _scan_block(text: str, lo: int, hi: int, carry: _Open | None) -> tuple[list[QuoteSpan], _Open | None]:
    """Quotes in text[lo:hi]; `carry` is a double quote left open by the previous paragraph."""
    found: list[QuoteSpan] = []
    stack: list[_Open] = [carry] if carry is not None else []
    i = lo
    while True:
        # Jump to the next mark: a character-by-character loop cost more than the rest.
        at = _MARK.search(text, i, hi)
        if at is None:
            break
        i = at.start()
        ch = text[i]
        family = _family(ch)
        if family == "single" and _apostrophe(text, i, lo, hi):
            i += 1
            continue
        top = stack[-1] if stack else None
        closes = top is not None and ch in _CLOSERS[top.mark] and _looks_close(text, i, lo, hi)
        if closes and top is not None and top.pending:
            top.pending -= 1  # closes a stray opening mark read as text
            i += 1
            continue
        if closes and top is not None:
            stack.pop()
            top.pieces.append((top.piece_start, i))
            span = _finish(text, top, i)
            if stack:
                stack[-1].nested.append(span)
            else:
                found.append(span)
            i += 1
            continue
        if ch in _CLOSERS and _looks_open(text, i, lo, hi):
            if family == "single" and _single_is_word_initial_elision(text, i, hi):
                i += 1
                continue
            # A mark of the same style as an open quote cannot nest inside it (style puts
            # the other family, or guillemets, inside); it means the earlier quote lost its
            # closing mark, so the stray mark is read as text.
            if top is not None and _style(top.mark) == _style(ch):
                top.strays += 1
                top.pending += 1
                i += 1
                continue
            stack.append(_Open(ch, i, [], [], i + 1))
        i += 1
    # Single quotes never run across paragraphs; an unclosed one was an apostrophe or a typo.
    while stack and _family(stack[-1].mark) == "single":
        stack.pop()
    first = stack[0] if stack else None
    if first is not None and first is not carry and first.strays:
        # Opened here, never closed, and marks of its own style opened inside it: those pair
        # up among themselves, so it is this opening mark that was stray. Read again without it.
        rest, left_open = _scan_block(text, first.at + 1, hi, None)
        return found + rest, left_open
    if not stack:
        return found, None
    outer = stack[0]
    outer.pieces.append((outer.piece_start, hi))
    return found, outer


def _skip_filler(text: str, piece: tuple[int, int]) -> tuple[int, int]:
    start, end = piece
    while start < end and text[start] == _FILLER:
        start += 1
    return start, end


def _finish(text: str, opened: _Open, close_at: int | None) -> QuoteSpan:
    pieces = tuple(p for p in (_skip_filler(text, p) for p in opened.pieces) if p[1] > p[0])
    if not pieces:
        pieces = ((opened.piece_start, opened.piece_start),)
    return QuoteSpan(
        start=pieces[0][0],
        end=pieces[-1][1],
        open_at=opened.at,
        close_at=close_at,
        mark=opened.mark,
        pieces=pieces,
        closed=close_at is not None,
        nested=tuple(opened.nested),
    )


def find_quote_spans(text: str, blocks: Sequence[Block], end: int | None = None) -> list[QuoteSpan]:
    """Every top-level quotation in the blocks before `end` (captions are not speech), in order."""
    limit = len(text) if end is None else end
    # Archive copy writes double quotes as two apostrophes or backticks (''like this''), and a
    # typographer's pass turns those into two curly single marks (‘‘like this’’, or “like this’’).
    # Read each pair as one mark plus an invisible filler so offsets stay those of `text`.
    text = text.replace("''", '"' + _FILLER).replace("``", '"' + _FILLER)
    text = text.replace("’’", "”" + _FILLER).replace("‘‘", "“" + _FILLER)
    spans: list[QuoteSpan] = []
    carry: _Open | None = None
    for block in blocks:
        if block.start >= limit or block.kind == "caption":
            break
        lo, hi = block.start, min(block.end, limit)
        if carry is not None:
            first = text[lo] if lo < hi else ""
            if first in DOUBLE_OPEN and _looks_open(text, lo, lo, hi):
                # Continuation paragraph: its opening mark repeats the open quote.
                carry.piece_start = lo + 1
                found, carry = _scan_block(text, lo + 1, hi, carry)
                spans.extend(found)
                continue
            spans.append(_finish(text, carry, None))
            carry = None
        found, carry = _scan_block(text, lo, hi, None)
        spans.extend(found)
    if carry is not None:
        spans.append(_finish(text, carry, None))
    spans.sort(key=lambda s: s.start)
    return [s for s in spans if s.end > s.start]
