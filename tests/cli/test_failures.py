"""Failures are named and nothing is capped silently: `ingest` names each failed document,
`newsgraph errors` lists what the store recorded, query commands write every row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import _load_commands, app
from newsgraph.cli.paging import SHOWN_FAILURES

pytestmark = pytest.mark.model

STORY = (
    "Dockworkers end strike\n\n"
    "Dockworkers in the port of Valdora ended a two-week strike on Wednesday after the owners raised "
    "their pay offer, union leaders said. Ministers of Norland and Oskia met on Thursday to discuss "
    "the shipping backlog and agreed to share harbour space until the end of the month.\n"
)
BAD = 27


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, CliRunner]:
    _load_commands()
    root = tmp_path_factory.mktemp("failures")
    news = root / "news"
    news.mkdir()
    (news / "story.txt").write_text(STORY, encoding="utf-8")
    lines = [json.dumps({"id": f"r{n}", "text": f"Brief {n}: the council met."}) for n in range(60)]
    (news / "briefs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for n in range(BAD):
        (news / f"empty{n:02d}.txt").write_text("", encoding="utf-8")
    db = root / "news.db"
    return news, db, CliRunner()


def test_failures_ingest_names_each_failed_document_then_counts_the_rest(
    ingested: tuple[Path, Path, CliRunner],
) -> None:
    news, db, runner = ingested
    # standalone_mode=False, as `newsgraph.cli.main` runs it, hands back the exit code.
    result = runner.invoke(app, ["ingest", str(news), "--db", str(db)], standalone_mode=False)
    assert result.return_value == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(lines) == SHOWN_FAILURES
    assert lines[0] == f"error: {news / 'empty00.txt'}: [read] empty file"
    assert f"... and {BAD - SHOWN_FAILURES} more failures" in result.stderr


def test_failures_errors_command_lists_every_stored_failure(ingested: tuple[Path, Path, CliRunner]) -> None:
    _, db, runner = ingested
    result = runner.invoke(app, ["errors", "--db", str(db), "-f", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == BAD and {r["stage"] for r in rows} == {"read"}
    table = runner.invoke(app, ["errors", "--db", str(db), "--limit", "5"])
    assert table.exit_code == 0 and "empty" in table.stdout and "showing" not in table.stderr


def test_failures_query_commands_write_every_row_unless_limited(
    ingested: tuple[Path, Path, CliRunner],
) -> None:
    _, db, runner = ingested
    every = runner.invoke(app, ["search", "council", "--db", str(db), "-f", "jsonl"])
    assert len(every.stdout.splitlines()) == 60  # more than the table's first page of 20
    limited = runner.invoke(app, ["search", "council", "--db", str(db), "-f", "csv", "--limit", "7"])
    assert len(limited.stdout.splitlines()) == 1 + 7
    table = runner.invoke(app, ["search", "council", "--db", str(db)])
    assert "showing 20 of 60; --limit to see more" in table.stderr
    everything = runner.invoke(app, ["search", "council", "--db", str(db), "--limit", "0"])
    assert "showing" not in everything.stderr
    for command in (["events"], ["quotes"], ["actors"], ["stories"]):
        result = runner.invoke(app, [*command, "--db", str(db), "-f", "json"])
        assert result.exit_code == 0, (command, result.output)
        assert isinstance(json.loads(result.stdout), list)
    actors = runner.invoke(app, ["actors", "--db", str(db), "-f", "jsonl", "--limit", "2"])
    assert len(actors.stdout.splitlines()) == 2


def test_failures_negative_limit_is_a_usage_error(ingested: tuple[Path, Path, CliRunner]) -> None:
    _, db, runner = ingested
    result = runner.invoke(app, ["events", "--db", str(db), "--limit", "-1"])
    assert result.exit_code == 2
