"""The dateline line at the head of a text, on openings written for these tests."""

from __future__ import annotations

import datetime as dt

from newsgraph.datelines import dateline_line


def _parts(text: str) -> tuple[str, str | None, dt.date] | None:
    line = dateline_line(text)
    if line is None:
        return None
    region = text[line.region[0] : line.region[1]] if line.region else None
    return text[line.city[0] : line.city[1]], region, line.date


def test_datelines_city_and_date_on_a_line_of_their_own() -> None:
    text = "Port strike ends after two weeks .\n\nROTTERDAM 2003-05-16\n\nDock workers went back on Friday ."
    assert _parts(text) == ("ROTTERDAM", None, dt.date(2003, 5, 16))


def test_datelines_region_after_the_comma_and_a_byline_above() -> None:
    text = (
        "Floods cut valley road .\n\nMaria Holt\n\nSALINAS , Calif 2004-02-09\n\nHeavy rain closed the road ."
    )
    assert _parts(text) == ("SALINAS", "Calif", dt.date(2004, 2, 9))
    text = "Rebels leave the town .\n\nKHOROG, Tajikistan 1999-10-01\n\nGovernment troops entered the town ."
    assert _parts(text) == ("KHOROG", "Tajikistan", dt.date(1999, 10, 1))
    assert _parts("SAN JOSE 2001-03-04\n\nText .") == ("SAN JOSE", None, dt.date(2001, 3, 4))


def test_datelines_lines_that_are_no_dateline() -> None:
    # a sentence, a heading in plain case, a date alone, a line that goes on after the date, no real day
    assert _parts("Talks end .\n\nThe talks ended 2003-05-16\n\nMore text .") is None
    assert _parts("Results 2003-05-16\n\nMore text .") is None
    assert _parts("2003-05-16\n\nMore text .") is None
    assert _parts("Talks .\n\nROTTERDAM 2003-05-16 ( Reuters ) - More .") is None
    assert _parts("Talks .\n\nROTTERDAM 2003-02-30\n\nMore .") is None


def test_datelines_only_at_the_head_of_the_text() -> None:
    body = "\n\n".join(f"Paragraph {n} of the story ." for n in range(5))
    assert _parts(f"Headline .\n\n{body}\n\nROTTERDAM 2003-05-16\n\nMore .") is None
