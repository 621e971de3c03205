"""The place of a dateline line left in the body, on stories written for these tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import Place
from newsgraph.understand.places.find import find_places, load_gazetteer
from newsgraph.understand.places.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _places(nlp: Any, gazetteer: Gazetteer, paragraphs: Sequence[str]) -> dict[str, Place]:
    # As an archive keeps wire copy: no date, no dateline field, the dateline a line of the body.
    article = build_article(
        source="t", title=paragraphs[0], paragraphs=paragraphs[1:], date_precision="unknown"
    )
    doc = nlp(article.text[: article.analysis_end])
    return {article.text[p.start : p.end]: p for p in find_places(article, doc, (), gazetteer)}


def test_places_dateline_line_city_in_capitals(nlp: Any, gazetteer: Gazetteer) -> None:
    found = _places(
        nlp,
        gazetteer,
        [
            "SOCCER - CLUB FINED FOR CROWD TROUBLE .",
            "BONN 2001-03-09",
            "The federation fined the club on Friday .",
        ],
    )
    assert found["BONN"].country == "DEU" and found["BONN"].feature == "city"
    found = _places(
        nlp,
        gazetteer,
        [
            "Coach quits after cup defeat .",
            "GENEVA 2001-03-09",
            "The coach of the national side quit on Friday .",
        ],
    )
    assert found["GENEVA"].country == "CHE"


def test_places_dateline_line_region_qualifies_the_city(nlp: Any, gazetteer: Gazetteer) -> None:
    found = _places(
        nlp,
        gazetteer,
        [
            "Candidates agree on debates .",
            "FRESNO , Calif 2000-09-08",
            "The two campaigns agreed on three debates .",
        ],
    )
    assert found["FRESNO"].country == "USA" and found["Calif"].name == "California"
    found = _places(
        nlp,
        gazetteer,
        [
            "Troops retake mountain town .",
            "Staff Writer",
            "KHUJAND , Tajikistan 1997-06-02",
            "Troops now hold the town .",
        ],
    )
    assert found["KHUJAND"].country == "TJK" and found["Tajikistan"].feature == "country"


def test_places_dateline_line_leans_the_story_to_its_country(nlp: Any, gazetteer: Gazetteer) -> None:
    # A Scottish story: Hamilton is the town near Glasgow, not one of the American Hamiltons.
    found = _places(
        nlp,
        gazetteer,
        [
            "SOCCER - LEAGUE CUP RESULTS .",
            "GLASGOW 2002-10-05",
            "Fans travelled from Hamilton for the match .",
        ],
    )
    assert found["GLASGOW"].country == "GBR" and found["Hamilton"].country == "GBR"


def test_places_no_dateline_line_no_place_from_it(nlp: Any, gazetteer: Gazetteer) -> None:
    found = _places(
        nlp, gazetteer, ["Club fined .", "RESULTS OF THE DRAW", "The federation fined the club ."]
    )
    assert not found
