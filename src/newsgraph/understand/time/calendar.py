"""Calendar arithmetic for the time stage: anchors, weekdays, weeks, months, ranges.

Every temporal expression in news is read against the article's own date (the anchor).
The anchor has a precision: an article known only to the month cannot resolve
"yesterday", but it can resolve "last year". `Anchor.covers(unit)` says whether the anchor is
fine enough for an expression whose meaning steps in that unit; when it is not, the stage
reports the expression unresolved instead of guessing.

Resolved values use the shapes of `DateMention.value`: "YYYY-MM-DD" (day, and the Monday
of a week), "YYYY-MM" (month), "YYYY" (year).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Literal

from newsgraph.model import DatePrecision

Unit = Literal["day", "week", "month", "year"]

# Finest first: an anchor of precision p covers every unit at or after p in this order.
_RANK: dict[str, int] = {"second": 0, "minute": 0, "day": 0, "week": 1, "month": 2, "year": 3}

MONTHS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS: dict[str, int] = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def month_number(word: str) -> int:
    return MONTHS[word.lower()[:3]]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower()[:3]]


@dataclass(frozen=True)
class Anchor:
    """The article date a relative expression is read against."""

    date: dt.date
    precision: DatePrecision

    def covers(self, unit: Unit) -> bool:
        rank = _RANK.get(self.precision)
        return rank is not None and rank <= _RANK[unit]


def anchor_of(published: dt.date | dt.datetime | None, precision: DatePrecision) -> Anchor | None:
    if published is None or precision == "unknown":
        return None
    # A datetime's own (publisher-local) calendar date is the day the story speaks from.
    day = published.date() if isinstance(published, dt.datetime) else published
    return Anchor(day, precision)


@dataclass(frozen=True)
class Resolved:
    """A resolution: value, precision and, for ranges, the inclusive end value."""

    value: str | None
    precision: DatePrecision
    end_value: str | None = None


UNRESOLVED = Resolved(None, "unknown")


def day(d: dt.date) -> Resolved:
    return Resolved(d.isoformat(), "day")


def day_range(first: dt.date, last: dt.date, precision: DatePrecision = "day") -> Resolved:
    return Resolved(first.isoformat(), precision, last.isoformat())


def month(year: int, month_: int) -> Resolved:
    return Resolved(f"{year:04d}-{month_:02d}", "month")


def month_range(first: tuple[int, int], last: tuple[int, int]) -> Resolved:
    return Resolved(f"{first[0]:04d}-{first[1]:02d}", "month", f"{last[0]:04d}-{last[1]:02d}")


def year(y: int) -> Resolved:
    return Resolved(f"{y:04d}", "year")


def year_range(first: int, last: int) -> Resolved:
    return Resolved(f"{first:04d}", "year", f"{last:04d}")


def week_of(d: dt.date) -> Resolved:
    """The Monday-to-Sunday ISO week holding `d`."""
    monday = d - dt.timedelta(days=d.weekday())
    return Resolved(monday.isoformat(), "week", (monday + dt.timedelta(days=6)).isoformat())


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def add_months(y: int, m: int, delta: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + delta
    return index // 12, index % 12 + 1


def weekday_before(anchor: dt.date, weekday: int, *, include_today: bool) -> dt.date:
    """The most recent `weekday` on or before (or strictly before) the anchor."""
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and not include_today:
        back = 7
    return anchor - dt.timedelta(days=back)


def weekday_after(anchor: dt.date, weekday: int, *, include_today: bool) -> dt.date:
    ahead = (weekday - anchor.weekday()) % 7
    if ahead == 0 and not include_today:
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def month_before(anchor: dt.date, month_: int, *, include_current: bool) -> tuple[int, int]:
    """The most recent (year, month) with that month not after the anchor's month."""
    if month_ < anchor.month or (month_ == anchor.month and include_current):
        return anchor.year, month_
    return anchor.year - 1, month_


def month_after(anchor: dt.date, month_: int, *, include_current: bool) -> tuple[int, int]:
    if month_ > anchor.month or (month_ == anchor.month and include_current):
        return anchor.year, month_
    return anchor.year + 1, month_


def month_day_before(anchor: dt.date, month_: int, day_: int) -> dt.date | None:
    """The most recent month-day on or before the anchor (a bare "Jan. 6" in news is past)."""
    for y in (anchor.year, anchor.year - 1, anchor.year - 2):
        candidate = safe_date(y, month_, day_)
        if candidate is not None and candidate <= anchor:
            return candidate
    return None


def month_day_after(anchor: dt.date, month_: int, day_: int) -> dt.date | None:
    for y in (anchor.year, anchor.year + 1, anchor.year + 2):
        candidate = safe_date(y, month_, day_)
        if candidate is not None and candidate >= anchor:
            return candidate
    return None


def nth_weekday(y: int, month_: int, weekday: int, n: int) -> dt.date:
    """The n-th `weekday` of a month (n=-1 for the last one): moving holidays."""
    if n > 0:
        first = dt.date(y, month_, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(y, month_, calendar.monthrange(y, month_)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def easter(y: int) -> dt.date:
    """Easter Sunday of year `y` (Gregorian computus, the anonymous algorithm): movable feasts."""
    a, (b, c) = y % 19, divmod(y, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month_, day_ = divmod(h + weekday - 7 * m + 114, 31)
    return dt.date(y, month_, day_ + 1)
