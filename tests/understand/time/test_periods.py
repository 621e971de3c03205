"""Reporting periods (`time.periods`) and the session-19 readings of financial and broadcast copy,
on sentences written for these tests: relative and possessive quarters and halves, fiscal years,
periods that modify a noun, weekends, the vague past and future, "the past week"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import DateMention
from newsgraph.understand.time.calendar import anchor_of
from newsgraph.understand.time.grammar import RULES
from newsgraph.understand.time.resolve import find_dates

AUG = dt.date(2025, 8, 20)  # a Wednesday in the third quarter
FEB = dt.date(2026, 2, 4)  # a Wednesday early in a year, ISO week 6
MON = dt.date(2025, 11, 10)  # a Monday, ISO week 46


def _read(rule_name: str, text: str, published: dt.date = AUG, tense: str = "present") -> tuple[Any, ...]:
    rule = next(r for r in RULES if r.name == rule_name)
    m = rule.pattern.search(text)
    assert m is not None, text
    reading = rule.read(m, anchor_of(published, "day"), tense)  # type: ignore[arg-type]
    return (reading.value, reading.end_value) if reading else (None,)


def test_relative_quarters_count_back_from_the_last_quarter_ended() -> None:
    assert _read("relative_quarter", "Sales in the latest quarter slipped.") == ("2025-04", "2025-06")
    assert _read("relative_quarter", "Sales in the most recent quarter slipped.", FEB) == ("2025-10", "2025-12")
    assert _read("relative_quarter", "Orders beat the previous quarter.") == ("2025-01", "2025-03")
    assert _read("relative_quarter", "Profit doubled from the year-earlier quarter.") == ("2024-04", "2024-06")
    assert _read("relative_quarter", "The year-ago fiscal quarter had a charge.", FEB) == ("2024-10", "2024-12")


def test_a_possessive_year_names_the_quarter_or_half() -> None:
    assert _read("year_part", "Demand fell in last year's fourth quarter.") == ("2024-10", "2024-12")
    assert _read("year_part", "Demand will recover in next year's first half.") == ("2026-01", "2026-06")
    assert _read("year_part", "Margins widened in 2019's third quarter.") == ("2019-07", "2019-09")


def test_a_bare_half_is_a_half_year_only_in_copy_about_figures() -> None:
    assert _read("bare_half", "Revenue climbed 4% in the first half.", tense="past") == ("2025-01", "2025-06")
    assert _read("bare_half", "Exports should recover in the second half.", tense="future") == ("2025-07", "2025-12")
    assert _read("bare_half", "The chain's second-half profit fell.", FEB) == ("2025-07", "2025-12")
    assert _read("bare_half", "The visitors scored twice in the second half.", tense="past") == (None,)
    assert _read("bare_half", "The Bulls trailed in the first half but won the fourth quarter.") == (None,)
    half = next(r for r in RULES if r.name == "bare_half")
    assert half.pattern.search("The first half of the concert was cut.") is None  # "of": the `half` rule's


def test_fiscal_years_are_named_by_the_year_they_end_in() -> None:
    assert _read("fiscal_year", "The utility expects growth in fiscal 2026.") == ("2026", None)
    assert _read("fiscal_year", "Its 2024 fiscal year was weak.") == ("2024", None)
    assert _read("fiscal_year", "Results for fiscal '24 were restated.") == ("2024", None)
    assert _read("fiscal_year", "Sales for the fiscal year ended June 30 rose.") == ("2025", None)
    assert _read("fiscal_year", "Sales for the fiscal year ending March 31 will rise.") == ("2026", None)


def _timeml(nlp: Any, text: str, published: dt.date) -> dict[str, DateMention]:
    article = build_article(source="t", title="Test story", paragraphs=[text], published=published, date_precision="day")
    return {m.text: m for m in find_dates(article, nlp(article.text[: article.analysis_end]))}


@pytest.mark.model
@pytest.mark.parametrize(
    ("published", "sentence", "expression", "timeml"),
    [
        # fiscal years in TimeML's notation
        (AUG, "The refiner forecast a loss for fiscal 2026.", "fiscal 2026", "FY2026"),
        (AUG, "Revenue for the fiscal year ended June 30 rose 3%.", "the fiscal year", "FY2025"),
        (AUG, "Revenue for the fiscal year ended June 30 rose 3%.", "June 30", "2025-06-30"),
        # a period that modifies a noun names what is reported, not when the verb happens
        (FEB, "The carmaker will publish fourth-quarter results next week.", "fourth-quarter", "2025-Q4"),
        (dt.date(2025, 1, 8), "The bureau will release December payroll figures on Friday.", "December", "2024-12"),
        (FEB, "Shares rose after strong second-half sales.", "second-half", "2025-H2"),
        # a year that opens a sentence
        (AUG, "2024 revenue was restated, the filing showed.", "2024", "2024"),
        # "next" and "last" before a month and day
        (AUG, "The lease runs until next March 31.", "next March 31", "2026-03-31"),
        # weekends: TimeML's week and WE
        (MON, "Over the weekend, the two unions agreed terms.", "the weekend", "2025-W45-WE"),
        (MON, "The festival drew 40,000 people last weekend.", "last weekend", "2025-W45-WE"),
        # told on a Saturday or a Sunday, the weekend is the one under way (session 19 review)
        (dt.date(2025, 11, 9), "Strikers picketed the docks over the weekend.", "the weekend", "2025-W45-WE"),
        (dt.date(2025, 11, 8), "Rebels attacked a border post over the weekend.", "the weekend", "2025-W45-WE"),
        # the vague past and future
        (AUG, "The mill lately has run at half its capacity.", "lately", "PAST_REF"),
        (AUG, "The ministry may raise the levy in the near future.", "in the near future", "FUTURE_REF"),
        (AUG, "Such floods were rare in the past.", "in the past", "PAST_REF"),
        (AUG, "Stricter rules may follow in future.", "in future", "FUTURE_REF"),
    ],
)
def test_timeml_news_readings(nlp: Any, published: dt.date, sentence: str, expression: str, timeml: str) -> None:
    found = _timeml(nlp, sentence, published)
    assert expression in found, f"{expression!r} not among {sorted(found)}"
    assert found[expression].timex_type == "DATE"
    assert found[expression].timeml == timeml


@pytest.mark.model
def test_future_as_an_adjective_or_with_of_is_no_time(nlp: Any) -> None:
    found = _timeml(nlp, "Officials ruled out cuts in future budgets and in the future of the port.", AUG)
    assert not any("future" in text for text in found), found


@pytest.mark.model
def test_the_past_week_is_a_duration_the_last_week_of_a_month_is_not(nlp: Any) -> None:
    found = _timeml(nlp, "Freight rates rose over the past week and the last month.", AUG)
    assert (found["the past week"].timex_type, found["the past week"].timeml) == ("DURATION", "P1W")
    assert (found["the last month"].timex_type, found["the last month"].timeml) == ("DURATION", "P1M")
    assert found["the past week"].value is None
    found = _timeml(nlp, "The vote is set for the last week of October.", AUG)
    assert all(m.timex_type != "DURATION" for m in found.values()), found


def test_a_span_of_months_is_read_whole() -> None:
    # Half-year figures name their months: the span, in the year given or the one the tense picks.
    assert _read("month_span", "Output in the January-June 2024 period rose.") == ("2024-01", "2024-06")
    assert _read("month_span", "sales in the April-June quarter") == ("2025-04", "2025-06")
    assert _read("month_span", "orders in the October-December quarter", tense="future") == ("2025-10", "2025-12")
    assert _read("month_span", "orders in the October-December quarter", tense="past") == ("2024-10", "2024-12")
    assert _read("month_span", "the December-February season") == (None,)


@pytest.mark.model
def test_a_span_of_months_with_its_year_in_a_story(nlp: Any) -> None:
    article = build_article(
        source="t",
        title="Results",
        paragraphs=["Exports in the January-June 2024 period were worth 4.6 billion euros, up from 3.9 billion."],
        published=AUG,
        date_precision="day",
    )
    found = {m.text: m for m in find_dates(article, nlp(article.text[: article.analysis_end]))}
    assert (found["January-June 2024"].value, found["January-June 2024"].end_value) == ("2024-01", "2024-06")
    assert "January" not in found
