"""The dictionary verb behind a form the lemmatizer gets wrong, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.settings import Settings
from newsgraph.understand.events.codebook import Codebook, load_codebook
from newsgraph.understand.events.match import read_tokens
from newsgraph.understand.events.verbforms import verb_lemma

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def book() -> Codebook:
    return load_codebook(Settings())


@pytest.mark.parametrize(
    ("sentence", "form", "verb"),
    [
        ("Farmers staged a sit-in outside the ministry on Monday.", "staged", "stage"),
        ("Inspectors will re-examine the reactor site next month.", "examine", "re-examine"),
        ("Jets shelled the hills above the town.", "shelled", "shell"),
        ("Rebels accused the army of looting.", "accused", "accuse"),
        # The lemmatizer gives "rap" (criticise); "rap" would make "rapped", so "raped" is "rape".
        ("Militiamen raped dozens of women in the village.", "raped", "rape"),
        ("The minister rapped the opposition for its stance.", "rapped", "rap"),
    ],
)
def test_verbforms_give_the_dictionary_verb(nlp: Any, book: Codebook, sentence: str, form: str, verb: str) -> None:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == form)
    assert verb_lemma(read_tokens(doc), tok, book) == verb


def test_verbforms_leave_a_word_no_dictionary_knows(nlp: Any, book: Codebook) -> None:
    doc = nlp("The committee deliberated for hours.")
    tok = next(t for t in doc if t.text == "deliberated")
    assert verb_lemma(read_tokens(doc), tok, book) == tok.lemma_
