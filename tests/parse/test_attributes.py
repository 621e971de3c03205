from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newsgraph.parse import attributes as parse_attributes
from newsgraph.parse.attributes import NAME, AttributeRules, compile_rules, use_attribute_rules
from newsgraph.parse.nlp import load_nlp
from newsgraph.settings import Settings
from newsgraph.testing.synthetic import wire_corpus

pytestmark = pytest.mark.model

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Written to reach the rarer rules: contractions, multi-token lemmas, existential "there",
# pronouns, modal verbs, whitespace tokens, a "but" used as an adverb.
AWKWARD = [
    "I ain't gonna sign it, y'all, and we gotta leave. Let's go; c'mon, it's late.",
    "There are  two   spaces here.\n\nAnd a new paragraph, but one that isn't long.",
    "She gets what she wants; he got nothing. Somebody could've said something to anyone.",
    "They'd never admit it: those were their own words, not ours, whether or not they'll agree.",
    "   ",
    "",
]


def _stock() -> Language:
    module = importlib.import_module(Settings().model)
    nlp: Language = module.load()
    return nlp


def _annotations(doc: Doc) -> list[tuple[Any, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_lookup_rules_give_exactly_the_stock_ruler_annotations() -> None:
    stock = _stock()
    ours = _stock()
    assert use_attribute_rules(ours)
    assert NAME in ours.pipe_names and "attribute_ruler" not in ours.pipe_names
    texts = AWKWARD + [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    texts += list(wire_corpus(30, seed=5))
    tokens = 0
    for a, b in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
        assert _annotations(a) == _annotations(b)
        tokens += len(a)
    assert tokens > 10_000


def test_pipeline_loaded_by_newsgraph_uses_the_lookup_rules() -> None:
    nlp = load_nlp(Settings())
    assert NAME in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    doc = nlp("Let's see.")
    assert [t.lemma_ for t in doc][:2] == ["let", "us"]


def test_a_pattern_needing_the_matcher_keeps_the_stock_ruler() -> None:
    nlp = _stock()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert compile_rules(ruler) is None
    assert not use_attribute_rules(nlp)
    assert "attribute_ruler" in nlp.pipe_names


def test_later_rules_overwrite_earlier_ones_as_in_the_stock_ruler() -> None:
    nlp = _stock()
    patterns = [
        {"patterns": [[{"LOWER": "talks"}]], "attrs": {"POS": "VERB", "LEMMA": "talk"}, "index": 0},
        {"patterns": [[{"TAG": {"IN": ["NNS", "VBZ"]}}]], "attrs": {"POS": "NOUN"}, "index": 0},
        {"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"LEMMA": "negotiation"}, "index": 1},
    ]
    rules = AttributeRules(nlp.vocab, patterns)
    stock = AttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)
    texts = ["Peace talks resume.", "She talks often."]
    for text in texts:
        a, b = nlp(text), nlp(text)
        for doc in (a, b):
            for token in doc:
                token.pos_, token.lemma_ = "", ""
        assert _annotations(rules(a)) == _annotations(stock(b))
    assert [t.lemma_ for t in rules(nlp("Peace talks resume."))][1] == "negotiation"


def test_cache_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = _stock()
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    rules = compile_rules(ruler)
    assert rules is not None
    monkeypatch.setattr(parse_attributes, "_CACHE_LIMIT", 5)
    texts = ["Officials said the ministers met twice in a crowded hall on Tuesday."]
    for doc in nlp.pipe(texts):
        before = _annotations(doc)
        rules(doc)
        assert _annotations(doc) == before  # the same rules again change nothing
    assert len(rules._cache) <= 5
