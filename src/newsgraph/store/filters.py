"""Filter validation and the WHERE builder shared by queries, search and exports, and the one
table of event filters (and of quote filters) that `newsgraph events`' (`quotes`') options and
the API's query parameters are made from.

Every user value becomes a bound parameter; the SQL fragments are fixed strings chosen here.
Invalid values raise `InvalidQuery` with a one-line message naming the filter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsgraph.errors import InvalidQuery

MAX_LIMIT = 10_000
# A day as the filters take it: YYYY, YYYY-MM or YYYY-MM-DD.
DAY_PATTERN = r"^[12]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
_ISO3 = r"^[A-Za-z]{3}$"


@dataclass(frozen=True)
class EventFilter:
    """One event (or quote) filter: its value type and its one help text, whether `newsgraph
    events` (`quotes`) has an option for it (every event filter also works as `--where
    NAME=VALUE`) and whether the API's routes take it, and the shape a valid value has, which
    the API checks before the store does (the store checks every value itself, whoever calls it).
    `option_help` is the option's wording where the CLI, which shows fewer columns, words it apart."""

    name: str
    kind: type
    help: str
    option: bool = True
    query: bool = True
    pattern: str | None = None
    max_length: int | None = None
    low: float | None = None
    high: float | None = None
    example: str | None = None
    option_help: str | None = None


# Declarative table: the CLI's options and the API's query parameters are made from it.
EVENT_FILTER_TABLE: tuple[EventFilter, ...] = (
    EventFilter("actor", str, "Source or target actor: its name or code contains this.", max_length=300,
                example="Virtanen"),
    EventFilter("country", str, "Country of either actor (ISO 3166-1 alpha-3, e.g. FIN).", pattern=_ISO3,
                example="FIN"),
    EventFilter("source_country", str, "Source actor's country (ISO3).", pattern=_ISO3),
    EventFilter("target_country", str, "Target actor's country (ISO3).", pattern=_ISO3),
    EventFilter("cameo", str, "CAMEO code prefix of 2 to 4 digits, e.g. 04 or 042.", pattern=r"^\d{2,4}$",
                example="042"),
    EventFilter("root", str, "CAMEO root class, 01 to 20.", pattern=r"^(0[1-9]|1\d|20)$", example="03"),
    EventFilter("plover", str, "PLOVER event type, e.g. CONSULT.", max_length=40, example="CONSULT"),
    EventFilter("quad_class", int, "QuadClass: 1 verbal coop., 2 material coop., 3 verbal conflict, "
                "4 material conflict.", option=False, low=1, high=4),
    EventFilter("since", str, "First day, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).", pattern=DAY_PATTERN,
                example="2025-01-01"),
    EventFilter("until", str, "Last day, inclusive (YYYY, YYYY-MM or YYYY-MM-DD).", pattern=DAY_PATTERN,
                example="2025-12-31"),
    EventFilter("place", str, "The event's place name contains this, or it is its ISO3 country.",
                max_length=300, example="Tallinn"),
    EventFilter("text", str, "The evidence sentence contains this.", max_length=300),
    EventFilter("min_tone", float, "Lowest evidence-sentence tone.", option=False, low=-100, high=100),
    EventFilter("max_tone", float, "Highest evidence-sentence tone.", option=False, low=-100, high=100),
    EventFilter("article_id", str, "Only this article's events.", option=False, max_length=100),
    # Hypothetical and negated events are not claims that something happened: they are left
    # out of every event view, count and export unless this is true.
    EventFilter("include_hypothetical", str, "Also hypothetical and negated events (true or false).",
                option=False, query=False),
)  # fmt: skip
EVENT_FILTERS: dict[str, type] = {f.name: f.kind for f in EVENT_FILTER_TABLE}
# Declarative table: `newsgraph quotes`' options and the /quotes query parameters are made from it;
# `store.query.quotes` takes each as a keyword.
QUOTE_FILTER_TABLE: tuple[EventFilter, ...] = (
    EventFilter("speaker", str, "Speaker name, code or the words naming them.", max_length=200,
                option_help="Speaker name or code contains this."),
    EventFilter("text", str, "Words inside the quote.", max_length=300, option_help="Quote text contains this."),
    EventFilter("direct", bool, "Only direct (true) or indirect (false) quotes.", option=False),
    EventFilter("article_id", str, "", option=False, max_length=100),
    EventFilter("since", str, "", option=False, pattern=DAY_PATTERN),
    EventFilter("until", str, "", option=False, pattern=DAY_PATTERN),
)  # fmt: skip
_CODE3 = re.compile(r"^[A-Z]{3}$")
_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


class _Where:
    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _like(value: str) -> str:
    """A LIKE pattern matching `value` anywhere, with LIKE's own wildcards taken literally."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _country(name: str, value: str) -> str:
    code = value.strip().upper()
    if not _CODE3.match(code):
        raise InvalidQuery(f"{name} must be a 3-letter ISO 3166 alpha-3 code (e.g. IRN), got {value!r}")
    return code


def parse_day(value: str | dt.date, name: str, *, end: bool = False) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD -> YYYY-MM-DD (the period's first day, or its last when `end`)."""
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    m = _PARTIAL_DATE.match(value.strip())
    try:
        if m is None:
            raise ValueError
        year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
        if day is not None:
            return dt.date(year, month, int(day)).isoformat()
        first = dt.date(year, month, 1)
        if not end:
            return first.isoformat()
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return (following - dt.timedelta(days=1)).isoformat()
    except ValueError:
        raise InvalidQuery(f"invalid date {value!r} for {name}: use YYYY-MM-DD, YYYY-MM or YYYY") from None


def _tone(value: object, name: str) -> float:
    """A tone bound: a number from -100 to 100 (the filter table's range), as the API and --where give it."""
    try:
        tone = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise InvalidQuery(f"{name} must be a number from -100 to 100, got {value!r}") from None
    if not -100 <= tone <= 100:
        raise InvalidQuery(f"{name} must be a number from -100 to 100, got {value!r}")
    return tone


def _cameo(value: str, name: str) -> str:
    code = value.strip()
    if not re.fullmatch(r"\d{2,4}", code):
        raise InvalidQuery(f"{name} must be a CAMEO code of 2 to 4 digits (e.g. 04, 043), got {value!r}")
    return code


def _root(value: str | int) -> str:
    text = str(value).strip()
    if not re.fullmatch(r"\d{1,2}", text) or not 1 <= int(text) <= 20:
        raise InvalidQuery(f"root must be a CAMEO root class 01-20, got {value!r}")
    return text.zfill(2)


def _limit(limit: int, offset: int = 0) -> tuple[int, int]:
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise InvalidQuery(f"limit must be between 1 and {MAX_LIMIT}, got {limit!r}")
    if not isinstance(offset, int) or offset < 0:
        raise InvalidQuery(f"offset must be a non-negative integer, got {offset!r}")
    return limit, offset


def _event_where(**filters: Any) -> _Where:
    """The WHERE clause of the event filters given (names as in EVENT_FILTER_TABLE, and
    checked here too); an empty or missing value sets no condition."""
    _check_names(filters)
    w = _Where()
    if not truthy(filters.get("include_hypothetical", False)):
        w.add("e.negated = 0 AND e.hypothetical = 0")
    _who(w, filters)
    _what(w, filters)
    _where_and_how(w, filters)
    return w


def _who(w: _Where, f: Mapping[str, Any]) -> None:
    if f.get("actor"):
        pattern = _like(f["actor"])
        w.add(
            "(e.source_name LIKE ? ESCAPE '\\' OR e.target_name LIKE ? ESCAPE '\\' "
            "OR e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')",
            *(pattern,) * 4,
        )
    if f.get("country"):
        code = _country("country", f["country"])
        w.add("(e.source_country = ? OR e.target_country = ?)", code, code)
    if f.get("source_country"):
        w.add("e.source_country = ?", _country("source_country", f["source_country"]))
    if f.get("target_country"):
        w.add("e.target_country = ?", _country("target_country", f["target_country"]))


def _what(w: _Where, f: Mapping[str, Any]) -> None:
    if f.get("cameo"):
        # A range rather than LIKE 'x%' so the comparison can use an index (':' sorts after '9').
        code = _cameo(f["cameo"], "cameo")
        w.add("e.cameo >= ? AND e.cameo < ?", code, code + ":")
    if f.get("root") is not None and f["root"] != "":
        w.add("e.root = ?", _root(f["root"]))
    if f.get("plover"):
        w.add("e.plover = ? COLLATE NOCASE", f["plover"].strip())
    quad_class = f.get("quad_class")
    if quad_class is not None:
        if quad_class not in (1, 2, 3, 4):
            raise InvalidQuery(f"quad_class must be 1, 2, 3 or 4, got {quad_class!r}")
        w.add("e.quad_class = ?", quad_class)


def _where_and_how(w: _Where, f: Mapping[str, Any]) -> None:
    if f.get("since"):
        w.add("e.day >= ?", parse_day(f["since"], "since"))
    if f.get("until"):
        w.add("e.day <= ? AND e.day != ''", parse_day(f["until"], "until", end=True))
    if f.get("place"):
        place = f["place"]
        w.add("(e.place_name LIKE ? ESCAPE '\\' OR e.place_country = ?)", _like(place), place.strip().upper())
    if f.get("text"):
        w.add("e.evidence_text LIKE ? ESCAPE '\\'", _like(f["text"]))
    if f.get("min_tone") not in (None, ""):
        w.add("e.tone >= ?", _tone(f["min_tone"], "min_tone"))
    if f.get("max_tone") not in (None, ""):
        w.add("e.tone <= ?", _tone(f["max_tone"], "max_tone"))
    if f.get("article_id"):
        w.add("e.article_id = ?", f["article_id"])


def truthy(value: bool | str | None) -> bool:
    """A flag filter's value: True, or "1" / "true" / "yes" as a query or --where gives it."""
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in ("1", "true", "yes", "on")


def _check_names(filters: Mapping[str, Any], known: Mapping[str, type] = EVENT_FILTERS) -> None:
    for name in filters:
        if name not in known:
            raise InvalidQuery(f"unknown filter {name!r}; known: {', '.join(sorted(known))}")
