"""Publication dates as scraped pages print them: absolute ("20 August 2025", "Aug. 20, 2025
10:32 GMT", "2025-08-20T10:32Z", "20. August 2025") and relative ("Updated 13 sec ago").

A hand-written parser rather than dateparser: date lines on news pages come in a dozen
shapes, the parser must never guess a date out of ordinary prose ("the 2020 election"), and
it runs on every short line of a dump, so it has to be cheap and predictable. Month names
cover the languages newsgraph keeps (English, German, French, Spanish, Italian, Dutch,
Portuguese); a page in another language simply yields no date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsgraph.model import DatePrecision, RawDocument
from newsgraph.settings import Settings

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: (
        "january",
        "jan",
        "januar",
        "jänner",
        "janvier",
        "janv",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "januari",
        "janeiro",
    ),
    2: (
        "february",
        "feb",
        "februar",
        "février",
        "fevrier",
        "févr",
        "fev",
        "febrero",
        "febbraio",
        "februari",
        "fevereiro",
    ),
    3: ("march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março", "marco"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mayo", "maggio", "mag", "mei", "maio"),
    6: ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"),
    7: ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
    8: ("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
    9: ("september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"),
    10: ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"),
    11: ("november", "nov", "novembre", "noviembre", "novembro"),
    12: (
        "december",
        "dec",
        "dezember",
        "dez",
        "décembre",
        "decembre",
        "déc",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
    ),
}
MONTHS: dict[str, int] = {name: number for number, names in _MONTH_NAMES.items() for name in names}
# Longest first so "september" wins over "sep" inside the alternation.
_MONTH = "(?:" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + ")"

_ISO = re.compile(
    r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?:\.\d{1,6})?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th|er)?\.?\s{0,3}(?:de\s)?(?P<mon>"
    + _MONTH
    + r")\.?,?\s{1,3}(?:de\s)?(?P<y>\d{4})\b",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    r"\b(?P<mon>" + _MONTH + r")\.?\s{1,3}(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?P<y>\d{4})\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4})\b")
_TIME = re.compile(
    r"\b(?P<H>\d{1,2})[:h](?P<M>\d{2})(?::(?P<S>\d{2}))?\s?(?P<ampm>[ap]\.?\s?m\b\.?)?"
    r"(?:\s?(?P<zone>GMT|UTC|Z|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|IST|JST)"
    r"(?P<off>[+-]\d{1,2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
# Fixed offsets (hours) of the zone abbreviations news sites print. "ET"/"CT"/"PT" are
# ambiguous between standard and summer time; standard time is the documented choice.
_ZONES: dict[str, float] = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2, "eest": 3, "msk": 3,
    "ist": 5.5, "jst": 9, "et": -5, "est": -5, "edt": -4, "ct": -6, "cst": -6, "cdt": -5,
    "pt": -8, "pst": -8, "pdt": -7,
}  # fmt: skip

_UNITS: dict[str, tuple[str, DatePrecision]] = {
    "s": ("seconds", "second"), "sec": ("seconds", "second"), "second": ("seconds", "second"),
    "seconde": ("seconds", "second"), "sekunde": ("seconds", "second"), "segundo": ("seconds", "second"),
    "m": ("minutes", "minute"), "min": ("minutes", "minute"), "mins": ("minutes", "minute"),
    "minute": ("minutes", "minute"), "minuto": ("minutes", "minute"),
    "h": ("hours", "day"), "hr": ("hours", "day"), "hrs": ("hours", "day"), "hour": ("hours", "day"),
    "heure": ("hours", "day"), "stunde": ("hours", "day"), "hora": ("hours", "day"),
    "d": ("days", "day"), "day": ("days", "day"), "jour": ("days", "day"), "tag": ("days", "day"),
    "día": ("days", "day"), "dia": ("days", "day"),
    "week": ("weeks", "week"), "wk": ("weeks", "week"), "semaine": ("weeks", "week"), "woche": ("weeks", "week"),
    "semana": ("weeks", "week"),
}  # fmt: skip
_UNIT_WORD = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")(?:s|n|en|e)?\.?"
_AMOUNT = r"(?P<n>\d{1,4}|an?|one|un|une|ein|eine|einer|einem)"
# Relative stamps in the languages above: "13 sec ago", "an hour ago", "vor 5 Minuten",
# "il y a 3 heures", "hace 2 horas". Month/year units are left out: a page that says
# "2 months ago" is an archive listing, not a dateline worth trusting.
_AGO = re.compile(
    r"(?:\b" + _AMOUNT + r"\s{0,2}(?P<u>" + _UNIT_WORD + r")\s+ago\b"
    r"|\bvor\s+" + _AMOUNT.replace("?P<n>", "?P<n2>") + r"\s+(?P<u2>" + _UNIT_WORD + r")"
    r"|\bil y a\s+" + _AMOUNT.replace("?P<n>", "?P<n3>") + r"\s+(?P<u3>" + _UNIT_WORD + r")"
    r"|\bhace\s+" + _AMOUNT.replace("?P<n>", "?P<n4>") + r"\s+(?P<u4>" + _UNIT_WORD + r"))",
    re.IGNORECASE,
)
_RELATIVE_HINT = re.compile(
    r"ago\b|vor |il y a|hace |just now|gerade eben|l'instant|yesterday|gestern|ayer", re.IGNORECASE
)
_JUST_NOW = re.compile(r"\b(?:just now|moments? ago|gerade eben|à l'instant)\b", re.IGNORECASE)
_YESTERDAY = re.compile(r"\b(?:yesterday|gestern|ayer)\b", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    """A date read from text, with how precise it is and where in the text it was found."""

    value: dt.date | dt.datetime | None  # None: relative with nothing to resolve it against
    precision: DatePrecision
    relative: bool
    start: int
    end: int


def _zone(name: str | None, offset: str | None) -> dt.tzinfo | None:
    if not name:
        return None
    hours = _ZONES.get(name.lower())
    if hours is None:
        return None
    if offset:
        sign = -1 if offset.startswith("-") else 1
        digits = offset[1:].replace(":", "")
        extra = int(digits[:2]) + (int(digits[2:4]) / 60 if len(digits) > 2 else 0)
        hours += sign * extra
    return dt.timezone(dt.timedelta(hours=hours))


def _with_time(day: dt.date, text: str) -> tuple[dt.date | dt.datetime, DatePrecision]:
    """Attach the first clock time in the text (a date line's "10:32 GMT") to the date."""
    m = _TIME.search(text)
    if m is None:
        return day, "day"
    hour, minute = int(m["H"]), int(m["M"])
    ampm = (m["ampm"] or "").replace(".", "").replace(" ", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return day, "day"
    second = int(m["S"]) if m["S"] else 0
    stamp = dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=_zone(m["zone"], m["off"]))
    return stamp, "second" if m["S"] else "minute"


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_absolute(text: str) -> FoundDate | None:
    """The first calendar date (with its clock time, when the text gives one) in a short text."""
    if _YEAR.search(text) is None:
        # Every absolute form carries a four-digit year; most lines have none.
        return None
    m = _ISO.search(text)
    if m is not None:
        day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day is not None:
            if m["H"] is None:
                return FoundDate(day, "day", False, m.start(), m.end())
            tz: dt.tzinfo | None = None
            if m["tz"]:
                tz = dt.UTC if m["tz"] == "Z" else _zone("utc", m["tz"])
            stamp = dt.datetime(
                day.year,
                day.month,
                day.day,
                int(m["H"]) % 24,
                int(m["M"]) % 60,
                int(m["S"] or 0) % 60,
                tzinfo=tz,
            )
            return FoundDate(stamp, "second" if m["S"] else "minute", False, m.start(), m.end())
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        m = pattern.search(text)
        if m is not None:
            day = _safe_date(int(m["y"]), MONTHS[m["mon"].lower()], int(m["d"]))
            if day is not None:
                value, precision = _with_time(day, text)
                return FoundDate(value, precision, False, m.start(), m.end())
    m = _NUMERIC.search(text)
    if m is not None:
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        # Day first unless that is impossible: most of the world writes 20/08/2025, and a
        # US-style 08/20/2025 reveals itself by a "day" above 12.
        day = _safe_date(year, b, a) if a <= 31 and b <= 12 else _safe_date(year, a, b)
        if day is not None:
            value, precision = _with_time(day, text)
            return FoundDate(value, precision, False, m.start(), m.end())
    return None


def parse_relative(text: str, base: dt.datetime | None) -> FoundDate | None:
    """A relative stamp ("13 sec ago", "vor 5 Minuten", "yesterday"), resolved against `base`.

    Without a base the stamp is still reported (value None, precision "unknown") so callers
    know the page dated the article but the date cannot be known.
    """
    if _RELATIVE_HINT.search(text) is None:
        return None
    m = _AGO.search(text)
    if m is not None:
        amount_text = next(g for g in (m["n"], m["n2"], m["n3"], m["n4"]) if g is not None)
        unit_text = next(g for g in (m["u"], m["u2"], m["u3"], m["u4"]) if g is not None)
        amount = int(amount_text) if amount_text.isdigit() else 1
        unit = _unit(unit_text)
        if unit is None:
            return None
        field, precision = unit
        if base is None:
            return FoundDate(None, "unknown", True, m.start(), m.end())
        value: dt.date | dt.datetime = base - dt.timedelta(**{field: amount})
        if precision in ("day", "week"):
            value = value.date() if isinstance(value, dt.datetime) else value
        return FoundDate(value, precision, True, m.start(), m.end())
    m = _JUST_NOW.search(text)
    if m is not None:
        return FoundDate(base, "minute" if base else "unknown", True, m.start(), m.end())
    m = _YESTERDAY.search(text)
    if m is not None:
        if base is None:
            return FoundDate(None, "unknown", True, m.start(), m.end())
        return FoundDate(base.date() - dt.timedelta(days=1), "day", True, m.start(), m.end())
    return None


def _unit(word: str) -> tuple[str, DatePrecision] | None:
    key = word.lower().rstrip(".")
    for candidate in (key, key[:-1], key[:-2], key[:-1].rstrip("e")):
        if candidate in _UNITS:
            return _UNITS[candidate]
    return None


def parse_date(text: str, base: dt.datetime | None) -> FoundDate | None:
    """An absolute date if the text has one, else a relative stamp resolved against `base`."""
    return parse_absolute(text) or parse_relative(text, base)


def month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a year-less date such as a wire dateline's "Aug 20" or "20. August"."""
    m = re.fullmatch(r"\s*(" + _MONTH + r")\.?\s{1,3}(\d{1,2})\s*", text, re.IGNORECASE)
    if m is not None:
        return MONTHS[m.group(1).lower()], int(m.group(2))
    m = re.fullmatch(r"\s*(\d{1,2})\.?\s{1,3}(" + _MONTH + r")\.?\s*", text, re.IGNORECASE)
    if m is not None:
        return MONTHS[m.group(2).lower()], int(m.group(1))
    return None


def resolve_month_day(month: int, day: int, base: dt.datetime | None) -> dt.date | None:
    """The year-less date in the year of `base`, or the year before when it would lie ahead."""
    if base is None:
        return None
    found = _safe_date(base.year, month, day)
    if found is not None and found > base.date() + dt.timedelta(days=1):
        found = _safe_date(base.year - 1, month, day)
    return found


def fetch_time(doc: RawDocument, settings: Settings) -> dt.datetime | None:
    """When the document was fetched (its own time, else the `fetched_at` setting): relative
    stamps ("13 sec ago") count back from it and a wire dateline without a year takes its year."""
    if doc.fetched_at is not None:
        return doc.fetched_at
    if settings.fetched_at:
        try:
            return dt.datetime.fromisoformat(settings.fetched_at)
        except ValueError:  # the CLI and config loader reject it first; a library caller gets no base
            return None
    return None
