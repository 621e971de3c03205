"""What each date form means: the readers `grammar.RULES` pairs with its patterns.

A reader turns a match into a `Resolved` value, given the article's anchor date and the
tense of the clause around it, and returns None when the match is not a date after all
("March" the verb, "2020 people").

Rules for ambiguous readings (the ones a reader of the output needs to know):
- The tense of the clause decides where a bare weekday, month, month-day or holiday falls:
  past tense ("met on Wednesday", "signed in January") takes the most recent one on or
  before the article date (so "on Wednesday" in a Wednesday story is that day, "in
  December" in a January story is last December, a past "Jan. 6" the latest Jan. 6);
  future tense ("will meet on Friday", "plans to vote in March") the first one on or after
  it; with no tense to go by (present tense, which news uses for what is scheduled: "voters
  head to the polls on Nov. 8", or a bare noun phrase) the nearer of the two, the past one
  on a tie.
- "last <weekday>" is strictly before the article date; "next"/"this coming" strictly after;
  "this <weekday>" is the one in the article's Monday-to-Sunday week.
- Seasons need a modifier or a year ("last summer", "fall 2024"); they are northern-hemisphere
  month ranges.
- Without an anchor (no article date, or one too coarse for the expression's unit)
  relative expressions are reported with value None and precision "unknown".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Literal

from newsgraph.understand.time import calendar as cal
from newsgraph.understand.time.calendar import UNRESOLVED, Anchor, Resolved

# The tense of the clause around an expression: "present" also stands for "cannot tell".
Tense = Literal["past", "present", "future"]

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    # Vague counts read as their usual size; such values are approximate by nature.
    "a couple of": 2,
    "couple of": 2,
    "a few": 3,
    "few": 3,
    "several": 4,
}


def words(text: str) -> frozenset[str]:
    """A word list written as one string: easier to read and extend than a literal set."""
    return frozenset(text.split())


def _number(word: str | None, default: int) -> int:
    if not word:
        return default
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, default)


def _mod(m: re.Match[str]) -> str:
    value = m.groupdict().get("mod")
    return " ".join(value.lower().split()) if value else ""


# --- absolute and month-day forms -------------------------------------------------------


def full_date(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    date = cal.safe_date(int(m["year"]), cal.month_number(m["month"]), int(m["day"]))
    return cal.day(date) if date else None


def day_range(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    month_ = cal.month_number(m["month"])
    first, last = int(m["day"]), int(m["day2"])
    if last <= first:
        return None
    if m["year"]:
        y = int(m["year"])
    elif anchor is None or not anchor.covers("day"):
        return UNRESOLVED
    else:
        start = _pick_month_day(anchor, month_, first, tense)
        if start is None:
            return None
        y = start.year
    a, b = cal.safe_date(y, month_, first), cal.safe_date(y, month_, last)
    return cal.day_range(a, b) if a and b else None


def _pick_month_day(anchor: Anchor, month_: int, day_: int, tense: Tense) -> dt.date | None:
    after = cal.month_day_after(anchor.date, month_, day_)
    before = cal.month_day_before(anchor.date, month_, day_)
    if tense == "future" or before is None:
        return after
    if tense == "past" or after is None:
        return before
    # No tense to go by ("voters head to the polls on Nov. 8"): the nearer one.
    return after if (after - anchor.date) < (anchor.date - before) else before


def month_day(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    month_, day_ = cal.month_number(m["month"]), int(m["day"])
    if cal.safe_date(2024, month_, day_) is None:  # 2024: a leap year admits Feb. 29
        return None
    if anchor is None or not anchor.covers("day"):
        return UNRESOLVED
    mod = _mod(m)  # "next June 30" is the coming one whatever the tense, "last Dec. 31" the past one
    tense = "future" if mod in ("next", "this coming") else "past" if mod in ("last", "this past") else tense
    date = _pick_month_day(anchor, month_, day_, tense)
    if date is not None and m.groupdict().get("wd"):
        # "Tuesday, Jan. 6" names its weekday: prefer the year where the two agree.
        wd = cal.weekday_number(m["wd"])
        for y in (anchor.date.year, anchor.date.year - 1, anchor.date.year + 1):
            alt = cal.safe_date(y, month_, day_)
            if alt is not None and alt.weekday() == wd:
                date = alt
                break
    return cal.day(date) if date else None


def month_year(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    return cal.month(int(m["year"]), cal.month_number(m["month"]))


# A bare month name is a date only after one of these words: "March" and "May" are also
# a verb, a noun and a name, so they get the strict list.
_MONTH_LEAD = words(
    "in since by until till through throughout during of before after early late mid from to "
    "between and or around starting beginning end last next this"
)
AMBIGUOUS_MONTHS = frozenset({"March", "May"})
_MONTH_LEAD_STRICT = words("in since by until till through throughout during of before after early late mid")
_RANGE_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_RANGE_AFTER = re.compile(rf"\s+(?:to|until|through|and)\s+(?:{_RANGE_MONTHS})\b")
_RANGE_BEFORE = re.compile(rf"\b(?:from|between)\s+(?:{_RANGE_MONTHS})\s+(?:to|until|through|and)\s+$")
_PREV_WORD = re.compile(r"([A-Za-z]+)[\s-]*$")


def previous_word(text: str, start: int) -> str:
    found = _PREV_WORD.search(text, max(0, start - 24), start)
    return found.group(1).lower() if found else ""


def month_has_lead(m: re.Match[str]) -> bool:
    """Does a bare month name stand where a date goes ("in January", "last March")?

    `resolve` also accepts one that spaCy labels DATE ("January was the hottest month"), except
    the `AMBIGUOUS_MONTHS`: the model calls the "May" of "Theresa May" a DATE too."""
    if _mod(m):
        return True
    allowed = _MONTH_LEAD_STRICT if m["month"] in AMBIGUOUS_MONTHS else _MONTH_LEAD
    # One end of a range of months ("from March to May") is a month whatever its name.
    return previous_word(m.string, m.start()) in allowed or bool(
        _RANGE_AFTER.match(m.string, m.end()) or _RANGE_BEFORE.search(m.string, max(0, m.start() - 24), m.start())
    )


def bare_month(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    mod = _mod(m)
    name = m["month"]
    if anchor is None or not anchor.covers("month"):
        return UNRESOLVED
    month_ = cal.month_number(name)
    if mod.endswith("this"):  # "this March", "earlier this March": the article's year
        return cal.month(anchor.date.year, month_)
    if mod in ("next", "this coming"):
        return cal.month(*cal.month_after(anchor.date, month_, include_current=False))
    if mod in ("last", "this past"):
        return cal.month(*cal.month_before(anchor.date, month_, include_current=False))
    after = cal.month_after(anchor.date, month_, include_current=True)
    before = cal.month_before(anchor.date, month_, include_current=True)
    if tense == "present":
        # No tense to go by ("the trial opens in September"): the nearer one, past on a tie.
        here = anchor.date.year * 12 + anchor.date.month
        ahead, back = after[0] * 12 + after[1] - here, here - (before[0] * 12 + before[1])
        return cal.month(*(after if ahead < back else before))
    return cal.month(*(after if tense == "future" else before))


def iso(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    date = cal.safe_date(int(m["year"]), int(m["mm"]), int(m["dd"]))
    return cal.day(date) if date else None


def numeric(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 70 else 1900
    # US order (month/day) unless the first number cannot be a month.
    month_, day_ = (a, b) if a <= 12 else (b, a)
    date = cal.safe_date(y, month_, day_)
    return cal.day(date) if date else None


# --- weekdays and day words -------------------------------------------------------------


def weekday(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    if anchor is None or not anchor.covers("day"):
        return UNRESOLVED
    mod, wd, today = _mod(m), cal.weekday_number(m["wd"]), anchor.date
    if mod in ("last", "this past", "past"):
        return cal.day(cal.weekday_before(today, wd, include_today=False))
    if mod in ("next", "this coming", "coming"):
        return cal.day(cal.weekday_after(today, wd, include_today=False))
    if mod == "this":
        return cal.day(today - dt.timedelta(days=today.weekday() - wd))
    after = cal.weekday_after(today, wd, include_today=True)
    before = cal.weekday_before(today, wd, include_today=True)
    if tense == "present":
        # "The summit opens Friday" (present for what is scheduled): the nearer one, past on a tie.
        return cal.day(after if (after - today) < (today - before) else before)
    return cal.day(after if tense == "future" else before)


_DAY_WORDS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def day_word(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    if anchor is None or not anchor.covers("day"):
        return UNRESOLVED
    return cal.day(anchor.date + dt.timedelta(days=_DAY_WORDS[" ".join(m["w"].lower().split())]))


# --- this/last/next unit, ranges, "ago" -------------------------------------------------


def _weekend(anchor: dt.date, mod: str) -> Resolved:
    # "this weekend" is the one of the article's week (TimeML's YYYY-Wnn-WE), the coming one on
    # a weekday; "last weekend" on a weekday is the one just over.
    saturday = cal.weekday_before(anchor, 5, include_today=True)
    if anchor.weekday() < 5 and mod in ("this", "next", "this coming", "coming"):
        saturday = cal.weekday_after(anchor, 5, include_today=False)
    elif mod == "next":
        saturday += dt.timedelta(days=7)
    elif mod in ("last", "this past", "past") and anchor.weekday() >= 5:
        saturday -= dt.timedelta(days=7)
    return cal.day_range(saturday, saturday + dt.timedelta(days=1))


def unit(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    mod, unit = _mod(m), m["unit"].lower()
    if mod in ("the", "the current", "current"):
        if (
            m.group().lower().startswith(("the end", "the beginning", "the start", "the middle"))
            or "current" in mod
        ):
            mod = "this"  # "the end of the year", "the current quarter": the article's own
        elif unit == "weekend":
            # "over the weekend": the one the tense points to; without one, the nearer
            nearer = "last" if anchor and anchor.date.weekday() < 3 else "this"
            mod = {"past": "last", "future": "this"}.get(tense, nearer)
            if anchor and anchor.date.weekday() >= 5:
                mod = "this"  # told on a Saturday or a Sunday, the weekend is the one under way, past or not
        else:
            return None  # "the year", "the week": no date of their own
    if unit == "quarter" and mod not in ("this", "last", "next"):
        return None  # "the past quarter": no window of quarters
    needed: cal.Unit = (
        "day" if unit in ("week", "weekend") else "month" if unit in ("month", "quarter") else "year"
    )
    if anchor is None or not anchor.covers(needed):
        return UNRESOLVED
    today = anchor.date
    if unit == "weekend":
        return _weekend(today, mod)
    if mod in ("the past", "the last", "the previous"):
        return None  # "the past week", "over the last year": TimeML's DURATION (P1W, P1Y), read by `refs`
    if mod.startswith("the ") or mod in ("past", "this past", "coming", "this coming"):
        # "the past week", "over the last year", "the coming month": a window from the anchor.
        return _window(today, unit, 1, backwards="past" in mod or "last" in mod)
    step = {"last": -1, "next": 1}.get(mod, 0)
    if unit == "quarter":
        begins = cal.add_months(today.year, (today.month - 1) // 3 * 3 + 1, 3 * step)
        return cal.month_range(begins, cal.add_months(*begins, 2))
    if unit == "week":
        return cal.week_of(today + dt.timedelta(days=7 * step))
    if unit == "month":
        return cal.month(*cal.add_months(today.year, today.month, step))
    if unit == "year":
        return cal.year(today.year + step)
    first = today.year // 10 * 10 + 10 * step  # decade
    return cal.year_range(first, first + 9)


def _window(today: dt.date, unit: str, n: int, *, backwards: bool) -> Resolved:
    unit = unit.rstrip("s")
    sign = -1 if backwards else 1
    if unit in ("hour", "day", "week"):
        days = {"hour": max(1, n // 24), "day": n, "week": 7 * n}[unit]
        other = today + dt.timedelta(days=sign * days)
        first, last = (other, today) if backwards else (today, other)
        return cal.day_range(first, last, "week" if unit == "week" else "day")
    if unit == "month":
        then = cal.add_months(today.year, today.month, sign * n)
        here = (today.year, today.month)
        return cal.month_range(then, here) if backwards else cal.month_range(here, then)
    years = n * (10 if unit == "decade" else 1)
    y = today.year + sign * years
    return cal.year_range(y, today.year) if backwards else cal.year_range(today.year, y)


def _anchor_unit(unit: str) -> cal.Unit:
    """How fine the article date must be to step by `unit` from it."""
    if unit in ("hour", "day", "week"):
        return "day"
    return "month" if unit == "month" else "year"


_RECENT_DEFAULT = {"hour": 24, "day": 7, "week": 4, "month": 3, "year": 3, "decade": 1}


_BEFORE_VERB = words("to will would could may might should can must could did does do not also")


def recent(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    unit = m["unit"].lower().rstrip("s")
    if m["n"] is None and m["unit"].lower() == unit:
        return None  # "the past year" without a count is a `_unit` form
    if m["n"] is not None:
        return None  # "the past three years": TimeML's DURATION, read by `refs`
    if anchor is None or not anchor.covers(_anchor_unit(unit)):
        return UNRESOLVED
    if _mod(m) == "last" and previous_word(m.string, m.start()) in _BEFORE_VERB:
        return None  # "expected to last three weeks": the verb, a duration (`refs`)
    n = _number(m["n"], _RECENT_DEFAULT[unit])
    backwards = _mod(m) in ("recent", "past", "last", "previous")
    return _window(anchor.date, unit, n, backwards=backwards)


def ago(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    unit = m["unit"].lower()
    if anchor is None or not anchor.covers(_anchor_unit(unit)):
        return UNRESOLVED
    n, today = _number(m["n"], 1), anchor.date
    if unit == "day":
        return cal.day(today - dt.timedelta(days=n))
    if unit == "week":
        return cal.week_of(today - dt.timedelta(days=7 * n))
    if unit == "month":
        return cal.month(*cal.add_months(today.year, today.month, -n))
    return cal.year(today.year - n * (10 if unit == "decade" else 1))


# --- years, decades, seasons, quarters, holidays ----------------------------------------


def year(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    return cal.year(int(m["year"]))


def year_span(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    first, second = int(m["year"]), m["y2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    return cal.year_range(first, last) if first < last <= first + 50 else None


def decade(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    first = int(m["dec"])
    return cal.year_range(first, first + 9)


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}


def season(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    # Northern-hemisphere seasons by whole months; winter runs December to February and is
    # named by the year it starts in. "this" season is the one of the anchor's year (for
    # winter: the one holding or following the anchor); "last" is the latest one already over
    # ("last spring" in August is this year's), "next" the first not yet begun.
    first, last = _SEASONS[m["s"].lower()]
    mod = _mod(m)
    if m["year"]:
        y = int(m["year"])
    elif not mod:
        # "in the summer", "prices fall": without a year or a modifier it is no date.
        return None
    elif anchor is None or not anchor.covers("month"):
        return UNRESOLVED
    else:
        today = (anchor.date.year, anchor.date.month)
        y = anchor.date.year - 1 if first == 12 and today[1] <= 2 else anchor.date.year
        end = (y + 1, last) if first == 12 else (y, last)
        if mod in ("last", "this past", "past") and end >= today:
            y -= 1
        elif mod in ("next", "this coming", "coming") and (y, first) <= today:
            y += 1
    end_year = y + 1 if first == 12 else y
    return cal.month_range((y, first), (end_year, last))


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def quarter(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    q = _ORDINALS.get((m["q"] or "").lower()) or int(m["qn"])
    if m["year"]:
        y = int(m["year"])
    elif anchor is None or not anchor.covers("month"):
        return UNRESOLVED
    else:
        # As a bare month: the tense picks the quarter ahead or behind ("expects a loss in the
        # fourth quarter" in September is this year's; "lost money in the fourth quarter", last
        # year's); without a tense the nearer one, the past on a tie.
        here = anchor.date.year * 4 + (anchor.date.month - 1) // 3
        back = here - (here - (q - 1)) % 4  # the latest quarter q begun (this one included)
        ahead = back if back == here else back + 4
        if tense == "future":
            chosen = ahead
        elif tense == "past":
            chosen = back
        else:
            chosen = ahead if ahead - here < here - back else back
        y = chosen // 4
    return cal.month_range((y, 3 * q - 2), (y, 3 * q))


def year_named(m: re.Match[str], anchor: Anchor | None) -> int | None:
    """The year a match names: its digits, else the anchor's, one back for "last" and on for "next"; None when the
    anchor does not give the year."""
    if m["year"]:
        return int(m["year"])
    if anchor is None or not anchor.covers("year"):
        return None
    return anchor.date.year + {"last": -1, "next": 1}.get(m["mod"].lower(), 0)


def half(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    """ "the first half of the year", "the second half of 2004": six months, as a month range."""
    y = year_named(m, anchor)
    if y is None:
        return UNRESOLVED
    first = 1 if m["q"].lower() == "first" else 7
    return cal.month_range((y, first), (y, first + 5))


def _fixed(month_: int, day_: int) -> Callable[[int], dt.date]:
    return lambda y: dt.date(y, month_, day_)


def _nth(month_: int, weekday: int, n: int) -> Callable[[int], dt.date]:
    return lambda y: cal.nth_weekday(y, month_, weekday, n)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "new year's eve": _fixed(12, 31),
    "new year's day": _fixed(1, 1),
    "valentine's day": _fixed(2, 14),
    "halloween": _fixed(10, 31),
    "fourth of july": _fixed(7, 4),
    "july fourth": _fixed(7, 4),
    # US federal holidays by weekday rule.
    "thanksgiving": _nth(11, 3, 4),
    "labor day": _nth(9, 0, 1),
    "memorial day": _nth(5, 0, -1),
    # The shops' days after Thanksgiving: "Black Friday discounts" are that Friday's, not this week's.
    "black friday": lambda y: cal.nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: cal.nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4),
    # Movable feasts, from Easter.
    "easter": cal.easter,
    "easter sunday": cal.easter,
    "easter monday": lambda y: cal.easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: cal.easter(y) - dt.timedelta(days=2),
}


def holiday(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    when = HOLIDAYS[" ".join(m["h"].lower().replace("’", "'").split())]
    if m["year"]:
        return cal.day(when(int(m["year"])))
    if anchor is None or not anchor.covers("day"):
        return UNRESOLVED
    mod, today = _mod(m), anchor.date
    if mod == "this":
        return cal.day(when(today.year))
    if mod in ("next", "last"):
        date = when(today.year)
        if mod == "next":
            return cal.day(date if date > today else when(today.year + 1))
        return cal.day(date if date < today else when(today.year - 1))
    return cal.day(
        _nearest_by_tense([when(y) for y in (today.year - 1, today.year, today.year + 1)], today, tense)
    )


# "on the 15th", "by the 4th": a day of the month with no month named, after these words only.
_ORDINAL_LEAD = words("on for by until till since before after from through")


def ordinal_day(m: re.Match[str], anchor: Anchor | None, tense: Tense) -> Resolved | None:
    """ "The vote is set for the 15th": that day of the month the tense points to, among the
    article's month and the ones either side (the nearer on no tense)."""
    if previous_word(m.string, m.start()) not in _ORDINAL_LEAD:
        return None
    if anchor is None or not anchor.covers("day"):
        return UNRESOLVED
    today, n = anchor.date, int(m["day"])
    months = [(today.year + (today.month - 1 + k) // 12, (today.month - 1 + k) % 12 + 1) for k in (-1, 0, 1)]
    dates = [d for d in (cal.safe_date(y, mo, n) for y, mo in months) if d is not None]
    return cal.day(_nearest_by_tense(dates, today, tense)) if dates else UNRESOLVED


def _nearest_by_tense(dates: list[dt.date], today: dt.date, tense: Tense) -> dt.date:
    """The latest date on or before today (past), the first on or after (future), else the nearer."""
    before = max((d for d in dates if d <= today), default=None)
    after = min((d for d in dates if d >= today), default=None)
    if before is None or (after is not None and tense == "future"):
        return after or dates[-1]
    if after is None or tense == "past":
        return before
    return after if (after - today) < (today - before) else before
