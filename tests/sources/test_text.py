from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsgraph.errors import DocumentFailed
from newsgraph.extract.clean import decode_text
from newsgraph.pipeline import extract_documents
from newsgraph.settings import Settings
from newsgraph.sources.text import binary_kind

from .helpers import DATA, documents, errors, read


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("src_utf8.txt", "GDAŃSK, March 4"),
        ("src_cp1252.txt", "near Écija"),
        ("src_mojibake.txt", "Café owners"),
    ],
)
def test_text_reader_keeps_bytes_that_decode_cleanly(name: str, needle: str) -> None:
    [doc] = read([DATA / name])
    assert doc.content_type == "text/plain" and doc.uri.endswith(name)
    assert isinstance(doc.content, bytes)
    text = decode_text(doc.content, doc.uri)
    assert needle in text
    assert "â€" not in text and "Ã" not in text


def test_text_reader_stamps_fetched_at_from_settings() -> None:
    [doc] = read([DATA / "src_utf8.txt"], Settings(fetched_at="2024-03-04T10:00:00+00:00"))
    assert doc.fetched_at is not None and doc.fetched_at.isoformat() == "2024-03-04T10:00:00+00:00"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("src_empty.txt", "empty file"),
        ("src_binary.txt", "binary file (PNG image)"),
    ],
)
def test_text_reader_refuses_empty_and_binary_files_by_name(name: str, reason: str) -> None:
    items = read([DATA / name, DATA / "src_utf8.txt"])
    [error] = errors(items)
    assert error.uri.endswith(name) and error.stage == "read" and reason in error.reason
    assert len(documents(items)) == 1


def test_text_reader_binary_kind_spots_nul_bytes_but_not_utf16() -> None:
    assert binary_kind(b"abc\x00\x01\x02def") == "binary data (NUL bytes)"
    assert binary_kind("Zürich".encode("utf-16")) is None


def test_text_undecodable_bytes_fail_at_extract_naming_the_file() -> None:
    results = list(
        extract_documents([str(DATA / "src_undecodable.txt"), str(DATA / "src_utf8.txt")], Settings())
    )
    failures = [r for r in results if not hasattr(r, "blocks")]
    assert any(f.uri.endswith("src_undecodable.txt") and "undecodable" in f.reason for f in failures)
    with pytest.raises(DocumentFailed, match="undecodable"):
        decode_text((DATA / "src_undecodable.txt").read_bytes(), "x")


def test_text_fifty_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    line = b"The committee met again today and adjourned without a vote on the budget.\n"
    with big.open("wb") as out:
        for _ in range(50_000_000 // len(line) + 1):
            out.write(line)
    size = big.stat().st_size
    items = read([big, DATA / "src_utf8.txt"])
    [error] = errors(items)
    assert error.uri == str(big)
    assert error.reason == f"too large: {size} bytes > limit 20000000"
    assert len(documents(items)) == 1


def test_text_gzip_bomb_is_refused_once_past_the_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "notes.txt.gz"
    bomb.write_bytes(gzip.compress(b"word " * 400_000))  # 2 MB of text in a few kB
    [error] = read([bomb], Settings(max_document_bytes=1_000_000))
    assert error.uri == str(bomb) and "too large" in error.reason and "decompressed" in error.reason
