"""`newsgraph stories`, `stories show`, and the cross-article fields of `events` and `export`,
run in-process over a store a real ingest filled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.ingestion import ingest
from newsgraph.settings import Settings
from newsgraph.store import open_store
from tests.cli.conftest import newsgraph as run

pytestmark = pytest.mark.model

DOCS = Path(__file__).resolve().parents[1] / "data" / "stories"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli-stories") / "news.db"
    republished = path.parent / "republished.txt"
    reuters = (DOCS / "01_reuters.txt").read_text(encoding="utf-8").split("\n\n")
    republished.write_text("\n\n".join(["Border crossings to reopen", *reuters[1:]]), encoding="utf-8")
    with open_store(path) as store:
        paths = [*(str(p) for p in sorted(DOCS.glob("*.txt"))), str(republished)]
        ingest(store, paths, Settings(db=str(path)))
    return str(path)


def test_stories_cli_lists_stories_latest_first(db: str) -> None:
    result = run("stories", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [s["first_day"] for s in listed] == ["2025-03-12", "2025-03-04"]
    meeting = listed[1]
    assert (meeting["articles"], meeting["sources"]) == (4, 3)  # three outlets and a republication
    table = run("stories", "--db", db, "--min-articles", "2")
    assert table.exit_code == 0 and "2025-03-04" in table.stdout and "2025-03-12" not in table.stdout


def test_stories_cli_show_has_articles_and_merged_events(db: str) -> None:
    listed = json.loads(run("stories", "--db", db, "--format", "json").stdout)
    sid = str(listed[1]["id"])
    result = run("stories", "show", sid, "--db", db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    view = json.loads(result.stdout)[0]
    assert len(view["articles"]) == 3
    assert any(a["copies"] for a in view["articles"])  # the republication, as a link
    top = view["events"][0]
    assert (top["source_code"], top["target_code"], top["cameo"]) == ("BLRGOV", "POLGOV", "040")
    assert (top["num_articles"], top["num_sources"]) == (4, 3)
    assert len(top["evidence"]) == 3
    table = run("stories", "show", sid, "--db", db)
    assert table.exit_code == 0 and f"story {sid}:" in table.stdout


def test_stories_cli_show_unknown_story_is_not_found(db: str) -> None:
    result = run("stories", "show", "424242", "--db", db)
    assert result.exit_code != 0
    assert "no story with id 424242" in result.stderr


def test_stories_cli_events_and_exports_carry_the_cross_article_fields(db: str) -> None:
    events = run("events", "--db", db, "--format", "jsonl", "--cameo", "040")
    assert events.exit_code == 0, events.stderr
    rows = [json.loads(line) for line in events.stdout.splitlines()]
    meeting = [
        r
        for r in rows
        if (r["source_code"], r["target_code"], r["day"]) == ("BLRGOV", "POLGOV", "2025-03-04")
    ]
    assert meeting and all((r["num_articles"], r["num_sources"]) == (4, 3) for r in meeting)
    assert all(r["num_mentions"] >= 4 for r in meeting)
    articles = run("export", "--db", db, "--table", "articles", "--format", "jsonl")
    assert articles.exit_code == 0, articles.stderr
    exported = [json.loads(line) for line in articles.stdout.splitlines()]
    assert all("duplicate_of" in a and "story_id" in a for a in exported)
    assert {a["story_id"] is not None for a in exported} == {True}
