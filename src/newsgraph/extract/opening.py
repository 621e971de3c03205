"""The head of an article whose body is known: date lines, bylines and the wire opening.

A JSONL text field, a feed entry or an HTML page's extracted text starts with its lead, but
wire copy often puts metadata above or in front of it:

    March 5, 2025                          <- a date line above the lead
    By Jane Doe, Reuters                   <- a byline
    NAIROBI, Mar 5, 2025 (Reuters) - ...   <- the dateline, its date and the agency

`read_head` moves each of these into its field (published, author, agency, dateline) and
returns the paragraphs without them; nothing else is removed. An archive's dateline written
as a line of its own under the headline ("LYON 2001-03-09", `newsgraph.datelines`) gives the
story's day too; that line stays in the body, whose place name it is. The segmenter reads the same
forms line by line in scraped dumps (segment.py); this is the same rule for text whose body
the reader already knows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.datelines import dateline_line
from newsgraph.extract.dates import FoundDate, resolve_month_day
from newsgraph.extract.lines import count_words
from newsgraph.extract.meta import Opening, read_byline, read_date_line, read_opening

# Metadata lines stand right above the lead: a date line and a byline, perhaps both, and
# perhaps an agency credit of their own. More than this many is text, not a head.
_MAX_HEAD_LINES = 3
# A date line is a short line; a sentence that mentions a date is not one.
_MAX_DATE_LINE_WORDS = 20


@dataclass(frozen=True)
class Head:
    """The body without its head, and what the head said."""

    paragraphs: tuple[str, ...]
    dateline: str | None = None
    agency: str | None = None
    author: str | None = None
    published: FoundDate | None = None  # from a date line above the lead
    # from the opening ("MINSK, Aug 20, 2025 (AFP) -") or a dateline line ("LYON 2001-03-09")
    dateline_date: dt.date | None = None


def read_head(paragraphs: Sequence[str], base: dt.datetime | None) -> Head:
    """Split the date lines, bylines and wire opening off the first paragraphs.

    `base` is when the text was fetched: a year-less dateline date ("Aug 20") falls in its
    year (or the year before, when it would lie ahead).
    """
    published: FoundDate | None = None
    agency: str | None = None
    author: str | None = None
    skip = 0
    # The last paragraph is always the lead's, never a head line: a text that is only a
    # date or only a byline keeps it as its body.
    while skip < min(_MAX_HEAD_LINES, len(paragraphs) - 1):
        line = paragraphs[skip]
        date_line = read_date_line(line, base) if count_words(line) <= _MAX_DATE_LINE_WORDS else None
        if date_line is not None:
            published = published or date_line.published or date_line.updated
            author = author or date_line.author
        else:
            credit = read_byline(line)
            if credit is None:
                break
            agency, author = agency or credit.agency, author or credit.author
        skip += 1
    rest = list(paragraphs[skip:])
    if not rest:
        return Head(tuple(paragraphs))
    opening = read_opening(rest[0])
    if opening.found:
        rest[0] = opening.text
    return Head(
        paragraphs=tuple(rest),
        dateline=opening.dateline,
        agency=opening.agency or agency,
        author=author,
        published=published if published is not None and published.value is not None else None,
        dateline_date=wire_date(opening, base) or _line_date(paragraphs),
    )


def _line_date(paragraphs: Sequence[str]) -> dt.date | None:
    """The day of a dateline line among the first paragraphs (`newsgraph.datelines` reads only
    the first four lines, so only as many are joined)."""
    line = dateline_line("\n".join(paragraphs[:4]))
    return line.date if line is not None else None


def wire_date(opening: Opening, base: dt.datetime | None) -> dt.date | None:
    """The date an opening gives: with its year when it has one, else in the year of the
    fetch time (`base`), else of the run: a wire dateline is written the day it is sent."""
    if opening.month_day is None:
        return None
    month, day = opening.month_day
    if opening.year is not None:
        try:
            return dt.date(opening.year, month, day)
        except ValueError:
            return None
    return resolve_month_day(month, day, base or dt.datetime.now(dt.UTC))
