"""Token helpers of the quote stage, checked against spaCy's own (slower) answers."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.quotes.tokens import CharIndex, minus, sent_range, speaker_range, trim

pytestmark = pytest.mark.model

_TEXT = "The port reopened on Monday. Officials familiar with the talks said it would stay open, however."


def test_quote_tokens_char_index_agrees_with_char_span(nlp: Any) -> None:
    doc = nlp(_TEXT)
    index = CharIndex(doc)
    assert index.chars == len(doc.text)
    for start, end in ((0, 8), (4, 6), (29, 38), (5, 40), (len(_TEXT) - 8, len(_TEXT))):
        span = doc.char_span(start, end, alignment_mode="expand")
        assert index.tokens(start, end) == (span.start, span.end)
    assert index.tokens(len(_TEXT), len(_TEXT)) is None


def test_quote_tokens_sent_range_agrees_with_token_sent(nlp: Any) -> None:
    doc = nlp(_TEXT)
    for tok in doc:
        assert sent_range(tok) == (tok.sent.start, tok.sent.end)
    assert index_sent_starts(doc) == [s.start for s in doc.sents]


def index_sent_starts(doc: Any) -> list[int]:
    return CharIndex(doc).sent_starts


def test_quote_tokens_speaker_range_keeps_descriptors_of_anonymous_sources(nlp: Any) -> None:
    doc = nlp(_TEXT)
    officials = next(t for t in doc if t.text == "Officials")
    start, end = speaker_range(officials)
    assert doc[start:end].text == "Officials familiar with the talks"


def test_quote_tokens_trim_and_minus(nlp: Any) -> None:
    doc = nlp("“that the plan failed, and”")
    start, end = trim(doc, 0, len(doc))
    assert doc[start:end].text == "the plan failed"
    assert minus((0, 10), (3, 5)) == [(0, 3), (5, 10)]
    assert minus((0, 10), (0, 10)) == []
    assert minus((2, 6), (5, 9)) == [(2, 5)]
