"""Lossless JSON for the model's records: what a cluster shard carries back to `newsgraph load`
decodes to records equal to the ones encoded, dates, bytes and nested records included."""

from __future__ import annotations

import datetime as dt
import json

from newsgraph.codec import decode, encode, from_plain, to_plain
from newsgraph.model import Analysis, DocumentError, Place, ProcessedDocument, RawDocument
from tests.store.conftest import border_deal, sanctions, undated


def test_codec_a_processed_document_round_trips_exactly() -> None:
    document = ProcessedDocument(
        uri="file:///news/wire.txt",
        content_hash="hash-wire",
        analyses=(border_deal(), sanctions(), undated()),
        errors=(DocumentError("file:///news/wire.txt", "extract", "empty block", "row-7"),),
        fetched_at=dt.datetime(2024, 6, 2, 8, 0, tzinfo=dt.UTC),
        source_id="batch-1",
    )
    assert decode(ProcessedDocument, encode(document)) == document


def test_codec_dates_and_datetimes_keep_their_type() -> None:
    moment, day = sanctions().article.published, border_deal().article.published
    assert isinstance(moment, dt.datetime) and type(day) is dt.date
    assert decode(Analysis, encode(sanctions())).article.published == moment
    assert type(decode(Analysis, encode(border_deal())).article.published) is dt.date
    assert to_plain(dt.date(2024, 5, 6)) == {"$d": "2024-05-06"}


def test_codec_bytes_and_optional_records() -> None:
    raw = RawDocument("page.html", b"<p>\xe9t\xe9</p>", "text/html", meta={"title": "Été"})
    assert decode(RawDocument, encode(raw)) == raw
    place = Place("Baghdad", "IRQ", 33.34, 44.40, "city", 0.9, 10, 17)
    assert from_plain(Place | None, to_plain(place)) == place
    assert from_plain(Place | None, None) is None


def test_codec_is_compact_unicode_json() -> None:
    text = encode(DocumentError("ü.txt", "read", "no bytes"))
    assert text == '{"uri":"ü.txt","stage":"read","reason":"no bytes","source_id":null}'
    assert json.loads(text)["uri"] == "ü.txt"


def test_codec_fields_it_does_not_know_are_ignored() -> None:
    plain = {"uri": "a.txt", "stage": "read", "reason": "gone", "added_later": 1}
    assert from_plain(DocumentError, plain) == DocumentError("a.txt", "read", "gone")
