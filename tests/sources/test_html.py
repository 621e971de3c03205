from __future__ import annotations

from pathlib import Path

from newsgraph.model import RawDocument
from newsgraph.settings import Settings

from .helpers import DATA, documents, errors, read


def test_html_reader_keeps_the_page_bytes_for_the_extractor() -> None:
    [doc] = read([DATA / "src_page.html"], Settings(fetched_at="2024-05-15T00:00:00"))
    assert isinstance(doc, RawDocument)
    assert doc.content_type == "text/html" and doc.content == (DATA / "src_page.html").read_bytes()
    assert doc.fetched_at is not None and doc.fetched_at.isoformat() == "2024-05-15T00:00:00"


def test_html_reader_refuses_a_page_over_the_limit_from_its_size(tmp_path: Path) -> None:
    page = tmp_path / "long.html"
    page.write_bytes(
        b"<!doctype html><html><body>" + b"<p>Budget talks went on.</p>" * 1000 + b"</body></html>"
    )
    items = read([page, DATA / "src_page.html"], Settings(max_document_bytes=10_000))
    [error] = errors(items)
    assert error.uri == str(page) and error.reason == f"too large: {page.stat().st_size} bytes > limit 10000"
    assert len(documents(items)) == 1
