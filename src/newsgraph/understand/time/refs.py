"""Time expressions that are not calendar dates of their own, as TimeML reads them.

`grammar` holds the rules for dates; this module holds the rest of what a wire editor
writes about time, so that each is recognised for what it is:

- the present ("now", "currently", "at present", "these days"): the article's date
  (TimeML's PRESENT_REF, anchored), at day precision;
- a day named by reference ("that day", "earlier that day", "the same day", "that night"):
  the last day-precision date the text gave before it, else the article's date;
- a season after "the" ("in the summer", "by the spring"): the one the tense points to, as
  a month range ("the summer" in a past clause is the latest summer begun by the article date);
- durations ("three years", "a six-month", "for decades") and sets ("every Monday", "each
  year", "weekly", "on Mondays"): recognised as TimeML DURATION and SET, with no value, so
  no one takes them for the date of an event;
- and the one date word that is often a title: "Today" written with a capital inside a
  sentence, or before "programme", "show", "newspaper" (BBC Radio 4's "Today", USA Today),
  is `is_title` and no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newsgraph.understand.time import calendar as cal
from newsgraph.understand.time.calendar import Anchor, Resolved
from newsgraph.understand.time.grammar import WordStarts
from newsgraph.understand.time.readers import words

_NUMBERS = (
    r"\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred|several|few|a few|many|some|couple of|a couple of|dozens of|hundreds of"
)
_UNITS = r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century"
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

PRESENT = re.compile(
    r"(?<![\w-])(?i:right now|just now|now|currently|at present|at the moment|nowadays|these days|presently)(?![\w-])"
)
THAT_DAY = re.compile(
    r"(?<![\w-])(?:(?i:earlier|later)\s+)?(?i:that|the same)\s+(?i:day|morning|afternoon|evening|night)(?![\w-])"
)
SEASON = re.compile(
    r"(?<![\w-])(?i:in|during|by|over|through|until|since|before|after)\s+(?i:the)\s+"
    r"(?P<s>(?i:spring|summer|autumn|fall|winter))(?![\w-])(?!\s+(?:of\s+)?\d)"
)
DURATION = re.compile(
    # "the past three years", "the next two months" (a bare "last" may be the verb: "to last")
    rf"(?<![\w-])(?:(?:(?i:the)\s+(?i:past|last|previous|next|coming)|(?i:past|previous|next|coming))"
    rf"\s+(?=(?i:{_NUMBERS})[\s-]))?"
    rf"(?:(?i:{_NUMBERS})[\s-]+(?:(?i:more|full|straight|consecutive|long)\s+)?(?i:{_UNITS})"
    rf"|(?i:for|over)\s+(?i:years|months|decades|weeks|days|hours|centuries)"
    # "the past week", "over the last year": a stretch back from the article, TimeML's P1W, P1Y
    rf"|(?i:the)\s+(?i:past|last|previous)\s+(?i:week|month|year|decade)(?!\s+(?i:of)\b))"
    rf"(?![\w-])(?!\s+(?i:ago|later|earlier|before|after))"
)
# The past and the future with no date: TimeML's PAST_REF and FUTURE_REF ("recently", "in the future").
VAGUE = re.compile(
    # ("in future talks" is an adjective: a bare "in future" only before punctuation)
    r"(?<![\w-])(?:(?i:recently|lately)|(?i:in)\s+(?i:the)\s+(?:(?i:near|distant|foreseeable)\s+)?(?i:future)"
    r"(?!\s+(?i:of)\b)|(?i:in)\s+(?:(?i:near)\s+)?(?i:future)(?=\s*(?:[,.;:)]|$))"
    r"|(?i:in)\s+(?i:the)\s+(?i:past)(?!\s+(?i:of)\b))(?![\w-])"
)
SET = re.compile(
    rf"(?<![\w-])(?:(?i:every|each)\s+(?:(?i:other|second)\s+)?(?i:{_WEEKDAYS}|weekday|weekend|day|night|morning|evening|"
    rf"week|month|year|quarter|summer|winter|spring|autumn)"
    rf"|(?i:daily|weekly|fortnightly|monthly|quarterly|annually|yearly|nightly)"
    rf"|(?i:once|twice|thrice|(?:{_NUMBERS})\s+times)\s+(?i:a|an|per|each|every)\s+(?i:day|week|month|year)"
    rf"|(?i:on)\s+(?i:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends))(?![\w-])"
)
# "a year earlier", "two quarters before.": back from the date the text last named.
EARLIER = re.compile(
    r"(?<![\w-])(?P<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+))\s+"
    r"(?P<unit>(?i:years?|quarters?|months?|weeks?|days?))\s+"
    r"(?P<way>(?i:earlier|later|before(?=\s*[.,;:)])|after(?=\s*[.,;:)])))"
)
# "the next day", "the following morning", "the day before.": a day from the date last named.
NEXT_DAY = re.compile(
    r"(?<![\w-])(?i:the)\s+(?:(?P<which>(?i:next|following|previous|preceding))\s+"
    r"(?i:day|morning|afternoon|evening|night)|(?i:day)\s+(?P<side>(?i:before|after))(?=\s*[.,;:)]))"
)
_TITLE_NEXT = re.compile(r"\s+(?i:programme|program|show|newspaper|paper|presenter|host)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|[\"“‘'(]\s*)$")


_NUMBER_STARTS = (
    "0 a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty hundred several few many some couple dozens hundreds"
)
# The words each pattern's matches begin with ("0": any number), so that it is tried at those
# words only, as `grammar.Rule.finditer` does: scanning every character is the cost.
_STARTS: dict[str, frozenset[str]] = {
    "present": words("right just now currently at nowadays these presently"),
    "that_day": words("earlier later that the"),
    "season": words("in during by over through until since before after"),
    "duration": words(_NUMBER_STARTS) | words("for over the past last previous next coming"),
    "earlier": words("a an one two three four five six seven eight nine ten 0"),
    "next_day": words("the"),
    "vague": words("recently lately in"),
    "set": words(
        "every each daily weekly fortnightly monthly quarterly annually yearly nightly on once twice thrice"
    )
    | words(_NUMBER_STARTS),
}
START_WORDS = frozenset().union(*_STARTS.values())


def _matches(rx: re.Pattern[str], name: str, starts: WordStarts) -> Iterator[re.Match[str]]:
    end = 0
    for at in starts.of(_STARTS[name]):
        if at < end:
            continue
        m = rx.match(starts.text, at)
        if m is not None:
            end = m.end()
            yield m


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    reading: Resolved
    timex_type: str  # "DATE", "DURATION" or "SET"


def is_title(text: str, start: int, end: int) -> bool:
    """Is this "Today" a title (a programme, a newspaper) rather than the day?"""
    word = text[start:end]
    if word.lower() != "today":
        return False
    if _TITLE_NEXT.match(text, end):
        return True
    if not word[0].isupper():
        return False
    # Mid-sentence, the day is written in lower case: "told the BBC's Today", "USA Today".
    return _SENTENCE_START.search(text, max(0, start - 4), start) is None


def find_refs(
    starts: WordStarts,
    anchor: Anchor | None,
    tense_at: Callable[[int], str],
    dates: list[tuple[int, int, Resolved]],
) -> Iterator[Found]:
    """Present references, "that day", "the summer", durations and sets in `starts.text`
    (whose `WordStarts` must hold `START_WORDS`).

    `dates`: the calendar dates already found (start, end, reading), for "that day"."""
    for m in _matches(PRESENT, "present", starts):
        if anchor is not None and anchor.covers("day"):
            yield Found(m.start(), m.end(), cal.day(anchor.date), "DATE")
    for m in _matches(THAT_DAY, "that_day", starts):
        before = [r for s, _, r in dates if s < m.start() and r.precision == "day" and r.value]
        if before:
            yield Found(m.start(), m.end(), before[-1], "DATE")
        elif anchor is not None and anchor.covers("day"):
            yield Found(m.start(), m.end(), cal.day(anchor.date), "DATE")
    for m in _matches(EARLIER, "earlier", starts):
        before = [r for s, _, r in dates if s < m.start() and r.value]
        n = _COUNT.get(m["n"].lower()) or (int(m["n"]) if m["n"].isdigit() else 1)
        n = n if m["way"].lower() in ("later", "after") else -n
        reading = _earlier(before[-1] if before else None, anchor, m["unit"].lower().rstrip("s"), n)
        if reading is not None:
            yield Found(m.start(), m.end(), reading, "DATE")
    for m in _matches(NEXT_DAY, "next_day", starts):
        before = [r for s, _, r in dates if s < m.start() and r.value and r.precision == "day"]
        ahead = (m["which"] or "").lower() in ("next", "following") or (m["side"] or "").lower() == "after"
        reading = _earlier(before[-1] if before else None, anchor, "day", 1 if ahead else -1)
        if reading is not None:
            yield Found(m.start(), m.end(), reading, "DATE")
    for m in _matches(SEASON, "season", starts):
        reading = _season(m["s"].lower(), anchor, tense_at(m.start("s")))
        if reading is not None:
            yield Found(m.start("s") - len("the "), m.end(), reading, "DATE")
    for m in _matches(VAGUE, "vague", starts):
        yield Found(m.start(), m.end(), Resolved(None, "unknown"), "DATE")
    for m in _matches(SET, "set", starts):
        yield Found(m.start(), m.end(), Resolved(None, "unknown"), "SET")
    for m in _matches(DURATION, "duration", starts):
        yield Found(m.start(), m.end(), Resolved(None, "unknown"), "DURATION")


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}


def _season(name: str, anchor: Anchor | None, tense: str) -> Resolved | None:
    """The season a tense points to: past, the latest begun by the article date; future,
    the first not yet begun; present, the one under way, else the next."""
    if anchor is None or not anchor.covers("month"):
        return None
    first, last = _SEASONS[name]
    today = (anchor.date.year, anchor.date.month)

    def span(year: int) -> tuple[tuple[int, int], tuple[int, int]]:
        return (year, first), ((year + 1, last) if first == 12 else (year, last))

    candidates = [span(y) for y in (anchor.date.year - 1, anchor.date.year, anchor.date.year + 1)]
    begun = [c for c in candidates if c[0] <= today]
    ahead = [c for c in candidates if c[0] > today]
    running = [c for c in begun if c[1] >= today]
    if tense == "past":
        chosen = begun[-1]
    elif tense == "future":
        chosen = ahead[0]
    else:
        chosen = running[0] if running else ahead[0]
    return cal.month_range(*chosen)


_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_COUNT |= {"eight": 8, "nine": 9, "ten": 10}


def _earlier(referent: Resolved | None, anchor: Anchor | None, unit: str, n: int) -> Resolved | None:
    """The date `n` units after (before, when negative) the last date the text named ("profit
    rose in the third quarter ... from a year earlier": the third quarter of the year before),
    else the article's date, at the precision of what it is counted from."""
    if referent is None or referent.value is None:
        if anchor is None:
            return None
        referent = (
            cal.day(anchor.date)
            if unit in ("day", "week")
            else cal.month(anchor.date.year, anchor.date.month)
        )
        if unit == "year":
            referent = cal.year(anchor.date.year)
    months = {"year": 12, "quarter": 3, "month": 1}.get(unit)
    value = referent.value
    if value is None:
        return None
    if referent.precision == "year" and unit == "year":
        end = referent.end_value
        return Resolved(str(int(value) + n), "year", str(int(end) + n) if end else None)
    if referent.precision == "month" and months:
        first = cal.add_months(int(value[:4]), int(value[5:7]), n * months)
        if referent.end_value:
            last = cal.add_months(int(referent.end_value[:4]), int(referent.end_value[5:7]), n * months)
            return cal.month_range(first, last)
        return cal.month(*first)
    if referent.precision == "day" and len(value) == 10:
        date = dt.date.fromisoformat(value)
        if months:
            y, m = cal.add_months(date.year, date.month, n * months)
            return cal.day(cal.safe_date(y, m, date.day) or dt.date(y, m, 28))
        return cal.day(date + dt.timedelta(days=n * (7 if unit == "week" else 1)))
    return None
