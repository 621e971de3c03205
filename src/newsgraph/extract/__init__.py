"""RawDocument -> [Article]: decode, clean, split dumps, read metadata.

`extract(document, settings)` is the stage's one public function; it picks the extractor
for the document's content type. A plain-text document may hold several articles (a
scraped page), an HTML page or feed entry holds one.
"""

from __future__ import annotations

from newsgraph.errors import DocumentFailed
from newsgraph.model import Article, RawDocument
from newsgraph.settings import Settings


def extract(document: RawDocument, settings: Settings) -> list[Article]:
    """The articles in one document. Raises DocumentFailed (with the reason) when there are none."""
    if document.content_type == "text/html":
        from newsgraph.extract.html import extract_html

        articles = [extract_html(document, settings)]
    elif document.content_type == "text/plain":
        from newsgraph.extract.segment import segment_text

        articles = segment_text(document, settings)
    else:
        raise DocumentFailed(f"no extractor for content type {document.content_type}", uri=document.uri, stage="extract")
    if not articles:
        raise DocumentFailed("no article text found", uri=document.uri, stage="extract")
    return articles
