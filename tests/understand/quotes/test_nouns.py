"""Attributions told by a noun: its holder, and the clause, to-clause or short phrase it holds."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc, Token

from newsgraph.understand.quotes.lexicon import QuoteCues, load_quote_cues
from newsgraph.understand.quotes.nouns import noun_frame

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def cues() -> QuoteCues:
    return load_quote_cues()


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_nouns_a_stance_noun_holds_its_object_with_a_holder(nlp: Any) -> None:
    doc = nlp("The union's support for the Democratic nominee is not as solid as in 2012.")
    found = noun_frame(word(doc, "support"), "belief", frozenset({"for"}))
    assert found is not None and found.speaker is not None
    assert doc[found.speaker[0] : found.speaker[1]].text == "The union's"
    assert [doc[s:e].text for s, e in found.content] == ["the Democratic nominee"]
    case = nlp("It is the case that the plant closed, and the case for the plan is weak.")
    assert all(noun_frame(t, "stance", frozenset({"for"})) is None for t in case if t.text == "case")


def test_nouns_material_support_is_no_view_held(nlp: Any, cues: QuoteCues) -> None:
    objects = cues.noun_objects.get("support", frozenset())
    for text in (
        "Russia offered military support for the offensive.",
        "Norway gave support for the relief effort.",
    ):
        doc = nlp(text)
        assert noun_frame(word(doc, "support"), cues.nouns["support"], objects) is None, text
    doc = nlp("The senator voiced her support for the bill.")
    assert noun_frame(word(doc, "support"), cues.nouns["support"], objects) is not None
