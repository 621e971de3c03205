"""The exported shape of each store table: columns, their SQL, their types.

Exports (CSV, JSONL, Parquet) read tables through these definitions rather than `SELECT *`,
so an export's columns are stable across schema migrations and typed the same way in every
format. Every table exposes `day`: the event's day for events, the article's day for the
rest, which is what `partition_by_date` partitions on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from newsgraph.errors import InvalidQuery
from newsgraph.store.filters import _check_names, _event_where

if TYPE_CHECKING:
    from newsgraph.store.sqlite import Store

# "list": a JSON array of names in the store; "spans": a JSON array of [start, end] pairs.
Kind = Literal["str", "int", "float", "bool", "list", "spans"]


@dataclass(frozen=True)
class Column:
    name: str
    sql: str
    kind: Kind


@dataclass(frozen=True)
class Table:
    name: str
    source: str  # FROM clause; the table itself is aliased `alias`, its article `a`
    columns: tuple[Column, ...]
    alias: str = "t"

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def _cols(spec: str, prefix: str = "t.") -> tuple[Column, ...]:
    """'name:kind name:kind ...' -> columns read straight from the table."""
    out = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        column = f'"{name}"' if name == "end" else name
        out.append(Column(name, prefix + column, kind or "str"))  # type: ignore[arg-type]
    return tuple(out)


_ARTICLE_JOIN = "JOIN articles a ON a.id = t.article_id"
# The part of the article a place or date was read in (title, summary, paragraph, caption, dateline), from the
# article's typed blocks ([kind, start, end]), so an export can keep or drop what came from captions.
_BLOCK = Column(
    "block",
    "(SELECT json_extract(b.value, '$[0]') FROM json_each(a.blocks) b"
    " WHERE json_extract(b.value, '$[1]') <= t.start AND t.start < json_extract(b.value, '$[2]') LIMIT 1)",
    "str",
)
# GDELT's ActionGeo_Type of a stored place, as `model.geo_type` gives it (1 country, 2 US state, 3 US city,
# 4 world city, 5 world state; 0 a continent).
_GEO_TYPE = Column(
    "geo_type",
    "CASE WHEN t.feature = 'country' THEN 1 WHEN t.feature = 'continent' THEN 0"
    " WHEN t.feature IN ('admin1', 'state', 'region') THEN (CASE WHEN t.country = 'USA' THEN 2 ELSE 5 END)"
    " WHEN t.country = 'USA' THEN 3 ELSE 4 END",
    "int",
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "events",
            # Aliased `e` like in newsgraph.store.query, whose filter builder the export reuses.
            "events e JOIN articles a ON a.id = e.article_id LEFT JOIN merged_events m ON m.id = e.merged_id",
            (
                *_cols(
                    "id:int article_id seq:int day date date_precision source_name source_code source_country "
                    "source_role source_entity_id target_name target_code target_country target_role target_entity_id "
                    "cameo base_code root plover plover_mode goldstein:float quad_class:int negated:bool "
                    "hypothetical:bool confidence:float trigger evidence_start:int evidence_end:int evidence_text "
                    "place_name place_country place_lat:float place_lon:float place_feature place_geonameid:int "
                    "tone:float tone_compound:float",
                    prefix="e.",
                ),
                Column("article_tone", "a.tone", "float"),
                Column("article_url", "a.url", "str"),
                Column("article_source", "a.source", "str"),
                # Across articles (newsgraph.store.stories); outside any story, the article's own (mentions: sentences).
                Column("merged_id", "e.merged_id", "int"),
                Column("story_id", "m.story_id", "int"),
                Column("num_mentions", "COALESCE(m.num_mentions, e.num_mentions)", "int"),
                Column("num_articles", "COALESCE(m.num_articles, 1)", "int"),
                Column("num_sources", "COALESCE(m.num_sources, 1)", "int"),
            ),
            alias="e",
        ),
        Table(
            "articles",
            "articles t",
            _cols(
                "id source source_id url title published day date_precision date_source updated dateline agency "
                "author site language fetched_at skipped duplicate_of story_id:int tone:float tone_compound:float "
                "tone_positive:float tone_negative:float text blocks stored_at"
            ),
        ),
        Table(
            "quotes",
            f"quotes t {_ARTICLE_JOIN}",
            (
                Column("day", "a.day", "str"),
                *_cols(
                    "id:int article_id seq:int text direct:bool start:int end:int speaker_name speaker_code "
                    "speaker_entity_id speaker_text speaker_start:int speaker_end:int cue via:list anonymous:bool date "
                    "spans:spans quoted:spans rejected:bool"
                ),
            ),
        ),
        Table(
            "entities",
            f"entities t {_ARTICLE_JOIN}",
            (
                Column("day", "a.day", "str"),
                *_cols(
                    "id:int article_id entity_id name kind title country role code aliases:list n_mentions:int "
                    "start:int end:int"
                ),
            ),
        ),
        Table(
            "places",
            f"places t {_ARTICLE_JOIN}",
            (
                Column("day", "a.day", "str"),
                *_cols(
                    "id:int article_id name country lat:float lon:float feature confidence:float start:int end:int "
                    "geonameid:int"
                ),
                _GEO_TYPE,
                _BLOCK,
            ),
        ),
        Table(
            "dates",
            f"dates t {_ARTICLE_JOIN}",
            (
                Column("day", "a.day", "str"),
                *_cols("id:int article_id text value end_value precision start:int end:int timex_type timeml"),
                _BLOCK,
            ),
        ),
    )
}


def table(name: str) -> Table:
    try:
        return TABLES[name]
    except KeyError:
        raise InvalidQuery(f"unknown table {name!r}; known: {', '.join(TABLES)}") from None


def _decode_list(raw: str | None) -> list[str]:
    if not raw:
        return []
    return [v["name"] if isinstance(v, dict) else str(v) for v in json.loads(raw)]


def iter_rows(
    store: Store,
    tbl: Table,
    *,
    where: Mapping[str, Any] | None = None,
    order_by_day: bool = False,
    batch: int = 5_000,
) -> Iterator[tuple[Any, ...]]:
    """Stream a table's rows as tuples in `tbl.columns` order, a batch at a time.

    `where` takes the `events` query filters (events table only). Booleans come back as bool
    and list columns as lists, so every format writes the same values.
    """
    params: list[Any] = []
    clause = ""
    if where:
        if tbl.name != "events":
            raise InvalidQuery(f"filters apply to the events table only, not {tbl.name!r}")
        _check_names(where)
        w = _event_where(**where)
        clause, params = w.sql, w.params
    select = ", ".join(f'{c.sql} AS "{c.name}"' for c in tbl.columns)
    rowid = f"{tbl.alias}.rowid"
    order = f"ORDER BY day, {rowid}" if order_by_day else f"ORDER BY {rowid}"
    cursor = store.conn.execute(f"SELECT {select} FROM {tbl.source}{clause} {order}", params)
    bools = [i for i, c in enumerate(tbl.columns) if c.kind == "bool"]
    lists = [i for i, c in enumerate(tbl.columns) if c.kind == "list"]
    spans = [i for i, c in enumerate(tbl.columns) if c.kind == "spans"]
    while chunk := cursor.fetchmany(batch):
        for row in chunk:
            if bools or lists or spans:
                values = list(row)
                for i in bools:
                    values[i] = None if values[i] is None else bool(values[i])
                for i in lists:
                    values[i] = _decode_list(values[i])
                for i in spans:
                    values[i] = [[int(a), int(b)] for a, b in json.loads(values[i])] if values[i] else []
                yield tuple(values)
            else:
                yield tuple(row)
