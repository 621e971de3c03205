"""What a newcomer meets first, run in-process with Typer's CliRunner over a real SQLite store of
hand-made records (tests/api/api_sample.py): tables show text as written, search snippets keep
their match, `show` works in every format and takes id prefixes, flags read as flags, `serve`
fails cleanly on a busy port, and docs/cli.md documents every exit code."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import itertools
import json
import re
import socket
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsgraph import errors
from newsgraph.cli import _load_commands, app
from newsgraph.cli.render import Format, centred, render
from newsgraph.api.server import address
from newsgraph.extract.build import build_article
from newsgraph.model import Analysis
from newsgraph.store import open_store
from newsgraph.store.tables import TABLES
from tests.api.api_sample import article_ids, write_sample

DOCS = Path(__file__).resolve().parents[2] / "docs"
_load_commands()


def invoke(*args: str) -> tuple[int, str, str]:
    """Run one command as `newsgraph` does: a NewsgraphError exits with its class's code."""
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})
    code = result.exit_code
    if isinstance(result.exception, errors.NewsgraphError):
        code = result.exception.exit_code
    elif result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "sample.db"
    store = write_sample(path)
    # Seventeen more short articles: with 16 hex digits, two ids must then share a first one.
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


def test_table_cells_keep_square_brackets() -> None:
    out = io.StringIO()
    render([{"title": "Ministers sign the [treaty] text", "snippet": "…the [treaty] was signed"}], Format.table,
           ("title", "snippet"), out=out, snippets=("snippet",))  # fmt: skip
    assert "Ministers sign the [treaty] text" in out.getvalue()
    assert "…the [treaty] was signed" in out.getvalue()


def test_snippet_is_centred_on_its_match() -> None:
    snippet = "…" + "words before the match, " * 4 + "[radar] and then the words after it, " * 3 + "end…"
    shown = centred(snippet, 60)
    assert len(shown) == 60 and "[radar]" in shown
    assert shown.startswith("…") and shown.endswith("…")
    left, right = shown.index("[radar]"), 60 - shown.index("[radar]") - len("[radar]")
    assert abs(left - right) <= 2
    assert centred("short [one]", 60) == "short [one]"
    assert centred("end of one.\n\nNext [one]", 60) == "end of one. Next [one]"


def test_search_table_shows_the_match(db: Path) -> None:
    code, out, _ = invoke("search", "Tallinn", "--db", str(db))
    assert code == 0
    assert "[Tallinn]" in out
    assert article_ids()["radar"][:8] in out and article_ids()["radar"] not in out


def test_events_and_quotes_tables_carry_a_short_article_id(db: Path) -> None:
    radar = article_ids()["radar"]
    code, out, _ = invoke("events", "--db", str(db), "--actor", "Estonia")
    assert code == 0 and "article_id" in out and radar[:8] in out
    code, out, _ = invoke("quotes", "--db", str(db))
    assert code == 0 and radar[:8] in out


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_show_works_in_every_format(db: Path, fmt: str) -> None:
    radar = article_ids()["radar"]
    code, out, _ = invoke("show", radar[:8], "--db", str(db), "-f", fmt)
    assert code == 0, out
    if fmt == "table":
        assert "Finland and Estonia agree" in out and "[FIN]" in out
        return
    if fmt == "csv":
        (row,) = list(csv.DictReader(io.StringIO(out)))
        assert {
            "id",
            "title",
            "published",
            "text",
            "entities",
            "events",
            "quotes",
            "document_uri",
        } <= row.keys()
        assert row["published"] == "2025-03-04" and "Sanna Virtanen" in row["entities"]
        return
    data = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    (record,) = data
    assert record["id"] == radar and record["published"] == "2025-03-04"
    assert {e["cameo"] for e in record["events"]} == {"057", "043"}
    assert record["quotes"][0]["speaker"]["name"] == "Sanna Virtanen"


def test_show_prefix_unknown_and_ambiguous(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        ids = sorted(r[0] for r in store.conn.execute("SELECT id FROM articles"))
    shared = next(a[0] for a, b in itertools.pairwise(ids) if a[0] == b[0])
    code, _, _ = invoke("show", shared, "--db", str(db))
    assert code == 2
    code, _, _ = invoke("show", "zz", "--db", str(db))
    assert code == 1


def test_show_prefix_errors_say_why(db: Path) -> None:
    from newsgraph.store.query import article_id

    with open_store(db, read_only=True) as store:
        ids = sorted(r[0] for r in store.conn.execute("SELECT id FROM articles"))
        shared = next(a[0] for a, b in itertools.pairwise(ids) if a[0] == b[0])
        with pytest.raises(errors.InvalidQuery, match="ambiguous"):
            article_id(store, shared)
        with pytest.raises(errors.NotFound, match="no article"):
            article_id(store, "zz")
        assert article_id(store, ids[0]) == ids[0]


def test_boolean_options_are_flags() -> None:
    command = typer.main.get_command(app)
    for name, option in (("ingest", "reprocess"), ("serve", "read_only"), ("export", "partition_by_date")):
        (param,) = [p for p in command.commands[name].params if p.name == option]  # type: ignore[attr-defined]
        assert param.is_flag and param.secondary_opts, name
        code, out, _ = invoke(name, "--help")
        (line,) = [x for x in out.splitlines() if f"--no-{option.replace('_', '-')}" in x]
        assert code == 0 and "<bool>" not in line


def test_serve_on_a_busy_port_fails_before_the_banner(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        code, out, err = invoke("serve", "--db", str(tmp_path / "s.db"), "--port", str(port))
    assert code == errors.Unavailable.exit_code == 3
    assert "serving" not in out + err


def test_serve_banner_address_carries_the_token() -> None:
    assert address("127.0.0.1", 8000, "s3cret") == "http://127.0.0.1:8000/?token=s3cret"
    assert address("::1", 8000, None) == "http://[::1]:8000/"


def _exit_table() -> dict[int, str]:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    section = text.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    return {int(m[1]): m[2] for m in re.finditer(r"^\| (\d+) \|(.*)$", section, flags=re.M)}


def _classes() -> list[type[errors.NewsgraphError]]:
    found = (getattr(errors, name) for name in dir(errors))
    return [c for c in found if isinstance(c, type) and issubclass(c, errors.NewsgraphError)]


def test_docs_exit_code_table_matches_the_error_hierarchy() -> None:
    table = _exit_table()
    classes = _classes()
    # 0 success, 130 Ctrl-C (newsgraph.cli.main); every other code comes from an error class.
    assert set(table) == {0, 130} | {c.exit_code for c in classes}
    for cls in classes:
        assert f"`{cls.__name__}`" in table[cls.exit_code], (
            f"{cls.__name__} not in the row for {cls.exit_code}"
        )


def test_docs_describe_every_format_and_every_table() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `--format`, `-f` \|(.*)\|$", text, flags=re.M)
    assert rows and all(r.strip() for r in rows)
    (tables,) = re.findall(r"^\| `--table` \|(.*)\|$", text, flags=re.M)
    assert all(name in tables for name in TABLES)


def test_ingest_summary_counts_articles_not_analysed_by_language(tmp_path: Path) -> None:
    from rich.console import Console

    from newsgraph.cli.ingest import print_summary
    from newsgraph.ingest import IngestReport
    from tests.e2e.ui_sample import french_article

    report = IngestReport()
    report.count_language_skip(french_article())
    console = Console(record=True, width=120)
    print_summary(report, str(tmp_path / "x.db"), console=console)
    assert "not analysed (language) │ 1 (fr 1)" in console.export_text()


def test_invalid_json_error_reads_once_at(tmp_path: Path) -> None:
    from newsgraph.model import DocumentError
    from newsgraph.settings import Settings
    from newsgraph.sources import read_paths

    path = tmp_path / "wire.jsonl"
    path.write_text('{"text": "The talks resumed on Monday in Vienna, officials said.\n', encoding="utf-8")
    (error,) = [d for d in read_paths([str(path)], Settings()) if isinstance(d, DocumentError)]
    assert "Unterminated string starting at column" in error.reason and "at at" not in error.reason
