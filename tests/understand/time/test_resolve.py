"""Temporal expressions resolved against the article date, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import Article, DateMention, DatePrecision
from newsgraph.pipeline import extract_documents
from newsgraph.settings import Settings
from newsgraph.understand.time.calendar import Anchor, anchor_of, month_before, weekday_before
from newsgraph.understand.time.grammar import RULES
from newsgraph.understand.time.resolve import find_dates

WED = dt.date(2025, 8, 20)  # a Wednesday
FRI_JAN = dt.date(2025, 1, 10)  # a Friday, early in the year


def _dates(
    nlp: Any,
    text: str,
    published: dt.date | dt.datetime | None = WED,
    precision: DatePrecision = "day",
) -> dict[str, DateMention]:
    article = build_article(
        source="t",
        title="Test story",
        paragraphs=[text],
        published=published,
        date_precision=precision,
    )
    doc = nlp(article.text[: article.analysis_end])
    found = find_dates(article, doc)
    for mention in found:
        assert article.text[mention.start : mention.end] == mention.text
    return {m.text: m for m in found}


def _value(found: dict[str, DateMention], text: str) -> tuple[str | None, str, str | None]:
    assert text in found, f"{text!r} not found among {sorted(found)}"
    m = found[text]
    return m.value, m.precision, m.end_value


# --- calendar helpers: no model needed ---------------------------------------------------


def test_time_weekday_before_includes_today_only_when_asked() -> None:
    assert weekday_before(WED, 2, include_today=True) == WED
    assert weekday_before(WED, 2, include_today=False) == dt.date(2025, 8, 13)
    assert weekday_before(WED, 4, include_today=True) == dt.date(2025, 8, 15)


def test_time_month_before_crosses_year_boundary() -> None:
    assert month_before(FRI_JAN, 12, include_current=True) == (2024, 12)
    assert month_before(WED, 1, include_current=True) == (2025, 1)
    assert month_before(WED, 8, include_current=False) == (2024, 8)


def test_time_anchor_precision_gates_units() -> None:
    anchor = anchor_of(dt.datetime(2025, 8, 20, 23, 30, tzinfo=dt.UTC), "minute")
    assert anchor == Anchor(WED, "minute")
    monthly = anchor_of(WED, "month")
    assert monthly is not None and not monthly.covers("day") and monthly.covers("month")
    assert anchor_of(WED, "unknown") is None and anchor_of(None, "day") is None


def test_time_rule_names_are_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


# --- the stage on real parses ------------------------------------------------------------


@pytest.mark.model
def test_time_weekday_is_today_on_that_weekday(nlp: Any) -> None:
    found = _dates(nlp, "The two leaders met in the capital on Wednesday and signed a trade pact.")
    assert _value(found, "Wednesday") == ("2025-08-20", "day", None)


@pytest.mark.model
def test_time_weekday_is_most_recent_past_one(nlp: Any) -> None:
    text = "The ministers met on Wednesday, and talks resumed Tuesday night."
    found = _dates(nlp, text, dt.date(2025, 8, 25))  # a Monday
    assert _value(found, "Wednesday")[0] == "2025-08-20"
    assert _value(found, "Tuesday night") == ("2025-08-19", "day", None)


@pytest.mark.model
def test_time_next_and_future_tense_weekdays_go_forward(nlp: Any) -> None:
    found = _dates(nlp, "The board will vote on Friday. Next Wednesday the council convenes again.")
    assert _value(found, "Friday")[0] == "2025-08-22"
    assert _value(found, "Next Wednesday")[0] == "2025-08-27"
    found = _dates(nlp, "The council last Wednesday rejected the budget.")
    assert _value(found, "last Wednesday")[0] == "2025-08-13"


@pytest.mark.model
def test_time_day_words_and_weeks(nlp: Any) -> None:
    text = (
        "Staff were told this week, after a fire yesterday, that the office reopens today and shuts tonight."
    )
    found = _dates(nlp, text)
    assert _value(found, "this week") == ("2025-08-18", "week", "2025-08-24")
    assert _value(found, "yesterday") == ("2025-08-19", "day", None)
    assert _value(found, "today")[0] == "2025-08-20"
    assert _value(found, "tonight")[0] == "2025-08-20"


@pytest.mark.model
def test_time_month_year_units(nlp: Any) -> None:
    text = "Exports fell last month after a weak harvest last year, officials said."
    found = _dates(nlp, text)
    assert _value(found, "last month") == ("2025-07", "month", None)
    assert _value(found, "last year") == ("2024", "year", None)


@pytest.mark.model
def test_time_bare_month_is_latest_not_after_article(nlp: Any) -> None:
    found = _dates(nlp, "The accord was drafted in January and ratified in August.")
    assert _value(found, "January") == ("2025-01", "month", None)
    assert _value(found, "August") == ("2025-08", "month", None)


@pytest.mark.model
def test_time_crossing_the_year_boundary(nlp: Any) -> None:
    text = "Prices rose in December, and last week the bank raised rates. Last month was the coldest."
    found = _dates(nlp, text, FRI_JAN)
    assert _value(found, "December") == ("2024-12", "month", None)
    assert _value(found, "last week") == ("2024-12-30", "week", "2025-01-05")
    assert _value(found, "Last month") == ("2024-12", "month", None)
    found = _dates(nlp, "The ceasefire collapsed on Dec. 28 and envoys returned next month.", FRI_JAN)
    assert _value(found, "Dec. 28")[0] == "2024-12-28"
    assert _value(found, "next month")[0] == "2025-02"


@pytest.mark.model
def test_time_future_tense_month_goes_forward(nlp: Any) -> None:
    found = _dates(nlp, "The commission will publish its findings in March.")
    assert _value(found, "March")[0] == "2026-03"


@pytest.mark.model
def test_time_absolute_forms(nlp: Any) -> None:
    text = (
        "The decree, dated August 20, 2025, replaced one signed on 3 March 2019. "
        "The hearing on Aug. 14 was short. The archive covers 2020-09-01 onwards."
    )
    found = _dates(nlp, text)
    assert _value(found, "August 20, 2025") == ("2025-08-20", "day", None)
    assert _value(found, "3 March 2019") == ("2019-03-03", "day", None)
    assert _value(found, "Aug. 14") == ("2025-08-14", "day", None)
    assert _value(found, "2020-09-01")[0] == "2020-09-01"


@pytest.mark.model
def test_time_bare_month_day_is_most_recent_past_one(nlp: Any) -> None:
    # A bare month-day is read as the latest past one, even for an anniversary the reader
    # knows is older: the rule is documented, not guessed per event.
    found = _dates(nlp, "Lawmakers recalled the Jan. 6 attack during the debate.")
    assert _value(found, "Jan. 6")[0] == "2025-01-06"


@pytest.mark.model
def test_time_years_but_not_counts(nlp: Any) -> None:
    text = (
        "The party lost the 2016 vote and has been in opposition since 2019. "
        "Police said 2020 protesters marched, and the group has more than 40 years of experience."
    )
    found = _dates(nlp, text)
    assert _value(found, "2016") == ("2016", "year", None)
    assert _value(found, "2019") == ("2019", "year", None)
    assert "2020" not in found
    # "40 years" is a duration (TimeML DURATION, no value), never a year.
    assert all(m.timex_type == "DURATION" and m.value is None for key, m in found.items() if "40" in key)


@pytest.mark.model
def test_time_ranges(nlp: Any) -> None:
    text = "Shelling has intensified in recent weeks, and over the past two years the front barely moved."
    found = _dates(nlp, text)
    value, precision, end = _value(found, "in recent weeks")
    assert precision == "week" and end == "2025-08-20" and value is not None and value < "2025-08-20"
    # A counted span back from now is TimeML's DURATION ("the past two years": P2Y), not a date.
    assert found["the past two years"].timex_type == "DURATION"
    assert _value(found, "the past two years") == (None, "unknown", None)
    found = _dates(nlp, "Unemployment peaked in the 1990s and again three days ago, analysts said.")
    assert _value(found, "1990s") == ("1990", "year", "1999")
    assert _value(found, "three days ago")[0] == "2025-08-17"


@pytest.mark.model
def test_time_without_article_date_relative_stays_unresolved(nlp: Any) -> None:
    text = "The agency said on Tuesday that last year it had warned of the August 3, 2024 flood."
    found = _dates(nlp, text, None)
    assert _value(found, "Tuesday") == (None, "unknown", None)
    assert _value(found, "last year") == (None, "unknown", None)
    assert _value(found, "August 3, 2024") == ("2024-08-03", "day", None)


@pytest.mark.model
def test_time_coarse_article_date_resolves_only_coarse_units(nlp: Any) -> None:
    found = _dates(nlp, "Shares slid yesterday after a record last year.", WED, "month")
    assert _value(found, "yesterday") == (None, "unknown", None)
    assert _value(found, "last year") == ("2024", "year", None)


@pytest.mark.model
def test_time_may_and_march_need_a_date_context(nlp: Any) -> None:
    text = "Thousands will march in the capital, organisers said. Theresa May spoke in May."
    article = build_article(source="t", paragraphs=[text], published=WED, date_precision="day")
    found = find_dates(article, nlp(article.text))
    assert [(m.text, m.start, m.value) for m in found] == [("May", text.rindex("May"), "2025-05")]


@pytest.mark.model
def test_time_datetime_published_uses_its_calendar_day(nlp: Any) -> None:
    published = dt.datetime(2025, 8, 20, 22, 15, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    found = _dates(nlp, "The statement came yesterday.", published, "minute")
    assert _value(found, "yesterday")[0] == "2025-08-19"


@pytest.mark.model
def test_time_seasons_quarters_and_holidays(nlp: Any) -> None:
    text = (
        "Sales slumped last summer, recovered last spring and should peak next winter. "
        "Profit doubled in the second quarter, and the shops will close on Christmas, as they did on Christmas last year."
    )
    found = _dates(nlp, text)
    assert _value(found, "last summer") == ("2024-06", "month", "2024-08")
    assert _value(found, "last spring") == ("2025-03", "month", "2025-05")
    assert _value(found, "next winter") == ("2025-12", "month", "2026-02")
    assert _value(found, "second quarter") == ("2025-04", "month", "2025-06")
    christmases = [m for m in found.values() if m.text == "Christmas"]
    assert len(christmases) == 1  # keyed by text: the later one wins in `found`
    article = build_article(source="t", paragraphs=[text], published=WED, date_precision="day")
    values = [m.value for m in find_dates(article, nlp(article.text)) if m.text == "Christmas"]
    assert values == ["2025-12-25", "2024-12-25"]  # "will close" looks forward, "did" back


@pytest.mark.model
def test_time_odd_absolute_form_falls_back_to_dateparser(nlp: Any) -> None:
    # No rule reads "<month> the <ordinal>, <year>"; spaCy's DATE entity carries it to dateparser.
    found = _dates(nlp, "The charter was signed on August the 12th, 2019, in a small ceremony.")
    assert [(m.value, m.precision) for m in found.values() if "2019" in m.text] == [("2019-08-12", "day")]


@pytest.mark.model
def test_time_sentence_initial_month_read_by_date_label(nlp: Any) -> None:
    found = _dates(nlp, "The agency reported record heat. January was the hottest month on record there.")
    assert _value(found, "January") == ("2025-01", "month", None)


@pytest.mark.model
def test_time_present_tense_takes_the_nearer_date(nlp: Any) -> None:
    found = _dates(nlp, "The summit opens on Friday in the capital.")
    assert _value(found, "Friday")[0] == "2025-08-22"
    found = _dates(nlp, "Voters head to the polls on Nov. 8 in a close race.", dt.date(2016, 10, 12))
    assert _value(found, "Nov. 8")[0] == "2016-11-08"
    found = _dates(nlp, "The trial starts in September, lawyers say.")
    assert _value(found, "September")[0] == "2025-09"


@pytest.mark.model
def test_time_past_tense_looks_back_even_when_the_future_date_is_nearer(nlp: Any) -> None:
    found = _dates(nlp, "The minister resigned in September after the scandal.")
    assert _value(found, "September")[0] == "2024-09"
    found = _dates(nlp, "Protesters gathered on Friday outside parliament.")
    assert _value(found, "Friday")[0] == "2025-08-15"
    found = _dates(nlp, "A statement issued Thursday blamed the rebels.")
    assert _value(found, "Thursday")[0] == "2025-08-14"


@pytest.mark.model
def test_time_guideline_style_cases(nlp: Any) -> None:
    """TimeML/TempEval guideline-style sentences of our own: every expression, its value and type."""
    from tests.understand.time.cases import DATE_CASES, MORE_DATE_CASES

    wrong = []
    for case in DATE_CASES + MORE_DATE_CASES:
        found = _dates(nlp, case.sentence, published=case.published)
        start = case.sentence.index(case.expression)
        end = start + len(case.expression)
        # The article text is "Test story" (the title), a blank line, then the sentence.
        offset = len("Test story\n\n")
        got = next((m for m in found.values() if m.start - offset < end and start < m.end - offset), None)
        if got is None or got.value != case.value or got.timex_type != case.timex_type:
            wrong.append((case.sentence, case.expression, got))
    assert not wrong, wrong


@pytest.mark.model
def test_time_today_as_a_title_is_no_date(nlp: Any) -> None:
    from tests.understand.time.cases import TITLE_SENTENCES

    for sentence in TITLE_SENTENCES:
        assert not any(key.lower() == "today" for key in _dates(nlp, sentence)), sentence


@pytest.mark.model
def test_time_caption_dates_are_read_and_their_block_kept(nlp: Any) -> None:
    article = build_article(
        source="t",
        title="Test story",
        paragraphs=["Talks resumed on Monday."],
        caption="Delegates arrive for the talks on Tuesday. File photo from 2019 of 2,000 delegates.",
        published=WED,
        date_precision="day",
    )
    doc = nlp(article.text[: article.analysis_end])
    dates = find_dates(article, doc)
    blocks = [(d.text, d.value, article.block_of(d.start)) for d in dates]
    assert ("Monday", "2025-08-18", "paragraph") in blocks
    assert ("Tuesday", "2025-08-19", "caption") in blocks
    assert ("2019", "2019", "caption") in blocks
    assert not any("2,000" in d.text or d.text == "000" for d in dates)


@pytest.mark.model
def test_time_a_day_of_the_month_alone_follows_the_tense(nlp: Any) -> None:
    # The article is of Wednesday 2025-08-20.
    assert _value(_dates(nlp, "The ballots must arrive by the 28th."), "the 28th")[0] == "2025-08-28"
    assert _value(_dates(nlp, "The league met on the 2nd, officials said."), "the 2nd")[0] == "2025-08-02"
    # A past day after the article's: last month's.
    assert _value(_dates(nlp, "Shares fell on the 25th."), "the 25th")[0] == "2025-07-25"
    # No lead word, or a noun after it: no date.
    assert not any("5th" in k for k in _dates(nlp, "The 5th Fleet sailed on."))


@pytest.mark.model
def test_time_easter_and_month_ranges(nlp: Any) -> None:
    found = _dates(nlp, "Churches will be full on Good Friday.", dt.date(2025, 4, 1))
    assert _value(found, "Good Friday")[0] == "2025-04-18"
    found = _dates(nlp, "Prices rose from May to July.", dt.date(2025, 8, 20))
    assert _value(found, "May")[0] == "2025-05"


@pytest.mark.model
def test_time_an_infinitive_after_a_past_verb_of_asking_takes_the_nearer_date(nlp: Any) -> None:
    # The article is of Wednesday 2025-08-20: what was agreed or urged lies after the agreeing.
    found = _dates(nlp, "The union agreed to strike on Friday, its leaders said.")
    assert _value(found, "Friday")[0] == "2025-08-22"
    found = _dates(nlp, "The mayor urged families to stay indoors on Labor Day.")
    assert _value(found, "Labor Day")[0] == "2025-09-01"
    # Without such a verb the past tense still looks back.
    assert _value(_dates(nlp, "The union went on strike on Friday."), "Friday")[0] == "2025-08-15"


def _undated(nlp: Any, paragraphs: list[str], tmp_path: Path) -> dict[str, DateMention]:
    # Wire copy as an archive keeps it: no date of its own, the dateline a line of the body; read
    # the way a user's JSONL record is, so the extractor's reading of that line is part of it.
    path = tmp_path / "undated.jsonl"
    path.write_text(json.dumps({"id": "u", "text": "\n".join(paragraphs)}) + "\n", encoding="utf-8")
    [article] = [a for a in extract_documents([str(path)], Settings()) if isinstance(a, Article)]
    doc = nlp(article.text[: article.analysis_end])
    return {m.text: m for m in find_dates(article, doc)}


def test_time_undated_story_counts_from_its_dateline_line(nlp: Any, tmp_path: Path) -> None:
    # 2001-03-09 was a Friday.
    found = _undated(
        nlp,
        [
            "Club fined after cup tie .",
            "BONN 2001-03-09",
            "The federation fined the club on Friday and banned two players until next year .",
            "The players were sent off on Wednesday . The appeal will be heard on March 20 .",
        ],
        tmp_path,
    )
    assert found["Friday"].value == "2001-03-09"
    assert found["next year"].value == "2002"
    assert found["Wednesday"].value == "2001-03-07"
    assert found["March 20"].value == "2001-03-20"


def test_time_dateline_line_does_not_redate_a_dated_story(nlp: Any) -> None:
    article = build_article(
        source="t",
        title="Club fined .",
        paragraphs=["BONN 2001-03-09", "The federation fined the club on Friday ."],
        published=dt.date(2001, 3, 16),
        date_precision="day",
    )
    found = {m.text: m for m in find_dates(article, nlp(article.text[: article.analysis_end]))}
    assert found["Friday"].value == "2001-03-16"


def test_time_undated_story_without_dateline_line_stays_unresolved(nlp: Any, tmp_path: Path) -> None:
    found = _undated(
        nlp, ["Club fined .", "Results of the draw", "The federation fined the club on Friday ."], tmp_path
    )
    assert found["Friday"].value is None


def test_time_spaced_comma_before_the_year(nlp: Any) -> None:
    # Tokenised copy puts a space before the comma: the year still belongs to the date.
    found = _dates(nlp, "Guards fired on the marchers on March 9 , 1989 , and again on May 2, 1990 .")
    assert _value(found, "March 9 , 1989")[0] == "1989-03-09"
    assert _value(found, "May 2, 1990")[0] == "1990-05-02"


def test_time_shopping_days_after_thanksgiving(nlp: Any) -> None:
    # Black Friday 2025 is November 28, Cyber Monday December 1; a bare Friday stays this week's.
    found = _dates(
        nlp,
        "Retailers expect big crowds on Black Friday and record online sales on Cyber Monday , "
        "after the chain's store opened on Friday .",
    )
    assert _value(found, "Black Friday")[0] == "2025-11-28"
    assert _value(found, "Cyber Monday")[0] == "2025-12-01"
    assert _value(found, "Friday")[0] == "2025-08-15"
    found = _dates(nlp, "Shoppers spent less last Black Friday than the year before .")
    assert _value(found, "last Black Friday")[0] == "2024-11-29"


def test_time_holiday_naming_a_season_is_the_nearer_one(nlp: Any) -> None:
    # A holiday before a noun names the season of it, whatever the clause's tense.
    found = _dates(nlp, "Several Black Friday discounts have gone online early.", published=dt.date(2025, 11, 18))
    assert _value(found, "Black Friday")[0] == "2025-11-28"
    found = _dates(nlp, "Christmas sales fell 3 percent, the retailer said.", published=dt.date(2026, 1, 8))
    assert _value(found, "Christmas")[0] == "2025-12-25"
    # Without a noun after it the tense still decides.
    found = _dates(nlp, "The shops closed on Black Friday.", published=dt.date(2025, 11, 18))
    assert _value(found, "Black Friday")[0] == "2024-11-29"


def test_time_holiday_season_in_a_clause_to_come_is_the_coming_one(nlp: Any) -> None:
    # In June the nearer Christmas is last year's, but a season hired for ahead is the coming one.
    found = _dates(nlp, "Retailers will hire 500,000 Christmas workers, the group said.", published=dt.date(2025, 6, 1))
    assert _value(found, "Christmas")[0] == "2025-12-25"
    # Told in the past, the same season is the one gone by.
    found = _dates(nlp, "The Christmas bombing killed 20 people, police said.", published=dt.date(2025, 6, 1))
    assert _value(found, "Christmas")[0] == "2024-12-25"
