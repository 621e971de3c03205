"""`newsgraph ingest`: the summary table, each failed document named (then counted), the
exit code, and the engine options' usage errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import Result

from newsgraph.cli.ingest import print_summary
from newsgraph.cli.paging import SHOWN_FAILURES
from newsgraph.ingestion import IngestReport
from tests.cli.conftest import FAILING, newsgraph
from tests.e2e.ui_sample import french_article


@pytest.mark.model
def test_ingest_prints_the_summary_and_exits_0(examples_db: Path) -> None:
    # The fixture ran `newsgraph ingest examples/` and checked the exit code; again, nothing is new.
    result = newsgraph(
        "ingest", str(Path(__file__).resolve().parents[2] / "examples"), "--db", str(examples_db)
    )
    assert result.exit_code == 0, result.output
    for name in ("documents", "skipped", "articles", "events", "quotes", "errors", "seconds"):
        assert name in result.stdout
    assert not result.stderr


@pytest.mark.model
def test_ingest_names_each_failed_document_then_counts_the_rest(
    failing_ingest: tuple[Path, Path, Result],
) -> None:
    news, _, result = failing_ingest
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == SHOWN_FAILURES
    assert lines[0] == f"error: {news / 'empty00.txt'}: [read] empty file"
    assert f"... and {FAILING - SHOWN_FAILURES} more failures" in result.stderr


def test_ingest_summary_counts_articles_not_analysed_by_language(tmp_path: Path) -> None:
    report = IngestReport()
    report.count_language_skip(french_article())
    console = Console(record=True, width=120)
    print_summary(report, str(tmp_path / "x.db"), console=console)
    assert "not analysed (language) │ 1 (fr 1)" in console.export_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--engine", "spark"], "unknown engine 'spark'"), (["--engine", "dask"], "--engine dask needs --out")],
)
def test_ingest_engine_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = newsgraph("ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), *args)
    assert result.exit_code == 2
    assert message in result.stderr
