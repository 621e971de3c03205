"""The head of an article whose body is known: a date line, a byline and the wire opening move
into their fields, and nothing else leaves the text."""

from __future__ import annotations

import datetime as dt

from newsgraph.extract.opening import read_head

LEAD = "Kenyan police arrested an opposition leader on Tuesday, his party said."


def test_opening_date_line_byline_and_dateline_move_into_fields() -> None:
    head = read_head(
        ["March 5, 2025", "By Jane Doe, Reuters", f"NAIROBI, Mar 5, 2025 (Reuters) - {LEAD}", "More text."],
        None,
    )
    assert head.paragraphs == (LEAD, "More text.")
    assert (head.dateline, head.agency, head.author) == ("NAIROBI", "Reuters", "Jane Doe")
    assert head.published is not None and head.published.value == dt.date(2025, 3, 5)
    assert head.dateline_date == dt.date(2025, 3, 5)


def test_opening_a_yearless_dateline_date_falls_in_the_fetch_year_or_before() -> None:
    fetched = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    head = read_head(["MINSK, Aug 20 (AFP) - Belarus hosted talks."], fetched)
    assert head.paragraphs == ("Belarus hosted talks.",)
    assert (head.dateline, head.agency) == ("MINSK", "AFP")
    assert head.dateline_date == dt.date(2024, 8, 20)  # August 2025 would lie ahead of the fetch
    assert read_head(["MINSK, Feb 20 (AFP) - Talks."], fetched).dateline_date == dt.date(2025, 2, 20)


def test_opening_the_last_paragraph_is_always_body() -> None:
    assert read_head(["By Jane Doe"], None).paragraphs == ("By Jane Doe",)


def test_opening_a_sentence_mentioning_a_date_is_not_a_date_line() -> None:
    paragraphs = ["Police said on March 5, 2025 that the talks had failed.", "More text."]
    head = read_head(paragraphs, None)
    assert head.paragraphs == tuple(paragraphs)
    assert head.published is None and head.dateline is None and head.author is None


def test_opening_an_archived_dateline_line_dates_the_story_and_stays_in_the_body() -> None:
    paragraphs = ["Club fined after cup tie .", "Anna Pike", "BONN 2001-03-09", "The federation fined the club ."]
    head = read_head(paragraphs, None)
    assert head.dateline_date == dt.date(2001, 3, 9)
    assert head.paragraphs == tuple(paragraphs) and head.dateline is None
    # a wire opening's own date wins; a line further down the story is no dateline
    opened = read_head(["LIMA, Jan 4, 2002 (Reuters) - Talks began.", "BONN 2001-03-09", "More."], None)
    assert opened.dateline_date == dt.date(2002, 1, 4)
    body = [f"Paragraph {n} of the story ." for n in range(5)]
    assert read_head(["Club fined .", *body, "BONN 2001-03-09", "More ."], None).dateline_date is None
