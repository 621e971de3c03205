"""Place names -> GeoNames-style records with coordinates and GDELT's geo type.

`find_places(article, doc, entities, gazetteer)` returns one `Place` per mention of a place
in the article (title, summary, body, and captions, which are read without a parse), each
with its span, so `Article.block_of(place.start)` tells which part of the article said it.
A name is resolved once per article and role (bare, or in an "X, Y" / "X in Y" pair), so
every mention of "Washington" in one story means the same place.

Mentions come from spaCy's GPE and LOC entities, FAC entities that name a gazetteer place,
the entity stage's place and country entities (their country is a strong hint), the
qualifier after a comma ("Atlanta, Ga."), division names ("Rapides Parish", "Sinaloa state"),
names joined to a place by "and"/"or" in its country ("Brisbane and Toowoomba"), towns after a
locative ("clashed in Culiacan", "residents of Bunia"), towns before the division or island that
holds them ("Puri on the coast of Odisha") and towns in a division the article placed ("a Lowell man"),
even when NER missed them (see `towns`). Adjectives name their country ("Russian troops": the entity stage's country
adjectives and GeoNames-style demonyms). Because the small model mislabels places, narrower
exceptions read other labels: an ORG, NORP or PERSON whose whole text is a country name, an
ORG that is a city of 200,000 or more, a PERSON or ORG after "in"/"near" that the gazetteer
holds as a town or division. The longest name wins ("NEW JERSEY", not "Jersey"), and names
of people are left alone: after a title ("Lord Hamilton"), or a town name that opens a
longer proper name ("Paris Hilton").

No match is an answer: a name the gazetteer does not hold, or one whose candidates the
article cannot separate, is left out; `explain_places` returns every mention with the
decision and its reason. How candidates are scored is in `resolve`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.model import Article, Entity, Place
from newsgraph.understand.docview import doc_text
from newsgraph.understand.places.bodies import names_a_planet
from newsgraph.understand.places.datelines import dateline_line_places
from newsgraph.understand.places.facilities import facility_holders
from newsgraph.understand.places.firms import firm_names
from newsgraph.understand.places.gazetteer import (
    Candidate,
    Gazetteer,
    bare_candidates,
    build_gazetteer,
    contains,
)
from newsgraph.understand.places.keys import name_key
from newsgraph.understand.places.labels import DIVISION_WORDS, ORG_CITY, other_label_is_place
from newsgraph.understand.places.resolve import (
    Context,
    Group,
    PlaceMention,
    beside_divisions,
    dateline_mention,
    joined_towns,
    resolve_dateline,
    resolve_groups,
)
from newsgraph.understand.places.spans import longest_name, names_a_local_body, names_a_way, place_parts, trim
from newsgraph.understand.places.surnames import not_surnames, placed_starts, surnames
from newsgraph.understand.places.towns import (
    NOT_SCANNED,
    people_of,
    persons_in_named_countries,
    scan_countries,
    scan_divisions,
    towns_after_locatives,
    towns_before_enclosures,
    towns_before_people,
    towns_before_qualifiers,
    towns_in_named_counties,
    towns_in_named_divisions,
    without_juxtaposed,
)

__all__ = ["Gazetteer", "PlaceDecision", "explain_places", "find_places", "load_gazetteer"]

_PLACE_LABELS = frozenset({"GPE", "LOC"})
_BARE_COMPASS = frozenset({"west", "east", "north", "south"})
_COUNTRY_ONLY_LABELS = frozenset({"ORG", "NORP", "PERSON", "FAC"})
_NAME_LABELS = frozenset({"ORG", "NORP", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})  # names, not numbers
# Titles and honorifics before a name: "Lord Hamilton", "Sir Paris" name people, not places.
_TITLE_WORDS = (
    "lord lady sir dame mr mrs ms miss dr judge justice senator sen rep gov gen general president king queen "
    "prince princess duke duchess earl baron baroness bishop archbishop pope captain capt col colonel major "
    "sergeant sgt officer minister chancellor mayor coach"
)
_TITLES = frozenset(_TITLE_WORDS.split())
_TITLE_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")
_ACTOR_SUPPORT = 0.5
# Actors of these roles make their country's capital the likely reading of its name:
# "Washington" in a story about Congress is the seat of government.
_STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
_DATELINE_SUPPORT = 2.0
_SEPARATOR = re.compile(r"\s*(?:,|\()\s*|\s+in\s+")
# Town words may have a capital inside: "DeRidder", "McAllen", "LaPlace".
# "and Cap-Haitien": a hyphen may join the words too.
_AND_AFTER = re.compile(r" (?:and|or) ([A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[ -][A-Z][a-z]+)?)\b(?!['’]s|-)")
_AND_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[ -][A-Z][a-z]+)?) (?:and|or) $")
_NEXT_NAME = re.compile(r" (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)([A-Z][a-z]+)\b")  # "in Baghdad Monday"
_FEATURE = (
    "airport river valley bay street road avenue square station bridge park lake island islands mountains "
    "hills port harbour harbor beach coast province county parish region district city state strip sea gulf "
    "desert basin plain delta peninsula oblast governorate prefecture territory metro area township borough"
)
_FEATURE_WORDS = frozenset(_FEATURE.split())
# Members of a party or a side, after the place they belong to: "Ohio Republicans", "Belfast Unionists".
_PARTY_WORDS = frozenset(
    "republicans democrats conservatives liberals tories greens socialists nationalists unionists loyalists".split()  # noqa: SIM905
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside)\s+$")
# "Niger Delta", "Congo River", "Mexico City": the country name starts a longer proper name.
_NAME_GOES_ON = re.compile(r"[ -][A-Z][a-z]")
_CAPITALISED = re.compile(r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*){0,2}")


@dataclass(frozen=True)
class PlaceDecision:
    """What the stage decided for one mention, and why (for debugging and evaluation)."""

    text: str
    start: int
    end: int
    place: Place | None
    reason: str
    candidates: tuple[tuple[str, float], ...] = ()  # "Name (feature, ISO3)" and score, best first


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (about a second: GeoNames cities, countries, states)."""
    return build_gazetteer()


def find_places(
    article: Article, doc: Doc, entities: Sequence[Entity], gazetteer: Gazetteer
) -> tuple[Place, ...]:
    """Every place mention in the parsed text that resolves, in text order."""
    mentions, group_of = _resolve(article, doc, entities, gazetteer)
    found = [(m.start, _place(m, group_of[(m.start, m.end)])) for m in mentions]
    return tuple(place for _, place in sorted(found, key=lambda item: item[0]) if place is not None)


def explain_places(
    article: Article, doc: Doc, entities: Sequence[Entity], gazetteer: Gazetteer
) -> tuple[PlaceDecision, ...]:
    """Every place mention with its decision: the Place, or None and the reason."""
    mentions, group_of = _resolve(article, doc, entities, gazetteer)
    decisions = [_decide(m, group_of[(m.start, m.end)]) for m in mentions]
    return tuple(sorted(decisions, key=lambda d: d.start))


def _resolve(
    article: Article, doc: Doc, entities: Sequence[Entity], gazetteer: Gazetteer
) -> tuple[list[PlaceMention], dict[tuple[int, int], Group]]:
    """The article's place mentions, and the resolved group of each (by its span)."""
    text = doc_text(article, doc)
    limit = min(article.analysis_end, len(text))
    # Doc.ents builds a new tuple of Spans on every read: read it, and each span's offsets, once.
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    mentions = _mentions(ents, text, entities, gazetteer, limit, firms := firm_names(entities))  # firms: read once
    if text is not article.text and article.text.startswith(text):
        # The caption and the dateline sit after the parsed text (see model.py): read them
        # without a parse. The dateline's place is reported too, with its block.
        mentions += _caption_mentions(article, mentions, gazetteer)
        datelines = [b for b in article.blocks if b.kind == "dateline"]
        found = [dateline_mention(article.text, b.start, b.end, gazetteer) for b in datelines]
        mentions += [m for m in found if m is not None]
        text, limit = article.text, len(article.text)
    filed_from = None
    if article.dateline is None:  # a dateline left in the body as a line of its own ("LYON 2001-03-09")
        mentions, filed_from = dateline_line_places(text, mentions, gazetteer)
    mentions, pairs = _qualifier_pairs(text, mentions, gazetteer, limit)
    groups, group_of = _groups(mentions, pairs, gazetteer)
    dateline_key, dateline = resolve_dateline(article.dateline or filed_from, gazetteer)
    support: dict[str, float] = {}
    states: dict[tuple[str, str], float] = {}
    governments: set[str] = set()
    for entity in entities:
        if entity.kind not in ("country", "place") and entity.country:
            support[entity.country] = support.get(entity.country, 0.0) + _ACTOR_SUPPORT
            if entity.role in _STATE_ROLES:
                governments.add(entity.country)
    if dateline is not None and dateline.country:
        support[dateline.country] = support.get(dateline.country, 0.0) + _DATELINE_SUPPORT
        if dateline.admin1:
            states[(dateline.country, dateline.admin1)] = 1.0
    beside = beside_divisions(text, groups)  # "New York and New Jersey"
    context = Context(support, states, dateline, dateline_key, frozenset(governments), beside)
    holders = facility_holders(text, groups, gazetteer)  # "Stansted Airport in Essex"
    resolve_groups(groups, context, gazetteer, holders, joined_towns(text, groups))  # "Hamilton and Burlington"
    others = [t for t in ents if text[t[0] : t[1]] not in firms]  # "Xinhua said": the agency
    return _towns_in_divisions(others, text, mentions, groups, group_of, gazetteer)


def _towns_in_divisions(
    ents: list[tuple[int, int, str]],
    text: str,
    mentions: list[PlaceMention],
    groups: list[Group],
    group_of: dict[tuple[int, int], Group],
    gazetteer: Gazetteer,
) -> tuple[list[PlaceMention], dict[tuple[int, int], Group]]:
    """Add the towns NER gave another label that lie in a division the article's places are in."""
    chosen = [g.choice for g in groups if g.choice is not None and g.confidence >= 0.5]
    divisions = frozenset((e.country, e.admin1) for e in chosen if e.country and e.admin1 and e.feature != "country")
    if not divisions:
        return mentions, group_of
    names = [(s, e, label) for s, e, label in ents if label in _NAME_LABELS]
    # A person's possessive ("In Jackson's view") is the person's, whatever town shares the name.
    spans = [t for s, e, label in names if (t := trim(text, s, e))[1] == e or label != "PERSON"]
    people = people_of(text, names)
    counties = frozenset(
        (e.country, e.admin1, e.admin2) for e in chosen if e.feature == "admin2" and e.country and e.admin1 and e.admin2
    )
    found = towns_in_named_divisions(spans, text, gazetteer, divisions, people)
    if counties:  # "between Camanche and DeWitt" in a story about Clinton County, Iowa
        persons = people | {text[s:e] for s, e, label in ents if label == "PERSON"}
        found += towns_in_named_counties(text, len(text), gazetteer, counties, persons)
    for start, end, town in found:
        if end <= start or _after_title(text, start) or any(m.start < end and start < m.end for m in mentions):
            continue
        mention = PlaceMention(text[start:end], start, end, "division-town")
        group = Group(name_key(mention.text), [mention], (Candidate(town, True),), choice=town, confidence=0.6)
        mentions.append(mention)
        group_of[(start, end)] = group
    return mentions, group_of


def _decide(mention: PlaceMention, group: Group) -> PlaceDecision:
    ranking = tuple(
        (f"{e.name} ({e.feature}, {e.country or '-'})", round(s, 2)) for e, s in group.ranking[:5]
    )
    if not group.candidates:
        return PlaceDecision(mention.text, mention.start, mention.end, None, "not in gazetteer")
    place = _place(mention, group)
    if place is None:
        reason = f"ambiguous: best candidate confidence {group.confidence:.2f} below threshold"
        return PlaceDecision(mention.text, mention.start, mention.end, None, reason, ranking)
    return PlaceDecision(mention.text, mention.start, mention.end, place, "resolved", ranking)


def _place(mention: PlaceMention, group: Group) -> Place | None:
    """The place the mention's group resolved to, at the mention's span; None when unresolved."""
    entry = group.choice
    if not group.candidates or entry is None:
        return None
    return Place(
        name=entry.name,
        country=entry.country,
        lat=entry.lat,
        lon=entry.lon,
        feature=entry.feature,
        confidence=round(group.confidence, 3),
        start=mention.start,
        end=mention.end,
        geonameid=entry.geonameid,
    )


def _mentions(
    ents: list[tuple[int, int, str]], text: str, entities: Sequence[Entity], gazetteer: Gazetteer, limit: int,
    firms: frozenset[str],
) -> list[PlaceMention]:
    found: dict[tuple[int, int], PlaceMention] = {}
    for ent_start, ent_end, label in ents:
        if ent_end <= limit:
            _ner_mention(found, text, ent_start, ent_end, label, gazetteer)
    # Entities do not overlap and come in text order, so their ends are sorted too: a span
    # overlaps one iff the first entity ending after the span's start begins before its end.
    ent_starts = [s for s, _, _ in ents]
    ent_ends = [e for _, e, _ in ents]
    for start, end in scan_countries(text, limit, gazetteer):
        k = bisect.bisect_right(ent_ends, start)
        if (k < len(ents) and ent_starts[k] < end) or _NAME_GOES_ON.match(text, end):
            continue
        found[(start, end)] = PlaceMention(text[start:end], start, end, "scan")
    for start, end, name in scan_divisions(text, limit, gazetteer):
        # The division wins over a mention of the same span ("Harris" of "Harris and Fort Bend counties").
        if not any(k[0] <= start and end <= k[1] and k != (start, end) for k in found):
            for key in [k for k in found if k[0] < end and start < k[1]]:
                del found[key]
            found[(start, end)] = PlaceMention(name, start, end, "division")
    for start, end in towns_before_qualifiers(text, limit, gazetteer):  # "Lafayette, IN"
        if not any(k[0] < end and start < k[1] for k in found) and not _after_title(text, start):
            found[(start, end)] = PlaceMention(text[start:end], start, end, "town")
    # Not a name NER calls a person ("from Obama"; after "in" `labels.other_label_is_place` reads those).
    persons = people_of(text, ents) | {text[s:e] for s, e, label in ents if label == "PERSON"}
    enclosed = towns_before_enclosures(text, limit, gazetteer, people_of(text, ents), frozenset(persons))
    for start, end in enclosed:  # "Puri on the coast of Odisha"
        if not any(k[0] < end and start < k[1] for k in found) and not _after_title(text, start):
            found[(start, end)] = PlaceMention(text[start:end], start, end, "town")
    for start, end in towns_after_locatives(text, limit, gazetteer, persons, frozenset(ent_starts)):
        if not any(k[0] < end and start < k[1] for k in found) and not _after_title(text, start):
            found[(start, end)] = PlaceMention(text[start:end], start, end, "locative")
    # A people is no home town ("a Roma family"); a name the model calls a firm may be ("a Marshalltown woman").
    bearers = persons | {text[s:e] for s, e, label in ents if label == "NORP"}
    for start, end in towns_before_people(text, limit, gazetteer, bearers):  # "a Sudbury man"
        if not any(k[0] < end and start < k[1] for k in found):
            found[(start, end)] = PlaceMention(text[start:end], start, end, "home")
    for entity in entities:
        if entity.kind in ("place", "country"):
            _entity_mentions(found, text, entity, gazetteer, limit)
    countries = {m.hint for m in found.values() if m.hint} | {
        c.entry.country
        for m in found.values()
        for c in gazetteer.lookup(m.text)
        if c.entry.feature == "country" and c.entry.country
    }
    for start, end in persons_in_named_countries(text, ents, gazetteer, people_of(text, ents), countries):  # "from Gao"
        if end <= limit and not any(k[0] < end and start < k[1] for k in found) and not _after_title(text, start):
            found[(start, end)] = PlaceMention(text[start:end], start, end, "locative")
    ordered = sorted(found.values(), key=lambda m: m.start)
    # "defying the West", "the North": a side of the world or of a country, never the town (West, Texas).
    ordered = [m for m in ordered if m.text.lower() not in _BARE_COMPASS]
    ordered = _not_other_things(text, ordered, ents, entities, firms)
    named = [m for m in ordered if _not_name_modifier(text, m, gazetteer) and not names_a_way(text, m.end)]
    mentions = without_juxtaposed(text, named, gazetteer)
    return sorted(mentions + _coordinated(text, limit, mentions, gazetteer), key=lambda m: m.start)


def _not_other_things(
    text: str, mentions: list[PlaceMention], ents: list[tuple[int, int, str]], entities: Sequence[Entity],
    firms: frozenset[str],
) -> list[PlaceMention]:
    """Less the names of something else: a planet, a firm or news agency the model called one (in `firms`), a surname."""
    kept = [
        m
        for m in mentions
        if not names_a_planet(text, m.text, m.end) and not (m.source == "ORG" and m.text in firms)
    ]
    return not_surnames(text, kept, surnames(text, ents, entities), placed_starts(entities))


def _ner_mention(
    found: dict[tuple[int, int], PlaceMention],
    text: str,
    start: int,
    end: int,
    label: str,
    gazetteer: Gazetteer,
) -> None:
    """The place an NER entity names, if it names one (added to `found`)."""
    start, end = trim(text, start, end, gazetteer)
    if end <= start:
        return
    surface = text[start:end]
    if surface.islower():
        return  # "the metro fare": English writes a place's name with a capital; a common noun is no toponym
    # Only a span of several words can hold several places; "Sichuan province" is one, whole.
    wide = " " in surface and not (gazetteer.lookup(surface) or _division(surface, gazetteer))
    parts = place_parts(text, start, end, label, gazetteer) if wide else []
    for part_start, part_end in parts:  # "Norman and Moore", "Deschutes County commission"
        # Joined places and a place before its local body were checked as places; a name before a
        # lower-case noun is read under its own label.
        whole = len(parts) > 1 or text[part_end:end].lstrip()[:1].isupper()
        _ner_mention(found, text, part_start, part_end, "GPE" if whole else label, gazetteer)
    if parts:
        return
    if label == "NORP":
        longer = longest_name(text, start, end, gazetteer)
        iso3 = gazetteer.demonyms.get(name_key(surface))
        if longer != (start, end):  # "British Columbia"
            found[longer] = PlaceMention(text[longer[0] : longer[1]], longer[0], longer[1], "GPE")
            return
        if iso3 is not None and iso3 in gazetteer.countries:
            found[(start, end)] = PlaceMention(surface, start, end, "demonym", iso3)
            return
    if label in _PLACE_LABELS or (
        label in _COUNTRY_ONLY_LABELS and other_label_is_place(text, start, surface, label, gazetteer)
    ):
        if _after_title(text, start):
            return  # "Lord Hamilton", "Sir Alex": a person named after a place
        start, end = longest_name(text, start, end, gazetteer)
        if not any(k[0] <= start and end <= k[1] for k in found):  # "Labrador" of "Newfoundland and Labrador"
            found[(start, end)] = PlaceMention(text[start:end], start, end, label)


def _entity_mentions(
    found: dict[tuple[int, int], PlaceMention], text: str, entity: Entity, gazetteer: Gazetteer, limit: int
) -> None:
    """The entity stage's place and country mentions (added to `found`; they carry a country)."""
    for m in entity.mentions:
        # Resolved pronouns and descriptions ("it", "the country") are the entity's
        # mentions too, but not place names.
        if m.end > limit:
            continue
        start, end = trim(text, m.start, m.end, gazetteer)
        if end <= start or not text[start].isupper() or _after_title(text, start):
            continue
        start, end = longest_name(text, start, end, gazetteer)
        if entity.kind == "country" and not gazetteer.lookup(text[start:end]):
            # "Belarusian", "Russian troops": the adjective names the country.
            if entity.country in gazetteer.countries:
                found.setdefault(
                    (start, end), PlaceMention(text[start:end], start, end, "demonym", entity.country)
                )
            continue
        # The entity stage's record wins (it carries the country); the longer span is kept.
        overlapping = [k for k in found if k[0] < end and start < k[1]]
        if any(found[k].source == "division" for k in overlapping):
            continue  # "Harris" of "Harris and Galveston counties" is the county
        if overlapping and not gazetteer.lookup(text[start:end]):
            continue  # "Norman and Moore": the places found inside a name no place has
        for key in overlapping:
            old = found.pop(key)
            if old.end - old.start > end - start:
                start, end = old.start, old.end
        found[(start, end)] = PlaceMention(
            text[start:end], start, end, f"entity:{entity.kind}", entity.country
        )


def _caption_mentions(article: Article, body: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """Places in captions, which are not parsed: country names and demonyms, names the body
    already used as places, and names after a locative preposition ("in Davos") that the
    gazetteer holds as a town or division. Cheap: a regex walk and a lookup per capitalised run."""
    text = article.text
    known = {name_key(m.text): m.hint for m in body}
    found: list[PlaceMention] = []
    for block in article.blocks:
        if block.kind != "caption":
            continue
        for start, end in scan_countries(text, block.end, gazetteer, block.start):
            found.append(PlaceMention(text[start:end], start, end, "caption"))
        for run in _CAPITALISED.finditer(text, block.start, block.end):
            start, end = trim(text, run.start(), run.end(), gazetteer)
            while end > start and text[end - 1] == ".":
                end -= 1
            surface = text[start:end]
            if (
                end <= start
                or any(m.start < end and start < m.end for m in found)
                or _after_title(text, start)
            ):
                continue
            key = name_key(surface)
            iso3 = gazetteer.demonyms.get(key)
            if iso3 in gazetteer.countries:
                found.append(PlaceMention(surface, start, end, "demonym", iso3))
            elif key in known:
                found.append(PlaceMention(surface, start, end, "caption", known[key]))
            elif _LOCATIVE_BEFORE.search(text, max(block.start, start - 8), start) and any(
                c.primary and c.entry.feature != "continent" for c in gazetteer.lookup(surface)
            ):
                found.append(PlaceMention(surface, start, end, "caption"))
    return found


def _division(text: str, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """ "Sichuan province", "Kherson region": the division under its bare name."""
    head, _, last = text.rpartition(" ")
    if not head or last.casefold() not in DIVISION_WORDS:
        return ()
    return tuple(c for c in gazetteer.lookup(head) if c.entry.feature in ("admin1", "admin2"))


def _coordinated(
    text: str, limit: int, mentions: list[PlaceMention], gazetteer: Gazetteer
) -> list[PlaceMention]:
    """A name joined by "and"/"or" to a place ("between Brisbane and Toowoomba") is a place too
    when the gazetteer holds a town or division of that name in a country the partner may be in."""
    taken = [(m.start, m.end) for m in mentions]
    added: list[PlaceMention] = []
    for m in mentions:
        partner = {c.entry.country for c in gazetteer.lookup(m.text) if c.entry.country}
        if not partner:
            continue
        after = _AND_AFTER.match(text, m.end, limit)
        before = _AND_BEFORE.search(text, max(0, m.start - 40), m.start)
        for found in (after, before):
            if found is None:
                continue
            start, end = found.span(1)
            if any(s < end and start < e for s, e in taken) or _after_title(text, start):
                continue
            if any(
                c.primary and c.entry.feature in ("city", "admin1", "admin2") and c.entry.country in partner
                for c in gazetteer.lookup(text[start:end])
            ):
                added.append(PlaceMention(text[start:end], start, end, "coordinated"))
                taken.append((start, end))
    return added


def _not_name_modifier(text: str, mention: PlaceMention, gazetteer: Gazetteer) -> bool:
    """False for a town or division name that opens a longer proper name of a person or a firm
    ("Paris Hilton", "Jordan Henderson", "New York Times"): the capitalised word after it is no
    place of note, no title ("Texas Governor"), no feature word ("Stansted Airport"), no plural
    ("California Republicans"). Country names stay ("U.S. Army" still says where), except
    those that are also given names ("Jordan Henderson", "Chad Smith")."""
    after = _NEXT_NAME.match(text, mention.end)
    if after is None:
        return True
    # A country that is also a given name opens a person's name whoever found it ("Jordan Henderson").
    if mention.source in ("demonym", "entity:country", "division", "scan") and mention.text not in NOT_SCANNED:
        return True
    if names_a_local_body(text, mention.end):
        return True  # "the Dallas Police Department", "the Ripon School Board": the place's own bodies
    word = after.group(1)
    candidates = gazetteer.lookup(mention.text)
    if word.endswith("s") and word.casefold() not in _PARTY_WORDS and all(c.entry.feature == "city" for c in candidates):
        return False  # a city before a plural name is a team or a paper ("Toronto Raptors", "Seattle Times")
    if word.casefold() in _TITLES or word.casefold() in _FEATURE_WORDS or word.endswith("s"):
        return True
    country = any(c.entry.feature == "country" for c in candidates) and mention.text not in NOT_SCANNED
    # The next word names a place of note too ("Moscow Russia" in a headline): two places.
    place_next = any(
        c.entry.feature != "city" or c.entry.population >= ORG_CITY for c in gazetteer.lookup(word)
    )
    return not candidates or country or place_next


def _after_title(text: str, start: int) -> bool:
    before = _TITLE_BEFORE.search(text, max(0, start - 16), start)
    return before is not None and before.group(1).casefold() in _TITLES and before.group(1)[0].isupper()


def _qualifier_pairs(
    text: str, mentions: list[PlaceMention], gazetteer: Gazetteer, limit: int
) -> tuple[list[PlaceMention], list[tuple[PlaceMention, PlaceMention]]]:
    """Find "Head, Qualifier" pairs; a qualifier NER missed ("Ga.") becomes a mention itself."""
    by_start = {m.start: m for m in mentions}
    pairs: list[tuple[PlaceMention, PlaceMention]] = []
    added: list[PlaceMention] = []
    for head in mentions:
        separator = _SEPARATOR.match(text, head.end)
        if separator is None or separator.end() >= limit:
            continue
        heads = [c.entry for c in gazetteer.lookup(head.text) if c.entry.feature != "country"]
        if not heads:
            continue
        qualifier = by_start.get(separator.end())
        if qualifier is None:
            qualifier = _unlabelled_qualifier(text, separator.end(), limit, gazetteer)
            if qualifier is None:
                continue
            added.append(qualifier)
            by_start[qualifier.start] = qualifier
        containers = [c.entry for c in gazetteer.lookup(qualifier.text, qualifier=True)]
        if any(contains(q, h) for q in containers for h in heads):
            pairs.append((head, qualifier))
        elif qualifier in added:
            added.remove(qualifier)
            del by_start[qualifier.start]
    return sorted(mentions + added, key=lambda m: m.start), pairs


def _unlabelled_qualifier(text: str, start: int, limit: int, gazetteer: Gazetteer) -> PlaceMention | None:
    words = _CAPITALISED.match(text, start, limit)
    if words is None:
        return None
    phrase = words.group()
    # Longest first: "New Mexico" before "New"; a sentence-final full stop is not part of "Texas".
    while phrase:
        for form in (phrase, phrase.rstrip(".")):
            if any(c.entry.feature in ("admin1", "country") for c in gazetteer.lookup(form, qualifier=True)):
                return PlaceMention(form, start, start + len(form), "qualifier")
        cut = max(phrase.rfind(" "), phrase.rfind("-"))
        phrase = phrase[:cut] if cut > 0 else ""
    return None


def _groups(
    mentions: list[PlaceMention], pairs: list[tuple[PlaceMention, PlaceMention]], gazetteer: Gazetteer
) -> tuple[list[Group], dict[tuple[int, int], Group]]:
    role: dict[tuple[int, int], tuple[str, str]] = {}
    for head, qualifier in pairs:
        role[(head.start, head.end)] = ("in", name_key(qualifier.text))
        role[(qualifier.start, qualifier.end)] = ("of", name_key(head.text))
    by_key: dict[tuple[str, str, str], Group] = {}
    group_of: dict[tuple[int, int], Group] = {}
    for m in mentions:
        key = name_key(m.text)
        kind, partner = role.get((m.start, m.end), ("bare", ""))
        group = by_key.get((key, kind, partner))
        if group is None:
            candidates = gazetteer.lookup(m.text, qualifier=kind == "of") or _division(m.text, gazetteer)
            if kind == "bare":
                candidates = bare_candidates(m.text, candidates)
            if m.source == "demonym" and m.hint:
                candidates = (Candidate(gazetteer.countries[m.hint], True),)
            group = Group(key=key, mentions=[], candidates=candidates)
            by_key[(key, kind, partner)] = group
        group.mentions.append(m)
        group.hint = group.hint or m.hint
        group_of[(m.start, m.end)] = group
    for head, qualifier in pairs:
        head_group, qualifier_group = (
            group_of[(head.start, head.end)],
            group_of[(qualifier.start, qualifier.end)],
        )
        head_group.qualifier = qualifier_group
        if head_group not in qualifier_group.heads:
            qualifier_group.heads.append(head_group)
    return list(by_key.values()), group_of
