"""Assemble an Article from its parts: the one place canonical text and offsets are made.

Every extractor (plain-text dumps, HTML, feeds, JSONL) ends here, so every Article has the
same layout: title, summary bullets, body paragraphs, then the caption and the dateline,
separated by blank lines, with a Block span for each. The id is a hash of the normalised body, so the same
story read from a text dump and from its HTML page gets the same id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence

from newsgraph.extract.language import detect_language
from newsgraph.model import Article, Block, BlockKind, DatePrecision

_SPACE = re.compile(r"\s+")
SEPARATOR = "\n\n"


def normalise_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def article_id(paragraphs: Sequence[str]) -> str:
    """Stable id: sha1 of the whitespace-normalised, case-folded body, first 16 hex digits."""
    body = normalise_space(" ".join(paragraphs)).casefold()
    return hashlib.sha1(body.encode("utf-8")).hexdigest()[:16]


def build_article(
    *,
    source: str,
    paragraphs: Sequence[str],
    title: str | None = None,
    summary: Sequence[str] = (),
    caption: str | None = None,
    source_id: str | None = None,
    url: str | None = None,
    published: dt.date | dt.datetime | None = None,
    date_precision: DatePrecision = "unknown",
    date_source: str | None = None,
    updated: dt.date | dt.datetime | None = None,
    dateline: str | None = None,
    agency: str | None = None,
    author: str | None = None,
    site: str | None = None,
    language: str | None = None,
    fetched_at: dt.datetime | None = None,
) -> Article:
    parts: list[tuple[BlockKind, str]] = [
        *(("title", t) for t in (title,) if t and normalise_space(t)),
        *(("summary", s) for s in summary),
        *(("paragraph", p) for p in paragraphs),
        *(("caption", c) for c in (caption,) if c),
        *(("dateline", d) for d in (dateline,) if d),
    ]
    parts = [(kind, normalise_space(text)) for kind, text in parts if normalise_space(text)]
    chunks: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, text in parts:
        if chunks:
            offset += len(SEPARATOR)
        blocks.append(Block(kind, offset, offset + len(text)))
        chunks.append(text)
        offset += len(text)
    text = SEPARATOR.join(chunks)
    body = [t for k, t in parts if k == "paragraph"]
    if language is None:
        language = detect_language(" ".join(t for k, t in parts if k not in ("caption", "dateline")))
    return Article(
        id=article_id(body),
        source=source,
        text=text,
        blocks=tuple(blocks),
        title=normalise_space(title) if title else None,
        source_id=source_id,
        url=url,
        published=published,
        date_precision=date_precision if published is not None else "unknown",
        date_source=date_source if published is not None else None,
        updated=updated,
        dateline=dateline,
        agency=agency,
        author=author,
        site=site,
        language=language,
        fetched_at=fetched_at,
    )
