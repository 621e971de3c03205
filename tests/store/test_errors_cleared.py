"""A document that later goes in whole clears its earlier failures."""

from __future__ import annotations

from newsgraph.model import DocumentError
from newsgraph.store import Store

from .conftest import border_deal, sanctions


def test_errors_cleared_when_the_same_uri_is_later_stored(store: Store) -> None:
    store.write_error(
        DocumentError("wire.jsonl:2", "read", "invalid JSON: Expecting ',' delimiter at column 9")
    )
    store.write_error(DocumentError("wire.jsonl:3", "read", "text field 'text' is empty"))
    store.write_document("wire.jsonl:2", "hash-fixed-line", None, [border_deal()])
    assert [e.uri for e in store.errors()] == ["wire.jsonl:3"]


def test_errors_of_a_document_are_replaced_by_its_new_version(store: Store) -> None:
    failed = DocumentError("brief.txt", "extract", "no article text found")
    store.write_document("brief.txt", "hash-v1", None, [], [failed])
    assert [e.reason for e in store.errors()] == ["no article text found"]
    store.write_document("brief.txt", "hash-v2", None, [sanctions()])
    assert store.errors() == []
    # Another failure of the new version is recorded again.
    store.replace_analyses("brief.txt", "hash-v2", None, [], [failed])
    assert [e.uri for e in store.errors()] == ["brief.txt"]
