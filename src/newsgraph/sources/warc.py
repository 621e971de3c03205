"""WARC and WARC.gz web archives: one RawDocument per HTML response record.

Crawlers (Heritrix, wget --warc-file, Common Crawl, Browsertrix) store pages this way.
Only successful (2xx) HTML responses (and HTML `resource` records) are news pages; requests, metadata records, images,
scripts and redirects are skipped without an error record, because they are not documents
that failed but records that were never documents. The page keeps the archive's facts:
target URI, record id and capture date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from newsgraph.errors import DocumentFailed
from newsgraph.model import DocumentError, RawDocument
from newsgraph.registry import register
from newsgraph.settings import Settings
from newsgraph.sources.base import Source, TolerantStream, gzip_errors, read_limited, settings_fetched_at

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)


@register("sources", "warc")
def read_warc(source: Source, settings: Settings) -> Iterator[RawDocument | DocumentError]:
    default_fetched = settings_fetched_at(settings)
    limit = settings.max_document_bytes
    pages = records = 0
    with gzip_errors(source.uri), source.open() as raw:
        stream = TolerantStream(raw)
        try:
            for record in ArchiveIterator(stream):
                records += 1
                content_type = _html_page_type(record)
                if content_type is None:
                    continue
                pages += 1
                headers = record.rec_headers
                target = headers.get_header("WARC-Target-URI") or f"{source.uri}#{records}"
                record_id = headers.get_header("WARC-Record-ID")
                content = read_limited(record.content_stream(), limit)
                unread: int = getattr(record.raw_stream, "limit", 0)
                if stream.truncated and unread > 0:
                    break  # the cut went through this record: it is incomplete
                if content is None:
                    reason = f"too large: WARC record over {limit} bytes > limit {limit}"
                    yield DocumentError(target, "read", reason, record_id)
                    continue
                meta = {"url": target}
                charset = _CHARSET.search(content_type)
                if charset:
                    meta["charset"] = charset.group(1)
                yield RawDocument(
                    uri=target,
                    content=content,
                    content_type="text/html",
                    fetched_at=_warc_date(headers.get_header("WARC-Date")) or default_fetched,
                    source_id=record_id,
                    meta=meta,
                )
        except ArchiveLoadFailed as exc:
            if not stream.truncated:
                raise DocumentFailed(f"invalid WARC: {exc}", uri=source.uri) from None
    if stream.truncated:
        raise DocumentFailed("truncated gzip: the compressed stream ends early", uri=source.uri)
    if pages == 0:
        raise DocumentFailed(f"no HTML pages in WARC ({records} records)", uri=source.uri)


def _html_page_type(record: ArcWarcRecord) -> str | None:
    """The Content-Type of a record that holds a news page: a 2xx HTML response, or an HTML
    `resource` record (pages archived without their HTTP exchange, as warcit writes them)."""
    if record.rec_type == "response" and record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type") or ""
        status = record.http_headers.get_statuscode() or ""
        ok = status.startswith("2")
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
        ok = True
    else:
        return None
    return content_type if ok and content_type.lower().startswith(_HTML_TYPES) else None


def _warc_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
