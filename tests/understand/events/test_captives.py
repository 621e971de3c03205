"""The bare "hostage" closing a list of people taken says what they were taken as: each is abducted (181).
Sentences written for this test (incidents generic or fictional)."""

from __future__ import annotations

import pytest

from newsgraph.understand.events.captives import held_as_last_conjunct

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "seized-and-took": "BESLAN, Russia (Reuters) - Gunmen seized a school in the town on Wednesday and took hundreds "
    "of children and parents hostage, officials said.",
    "took-two-and-one": "BAGHDAD (Reuters) - Gunmen took two Italian women and an Iraqi engineer hostage in Baghdad "
    "on Tuesday.",
    "holding-and-driver": "BAGHDAD (AP) - Militants are holding two French journalists and their Syrian driver "
    "hostage.",
}

RUN = RuleLeads(LEADS)


def test_captives_everyone_listed_before_hostage_is_abducted() -> None:
    assert ("RUS", "RUS", "18") in RUN.coded("seized-and-took"), RUN.coded("seized-and-took")
    assert {("IRQ", "ITA", "18"), ("IRQ", "IRQ", "18")} <= RUN.coded("took-two-and-one"), RUN.coded("took-two-and-one")
    held = RUN.coded("holding-and-driver")
    assert {("IRQ", "FRA", "18"), ("IRQ", "SYR", "18")} <= held, held


def test_captives_a_hostage_with_its_own_determiner_is_one_more_object() -> None:
    """ "Took the town and a hostage": the parse is left as it is, two things taken."""
    deps = ["nsubj", "ROOT", "det", "dobj", "cc", "det", "conj"]
    heads = [1, 1, 3, 1, 3, 6, 3]
    children: list[list[int]] = [[], [0, 3], [], [2, 4, 6], [], [], [5]]
    tags = ["NNS", "VBD", "DT", "NN", "CC", "DT", "NN"]
    lemmas = ["rebel", "take", "the", "town", "and", "a", "hostage"]
    held_as_last_conjunct(deps, heads, children, tags, lemmas)
    assert deps[6] == "conj" and heads[6] == 3


def test_captives_the_person_compound_becomes_the_conjunct() -> None:
    """ "took two women and an Iraqi engineer hostage": "engineer" is the conjunct, "hostage" the verb's predicate."""
    words = ["gunman", "take", "two", "woman", "and", "an", "iraqi", "engineer", "hostage"]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "cc", "det", "amod", "compound", "conj"]
    heads = [1, 1, 3, 1, 3, 8, 8, 8, 3]
    children: list[list[int]] = [[] for _ in words]
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)
    tags = ["NNS", "VBD", "CD", "NNS", "CC", "DT", "JJ", "NN", "NN"]
    held_as_last_conjunct(deps, heads, children, tags, words)
    assert (deps[7], heads[7]) == ("conj", 3)
    assert (deps[8], heads[8]) == ("oprd", 1)
    assert heads[5] == heads[6] == 7
