"""Sports copy: a story from a sports desk tells games, not events.

The guidelines code no sport results, and a sports story's other sentences are play told in the
words of war and politics ("the Hawks routed the Comets", "came storming back", "the club was
suspended for three games"). A coder reads the desk first: in a story a sports desk filed, only the
acts of the police and the courts (fans arrested, a transfer investigated by magistrates) are
events. The desk shows in a wire slug before the headline ("SOCCER - ...", "Cricket - ...") or in
the page's address (a "sports" site or section). A story that only mentions a game is not sports
copy: the Olympics' security or a team's visit to a capital are told by news desks. Neither a slug nor an
address silences armed men: a bombing at a stadium or gunmen firing on fans, filed by a sports desk or under
a football section, is still political violence, so force with an armed side (soldiers, rebels, insurgents,
militias) is kept in sports copy too, unless a score tells it as a game's result.

In any story, force told with a score after its verb ("Argentina crushed Paraguay 4-0", "routed Angola 89-53")
is a game's result, whatever desk filed it. Two figures that count the noun after them ("killing 20-30
people", "fought for 3-4 hours") are a range, no score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from newsgraph.model import ActorRef, Article, Event
from newsgraph.understand.events.guards import ARMED_ROLES

# The sports wire slugs agencies put before a headline, as single words or pairs.
_DESKS = frozenset(
    {
        "sport", "sports", "soccer", "football", "cricket", "tennis", "golf", "rugby", "rugby union",
        "rugby league", "boxing", "basketball", "baseball", "ice hockey", "hockey", "cycling", "athletics",
        "motor racing", "motorcycling", "skiing", "alpine skiing", "swimming", "squash", "horse racing",
        "nfl", "nba", "nhl", "mlb", "american football", "nfl american football", "formula one", "badminton",
        "volleyball", "handball", "rowing", "sailing", "snooker", "judo", "wrestling", "gymnastics", "olympics",
    }
)
# "SOCCER - NORWAY EDGE ...", "Soccer - Dunne picks squad", "NBA BASKETBALL-KOVAC ...": the desk,
# then a dash and the headline. A dash before a small letter is a compound ("Cricket-mad India").
_SLUG = re.compile(r"^\s*(?P<desk>[A-Za-z][A-Za-z ]{1,30}?)\s*[-–—]+\s*(?=[A-Z0-9\"'])")
# Address parts that name a sports section or site: "/sport/", "/sports/nfl/", "cbssports.com".
_SECTIONS = frozenset({"sport", "sports", "football", "soccer", "cricket", "tennis", "golf", "nfl", "nba", "mlb"})
# A score: two small numbers joined by a dash, no part of a date, a range of years or a longer figure.
# A range of a counted noun ("20-30 people", "3-4 hours") is no score: after a score comes punctuation, the end,
# or one of these words ("4-0 in Buenos Aires", "2-1 victory", "89-53 to reach the final").
_SCORE = re.compile(r"(?<![\d.,/-])\d{1,3}-\d{1,3}(?![\d/-])(?:\s*(?P<word>[A-Za-z]+))?")
_AFTER_SCORE = frozenset(
    {
        "in", "on", "at", "after", "before", "with", "and", "to", "for", "over", "against", "but", "while", "as",
        "when", "thanks", "despite", "during", "win", "victory", "defeat", "loss", "lead", "aggregate", "margin",
        "triumph", "scoreline", "home", "away", "overall",
    }
)
# Roots of coercion and force: the words of war a game's result is told in.
_FORCE = ("17", "18", "19", "20")
# Roles whose acts a sports story tells as news: arrests, charges and investigations of players and fans.
_STATE_COERCION = ("COP", "JUD")


def sports_copy(article: Article) -> bool:
    """Whether a sports desk filed the story: its headline's wire slug or its address says so."""
    first = article.text.lstrip().split("\n", 1)[0]
    for line in (article.title or "", first):
        m = _SLUG.match(line)
        if m is not None and m["desk"].strip().casefold() in _DESKS:
            return True
    return _sports_address(article.url or article.source)


def _sports_address(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return False
    host = parts.hostname or ""
    # "sportsdesk.example.org", "cbssports.com"; not "transport..." or "passport..." that only hold the letters.
    if any(label.startswith("sport") or label.endswith("sports") for label in host.split(".")[:-1]):
        return True
    return any(seg.casefold() in _SECTIONS for seg in parts.path.split("/"))


def off_the_field(events: Sequence[Event], article: Article) -> list[Event]:
    """The events of a story to keep: all of a news story's; of sports copy, only the police's and
    the courts' acts, on either side."""
    if not sports_copy(article):
        return [e for e in events if not _told_with_a_score(e)]
    return [
        e
        for e in events
        if _state_coercion(e.source) or _state_coercion(e.target) or (_armed_force(e) and not _told_with_a_score(e))
    ]


def _told_with_a_score(e: Event) -> bool:
    """Force whose verb a score follows within a few words: "crushed Paraguay 4-0"."""
    if e.root not in _FORCE or not e.trigger:
        return False
    at = re.search(rf"\b{re.escape(e.trigger)}\b", e.evidence_text)
    if at is None:
        return False
    for m in _SCORE.finditer(e.evidence_text, at.end()):
        if m.start() > at.end() + 40:
            break
        if m["word"] is None or m["word"].casefold() in _AFTER_SCORE:
            return True
    return False


def _armed_force(e: Event) -> bool:
    """Force with an armed side: "a suicide bomber killed 19 people", "militants fired on the stadium"."""
    return e.root in _FORCE and any(
        a is not None and (a.code[:3] in ARMED_ROLES or a.code[3:6] in ARMED_ROLES) for a in (e.source, e.target)
    )


def _state_coercion(actor: ActorRef | None) -> bool:
    return actor is not None and any(r in (actor.code[:3], actor.code[3:6]) for r in _STATE_COERCION)
