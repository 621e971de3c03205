"""Where a place name begins and ends, whatever span NER drew (sentences written for these tests;
no model needed: the span and its label are given)."""

from __future__ import annotations

import pytest

from newsgraph.understand.places.find import load_gazetteer
from newsgraph.understand.places.gazetteer import Gazetteer
from newsgraph.understand.places.spans import longest_name, names_a_way, place_parts, trim


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _parts(gazetteer: Gazetteer, text: str, span: str, label: str) -> list[str]:
    start = text.index(span)
    return [text[s:e] for s, e in place_parts(text, start, start + len(span), label, gazetteer)]


def test_spans_trim_a_leading_the_and_a_possessive() -> None:
    text = "He praised the U.S.'s offer."
    start, end = trim(text, text.index("the"), text.index(" offer"))
    assert text[start:end] == "U.S."


def test_spans_grow_to_the_longest_place_name(gazetteer: Gazetteer) -> None:
    text = "Voters in NEW JERSEY went to the polls."
    start, end = longest_name(text, text.index("JERSEY"), text.index(" went"), gazetteer)
    assert text[start:end] == "NEW JERSEY"


def test_spans_a_name_opening_a_street_or_river_name_is_not_the_place() -> None:
    text = "The parade went down Texas Avenue to the Ohio River and back to Dallas."
    assert names_a_way(text, text.index(" Avenue"))
    assert names_a_way(text, text.index(" River"))
    assert not names_a_way(text, text.index(" and"))
    assert not names_a_way(text, len(text) - 1)
    assert not names_a_way("A flight to Heathrow Airport left late.", len("A flight to Heathrow"))


def test_spans_a_lower_case_noun_after_the_name_is_dropped(gazetteer: Gazetteer) -> None:
    text = "The Yavapai County board met on Monday."
    assert _parts(gazetteer, text, "Yavapai County board", "GPE") == ["Yavapai County"]


def test_spans_joined_towns_of_one_country_are_each_a_place(gazetteer: Gazetteer) -> None:
    text = "Hail fell on Edmond and Yukon overnight."
    assert _parts(gazetteer, text, "Edmond and Yukon", "FAC") == ["Edmond", "Yukon"]


def test_spans_an_organisation_splits_only_into_a_town_and_its_division(gazetteer: Gazetteer) -> None:
    text = "The mill in Tomah, Monroe County closed."
    assert _parts(gazetteer, text, "Tomah, Monroe County", "ORG") == ["Tomah", "Monroe County"]
    # A firm named after two towns stays a firm.
    firm = "Shares of Marks and Spencer fell."
    assert _parts(gazetteer, firm, "Marks and Spencer", "ORG") == []


def test_spans_nothing_for_a_span_with_a_part_no_place_has(gazetteer: Gazetteer) -> None:
    text = "Smith and Wesson said sales rose."
    assert _parts(gazetteer, text, "Smith and Wesson", "ORG") == []
    assert _parts(gazetteer, "Lawyers for Ames and Quux met.", "Ames and Quux", "GPE") == []


def test_spans_keep_the_apostrophe_of_a_place_named_so(gazetteer: Gazetteer) -> None:
    text = "Ferries to St. John's were cancelled, the captain's union said."
    start = text.index("St.")
    assert text[slice(*trim(text, start, start + len("St. John's"), gazetteer))] == "St. John's"
    union = text.index("captain")
    assert text[slice(*trim(text, union, union + len("captain's"), gazetteer))] == "captain"


def test_spans_a_place_before_its_own_local_body(gazetteer: Gazetteer) -> None:
    text = "The Leeds City Council and the Polk County Sheriff's Office disagreed."
    assert _parts(gazetteer, text, "Leeds City Council", "ORG") == ["Leeds"]
    assert _parts(gazetteer, text, "Polk County Sheriff's Office", "ORG") == ["Polk County"]
    assert _parts(gazetteer, "The Quux Town Council met.", "Quux Town Council", "ORG") == []
    # A team is no body of its town.
    assert _parts(gazetteer, "The Denver Nuggets won.", "Denver Nuggets", "ORG") == []
