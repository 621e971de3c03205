"""Antecedents of pronoun slots on the real parse: the reporter of a said-clause, and the party an
earlier act was done to for an object pronoun hung on that act."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsgraph.understand.events.match import read_tokens
from newsgraph.understand.events.pronouns import object_antecedents, previous_subject, reporting_subject

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


@pytest.mark.parametrize(
    ("text", "pronoun", "held"),
    [
        ("Kidnappers holding two Ruritanian engineers threatened to kill them.", "them", "engineers"),
        ("Gunmen who seized a Freedonian cook said they would behead him.", "him", "cook"),
        ("The abductors of a Ruritanian driver shot him on Sunday.", "him", "driver"),
    ],
)
def test_an_object_pronoun_of_a_holding_group_is_the_person_held(nlp: Any, text: str, pronoun: str, held: str) -> None:
    doc = nlp(text)
    assert [t.text for t in object_antecedents(read_tokens(doc), _pronoun(doc, pronoun))][:1] == [held]


def test_a_held_person_of_the_wrong_number_is_no_antecedent(nlp: Any) -> None:
    doc = nlp("Kidnappers holding a Ruritanian engineer threatened to kill them.")
    assert object_antecedents(read_tokens(doc), _pronoun(doc, "them")) == []


def test_an_object_pronoun_of_a_main_clause_has_no_such_antecedent(nlp: Any) -> None:
    doc = nlp("Police arrested him in the capital on Monday.")
    assert object_antecedents(read_tokens(doc), _pronoun(doc, "him")) == []


def test_a_sentence_initial_pronoun_is_a_subject_of_the_sentence_before(nlp: Any) -> None:
    doc = nlp("The Ruritanian foreign minister arrived in Ostrava on Monday. He met the Freedonian premier.")
    table = read_tokens(doc)
    found = previous_subject(table, _pronoun(doc, "he"))
    assert found is not None and found.text == "minister"
    # "They" needs a plural, "it" a thing or body: a person does not do for either.
    doc = nlp("The Ruritanian foreign minister arrived in Ostrava on Monday. They met the premier.")
    assert previous_subject(read_tokens(doc), _pronoun(doc, "they")) is None
    # A passive subject is as often the earlier patient: no guess.
    doc = nlp("Ruritanian police arrested five men on Monday. They were charged with smuggling.")
    assert previous_subject(read_tokens(doc), _pronoun(doc, "they")) is None


def test_a_relative_or_joined_clause_s_pronoun_is_the_subject_it_hangs_under(nlp: Any) -> None:
    # A passive subject governs its relative clause as an active one does.
    doc = nlp("Ruritanian troops were deployed to the border, where they clashed with rebels.")
    found = previous_subject(read_tokens(doc), _pronoun(doc, "they"))
    assert found is not None and found.text == "troops"
    doc = nlp("Soldiers were sent to the town, and they arrested ten people.")
    found = previous_subject(read_tokens(doc), _pronoun(doc, "they"))
    assert found is not None and found.text == "Soldiers"


def test_a_joined_clause_s_pronoun_is_left_alone_when_the_first_clause_names_another_party(nlp: Any) -> None:
    # "they" could be the troops or the rebels: no guess.
    doc = nlp("Troops attacked the rebels and they fled.")
    assert previous_subject(read_tokens(doc), _pronoun(doc, "they")) is None
    # A pronoun that does not agree with the subject is no one's.
    doc = nlp("The minister met the envoys and they signed a pact.")
    assert previous_subject(read_tokens(doc), _pronoun(doc, "they")) is None


def test_an_object_pronoun_after_a_then_clause_is_the_party_acted_on(nlp: Any) -> None:
    doc = nlp("Ruritanian police detained two Freedonian sailors, then released them.")
    assert [t.text for t in object_antecedents(read_tokens(doc), _pronoun(doc, "them"))][:1] == ["sailors"]


def test_the_subject_pronoun_of_a_clause_of_cause_on_an_arrest_is_the_arrested(nlp: Any) -> None:
    doc = nlp("Police arrested 20 students after they burned a flag outside the embassy.")
    found = object_antecedents(read_tokens(doc), _pronoun(doc, "they"))
    assert [t.text for t in found][:1] == ["students"]
    # A clause on an act that punishes no one is not read so.
    doc = nlp("Troops entered the town after they shelled its outskirts.")
    assert not object_antecedents(read_tokens(doc), _pronoun(doc, "they"))


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        ("Thousands of Palestinians marched on Friday, and Israeli troops fired tear gas to disperse them.",
         "Thousands"),
        ("Palestinian protesters marched to the barrier on Friday, and Israeli troops fired tear gas at them.",
         "protesters"),
        ("Israeli troops raided the camp on Friday, and militants fired at them from rooftops.", "troops"),
    ],
)  # fmt: skip
def test_them_in_a_joined_clause_is_the_earlier_clause_s_subject(nlp: Any, text: str, antecedent: str) -> None:
    doc = nlp(text)
    found = object_antecedents(read_tokens(doc), _pronoun(doc, "them"))
    assert found and found[-1].text == antecedent, found


def test_them_of_a_clause_with_no_subject_of_its_own_is_not_its_doer(nlp: Any) -> None:
    """ "Troops raided the camp and arrested them": the arrested are not the troops."""
    doc = nlp("Israeli troops raided the camp on Friday and arrested them.")
    assert all(t.text != "troops" for t in object_antecedents(read_tokens(doc), _pronoun(doc, "them")))


def test_them_after_an_earlier_object_is_that_object_first(nlp: Any) -> None:
    doc = nlp("Police arrested five men on Monday, and prosecutors charged them with murder.")
    found = object_antecedents(read_tokens(doc), _pronoun(doc, "them"))
    assert found and found[0].text == "men", found
