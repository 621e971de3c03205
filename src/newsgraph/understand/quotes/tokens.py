"""Token-level helpers for the quote stage: sentence and character lookups that avoid spaCy's
whole-document walks, and the span arithmetic (subtrees, trimming, cutting) frames are made of.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy as np
from spacy.attrs import IDX, SENT_START, SPACY
from spacy.tokens import Doc, Span, Token

from newsgraph.understand.quotes.marks import ALL_MARKS


def sent_range(tok: Token) -> tuple[int, int]:
    """[start, end) token range of the sentence holding `tok`.

    Token.sent walks the document from its start on every call; scanning sentence-start
    flags from the token outwards costs one sentence, which matters when every cue asks."""
    doc = tok.doc
    start = tok.i
    while start > 0 and not doc[start].is_sent_start:
        start -= 1
    end = tok.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return start, end


class CharIndex:
    """Per-Doc lookups the quote stage needs over and over, built once: character offsets ->
    token ranges (spaCy's char_span in "expand" mode walks every token on each call),
    sentence starts, and the named entity covering each token (`Doc.ents` builds a new
    tuple of Spans on every read)."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        # One array read instead of a Token object per word: that was most of the cost.
        rows = doc.to_array([IDX, SENT_START, SPACY]).astype(np.int64)
        self.starts: list[int] = rows[:, 0].tolist()
        # A token ends where the next one starts, less the space after it.
        self.ends: list[int] = (rows[1:, 0] - rows[:-1, 2]).tolist()
        # token indices that begin a sentence (Token.is_sent_start is True where SENT_START > 0)
        self.sent_starts: list[int] = np.flatnonzero(rows[:, 1] > 0).tolist()
        self.chars = 0  # len(doc.text), which spaCy rebuilds on every access
        if len(doc):
            last = doc[-1]
            self.ends.append(last.idx + len(last))
            self.chars = last.idx + len(last.text_with_ws)
        # The Doc's text when the caller has it (`docview.doc_text`), for span texts.
        self.text = text if text is not None and len(text) == self.chars else None
        self.ents: Sequence[Span] = doc.ents
        # for each token, the index in `ents` of the entity covering it, or -1
        self.ent_of: list[int] = [-1] * len(doc)
        for n, ent in enumerate(self.ents):
            self.ent_of[ent.start : ent.end] = [n] * (ent.end - ent.start)

    def sent_range(self, i: int) -> tuple[int, int]:
        """`sent_range(doc[i])`, by binary search."""
        k = bisect.bisect_right(self.sent_starts, i)
        start = self.sent_starts[k - 1] if k > 0 else 0
        end = self.sent_starts[k] if k < len(self.sent_starts) else len(self.starts)
        return start, end

    def span_text(self, doc: Doc, start: int, end: int) -> str:
        """`doc[start:end].text` for a non-empty token range."""
        if self.text is None:
            return str(doc[start:end].text)
        return self.text[self.starts[start] : self.ends[end - 1]]

    def ent_at(self, i: int) -> Span | None:
        """The named entity covering token `i`, if any."""
        n = self.ent_of[i]
        return self.ents[n] if n >= 0 else None

    def tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Tokens overlapping [start, end), or None when there are none."""
        i = bisect.bisect_right(self.ends, start)
        j = bisect.bisect_left(self.starts, end)
        return (i, j) if j > i else None


def subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation, quote marks, "that" and conjunctions from a content range; a "that" the
    parser makes an object of the cue is the demonstrative pronoun ("said that again"), kept, but one it makes
    the object of a verb after it ("told state television that output had recovered") opens the clause."""
    while start < end:
        tok = doc[start]  # one Token per step: each doc[i] builds a new one
        opens = tok.lower_ == "that" and (tok.dep_ != "dobj" or (tok.head.i > tok.i and tok.head.dep_ != "relcl"))
        if not (tok.is_punct or tok.is_space or tok.lower_ in ("and", "but") or opens):
            break
        start += 1
    while end > start:
        tok = doc[end - 1]
        if not (tok.is_punct or tok.is_space or tok.dep_ == "cc"):
            break
        end -= 1
    return start, end


def minus(rng: tuple[int, int], cut: tuple[int, int]) -> list[tuple[int, int]]:
    """rng with the sub-range `cut` removed (zero, one or two pieces)."""
    out = []
    if cut[0] > rng[0]:
        out.append((rng[0], min(cut[0], rng[1])))
    if cut[1] < rng[1]:
        out.append((max(cut[1], rng[0]), rng[1]))
    return [p for p in out if p[1] > p[0]]


def speaker_range(tok: Token) -> tuple[int, int]:
    """The words naming a speaker: the noun phrase without relative clauses or parentheticals.

    Anonymous descriptors keep their modifiers ("people familiar with the matter", "two
    people who spoke on condition of anonymity"), since those are what identifies them;
    clauses after a comma ("The association, which has criticized ..., said") are dropped.
    """
    start, end = tok.left_edge.i, tok.i + 1
    for child in tok.rights:
        if tok.head.i > tok.i and child.i > tok.head.i:
            break  # a phrase after the subject's own verb was misattached to it
        if child.dep_ == "punct" and child.text in (",", "—", "–", "(", ";", ":"):
            # "said the foreign minister, Ana Reyes": the name after the comma is who spoke.
            name = _named_appositive(tok, child.i)
            if name is not None:
                end = name.right_edge.i + 1
            break
        if child.dep_ in (
            "appos",
            "acl",
            "relcl",
            "prep",
            "amod",
            "conj",
            "cc",
            "compound",
            "nummod",
            "case",
        ):
            if child.dep_ == "relcl" and any(
                c.dep_ == "punct" and c.i < child.i and c.i > tok.i for c in tok.rights
            ):
                break
            end = child.right_edge.i + 1
            # "because ..." explains why a source is anonymous; it does not describe them.
            for sub in child.subtree:
                if sub.dep_ == "advcl" and sub.i > child.i:
                    end = min(end, sub.left_edge.i)
                    break
    doc = tok.doc
    while end > start + 1:
        last = doc[end - 1]
        if not (last.is_punct or last.is_space):
            break
        end -= 1
    return start, end


def _named_appositive(tok: Token, comma: int) -> Token | None:
    """The proper name standing in apposition right after the comma that follows a common-noun
    speaker ("the Varnian farm minister, Ivo Kral, told reporters"), or None."""
    if tok.pos_ == "PROPN":
        return None
    return next(
        (c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == comma + 1),
        None,
    )


def is_mark(tok: Token) -> bool:
    """Quotation marks the tagger took for words (a guillemet tagged as a proper noun)."""
    return tok.is_punct or all(ch in ALL_MARKS for ch in tok.text)


def subject_range(subject: Token, cue: Token | None = None) -> tuple[int, int]:
    """The subject phrase; two subjects side by side ("state news agency Belta", which the
    parser splits into two nsubj arcs) are read as one phrase. A relative clause holding the
    cue itself ("a statement that called for ...") is cut off."""
    start, end = speaker_range(subject)
    if cue is not None and start <= cue.i < end:
        end = max(start + 1, min(end, cue.left_edge.i))
        while end > start + 1 and (subject.doc[end - 1].is_punct or subject.doc[end - 1].dep_ == "cc"):
            end -= 1
    while start < end - 1 and is_mark(subject.doc[start]):
        start += 1
    for other in subject.head.children:
        if (
            other.dep_ == "nsubj"
            and other.i != subject.i
            and other.i in (start - 1, end)
            and not is_mark(other)
        ):
            o_start, o_end = speaker_range(other)
            start, end = min(start, o_start), max(end, o_end)
    return start, end


def to_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
