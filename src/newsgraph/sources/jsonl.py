"""JSON Lines: one article per line, field names from the settings.

Exports from scrapers and news APIs name their fields differently (newsgraph's own `extract
-f jsonl` writes "published", news-please "maintext" and "date_publish", Event Registry
"body", GDELT DOC "seendate"), so each field setting (`jsonl_text_field`, ...) is a
comma-separated list of names tried in order, and the defaults cover the common exports:
they read back without any setting. A line that is not a JSON object, lacks the text field
or is too long becomes an error naming `file:line`; the lines around it still come out. A
date that cannot be read keeps its record, with one warning naming the field; so does a
"caption"/"captions" or "dateline" field that is not text (captions become the caption block). Lines are
streamed, so a multi-gigabyte dump never sits in memory.

The text field is one article's body: the record is marked `structured`, so extraction
keeps it whole instead of running the scraped-dump segmenter over it (see `segment`).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from typing import Any, BinaryIO

from newsgraph.extract.dates import parse_absolute
from newsgraph.model import DocumentError, RawDocument
from newsgraph.registry import register
from newsgraph.settings import Settings
from newsgraph.sources.base import Source, gzip_errors, iso_date, settings_fetched_at
from newsgraph.sources.sniff import has_markup
from newsgraph.sources.text import check_text_head

_SKIP_CHUNK = 1 << 20
log = logging.getLogger(__name__)


@register("sources", "jsonl")
def read_jsonl(source: Source, settings: Settings) -> Iterator[RawDocument | DocumentError]:
    check_text_head(source)
    fetched_at = settings_fetched_at(settings)
    limit = settings.max_document_bytes
    with gzip_errors(source.uri), source.open() as stream:
        for lineno, raw in _lines(stream, limit):
            uri = f"{source.uri}:{lineno}"
            if raw is None:
                yield DocumentError(uri, "read", f"too large: line over {limit} bytes > limit {limit}")
                continue
            if not raw.strip():
                continue
            yield _document(raw, uri, settings, fetched_at)


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) pairs; None for a line longer than the limit, which is skipped unread."""
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the oversized line without keeping it
                rest = stream.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


def _document(raw: bytes, uri: str, settings: Settings, fetched_at: Any) -> RawDocument | DocumentError:
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # JSON is UTF-8 by definition, but Windows exports are often cp1252.
        try:
            line = raw.decode("cp1252")
        except UnicodeDecodeError as exc:
            return DocumentError(uri, "read", f"undecodable bytes: not UTF-8 or cp1252 ({exc.reason})")
    try:
        record = json.loads(line.strip())
    except json.JSONDecodeError as exc:
        # json's own "Unterminated string starting at" would read "starting at at column 29".
        return DocumentError(
            uri, "read", f"invalid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}"
        )
    if not isinstance(record, dict):
        return DocumentError(uri, "read", f"not a JSON object but {type(record).__name__}")
    source_id = _string(_field(record, settings.jsonl_id_field)[1]) or None
    name, text = _field(record, settings.jsonl_text_field)
    candidates = [n.strip() for n in settings.jsonl_text_field.split(",") if n.strip()]
    if text is None and len(candidates) > 1:
        names = ", ".join(repr(n) for n in candidates)
        reason = f"no text field: the record has none of {names} (set jsonl_text_field to its name)"
        return DocumentError(uri, "read", reason, source_id)
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return DocumentError(uri, "read", f"text field {name!r} is {what}", source_id)
    if not text.strip():
        return DocumentError(uri, "read", f"text field {name!r} is empty", source_id)
    text = _own_body(record, text)
    return RawDocument(
        uri=uri,
        content=text,
        content_type="text/html" if has_markup(text) else "text/plain",
        fetched_at=fetched_at,
        source_id=source_id,
        meta=_meta(record, settings, uri),
        structured=True,
    )


def _own_body(record: Mapping[str, Any], text: str) -> str:
    """newsgraph's own article records (`extract -f jsonl`, `analyze`) carry their text with
    typed `blocks`: the body is its title, summary and paragraph blocks, since the caption and
    the dateline come back from their own fields. Other records' text is the body as it is."""
    blocks = record.get("blocks")
    if not isinstance(blocks, list) or not blocks:
        return text
    parts = []
    for block in blocks:
        if not isinstance(block, dict):
            return text
        start, end, kind = block.get("start"), block.get("end"), block.get("kind")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            return text
        if kind in ("title", "summary", "paragraph"):
            parts.append(text[start:end])
    return "\n\n".join(parts) if parts else text


def _field(record: Mapping[str, Any], names: str) -> tuple[str, Any]:
    """(name, value) of the first of the comma-separated field names the record has with a
    non-empty value; the first name and None when it has none."""
    candidates = [n.strip() for n in names.split(",") if n.strip()]
    for name in candidates:
        value = record.get(name)
        if value is not None and value != "":
            return name, value
    first = candidates[0] if candidates else names
    return first, record.get(first)


def _meta(record: Mapping[str, Any], settings: Settings, uri: str) -> dict[str, str]:
    date_name, date = _field(record, settings.jsonl_date_field)
    published = iso_date(date) or _string(date)
    if published and iso_date(date) is None and parse_absolute(published) is None:
        # Kept as written (the extractor may still read it), but the user learns that the
        # record will most likely have no date, and which field to look at.
        log.warning(
            "warning: %s: date field %r: cannot read %r as a date; record kept", uri, date_name, published
        )
    meta = {
        "title": _string(_field(record, settings.jsonl_title_field)[1]),
        # Dates the reader cannot read as ISO, RFC 2822 or Unix time stay as written;
        # the extractor decides what to make of them.
        "published": published,
        "url": _string(_field(record, settings.jsonl_url_field)[1]),
        "author": _author(record.get("author") or record.get("authors")),
        # newsgraph's own `extract -f jsonl` output moved these out of the text: read them
        # back, or a round trip would lose them.
        "agency": _string(record.get("agency")),
        "dateline": _text_field(record, ("dateline",), uri),
        # Captions hold places and dates too (extraction keeps them as the caption block).
        "caption": _text_field(record, ("caption", "captions"), uri),
    }
    return {k: v for k, v in meta.items() if v}


def _text_field(record: Mapping[str, Any], names: tuple[str, ...], uri: str) -> str:
    """The first of `names` the record has, as text: a string, or a list of strings (one a line).
    Any other value is reported with the document and field, and the record is kept without it."""
    for name in names:
        value = record.get(name)
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return "\n".join(v.strip() for v in value if v.strip())
        log.warning(
            "warning: %s: field %r is a %s, not a string or a list of strings; record kept without it",
            uri,
            name,
            type(value).__name__,
        )
    return ""


def _string(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _author(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(s for s in (_string(v) for v in value) if s)
    return _string(value)
