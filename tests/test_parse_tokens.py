from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.parse import _load_model
from newsgraph.parse_tokens import _PENDING, _pending, warm_tokenizer
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.whitespace_, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    # A pipeline of its own: the shared one's cache is already warm from other tests.
    return _load_model(Settings().model)


def test_warm_tokenizer_keeps_known_words_past_the_zone_and_changes_no_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    with nlp.memory_zone():
        cold = [_annotations(d) for d in nlp.pipe(texts)]
    pending = _pending(nlp)
    known_words = {w for t in texts for w in t.split() if w in pending}
    assert len(known_words) > 100
    warm_tokenizer(nlp, texts)
    assert not known_words & pending  # each known chunk tokenized once, outside the zone
    strings_after_warm = len(nlp.vocab.strings)
    with nlp.memory_zone():
        warm = [_annotations(d) for d in nlp.pipe(texts)]
    assert warm == cold
    # Warming again finds nothing left to do and adds no strings; the zone still frees its own.
    warm_tokenizer(nlp, texts)
    assert len(nlp.vocab.strings) == strings_after_warm


def test_warm_tokenizer_does_nothing_inside_a_zone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Negotiators from Ruritania and Freedonia resumed talks."
    pending_before = set(_PENDING.get(nlp, set()))
    with nlp.memory_zone():
        warm_tokenizer(nlp, [text])
    assert _PENDING.get(nlp, set()) == pending_before
