"""Token-level helpers for the quote stage: sentence and character lookups that avoid spaCy's
whole-document walks, and the span arithmetic (subtrees, trimming, cutting) frames are made of.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from newsgraph.understand.quote_marks import ALL_MARKS


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
    """Character offsets -> token ranges for one Doc, built once (spaCy's char_span in
    "expand" mode walks every token on each call)."""

    def __init__(self, doc: Doc) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.sent_starts: list[int] = []  # token indices that begin a sentence
        self.chars = 0  # len(doc.text), which spaCy rebuilds on every access
        for t in doc:
            self.starts.append(t.idx)
            self.ends.append(t.idx + len(t))
            if t.is_sent_start:
                self.sent_starts.append(t.i)
            self.chars = t.idx + len(t.text_with_ws)

    def tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Tokens overlapping [start, end), or None when there are none."""
        i = bisect.bisect_right(self.ends, start)
        j = bisect.bisect_left(self.starts, end)
        return (i, j) if j > i else None


def subtree_range(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation, quote marks, "that" and conjunctions from a content range."""
    while start < end and (
        doc[start].is_punct or doc[start].is_space or doc[start].lower_ in ("that", "and", "but")
    ):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
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
        if child.dep_ == "punct" and child.text in (",", "—", "–", "(", ";", ":"):
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
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def is_mark(tok: Token) -> bool:
    """Quotation marks the tagger took for words (a guillemet tagged as a proper noun)."""
    return tok.is_punct or all(ch in ALL_MARKS for ch in tok.text)
