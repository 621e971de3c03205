"""HTML pages: one RawDocument per file, handed to the HTML extractor as bytes.

The bytes stay undecoded here: the extractor reads the page's own charset declaration.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsgraph.model import DocumentError, RawDocument
from newsgraph.registry import register
from newsgraph.settings import Settings
from newsgraph.sources.base import Source, read_document, settings_fetched_at
from newsgraph.sources.text import check_text_head


@register("sources", "html")
def read_html(source: Source, settings: Settings) -> Iterator[RawDocument | DocumentError]:
    check_text_head(source)
    content = read_document(source, settings)
    yield RawDocument(
        uri=source.uri, content=content, content_type="text/html", fetched_at=settings_fetched_at(settings)
    )
