"""The extract stage's one function: a document's content type picks the extractor, a structured
body stays one article, a dump is segmented, and no article is a DocumentFailed with a reason."""

from __future__ import annotations

import pytest

from newsgraph.errors import DocumentFailed
from newsgraph.extract import extract
from newsgraph.model import RawDocument
from newsgraph.settings import Settings

BODY = (
    "Farmers in the Ebro valley blocked three motorways with tractors on Thursday, demanding compensation "
    "for a drought that has cut the region's olive harvest by nearly half.\n\n"
    "Police diverted traffic near Zaragoza for most of the afternoon, and a cooperative leader warned that "
    "the protests would spread to Lleida and Huesca next week."
)


def test_extract_structured_text_is_one_article_kept_whole() -> None:
    doc = RawDocument("feed.jsonl#1", BODY, "text/plain", structured=True)
    (article,) = extract(doc, Settings())
    assert article.source == "feed.jsonl#1"
    assert [article.text[b.start : b.end] for b in article.blocks if b.kind == "paragraph"] == BODY.split(
        "\n\n"
    )


def test_extract_html_goes_to_the_html_extractor() -> None:
    page = (
        "<html><head><title>Farmers block motorways</title></head><body><article>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "</article></body></html>"
    )
    (article,) = extract(RawDocument("page.html", page.encode(), "text/html"), Settings())
    assert "Ebro valley" in article.text and article.title is not None


def test_extract_unknown_content_type_fails_with_a_reason() -> None:
    with pytest.raises(DocumentFailed, match="no extractor for content type image/png"):
        extract(RawDocument("photo.png", b"\x89PNG", "image/png"), Settings())


def test_extract_a_dump_with_no_article_text_fails_with_a_reason() -> None:
    dump = RawDocument("menu.txt", "Home\nNews\nSport\n", "text/plain")
    with pytest.raises(DocumentFailed, match="no article text found") as failure:
        extract(dump, Settings(segment="always"))
    assert failure.value.stage == "extract"
