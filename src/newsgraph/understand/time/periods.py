"""Reporting periods as financial and economic copy names them: the readers of `grammar`'s
period rules.

Companies and statistics offices report by quarter, half-year and fiscal year, and the copy
names those periods by their relation to the one just reported rather than by a year:

- "the latest quarter", "the most recent quarter": the last quarter ended before the article
  date (results are reported after the quarter closes: "the latest quarter" in an October story
  is the third);
- "the previous quarter", "the prior quarter", "the preceding quarter": the quarter before that;
- "the year-earlier quarter", "the year-ago quarter": the same quarter a year before it;
- "last year's second half", "this year's first quarter", "1988's fourth quarter": the year named
  by the possessive;
- "the first half", "the second half" with no "of ...": a half-year only in copy about figures
  (profit, sales, the economy; see `FIGURES`), where the tense picks it as it picks a quarter;
  elsewhere (a match, a concert) it is no date;
- a span of months ("January-June 1996", "the April-June quarter"): the months from the first to the
  last named, in the year given, else in the latest year where the span has begun (the next one in
  a future clause);
- fiscal years ("fiscal 1990", "the 1990 fiscal year", "the fiscal year ended Sept. 30"): the year
  the fiscal year is named by, which is the year it ends in; TimeML writes them "FY1990"
  (`timeml`), the calendar value is that year.
"""

from __future__ import annotations

import re

from newsgraph.understand.time import calendar as cal
from newsgraph.understand.time.calendar import UNRESOLVED, Anchor, Resolved
from newsgraph.understand.time.readers import Tense, year_named

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_BACK = {"latest": 0, "most recent": 0, "previous": 1, "prior": 1, "preceding": 1}
_YEAR_BACK = ("year-earlier", "year-ago", "year-before", "year earlier", "year ago")
# Words of copy about reported figures, where "the first half" is a half-year.
FIGURES = re.compile(
    # (no "quarter", "loss" or "points": a game has quarters, losses and points)
    r"(?i)\b(?:profits?|revenues?|sales|earnings|income|net loss(?:es)?|operating loss(?:es)?|growth|economy|"
    r"economic|output|prices|orders|shipments|margins|demand|deficit|inflation|exports|imports|spending|"
    r"gdp|fiscal|dividends?|production|unemployment|investment|borrowing)\b"
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _quarter(index: int) -> Resolved:
    """A quarter by its running index (year * 4 + quarter - 1), as a month range."""
    y, q = divmod(index, 4)
    return cal.month_range((y, 3 * q + 1), (y, 3 * q + 3))


def relative_quarter(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    """ "the latest quarter", "the previous quarter", "the year-earlier quarter"."""
    if anchor is None or not anchor.covers("month"):
        return UNRESOLVED
    rel = " ".join(m["rel"].lower().split())
    latest = anchor.date.year * 4 + (anchor.date.month - 1) // 3 - 1  # the last quarter ended
    if rel in _YEAR_BACK:
        return _quarter(latest - 4)
    return _quarter(latest - _BACK[rel])


def year_part(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    """ "last year's second half", "this year's first quarter", "1988's fourth quarter"."""
    y = year_named(m, anchor)
    if y is None:
        return UNRESOLVED
    n = _ORDINALS[m["q"].lower()]
    if m["unit"].lower() == "half":
        if n > 2:
            return None
        return cal.month_range((y, 6 * n - 5), (y, 6 * n))
    return _quarter(y * 4 + n - 1)


def _sentence(text: str, start: int, end: int) -> str:
    begin = max((s.end() for s in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_END.search(text, end)
    return text[begin : stop.start() if stop else len(text)]


def bare_half(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    """ "the first half", "the second half" in copy about figures: a half-year the tense picks."""
    if not FIGURES.search(_sentence(m.string, m.start(), m.end())):
        return None
    if anchor is None or not anchor.covers("month"):
        return UNRESOLVED
    n = _ORDINALS[(m["q"] or m["q2"]).lower()]
    here = anchor.date.year * 2 + (anchor.date.month - 1) // 6
    back = here - (here - (n - 1)) % 2  # the latest half n begun (this one included)
    ahead = back if back == here else back + 2
    chosen = ahead if tense == "future" else back  # without a tense, the past one, as on a tie elsewhere
    y, h = divmod(chosen, 2)
    return cal.month_range((y, 6 * h + 1), (y, 6 * h + 6))


def fiscal_year(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    """ "fiscal 1990", "fiscal year 1990", "the 1990 fiscal year", "fiscal '90", and "the fiscal
    year ended Sept. 30" (the year of the date it ended or ends on)."""
    if m["year"]:
        return cal.year(int(m["year"]))
    if m["yy"]:
        yy = int(m["yy"])
        return cal.year(yy + (2000 if yy < 50 else 1900))
    if m["end_year"]:
        return cal.year(int(m["end_year"]))
    if anchor is None or not anchor.covers("day"):
        return UNRESOLVED
    month_, day_ = cal.month_number(m["month"]), int(m["day"])
    ended = m["way"].lower().endswith("ended")
    date = (
        cal.month_day_before(anchor.date, month_, day_)
        if ended
        else cal.month_day_after(anchor.date, month_, day_)
    )
    return cal.year(date.year) if date else None


def month_span(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    first, last = cal.month_number(m["month"]), cal.month_number(m["month2"])
    if last <= first:
        return None  # "December-February" crosses into another year; "June-June" is no span
    if m["year"]:
        y = int(m["year"])
    elif anchor is None or not anchor.covers("month"):
        return UNRESOLVED
    elif tense == "future":
        y = cal.month_after(anchor.date, first, include_current=False)[0]
    else:
        y = cal.month_before(anchor.date, first, include_current=True)[0]
    return cal.month_range((y, first), (y, last))
