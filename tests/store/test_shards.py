from __future__ import annotations

from pathlib import Path

from newsgraph.extract.build import build_article
from newsgraph.model import Analysis, DocumentError, ProcessedDocument
from newsgraph.store.shards import read_documents, write_shards


def _doc(n: int) -> ProcessedDocument:
    article = build_article(
        source=f"u{n}", title=f"Undated item {n}", paragraphs=[f"Body of item {n}, with no date."]
    )
    return ProcessedDocument(uri=f"u{n}", content_hash=f"h{n}", analyses=(Analysis(article=article),))


def test_shards_round_trip_records_exactly(tmp_path: Path) -> None:
    docs = [
        _doc(1),
        ProcessedDocument(
            uri="bad", content_hash="", errors=(DocumentError("bad", "read", "empty document"),)
        ),
    ]
    counts = write_shards(docs, str(tmp_path), "t0")
    assert counts.documents == 2 and counts.articles == 1 and counts.errors == 1
    assert sorted(read_documents(str(tmp_path)), key=lambda d: d.uri) == sorted(docs, key=lambda d: d.uri)


def test_shards_load_when_no_document_has_a_date(tmp_path: Path) -> None:
    write_shards([_doc(1), _doc(2)], str(tmp_path), "t0")
    assert [d.uri for d in sorted(read_documents(str(tmp_path)), key=lambda d: d.uri)] == ["u1", "u2"]
