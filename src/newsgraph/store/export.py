"""Exporters: the store to GDELT TSV, CSV, JSONL, Parquet and GeoJSON.

Each exporter is registered as `newsgraph.registry.register("export", name)` and has the
signature `(store, dest, **options) -> rows written`. `dest` is a path or an open stream
(text or binary; Parquet needs a path). Exports stream: rows are read from SQLite a batch at
a time and written as they come, so exporting a large store needs little memory.

Options: `table=` (events, articles, quotes, entities, places, dates) for csv/jsonl/parquet;
`where=` a mapping of `events` query filters (country=..., root=..., since=...) for event
exports; `partition_by_date=True` for parquet writes Hive partitions `day=YYYY-MM-DD/`.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO, cast

from newsgraph import registry
from newsgraph.errors import UsageError
from newsgraph.model import geo_type
from newsgraph.store.gdelt import gdelt_rows
from newsgraph.store.tables import Table, iter_rows, table

if TYPE_CHECKING:
    import pyarrow as pa

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


def exporter(name: str) -> Callable[[Exporter], Exporter]:
    def register(func: Exporter) -> Exporter:
        EXPORTERS[name] = func
        return registry.register("export", name)(func)

    return register


def export(store: Store, fmt: str, dest: Dest, **options: Any) -> int:
    """Run the exporter named `fmt` (a built-in or a plugin's); returns rows written."""
    func = EXPORTERS.get(fmt) or registry.get("export", fmt)
    return int(func(store, dest, **options))


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
    """One table as JSON Lines: one object per row."""
    tbl = _table(table)
    n = 0
    with _text_stream(dest) as out:
        for row in iter_rows(store, tbl, where=where):
            out.write(json.dumps(dict(zip(tbl.names, row, strict=True)), ensure_ascii=False))
            out.write("\n")
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
    import pyarrow as pa

    types = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "list": pa.list_(pa.string()),
        "spans": pa.list_(pa.list_(pa.int64())),
    }
    return pa.schema(
        [
            pa.field(c.name, types[c.kind])
            for c in tbl.columns
            if c.name not in without
        ]
    )


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
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not isinstance(dest, str | Path):
        raise UsageError("parquet export needs a file or directory path, not a stream")
    tbl = _table(table)
    path = Path(dest)
    day_i = tbl.names.index("day")
    without = ("day",) if partition_by_date else ()
    schema = arrow_schema(tbl, without=without)
    keep = [i for i, name in enumerate(tbl.names) if name not in without]
    if partition_by_date:
        # Rows come ordered by day, so each partition is written and closed before the next opens.
        if path.exists():
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        path.mkdir(parents=True)
    writer: pq.ParquetWriter | None = None
    current: str | None = None
    buffer: list[tuple[Any, ...]] = []
    n = 0

    def flush() -> None:
        if buffer and writer is not None:
            columns = list(zip(*buffer, strict=True))
            writer.write_table(
                pa.Table.from_arrays(
                    [pa.array(c, t.type) for c, t in zip(columns, schema, strict=True)], schema=schema
                )
            )
            buffer.clear()

    try:
        if not partition_by_date:
            writer = pq.ParquetWriter(path, schema, compression="zstd")
        for row in iter_rows(store, tbl, where=where, order_by_day=partition_by_date):
            if partition_by_date:
                day = row[day_i] or UNKNOWN_DAY
                if day != current:
                    flush()
                    if writer is not None:
                        writer.close()
                    (path / f"day={day}").mkdir()
                    writer = pq.ParquetWriter(
                        path / f"day={day}" / "part-0.parquet", schema, compression="zstd"
                    )
                    current = day
            buffer.append(tuple(row[i] for i in keep))
            n += 1
            if len(buffer) >= batch_rows:
                flush()
        flush()
    finally:
        if writer is not None:
            writer.close()
    return n


def _table(name: str) -> Table:
    return table(name)


