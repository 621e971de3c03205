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


_FROM_EACH = RuleLeads({
    "held": "TBILISI (Reuters) - Representatives from Georgia and Moldova held talks in Tbilisi on Wednesday about "
    "a planned gas pipeline, an official said.",
    "met": "NAQOURA, Lebanon (Reuters) - Negotiators from Israel, Syria and Lebanon met at the border on Sunday.",
    "signed": "ATHENS (Reuters) - Delegates from Greece and Turkey signed an accord on fishing rights on Monday.",
    "criticised": "BRUSSELS (Reuters) - Officials from Serbia and Croatia criticised the European Union's new visa "
    "rules on Tuesday.",
    # one country's bodies, or one country's cities, stay one actor
    "ministries": "PARIS (Reuters) - Officials from the foreign and defence ministries held talks in Paris on Friday.",
    "cities": "PARIS (Reuters) - Protesters from Paris and Lyon marched through the capital on Saturday.",
    "one": "VIENNA (Reuters) - Officials from Serbia held talks with Croatian envoys in Vienna on Friday.",
})


def test_coordination_a_body_from_several_countries_meets_between_them() -> None:
    assert {("GEO", "MDA", "04"), ("MDA", "GEO", "04")} <= _FROM_EACH.coded("held"), _FROM_EACH.coded("held")
    met = _FROM_EACH.coded("met")
    assert {("ISR", "SYR", "04"), ("SYR", "LBN", "04"), ("LBN", "ISR", "04")} <= met, met
    signed = _FROM_EACH.coded("signed")
    assert {("GRC", "TUR", "05"), ("TUR", "GRC", "05")} <= signed, signed


def test_coordination_a_body_from_several_countries_acts_for_each() -> None:
    coded = _FROM_EACH.coded("criticised")
    assert {("SRB", "IGO", "11"), ("HRV", "IGO", "11")} <= coded, coded
    # each speaks in the body's role, for its own country
    codes = {e["source_code"] for e in _FROM_EACH.events("criticised")}
    assert {"SRBGOV", "HRVGOV"} <= codes, codes


def test_coordination_a_body_from_one_country_stays_one_actor() -> None:
    sources = {e["source_code"] for e in _FROM_EACH.events("ministries")}
    assert len(sources) <= 1, sources
    # the marchers are one side (one country's), however their protest is aimed
    assert len({e["source_code"] for e in _FROM_EACH.events("cities")}) <= 1, _FROM_EACH.events("cities")
    one = _FROM_EACH.coded("one")
    assert one == {("SRB", "HRV", "04"), ("HRV", "SRB", "04")}, one
