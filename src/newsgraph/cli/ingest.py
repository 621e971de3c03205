"""`newsgraph ingest` (the main job) and `newsgraph load` (cluster shards into the store)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsgraph.cli import app
from newsgraph.cli.options import ConfigOpt, FetchedAtOpt, SegmentOpt, SetOpt, flag, settings_from
from newsgraph.cli.paging import print_failures
from newsgraph.errors import UsageError
from newsgraph.ingestion import IngestReport, load_shards
from newsgraph.ingestion import ingest as run_ingest
from newsgraph.settings import Settings
from newsgraph.store import open_store

DbOpt = Annotated[
    str | None, typer.Option("--db", help="SQLite store (default ./newsgraph.db or $NEWSGRAPH_DB).")
]


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[IngestReport], None]]:
    """A live line with documents/s and failures on a terminal; nothing when piped."""
    if not sys.stderr.isatty():
        yield lambda report: None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TextColumn(
            "{task.fields[docs]} docs  {task.fields[rate]:.1f} docs/s  "
            "{task.fields[skipped]} skipped  {task.fields[errors]} failed"
        ),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task(label, docs=0, rate=0.0, skipped=0, errors=0)

        def update(r: IngestReport) -> None:
            progress.update(task, docs=r.documents, rate=r.rate, skipped=r.skipped, errors=r.errors)

        yield update


def print_summary(report: IngestReport, db: str, console: Console | None = None) -> None:
    table = Table(title=f"newsgraph store {db}", show_header=False)
    for name in ("documents", "skipped", "articles", "duplicates", "entities", "events", "quotes", "errors"):
        table.add_row(name, str(getattr(report, name)))
    if report.not_analysed:
        # Stored and searchable, but no language stages ran: say so rather than show 0 events.
        languages = ", ".join(f"{lang} {n}" for lang, n in sorted(report.not_analysed.items()))
        table.add_row("not analysed (language)", f"{sum(report.not_analysed.values())} ({languages})")
    table.add_row("seconds", f"{report.seconds:.1f}")
    (console or Console()).print(table)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOpt = None,
    reprocess: Annotated[bool, flag("reprocess", "Recompute stored documents' records.")] = False,
    workers: Annotated[
        int | None, typer.Option("--workers", help="Worker processes (default: setting).")
    ] = None,
    engine: Annotated[str, typer.Option("--engine", help="local or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address.")] = None,
    out: Annotated[
        str | None, typer.Option("--out", help="Shard directory or fsspec URL (dask engine).")
    ] = None,
    fetched_at: FetchedAtOpt = None,
    actors: Annotated[str | None, typer.Option("--actors", help="Extra actor dictionary file(s).")] = None,
    segment: SegmentOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Run the whole pipeline and store the results; already stored documents are skipped."""
    settings = settings_from(
        config, set_, fetched_at=fetched_at, actors=actors, workers=workers, db=db, segment=segment
    )
    if engine == "dask":
        return _ingest_on_dask(paths, settings, out, scheduler)
    if engine != "local":
        raise UsageError(f"unknown engine {engine!r}; use local or dask")
    with open_store(settings.db) as store, progress_bar("ingesting") as update:
        report = run_ingest(store, paths, settings, reprocess=reprocess, on_document=update)
    print_summary(report, settings.db)
    print_failures(report.failures, report.errors, settings.db)
    return 1 if report.errors else 0


def _ingest_on_dask(paths: list[str], settings: Settings, out: str | None, scheduler: str | None) -> int:
    # newsgraph.distributed loads pyarrow (a second or more to import): only this engine needs it.
    from newsgraph.distributed import run_dask

    if not out:
        raise UsageError("--engine dask needs --out SHARDS (a directory or fsspec URL)")
    result = run_dask(paths, settings, out, scheduler=scheduler, n_workers=max(settings.workers, 2))
    c = result.counts
    typer.echo(f"{result.tasks} tasks wrote {c.documents} documents, {c.articles} articles, "
               f"{c.events} events, {c.quotes} quotes, {c.errors} errors to {out}; "
               f"run `newsgraph load {out}` to store them")  # fmt: skip
    return 1 if c.errors else 0


@app.command()
def load(
    shards: Annotated[str, typer.Argument(help="Shard directory or fsspec URL written by --engine dask.")],
    db: DbOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Bring Parquet shards from a cluster run into the SQLite store (idempotent)."""
    settings = settings_from(config, set_, db=db)
    with open_store(settings.db) as store, progress_bar("loading") as update:
        report = load_shards(store, shards, settings=settings, on_document=update)
    print_summary(report, settings.db)
    return 0
