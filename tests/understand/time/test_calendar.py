"""Calendar arithmetic the time stage reads expressions with: the anchor and what it can
resolve, weekdays and months before or after it, weeks, ranges and moving holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.understand.time import calendar as cal

WEDNESDAY = dt.date(2025, 3, 12)


def test_calendar_month_and_weekday_words_by_their_first_letters() -> None:
    assert [cal.month_number(w) for w in ("Jan.", "september", "DEC")] == [1, 9, 12]
    assert [cal.weekday_number(w) for w in ("Monday", "thurs", "Sun.")] == [0, 3, 6]
    with pytest.raises(KeyError):
        cal.month_number("Smarch")


def test_calendar_anchor_covers_units_no_finer_than_its_precision() -> None:
    by_month = cal.Anchor(WEDNESDAY, "month")
    assert not by_month.covers("day") and not by_month.covers("week")
    assert by_month.covers("month") and by_month.covers("year")
    assert cal.Anchor(WEDNESDAY, "minute").covers("day")
    assert not cal.Anchor(WEDNESDAY, "unknown").covers("year")


def test_calendar_anchor_of_an_article_date() -> None:
    late = dt.datetime(2025, 3, 12, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert cal.anchor_of(late, "minute") == cal.Anchor(WEDNESDAY, "minute")  # the publisher's own day
    assert cal.anchor_of(WEDNESDAY, "unknown") is None
    assert cal.anchor_of(None, "day") is None


def test_calendar_resolved_shapes() -> None:
    assert cal.day(WEDNESDAY) == cal.Resolved("2025-03-12", "day")
    assert cal.month(2025, 3) == cal.Resolved("2025-03", "month")
    assert cal.year(987) == cal.Resolved("0987", "year")
    assert cal.month_range((2024, 12), (2025, 2)) == cal.Resolved("2024-12", "month", "2025-02")
    assert cal.year_range(2019, 2021).end_value == "2021"
    assert cal.week_of(WEDNESDAY) == cal.Resolved("2025-03-10", "week", "2025-03-16")
    assert cal.day_range(WEDNESDAY, dt.date(2025, 3, 14)).end_value == "2025-03-14"
    assert cal.UNRESOLVED.value is None


def test_calendar_weekdays_before_and_after_the_anchor() -> None:
    assert cal.weekday_before(WEDNESDAY, 0, include_today=False) == dt.date(2025, 3, 10)
    assert cal.weekday_before(WEDNESDAY, 2, include_today=True) == WEDNESDAY
    assert cal.weekday_before(WEDNESDAY, 2, include_today=False) == dt.date(2025, 3, 5)
    assert cal.weekday_after(WEDNESDAY, 4, include_today=False) == dt.date(2025, 3, 14)
    assert cal.weekday_after(WEDNESDAY, 2, include_today=False) == dt.date(2025, 3, 19)


def test_calendar_months_before_and_after_cross_the_year() -> None:
    assert cal.month_before(WEDNESDAY, 11, include_current=False) == (2024, 11)
    assert cal.month_before(WEDNESDAY, 3, include_current=True) == (2025, 3)
    assert cal.month_before(WEDNESDAY, 3, include_current=False) == (2024, 3)
    assert cal.month_after(WEDNESDAY, 1, include_current=False) == (2026, 1)
    assert cal.add_months(2025, 11, 3) == (2026, 2)
    assert cal.add_months(2025, 1, -1) == (2024, 12)


def test_calendar_month_days_skip_years_without_them() -> None:
    assert cal.month_day_before(WEDNESDAY, 1, 6) == dt.date(2025, 1, 6)
    assert cal.month_day_before(WEDNESDAY, 12, 25) == dt.date(2024, 12, 25)
    assert cal.month_day_before(WEDNESDAY, 2, 29) == dt.date(2024, 2, 29)
    assert cal.month_day_after(WEDNESDAY, 2, 29) is None  # looks two years ahead, 2028 is three
    assert cal.month_day_after(WEDNESDAY, 3, 12) == WEDNESDAY
    assert cal.safe_date(2025, 2, 30) is None


def test_calendar_nth_weekday_finds_moving_holidays() -> None:
    assert cal.nth_weekday(2025, 11, 3, 4) == dt.date(2025, 11, 27)  # US Thanksgiving
    assert cal.nth_weekday(2025, 5, 0, -1) == dt.date(2025, 5, 26)  # Memorial Day


def test_time_easter_by_the_gregorian_computus() -> None:
    from newsgraph.understand.time.calendar import easter

    assert [easter(y) for y in (2000, 2008, 2019, 2024, 2038)] == [
        dt.date(2000, 4, 23),
        dt.date(2008, 3, 23),
        dt.date(2019, 4, 21),
        dt.date(2024, 3, 31),
        dt.date(2038, 4, 25),
    ]
