"""The model's lemmatizer, asked once per distinct word form instead of once per token.

spaCy's rule lemmatizer derives a token's lemma from its text, part of speech and
morphology only, but it caches just the forms that went through its suffix rules: a
singular noun, a base-form verb or a proper noun (most of news text) is worked out again,
morphology dictionary and all, every time it occurs (docs/benchmarks.md, "Matrix
multiplication"; `python -m bench.throughput --components`). Its cache is also never emptied, so a long run grows it with every new inflected name.

This component keeps the same lemmatizer and calls it on the first token of each (text,
part of speech, morphology), remembering the answer: the lemmas are the ones the stock
component assigns, for a fraction of its CPU time. The memo, and the stock cache with it, is
emptied when it reaches `MEMO_LIMIT` forms, so memory stays bounded on any corpus.
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from newsgraph.parse.factories import factory

NAME = "newsgraph_lemmas"
MEMO_LIMIT = 50_000  # forms; ~18 MB with the stock cache it mirrors


class MemoLemmatizer:
    """Assigns `lemmatizer`'s lemmas, calling it once per distinct (orth, pos, morph)."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        if len(self.memo) > MEMO_LIMIT:
            self.memo.clear()
            self.lemmatizer.cache.clear()
        memo, lemmatize, add = self.memo, self.lemmatizer.lemmatize, doc.vocab.strings.add
        overwrite = self.lemmatizer.overwrite
        lemmas: list[int] = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:  # set before this component (as the stock one keeps it)
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            text = memo.get(key)
            if text is None:
                text = memo[key] = lemmatize(doc[i])[0]
            lemmas.append(add(text))
        doc.from_array([LEMMA], _column(lemmas))
        return doc


def _column(values: list[int]) -> Any:
    return numpy.asarray(values, dtype="uint64").reshape(-1, 1)


@factory(NAME)
def _make(nlp: Language, name: str) -> MemoLemmatizer:
    stock = nlp.get_pipe("lemmatizer")
    assert isinstance(stock, Lemmatizer)
    return MemoLemmatizer(stock)


def use_memo_lemmas(nlp: Language) -> bool:
    """Put the memoised lemmatizer in the stock one's place; False if there is none to wrap."""
    if "lemmatizer" not in nlp.pipe_names or not isinstance(nlp.get_pipe("lemmatizer"), Lemmatizer):
        return False
    nlp.add_pipe(NAME, before="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return True
