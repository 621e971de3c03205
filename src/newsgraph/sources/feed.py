"""RSS 1.0/2.0 and Atom feeds: one RawDocument per entry, from the file alone.

Linked pages are never fetched (no network at run time): an entry's own content, or its
summary when it has no content, is the document. Feeds are parsed with feedparser, which
copes with the broken XML real feeds are full of; a file it cannot get a single entry out
of is reported with feedparser's reason.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser

from newsgraph.errors import DocumentFailed
from newsgraph.model import DocumentError, RawDocument
from newsgraph.registry import register
from newsgraph.settings import Settings
from newsgraph.sources.base import Source, iso_date, read_document, settings_fetched_at
from newsgraph.sources.sniff import has_markup
from newsgraph.sources.text import check_text_head


@register("sources", "rss")
def read_feed(source: Source, settings: Settings) -> Iterator[RawDocument | DocumentError]:
    check_text_head(source)
    parsed = feedparser.parse(read_document(source, settings))
    entries = parsed.get("entries") or []
    if not any(_entry_body(e)[0].strip() for e in entries):
        # feedparser's lenient parser pulls half-entries out of broken XML; when none of
        # them has any text, the XML error is the real reason the file gave nothing.
        if parsed.get("bozo"):
            raise DocumentFailed(f"invalid feed XML: {parsed.get('bozo_exception')}", uri=source.uri)
        if not entries:
            raise DocumentFailed("feed has no entries", uri=source.uri)
    feed = parsed.get("feed") or {}
    site = _text(feed.get("title"))
    fetched_at = settings_fetched_at(settings)
    for n, entry in enumerate(entries, start=1):
        uri = f"{source.uri}#{n}"
        source_id = _text(entry.get("id")) or None
        body, is_html = _entry_body(entry)
        if not body.strip():
            yield DocumentError(uri, "read", "feed entry has no content or summary", source_id)
            continue
        meta = {
            "title": _text(entry.get("title")),
            "published": _entry_date(entry),
            "url": _text(entry.get("link")),
            "author": _text(entry.get("author")),
            "site": site,
        }
        yield RawDocument(
            uri=uri,
            content=body,
            content_type="text/html" if is_html else "text/plain",
            fetched_at=fetched_at,
            source_id=source_id,
            meta={k: v for k, v in meta.items() if v},
            structured=True,
        )


def _entry_body(entry: Mapping[str, Any]) -> tuple[str, bool]:
    """The entry's fullest text (content beats summary) and whether it is HTML."""
    candidates = [c for c in entry.get("content") or [] if _text(c.get("value"))]
    if candidates:
        best = max(candidates, key=lambda c: len(c.get("value", "")))
    elif _text(entry.get("summary")):
        best = entry.get("summary_detail") or {"value": entry.get("summary"), "type": "text/html"}
    else:
        return "", False
    value = str(best.get("value") or "")
    declared = str(best.get("type") or "")
    is_html = has_markup(value) if declared in ("", "text/html", "application/xhtml+xml") else False
    return value, is_html


def _entry_date(entry: Mapping[str, Any]) -> str:
    """ISO publication date: the entry's own string when ISO/RFC 2822 (keeps its offset)."""
    for key in ("published", "updated", "created"):
        found = iso_date(entry.get(key))
        if found:
            return found
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return dt.datetime(*parsed[:6], tzinfo=dt.UTC).isoformat()
    return ""


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
