"""The surface forms of English news dates, as regular expressions with their readings.

Each `Rule` pairs a pattern with a reader that turns a match into a `Resolved` value,
given the article's anchor date and the tense of the clause around it. A reader
returns None when the match is not a date after all ("March" the verb, "2020 people").

Why regexes rather than dateparser: the common forms (weekdays, "last month", "Aug. 20")
cover almost every date in news and resolve with a few lines of calendar arithmetic;
dateparser takes milliseconds per call and prefers guessing. It stays a fallback for
odd absolute forms in `resolve`.

The readers, and the rules for ambiguous readings, are in `readers`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newsgraph.understand.time import periods, readers
from newsgraph.understand.time.calendar import Anchor, Resolved
from newsgraph.understand.time.readers import NUMBER_WORDS, Tense, words

Reader = Callable[["re.Match[str]", Anchor | None, Tense], Resolved | None]

_M_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_M_ABBR = r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?"
MONTH = rf"(?P<month>(?:{_M_FULL})|(?:{_M_ABBR}))"
MONTH_FULL = rf"(?P<month>{_M_FULL})"
WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
_NUM = (
    r"\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"eighteen|twenty|thirty|forty|fifty|a couple of|a few|few|several|couple of"
)
_END = r"(?![\w])"


_RUN = re.compile(r"\w+")
_ASCII_DIGITS = frozenset("0123456789")


class WordStarts:
    """Where the words of one text begin, by lower-cased word, for `Rule.finditer`.

    Only the words in `wanted` are kept. A digit-initial word goes under "0" whatever its
    digits; a word with characters outside ASCII under "" (case-insensitive matching folds
    some of those onto ASCII letters, "ſ" onto "s", so such a word may begin any rule's match).
    """

    def __init__(self, text: str, wanted: frozenset[str]) -> None:
        self.text = text
        self.at: dict[str, list[int]] = {}
        for m in _RUN.finditer(text):
            word = m.group()
            if not word.isascii():
                key = ""
            elif word[0] in _ASCII_DIGITS:
                key = "0"
            else:
                key = word.lower()
                if key not in wanted:
                    continue
            self.at.setdefault(key, []).append(m.start())

    def of(self, words: frozenset[str]) -> list[int]:
        """Sorted start offsets of the words in `words` (lower-cased; "0" for any number), and
        of every word outside ASCII."""
        found: list[int] = list(self.at.get("", ()))
        for word in words:
            found.extend(self.at.get(word, ()))
        found.sort()
        return found


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    read: Reader
    # Lower-case words one of which every match contains: a rule whose words are all absent
    # from the text is skipped without running its pattern (most articles lack most forms).
    keywords: tuple[str, ...] = ()
    # The words a match can begin with (lower-cased, "0" for a number), for a pattern that only
    # matches from the start of a word up to a word boundary ("last March", "Aug. 20", "2020"):
    # it is tried at those words only instead of at every character, which is most of the
    # stage's cost. None: the pattern is searched for everywhere.
    starts: frozenset[str] | None = None

    def may_match(self, lowered: str) -> bool:
        return not self.keywords or any(word in lowered for word in self.keywords)

    def finditer(self, words: WordStarts) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)`: the same matches, trying only where `starts` words begin."""
        if self.starts is None:
            yield from self.pattern.finditer(words.text)
            return
        end = 0
        for at in words.of(self.starts):
            if at < end:
                continue  # inside the previous match: finditer goes on from its end
            m = self.pattern.match(words.text, at)
            if m is not None:
                end = m.end()
                yield m


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


# First words of matches (see Rule.starts): lower-cased words of the alternations above and
# below; "0" stands for a number.
_MONTH_WORDS = words(_M_FULL.lower().replace("|", " ") + " jan feb mar apr jun jul aug sep sept oct nov dec")
_MONTH_FULL_WORDS = words(_M_FULL.lower().replace("|", " "))
_WEEKDAY_WORDS = words("monday tuesday wednesday thursday friday saturday sunday")
_EDGE_WORDS = words("early mid late")
_MOD_WORDS = words("last next this past coming")
_NUMBER = frozenset({"0"})

_MOD_DAY = r"(?:(?P<mod>(?i:last|next|this past|this coming|this|past|coming))\s+)?"
_WD_PREFIX = rf"(?:{WEEKDAY},?\s+)?"
_HOLIDAY = r"(?P<h>Christmas Eve|Christmas Day|Christmas|New Year[’']s Eve|New Year[’']s Day|Valentine[’']s Day|Halloween|Fourth of July|July Fourth|Thanksgiving|Labor Day|Memorial Day|Easter Sunday|Easter Monday|Easter|Good Friday|Black Friday|Cyber Monday)"

# Order matters only for equal-length overlaps: the earlier rule wins.
RULES: tuple[Rule, ...] = (
    Rule(
        "full_date",
        _c(rf"(?<![\w.]){_WD_PREFIX}{MONTH}\s+{DAY}(?:\s?,\s*|\s+){YEAR}(?!\d)"),
        readers.full_date,
        starts=_WEEKDAY_WORDS | _MONTH_WORDS,
    ),
    Rule(
        "full_date_dmy",
        _c(rf"(?<![\w.]){_WD_PREFIX}(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH},?\s+{YEAR}(?!\d)"),
        readers.full_date,
        starts=_WEEKDAY_WORDS | {"the"} | _NUMBER,
    ),
    Rule(
        "day_range",
        _c(
            rf"(?<![\w.]){MONTH}\s+{DAY}\s*[-–]\s*(?P<day2>3[01]|[12]\d|0?[1-9])(?![\d:])(?:,?\s+{YEAR}(?!\d))?"
        ),
        readers.day_range,
        starts=_MONTH_WORDS,
    ),
    Rule(
        "month_day",
        _c(
            rf"(?<![\w.])(?:(?P<mod>(?i:next|last|this coming|this past))\s+)?{_WD_PREFIX}{MONTH}\s+{DAY}"
            r"(?![\d:])(?!\s*(?:%|percent))"
        ),
        readers.month_day,
        starts=_WEEKDAY_WORDS | _MONTH_WORDS | words("next last this"),
    ),
    Rule(
        "day_month",
        _c(rf"(?<![\w.\d$]){_WD_PREFIX}(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH_FULL}{_END}"),
        readers.month_day,
        starts=_WEEKDAY_WORDS | {"the"} | _NUMBER,
    ),
    Rule(
        "month_year",
        _c(rf"(?<![\w.])(?:(?i:early|mid|late)[\s-]+)?{MONTH_FULL}(?:\s+of)?,?\s+{YEAR}(?!\d)"),
        readers.month_year,
        starts=_EDGE_WORDS | _MONTH_FULL_WORDS,
    ),
    Rule(
        "month_span",
        _c(rf"(?<![\w.-]){MONTH_FULL}\s*[-–]\s*(?P<month2>{_M_FULL})(?![\w-])(?:,?\s+{YEAR}(?!\d))?"),
        periods.month_span,
        ("-", "–"),
        starts=_MONTH_FULL_WORDS,
    ),
    Rule(
        "bare_month",
        _c(
            rf"(?<![\w.])(?:(?P<mod>(?i:earlier this|later this|this past|this coming|last|next|this|early|mid|late))[\s-]+)?{MONTH_FULL}{_END}(?!\s*\d)"
        ),
        readers.bare_month,
        starts=words("earlier later this last next early mid late") | _MONTH_FULL_WORDS,
    ),
    Rule("iso", _c(rf"(?<![\d-]){YEAR}-(?P<mm>0[1-9]|1[0-2])-(?P<dd>[0-3]\d)(?![\d-])"), readers.iso, ("-",)),
    Rule(
        "numeric",
        _c(r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])"),
        readers.numeric,
        ("/",),
    ),
    Rule(
        "weekday",
        _c(rf"(?<![\w]){_MOD_DAY}{WEEKDAY}(?:\s+(?i:morning|afternoon|evening|night))?{_END}"),
        readers.weekday,
        ("day",),
        starts=_MOD_WORDS | _WEEKDAY_WORDS,
    ),
    Rule(
        "day_word",
        _c(
            r"(?<!\w)(?P<w>(?i:the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|"
            r"this morning|this afternoon|this evening|last night))(?:\s+(?i:morning|afternoon|evening|night))?(?!\w)"
        ),
        readers.day_word,
        (
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "this morning",
            "this afternoon",
            "this evening",
            "last night",
        ),
        starts=words("the yesterday today tonight tomorrow this last"),
    ),
    Rule(
        "unit",
        _c(
            r"(?<!\w)(?:(?i:earlier|later)\s+)?(?:(?i:the)\s+(?i:end|beginning|start|middle)\s+(?i:of)\s+)?"
            r"(?P<mod>(?i:this past|this coming|the past|the last|the next|the coming|the current|the|current|"
            r"this|last|next|past|coming))\s+(?P<unit>(?i:weekend|week|month|quarter|year|decade))(?!\w)"
        ),
        readers.unit,
        (
            "this",
            "last",
            "next",
            "past",
            "coming",
            "current",
            "end of",
            "beginning of",
            "start of",
            "middle of",
            "weekend",
        ),
        starts=words("earlier later the current") | _MOD_WORDS,
    ),
    Rule(
        "recent",
        _c(
            rf"(?<!\w)(?:(?i:in|over|during|for|within)\s+)?(?:(?i:the)\s+)?(?P<mod>(?i:recent|past|last|previous|coming|next))"
            rf"\s+(?:(?P<n>(?i:{_NUM}))\s+)?(?P<unit>(?i:hours|days|weeks|months|years|decades|day|week|month|year|decade))(?!\w)"
        ),
        readers.recent,
        ("recent", "past", "last", "previous", "coming", "next"),
        starts=words("in over during for within the recent past last previous coming next"),
    ),
    Rule(
        "ago",
        _c(rf"(?<!\w)(?P<n>(?i:{_NUM}))\s+(?P<unit>(?i:day|week|month|year|decade))s?\s+(?i:ago)(?!\w)"),
        readers.ago,
        ("ago",),
        starts=frozenset(NUMBER_WORDS) | {"couple"} | _NUMBER,
    ),
    Rule(
        "holiday",
        _c(rf"(?<!\w){_MOD_DAY}{_HOLIDAY}(?:,?\s+{YEAR}(?!\d))?(?!\w)"),
        readers.holiday,
        (
            "christmas",
            "new year",
            "valentine",
            "halloween",
            "fourth",
            "thanksgiving",
            "labor day",
            "memorial day",
            "easter",
            "good friday",
            "black friday",
            "cyber monday",
        ),
        starts=_MOD_WORDS
        | words("christmas new valentine halloween fourth july thanksgiving labor memorial easter good black cyber"),
    ),
    Rule(
        "ordinal_day",
        _c(r"(?<!\w)(?i:the)\s+(?P<day>3[01]|[12]\d|0?[1-9])(?i:st|nd|rd|th)(?=\s*(?:[.,;:)]|$))"),
        readers.ordinal_day,
        ("st", "nd", "rd", "th"),
        starts=words("the"),
    ),
    Rule(
        "season",
        _c(
            r"(?<!\w)(?:(?P<mod>(?i:this past|this coming|last|next|this|past|coming|early|late))\s+)?"
            rf"(?P<s>(?i:spring|summer|fall|autumn|winter))(?:\s+(?:of\s+)?{YEAR}(?!\d))?(?!\w)"
        ),
        readers.season,
        ("spring", "summer", "fall", "autumn", "winter"),
        starts=_MOD_WORDS | _EDGE_WORDS | words("spring summer fall autumn winter"),
    ),
    Rule(
        "quarter",
        _c(
            r"(?<!\w)(?:(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?i:quarter)"
            rf"|Q(?P<qn>[1-4]))(?:,?\s+(?:of\s+)?{YEAR}(?!\d))?(?!\w)"
        ),
        readers.quarter,
        ("quarter", "q1", "q2", "q3", "q4"),
        starts=words("first second third fourth q1 q2 q3 q4") | _NUMBER,
    ),
    Rule(
        "half",
        _c(
            r"(?<!\w)(?P<q>(?i:first|second))\s+(?i:half)\s+(?i:of)\s+"
            rf"(?:(?P<mod>(?i:the|this|last|next))\s+(?i:year)|{YEAR}(?!\d))(?!\w)"
        ),
        readers.half,
        ("half",),
        starts=words("first second"),
    ),
    Rule(
        "relative_quarter",
        _c(
            r"(?<!\w)(?:(?i:the|its|their)\s+)?(?P<rel>(?i:latest|most\s+recent|previous|prior|preceding|"
            r"year[\s-]earlier|year[\s-]ago|year[\s-]before))\s+(?:(?i:fiscal)\s+)?(?i:quarter)(?!\w)"
        ),
        periods.relative_quarter,
        ("quarter",),
        starts=words("the its their latest most previous prior preceding year"),
    ),
    Rule(
        "year_part",
        _c(
            rf"(?<!\w)(?:(?P<mod>(?i:last|this|next))\s+(?i:year)|{YEAR})['’]s\s+(?:(?i:fiscal)\s+)?"
            r"(?P<q>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[\s-]+(?P<unit>(?i:quarter|half))(?!\w)"
        ),
        periods.year_part,
        ("quarter", "half"),
        starts=words("last this next") | _NUMBER,
    ),
    Rule(
        "bare_half",
        _c(
            r"(?<![\w-])(?:(?i:the)\s+(?P<q>(?i:first|second))\s+(?i:half)(?!\s+(?i:of)\b)"
            r"|(?P<q2>(?i:first|second))-(?i:half))(?![\w-])"
        ),
        periods.bare_half,
        ("half",),
        starts=words("the first second"),
    ),
    Rule(
        "fiscal_year",
        _c(
            rf"(?<!\w)(?:(?i:fiscal)\s+(?:(?i:year)\s+)?(?:{YEAR}|['’](?P<yy>\d\d))(?!\d)"
            r"|(?P<end_year>1[89]\d\d|20\d\d)\s+(?i:fiscal)\s+(?i:year)"
            r"|(?i:the)\s+(?i:fiscal)\s+(?i:year)(?=\s+(?P<way>(?i:ended|ending|that ended|which ended|that ends|which ends))"
            rf"\s+{MONTH}\s+{DAY}(?!\d)))(?!\w)"
        ),
        periods.fiscal_year,
        ("fiscal",),
        starts=words("fiscal the") | _NUMBER,
    ),
    Rule(
        "decade",
        _c(r"(?<![\w'’])(?:(?i:early|mid|late)[\s-]+)?(?P<dec>1[89]\d0|20\d0)s(?!\w)"),
        readers.decade,
        ("0s",),
        starts=_EDGE_WORDS | _NUMBER,
    ),
    Rule(
        "year_span",
        _c(rf"(?<![\w$£€#.,/-]){YEAR}\s*[-–]\s*(?P<y2>1[89]\d\d|20\d\d|\d\d)(?![\w%/-]|[.,]\d)"),
        readers.year_span,
        starts=_NUMBER,
    ),
    Rule(
        "year",
        _c(rf"(?<![\w$£€#.,/:-])(?:(?i:early|mid|late)[\s-]+)?{YEAR}(?![\w%/:-]|[.,]\d)"),
        readers.year,
        starts=_EDGE_WORDS | _NUMBER,
    ),
)

# Every word some rule's match can begin with (`Rule.starts`), for `WordStarts`.
START_WORDS = frozenset().union(*(rule.starts for rule in RULES if rule.starts is not None))

# Rules whose reading depends on the tense of the clause.
TENSED = frozenset(
    {
        "month_day",
        "day_month",
        "day_range",
        "bare_month",
        "month_span",
        "weekday",
        "holiday",
        "season",
        "quarter",
        "ordinal_day",
        "bare_half",
        "unit",
    }
)
# Rules that match bare numbers and need the parse to confirm a date is meant.
NEEDS_YEAR_CHECK = frozenset({"year", "year_span"})
# Rules whose match needs a leading word or spaCy's DATE label (`month_has_lead`).
NEEDS_MONTH_CHECK = frozenset({"bare_month"})
