"""Stored events as rows of GDELT 2.0's event table (61 columns, GDELT's order).

What we fill and from where (docs/store.md has the full table):
- GLOBALEVENTID is the store's event id; SQLDATE/MonthYear/Year/FractionDate come from the
  event's `day`; DATEADDED is when the article was stored; SOURCEURL its URL (or source uri).
- Actor codes split into GDELT's blocks: country (ISO3, as GDELT's actor columns use), a
  known-group code (UNO, NAT, ...) and up to three type codes (GOV, MIL, ...). Names are
  upper-cased as in GDELT's dictionary names.
- IsRootEvent is 1 when the evidence sentence is in the title or first paragraph: GDELT's
  "lead position" proxy for importance.
- One row per merged event (newsgraph.store.stories): events with the same source, target,
  CAMEO code and date in one story are one row, the first stored standing for all, with
  NumMentions/NumSources/NumArticles counted across the story's articles and their copies.
  Events outside any story (stories off, or stores written before) are rows of their own
  with counts of 1. AvgTone is the article's GDELT-style tone.
- ActionGeo_* come from the event's place, with FIPS 10-4 country codes (GDELT's Geo columns
  use FIPS, not ISO). Actor1Geo_*/Actor2Geo_* and the ethnic/religion codes stay empty:
  we do not locate actors separately or detect ethnicity/religion.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from newsgraph.data import read_tsv
from newsgraph.model import geo_type
from newsgraph.roles import load_known_groups
from newsgraph.store.filters import _check_names, _event_where
from newsgraph.store.rows import CAMEO_TYPES, load_fips

if TYPE_CHECKING:
    from newsgraph.store.sqlite import Store


@cache
def gdelt_columns() -> tuple[str, ...]:
    """GDELT 2.0 event table column names, in file order (61)."""
    return tuple(r["name"] for r in read_tsv("gdelt_columns.tsv"))


def _actor(name: str | None, code: str, country: str, role: str) -> list[str]:
    """The 10 GDELT actor columns: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
    Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code."""
    if name is None and not code:
        return [""] * 10
    known_groups = load_known_groups()
    group = ""
    types: list[str] = []
    if not country and code.startswith("IGO") and len(code) > 3:
        # An organisation's code is IGO + its tag ("IGOUNO", "IGOEUREEC", "IGONATO"); GDELT's known group is the
        # tag's first known-group block (UNO, EEC, NAT), and its role blocks are types ("IGOUNOREF": REF).
        types.append("IGO")
        for i in range(3, len(code), 3):
            block = code[i : i + 3]
            if block in known_groups and not group:
                group = block
            elif block in CAMEO_TYPES:
                types.append(block)
        role = ""
    for i in range(0, len(role), 3):
        block = role[i : i + 3]
        if block in known_groups and block not in CAMEO_TYPES and not group:
            group = block
        elif len(block) == 3:
            types.append(block)
    types += [""] * 3
    return [code, (name or "").upper(), country, group, "", "", "", types[0], types[1], types[2]]


def _action_geo(row: Mapping[str, Any]) -> list[str]:
    name = row["place_name"]
    if name is None:
        return [""] * 8
    iso3 = row["place_country"] or ""
    fips, country_name = load_fips().get(iso3, ("", ""))
    gtype = geo_type(row["place_feature"], iso3)
    full = name if gtype == 1 or not country_name or name == country_name else f"{name}, {country_name}"
    # GDELT repeats the country code as ADM1 and FeatureID for country-level locations.
    adm1 = fips if gtype == 1 else ""
    feature_id = (
        fips if gtype == 1 else ("" if row["place_geonameid"] is None else str(row["place_geonameid"]))
    )
    return [str(gtype), full, fips, adm1, "", _num(row["place_lat"]), _num(row["place_lon"]), feature_id]


def _num(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(round(value, 6)) if isinstance(value, float) else str(value)


@lru_cache(maxsize=4096)
def _dates(day: str) -> tuple[str, ...]:
    if not day:
        return ("", "", "", "")
    d = dt.date.fromisoformat(day)
    # GDELT's own approximation: YYYY + (MONTH * 30 + DAY) / 365.
    fraction = round(d.year + (d.month * 30 + d.day) / 365, 4)
    return (d.strftime("%Y%m%d"), d.strftime("%Y%m"), str(d.year), f"{fraction:.4f}")


@lru_cache(maxsize=4096)
def _added(stored_at: str) -> str:
    return dt.datetime.fromisoformat(stored_at).strftime("%Y%m%d%H%M%S")


_SELECT = (
    "SELECT e.*, a.tone AS article_tone, a.url, a.source, a.stored_at, a.blocks, "
    "m.num_mentions AS m_mentions, m.num_sources AS m_sources, m.num_articles AS m_articles "
    "FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN merged_events m ON m.id = e.merged_id"
)


def gdelt_rows(
    store: Store, where: Mapping[str, Any] | None = None, batch: int = 5_000
) -> Iterator[list[str]]:
    """Stream stored events as GDELT event rows (lists of 61 strings)."""
    _check_names(where or {})
    w = _event_where(**(where or {}))
    w.add("(e.merged_id IS NULL OR m.id IS NULL OR m.first_event_id = e.id)")
    cursor = store.conn.execute(f"{_SELECT}{w.sql} ORDER BY e.id", w.params)
    lead_end: tuple[str, int] = ("", -1)
    while chunk := cursor.fetchmany(batch):
        for row in chunk:
            if lead_end[0] != row["article_id"]:
                blocks = json.loads(row["blocks"])
                first_para = next((end for kind, _, end in blocks if kind == "paragraph"), 0)
                lead_end = (row["article_id"], first_para)
            out = [str(row["id"]), *_dates(row["day"])]
            out += _actor(row["source_name"], row["source_code"], row["source_country"], row["source_role"])
            out += _actor(row["target_name"], row["target_code"], row["target_country"], row["target_role"])
            out += [
                "1" if row["evidence_start"] < lead_end[1] else "0",
                row["cameo"],
                row["base_code"],
                row["root"],
                str(row["quad_class"]),
                _num(row["goldstein"]),
                str(row["m_mentions"] or row["num_mentions"]),
                str(row["m_sources"] or 1),
                str(row["m_articles"] or 1),
                _num(round(row["article_tone"], 4)) if row["article_tone"] is not None else "",
            ]
            out += [""] * 16  # Actor1Geo_*, Actor2Geo_*
            out += _action_geo(row)
            out += [_added(row["stored_at"]), row["url"] or row["source"]]
            # Only free text can hold a tab or newline that would break the row: the names
            # (columns 7 and 17), the place name (53) and the URL (61).
            for i in (6, 16, 52, 60):
                if "\t" in out[i] or "\n" in out[i]:
                    out[i] = out[i].replace("\t", " ").replace("\n", " ")
            yield out
