"""Where an article places its story: the home country a group or office holder with no country of its own takes.

`home_country(article, doc, entities, index, dictionary, place_country)` counts the article's dateline, its place
and country names and its country adjectives, and returns the country they point to most (docs/actors.md,
"Defaults"), or None when the article does not place its story.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from newsgraph.model import Article, Entity, Place
from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.docview import DocIndex

_LOCATIVE = frozenset({"in", "at", "near", "inside", "across", "throughout", "into"})


def locative(span: Span | None) -> bool:
    """Whether the name `span` is where something happens: object of "in"/"at"/"near", directly or through "the
    city of"."""
    if span is None:
        return False
    tok = span.root
    for _ in range(3):
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in _LOCATIVE:
            return True
        if tok.dep_ not in ("pobj", "compound") or head.i == tok.i:
            return False
        tok = head if head.lower_ == "of" or tok.dep_ == "compound" else tok
        if tok.lower_ == "of":
            tok = tok.head  # "city" in "the city of Najaf"
    return False


def acting(kind: str, span: Span | None) -> bool:
    """Whether a country's mention is the subject of a verb ("Pakistan says", "Pakistan will provide")."""
    return kind == "country" and span is not None and span.root.dep_ == "nsubj" and span.root.head.pos_ in ("VERB", "AUX")


def _modifier(span: Span | None) -> bool:
    """Whether a country's or place's name only modifies the noun after it ("U.S. troops", "a Baghdad
    neighbourhood"), as an adjective would."""
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i


def _dateline_country(article: Article, d: ActorDictionary) -> str | None:
    if not article.dateline:
        return None
    head = article.dateline.split(",")[-1].strip()
    first = article.dateline.split(",")[0].strip()
    city = d.city(head) or d.city(first)
    found = d.country_of(head) or (city[0] if city else None)
    if found is None and d.dated is not None:
        # A town the dated dictionary knows as a place ("RANGOON", "SRINAGAR", "GROZNY"): a country code, no role.
        place = d.dated.code(first.title(), None)
        found = place.country if place is not None and place.role is None else None
    return found


def home_country(
    article: Article,
    doc: Doc,
    entities: Sequence[Entity],
    index: DocIndex,
    d: ActorDictionary,
    place_country: Callable[[Entity], str | None],
) -> str | None:
    """The article's own country: the one its dateline and its place and country names point to most.

    Each mention of a country or a place in it counts one, two where it is the place something happens ("in
    Baghdad"), an adjective ("Hungarian") one, the dateline two (a reporter's dateline is usually where the
    story's officials are, but a story filed from Moscow about Budapest is about Hungary); adjectives of one
    country two at most. At least two votes are needed. `place_country` gives the country of a name the dated
    dictionary knows as a place.
    """
    counts: defaultdict[str, float] = defaultdict(float)
    named: defaultdict[str, int] = defaultdict(int)  # votes of names that stand alone, for ties
    dateline = _dateline_country(article, d)
    if dateline:
        counts[dateline] += 2
    for e in entities:
        # A place the entity stage left without a country ("Chechnya") may be one the dated dictionary knows.
        country = (e.country if e.kind in ("country", "place") else None) or place_country(e)
        if country:
            for m in e.mentions:
                if m.text[:1].isupper():
                    # Where the story happens ("in Baghdad", "the city of Najaf") and a country that acts
                    # ("Pakistan will provide ...": the story's protagonist) weigh like a dateline.
                    span = doc.char_span(m.start, m.end, alignment_mode="expand")
                    counts[country] += 2 if locative(span) or acting(e.kind, span) else 1
                    named[country] += not _modifier(span)
    adjectives: defaultdict[str, int] = defaultdict(int)
    for ent in index.ents:
        if ent.label_ == "NORP" and ent.ent_id_.startswith("norp:"):
            # An adjective ("Chinese engineers") votes like a name: the people it describes are the story's.
            adjectives[ent.ent_id_[5:]] += 1
        elif ent.label_ == "ORG":  # "the Hungarian Foreign Ministry", "Chile's Supreme Court" vote too
            for tok in ent:
                iso3 = d.adjectivals.get(tok.lower_) or d.country_names.get(tok.lower_)
                if iso3:
                    adjectives[iso3] += 1
    for iso3, n in adjectives.items():
        # ... but no more than the dateline: the people a story keeps calling "Jordanian" or "Chinese" (a driver,
        # workers, their embassy) are often foreigners in it, and the kidnappers of a Jordanian in Baghdad are Iraq's.
        counts[iso3] += min(n, 2)
    if counts:
        # A tie goes to the country the text itself names most (talks on Darfur filed from Abuja are Sudan's),
        # then to the first counted (the dateline): a country only adjectives and modifiers name ("Italian aid
        # workers", "U.S. troops" in a story from Baghdad) describes foreigners in the story, not its place.
        iso3 = max(counts, key=lambda k: (counts[k], named[k]))
        if counts[iso3] >= 2:
            return iso3
    return None


def with_place_countries(entities: Sequence[Entity], places: Sequence[Place]) -> tuple[Entity, ...]:
    """The entities, each place the actor dictionary left without a country ("the town of Bouake") given the country
    the places stage geocoded its mentions to, when they all agree: a town that is attacked or seized is an actor of
    its country (events_guidelines.md codes a place acted on by its country, as it does "Falluja")."""
    at = {p.start: p.country for p in places if p.country}
    # A country the article names otherwise confirms the geocoder's reading of an ambiguous town name.
    named = {e.country for e in entities if e.country and e.kind != "place"}
    out = []
    for e in entities:
        if e.kind == "place" and not e.country:
            found = {at[m.start] for m in e.mentions if m.start in at}
            if len(found) == 1 and found <= named:
                e = dataclasses.replace(e, country=found.pop())
        out.append(e)
    return tuple(out)
