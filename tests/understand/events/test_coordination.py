"""Coordination in an event slot, on sentences written for these tests: conjuncts are several actors, and two role
nouns the parser joins under one head ("The government and communist rebels") are two."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.settings import Settings
from newsgraph.understand.events.codebook import load_codebook
from newsgraph.understand.events.coordination import expand, first_of_two
from newsgraph.understand.events.tree import read_tokens

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model


def test_coordination_conjuncts_are_several_actors(nlp: Any) -> None:
    doc = nlp("Belarus and Iran signed six agreements.")
    assert [t.text for t in expand(read_tokens(doc), doc[0])] == ["Belarus", "Iran"]


@pytest.mark.parametrize(
    ("sentence", "head", "first"),
    [
        ("The government and communist rebels agreed to a ceasefire.", "rebels", "government"),
        ("The government and opposition parties criticised the plan.", "parties", "government"),
        # one noun's two sides, and one person speaking for two bodies, are no pair of role nouns
        ("Israeli and Palestinian negotiators met in Cairo.", "negotiators", None),
        ("A police and army spokesman said 12 people had died.", "spokesman", None),
    ],
)
def test_coordination_two_role_nouns_under_one_head_are_two_actors(
    nlp: Any, sentence: str, head: str, first: str | None
) -> None:
    doc = nlp(sentence)
    roles = load_codebook(Settings()).actor_roles
    found = first_of_two(read_tokens(doc), next(t for t in doc if t.text == head), roles)
    assert (found.text if found is not None else None) == first


def test_coordination_two_titled_names_folded_into_one_phrase_are_two_actors(nlp: Any) -> None:
    doc = nlp("Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf met in New York.")
    head = next(t for t in doc if t.dep_ == "nsubj")
    found = [t.text for t in expand(read_tokens(doc), head)]
    # However the parser hangs the pair, the slot is the two named men and no title beside them.
    assert "Singh" in found and "Musharraf" in found and "President" not in found, found
    doc = nlp("French President Jacques Chirac met German Chancellor Gerhard Schroeder in Paris.")
    subj = next(t for t in doc if t.dep_ == "nsubj")
    assert [t.text for t in expand(read_tokens(doc), subj)] == ["Chirac"]


def test_coordination_a_folded_pair_meets_each_other() -> None:
    run = RuleLeads({
        "met": "NEW YORK (Reuters) - Indian Prime Minister Manmohan Singh and Pakistani President Pervez Musharraf "
        "met in New York on Friday.",
    })
    assert {("IND", "PAK", "04"), ("PAK", "IND", "04")} <= run.coded("met"), run.coded("met")
    assert ("PAK", "PAK", "04") not in run.coded("met"), run.coded("met")
