from __future__ import annotations

import pytest

from newsgraph.sources.sniff import has_markup, sniff


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "crawl.bin", "warc"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed.txt", "rss"),
        (b'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "x", "rss"),
        (
            b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
            "x",
            "rss",
        ),
        (b"\xef\xbb\xbf<!DOCTYPE html>\n<html><head>", "page.txt", "html"),
        (b"  <!-- saved page -->\n<html lang='en'><body>", "page", "html"),
        (b'{"text": "Ministers met on Monday.", "id": 1}\n{"text": "x"}\n', "dump.json", "jsonl"),
        (b'\n\n{"body": "first line after blanks"}\n', "dump", "jsonl"),
        (b"Ministers met on Monday in Vienna.\nThey agreed on a date.", "story.html", "html"),
        (b"Ministers met on Monday in Vienna.\nThey agreed on a date.", "story.txt", "text"),
        (b"{not json at all\n", "broken.jsonl", "jsonl"),
        (b"{not json at all\n", "broken.txt", "text"),
    ],
)
def test_sniff_content_decides_extension_breaks_ties(head: bytes, name: str, expected: str) -> None:
    assert sniff(head, name) == expected


def test_sniff_markup_heavy_fragment_is_html_without_doctype() -> None:
    head = b"<div class='story'><h2>Storm closes port</h2><p>The port closed.</p><p>Ships waited.</p><p>More.</p></div>"
    assert sniff(head, "fragment.txt") == "html"


def test_sniff_prose_mentioning_a_tag_stays_text() -> None:
    head = b"Engineers said the <p> element in the old template was the bug. " * 40
    assert sniff(head, "notes.txt") == "text"


def test_sniff_binary_goes_to_the_text_reader_which_refuses_it() -> None:
    assert sniff(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.html") == "text"


def test_sniff_has_markup_tells_html_snippets_from_prose() -> None:
    assert has_markup("<p>The council voted.</p>")
    assert has_markup("The council <a href='/x'>voted</a> on Monday.")
    assert not has_markup("The council voted 5 < 7 on Monday.")
