from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract.meta import agency_name, read_byline, read_credit, read_date_line, read_opening

BASE = dt.datetime(2025, 8, 20, 12, 0, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("paragraph", "dateline", "agency", "rest"),
    [
        ("REUTERS: Ministers met on Monday.", None, "Reuters", "Ministers met on Monday."),
        ("WASHINGTON: The Senate voted on Tuesday.", "WASHINGTON", None, "The Senate voted on Tuesday."),
        ("KYIV, Aug 20 (Reuters) - Drones struck a depot.", "KYIV", "Reuters", "Drones struck a depot."),
        ("KYIV/MOSCOW, Aug 20 (Reuters) - Both sides said.", "KYIV/MOSCOW", "Reuters", "Both sides said."),
        ("Kyiv, Ukraine (AP) — Officials said.", "Kyiv, Ukraine", "AP", "Officials said."),
        ("Rio de Janeiro (AFP) - Protesters marched.", "Rio de Janeiro", "AFP", "Protesters marched."),
        ("BERLIN, 20. August (dpa) - Die Regierung plant.", "BERLIN", "dpa", "Die Regierung plant."),
        ("MOSCOW, August 20. /TASS/. The ministry said.", "MOSCOW", "TASS", "The ministry said."),
        ("BEIJING, Aug. 20 (Xinhua) -- China said.", "BEIJING", "Xinhua", "China said."),
        ("(Reuters) - Oil prices rose.", None, "Reuters", "Oil prices rose."),
        # AG's News leads: the agency's name in plain case before a dash, with no dateline.
        ("Reuters - Rebels fired on a convoy.", None, "Reuters", "Rebels fired on a convoy."),
        ("Xinhua -- China said.", None, "Xinhua", "China said."),
        ("NEW YORK — Stocks fell.", "NEW YORK", None, "Stocks fell."),
        ("JEDDAH, Saudi Arabia — Talks stalled.", "JEDDAH, Saudi Arabia", None, "Talks stalled."),
    ],
)
def test_meta_opening_prefix_is_read_and_stripped(
    paragraph: str, dateline: str | None, agency: str | None, rest: str
) -> None:
    opening = read_opening(paragraph)
    assert (opening.dateline, opening.agency, opening.text) == (dateline, agency, rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        "COVID-19 cases rose again in the capital.",  # a hyphenated word, not a dateline dash
        "BREAKING: The minister resigned.",  # a label, not a place
        "The talks (Reuters) - were said to stall.",  # lower-case words are no dateline
        "Lukashenko: we are ready to talk.",  # a speaker, not a dateline
        "NATO",  # nothing after the prefix
        "Tony Blair - the man - said so.",  # a name before a dash is no agency unless it is one
    ],
)
def test_meta_opening_ignores_prose_that_only_looks_like_a_prefix(paragraph: str) -> None:
    opening = read_opening(paragraph)
    assert not opening.found and opening.text == paragraph


def test_meta_opening_keeps_the_wire_date_without_year() -> None:
    assert read_opening("KYIV, Aug 20 (Reuters) - Drones struck.").month_day == (8, 20)
    assert read_opening("PARIS, 20 août (AFP) - Le gouvernement a dit.").month_day == (8, 20)


def test_meta_agency_names_are_normalised() -> None:
    assert agency_name("The Associated Press") == "AP"
    assert agency_name("REUTERS") == "Reuters"
    assert agency_name("Agence France-Presse") == "AFP"
    assert agency_name("Belta quoted him") is None


@pytest.mark.parametrize(
    ("line", "agency", "author"),
    [
        ("By Jane Doe and John Roe, Reuters", "Reuters", "Jane Doe, John Roe"),
        ("By AFP", "AFP", None),
        ("By NINO KAPANADZE Associated Press", "AP", "NINO KAPANADZE"),
        ("Jane Doe | AP", "AP", "Jane Doe"),
        ("Tom Roe, AP Diplomatic Writer", "AP", "Tom Roe"),
        ("Von Anna Weber, dpa", "dpa", "Anna Weber"),
        ("By Karim Mansour", None, "Karim Mansour"),
    ],
)
def test_meta_byline_gives_agency_and_author(line: str, agency: str | None, author: str | None) -> None:
    credit = read_byline(line)
    assert credit is not None and (credit.agency, credit.author) == (agency, author)


def test_meta_byline_rejects_sentences() -> None:
    assert read_byline("By the end of the day, the talks had collapsed.") is None
    assert read_byline("Ministers met in Brussels on Monday") is None


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("— AP", "AP"),
        ("AFP", "AFP"),
        ("dpa/kb", "dpa"),
        ("(with AFP)", "AFP"),
        ("(Reporting by Olena Hrytsenko in Kyiv; Editing by Alison Marsh)", "Reuters"),
        ("Associated Press writer Jane Roe in Brussels contributed to this report.", "AP"),
        ("© Thomson Reuters 2025", "Reuters"),
    ],
)
def test_meta_end_credits_name_the_agency(line: str, agency: str) -> None:
    credit = read_credit(line)
    assert credit is not None and credit.agency == agency


def test_meta_reuters_credit_names_reporters() -> None:
    credit = read_credit("(Reporting by Olena Hrytsenko in Kyiv and Pawel Wrobel; Editing by Alison Marsh)")
    assert credit is not None and credit.author == "Olena Hrytsenko, Pawel Wrobel"


def test_meta_prose_is_not_a_credit() -> None:
    assert read_credit("Reuters could not independently verify the report.") is None
    assert read_credit("The AP sources say the talks failed.") is None


def test_meta_date_lines_split_published_and_updated() -> None:
    line = read_date_line("Published Aug 20, 2025 10:32 GMT | Updated Aug 21, 2025 08:00 GMT", BASE)
    assert line is not None and line.published is not None and line.updated is not None
    assert line.published.value == dt.datetime(2025, 8, 20, 10, 32, tzinfo=dt.UTC)
    assert line.updated.value == dt.datetime(2025, 8, 21, 8, 0, tzinfo=dt.UTC)


def test_meta_date_line_updated_only_and_relative() -> None:
    line = read_date_line("Updated 20 August 2025", None)
    assert line is not None and line.published is None
    assert line.updated is not None and line.updated.value == dt.date(2025, 8, 20)
    relative = read_date_line("Updated 13 sec ago", None)
    assert relative is not None and relative.updated is not None
    assert relative.updated.value is None and relative.updated.precision == "unknown"
    resolved = read_date_line("Updated 13 sec ago", BASE)
    assert resolved is not None and resolved.updated is not None
    assert resolved.updated.value == BASE - dt.timedelta(seconds=13)


def test_meta_date_line_with_byline_keeps_the_author() -> None:
    line = read_date_line("Posted by Michael Roe on November 19, 2019, 6:21 AM EST", None)
    assert line is not None and line.author == "Michael Roe"
    assert line.published is not None and line.published.precision == "minute"


def test_meta_sentence_with_a_date_is_not_a_date_line() -> None:
    assert read_date_line("The talks on 20 August 2025 ended without a deal.", BASE) is None
    assert read_date_line("Fighting has displaced ten million people since April 2023.", BASE) is None


def test_meta_section_slug_is_not_a_dateline() -> None:
    opening = read_opening("TENNIS - Local favourite wins the final in three sets.")
    assert not opening.found and opening.text.startswith("TENNIS - ")
