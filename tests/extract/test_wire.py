"""Wire openings move into dateline, agency and the publication date, in text and in HTML.

Each form is checked three ways: a JSONL text field (kept whole), a plain-text dump
(segmented) and an HTML page, with a date line above the lead in the HTML.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract import extract
from newsgraph.model import Article, RawDocument
from newsgraph.settings import Settings

FETCHED = dt.datetime(2025, 9, 1, 12, tzinfo=dt.UTC)
SETTINGS = Settings(fetched_at=FETCHED.isoformat())
LEAD = "Port workers ended a two-week strike on Wednesday after the owners raised their pay offer, union leaders said."
MORE = "The first ships were unloaded on Thursday morning, and the harbour master expected the backlog to clear by Monday."
HEADLINE = "Port strike ends after pay offer"

# (opening, dateline, agency, date it gives with the fetch time above)
FORMS = [
    ("MINSK, Aug 20, 2025 (AFP) - ", "MINSK", "AFP", dt.date(2025, 8, 20)),
    ("MINSK, Aug 20 (AFP) - ", "MINSK", "AFP", dt.date(2025, 8, 20)),
    ("JOHANNESBURG, August 7 (Xinhua) -- ", "JOHANNESBURG", "Xinhua", dt.date(2025, 8, 7)),
    ("NAIROBI (Reuters) - ", "NAIROBI", "Reuters", None),
    ("WASHINGTON (AP) — ", "WASHINGTON", "AP", None),
    ("HELSINKI: ", "HELSINKI", None, None),
]


def _one(content: str, content_type: str, *, structured: bool = False) -> Article:
    doc = RawDocument(
        uri="t", content=content, content_type=content_type, fetched_at=FETCHED, structured=structured
    )
    [article] = extract(doc, SETTINGS)
    return article


def _check(article: Article, dateline: str, agency: str | None) -> None:
    assert article.dateline == dateline and article.agency == agency
    assert article.paragraphs[0] == LEAD  # the prefix left the text


@pytest.mark.parametrize(("opening", "dateline", "agency", "date"), FORMS)
def test_wire_opening_in_a_jsonl_text_field(
    opening: str, dateline: str, agency: str | None, date: dt.date
) -> None:
    article = _one(opening + LEAD, "text/plain", structured=True)
    _check(article, dateline, agency)
    assert article.published == date
    assert article.date_source == ("dateline" if date else None)


@pytest.mark.parametrize(("opening", "dateline", "agency", "date"), FORMS)
def test_wire_opening_in_a_text_dump(opening: str, dateline: str, agency: str | None, date: dt.date) -> None:
    article = _one(f"{HEADLINE}\n\n{opening}{LEAD}\n\n{MORE}\n", "text/plain")
    _check(article, dateline, agency)
    assert article.title == HEADLINE and article.published == date


@pytest.mark.parametrize(("opening", "dateline", "agency", "date"), FORMS)
def test_wire_opening_in_html_under_a_date_line(
    opening: str, dateline: str, agency: str | None, date: dt.date
) -> None:
    snippet = f"<p>March 5, 2025</p><p>{opening}{LEAD}</p><p>{MORE}</p>"
    article = _one(snippet, "text/html", structured=True)
    _check(article, dateline, agency)
    # The date line above the lead is the story's date; it is not body text.
    assert article.published == dt.date(2025, 3, 5) and "March 5, 2025" not in article.text
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>{HEADLINE}</h1>{snippet}</article></body></html>"
    )
    article = _one(page, "text/html")
    _check(article, dateline, agency)
    assert article.published == dt.date(2025, 3, 5)


@pytest.mark.parametrize(("opening", "dateline", "agency", "date"), FORMS)
def test_wire_opening_in_an_html_snippet_without_a_date_line(
    opening: str, dateline: str, agency: str | None, date: dt.date
) -> None:
    article = _one(f"<p>{opening}{LEAD}</p><p>{MORE}</p>", "text/html", structured=True)
    _check(article, dateline, agency)
    assert article.published == date


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (f"By Ana Ruiz, Reuters\n{LEAD}\n{MORE}", "text/plain"),
        (f"<p>By Ana Ruiz, Reuters</p><p>{LEAD}</p><p>{MORE}</p>", "text/html"),
    ],
)
def test_wire_byline_above_the_lead_gives_author_and_agency(content: str, content_type: str) -> None:
    article = _one(content, content_type, structured=True)
    assert (article.author, article.agency) == ("Ana Ruiz", "Reuters")
    assert article.paragraphs == (LEAD, MORE)


def test_wire_byline_in_a_text_dump() -> None:
    article = _one(f"{HEADLINE}\nBy Ana Ruiz, Reuters\n\n{LEAD}\n\n{MORE}\n", "text/plain")
    assert (article.author, article.agency) == ("Ana Ruiz", "Reuters") and article.paragraphs[0] == LEAD


def test_wire_year_less_date_without_a_fetch_time_falls_in_the_run_year() -> None:
    doc = RawDocument(
        uri="t", content="MINSK, Jan 2 (AFP) - " + LEAD, content_type="text/plain", structured=True
    )
    [article] = extract(doc, Settings())
    today = dt.datetime.now(dt.UTC).date()
    assert article.published is not None and article.published <= today + dt.timedelta(days=1)
    assert (article.published.month, article.published.day) == (1, 2)  # type: ignore[union-attr]


def test_wire_a_record_that_is_only_a_date_line_keeps_it_as_its_body() -> None:
    article = _one("March 5, 2025", "text/plain", structured=True)
    assert article.body == "March 5, 2025"


@pytest.mark.parametrize(
    ("content", "content_type", "structured"),
    [
        ("MINSK, Aug 20 (AFP) - " + LEAD, "text/plain", True),
        (f"{HEADLINE}\n\nMINSK, Aug 20 (AFP) - {LEAD}\n\n{MORE}\n", "text/plain", False),
        (
            f"<html><body><h1>{HEADLINE}</h1><p>MINSK, Aug 20 (AFP) - {LEAD}</p><p>{MORE}</p></body></html>",
            "text/html",
            False,
        ),
    ],
)
def test_wire_year_less_date_takes_the_year_of_the_fetched_at_setting(
    content: str, content_type: str, structured: bool
) -> None:
    # No fetch time on the document (stdin, a file): `--fetched-at`, written with a "Z", decides the year.
    doc = RawDocument(uri="t", content=content, content_type=content_type, structured=structured)
    [article] = extract(doc, Settings(fetched_at="2023-02-10T08:00:00Z"))
    assert article.published == dt.date(2022, 8, 20)
