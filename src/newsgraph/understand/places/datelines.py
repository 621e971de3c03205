"""The place a dateline line in the body names ("LYON 2001-03-09", "KHUJAND, Tajikistan 2001-03-09").

An article whose dateline was left in the body as a line of its own (see `newsgraph.datelines`) has
no `Article.dateline`; its line still says where the story was filed. The city is a place mention
whatever NER made of a name in capitals on a line of its own (it often takes "BONN" for a firm), and
so is the region after the comma, which then qualifies the city as any "X, Y" pair does. The line
also stands in for the missing dateline when the article's other names are resolved: a story filed
from Bonn leans to German readings.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.datelines import dateline_line
from newsgraph.understand.places.gazetteer import Gazetteer
from newsgraph.understand.places.resolve import PlaceMention

__all__ = ["dateline_line_places"]


def dateline_line_places(
    text: str, mentions: Sequence[PlaceMention], gazetteer: Gazetteer
) -> tuple[list[PlaceMention], str | None]:
    """The mentions with the dateline line's names in (each at its own span: NER's span there may
    run into the date, "Calif 2001-03-09"), and the line's place written as a dateline
    ("KHUJAND, Tajikistan"); the mentions as they were and None when the text has no such line."""
    line = dateline_line(text)
    if line is None:
        return list(mentions), None
    kept = list(mentions)
    for (start, end), is_region in ((line.city, False), *(((line.region, True),) if line.region else ())):
        name = text[start:end]
        if not gazetteer.lookup(name, qualifier=is_region):
            continue
        kept = [m for m in kept if not (m.start < end and start < m.end)]
        kept.append(PlaceMention(name, start, end, "dateline"))
    city = text[line.city[0] : line.city[1]]
    region = text[line.region[0] : line.region[1]] if line.region else None
    return sorted(kept, key=lambda m: m.start), f"{city}, {region}" if region else city
