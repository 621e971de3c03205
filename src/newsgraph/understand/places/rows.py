"""What the gazetteer's build gathers before it writes: entries, names, country facts, and the
helpers the sources share (points of divisions from their towns, generic aliases)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

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


def generic_alias(name: str) -> bool:
    return all(word in _GENERIC_WORDS for word in name.lower().split())


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
