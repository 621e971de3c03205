"""A month or a day whose year the next words name: "June 2 next year", "in October last year".

Read alone, "May 13" and "August" take the year their tense points to; but the words after them
name the year ("June 2 next year" is 2002-06-02 in a story of 2001, whatever the tense of its
clause). `with_named_years` dates such a month or day in the year named, counted from the article's
year; "next year" keeps its own mention and value, as before.
"""

from __future__ import annotations

import calendar
import re

from newsgraph.understand.time.calendar import Anchor, Resolved

__all__ = ["with_named_years"]

Found = tuple[int, int, int, Resolved]

# Directly after the date (no comma: "in August, last year's winner ..." names no year of August).
_YEAR_AFTER = re.compile(r"\s+(?:of\s+)?(?P<which>next|last|this)\s+year(?![\w'’])", re.IGNORECASE)
_SHIFT = {"next": 1, "last": -1, "this": 0}
_MONTH_OR_DAY = re.compile(r"\d{4}(?P<rest>-\d\d(?:-\d\d)?)")


def with_named_years(text: str, picked: list[Found], anchor: Anchor | None) -> list[Found]:
    """`picked` with every month or day followed by "next/last/this year" moved into that year."""
    if anchor is None:
        return picked
    dated: dict[int, Found] = {}
    for start, end, order, reading in picked:
        m = _YEAR_AFTER.match(text, end)
        value = _MONTH_OR_DAY.fullmatch(reading.value or "")
        if m is None or value is None or reading.precision not in ("day", "month"):
            continue
        year = anchor.date.year + _SHIFT[m["which"].lower()]
        if value["rest"] == "-02-29" and not calendar.isleap(year):
            continue
        end_value = reading.end_value
        if end_value is not None and _MONTH_OR_DAY.fullmatch(end_value):  # "May 27-29 next year"
            end_value = f"{year + int(end_value[:4]) - int(value.string[:4])}{end_value[4:]}"
        dated[start] = (start, end, order, Resolved(f"{year}{value['rest']}", reading.precision, end_value))
    return [dated.get(item[0], item) for item in picked]
