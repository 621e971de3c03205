from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.parse.nlp import _load_model
from newsgraph.parse.tokens import _pending, warm_tokenizer
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Chunks the tokenizer splits by special cases, affixes, infixes and URL rules.
TRICKY = (
    "Officials don't expect the U.S.-led talks (Reuters) to end; see https://example.org/a?b=c "
    "or e-mail press@example.org. Turnout rose 5.3% to 61,200 in St. Petersburg's north-west, "
    "she said: \u201cWe can't wait.\u201d U.N. envoys arrived at 3 p.m. on Jan. 5th."
)


@pytest.fixture
def nlp():  # type: ignore[no-untyped-def]
    # A pipeline of its own for each test: the shared one's cache is warm from other tests.
    return _load_model(Settings().model, Settings().matmul)


def _annotations(doc):  # type: ignore[no-untyped-def]
    return [(t.text, t.whitespace_, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_) for t in doc]


def test_warm_tokenizer_keeps_known_words_past_the_zone_and_changes_no_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = [TRICKY] + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    with nlp.memory_zone():
        cold = [_annotations(d) for d in nlp.pipe(texts)]
    pending = _pending(nlp)
    known = {w for t in texts for w in t.split() if w in pending}
    # Known one-token strings the vocab has no lexeme for yet: warming must make them permanent.
    with nlp.memory_zone():
        unseen = {w for w in known if w not in nlp.vocab and len(nlp.make_doc(w)) == 1}
    assert len(known) > 100 and len(unseen) > 20
    warm_tokenizer(nlp, texts)
    assert not known & pending  # each known chunk tokenized once, outside the zone
    assert all(w in nlp.vocab for w in unseen)
    strings_after_warm = len(nlp.vocab.strings)
    with nlp.memory_zone():
        warm = [_annotations(d) for d in nlp.pipe(texts)]
    assert warm == cold
    # Warming again finds nothing left to do; the zone freed what it added.
    warm_tokenizer(nlp, texts)
    assert len(nlp.vocab.strings) == strings_after_warm
    assert all(w in nlp.vocab for w in unseen)


def test_warm_tokenizer_does_nothing_inside_a_zone(nlp) -> None:  # type: ignore[no-untyped-def]
    pending = _pending(nlp)
    words = sorted(w for w in pending if w.isalpha() and w.islower() and len(w) > 8 and w not in nlp.vocab)[
        :5
    ]
    assert len(words) == 5
    text = " ".join(words)
    with nlp.memory_zone():
        warm_tokenizer(nlp, [text])
    assert set(words) <= pending and not any(w in nlp.vocab for w in words)
    warm_tokenizer(nlp, [text])
    assert not set(words) & pending and all(w in nlp.vocab for w in words)
