"""A wire dateline written as a line of its own near the head of the text: its place and its date.

Wire services file a story under a line naming the city it was sent from and the day it was sent:
"LYON 2001-03-09", "GRAZ, Austria 2001-03-09", "FRESNO, Calif 2001-03-09". An archive that keeps
such a line in the body (no metadata field for it) gives the reader nothing else to date the story
by. The line says both things, and two layers read it: the extractor takes the story's day from it
for `Article.published` (`extract.opening.read_head`, date source "dateline"), which the time stage
then counts "on Friday" from and the actor dictionary dates its office holders by; the places stage
takes its names for the place the story was filed from (`understand.places.datelines`). The line
stays in the body, where the entity stage reads its city as the place name it is.

The line must be nothing else: a name in capitals (the wire's convention for the city), an optional
region after a comma, and a full date, day, month and year (a heading or a sentence does not end so).
It is looked for only among the first four lines: the headline, a byline, the dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["DatelineLine", "dateline_line"]

# The first lines an opening holds: the headline, a byline, the dateline.
_HEAD_LINES = 4
# "BONN", "NEW YORK", "ST. LOUIS", "PORT-AU-PRINCE", "N'DJAMENA": a city in capitals; then an optional
# region or country after a comma ("Calif", "Tajikistan", "Texas"), in any case; then the date.
_LINE = re.compile(
    r"(?P<city>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*){0,3})"
    r"(?:\s*,\s*(?P<region>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,2}))?"
    r"\s+(?P<date>(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d))"
)


@dataclass(frozen=True)
class DatelineLine:
    """The dateline line's parts, with their character offsets into the text."""

    city: tuple[int, int]
    region: tuple[int, int] | None
    date: dt.date


def dateline_line(text: str) -> DatelineLine | None:
    """The dateline line among the first lines of `text`, if one stands there on its own."""
    seen = 0
    for line in re.finditer(r"[^\n]+", text):
        stripped = line.group().strip()
        if not stripped:
            continue
        m = _LINE.fullmatch(stripped)
        if m is not None:
            try:
                day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                return None
            lead = line.start() + len(line.group()) - len(line.group().lstrip())
            region = (lead + m.start("region"), lead + m.end("region")) if m["region"] else None
            return DatelineLine((lead + m.start("city"), lead + m.end("city")), region, day)
        seen += 1
        if seen == _HEAD_LINES:
            return None
    return None
