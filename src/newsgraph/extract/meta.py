"""Article metadata that scraped text carries in its wording rather than in markup.

- date lines: "Updated 20 August 2025", "Published Aug 20, 2025 10:32 GMT | Updated 2 hours ago"
- wire openings: "KYIV, Aug 20 (Reuters) - ...", "WASHINGTON (AP) — ...", "REUTERS: ...",
  "WASHINGTON: ...", "MOSCOW, August 20. /TASS/. ..."
- bylines: "By Jane Doe, Associated Press", "Von Anna Weber, dpa", "By Reuters Staff"
- end credits: "(Reporting by ...; Editing by ...)", "— AP", "AFP", "Associated Press writer X
  contributed to this report."

The agency is read only from these structural places, never from prose: "AP sources say" in
a headline or "told The Associated Press" in a sentence names a source, not the wire service
the article came from.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from newsgraph.extract.dates import MONTHS, FoundDate, month_day, parse_absolute, parse_relative

# Canonical agency name -> the ways pages write it (compared case-insensitively). Facts about
# which wire services exist; the canonical form is the agency's own short name.
_AGENCY_ALIASES: dict[str, tuple[str, ...]] = {
    "Reuters": ("reuters", "thomson reuters", "reuters staff"),
    "AP": ("ap", "associated press", "the associated press"),
    "AFP": ("afp", "agence france-presse", "agence france presse"),
    "dpa": ("dpa", "deutsche presse-agentur"),
    "Xinhua": ("xinhua", "xinhua news agency"),
    "TASS": ("tass", "itar-tass"),
    "Interfax": ("interfax", "interfax-ukraine"),
    "RIA Novosti": ("ria novosti",),
    "Anadolu": ("anadolu", "anadolu agency", "aa"),
    "EFE": ("efe",),
    "ANSA": ("ansa",),
    "Kyodo": ("kyodo", "kyodo news"),
    "Yonhap": ("yonhap",),
    "PTI": ("pti", "press trust of india"),
    "IANS": ("ians",),
    "ANI": ("ani",),
    "UPI": ("upi", "united press international"),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "PA": ("pa", "pa media", "press association"),
    "AAP": ("aap", "australian associated press"),
    "Canadian Press": ("canadian press", "the canadian press", "cp"),
    "ANP": ("anp",),
    "APA": ("apa",),
    "KNA": ("kna",),
    "epd": ("epd",),
    "Belga": ("belga",),
    "PAP": ("pap",),
    "CTK": ("ctk", "čtk"),
    "MTI": ("mti",),
    "Ukrinform": ("ukrinform",),
    "UNIAN": ("unian",),
    "BelTA": ("belta",),
    "IRNA": ("irna",),
    "WAFA": ("wafa",),
    "SANA": ("sana",),
    "KCNA": ("kcna",),
    "SPA": ("spa",),
    "WAM": ("wam",),
    "KUNA": ("kuna",),
    "MENA": ("mena",),
    "Bernama": ("bernama",),
    "Antara": ("antara",),
    "Lusa": ("lusa",),
    "Europa Press": ("europa press",),
    "Agencia Brasil": ("agencia brasil", "agência brasil"),
}
AGENCIES: dict[str, str] = {alias: name for name, aliases in _AGENCY_ALIASES.items() for alias in aliases}
_AGENCY_RE = "(?:" + "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True)) + ")"


def agency_name(text: str) -> str | None:
    """The canonical agency name for text that is exactly an agency ("REUTERS", "The AP")."""
    key = re.sub(r"\s+", " ", text.strip(" \t()[]/.,:;-–—")).casefold()
    return AGENCIES.get(key)


# --- wire openings ------------------------------------------------------------------------

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"  # upper-case Latin letters, with the accented ones datelines use
_CAPS_DL = rf"[{_UP}][{_UP}.'’/\- ]{{1,40}}?"
_MIXED_DL = rf"[{_UP}][\w.'’/\- ]{{1,30}}?(?:,\s[{_UP}][\w.'’\- ]{{1,30}}?)??"
_MONTHS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*|januar|februar|märz|mai|juni|juli"
    r"|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
)
# "Aug 20", "20 Aug", and AFP's "Aug 20, 2025" with the year.
_WIRE_DATE = (
    rf"(?:,\s{{0,2}}(?P<date>(?i:{_MONTHS})\.?\s{{1,2}}\d{{1,2}}|\d{{1,2}}\.?\s{{1,2}}(?i:{_MONTHS})\.?)"
    rf"(?:,?\s{{1,2}}(?P<year>(?:19|20)\d\d)\b)?)?"
)
# A hyphen needs spaces around it ("WASHINGTON - "), or "COVID-19 cases" would read as a dateline.
_DASH = r"(?:\s{1,2}-{1,2}\s{1,2}|\s{0,2}[–—]{1,2}\s{0,2})"
# "KYIV, Aug 20 (Reuters) - ", "Kyiv, Ukraine (AP) — ", "BERLIN, 20. August (dpa) - ".
_WIRE = re.compile(rf"^(?P<dl>{_MIXED_DL}){_WIRE_DATE}\s{{0,2}}\((?P<ag>[^()]{{2,40}})\){_DASH}")
# "(Reuters) - " with no dateline.
_AGENCY_PAREN = re.compile(rf"^\((?P<ag>[^()]{{2,40}})\){_DASH}")
# "Reuters - " with no dateline: an agency's name in plain case before the dash (AG's News leads open so).
_AGENCY_DASH = re.compile(rf"^(?P<ag>[{_UP}][\w.&]{{1,20}}(?: [{_UP}][\w.&]{{1,20}}){{0,2}}){_DASH}")
# "MOSCOW, August 20. /TASS/. " (TASS house style).
_SLASHED = re.compile(rf"^(?P<dl>{_CAPS_DL}){_WIRE_DATE}\.?\s{{0,2}}/(?P<ag>[\w-]{{2,20}})/\.?\s{{1,2}}")
# "WASHINGTON: ", "REUTERS: ", "NEW YORK — ", "WASHINGTON, Aug 20 - ".
# "JEDDAH, Saudi Arabia — ": an upper-case city may carry its country or state in plain case.
_CAPS_PREFIX = re.compile(
    rf"^(?P<dl>{_CAPS_DL})(?P<region>,\s[{_UP}][\w.'’\- ]{{1,30}}?)??{_WIRE_DATE}(?::\s{{1,2}}|{_DASH})"
)
# Upper-case labels that open paragraphs but are not places.
_NOT_DATELINES = frozenset(
    [
        "breaking",
        "breaking",
        "news",
        "update",
        "updated",
        "exclusive",
        "analysis",
        "opinion",
        "editorial",
        "editor's",
        "note",
        "note",
        "watch",
        "live",
        "video",
        "photos",
        "photo",
        "read",
        "more",
        "correction",
        "clarification",
        "file",
        "advertisement",
        "q",
        "a",
        "faq",
        "warning",
        "explainer",
        "factbox",
        "timeline",
        "fact",
        "check",
        "comment",
        "interview",
        "review",
        "feature",
        # Section slugs wire desks put before a headline or lead ("SOCCER - ..."): a desk,
        # not the place the story was filed from.
        "sport",
        "sports",
        "soccer",
        "football",
        "cricket",
        "tennis",
        "golf",
        "rugby",
        "rugby union",
        "rugby league",
        "boxing",
        "basketball",
        "baseball",
        "ice hockey",
        "hockey",
        "cycling",
        "athletics",
        "motor racing",
        "motorcycling",
        "skiing",
        "swimming",
        "squash",
        "horse racing",
        "business",
        "markets",
        "politics",
    ]
)


@dataclass(frozen=True)
class Opening:
    """What the first paragraph's opening says about where and from whom the story came."""

    text: str  # the paragraph with the dateline/agency prefix removed
    dateline: str | None = None
    agency: str | None = None
    month_day: tuple[int, int] | None = None  # the date in "KYIV, Aug 20 (Reuters)"
    year: int | None = None  # the year, when the opening gives one ("MINSK, Aug 20, 2025 (AFP)")

    @property
    def found(self) -> bool:
        return self.dateline is not None or self.agency is not None


def _dateline(raw: str) -> str | None:
    text = raw.strip(" ,.-–—")
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2 or text.casefold() in _NOT_DATELINES:
        return None
    return text


# Lower-case particles place names keep ("Rio de Janeiro", "Frankfurt am Main").
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "la",
        "le",
        "les",
        "am",
        "an",
        "der",
        "den",
        "di",
        "du",
        "of",
        "on",
        "upon",
        "sur",
        "sous",
        "en",
    ]
)


def _place_like(dateline: str) -> bool:
    """Every word capitalised: "Kyiv, Ukraine" is a dateline, "The talks" is not."""
    words = re.findall(r"[^\W\d_][\w'’.\-]*", dateline)
    return bool(words) and all(w[0].isupper() or w in _PARTICLES for w in words) and words[0] != "The"


def read_opening(paragraph: str) -> Opening:
    """Split a wire/dateline prefix off the first paragraph ("REUTERS: Belarus seeks ...")."""
    head = paragraph[:160]
    for pattern in (_WIRE, _SLASHED):
        m = pattern.match(head)
        if m is not None:
            agency = agency_name(m["ag"])
            dateline = _dateline(m["dl"])
            if agency is not None and dateline is not None and _place_like(dateline):
                return _opening(paragraph, m.end(), dateline, agency, m["date"], m["year"])
    for pattern in (_AGENCY_PAREN, _AGENCY_DASH):
        m = pattern.match(head)
        if m is not None and agency_name(m["ag"]) is not None:
            return _opening(paragraph, m.end(), None, agency_name(m["ag"]), None)
    m = _CAPS_PREFIX.match(head)
    if m is not None and not any(c.islower() for c in m["dl"]):
        agency = agency_name(m["dl"])
        if agency is not None:
            return _opening(paragraph, m.end(), None, agency, m["date"], m["year"])
        dateline = _dateline(m["dl"])
        region = (m["region"] or "").strip(", ")
        if dateline is not None and (not region or _place_like(region)):
            return _opening(
                paragraph,
                m.end(),
                f"{dateline}, {region}" if region else dateline,
                None,
                m["date"],
                m["year"],
            )
    return Opening(paragraph)


def _opening(
    paragraph: str,
    end: int,
    dateline: str | None,
    agency: str | None,
    date: str | None,
    year: str | None = None,
) -> Opening:
    rest = paragraph[end:].lstrip()
    if len(rest) < 2 or not (rest[0].isalnum() or rest[0] in "\"“‘'«„("):
        # A prefix with no sentence after it is a label, not an opening.
        return Opening(paragraph)
    day = month_day(date) if date else None
    return Opening(rest, dateline, agency, day, int(year) if year and day else None)


# --- bylines and credits ------------------------------------------------------------------

_BYLINE = re.compile(r"^(?:by|von|par|por|di|door|de)\s+(?P<rest>\S.{0,120})$", re.IGNORECASE)
_SPLIT_NAMES = re.compile(r"\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|&|\||/|;)\s*", re.IGNORECASE)
_REPORTING = re.compile(
    r"^\(?\s*(?:additional\s+)?reporting\s+by\s+(?P<names>[^;)]{2,200})(?P<rest>[^)]{0,300})\)?\s*$",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"^(?P<agency>associated press|ap|reuters|afp)\s+(?:writers?|reporters?|correspondents?)\s+.{2,200}?"
    r"\bcontributed\b.{0,60}$",
    re.IGNORECASE,
)
_COPYRIGHT_AGENCY = re.compile(rf"^(?:©|copyright)\s*(?:\d{{4}}\s*)?(?P<ag>{_AGENCY_RE})\b", re.IGNORECASE)
_WITH_AGENCY = re.compile(rf"^\(?\s*(?:with|mit|avec|con)\s+(?P<ag>{_AGENCY_RE})\b", re.IGNORECASE)


# "Reuters Staff", "AP Auto Writer", "AFP correspondent": an agency followed by a job title.
_JOB = re.compile(r"(?i)\s+(?:[a-z]+\s+)?(?:staff|writers?|reporters?|correspondents?|editors?)$")


_TRAILING_AGENCY = re.compile(rf"^(?P<name>.+?)\s+(?P<ag>{_AGENCY_RE})$", re.IGNORECASE)


@dataclass(frozen=True)
class Credit:
    """Who wrote or supplied the story, from a byline or an end-of-article credit line."""

    agency: str | None = None
    author: str | None = None


def _names(text: str) -> tuple[str | None, str | None]:
    """(agency, authors) among comma/and-separated credit names."""
    agency: str | None = None
    people: list[str] = []
    for part in _SPLIT_NAMES.split(text):
        part = part.strip(" .()")
        if not part:
            continue
        part = re.sub(r"\s+in\s+.*$", "", part)  # "Pavel Polityuk in Kyiv"
        trailing = _TRAILING_AGENCY.match(part)  # "NINO KAPANADZE Associated Press"
        if trailing is not None and agency_name(trailing["ag"]) is not None:
            agency = agency or agency_name(trailing["ag"])
            part = trailing["name"]
        found = agency_name(part) or agency_name(_JOB.sub("", part))
        if found is not None:
            agency = agency or found
        elif re.match(rf"^[{_UP}][\w.'’\-]+(?:\s[{_UP}][\w.'’\-]+){{0,3}}$", part) and len(part) <= 40:
            people.append(part)
    return agency, ", ".join(people) or None


def read_byline(line: str) -> Credit | None:
    """A byline such as "By Jane Doe and John Roe, Reuters", "By AFP" or "Jane Doe | AP"."""
    text = line.strip()
    if len(text) > 140 or (text.endswith((".", "?", "!")) and not text.endswith(" Jr.")):
        return None
    m = _BYLINE.match(text)
    if m is not None:
        agency, author = _names(m["rest"])
        if agency is None and author is None:
            return None
        return Credit(agency, author)
    # "Jane Doe | Reuters", "Jane Doe, Associated Press": a name list ending in an agency.
    tail = re.split(r"\s*[|,]\s*", text)
    if len(tail) >= 2 and agency_name(_JOB.sub("", tail[-1])) is not None and len(text.split()) <= 10:
        agency, author = _names(text)
        return Credit(agency, author)
    return None


def read_credit(line: str) -> Credit | None:
    """An end-of-article credit: a bare agency line ("— AP", "AFP"), Reuters' "(Reporting by
    ...; Editing by ...)", AP's "... writer X contributed to this report", "(with AFP)"."""
    text = line.strip()
    bare = agency_name(text)
    if bare is not None:
        return Credit(bare)
    m = _REPORTING.match(text)
    if m is not None:
        _, author = _names(m["names"])
        # The parenthesised "Reporting by ...; Editing by ..." block is Reuters' house style.
        agency = "Reuters" if re.search(r"\bediting by\b", m["rest"], re.IGNORECASE) else None
        return Credit(agency, author)
    m = _CONTRIBUTED.match(text)
    if m is not None:
        return Credit(agency_name(m["agency"]))
    for pattern in (_COPYRIGHT_AGENCY, _WITH_AGENCY):
        m = pattern.match(text)
        if m is not None and len(text) < 160:
            return Credit(agency_name(m["ag"]))
    # "dpa/ab", "AFP/Reuters": agencies joined by slashes, with an editor's initials.
    parts = [p for p in re.split(r"\s*[/,&]\s*|\s+and\s+", text.strip("()—–- ")) if p]
    if 1 < len(parts) <= 4 and agency_name(parts[0]) is not None and all(len(p) <= 20 for p in parts):
        return Credit(agency_name(parts[0]))
    return None


# --- date lines ---------------------------------------------------------------------------

_UPDATED_LABEL = re.compile(
    r"\b(?:(?:last\s)?updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato|bijgewerkt)\b",
    re.IGNORECASE,
)
# Words a date line may carry besides the date itself.
_DATE_WORDS = frozenset(
    [
        "updated",
        "last",
        "published",
        "posted",
        "first",
        "modified",
        "on",
        "at",
        "date",
        "time",
        "am",
        "pm",
        "a.m.",
        "p.m.",
        "gmt",
        "utc",
        "et",
        "est",
        "edt",
        "cet",
        "cest",
        "bst",
        "msk",
        "pt",
        "pst",
        "pdt",
        "ct",
        "cst",
        "cdt",
        "ist",
        "jst",
        "z",
        "uhr",
        "le",
        "à",
        "am",
        "um",
        "de",
        "el",
        "el",
        "publié",
        "publiée",
        "mis",
        "jour",
        "aktualisiert",
        "veröffentlicht",
        "stand",
        "erstellt",
        "publicado",
        "actualizado",
        "aggiornato",
        "pubblicato",
        "the",
        "of",
        "ago",
        "sec",
        "secs",
        "second",
        "seconds",
        "min",
        "mins",
        "minute",
        "minutes",
        "hr",
        "hrs",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "vor",
        "il",
        "y",
        "a",
        "hace",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "just",
        "now",
        "yesterday",
        "gestern",
        "ayer",
    ]
)
_WORDS = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]\.)?")


# "Posted by Michael Smith on November 19, 2019": a byline sharing the date's line.
_BY_NAME = re.compile(rf"\bby\s+(?P<name>[{_UP}][\w.'’\-]+(?:\s[{_UP}][\w.'’\-]+){{0,3}})")


_DIGIT = re.compile(r"\d")
_NO_DIGIT_STAMP = re.compile(
    r"just now|yesterday|gestern|ayer|moments? ago|an? (?:hour|minute) ago", re.IGNORECASE
)


@dataclass(frozen=True)
class DateLine:
    published: FoundDate | None = None
    updated: FoundDate | None = None
    author: str | None = None


def read_date_line(line: str, base: dt.datetime | None) -> DateLine | None:
    """Dates from a line that is nothing but a date stamp, or None for any other line.

    A line counts only when a date leaves at most two other words, so a sentence that
    mentions "20 August 2025" is never taken for the article's date line.
    """
    text = line.strip()
    if len(text) > 120 or (_DIGIT.search(text) is None and _NO_DIGIT_STAMP.search(text) is None):
        return None
    published: FoundDate | None = None
    updated: FoundDate | None = None
    author: str | None = None
    for part in re.split(r"\s*[|·•;]\s*|\s{3,}", text):
        if not part:
            continue
        found = parse_absolute(part) or parse_relative(part, base)
        if found is None:
            continue
        rest = part[: found.start] + " " + part[found.end :]
        by = _BY_NAME.search(rest)
        if by is not None and agency_name(by["name"]) is None:
            author = author or by["name"]
            rest = rest[: by.start()] + rest[by.end() :]
        leftover = [w for w in _WORDS.findall(rest) if w.casefold() not in _DATE_WORDS and not _is_month(w)]
        if len(leftover) > 2:
            return None
        if _UPDATED_LABEL.search(part):
            updated = updated or found
        else:
            published = published or found
    if published is None and updated is None:
        return None
    return DateLine(published, updated, author)


def _is_month(word: str) -> bool:
    return word.casefold().rstrip(".") in MONTHS
