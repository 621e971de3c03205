from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract.dates import month_day, parse_absolute, parse_date, parse_relative, resolve_month_day

BASE = dt.datetime(2025, 8, 20, 12, 0, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Updated 20 August 2025", dt.date(2025, 8, 20), "day"),
        ("Aug. 20, 2025", dt.date(2025, 8, 20), "day"),
        ("Wednesday, August 20th, 2025", dt.date(2025, 8, 20), "day"),
        ("2025-08-20T10:32:00Z", dt.datetime(2025, 8, 20, 10, 32, tzinfo=dt.UTC), "second"),
        ("2025-08-20", dt.date(2025, 8, 20), "day"),
        ("20. August 2025, 14:05 Uhr", dt.datetime(2025, 8, 20, 14, 5), "minute"),
        ("le 20 août 2025 à 18h30", dt.datetime(2025, 8, 20, 18, 30), "minute"),
        ("20 de agosto de 2025", dt.date(2025, 8, 20), "day"),
        ("20.08.2025", dt.date(2025, 8, 20), "day"),
        ("08/20/2025", dt.date(2025, 8, 20), "day"),  # a "day" above 12 reveals US order
        (
            "Updated 1:39 pm EST, Wednesday, November 20, 2019",
            dt.datetime(2019, 11, 20, 13, 39, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            "minute",
        ),
    ],
)
def test_dates_absolute_forms(text: str, value: dt.date, precision: str) -> None:
    found = parse_absolute(text)
    assert found is not None and found.value == value and found.precision == precision


def test_dates_impossible_or_missing_dates_give_nothing() -> None:
    assert parse_absolute("31 February 2025") is None
    assert parse_absolute("the 2020 election") is None
    assert parse_absolute("no date here") is None


@pytest.mark.parametrize(
    ("text", "delta", "precision"),
    [
        ("Updated 13 sec ago", dt.timedelta(seconds=13), "second"),
        ("5 minutes ago", dt.timedelta(minutes=5), "minute"),
        ("vor 5 Minuten", dt.timedelta(minutes=5), "minute"),
        ("an hour ago", dt.timedelta(hours=1), "day"),
        ("il y a 3 heures", dt.timedelta(hours=3), "day"),
    ],
)
def test_dates_relative_stamps_count_back_from_base(text: str, delta: dt.timedelta, precision: str) -> None:
    found = parse_relative(text, BASE)
    assert found is not None and found.relative and found.precision == precision
    expected = BASE - delta
    assert found.value == (expected.date() if precision == "day" else expected)


def test_dates_relative_stamp_without_base_is_unknown() -> None:
    found = parse_date("Updated 13 sec ago", None)
    assert found is not None and found.value is None and found.precision == "unknown"


def test_dates_yesterday_is_a_day_before_base() -> None:
    found = parse_relative("Published yesterday", BASE)
    assert found is not None and found.value == dt.date(2025, 8, 19)


def test_dates_year_less_wire_date_takes_base_year_or_the_year_before() -> None:
    assert month_day("Aug 20") == (8, 20) and month_day("20. August") == (8, 20)
    assert resolve_month_day(8, 20, BASE) == dt.date(2025, 8, 20)
    assert resolve_month_day(12, 30, BASE) == dt.date(2024, 12, 30)
    assert resolve_month_day(8, 20, None) is None
