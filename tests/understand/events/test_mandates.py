"""A bare verb after a mandative verb's object is the act asked for, not one the main subject did. Sentences
written for this test (incidents generic or fictional)."""

from __future__ import annotations

import pytest

from newsgraph.understand.events.mandates import mandated_clauses

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "resolution": "BUDAPEST (Reuters) - Hungary will back a U.N. Security Council resolution that demands Serbia "
    "withdraw its troops.",
    "adopted": "UNITED NATIONS (Reuters) - The Security Council adopted a resolution that demands Sudan disarm the "
    "militias.",
    "with-that": "WASHINGTON (Reuters) - The United States demanded that Syria withdraw its troops from Lebanon.",
    "to-infinitive": "CAIRO (Reuters) - Egypt asked Israel to halt its raids in Gaza.",
}

RUN = RuleLeads(LEADS)


def test_the_act_a_resolution_demands_is_not_done_by_the_main_subject() -> None:
    coded = RUN.coded("resolution")
    assert not any(s == "HUN" and r == "08" for s, _, r in coded), coded
    adopted = RUN.coded("adopted")
    assert not any(r == "08" for _, _, r in adopted), adopted
    assert ("IGO", "SDN", "10") in adopted, adopted


def test_a_marked_clause_and_an_infinitive_keep_their_reading() -> None:
    assert ("USA", "SYR", "10") in RUN.coded("with-that"), RUN.coded("with-that")
    asked = RUN.coded("to-infinitive")
    assert ("EGY", "ISR", "02") in asked or ("EGY", "ISR", "10") in asked, asked


def _parse(tags: list[str], lemmas: list[str], deps: list[str], heads: list[int]) -> list[list[int]]:
    children: list[list[int]] = [[] for _ in heads]
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)
    mandated_clauses(deps, heads, children, tags, lemmas)
    return children


def test_the_bare_verb_is_rehung_on_the_asking_verb_with_its_doer() -> None:
    # "council demands Sudan disarm militias", the parser's reading: "disarm" an advcl of the root "adopted".
    lemmas = ["council", "adopt", "resolution", "that", "demand", "Sudan", "disarm", "militia"]
    tags = ["NNP", "VBD", "NN", "WDT", "VBZ", "NNP", "VB", "NNS"]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "relcl", "dobj", "advcl", "dobj"]
    heads = [1, 1, 1, 4, 2, 4, 1, 6]
    children = _parse(tags, lemmas, deps, heads)
    assert (heads[6], deps[6]) == (4, "ccomp")
    assert (heads[5], deps[5]) == (6, "nsubj")
    assert children[4] == [3, 6] and children[6] == [5, 7] and 6 not in children[1]


def test_an_adverbial_clause_with_its_own_marker_or_subject_stays() -> None:
    # "police demanded the papers before they leave": "leave" has a subject and a marker of its own.
    lemmas = ["police", "demand", "the", "paper", "before", "they", "leave"]
    tags = ["NNS", "VBD", "DT", "NNS", "IN", "PRP", "VB"]
    deps = ["nsubj", "ROOT", "det", "dobj", "mark", "nsubj", "advcl"]
    heads = [1, 1, 3, 1, 6, 6, 1]
    _parse(tags, lemmas, deps, heads)
    assert (heads[6], deps[6]) == (1, "advcl") and (heads[3], deps[3]) == (1, "dobj")
    # Not after a mandative verb: "troops entered the town fire" is left as the parser read it.
    lemmas = ["troop", "enter", "the", "town", "fire"]
    tags = ["NNS", "VBD", "DT", "NN", "VB"]
    deps = ["nsubj", "ROOT", "det", "dobj", "advcl"]
    heads = [1, 1, 3, 1, 1]
    _parse(tags, lemmas, deps, heads)
    assert (heads[4], deps[4]) == (1, "advcl")
