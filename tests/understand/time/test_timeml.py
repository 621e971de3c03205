"""TimeML values beside the calendar reading, on sentences written for these tests: the unit
the writer chose (season, quarter, decade, week), the present, durations and sets."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import DateMention
from newsgraph.understand.time.calendar import Resolved
from newsgraph.understand.time.resolve import find_dates
from newsgraph.understand.time.timeml import timeml_value

WED = dt.date(2025, 8, 20)  # a Wednesday, ISO week 34


def _timeml(nlp: Any, text: str) -> dict[str, DateMention]:
    article = build_article(
        source="t", title="Test story", paragraphs=[text], published=WED, date_precision="day"
    )
    return {m.text: m for m in find_dates(article, nlp(article.text[: article.analysis_end]))}


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The ministry said on Tuesday that exports had fallen.", "Tuesday", "2025-08-19"),
        (
            "Exports fell in the second quarter of 2024, the ministry said.",
            "second quarter of 2024",
            "2024-Q2",
        ),
        ("The rebels seized the town in the summer of 2003.", "summer of 2003", "2003-SU"),
        ("The party ruled the province throughout the 1990s.", "1990s", "199"),
        ("Envoys will meet again next week in Geneva.", "next week", "2025-W35"),
        ("The ceasefire is currently holding, the army said.", "currently", "PRESENT_REF"),
        ("The siege of the city lasted three years.", "three years", "P3Y"),
        ("Talks on the border dragged on for six months.", "six months", "P6M"),
        ("The curfew was lifted after 48 hours.", "48 hours", "PT48H"),
        ("Aid convoys now cross the border every Monday.", "every Monday", "XXXX-WXX-1"),
        ("The council meets monthly in the capital.", "monthly", "P1M"),
        ("The two leaders have met each year since the accord.", "each year", "P1Y"),
    ],
)
def test_timeml_value_names_the_writers_unit(nlp: Any, sentence: str, expression: str, value: str) -> None:
    found = _timeml(nlp, sentence)
    assert expression in found, f"{expression!r} not among {sorted(found)}"
    assert found[expression].timeml == value


def test_timeml_vague_amounts_and_unknown_units() -> None:
    unknown = Resolved(None, "unknown")
    assert timeml_value("several years", "DURATION", unknown) == "PXY"
    assert timeml_value("for decades", "DURATION", unknown) == "PXDE"
    assert timeml_value("a fortnight", "DURATION", unknown) == "P2W"
    assert timeml_value("every other week", "SET", unknown) == "P2W"
    assert timeml_value("every morning", "SET", unknown) == "XXXX-XX-XXTMO"
    assert timeml_value("a few weeks", "DURATION", unknown) == "PXW"
    assert timeml_value("a couple of days", "DURATION", unknown) == "PXD"
    assert timeml_value("every three months", "SET", unknown) == "P3M"
    assert timeml_value("twice a week", "SET", unknown) == "P1W"
    assert timeml_value("once every five years", "SET", unknown) == "P5Y"
    assert timeml_value("every second year", "SET", unknown) == "P2Y"
    assert timeml_value("every second", "SET", unknown) == "PT1S"
    assert timeml_value("in recent weeks", "DATE", Resolved("2025-07-28", "week", "2025-08-18")) == "PAST_REF"
    assert timeml_value("some day", "DATE", unknown) is None  # no value in the text, none made up


def test_timeml_a_plain_date_keeps_its_calendar_value() -> None:
    assert timeml_value("March 2004", "DATE", Resolved("2004-03", "month")) == "2004-03"
    assert timeml_value("2004", "DATE", Resolved("2004", "year")) == "2004"
    assert timeml_value("1987-1990", "DATE", Resolved("1987", "year", "1990")) == "1987"
