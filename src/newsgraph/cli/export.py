"""`newsgraph export`: the store's tables in the formats analysts use."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.ingest import DbOpt
from newsgraph.cli.options import ConfigOpt, SetOpt, flag, settings_from
from newsgraph.errors import UsageError
from newsgraph.store import open_store
from newsgraph.store.query import parse_filters
from newsgraph.store.tables import TABLES


@app.command()
def export(
    format: Annotated[
        str, typer.Option("--format", "-f", help="gdelt, csv, jsonl, parquet or geojson.")
    ] = "gdelt",
    table: Annotated[
        str, typer.Option("--table", help=f"Table for csv, jsonl, parquet: {', '.join(TABLES)}.")
    ] = "events",
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="File (or directory for partitioned Parquet).")
    ] = None,
    partition_by_date: Annotated[bool, flag("partition-by-date", "Parquet: one partition per day.")] = False,
    where: Annotated[
        list[str] | None, typer.Option("--where", help="Event filter NAME=VALUE (repeatable).")
    ] = None,
    include_hypothetical: Annotated[
        bool,
        typer.Option(
            "--include-hypothetical",
            help="Also export hypothetical and negated events (left out by default).",
        ),
    ] = False,
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Export a table: GDELT 2.0 event TSV, CSV, JSONL, Parquet, or GeoJSON of located events."""
    settings = settings_from(config, set_, db=db)
    if format == "parquet" and not output:
        raise UsageError("Parquet needs --output PATH")
    options: dict[str, object] = {}
    filters = parse_filters(where) if where else {}
    if include_hypothetical:
        if table != "events":
            raise UsageError("--include-hypothetical applies to the events table only")
        filters["include_hypothetical"] = "true"
    if filters:
        options["where"] = filters
    if format in ("csv", "jsonl", "parquet"):
        options["table"] = table
    elif table != "events":
        raise UsageError(f"--format {format} exports events only")
    if format == "parquet":
        options["partition_by_date"] = partition_by_date
    with open_store(settings.db, read_only=True) as store:
        count = store.export(format, output or sys.stdout, **options)
    if output:
        typer.echo(f"{count} rows written to {output}", err=True)
    return 0
