"""Which reader a file needs, from its first bytes; the extension only breaks ties.

Scraped collections are full of misnamed files (feeds saved as .html, HTML saved as .txt,
JSONL as .json), so the content decides. The extension is consulted only when the content
looks like plain text: a .jsonl file whose first line is broken is still JSONL (so its bad
line is reported as such) and a .xml feed too damaged to show its root is still a feed.
"""

from __future__ import annotations

import json
import re

WARC = "warc"
FEED = "rss"
HTML = "html"
JSONL = "jsonl"
TEXT = "text"

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(
    rb"</?(?:p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|article|section|header|footer|nav|"
    rb"body|head|title|meta|link|script|style|img|em|strong|b|i|blockquote|figure)\b[^>]*>",
    re.IGNORECASE,
)
# Tags per kilobyte above which a file without a doctype is markup rather than prose that
# happens to mention a tag.
_TAGS_PER_KB = 2.0
_MIN_TAGS = 5
_EXTENSIONS = {
    ".jsonl": JSONL,
    ".ndjson": JSONL,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".rss": FEED,
    ".atom": FEED,
    ".xml": FEED,
    ".warc": WARC,
}
_MARKUP = re.compile(
    r"<(?:p|div|span|a|br|h[1-6]|ul|ol|li|em|strong|b|i|img|blockquote|table|figure)\b[^>]*>", re.I
)


def sniff(head: bytes, name: str = "") -> str:
    """The reader name ("warc", "rss", "html", "jsonl", "text") for content starting with `head`."""
    if head.startswith(b"WARC/"):
        return WARC
    body = head
    for bom in _BOMS:
        if body.startswith(bom):
            body = body[len(bom) :]
            break
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in body[:1024]:
        return TEXT  # UTF-16 or binary: the text reader decides (and refuses binary)
    start = body.lstrip()[:2048]
    lowered = start.lower()
    if _FEED_ROOT.search(start) and (
        lowered.startswith(b"<?xml") or lowered.startswith((b"<rss", b"<feed", b"<rdf"))
    ):
        return FEED
    if _HTML_START.match(body[:4096]) or (lowered.startswith(b"<?xml") and b"<html" in lowered):
        return HTML
    if _first_line_is_object(body):
        return JSONL
    if _looks_like_markup(body):
        return HTML
    return _by_extension(name) or TEXT


def _looks_like_markup(body: bytes) -> bool:
    """Dense, varied, closed tags: a fragment or a page saved without its doctype."""
    tags = _HTML_TAG.findall(body)
    if len(tags) < _MIN_TAGS or len(tags) / max(len(body) / 1024, 1.0) < _TAGS_PER_KB:
        return False
    names = {re.match(rb"</?([a-zA-Z0-9]+)", t).group(1).lower() for t in tags}  # type: ignore[union-attr]
    closing = sum(1 for t in tags if t.startswith(b"</"))
    return len(names) >= 2 and closing >= 2


def _first_line_is_object(body: bytes) -> bool:
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        if not line.startswith(b"{"):
            return False
        try:
            return isinstance(json.loads(line), dict)
        except (ValueError, UnicodeDecodeError):
            # A first line longer than the sniffed head cannot be parsed here; an opening
            # brace followed by a quoted key is JSON enough to hand to the JSONL reader.
            return len(line) >= len(body.strip()) - 1 and re.match(rb'\{\s*"', line) is not None
    return False


def _by_extension(name: str) -> str | None:
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    for ext, reader in _EXTENSIONS.items():
        if lowered.endswith(ext):
            return reader
    return None


def has_markup(text: str) -> bool:
    """Whether a text field (feed entry, JSONL text) carries HTML rather than plain prose."""
    return _MARKUP.search(text) is not None
