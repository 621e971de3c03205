"""The seat of government a story is filed from: whose state organs speak in it (docs/actors.md, "Defaults").

A wire story filed from a capital about its people abroad ("SOFIA (Reuters) - The body of a Bulgarian truck
driver kidnapped in Iraq was found in the Tigris, the Foreign Ministry said") quotes the capital's government:
a correspondent there reports what that state's foreign ministry, prime minister, parliament or police say,
and copy about another state's organs names their state ("the Iraqi Foreign Ministry"). The story's home
country, which such a place of events outvotes, stays right for the civilians and armed men where it happens.

Only where the dateline is a national capital, the text names its country besides (a name, an adjective, or
an actor the dictionary places there, as "the White House"), and the country that outvotes it is named only
as the place where things happen ("in Iraq", "at Abu Ghraib"): a country that acts, owns or qualifies anything
in the story ("Ukraine's parliament", "the Sudanese government") keeps the home, and so a story a bureau files
about a neighbour ("NAIROBI - The Sudanese government and southern rebels ...") is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from newsgraph.model import Article, Entity
from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.keys import fold
from newsgraph.understand.actors.sites import locative
from newsgraph.understand.docview import DocIndex

# A state's organs that speak from its capital or serve at home: government, legislature, courts, police. Not
# its armed forces (troops serve abroad), nor civilians and armed men, who live where the story happens.
ORGANS = frozenset({"GOV", "LEG", "JUD", "COP"})


def capital_country(article: Article, d: ActorDictionary) -> str | None:
    """The country whose national capital the dateline names ("SOFIA", "NEW DELHI"), else None."""
    if not article.dateline:
        return None
    first = article.dateline.split(",")[0].strip()
    city = d.city(first) if fold(first) in d.capital_cities else None
    return city[0] if city else None


def seat_country(
    article: Article,
    doc: Doc,
    entities: Sequence[Entity],
    index: DocIndex,
    d: ActorDictionary,
    place_country: Callable[[Entity], str | None],
    home: str | None,
) -> str | None:
    """The dateline capital's country, when its state organs in the story are that state's rather than those
    of the `home` country, which is named only as where things happen; else None."""
    seat = capital_country(article, d)
    if seat is None or home is None or seat == home:
        return None
    norps = {e.ent_id_[5:] for e in index.ents if e.label_ == "NORP" and e.ent_id_.startswith("norp:")}
    if home in norps:
        return None  # "the Sudanese government", "Iraqi police": the home's own people act in the story
    supported = seat in norps
    for e in entities:
        country = (e.country if e.kind in ("country", "place") else None) or place_country(e)
        if country == home:
            spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in e.mentions]
            if not all(locative(s) for s in spans):
                return None  # "Ukraine's parliament", "Iraq will ...": the home acts or owns in the story
        entry = d.find(e.name) if e.kind not in ("country", "place") else None
        seat_entry = entry is not None and entry.country == seat and not entry.generic
        supported = supported or country == seat or seat_entry
    return seat if supported else None


# Nameless sources that wire copy quotes where events happen as often as in the capital it is filed from
# ("NAIROBI - Fighting in Somalia killed 20, officials said"): they keep the story's home.
_ANY_SOURCE = frozenset({"official", "officials", "source", "sources", "authorities"})


def organ_home(role: str | None, seat: str | None, home: str | None, head: str = "") -> str | None:
    """The home country a group or office holder of `role` with no country of its own takes: the seat's for a
    state organ named as one ("the Foreign Ministry", "Prime Minister X", "parliament"), where `seat_country`
    found one; else `home`. `head` is the actor's head noun, folded."""
    return seat if seat is not None and role in ORGANS and head not in _ANY_SOURCE else home
