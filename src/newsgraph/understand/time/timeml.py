"""A time expression's value in TimeML's notation, beside the stage's calendar reading.

`DateMention.value` is a calendar value a database can sort and filter ("1998-06" and an
end "1998-08" for "the summer"). Temporal-information work (TempEval, HeidelTime, SUTime)
compares TIMEX3 values instead, which name the unit the writer chose: "1998-SU" for that
summer, "1998-Q3" for a quarter, "199" for the 1990s, "1998-W40" for a week, "PRESENT_REF"
for "now", and values for durations ("P3Y") and sets ("XXXX-WXX-1" for "every Monday"),
which have no calendar value at all. This module gives that value, so a user scoring
against TimeML gold, or exporting to it, needs no second reading of the text.

Pure: it reads the expression's words and the stage's reading, nothing else.
"""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.understand.time.calendar import Resolved
from newsgraph.understand.time.readers import NUMBER_WORDS

# TimeML's unit letters; hours and minutes sit after the "T" of a time part.
_UNIT = {
    "second": "TS",
    "minute": "TM",
    "hour": "TH",
    "day": "D",
    "week": "W",
    "fortnight": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
}
_SEASON = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_WEEKDAY = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_VAGUE = frozenset({"several", "few", "many", "some", "couple", "dozens", "hundreds"})
_PRESENT = re.compile(r"(?i)\b(?:now|currently|at present|at the moment|nowadays|these days|presently)\b")
_RECENT = re.compile(r"(?i)\b(?:recent(?:ly)?|lately|past few|last few)\b")
_WORDS = re.compile(r"[a-z]+|\d+(?:\.\d+)?")


def timeml_value(text: str, timex_type: str, reading: Resolved) -> str | None:
    """The TIMEX3 value of `text`, read as `reading`; None when TimeML has none to give."""
    words = _WORDS.findall(text.lower())
    if timex_type == "DURATION":
        return _duration(words)
    if timex_type == "SET":
        return _set(words)
    return _date(text, words, reading)


def _duration(words: list[str]) -> str | None:
    unit = next((_UNIT[w.rstrip("s")] for w in words if w.rstrip("s") in _UNIT), None)
    if unit is None:
        return None
    n = _count(words)
    if n is None and not any(w in _VAGUE for w in words) and any(w in _UNIT for w in words):
        n = 1  # "the past week": one unit, written in the singular
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if unit == "W" and "fortnight" in " ".join(words):
        amount = "X" if n is None else str(int(2 * n))
    if unit.startswith("T"):
        return f"PT{amount}{unit[1:]}"
    return f"P{amount}{unit}"


def _count(words: list[str]) -> float | None:
    """The number of units, None when the text gives none ("for years", "several months")."""
    if any(w in _VAGUE for w in words):
        return None  # "a few weeks", "a couple of days": the "a" counts nothing
    for w in words:
        if w in NUMBER_WORDS:
            return NUMBER_WORDS[w]
        if w[0].isdigit():
            return float(w)
    return None


def _set(words: list[str]) -> str | None:
    joined = " ".join(words)
    for name, number in _WEEKDAY.items():
        if name in joined:  # "every Monday", "on Mondays"
            return f"XXXX-WXX-{number}"
    for name, code in _SEASON.items():
        if name in words:
            return f"XXXX-{code}"
    for name, code in _PARTS.items():
        if name in words:
            return f"XXXX-XX-XXT{code}"  # "every morning"
    adverbs = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M"}
    adverbs |= {"quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y"}
    for word, value in adverbs.items():
        if word in words:
            return value
    unit = next((_UNIT[w.rstrip("s")] for w in reversed(words) if w.rstrip("s") in _UNIT), None)
    if unit is None:
        return None
    after_every = words[words.index("every") + 1 :] if "every" in words else words
    if "other" in after_every[:1] or ("second" in after_every[:1] and len(after_every) > 1):
        step = "2"  # "every other week", "every second year" (not "every second", a unit)
    elif "every" in words:
        n = _count(after_every)  # "every three months", "once every five years": the span after "every"
        step = "X" if n is None and any(w in _VAGUE for w in after_every) else str(int(n or 1))
    else:
        step = "1"  # "three times a week", "twice a month": once a unit, so many times over (TimeML's freq)
    if unit.startswith("T"):
        return f"PT{step}{unit[1:]}"
    return f"P{step}{unit}"


def _date(text: str, words: list[str], reading: Resolved) -> str | None:
    if _PRESENT.search(text) and not any(w[0].isdigit() for w in words):
        return "PRESENT_REF"
    value, end = reading.value, reading.end_value
    if value is None:
        if "future" in words:
            return "FUTURE_REF"  # "in the future"
        return "PAST_REF" if _RECENT.search(text) or words[-2:] == ["the", "past"] else None
    if end is None or end == value:
        if "fiscal" in words and reading.precision == "year":
            return f"FY{value}"  # "fiscal 1990": TimeML's fiscal year, named by the year it ends in
        if reading.precision == "week":
            return _iso_week(value)
        return value
    return _span(words, value, end)


def _span(words: list[str], value: str, end: str) -> str:
    """A range the writer named by one unit: a season, a quarter, a half, a decade, a week."""
    year = value[:4]
    season = next((_SEASON[w] for w in words if w in _SEASON), None)
    if season is not None:
        return f"{year}-{season}"
    if "quarter" in words and len(value) == 7:
        return f"{year}-Q{(int(value[5:7]) - 1) // 3 + 1}"
    if "half" in words and len(value) == 7:
        return f"{year}-H{1 if int(value[5:7]) <= 6 else 2}"
    if len(value) == 4 and len(end) == 4 and int(end) - int(value) == 9 and value.endswith("0"):
        return value[:3]  # "the 1990s": TimeML's decade "199"
    if "weekend" in words and len(value) == 10:
        return f"{_iso_week(value)}-WE"  # "last weekend": TimeML's 1998-W06-WE
    if "week" in words and len(value) == 10:
        return _iso_week(value)
    if _RECENT.search(" ".join(words)):
        return "PAST_REF"
    return value  # TimeML has no range value: the range's start, at its precision


def _iso_week(value: str) -> str:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
