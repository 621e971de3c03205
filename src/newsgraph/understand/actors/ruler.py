"""The EntityRuler's patterns: the actor dictionary's names as phrase patterns (countries, places, demonyms,
actors, person names, each with its upper-case twin for datelines), the token patterns that re-assert the model's
own spans, and names the statistical model leaves untagged: "M. Dunlow", "K. Marlowe", an initial and a surname,
the way scorecards, lists and second references write a person.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import (
    INSTITUTION_HEADS,
    LABELS,
    ActorDictionary,
    load_from_files,
    user_files,
)


def initial_person_patterns(not_surnames: Iterable[str]) -> list[dict[str, Any]]:
    """ "M. Dunlow": an initial and a capitalised surname the model left untagged name a person.

    Only words outside every model entity: an initial that opens a longer name the model found ("J. Crew Group",
    an organisation) keeps the model's reading, and a country or a month never follows as a surname."""
    surname = {
        "ENT_IOB": "O",
        "TEXT": {"REGEX": r"^[A-Z][a-z][A-Za-z'’\-]+$", "NOT_IN": sorted(set(not_surnames))},
    }
    return [
        {
            "label": "PERSON",
            "id": "given",
            "pattern": [{"ENT_IOB": "O", "TEXT": {"REGEX": r"^[A-Z]\.$"}}, surname],
        }
    ]


def _surface_forms(name: str) -> Iterator[str]:
    yield name
    # Datelines and headlines shout: "WASHINGTON", "BELARUS". Only whole-word names get an upper-case twin.
    if name.upper() != name and len(name) > 3:
        yield name.upper()


def _phrase_patterns(d: ActorDictionary) -> dict[str, tuple[str, str]]:
    """surface form -> (label, id); earlier kinds win a surface form they share with later ones."""
    table: dict[str, tuple[str, str]] = {}

    def add(surface: str, label: str, ent_id: str) -> None:
        if surface and surface not in table:
            table[surface] = (label, ent_id)

    for c in d.countries.values():
        for name in c.names:
            for form in _surface_forms(name):
                add(form, "GPE", f"country:{c.iso3}")
    places = [e for e in d.entries.values() if e.kind == "place"]
    others = [e for e in d.entries.values() if e.kind != "place"]
    for e in others:
        for name in e.names:
            add(name, LABELS[e.kind], f"actor:{e.key}")
    # The project's dated parties and movements: the ruler prefers the longer match, so "Liberal Democrats" is
    # one organisation, not "Democrats" (another country's party) after a stray adjective.
    for name in d.dated.org_names if d.dated is not None else ():
        add(name, "ORG", "keep")
    for c in d.countries.values():
        for city in c.capitals:
            for form in _surface_forms(city):
                add(form, "GPE", f"city:{c.iso3}:{c.capital or city}")
    for e in places:
        for name in e.names:
            add(name, "GPE", f"actor:{e.key}")
    for c in d.countries.values():
        for city in c.cities:
            add(city, "GPE", f"city:{c.iso3}:{city}")
        for adj in (*c.adjectivals, *c.demonyms):
            add(adj, "NORP", f"norp:{c.iso3}")
    return table


# Capitalised words that never follow a given name as a surname (besides country words): months, weekdays and
# function words a headline capitalises.
_NOT_SURNAMES = frozenset(
    {
        *("January", "February", "March", "April", "May", "June", "July", "August", "September", "October"),
        *(
            "November",
            "December",
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ),
        *("The", "And", "Of", "In", "On", "At", "For", "To", "By", "With", "From", "As", "But", "Or"),
        *("Over", "After", "Before", "Into", "Onto", "Amid", "Against", "Near", "Under", "About", "Despite"),
        *("Says", "Said", "Is", "Was", "Will", "Not", "Still", "Unharmed", "Early", "Free", "Freed", "Dead"),
    }
)


# Words that end a place's or a body's name, never a person's: "Nasser City", "the Hamza Brigade", "Saddam
# Hospital" are named after a person and are none (an institution's head word ends a body's name too). Shrines and
# mosques are named after saints in lower case too: "the Imam Ali shrine", "the Imam Hussein mosque".
# (Not the words that are also surnames: "Camp", "Bridge", "Port", "Town".)
_PLACE_ENDS = (
    *("City", "Street", "Road", "Avenue", "Square", "Stadium", "Hotel", "Mosque", "Shrine", "Hospital"),
    *("Airport", "Palace", "Prison", "shrine", "mosque"),
)
_BODY_ENDS = ("Brigade", "Brigades", "Battalion", "Battalions", "Regiment", "College", "School", "Academy")


# Lower-case particles inside personal names (Spanish, Portuguese, Filipino, Dutch, German, Arabic).
_PARTICLES = frozenset(
    {"de", "dela", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "ter",
     "bin", "ibn", "bint", "al", "el", "ould"}
)


def _token_patterns(d: ActorDictionary) -> list[dict[str, Any]]:
    heads = sorted({*INSTITUTION_HEADS})
    # A capitalised word that can follow a given name as a surname: not a country, demonym, month or weekday.
    countries = sorted({n for c in d.countries.values() for n in (*c.names, *c.adjectivals, *c.demonyms)})
    # Nor the word that ends a place or a body: "Sharif University", "Nasser Hospital" are no people.
    ends = {*heads, *_BODY_ENDS, *_PLACE_ENDS}
    not_surname = sorted({*countries, *_NOT_SURNAMES, *ends})
    surname = {"TEXT": {"REGEX": r"^[A-Z][A-Za-z'’\-]+$", "NOT_IN": not_surname}}
    given = {"ORTH": {"IN": sorted(d.given_names)}}
    initial = {"TEXT": {"REGEX": r"^[A-Z]\.$"}, "OP": "?"}
    # What may stand between a given name and a surname: a middle initial or lower-case particles.
    middle = {"TEXT": {"REGEX": r"^(?:[A-Z]\.|" + "|".join(sorted(_PARTICLES)) + ")$"}, "OP": "*"}
    # Newspaper leads set the first word in capitals ("JOHN Howard's plea ..."): a shouted given name before a
    # surname in normal case is a name too.
    shouted = {"ORTH": {"IN": sorted(g.upper() for g in d.given_names)}}
    surname_case = {"TEXT": {"REGEX": r"^[A-Z][a-z][A-Za-z'’\-]*$", "NOT_IN": not_surname}}
    return [
        {
            # A model PERSON starting with a country word is a title the model swallowed ("Kazakh Defence"):
            # not worth keeping against the gazetteer's reading.
            "label": "PERSON",
            "id": "keep",
            "pattern": [
                {"ENT_TYPE": "PERSON", "ORTH": {"NOT_IN": countries}},
                {"ENT_TYPE": "PERSON", "OP": "+"},
            ],
        },
        {
            "label": "ORG",
            "id": "keep",
            "pattern": [{"ENT_TYPE": "ORG", "OP": "+"}, {"ENT_TYPE": "ORG", "ORTH": {"IN": heads}}],
        },
        {
            # "the rebel Justice and Equality Movement": the model stops a name at "and"; after "the", capitalised
            # words joined by it and ended by an institution's head word are one name. Not without "the" ("Blair
            # and Labour Party leaders"), nor from a country ("the Iran and Iraq Council").
            "label": "ORG",
            "id": "keep",
            "pattern": [
                {"LOWER": "the"},
                {"IS_LOWER": True, "OP": "?"},
                {"IS_TITLE": True, "ORTH": {"NOT_IN": countries}},
                {"LOWER": "and"},
                {"IS_TITLE": True, "ORTH": {"NOT_IN": [*countries, *heads]}, "OP": "+"},
                {"ORTH": {"IN": heads}},
            ],
        },
        # A given name or two and a surname, with a middle initial or lower-case particles between ("Tariq bin
        # Salem", "Pieter van der Berg", "Mehmet Ali Talat"), which the model splits in two; so is the model's own PERSON before particles and
        # a surname ("Angelo dela Cruz"). A place ("Rio de Janeiro") opens with neither.
        {"label": "PERSON", "id": "given", "pattern": [given, {**given, "OP": "?"}, middle, surname]},
        *_named_after(given, middle, surname, heads),
        {
            "label": "PERSON",
            "id": "given",
            "pattern": [{"ENT_TYPE": "PERSON", "OP": "+"}, {"ORTH": {"IN": sorted(_PARTICLES)}, "OP": "+"}, surname],
        },
        {"label": "PERSON", "id": "given", "pattern": [shouted, initial, surname_case]},
        *_waters(),
    ]


# Heads of the names of seas and straits: "the Sea of Japan", "the Gulf of Aden", "the East China Sea" (a sea
# after a name needs its compass word: "the Tamil Sea Tigers" are a rebel force).
_WATER_OF = ("Sea", "Gulf", "Bay", "Strait", "Straits", "Ocean")
_WATER_AFTER = ("Sea", "Ocean")
_COMPASS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western")


def _waters() -> list[dict[str, Any]]:
    """A sea or strait named after a country or a city is a body of water, not that country: missiles fired
    "into the Sea of Japan" are not fired at Japan, pirates "in the Gulf of Aden" are not Yemen's."""
    return [
        {
            "label": "LOC",
            "id": "keep",
            "pattern": [{"ORTH": {"IN": list(_WATER_OF)}}, {"LOWER": "of"}, {"IS_TITLE": True, "OP": "+"}],
        },
        {
            "label": "LOC",
            "id": "keep",
            "pattern": [
                {"ORTH": {"IN": list(_COMPASS)}},
                {"IS_TITLE": True},
                {"ORTH": {"IN": list(_WATER_AFTER)}},
            ],
        },
    ]


def _named_after(
    given: dict[str, Any], middle: dict[str, Any], surname: dict[str, Any], heads: list[str]
) -> list[dict[str, Any]]:
    """A place or body named after a person ("Nasser City", "the Salah Eddin Brigades", "the Imam Ali shrine"):
    longer than the person's name in it, so the ruler keeps the place or the body, not a person."""
    named = [{"ORTH": "Imam", "OP": "?"}, given, {**given, "OP": "?"}, middle, {**surname, "OP": "?"}]
    return [
        {"label": "FAC", "id": "keep", "pattern": [*named, {"ORTH": {"IN": list(_PLACE_ENDS)}}]},
        {"label": "ORG", "id": "keep", "pattern": [*named, {"ORTH": {"IN": [*heads, *_BODY_ENDS]}}]},
    ]


def gazetteer_patterns(settings: Settings) -> list[dict[str, Any]]:
    """EntityRuler patterns for countries, places, demonyms, actors and person names (a fresh list each call)."""
    return list(_patterns(user_files(settings)))


@lru_cache(maxsize=8)
def _patterns(extra: tuple[str, ...]) -> tuple[dict[str, Any], ...]:
    d = load_from_files(extra)
    phrases = [
        {"label": label, "pattern": surface, "id": ent_id}
        for surface, (label, ent_id) in _phrase_patterns(d).items()
    ]
    countries = {n for c in d.countries.values() for n in (*c.names, *c.adjectivals, *c.demonyms)}
    # A one-word role noun is no surname: "a Plan B. Officials said" names no "B. Officials".
    roles = {w[0].title() for w in d.descriptors if len(w) == 1}
    return tuple(phrases + _token_patterns(d) + initial_person_patterns(countries | roles | _NOT_SURNAMES))


def iter_names(d: ActorDictionary) -> Iterable[tuple[str, str]]:
    """(surface form, id) for every phrase pattern: what the ruler can tag, for docs and tests."""
    for surface, (_label, ent_id) in _phrase_patterns(d).items():
        yield surface, ent_id
