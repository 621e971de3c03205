"""`newsgraph analyze`, `newsgraph events`, `newsgraph quotes` over input files (no store).

The same pipeline as `ingest`, printed instead of stored: handy for a quick look, for
piping JSONL into other tools, and for checking what a dictionary change does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import typer

from newsgraph.cli import app
from newsgraph.cli.extract import report_failures
from newsgraph.cli.options import (
    ConfigOpt,
    ErrorsOpt,
    FetchedAtOpt,
    RowsFormatOpt,
    SegmentOpt,
    SetOpt,
    settings_from,
)
from newsgraph.cli.progress import tracked
from newsgraph.cli.render import Format, render
from newsgraph.model import Analysis, DocumentError
from newsgraph.pipeline import analyze as run_pipeline
from newsgraph.serialize import analysis_dict

Paths = Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")]
ActorsOpt = Annotated[
    str | None, typer.Option("--actors", help="Extra actor dictionary file(s), comma-separated.")
]

ARTICLE_COLUMNS = ("title", "published", "entities", "places", "dates", "quotes", "events", "skipped")


def analysed(paths: list[str], settings: Any, failures: list[DocumentError]) -> Iterator[Analysis]:
    for item in tracked(run_pipeline(paths, settings), "analysing"):
        if isinstance(item, DocumentError):
            failures.append(item)
        else:
            yield item


def _summary_row(a: Analysis) -> dict[str, Any]:
    def names(items: Any, attr: str = "name", limit: int = 6) -> str:
        return ", ".join(str(getattr(x, attr)) for x in list(items)[:limit])

    return {
        "title": a.article.title,
        "published": a.article.published.isoformat() if a.article.published else None,
        "entities": ", ".join(f"{e.name} [{e.code}]" if e.code else e.name for e in a.entities[:8]),
        "places": names(a.places),
        "dates": ", ".join(f"{d.text}={d.value}" for d in a.dates[:5]),
        "quotes": len(a.quotes),
        "events": ", ".join(
            f"{e.source.code if e.source else '-'} {e.cameo} {e.target.code if e.target else '-'}"
            for e in a.events[:6]
        ),
        "skipped": a.skipped,
    }


@app.command()
def analyze(
    paths: Paths,
    format: RowsFormatOpt = Format.table,
    errors: ErrorsOpt = None,
    fetched_at: FetchedAtOpt = None,
    actors: ActorsOpt = None,
    segment: SegmentOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Analyse articles: entities with actor codes, places, dates, quotes and events."""
    settings = settings_from(config, set_, fetched_at=fetched_at, actors=actors, segment=segment)
    failures: list[DocumentError] = []
    as_rows = _summary_row if format in (Format.table, Format.csv) else analysis_dict
    render(
        (as_rows(a) for a in analysed(paths, settings, failures)), format, ARTICLE_COLUMNS, title="articles"
    )
    return report_failures(failures, errors)
