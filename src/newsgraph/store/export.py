"""Exporters: the store to GDELT TSV, CSV, JSONL, Parquet and GeoJSON.

Each exporter is registered as `newsgraph.registry.register("export", name)` and has the
signature `(store, dest, **options) -> rows written`. `dest` is a path or an open stream
(text or binary; Parquet needs a path). Exports stream: rows are read from SQLite a batch at
a time and written as they come, so exporting a large store needs little memory.

Options: `table=` (events, articles, quotes, entities, places, dates) for csv/jsonl/parquet;
`where=` a mapping of `events` query filters (country=..., root=..., since=...) for event
exports; `partition_by_date=True` for parquet writes Hive partitions `day=YYYY-MM-DD/`.
`export_options` checks which go together; the CLI and the API both ask it.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO, cast

from newsgraph import registry
from newsgraph.errors import InvalidQuery, UsageError
from newsgraph.model import geo_type
from newsgraph.serialize import stored_event_dict, stored_quote_dict
from newsgraph.store import query
from newsgraph.store.filters import _check_names, _event_where
from newsgraph.store.gdelt import gdelt_rows
from newsgraph.store.tables import Table, iter_rows, table

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsgraph.store.sqlite import Store

Dest = str | Path | IO[str] | IO[bytes]
Exporter = Callable[..., int]
EXPORTERS: dict[str, Exporter] = {}
# Rows buffered per Parquet row group: bounded memory (~20 MB of Python objects for events)
# while row groups stay large enough for column statistics and pruning to pay off.
PARQUET_BATCH_ROWS = 20_000
# Not Hive's null partition (__HIVE_DEFAULT_PARTITION__): pyarrow then fails to read the
# directory back ("cannot unify dictionaries with nulls"), so undated rows get a plain name.
UNKNOWN_DAY = "undated"


@dataclass(frozen=True)
class Format:
    """A built-in export format: the media type and file extension a download of it has, and
    whether it writes any table (`table=`) or, like every plugin's, the events only."""

    name: str
    media: str
    extension: str
    any_table: bool


# Declarative table: the API's export route takes its formats, media types and file names from it.
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("csv", "text/csv; charset=utf-8", "csv", any_table=True),
        Format("gdelt", "text/tab-separated-values; charset=utf-8", "tsv", any_table=False),
        Format("jsonl", "application/x-ndjson", "jsonl", any_table=True),
        Format("geojson", "application/geo+json", "geojson", any_table=False),
        Format("parquet", "application/vnd.apache.parquet", "parquet", any_table=True),
    )
}
TABLE_FORMATS = frozenset(f.name for f in FORMATS.values() if f.any_table)


def exporter(name: str) -> Callable[[Exporter], Exporter]:
    def register(func: Exporter) -> Exporter:
        EXPORTERS[name] = func
        return registry.register("export", name)(func)

    return register


def export(store: Store, fmt: str, dest: Dest, **options: Any) -> int:
    """Run the exporter named `fmt` (a built-in or a plugin's); returns rows written."""
    func = EXPORTERS.get(fmt) or registry.get("export", fmt)
    return int(func(store, dest, **options))


def export_options(
    fmt: str,
    table_name: str = "events",
    *,
    where: Mapping[str, Any] | None = None,
    include_hypothetical: bool = False,
    partition_by_date: bool = False,
    to_stream: bool = False,
) -> dict[str, Any]:
    """The options `export(store, fmt, dest, **options)` takes to write `table_name` in `fmt`,
    checked before any byte is written: InvalidQuery when the table, the format, the event
    filters (`where`, `include_hypothetical`) and the destination do not go together."""
    table(table_name)  # an unknown table fails here
    if fmt not in TABLE_FORMATS and table_name != "events":
        raise InvalidQuery(f"{fmt} exports the events table only, not {table_name}")
    if fmt == "parquet" and to_stream:
        # Its footer needs the whole file, so it cannot be written to a pipe.
        raise InvalidQuery("parquet needs an output file or directory (--output PATH), not a stream")
    filters = dict(where or {})
    if include_hypothetical:
        if table_name != "events":
            raise InvalidQuery(f"include_hypothetical applies to the events table only, not {table_name}")
        filters["include_hypothetical"] = "true"
    if filters:
        if table_name != "events":
            raise InvalidQuery(f"filters apply to the events table only, not {table_name}")
        _check_names(filters)
        _event_where(**filters)  # a malformed value fails here
    options: dict[str, Any] = {"where": filters or None}
    if fmt in TABLE_FORMATS:
        options["table"] = table_name
    if fmt == "parquet":
        options["partition_by_date"] = partition_by_date
    return options


@contextmanager
def _text_stream(dest: Dest) -> Iterator[TextIO]:
    if isinstance(dest, str | Path):
        with open(dest, "w", encoding="utf-8", newline="") as fh:
            yield fh
    elif isinstance(dest, io.TextIOBase) or hasattr(dest, "encoding"):
        yield dest  # type: ignore[misc]
        dest.flush()
    else:
        wrapper = io.TextIOWrapper(cast(IO[bytes], dest), encoding="utf-8", newline="")
        try:
            yield wrapper
            wrapper.flush()
        finally:
            wrapper.detach()  # leave the caller's binary stream open


@exporter("gdelt")
def export_gdelt(store: Store, dest: Dest, *, where: Mapping[str, Any] | None = None) -> int:
    """GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no header."""
    n = 0
    with _text_stream(dest) as out:
        for row in gdelt_rows(store, where):
            out.write("\t".join(row))
            out.write("\n")
            n += 1
    return n


@exporter("csv")
def export_csv(
    store: Store, dest: Dest, *, table: str = "events", where: Mapping[str, Any] | None = None
) -> int:
    """One table as CSV with a header row; list columns as JSON arrays."""
    tbl = _table(table)
    lists = [i for i, c in enumerate(tbl.columns) if c.kind in ("list", "spans")]
    n = 0
    with _text_stream(dest) as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(tbl.names)
        for row in iter_rows(store, tbl, where=where):
            if lists:
                values = list(row)
                for i in lists:
                    values[i] = json.dumps(values[i], ensure_ascii=False)
                row = tuple(values)
            writer.writerow(row)
            n += 1
    return n


@exporter("jsonl")
def export_jsonl(
    store: Store, dest: Dest, *, table: str = "events", where: Mapping[str, Any] | None = None
) -> int:
    """One table as JSON Lines: one object per row. Events and quotes are printed in their one
    shape (`serialize.stored_event_dict`, `stored_quote_dict`), as `newsgraph events -f jsonl`,
    `quotes -f jsonl` and the API print them; other tables as their columns."""
    tbl = _table(table)
    if where and tbl.name != "events":
        raise InvalidQuery(f"filters apply to the events table only, not {tbl.name!r}")
    records: Iterator[dict[str, Any]]
    if tbl.name == "events":
        records = (stored_event_dict(e) for e in query.iter_events(store, where))
    elif tbl.name == "quotes":
        records = (stored_quote_dict(q) for q in query.iter_quotes(store))
    else:
        records = (dict(zip(tbl.names, row, strict=True)) for row in iter_rows(store, tbl))
    n = 0
    with _text_stream(dest) as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


@exporter("geojson")
def export_geojson(store: Store, dest: Dest, *, where: Mapping[str, Any] | None = None) -> int:
    """Located events as a GeoJSON FeatureCollection (Point per event, event fields as properties)."""
    tbl = _table("events")
    names = tbl.names
    lat_i, lon_i = names.index("place_lat"), names.index("place_lon")
    n = 0
    with _text_stream(dest) as out:
        out.write('{"type": "FeatureCollection", "features": [\n')
        for row in iter_rows(store, tbl, where=where):
            if row[lat_i] is None or row[lon_i] is None:
                continue
            props = {k: v for k, v in zip(names, row, strict=True) if k not in ("place_lat", "place_lon")}
            # The resolution of the point, as GDELT's ActionGeo_Type: a country's centre is not a city.
            props["place_geo_type"] = geo_type(props.get("place_feature"), props.get("place_country"))
            feature = {
                "type": "Feature",
                "id": props["id"],
                # GeoJSON (RFC 7946) orders coordinates longitude first.
                "geometry": {"type": "Point", "coordinates": [row[lon_i], row[lat_i]]},
                "properties": props,
            }
            out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
            n += 1
        out.write("\n]}\n")
    return n


def arrow_schema(tbl: Table, *, without: tuple[str, ...] = ()) -> pa.Schema:
    # pyarrow takes a second or more to import: only Parquet exports load it.
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
        "spans": pa.list_(pa.list_(pa.int64())),
    }
    return pa.schema([pa.field(c.name, types[c.kind]) for c in tbl.columns if c.name not in without])


@exporter("parquet")
def export_parquet(
    store: Store,
    dest: Dest,
    *,
    table: str = "events",
    where: Mapping[str, Any] | None = None,
    partition_by_date: bool = False,
    batch_rows: int = PARQUET_BATCH_ROWS,
) -> int:
    """One table as Parquet: a file at `dest`, or with `partition_by_date` a directory of Hive
    partitions `day=YYYY-MM-DD/part-0.parquet` (undated rows under day=undated)."""
    if not isinstance(dest, str | Path):
        raise UsageError("parquet export needs a file or directory path, not a stream")
    tbl = _table(table)
    out = _ParquetOut(Path(dest), tbl, partition_by_date, batch_rows)
    day_i = tbl.names.index("day")
    n = 0
    try:
        for row in iter_rows(store, tbl, where=where, order_by_day=partition_by_date):
            out.add(row, row[day_i] or UNKNOWN_DAY)
            n += 1
        out.flush()
    finally:
        out.close()
    return n


class _ParquetOut:
    """Rows buffered into row groups of one file, or (partitioned) of one file per day: rows
    come ordered by day, so each partition is written and closed before the next opens."""

    def __init__(self, path: Path, tbl: Table, partition_by_date: bool, batch_rows: int) -> None:
        # pyarrow takes a second or more to import: only Parquet exports load it.
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa, self.pq = pa, pq
        self.path, self.partitioned, self.batch_rows = path, partition_by_date, batch_rows
        without = ("day",) if partition_by_date else ()
        self.schema = arrow_schema(tbl, without=without)
        self.keep = [i for i, name in enumerate(tbl.names) if name not in without]
        self.buffer: list[tuple[Any, ...]] = []
        self.current: str | None = None
        self.writer: pq.ParquetWriter | None = None
        if partition_by_date:
            if path.exists():
                shutil.rmtree(path) if path.is_dir() else path.unlink()
            path.mkdir(parents=True)
        else:
            self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")

    def add(self, row: tuple[Any, ...], day: str) -> None:
        if self.partitioned and day != self.current:
            self.flush()
            self.close()
            (self.path / f"day={day}").mkdir()
            part = self.path / f"day={day}" / "part-0.parquet"
            self.writer = self.pq.ParquetWriter(part, self.schema, compression="zstd")
            self.current = day
        self.buffer.append(tuple(row[i] for i in self.keep))
        if len(self.buffer) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        if self.buffer and self.writer is not None:
            pa = self.pa
            columns = list(zip(*self.buffer, strict=True))
            arrays = [pa.array(c, t.type) for c, t in zip(columns, self.schema, strict=True)]
            self.writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))
            self.buffer.clear()

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def _table(name: str) -> Table:
    return table(name)
