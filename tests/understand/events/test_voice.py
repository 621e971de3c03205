"""The passive voice read off the tree: passives with their own auxiliary, bare participles on a
noun with a "by" agent, participle clauses with one, and the patient each acts on."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.events.tree import read_tokens
from newsgraph.understand.events.voice import (
    headline_participle,
    is_passive,
    passive_participle,
    patient,
    reduced_relative,
    subject_undergoes,
)

pytestmark = pytest.mark.model


def _verb(nlp: Any, text: str, word: str) -> tuple[Any, int]:
    doc = nlp(text)
    table = read_tokens(doc)
    return table, next(t.i for t in doc if t.text == word)


def test_voice_a_participle_clause_with_a_by_agent_is_passive_on_the_clause_subject(nlp: Any) -> None:
    table, i = _verb(nlp, "Three soldiers died on Monday, ambushed by insurgents near the town.", "ambushed")
    assert passive_participle(table, i) and is_passive(table, table.tokens[i])
    found = patient(table, i)
    assert found is not None and found.text == "soldiers"


def test_voice_a_participle_without_an_agent_or_with_an_object_is_no_passive_clause(nlp: Any) -> None:
    table, i = _verb(nlp, "The minister arrived on Monday, carrying a letter from the president.", "carrying")
    assert not passive_participle(table, i)
    table, i = _verb(nlp, "Three soldiers died on Monday, ambushed near the town.", "ambushed")
    assert not passive_participle(table, i)


def test_voice_a_bare_participle_on_a_noun_with_an_agent_is_a_reduced_relative(nlp: Any) -> None:
    table, i = _verb(nlp, "Two hostages seized by gunmen last week were freed on Monday.", "seized")
    assert reduced_relative(table, i)
    found = patient(table, i)
    assert found is not None and found.text == "hostages"
    table, i = _verb(nlp, "The five people killed were buried on Monday.", "killed")
    assert not reduced_relative(table, i)


@pytest.mark.parametrize(
    ("text", "word", "undergoes"),
    [
        # reduced relatives the parser read as the main verb (its subject is who was held)
        ("A Danish journalist held hostage by an armed gang was freed on Friday.", "held", "journalist"),
        ("Two Nepali cooks held captive by militants were released on Sunday.", "held", "cooks"),
        # "by telephone" is the means, not a doer: the subject acts
        ("Ugandan President Yoweri Museveni conferred by telephone with his Kenyan counterpart.", "conferred", None),
        ("The Chilean minister travelled by car to the border.", "travelled", None),
        # "by" as the verb's own preposition, or of how many
        ("Both sides abided by the truce on Sunday.", "abided", None),
        ("Refugees fled by the thousands into the hills.", "fled", None),
    ],
)
def test_voice_a_participle_with_a_by_agent_and_a_subject_is_done_to_the_subject(
    nlp: Any, text: str, word: str, undergoes: str | None
) -> None:
    table, i = _verb(nlp, text, word)
    assert subject_undergoes(table, i) is (undergoes is not None)
    if undergoes is not None:
        found = patient(table, i)
        assert found is not None and found.text == undergoes


def test_voice_a_headline_participle_of_a_violent_act_is_done_to_its_subject(nlp: Any) -> None:
    # A headline drops its "is": the subject is the victim, and nobody named did it.
    for text, word, victim in (("Chechen president killed", "killed", "president"),
                               ("Italian aid workers seized", "seized", "workers")):
        table, i = _verb(nlp, text, word)
        assert headline_participle(table, i) and is_passive(table, table.tokens[i])
        found = patient(table, i)
        assert found is not None and found.text == victim
    # Prose closes its sentences, and an act with an object has its doer for subject.
    table, i = _verb(nlp, "The rebels attacked.", "attacked")
    assert not headline_participle(table, i)
    table, i = _verb(nlp, "Rebels killed five soldiers", "killed")
    assert not headline_participle(table, i)


@pytest.mark.parametrize(
    ("text", "word", "undergoes"),
    [
        # "taken" is no past tense: with a subject and no auxiliary, the parser misread a reduced relative.
        ("A Filipino truck driver taken hostage in Iraq was released on Tuesday.", "taken", True),
        ("Two French journalists taken hostage in August were freed on Tuesday.", "taken", True),
        # A past tense ("took") keeps its subject as the doer; so does a participle with its auxiliary.
        ("Gunmen took two Italian aid workers hostage in Baghdad on Tuesday.", "took", False),
        ("Rebels have taken control of the town, residents said.", "taken", False),
    ],
)
def test_voice_a_participle_that_is_no_past_tense_is_done_to_its_subject(
    nlp: Any, text: str, word: str, undergoes: bool
) -> None:
    table, i = _verb(nlp, text, word)
    assert subject_undergoes(table, i) is undergoes


@pytest.mark.parametrize(
    ("text", "word", "held"),
    [
        ("Two Italian women held hostage in Iraq were freed on Tuesday.", "freed", "women"),
        ("Two French journalists taken hostage in August were freed on Tuesday.", "freed", "journalists"),
        ("Two Italian aid workers held hostage in Iraq for three weeks were released on Tuesday.", "released",
         "workers"),
        ("A Filipino truck driver held hostage in Iraq was freed on Tuesday.", "freed", "driver"),
        ("A Japanese backpacker held captive in Iraq was beheaded, the government said.", "beheaded", "backpacker"),
    ],
)
def test_voice_a_passive_joined_to_a_held_hostage_clause_acts_on_the_people_held(
    nlp: Any, text: str, word: str, held: str
) -> None:
    table, i = _verb(nlp, text, word)
    found = patient(table, i)
    assert found is not None and found.text == held, found


def test_voice_a_passive_joined_to_another_clause_keeps_its_own_patient(nlp: Any) -> None:
    table, i = _verb(nlp, "Rebels attacked the convoy and two soldiers were killed.", "killed")
    found = patient(table, i)
    assert found is None or found.text != "Rebels", found


def test_voice_answers_kept_on_the_table_are_those_asked_afresh(nlp: Any) -> None:
    # The table keeps each word's answers: asked again, of every word and in any order, they are the first ones.
    text = (
        "Two French journalists taken hostage in August were freed on Tuesday. Hostages seized by gunmen were "
        "released, and five soldiers were reported killed. Journalist held by Iraqi group. The army was to blame."
    )
    doc = nlp(text)
    table = read_tokens(doc)
    first = [(is_passive(table, t), subject_undergoes(table, t.i)) for t in doc]
    assert table.voice
    again = [(is_passive(table, t), subject_undergoes(table, t.i)) for t in reversed(doc)][::-1]
    fresh = read_tokens(doc)
    assert not fresh.voice
    assert first == again == [(is_passive(fresh, t), subject_undergoes(fresh, t.i)) for t in doc]
    assert sum(p for p, _ in first) >= 4
