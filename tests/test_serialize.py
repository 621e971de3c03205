"""The one JSON shape per record kind: `plain` for records without their own function, and the
stored event and quote shapes the CLI and the API both print."""

from __future__ import annotations

import datetime as dt
from dataclasses import MISSING, fields

from newsgraph.serialize import plain, stored_event_dict, stored_quote_dict
from newsgraph.store.records import Mark, StoredEvent, StoredQuote


def _event(**changes: object) -> StoredEvent:
    base: dict[str, object] = {f.name: None for f in fields(StoredEvent) if f.default is MISSING}
    base.update(id=17, article_id="a1", seq=0, day="2025-03-04", date_precision="day", source_code="FIN",
                source_country="FIN", source_role="", target_code="", target_country="", target_role="",
                cameo="057", base_code="057", root="05", goldstein=8.0, quad_class=1, negated=False,
                hypothetical=False, confidence=0.8, evidence_start=10, evidence_end=40,
                evidence_text="Finland and Estonia agreed.", place_name="Tallinn", article_source="upload:x.txt")  # fmt: skip
    base.update(changes)
    return StoredEvent(**base)  # type: ignore[arg-type]


def test_serialize_plain_turns_records_dates_and_tuples_into_json_values() -> None:
    mark = Mark(1, 4, "entity", "FIN", "e1")
    assert plain((mark,)) == [{"start": 1, "end": 4, "kind": "entity", "label": "FIN", "ref": "e1"}]
    assert plain({"when": dt.date(2025, 3, 4), "at": (dt.datetime(2025, 3, 4, 9, 30),)}) == {
        "when": "2025-03-04",
        "at": ["2025-03-04T09:30:00"],
    }


def test_serialize_stored_event_has_every_column_and_the_documented_fields() -> None:
    event = _event()
    row = stored_event_dict(event)
    assert [f.name for f in fields(StoredEvent)] == list(row)[: len(fields(StoredEvent))]
    assert row["place"] == "Tallinn"
    assert row["evidence"] == {"text": "Finland and Estonia agreed.", "start": 10, "end": 40}
    assert row["cursor"] == "2025-03-04~17" == event.cursor


def test_serialize_stored_quote_names_speaker_and_via_with_codes() -> None:
    quote = StoredQuote(5, "a1", 0, "We will not.", True, 0, 12, "Sanna Virtanen", "FINGOV", "e1", "Virtanen",
                        20, 28, "said", ("Yle",), False, None, None, "2025-03-04", via_codes=("FINMED",),
                        spans=((0, 12),))  # fmt: skip
    row = stored_quote_dict(quote)
    assert row["speaker"] == {"name": "Sanna Virtanen", "code": "FINGOV"}
    assert row["via"] == [{"name": "Yle", "code": "FINMED"}]
    assert row["spans"] == [[0, 12]]
    assert stored_quote_dict(StoredQuote(**{**plain(quote), "speaker_name": None}))["speaker"] is None
