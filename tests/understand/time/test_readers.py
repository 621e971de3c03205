"""The readers behind the date rules, called on their own rule's match without a parse."""

from __future__ import annotations

import datetime as dt
import re

from newsgraph.understand.time import readers
from newsgraph.understand.time.calendar import UNRESOLVED, Anchor, Resolved
from newsgraph.understand.time.grammar import RULES
from newsgraph.understand.time.readers import Tense

WED = Anchor(dt.date(2025, 8, 20), "day")  # a Wednesday


def _match(rule_name: str, text: str) -> re.Match[str]:
    rule = next(rule for rule in RULES if rule.name == rule_name)
    found = rule.pattern.search(text)
    assert found is not None, (rule_name, text)
    return found


def _read(
    rule_name: str, text: str, anchor: Anchor | None = WED, tense: Tense = "present"
) -> Resolved | None:
    rule = next(rule for rule in RULES if rule.name == rule_name)
    return rule.read(_match(rule_name, text), anchor, tense)


def test_readers_weekday_follows_the_tense() -> None:
    assert _read("weekday", "met on Monday", tense="past") == Resolved("2025-08-18", "day")
    assert _read("weekday", "will meet on Monday", tense="future") == Resolved("2025-08-25", "day")
    assert _read("weekday", "on Wednesday", tense="past") == Resolved("2025-08-20", "day")
    assert _read("weekday", "last Wednesday") == Resolved("2025-08-13", "day")


def test_readers_need_an_anchor_fine_enough_for_their_unit() -> None:
    assert _read("weekday", "on Friday", anchor=None) == UNRESOLVED
    assert _read("weekday", "on Friday", anchor=Anchor(WED.date, "month")) == UNRESOLVED
    assert _read("full_date", "Aug. 20, 2024", anchor=None) == Resolved("2024-08-20", "day")


def test_readers_reject_matches_that_are_no_date() -> None:
    assert _read("full_date", "Feb. 30, 2024") is None
    assert _read("season", "prices fall") is None  # a season needs a modifier or a year
    assert _read("recent", "expected to last three weeks") is None  # the verb "last"


def test_readers_bare_month_needs_a_leading_word() -> None:
    assert readers.month_has_lead(_match("bare_month", "signed in January"))
    assert not readers.month_has_lead(_match("bare_month", "Theresa May said"))
    assert readers.month_has_lead(_match("bare_month", "in May"))
    assert not readers.month_has_lead(_match("bare_month", "and May"))  # strict list for "March" and "May"


def test_readers_holidays_seasons_and_quarters() -> None:
    assert _read("holiday", "last Christmas") == Resolved("2024-12-25", "day")
    assert _read("holiday", "Thanksgiving 2025") == Resolved("2025-11-27", "day")
    assert _read("season", "last summer") == Resolved("2024-06", "month", "2024-08")
    assert _read("quarter", "the second quarter") == Resolved("2025-04", "month", "2025-06")
