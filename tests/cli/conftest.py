"""Fixtures for the CLI tests: commands run in-process with Typer's CliRunner (the `newsgraph`
group turns errors into exit codes itself, so a result's exit code is the installed command's),
over real SQLite stores, with the real model where a command analyses text."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from newsgraph.cli import _load_commands, app
from newsgraph.extract.build import build_article
from newsgraph.model import Analysis
from tests.api.api_sample import write_sample

_load_commands()
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def newsgraph(*args: str, stdin: str | bytes | None = None) -> Result:
    """Run `newsgraph ARGS` in-process. A bug (an exception the group does not turn into an
    exit code) fails the test with its traceback rather than becoming an exit code."""
    return CliRunner().invoke(app, list(args), input=stdin, env={"COLUMNS": "200"}, catch_exceptions=False)


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store `newsgraph ingest examples/` filled (the real model)."""
    path = tmp_path_factory.mktemp("cli-examples") / "news.db"
    result = newsgraph("ingest", str(EXAMPLES), "--db", str(path))
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The API tests' hand-made store (tests/api/api_sample.py), no model, plus seventeen short
    articles: with 16 hex digits, two of the ids must then share a first one."""
    path = tmp_path_factory.mktemp("cli-sample") / "sample.db"
    store = write_sample(path)
    for n in range(17):
        article = build_article(
            source=f"tests/notice-{n}.txt",
            title=f"Harbour notice {n}",
            paragraphs=[f"The harbour office posted notice number {n} about berth repairs on the quay."],
            published=dt.date(2025, 3, 10),
            date_precision="day",
            language="en",
        )
        digest = hashlib.sha256(article.text.encode()).hexdigest()
        store.write_document(article.source, digest, None, [Analysis(article=article)])
    store.close()
    return path


# A news folder with 27 failing documents among 61 good ones (the real model ingests it).
FAILING = 27
STORY = (
    "Dockworkers end strike\n\n"
    "Dockworkers in the port of Valdora ended a two-week strike on Wednesday after the owners raised "
    "their pay offer, union leaders said. Ministers of Norland and Oskia met on Thursday to discuss "
    "the shipping backlog and agreed to share harbour space until the end of the month.\n"
)


@pytest.fixture(scope="session")
def failing_ingest(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Result]:
    """(news folder, store, the `newsgraph ingest` result) for a folder where 27 documents fail."""
    root = tmp_path_factory.mktemp("cli-failures")
    news = root / "news"
    news.mkdir()
    (news / "story.txt").write_text(STORY, encoding="utf-8")
    lines = [json.dumps({"id": f"r{n}", "text": f"Brief {n}: the council met."}) for n in range(60)]
    (news / "briefs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for n in range(FAILING):
        (news / f"empty{n:02d}.txt").write_text("", encoding="utf-8")
    db = root / "news.db"
    return news, db, newsgraph("ingest", str(news), "--db", str(db))
