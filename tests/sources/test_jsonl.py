from __future__ import annotations

import gzip
import json
import logging
from pathlib import Path

import pytest

from newsgraph.model import DocumentError, RawDocument
from newsgraph.settings import Settings

from .helpers import DATA, documents, errors, read

CUSTOM = Settings(
    jsonl_text_field="body",
    jsonl_title_field="headline",
    jsonl_date_field="when",
    jsonl_url_field="link",
    jsonl_id_field="uid",
)
FILE = DATA / "src_custom_fields.jsonl"


def test_jsonl_custom_field_names_fill_meta_and_source_id() -> None:
    first, second, third = documents(read([FILE], CUSTOM))
    assert first.uri == f"{FILE}:1" and first.source_id == "nw-1001"
    assert first.content_type == "text/plain" and str(first.content).startswith("BERLIN, Nov 8")
    assert first.meta == {
        "title": "Rail union calls off weekend strike",
        "published": "2024-11-08T07:45:00+00:00",
        "url": "https://wire.example.com/nw-1001",
        "author": "Lena Brandt",
    }
    assert second.content_type == "text/html" and second.source_id == "1002"
    assert second.meta["published"] == "2024-11-08T10:00:00+01:00"
    assert third.uri == f"{FILE}:7" and third.meta["published"] == "2024-11-12T08:26:40+00:00"


def test_jsonl_bad_lines_name_file_and_line_and_the_rest_still_come_out() -> None:
    items = read([FILE], CUSTOM)
    reasons = {e.uri: e.reason for e in errors(items)}
    assert reasons == {
        f"{FILE}:3": "invalid JSON: Expecting ',' delimiter at column 82",
        f"{FILE}:5": "text field 'body' is missing",
        f"{FILE}:6": "not a JSON object but list",
    }
    assert len(documents(items)) == 3


def test_jsonl_default_field_names_read_the_common_aliases() -> None:
    # "body", "headline" and "link" are among the default names; "when" and "uid" are not,
    # so those records come out without a date or an id rather than not at all.
    first, second, third = documents(read([FILE]))
    assert str(first.content).startswith("BERLIN, Nov 8") and first.structured
    assert first.meta == {
        "title": "Rail union calls off weekend strike",
        "url": "https://wire.example.com/nw-1001",
        "author": "Lena Brandt",
    }
    assert first.source_id is None and second.source_id is None
    assert third.meta["title"] == "Museum reopens after renovation"


def test_jsonl_gzip_and_cp1252_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    line = '{"text": "Caf\u00e9 owners in Li\u00e8ge protested on Monday.", "date": "2024-02-05"}\n'
    path.write_bytes(gzip.compress(line.encode("cp1252") + b'{"text": "Second."}\n'))
    first, second = documents(read([path]))
    assert first.content == "Café owners in Liège protested on Monday."
    assert first.meta == {"published": "2024-02-05"}
    assert second.content == "Second."


def test_jsonl_line_over_the_limit_is_skipped_with_an_error(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"text": "' + "x" * 5000 + '"}\n{"text": "small story"}\n')
    items = read([path], Settings(max_document_bytes=1000))
    assert isinstance(items[0], DocumentError) and items[0].uri == f"{path}:1"
    assert items[0].reason == "too large: line over 1000 bytes > limit 1000"
    assert isinstance(items[1], RawDocument) and items[1].content == "small story"


def test_jsonl_unknown_date_format_is_kept_as_written(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "A story.", "date": "3rd of May"}\n')
    [doc] = documents(read([path]))
    assert doc.meta["published"] == "3rd of May"


def test_jsonl_truncated_gzip_keeps_the_lines_before_the_cut(tmp_path: Path) -> None:
    lines = "".join(
        f'{{"text": "Story number {n} about the harbour strike and the vote."}}\n' for n in range(2000)
    )
    packed = gzip.compress(lines.encode())
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(packed[: len(packed) * 2 // 3])
    items = read([path])
    docs = documents(items)
    assert 100 < len(docs) < 2000
    assert [d.uri for d in docs] == [f"{path}:{n}" for n in range(1, len(docs) + 1)]
    assert isinstance(items[-1], DocumentError) and items[-1].uri == str(path)
    assert items[-1].reason.startswith("truncated gzip")


def test_jsonl_common_exports_read_back_without_settings(tmp_path: Path) -> None:
    path = tmp_path / "exports.jsonl"
    lines = [
        # newsgraph's own `extract -f jsonl`
        {"id": "a", "title": "Dam talks", "published": "2025-03-05", "text": "The two states met."},
        # news-please
        {"headline": "Dam talks", "date_publish": "2025-03-05 10:00:00", "maintext": "The two states met."},
        # Event Registry
        {
            "uri": "8123",
            "title": "Dam talks",
            "dateTime": "2025-03-05T10:00:00Z",
            "body": "The two states met.",
        },
        # GDELT DOC (ISO basic format) and schema.org names
        {"title": "Dam talks", "seendate": "20250305T100000Z", "content": "The two states met."},
        {"headline": "Dam talks", "datePublished": "2025-03-05", "text": "The two states met."},
        {"title": "Dam talks", "pubDate": "Wed, 05 Mar 2025 10:00:00 GMT", "text": "The two states met."},
        {"title": "Dam talks", "published_at": "2025-03-05T10:00:00+00:00", "body": "The two states met."},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    docs = documents(read([path]))
    assert len(docs) == len(lines)
    for doc in docs:
        assert doc.content == "The two states met." and doc.meta["title"] == "Dam talks"
        assert doc.meta["published"].startswith("2025-03-05"), doc.uri
    assert [d.source_id for d in docs[:3]] == ["a", None, "8123"]


def test_jsonl_unreadable_date_keeps_the_record_with_one_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(
        '{"text": "A story.", "published": "sometime soon"}\n{"text": "B.", "date": "2025-01-02"}\n'
    )
    with caplog.at_level(logging.WARNING, logger="newsgraph"):
        docs = documents(read([path]))
    assert len(docs) == 2
    [record] = caplog.records
    assert f"{path}:1" in record.getMessage() and "'published'" in record.getMessage()


def test_jsonl_captions_and_dateline_are_read_and_bad_ones_named(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        {
            "text": "Crews worked all night.",
            "caption": "Waves break over a wall in Cork.",
            "dateline": "CORK",
        },
        {"text": "The port reopened.", "captions": ["Cranes at the port.", " A ship leaves Gothenburg. "]},
        {"text": "Prices rose.", "caption": {"alt": "A market"}, "dateline": 7},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    with caplog.at_level(logging.WARNING, logger="newsgraph"):
        first, second, third = documents(read([path]))
    assert first.meta["caption"] == "Waves break over a wall in Cork." and first.meta["dateline"] == "CORK"
    assert second.meta["caption"] == "Cranes at the port.\nA ship leaves Gothenburg."
    # A caption that is not text is named with its document, and the record is kept without it.
    assert "caption" not in third.meta and "dateline" not in third.meta
    messages = [r.getMessage() for r in caplog.records]
    assert any(f"{path}:3" in m and "'caption' is a dict" in m for m in messages)
    assert any(f"{path}:3" in m and "'dateline' is a int" in m for m in messages)


def test_jsonl_own_records_read_back_their_body_without_caption_and_dateline(tmp_path: Path) -> None:
    text = "Strike ends\n\nPort workers went back.\n\nDockers at the gate.\n\nMINSK"
    blocks = [
        {"kind": "title", "start": 0, "end": 11},
        {"kind": "paragraph", "start": 13, "end": 36},
        {"kind": "caption", "start": 38, "end": 58},
        {"kind": "dateline", "start": 60, "end": 65},
    ]
    record = {"text": text, "blocks": blocks, "caption": "Dockers at the gate.", "dateline": "MINSK"}
    path = tmp_path / "own.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps({"text": text, "blocks": [{"kind": 1}]}) + "\n")
    own, other = documents(read([path]))
    assert own.content == "Strike ends\n\nPort workers went back."
    assert own.meta["caption"] == "Dockers at the gate." and own.meta["dateline"] == "MINSK"
    assert other.content == text  # blocks that are not newsgraph's own leave the text whole
