"""newsgraph.parse.factories: factories whose annotations are postponed build with spaCy's own checks."""

from __future__ import annotations

import typing

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.parse.factories import factory


class _Tagger:
    def __init__(self, label: str) -> None:
        self.label = label

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data["tagged"] = self.label
        return doc


@factory("newsgraph_test_tagger", default_config={"label": "wire"})
def _make_tagger(nlp: Language, name: str, label: str) -> _Tagger:
    return _Tagger(label)


def test_the_factory_sees_real_types_not_strings() -> None:
    assert _make_tagger.__annotations__["nlp"] is Language
    assert _make_tagger.__annotations__["label"] is str
    assert typing.get_type_hints(_make_tagger) == _make_tagger.__annotations__


def test_a_pipeline_adds_it_with_its_default_and_a_given_setting() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("newsgraph_test_tagger")
    nlp.add_pipe("newsgraph_test_tagger", name="second", config={"label": "agency"})
    doc = nlp("Troops crossed the border on Monday.")
    assert doc.user_data["tagged"] == "agency"
    assert nlp.get_pipe("newsgraph_test_tagger").label == "wire"
