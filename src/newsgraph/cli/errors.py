"""`newsgraph errors`: the failures the store recorded, most recent first."""

from __future__ import annotations

import dataclasses
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.ingest import DbOpt
from newsgraph.cli.options import ConfigOpt, RowsFormatOpt, SetOpt, settings_from
from newsgraph.cli.paging import LimitOpt, Pager
from newsgraph.cli.render import Format, render
from newsgraph.store import open_store

COLUMNS = ("time", "uri", "stage", "reason", "count")


@app.command("errors")
def errors_command(
    stage: Annotated[str | None, typer.Option(help="Only this stage: read, extract or understand.")] = None,
    uri: Annotated[str | None, typer.Option(help="Document uri contains this.")] = None,
    limit: LimitOpt = None,
    format: RowsFormatOpt = Format.table,
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Documents that failed (uri, stage, reason, times seen), most recent first."""
    settings = settings_from(config, set_, db=db)
    with open_store(settings.db, read_only=True) as store:
        pager = Pager(lambda n, at: store.errors(stage=stage, uri=uri, limit=n, offset=at), limit, format, 50)
        render((dataclasses.asdict(e) for e in pager), format, COLUMNS, title="errors")
        pager.note()
    return 0
