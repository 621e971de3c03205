"""`newsgraph extract` as a user runs it: real files, stdin, failures named one by one."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.cli.conftest import newsgraph


def _article(n: int) -> str:
    return (
        f"Talks resume in Vienna, day {n}\n\n"
        f"VIENNA: Negotiators from the two delegations met again on day {n} of the talks, officials said, "
        "and agreed to keep working on the remaining questions of the draft text.\n"
        "The head of one delegation told reporters that progress had been slow but steady, "
        "and that a further round was planned for the following week.\n"
    )


def test_extract_jsonl_has_the_documented_fields(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_article(1), encoding="utf-8")
    result = newsgraph("extract", str(tmp_path / "a.txt"), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 1
    fields = {"id", "source", "source_id", "title", "published", "date_precision", "updated", "agency",
              "dateline", "caption", "summary", "paragraphs", "text"}  # fmt: skip
    assert fields <= rows[0].keys()
    assert rows[0]["dateline"] == "VIENNA"
    assert not rows[0]["paragraphs"][0].startswith("VIENNA")


def test_extract_csv_has_the_columns_and_a_table_counts_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(_article(5), encoding="utf-8")
    result = newsgraph("extract", str(tmp_path / "a.txt"), "-f", "csv")
    header, row = result.stdout.splitlines()
    assert header == "title,published,agency,dateline,language,summary,paragraphs,source"
    assert row.startswith('"Talks resume in Vienna, day 5",,,VIENNA,en,,"Negotiators from')
    table = newsgraph("extract", str(tmp_path / "a.txt"))
    assert "Talks resume in Vienna, day 5" in table.stdout and "Negotiators" not in table.stdout


def test_extract_bad_documents_fail_alone_with_exit_1_and_error_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(_article(2), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(_article(3).encode())[:40])
    errors_path = tmp_path / "errors.jsonl"
    result = newsgraph("extract", str(tmp_path), "--format", "jsonl", "--errors", str(errors_path))
    assert result.exit_code == 1
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert titles == ["Talks resume in Vienna, day 2"]
    failed = {
        Path(json.loads(line)["uri"]).name: json.loads(line)["reason"]
        for line in errors_path.read_text().splitlines()
    }
    assert set(failed) == {"empty.txt", "binary.bin", "cut.txt.gz"}
    assert "empty" in failed["empty.txt"]
    assert "binary" in failed["binary.bin"]
    assert "gzip" in failed["cut.txt.gz"]
    assert "empty.txt" in result.stderr and "cut.txt.gz" in result.stderr


def test_extract_reads_stdin() -> None:
    result = newsgraph("extract", "-", "--format", "jsonl", stdin=_article(4).encode())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["title"] == "Talks resume in Vienna, day 4"


def test_extract_missing_path_is_a_document_error(tmp_path: Path) -> None:
    result = newsgraph("extract", str(tmp_path / "nope.txt"), "--format", "jsonl")
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr


def test_extract_invalid_json_error_reads_once_at(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text('{"text": "The talks resumed on Monday in Vienna, officials said.\n', encoding="utf-8")
    result = newsgraph("extract", str(path), "-f", "jsonl")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {path}:1: [read] invalid JSON: Unterminated string starting at column")
    assert "at at" not in line
