"""Tests for newsgraph.understand.actors.speakers: the speaker a pronoun subject of reported speech stands for.
Sentences written for this test."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.actors.speakers import reported_subject

pytestmark = pytest.mark.model


def _subject_of(nlp: Any, text: str, verb: str) -> str:
    doc = nlp(text)
    v = next(t for t in doc if t.lemma_ == verb)
    subject = next(c for c in v.children if c.dep_ == "nsubj")
    return reported_subject(subject).text


@pytest.mark.parametrize(
    ("text", "verb", "speaker"),
    [
        ("The African Union said it would send more troops to Darfur.", "send", "Union"),
        ("NATO announced on Monday that it would deploy 2,000 more soldiers.", "deploy", "NATO"),
        ("Iraqi officials said they would send more police to Najaf.", "send", "officials"),
        # a named subject is itself; a pronoun with no named speaker stays a pronoun
        ("Poland will withdraw its troops next year.", "withdraw", "Poland"),
        ("It will send more troops, he said.", "send", "It"),
        # another verb's subject between the pronoun and the speaker: not the speaker's
        ("Diplomats said the government believed it could deploy troops.", "deploy", "it"),
    ],
)
def test_reported_subject(nlp: Any, text: str, verb: str, speaker: str) -> None:
    assert _subject_of(nlp, text, verb) == speaker
