"""What every reader shares: a file opened for sniffing (gzip decompressed for the look),
reads bounded by max_document_bytes, gzip failures as per-document reasons, container dates."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest

from newsgraph.errors import DocumentFailed, UsageError
from newsgraph.settings import Settings
from newsgraph.sources.base import (
    TolerantStream,
    iso_date,
    open_source,
    read_document,
    read_limited,
    settings_fetched_at,
)

TEXT = b"Farmers blocked three motorways near Zaragoza on Thursday.\n" * 40


def test_base_plain_file_opens_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_bytes(TEXT)
    source = open_source(path, "wire.txt")
    assert (source.uri, source.compressed, source.size) == ("wire.txt", False, len(TEXT))
    assert source.head == TEXT
    with source.open() as stream:
        assert stream.read() == TEXT


def test_base_gzip_is_decompressed_for_the_look_and_the_read(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt.gz"
    path.write_bytes(gzip.compress(TEXT))
    source = open_source(path, "wire.txt.gz")
    assert source.compressed and source.head == TEXT
    assert read_document(source, Settings()) == TEXT


def test_base_documents_over_the_limit_are_refused(tmp_path: Path) -> None:
    plain, packed = tmp_path / "big.txt", tmp_path / "bomb.txt.gz"
    plain.write_bytes(TEXT)
    packed.write_bytes(gzip.compress(b"\0" * 100_000))
    small = Settings(max_document_bytes=100)
    with pytest.raises(DocumentFailed, match=rf"too large: {len(TEXT)} bytes > limit 100"):
        read_document(open_source(plain, "big.txt"), small)
    with pytest.raises(DocumentFailed, match="more than 100 bytes once decompressed"):
        read_document(open_source(packed, "bomb.txt.gz"), small)


def test_base_corrupt_and_truncated_gzip_are_reasons(tmp_path: Path) -> None:
    packed = gzip.compress(TEXT * 50)
    cut = tmp_path / "cut.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    source = open_source(cut, "cut.gz")  # the bytes before the cut are still sniffed
    assert source.head.startswith(b"Farmers")
    with pytest.raises(DocumentFailed, match="truncated gzip"):
        read_document(source, Settings())
    broken = tmp_path / "broken.gz"
    broken.write_bytes(b"\x1f\x8b" + b"not gzip at all" * 4)
    with pytest.raises(DocumentFailed, match="corrupt gzip"):
        open_source(broken, "broken.gz")


def test_base_tolerant_stream_ends_quietly_at_a_truncation(tmp_path: Path) -> None:
    packed = gzip.compress(TEXT * 50)
    (tmp_path / "cut.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "whole.gz").write_bytes(packed)
    with open_source(tmp_path / "cut.gz", "cut.gz").open() as raw:
        stream = TolerantStream(raw)
        data = stream.read()
    assert stream.truncated and data and (TEXT * 50).startswith(data)
    with open_source(tmp_path / "whole.gz", "whole.gz").open() as raw:
        whole = TolerantStream(raw)
        assert whole.read(10) == TEXT[:10] and not whole.truncated


def test_base_read_limited() -> None:
    assert read_limited(io.BytesIO(b"abc"), 3) == b"abc"
    assert read_limited(io.BytesIO(b"abcd"), 3) is None


def test_base_fetched_at_setting_must_be_iso() -> None:
    assert settings_fetched_at(Settings()) is None
    found = settings_fetched_at(Settings(fetched_at="2025-03-05T08:00:00Z"))
    assert found is not None and found.isoformat() == "2025-03-05T08:00:00+00:00"
    with pytest.raises(UsageError, match="not an ISO datetime"):
        settings_fetched_at(Settings(fetched_at="last Tuesday"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-05", "2025-03-05"),
        ("2025-03-05T08:00:00Z", "2025-03-05T08:00:00+00:00"),
        ("20250820T123000Z", "2025-08-20T12:30:00+00:00"),
        ("Wed, 05 Mar 2025 08:00:00 GMT", "2025-03-05T08:00:00+00:00"),
        (1741161600, "2025-03-05T08:00:00+00:00"),
        ("last Tuesday", None),
        ("2025-13-45", None),
        (True, None),
        (None, None),
    ],
)
def test_base_container_dates_as_iso(value: object, expected: str | None) -> None:
    assert iso_date(value) == expected
