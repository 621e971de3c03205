from __future__ import annotations

from pathlib import Path

from newsgraph.model import DocumentError, RawDocument
from newsgraph.settings import Settings

from .helpers import DATA, documents, errors, read


def test_feed_rss_entries_become_documents_with_container_metadata() -> None:
    items = read([DATA / "src_feed.rss"], Settings(fetched_at="2024-07-12T06:00:00+00:00"))
    first, second = documents(items)
    assert first.uri == f"{DATA / 'src_feed.rss'}#1"
    assert first.content_type == "text/html" and "Skerry Point lighthouse" in str(first.content)
    assert first.source_id == "herald-2024-0711-001"
    assert first.meta["title"] == "Lighthouse keepers return to Skerry Point"
    assert first.meta["published"] == "2024-07-11T09:15:00+01:00"
    assert first.meta["url"] == "https://herald.example.net/2024/07/lighthouse-keepers"
    assert first.meta["author"] == "Iain MacLeod"
    assert first.meta["site"] == "Coastal Herald"
    assert first.fetched_at is not None and first.fetched_at.isoformat() == "2024-07-12T06:00:00+00:00"
    assert second.content_type == "text/plain" and str(second.content).startswith("The town council voted")
    assert second.meta["published"] == "2024-07-10T17:40:00+00:00"


def test_feed_entry_without_text_is_an_error_naming_the_entry() -> None:
    [error] = errors(read([DATA / "src_feed.rss"]))
    assert error.uri == f"{DATA / 'src_feed.rss'}#3"
    assert error.reason == "feed entry has no content or summary"
    assert error.source_id == "herald-2024-0709-gallery"


def test_feed_atom_entries_prefer_content_and_keep_the_published_offset() -> None:
    first, second = documents(read([DATA / "src_feed.atom"]))
    assert first.content_type == "text/html" and "wheat harvest" in str(first.content)
    assert first.meta["published"] == "2024-09-03T16:20:00-05:00"
    assert first.meta["author"] == "Dana Whitfield"
    assert first.source_id == "tag:gazette.example.com,2024:harvest-0903"
    # No <published>: the entry's update time is the best date it has.
    assert second.meta["published"] == "2024-09-02T10:00:00+00:00"
    assert second.content_type == "text/plain"


def test_feed_invalid_xml_is_an_error_with_the_parser_reason() -> None:
    items = read([DATA / "src_invalid_feed.xml", DATA / "src_feed.atom"])
    error = items[0]
    assert isinstance(error, DocumentError)
    assert error.uri == str(DATA / "src_invalid_feed.xml")
    assert error.reason.startswith("invalid feed XML: ") and "not well-formed" in error.reason
    assert len(documents(items)) == 2


def test_feed_with_no_entries_says_so(tmp_path: Path) -> None:
    empty = tmp_path / "empty.rss"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    [error] = read([empty])
    assert isinstance(error, DocumentError) and error.reason == "feed has no entries"


def test_feed_linked_pages_are_never_fetched(tmp_path: Path) -> None:
    # The link points at a port nothing listens on: reading must not even try it.
    feed = tmp_path / "local.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Only a link</title>'
        "<link>http://127.0.0.1:9/story</link><description>Short summary of the story.</description>"
        "</item></channel></rss>"
    )
    [doc] = read([feed])
    assert isinstance(doc, RawDocument) and doc.content == "Short summary of the story."
