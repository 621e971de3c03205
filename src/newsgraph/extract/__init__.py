"""RawDocument -> [Article]: decode, clean, split dumps, read metadata.

`extract(document, settings)` is the stage's one public function; it picks the extractor
for the document's content type. An HTML page, a feed entry or a JSONL record gives exactly
one article: the reader knows where its body is, so the text is kept whole (record.py).
Only a scraped dump (a plain-text file, or a text field that holds a whole page) goes
through the segmenter, which may find several articles in it (segment.py); the `segment`
setting ("auto", "always", "never") decides.
"""

from __future__ import annotations

from newsgraph.errors import DocumentFailed
from newsgraph.extract.clean import decode_text
from newsgraph.extract.html import extract_html
from newsgraph.extract.record import extract_record, should_segment
from newsgraph.extract.segment import segment_text
from newsgraph.model import Article, RawDocument
from newsgraph.settings import Settings


def extract(document: RawDocument, settings: Settings) -> list[Article]:
    """The articles in one document. Raises DocumentFailed (with the reason) when there are none."""
    if document.content_type == "text/html":
        return [extract_html(document, settings)]
    if document.content_type != "text/plain":
        raise DocumentFailed(
            f"no extractor for content type {document.content_type}", uri=document.uri, stage="extract"
        )
    text = decode_text(document.content, document.uri)
    if not should_segment(document, text, settings):
        return [extract_record(document, settings, text)]
    articles = segment_text(document, settings, text)
    if not articles:
        raise DocumentFailed(
            "no article text found: the dump segmenter took every line for page furniture or for "
            f"fragments shorter than min_article_chars ({settings.min_article_chars}); "
            "--set segment=never keeps the whole text as one article",
            uri=document.uri,
            stage="extract",
        )
    return articles
