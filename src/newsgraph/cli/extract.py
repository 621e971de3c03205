"""`newsgraph extract`: clean articles from any input, no language analysis."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from newsgraph.cli import app
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
from newsgraph.model import Article, DocumentError
from newsgraph.pipeline import extract_documents
from newsgraph.serialize import article_dict, error_dict

COLUMNS = ("title", "published", "agency", "dateline", "language", "summary", "paragraphs", "source")


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    format: RowsFormatOpt = Format.table,
    errors: ErrorsOpt = None,
    fetched_at: FetchedAtOpt = None,
    segment: SegmentOpt = None,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Extract clean articles (title, dates, agency, dateline, caption, summary, body)."""
    settings = settings_from(config, set_, fetched_at=fetched_at, segment=segment)
    failures: list[DocumentError] = []

    def rows() -> Iterator[dict[str, Any]]:
        for item in tracked(extract_documents(paths, settings), "extracting"):
            if isinstance(item, Article):
                row = article_dict(item)
                if format is Format.table:
                    row["summary"], row["paragraphs"] = len(item.summary), len(item.paragraphs)
                yield row
            else:
                failures.append(item)

    render(rows(), format, COLUMNS, title="articles")
    return report_failures(failures, errors)


def report_failures(failures: list[DocumentError], path: Path | None) -> int:
    """Print each failure on stderr, write them as JSONL when asked; exit 1 if any."""
    for f in failures:
        typer.echo(f"error: {f.uri}: [{f.stage}] {f.reason}", err=True)
    if path is not None:
        with path.open("w", encoding="utf-8") as out:
            for f in failures:
                out.write(json.dumps(error_dict(f), ensure_ascii=False) + "\n")
    return 1 if failures else 0
