"""Filter validation and the WHERE builder shared by queries, search and exports.

Every user value becomes a bound parameter; the SQL fragments are fixed strings chosen here.
Invalid values raise `InvalidQuery` with a one-line message naming the filter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from newsgraph.errors import InvalidQuery

MAX_LIMIT = 10_000
EVENT_FILTERS: dict[str, type] = {
    "actor": str,
    "country": str,
    "source_country": str,
    "target_country": str,
    "cameo": str,
    "root": str,
    "plover": str,
    "quad_class": int,
    "since": str,
    "until": str,
    "place": str,
    "text": str,
    "min_tone": float,
    "max_tone": float,
    "article_id": str,
    # Hypothetical and negated events are not claims that something happened: they are left
    # out of every event view, count and export unless this is true.
    "include_hypothetical": str,
}
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


def _event_where(
    *,
    actor: str | None = None,
    country: str | None = None,
    source_country: str | None = None,
    target_country: str | None = None,
    cameo: str | None = None,
    root: str | int | None = None,
    plover: str | None = None,
    quad_class: int | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    place: str | None = None,
    text: str | None = None,
    min_tone: float | None = None,
    max_tone: float | None = None,
    article_id: str | None = None,
    include_hypothetical: bool | str = False,
) -> _Where:
    w = _Where()
    if not truthy(include_hypothetical):
        w.add("e.negated = 0 AND e.hypothetical = 0")
    if actor:
        pattern = _like(actor)
        w.add(
            "(e.source_name LIKE ? ESCAPE '\\' OR e.target_name LIKE ? ESCAPE '\\' "
            "OR e.source_code LIKE ? ESCAPE '\\' OR e.target_code LIKE ? ESCAPE '\\')",
            *(pattern,) * 4,
        )
    if country:
        code = _country("country", country)
        w.add("(e.source_country = ? OR e.target_country = ?)", code, code)
    if source_country:
        w.add("e.source_country = ?", _country("source_country", source_country))
    if target_country:
        w.add("e.target_country = ?", _country("target_country", target_country))
    if cameo:
        # A range rather than LIKE 'x%' so the comparison can use an index (':' sorts after '9').
        code = _cameo(cameo, "cameo")
        w.add("e.cameo >= ? AND e.cameo < ?", code, code + ":")
    if root is not None and root != "":
        w.add("e.root = ?", _root(root))
    if plover:
        w.add("e.plover = ? COLLATE NOCASE", plover.strip())
    if quad_class is not None:
        if quad_class not in (1, 2, 3, 4):
            raise InvalidQuery(f"quad_class must be 1, 2, 3 or 4, got {quad_class!r}")
        w.add("e.quad_class = ?", quad_class)
    if since:
        w.add("e.day >= ?", parse_day(since, "since"))
    if until:
        w.add("e.day <= ? AND e.day != ''", parse_day(until, "until", end=True))
    if place:
        w.add("(e.place_name LIKE ? ESCAPE '\\' OR e.place_country = ?)", _like(place), place.strip().upper())
    if text:
        w.add("e.evidence_text LIKE ? ESCAPE '\\'", _like(text))
    if min_tone is not None:
        w.add("e.tone >= ?", float(min_tone))
    if max_tone is not None:
        w.add("e.tone <= ?", float(max_tone))
    if article_id:
        w.add("e.article_id = ?", article_id)
    return w


def truthy(value: bool | str | None) -> bool:
    """A flag filter's value: True, or "1" / "true" / "yes" as a query or --where gives it."""
    if isinstance(value, bool):
        return value
    return str(value or "").strip().lower() in ("1", "true", "yes", "on")


def _check_names(filters: Mapping[str, Any], known: Mapping[str, type] = EVENT_FILTERS) -> None:
    for name in filters:
        if name not in known:
            raise InvalidQuery(f"unknown filter {name!r}; known: {', '.join(sorted(known))}")
