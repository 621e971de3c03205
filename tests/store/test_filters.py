"""The event filter table and the WHERE builder, run against a real store (tests/store/conftest.py).

The builder is called directly and its clause run on the events table, so these tests say
what each filter selects without going through the query module's paging and ordering."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from newsgraph.errors import InvalidQuery, UsageError
from newsgraph.model import Analysis
from newsgraph.store import Store, open_store
from newsgraph.store.filters import (
    DAY_PATTERN,
    EVENT_FILTER_TABLE,
    EVENT_FILTERS,
    MAX_LIMIT,
    _event_where,
    _like,
    _limit,
    _Where,
    parse_day,
    truthy,
)

# One value per filter of the table, and the events (by CAMEO code) it keeps of the five the
# fixture store holds: 057 and 190 (Iran, May 2024), 112 and 010 (United States, June 2024),
# 195 (Russian forces near Kharkiv, undated).
SAMPLES: dict[str, tuple[Any, set[str]]] = {
    "actor": ("forces", {"195"}),
    "country": (" ukr ", {"195"}),
    "source_country": ("USA", {"010", "112"}),
    "target_country": ("irq", {"057"}),
    "cameo": ("11", {"112"}),
    "root": (1, {"010"}),
    "plover": (" Accuse ", {"112"}),
    "quad_class": (3, {"112"}),
    "since": ("2024-06", {"010", "112"}),
    "until": ("2024-05-04", {"190"}),
    "place": ("kharkiv", {"195"}),
    "text": ("frontier", {"190"}),
    "min_tone": (1, {"057"}),
    "max_tone": ("-10", {"190"}),
    "article_id": (None, {"010", "112"}),  # the sanctions article's id, set in the test
    "include_hypothetical": ("true", {"057", "190", "112", "010", "195"}),
}
ALL = {"057", "190", "112", "010", "195"}


def _selected(store: Store, **filters: Any) -> set[str]:
    w = _event_where(**filters)
    return {r["cameo"] for r in store.conn.execute(f"SELECT e.cameo FROM events e{w.sql}", w.params)}


def test_filters_table_names_are_unique_with_their_kinds() -> None:
    names = [f.name for f in EVENT_FILTER_TABLE]
    assert len(names) == len(set(names))
    assert EVENT_FILTERS["quad_class"] is int and EVENT_FILTERS["min_tone"] is float
    assert all(f.help.strip() for f in EVENT_FILTER_TABLE)


def test_filters_table_examples_fit_their_own_shape() -> None:
    for f in EVENT_FILTER_TABLE:
        if f.example is None:
            continue
        if f.pattern is not None:
            assert re.match(f.pattern, f.example), f.name
        if f.max_length is not None:
            assert len(f.example) <= f.max_length, f.name


def test_filters_flag_is_neither_an_option_nor_a_query_parameter() -> None:
    flag = next(f for f in EVENT_FILTER_TABLE if f.name == "include_hypothetical")
    assert (flag.option, flag.query) == (False, False)
    no_option = {f.name for f in EVENT_FILTER_TABLE if not f.option}
    assert no_option == {"quad_class", "min_tone", "max_tone", "article_id", "include_hypothetical"}


def test_filters_every_filter_of_the_table_narrows_the_events(
    filled: Store, analyses: list[Analysis]
) -> None:
    # A filter added to the table needs a sample here.
    assert set(SAMPLES) == set(EVENT_FILTERS)
    assert _selected(filled) == ALL
    for name, (value, expected) in SAMPLES.items():
        if name == "article_id":
            value = analyses[1].article.id
        assert _selected(filled, **{name: value}) == expected, name


def test_filters_combine_with_and(filled: Store) -> None:
    assert _selected(filled, country="IRN", quad_class=4) == {"190"}
    assert _selected(filled, source_country="USA", cameo="01") == {"010"}
    assert _selected(filled, min_tone=-10, max_tone=-1) == {"195"}
    assert _selected(filled, since="2024-05-05", until="2024-05-31") == {"057"}
    assert _selected(filled, country="UKR", since="2024") == set()  # an undated event has no day


def test_filters_empty_values_set_no_condition() -> None:
    w = _event_where(actor="", country=None, cameo="", root="", since="", min_tone=None, quad_class=None)
    assert w.clauses == ["e.negated = 0 AND e.hypothetical = 0"]
    assert w.params == []


@pytest.mark.parametrize("bound", ["warm", "1e9", [1]])
def test_filters_tone_bound_must_be_a_number_in_range(bound: object) -> None:
    assert _event_where(min_tone="", max_tone="").params == []  # empty sets no condition
    with pytest.raises(InvalidQuery, match="min_tone must be a number from -100 to 100"):
        _event_where(min_tone=bound)
    assert _event_where(max_tone="-2.5").params[-1] == -2.5


def test_filters_values_are_bound_never_spliced() -> None:
    w = _event_where(actor="x' OR 1=1 --", root="3", until="2024-02")
    assert "OR 1=1" not in w.sql
    assert w.sql.count("?") == len(w.params)
    assert w.params == ["%x' OR 1=1 --%"] * 4 + ["03", "2024-02-29"]


def test_filters_like_takes_its_wildcards_literally() -> None:
    assert _like("50%") == "%50\\%%"
    assert _like("a_b") == "%a\\_b%"
    assert _like("c:\\x") == "%c:\\\\x%"


def test_filters_unknown_name_is_invalid_query_listing_the_known() -> None:
    with pytest.raises(InvalidQuery) as info:
        _event_where(colour="red", country="IRN")
    assert str(info.value) == f"unknown filter 'colour'; known: {', '.join(sorted(EVENT_FILTERS))}"


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"country": "IR"}, "country must be a 3-letter ISO 3166 alpha-3 code (e.g. IRN), got 'IR'"),
        ({"source_country": "I1N"}, "source_country must be a 3-letter"),
        ({"target_country": "Iraq"}, "target_country must be a 3-letter"),
        ({"cameo": "1"}, "cameo must be a CAMEO code of 2 to 4 digits (e.g. 04, 043), got '1'"),
        ({"cameo": "12345"}, "cameo must be a CAMEO code of 2 to 4 digits"),
        ({"root": 0}, "root must be a CAMEO root class 01-20, got 0"),
        ({"root": "3a"}, "root must be a CAMEO root class 01-20"),
        ({"quad_class": "4"}, "quad_class must be 1, 2, 3 or 4, got '4'"),  # the store wants an int
        ({"quad_class": 0}, "quad_class must be 1, 2, 3 or 4"),
        ({"since": "2024-1-5"}, "invalid date '2024-1-5' for since: use YYYY-MM-DD, YYYY-MM or YYYY"),
        ({"until": "2023-02-29"}, "invalid date '2023-02-29' for until"),
    ],
)
def test_filters_bad_values_are_invalid_query_naming_the_filter(
    filters: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidQuery) as info:
        _event_where(**filters)
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, UsageError) and info.value.http_status == 400


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2024", "2024-01-01", "2024-12-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),  # a leap year
        ("2023-02", "2023-02-01", "2023-02-28"),
        ("2024-12", "2024-12-01", "2024-12-31"),  # the period ends in the year it starts
        ("2024-03-15", "2024-03-15", "2024-03-15"),
        (" 2024-05 ", "2024-05-01", "2024-05-31"),
        (dt.date(2024, 7, 9), "2024-07-09", "2024-07-09"),
        (dt.datetime(2024, 7, 9, 23, 59, tzinfo=dt.UTC), "2024-07-09", "2024-07-09"),
    ],
)
def test_filters_parse_day_first_and_last_day_of_a_period(
    value: str | dt.date, first: str, last: str
) -> None:
    assert parse_day(value, "since") == first
    assert parse_day(value, "until", end=True) == last


@pytest.mark.parametrize(
    "value", ["2024-00", "2024-13", "2024-04-31", "24-01-01", "2024/01/01", "May 2024", ""]
)
def test_filters_parse_day_rejects_what_is_no_day(value: str) -> None:
    with pytest.raises(InvalidQuery, match=f"invalid date {re.escape(repr(value))} for since"):
        parse_day(value, "since")


def test_filters_day_pattern_takes_the_three_forms() -> None:
    for good in ("2024", "2024-02", "2024-02-29", "1999-12-31"):
        assert re.match(DAY_PATTERN, good), good
    for bad in ("24", "2024-2", "2024-13", "2024-01-32", "2024-01-01T00:00", "3024-01-01", "yesterday"):
        assert not re.match(DAY_PATTERN, bad), bad


@pytest.mark.parametrize("value", [True, "1", "true", " TRUE ", "yes", "on"])
def test_filters_truthy_values(value: bool | str) -> None:
    assert truthy(value)


@pytest.mark.parametrize("value", [False, None, "", "0", "false", "no", "off", "maybe"])
def test_filters_falsy_values(value: bool | str | None) -> None:
    assert not truthy(value)


def test_filters_limit_and_offset_bounds() -> None:
    assert _limit(1) == (1, 0)
    assert _limit(MAX_LIMIT, 7) == (MAX_LIMIT, 7)
    for limit, offset, message in (
        (0, 0, f"limit must be between 1 and {MAX_LIMIT}, got 0"),
        (MAX_LIMIT + 1, 0, "limit must be between 1"),
        ("10", 0, "limit must be between 1"),
        (10, -1, "offset must be a non-negative integer, got -1"),
        (10, "5", "offset must be a non-negative integer"),
    ):
        with pytest.raises(InvalidQuery, match=re.escape(message)):
            _limit(limit, offset)  # type: ignore[arg-type]


def test_filters_where_joins_its_clauses_with_and() -> None:
    w = _Where()
    assert w.sql == ""
    w.add("a.day >= ?", "2024-01-01")
    w.add("(a.x = ? OR a.y = ?)", 1, 2)
    assert w.sql == " WHERE a.day >= ? AND (a.x = ? OR a.y = ?)"
    assert w.params == ["2024-01-01", 1, 2]


def test_filters_hypothetical_and_negated_events_only_when_asked(
    tmp_path: Path, analyses: list[Analysis]
) -> None:
    def flag(e: Any) -> Any:
        return dataclasses.replace(e, hypothetical=e.cameo == "195", negated=e.cameo == "010")

    flagged = [dataclasses.replace(a, events=tuple(flag(e) for e in a.events)) for a in analyses]
    with open_store(tmp_path / "flagged.db") as store:
        store.write_document("file:///news/wire.txt", "hash-wire", None, flagged[:2])
        store.write_document("file:///news/blog.html", "hash-blog", None, flagged[2:])
        claims = {"057", "190", "112"}
        assert _selected(store) == claims
        for no in (False, "false", "0", ""):
            assert _selected(store, include_hypothetical=no) == claims, no
        for yes in (True, "true", "yes", "1"):
            assert _selected(store, include_hypothetical=yes) == ALL, yes
        assert _selected(store, include_hypothetical="true", quad_class=4) == {"190", "195"}
