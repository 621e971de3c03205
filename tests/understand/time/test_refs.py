"""Time expressions that are not calendar dates: the present, "that day", seasons read by
tense, durations and sets with no value, and "Today" the programme."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from newsgraph.understand.time.calendar import Anchor, Resolved
from newsgraph.understand.time.grammar import WordStarts
from newsgraph.understand.time.refs import START_WORDS, Found, find_refs, is_title

ANCHOR = Anchor(dt.date(2025, 3, 12), "day")


def found(
    text: str,
    anchor: Anchor | None = ANCHOR,
    tense: str = "past",
    dates: list[tuple[int, int, Resolved]] | None = None,
) -> dict[str, Found]:
    tense_at: Callable[[int], str] = lambda _: tense  # noqa: E731
    refs = find_refs(WordStarts(text, START_WORDS), anchor, tense_at, dates or [])
    return {text[f.start : f.end]: f for f in refs}


def test_refs_the_present_is_the_article_day() -> None:
    refs = found("The ceasefire is currently holding, officials said.")
    assert refs["currently"].reading == Resolved("2025-03-12", "day")
    assert found("The ceasefire is currently holding.", Anchor(dt.date(2025, 3, 1), "month")) == {}


def test_refs_that_day_is_the_last_day_given_before_it() -> None:
    text = "Troops crossed the river on March 3. Later that day, talks resumed."
    march_3 = (text.index("March 3"), text.index("March 3") + 7, Resolved("2025-03-03", "day"))
    assert found(text, dates=[march_3])["Later that day"].reading.value == "2025-03-03"
    assert found("Later that day, talks resumed.")["Later that day"].reading.value == "2025-03-12"


def test_refs_a_season_follows_the_tense() -> None:
    text = "Talks collapsed in the summer."
    assert found(text, tense="past")["the summer"].reading == Resolved("2024-06", "month", "2024-08")
    assert found(text, tense="future")["the summer"].reading == Resolved("2025-06", "month", "2025-08")
    winter = found("Fuel will run short in the winter.", tense="future")["the winter"].reading
    assert winter == Resolved("2025-12", "month", "2026-02")


def test_refs_durations_and_sets_have_no_value() -> None:
    refs = found("The siege lasted three years and convoys now run every Monday.")
    assert refs["three years"].timex_type == "DURATION"
    assert refs["every Monday"].timex_type == "SET"
    assert refs["three years"].reading.value is None and refs["every Monday"].reading.value is None


def test_refs_today_the_programme_is_a_title() -> None:
    text = "He told the BBC's Today programme that Today was a turning point. Today he flies home."
    first = text.index("Today")
    second = text.index("Today", first + 1)
    third = text.index("Today", second + 1)
    assert is_title(text, first, first + 5)  # before "programme"
    assert is_title(text, second, second + 5)  # capitalised mid-sentence
    assert not is_title(text, third, third + 5)  # opens a sentence: the day
    assert not is_title("Talks resume today.", 13, 18)
    assert not is_title(text, 0, 2)
