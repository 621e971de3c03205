"""The ruler keeps an organisation named with a preposition whole against the country or city inside it.

Sentences are written for these tests (wire style, fictional bodies with real places in their names).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.actors.ruler import preposition_org_patterns
from tests.understand.actors.test_entities import entities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Reserve Bank of Malawi held its key rate at 26 percent on Thursday.", "Reserve Bank of Malawi"),
        ("The Writers Union of Moldova called for a strike, its chairman said.", "Writers Union of Moldova"),
        ("The Commission on Human Rights of Albania criticised the police.", "Commission on Human Rights of Albania"),
        ("The Farmers Association of Peru rejected the new tariffs.", "Farmers Association of Peru"),
    ],
)
def test_ruler_keeps_an_organisation_named_with_a_preposition_whole(nlp: Any, text: str, name: str) -> None:
    doc = nlp(text)
    orgs = [e.text.removeprefix("The ").removeprefix("the ") for e in doc.ents if e.label_ == "ORG"]
    assert name in orgs
    assert not [e.text for e in doc.ents if e.label_ == "GPE"]  # the place is part of the name, not one of its own


def test_ruler_organisation_is_one_entity_coded_by_its_place_and_head(nlp: Any) -> None:
    found = entities(nlp, "The Central Bank of Malawi said on Friday that inflation had eased to 20 percent.")
    org = next(e for e in found if e.name == "Central Bank of Malawi")
    assert org.kind == "organisation"
    assert not [e for e in found if e.kind == "country"]


def test_ruler_a_title_is_no_part_of_the_organisation() -> None:
    (pattern,) = preposition_org_patterns(["governor", "secretary"])
    first = pattern["pattern"][0]
    assert "governor" in first["LOWER"]["NOT_IN"]  # "Governor of the Bank of Malawi": the title stays out
    assert pattern["id"] == "keep" and pattern["label"] == "ORG"


def test_ruler_keeps_a_country_standing_alone(nlp: Any) -> None:
    doc = nlp("Officials of Malawi and Peru met in Lima on Monday.")
    assert {"Malawi", "Peru"} <= {e.text for e in doc.ents if e.label_ == "GPE"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("K. Marlowe ( Canada ) beat T. Ashby ( Ireland ) 6-4 7-5 in the first round .", "K. Marlowe"),
        ("K. Marlowe ( Canada ) beat T. Ashby ( Ireland ) 6-4 7-5 in the first round .", "T. Ashby"),
        ("The second goal came from R. Whitcombe after 40 minutes, the club said.", "R. Whitcombe"),
    ],
)
def test_ruler_an_initial_and_a_surname_are_a_person(nlp: Any, text: str, name: str) -> None:
    found = entities(nlp, text)
    assert [e.kind for e in found if e.name == name] == ["person"]


def test_ruler_an_initial_before_a_country_is_no_person(nlp: Any) -> None:
    doc = nlp("Exports to S. Korea rose in May, officials said.")
    assert not [e.text for e in doc.ents if e.label_ == "PERSON"]
