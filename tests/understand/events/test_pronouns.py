"""Antecedents of pronoun slots on the real parse: the reporter of a said-clause, and the party an
earlier act was done to for an object pronoun hung on that act."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsgraph.understand.events.match import read_tokens
from newsgraph.understand.events.pronouns import object_antecedents, reporting_subject

pytestmark = pytest.mark.model


def _pronoun(doc: Doc, text: str) -> Any:
    return next(t for t in doc if t.lower_ == text)


def test_a_subject_pronoun_of_a_said_clause_is_the_reporter(nlp: Any) -> None:
    doc = nlp("Ruritania said it was ready to reopen the border.")
    subject = reporting_subject(read_tokens(doc), _pronoun(doc, "it"))
    assert subject is not None and subject.text == "Ruritania"


def test_an_object_pronoun_after_an_act_is_the_party_acted_on(nlp: Any) -> None:
    doc = nlp("Ruritania expelled two Freedonian diplomats on Monday, accusing them of spying.")
    # Candidates come best first: the object, then what "on / against / to" names (the caller keeps
    # the first that is an actor).
    assert object_antecedents(read_tokens(doc), _pronoun(doc, "them"))[0].text == "diplomats"
    doc = nlp("Ruritania imposed sanctions on Freedonia, accusing it of arming rebels.")
    found = [t.text for t in object_antecedents(read_tokens(doc), _pronoun(doc, "it"))]
    assert "Freedonia" in found


def test_an_object_pronoun_of_a_main_clause_has_no_such_antecedent(nlp: Any) -> None:
    doc = nlp("Police arrested him in the capital on Monday.")
    assert object_antecedents(read_tokens(doc), _pronoun(doc, "him")) == []
