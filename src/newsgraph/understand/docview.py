"""The per-article view of a parsed Doc that every language stage shares.

- `doc_text`: the text a Doc covers, without rebuilding it;
- `DocIndex`: what the entity and actor stages read from the Doc again and again, read once;
- `EntityLookup`: the entity behind a stretch of text, so quotes and events name actors the
  way the actor stage resolved them.

Reading a Doc through spaCy's Python objects is slow in loops: `Doc.ents` builds a new tuple of
Spans on every access, `Doc.text` rebuilds the string, and every `doc[i]` makes a new Token.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Span

from newsgraph.model import ActorRef, Article, Entity

if TYPE_CHECKING:  # the dictionary imports nothing from here; only its type is named
    from newsgraph.understand.actors.dictionary import ActorDictionary


def doc_text(article: Article, doc: Doc) -> str:
    """The text a Doc covers, without `doc.text` (spaCy rebuilds that string token by token
    on every access). By the parse contract it is the article's text up to `analysis_end`;
    a Doc of any other length falls back to its own text."""
    text = article.text[: article.analysis_end]
    covered = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    return text if covered == len(text) else str(doc.text)


def ent_index(doc: Doc, ents: Sequence[Span] | None = None) -> list[int]:
    """For each token, the index of the doc.ents span covering it, or -1."""
    out = [-1] * len(doc)
    for n, ent in enumerate(doc.ents if ents is None else ents):
        out[ent.start : ent.end] = [n] * (ent.end - ent.start)
    return out


class DocIndex:
    """What the entity and actor stages read from one Doc again and again, read once.

    `Doc.ents` builds a new tuple of Spans on every access, `Doc.text` rebuilds the string, and
    every `doc[i]` makes a new Token: title and descriptor look-ups walk back over the same words
    for every name, so the words are kept here as plain strings (`folded` as the dictionary keys
    them), with the per-token arrays the scans over the whole text filter on.
    """

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        """`text` is the Doc's text when the caller has it (`doc_text`)."""
        self.doc = doc
        self.ents: Sequence[Span] = doc.ents
        self.ent_at = ent_index(doc, self.ents)
        # uint64 as spaCy gives them (SENT_START's -1 wraps, 1 stays 1).
        rows = doc.to_array([SENT_START, IDX, SPACY]) if len(doc) else None
        starts: list[int] = rows[:, 1].tolist() if rows is not None else []
        last = doc[-1] if len(doc) else None
        self.chars = last.idx + len(last.text_with_ws) if last is not None else 0  # len(doc.text)
        self.texts: list[str] = []
        self.folded: list[str] = []
        if rows is not None and last is not None and text is not None and len(text) == self.chars:
            # Each token's text ends where the next one starts, less the space after it.
            ends = [*(rows[1:, 1] - rows[:-1, 2]).tolist(), last.idx + len(last)]
            self.texts = [text[s:e] for s, e in zip(starts, ends, strict=True)]
            folded = text.casefold()
            # casefold works character by character; when none grew, slicing keeps the offsets.
            if len(folded) == len(text):
                self.folded = [folded[s:e] for s, e in zip(starts, ends, strict=True)]
        elif rows is not None:
            strings = doc.vocab.strings
            self.texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
        if len(self.folded) != len(self.texts):
            self.folded = [w.casefold() for w in self.texts]
        self.has_sents = doc.has_annotation("SENT_START")
        # Token and character offsets where `doc.sents` starts a sentence: the first token, and every
        # later one marked as a sentence start.
        sent_tokens = [0, *(np.flatnonzero(rows[1:, 0] == 1) + 1).tolist()] if rows is not None else []
        self.sent_tokens: list[int] = sent_tokens
        self.sent_chars: list[int] = [starts[k] for k in sent_tokens]

    @cached_property
    def _tags(self) -> list[list[int]]:
        # Read on first use: the actor stage needs none of them. String hashes, as spaCy gives them.
        if not len(self.doc):
            return [[], [], [], []]
        rows = self.doc.to_array([LOWER, POS, DEP, TAG])
        return [rows[:, k].tolist() for k in range(4)]

    @property
    def lower(self) -> list[int]:
        """LOWER of each token: the string id of its lower-case form."""
        return self._tags[0]

    @property
    def pos(self) -> list[int]:
        return self._tags[1]

    @property
    def dep(self) -> list[int]:
        return self._tags[2]

    @property
    def tag(self) -> list[int]:
        return self._tags[3]

    @cached_property
    def head(self) -> list[int]:
        """Index of each token's head (`doc[i].head.i`)."""
        if not len(self.doc):
            return []
        # HEAD is an offset from the token, stored unsigned: read it back as signed.
        return [i + offset for i, offset in enumerate(self.doc.to_array(HEAD).astype("int64").tolist())]

    def sentence_start(self, i: int) -> int:
        """Index of the first token of token `i`'s sentence (`doc[i].sent.start`), 0 unparsed."""
        if not self.has_sents:
            return 0
        return self.sent_tokens[bisect.bisect_right(self.sent_tokens, i) - 1]

    def title_at(self, start: int, end: int, dictionary: ActorDictionary) -> str | None:
        """`dictionary.title_role` of the words doc[start:end]."""
        return dictionary.titles.get(tuple(self.folded[start:end]))


def index_for(article: Article, doc: Doc, index: DocIndex | None = None) -> DocIndex:
    """The caller's index when it was read from this Doc (the pipeline builds one per article
    for the entity and actor stages), else a new one."""
    return index if index is not None and index.doc is doc else DocIndex(doc, doc_text(article, doc))


# --- from tokens to resolved actors ---------------------------------------------------


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

    def entities(self) -> list[Entity]:
        """Every entity with a mention, once each."""
        return list(self._by_id.values())

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
