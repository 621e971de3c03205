from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.model import DocumentError, RawDocument
from newsgraph.settings import Settings

from .helpers import DATA, documents, errors, read

PAGE = (DATA / "src_page.html").read_bytes()
LATIN = "<html><body><p>Les élèves de Liège ont manifesté jeudi.</p></body></html>".encode("latin-1")


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str, status: str, date: str) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)


def write_warc(path: Path, *, gzip: bool, html: bool = True) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsgraph tests"}))
        get = b"GET /news/bridge HTTP/1.1\r\nHost: courier.example.org\r\n\r\n"
        request = writer.create_warc_record(
            "https://courier.example.org/news/bridge", "request", payload=io.BytesIO(get), length=len(get)
        )
        writer.write_record(request)
        if html:
            _response(
                writer,
                "https://courier.example.org/news/bridge",
                PAGE,
                "text/html; charset=utf-8",
                "200 OK",
                "2024-05-14T09:00:00Z",
            )
        _response(
            writer,
            "https://courier.example.org/logo.png",
            b"\x89PNG\r\n\x1a\n",
            "image/png",
            "200 OK",
            "2024-05-14T09:00:01Z",
        )
        _response(
            writer,
            "https://courier.example.org/old",
            b"<html>moved</html>",
            "text/html",
            "301 Moved",
            "2024-05-14T09:00:02Z",
        )
        if html:
            _response(
                writer,
                "https://journal.example.be/liege",
                LATIN,
                "text/html; charset=ISO-8859-1",
                "200 OK",
                "2024-05-15T10:30:00Z",
            )


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_html_responses_become_documents_with_record_facts(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, gzip=gzip)
    items = read([path])
    assert not errors(items)
    first, second = documents(items)
    assert first.uri == "https://courier.example.org/news/bridge"
    assert first.content_type == "text/html" and first.content == PAGE
    assert first.source_id is not None and first.source_id.startswith("<urn:uuid:")
    assert first.fetched_at is not None and first.fetched_at.isoformat() == "2024-05-14T09:00:00+00:00"
    assert first.meta["url"] == "https://courier.example.org/news/bridge"
    assert second.meta["charset"] == "ISO-8859-1" and second.content == LATIN


def test_warc_settings_fetched_at_does_not_override_the_capture_date(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, gzip=False)
    first = documents(read([path], Settings(fetched_at="2030-01-01T00:00:00+00:00")))[0]
    assert first.fetched_at is not None and first.fetched_at.year == 2024


def test_warc_without_html_pages_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "images.warc"
    write_warc(path, gzip=False, html=False)
    [error] = read([path])
    assert isinstance(error, DocumentError)
    assert error.uri == str(path) and error.reason == "no HTML pages in WARC (4 records)"


def test_warc_truncated_gzip_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    whole = tmp_path / "crawl.warc.gz"
    write_warc(whole, gzip=True)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 60])  # inside the last record
    items = read([cut])
    assert [d.uri for d in documents(items)] == ["https://courier.example.org/news/bridge"]
    [error] = errors(items)
    assert error.uri == str(cut) and error.reason.startswith("truncated gzip")


def test_warc_page_over_the_limit_is_an_error_for_that_record(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_warc(path, gzip=False)
    items = read([path], Settings(max_document_bytes=len(PAGE) - 1))
    [error] = errors(items)
    assert error.uri == "https://courier.example.org/news/bridge" and error.reason.startswith("too large")
    assert [d.uri for d in documents(items)] == ["https://journal.example.be/liege"]
    assert isinstance(items[-1], RawDocument)


def test_warc_html_resource_records_count_as_pages(tmp_path: Path) -> None:
    path = tmp_path / "resources.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        record = writer.create_warc_record(
            "https://courier.example.org/news/bridge",
            "resource",
            payload=io.BytesIO(PAGE),
            length=len(PAGE),
            warc_content_type="text/html",
            warc_headers_dict={"WARC-Date": "2024-05-14T09:00:00Z"},
        )
        writer.write_record(record)
    [doc] = read([path])
    assert isinstance(doc, RawDocument) and doc.content == PAGE and doc.content_type == "text/html"
