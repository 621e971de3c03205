"""`newsgraph export`: the store's tables in the formats analysts use."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.ingest import DbOpt
from newsgraph.cli.options import ConfigOpt, SetOpt, flag, settings_from
from newsgraph.store import open_store
from newsgraph.store.export import export_options
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
    options = export_options(
        format,
        table,
        where=parse_filters(where) if where else None,
        include_hypothetical=include_hypothetical,
        partition_by_date=partition_by_date,
        to_stream=not output,
    )
    with open_store(settings.db, read_only=True) as store:
        count = store.export(format, output or sys.stdout, **options)
    if output:
        typer.echo(f"{count} rows written to {output}", err=True)
    return 0
