"""`newsgraph extract` end to end, as a user runs it: a real subprocess, real files."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args], input=stdin, capture_output=True, timeout=120
    )


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
    result = run("extract", str(tmp_path / "a.txt"), "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(rows) == 1
    fields = {"id", "source", "source_id", "title", "published", "date_precision", "updated", "agency",
              "dateline", "caption", "summary", "paragraphs", "text"}  # fmt: skip
    assert fields <= rows[0].keys()
    assert rows[0]["dateline"] == "VIENNA"
    assert not rows[0]["paragraphs"][0].startswith("VIENNA")


def test_extract_bad_documents_fail_alone_with_exit_1_and_error_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(_article(2), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "cut.txt.gz").write_bytes(gzip.compress(_article(3).encode())[:40])
    errors_path = tmp_path / "errors.jsonl"
    result = run("extract", str(tmp_path), "--format", "jsonl", "--errors", str(errors_path))
    assert result.returncode == 1
    titles = [json.loads(line)["title"] for line in result.stdout.decode().splitlines()]
    assert titles == ["Talks resume in Vienna, day 2"]
    failed = {
        Path(json.loads(line)["uri"]).name: json.loads(line)["reason"]
        for line in errors_path.read_text().splitlines()
    }
    assert set(failed) == {"empty.txt", "binary.bin", "cut.txt.gz"}
    assert "empty" in failed["empty.txt"]
    assert "binary" in failed["binary.bin"]
    assert "gzip" in failed["cut.txt.gz"]
    stderr = result.stderr.decode()
    assert "empty.txt" in stderr and "cut.txt.gz" in stderr


def test_extract_reads_stdin() -> None:
    result = run("extract", "-", "--format", "jsonl", stdin=_article(4).encode())
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout.decode().splitlines()[0])["title"] == "Talks resume in Vienna, day 4"


@pytest.mark.parametrize("args", [["extract"], ["extract", "x.txt", "--format", "yaml"], ["no-such-command"]])
def test_extract_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


def test_extract_missing_path_is_a_document_error(tmp_path: Path) -> None:
    result = run("extract", str(tmp_path / "nope.txt"), "--format", "jsonl")
    assert result.returncode == 1
    assert b"nope.txt" in result.stderr and b"Traceback" not in result.stderr
