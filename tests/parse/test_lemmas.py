from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from newsgraph.parse import lemmas as parse_lemmas
from newsgraph.parse.lemmas import NAME, use_memo_lemmas
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def pipelines():  # type: ignore[no-untyped-def]
    stock = spacy.load(Settings().model)
    ours = spacy.load(Settings().model)
    assert use_memo_lemmas(ours)
    assert NAME in ours.pipe_names and "lemmatizer" not in ours.pipe_names
    return stock, ours


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    assert texts, f"no examples under {EXAMPLES}"
    return texts


def test_memo_lemmas_are_the_stock_lemmatizers(pipelines) -> None:  # type: ignore[no-untyped-def]
    stock, ours = pipelines
    texts = _texts() * 2  # the second pass is served from the memo
    tokens = 0
    for a, b in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        tokens += len(a)
    # One lemmatizer call per distinct form, not per token.
    assert 0 < len(ours.get_pipe(NAME).memo) < tokens / 2


def test_memo_is_emptied_at_its_limit_and_lemmas_stay_the_same(pipelines, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    stock, ours = pipelines
    monkeypatch.setattr(parse_lemmas, "MEMO_LIMIT", 50)
    component = ours.get_pipe(NAME)
    for text in _texts():
        a, b = stock(text), ours(text)
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        # Emptied before a Doc once over the limit: never more than the limit plus one Doc.
        assert len(component.memo) <= 50 + len(b)
        assert len(component.lemmatizer.cache) <= 50 + len(b)


def test_memo_keeps_a_lemma_set_before_it_as_the_stock_component_does(pipelines) -> None:  # type: ignore[no-untyped-def]
    import numpy
    from spacy.attrs import LEMMA

    from newsgraph.parse.lemmas import MemoLemmatizer

    stock, _ = pipelines
    lemmatizer = stock.get_pipe("lemmatizer")
    docs = []
    for _ in range(2):
        doc = stock("The envoys were meeting in Geneva and said the talks went well.")
        doc.from_array([LEMMA], numpy.zeros((len(doc), 1), dtype="uint64"))
        doc[1].lemma_ = "preset"
        docs.append(doc)
    lemmatizer(docs[0])
    MemoLemmatizer(lemmatizer)(docs[1])
    assert [t.lemma_ for t in docs[1]] == [t.lemma_ for t in docs[0]]
    assert docs[1][1].lemma_ == "preset" and docs[1][3].lemma_ == "meet"
