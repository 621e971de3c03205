"""Plain-text files: one RawDocument per file; decoding and splitting happen in extract.

Binary files are refused here, from their first bytes, so the error names the file and
says what it is instead of failing later as "undecodable".
"""

from __future__ import annotations

from collections.abc import Iterator

from newsgraph.errors import DocumentFailed
from newsgraph.model import DocumentError, RawDocument
from newsgraph.registry import register
from newsgraph.settings import Settings
from newsgraph.sources.base import Source, read_document, settings_fetched_at

# Formats people drop into news folders by mistake, by their magic bytes.
_BINARY_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\xd0\xcf\x11\xe0", "MS Office document"),
    (b"\x7fELF", "executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def binary_kind(head: bytes) -> str | None:
    """What a binary file is ("PNG image", "binary data"), or None for text."""
    for magic, kind in _BINARY_MAGIC:
        if head.startswith(magic):
            return kind
    if not head.startswith(_UTF16_BOMS) and b"\x00" in head[:8192]:
        return "binary data (NUL bytes)"
    return None


def check_text_head(source: Source) -> None:
    """Refuse empty and binary files before reading them whole."""
    if not source.head.strip():
        raise DocumentFailed("empty file", uri=source.uri)
    kind = binary_kind(source.head)
    if kind is not None:
        raise DocumentFailed(f"binary file ({kind}), not text", uri=source.uri)


@register("sources", "text")
def read_text(source: Source, settings: Settings) -> Iterator[RawDocument | DocumentError]:
    check_text_head(source)
    content = read_document(source, settings)
    yield RawDocument(
        uri=source.uri, content=content, content_type="text/plain", fetched_at=settings_fetched_at(settings)
    )
