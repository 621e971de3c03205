"""A month or day whose year the next words name, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsgraph.extract.build import build_article
from newsgraph.model import DateMention
from newsgraph.understand.time.calendar import Anchor, Resolved
from newsgraph.understand.time.resolve import find_dates
from newsgraph.understand.time.yeared import with_named_years

STORY = dt.date(2025, 8, 20)  # a Wednesday


def _dates(nlp: Any, text: str) -> dict[str, DateMention]:
    article = build_article(
        source="t", title="Test story", paragraphs=[text], published=STORY, date_precision="day"
    )
    return {m.text: m for m in find_dates(article, nlp(article.text[: article.analysis_end]))}


def test_yeared_dates_a_day_in_the_year_after_it() -> None:
    text = "The festival opens on May 14 next year ."
    start = text.index("May")
    picked = [
        (start, start + 6, 3, Resolved("2025-05-14", "day")),
        (start + 7, start + 16, 9, Resolved("2026", "year")),
    ]
    joined = with_named_years(text, picked, Anchor(STORY, "day"))
    assert joined == [(start, start + 6, 3, Resolved("2026-05-14", "day")), picked[1]]
    assert with_named_years(text, picked, None) == picked


def test_yeared_month_and_day_in_the_year_named(nlp: Any) -> None:
    found = _dates(
        nlp,
        "The choir will travel on May 14 next year , after the hall reopened in August last year . "
        "The law took effect in March this year and lapses in June of next year .",
    )
    assert found["May 14"].value == "2026-05-14"
    assert found["August"].value == "2024-08"
    assert found["March"].value == "2025-03"
    assert found["June"].value == "2026-06"
    assert found["next year"].value == "2026" and found["last year"].value == "2024"


def test_yeared_leaves_a_year_phrase_that_names_something_else(nlp: Any) -> None:
    # "last year's champion" is the champion of last year; the comma parts it from August.
    found = _dates(nlp, "In August , last year 's champion lost in the first round .")
    assert found["August"].value == "2025-08"
    assert found["last year"].value == "2024"
    found = _dates(nlp, "Prices rose in May and fell next year , the bank forecast .")
    assert found["May"].value == "2025-05"
