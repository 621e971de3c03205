"""The exported shape of store tables: named columns with kinds, read in a stable order with
booleans, name lists and span lists decoded the same way for every export format."""

from __future__ import annotations

import pytest

from newsgraph.errors import InvalidQuery
from newsgraph.store import Store
from newsgraph.store.tables import TABLES, iter_rows, table


def test_tables_every_table_has_a_day_and_an_article() -> None:
    assert set(TABLES) == {"events", "articles", "quotes", "entities", "places", "dates"}
    for name, tbl in TABLES.items():
        assert "day" in tbl.names, name
        assert ("id" if name == "articles" else "article_id") in tbl.names, name
        assert len(set(tbl.names)) == len(tbl.names), name


def test_tables_unknown_table_names_the_known_ones() -> None:
    assert table("events") is TABLES["events"]
    with pytest.raises(InvalidQuery, match="unknown table 'colours'; known: events, articles"):
        table("colours")


def test_tables_rows_come_in_column_order_with_decoded_kinds(filled: Store) -> None:
    tbl = table("entities")
    rows = [dict(zip(tbl.names, row, strict=True)) for row in iter_rows(filled, tbl)]
    assert [r["name"] for r in rows] == [
        "Iranian government",
        "Iraq",
        "Iranian military",
        "United States",
        "Iran",
    ]
    assert rows[0]["aliases"] == ["Tehran"] and rows[1]["aliases"] == []
    assert rows[0]["day"] == "2024-05-06" and rows[0]["n_mentions"] == 2


def test_tables_booleans_and_spans_decode(filled: Store) -> None:
    quotes = table("quotes")
    (quote,) = (dict(zip(quotes.names, row, strict=True)) for row in iter_rows(filled, quotes))
    assert quote["direct"] is True and quote["rejected"] is False
    assert quote["via"] == ["Reuters"]
    assert all(isinstance(piece, list) and len(piece) == 2 for piece in quote["spans"])
    events = table("events")
    flags = [row[events.names.index("hypothetical")] for row in iter_rows(filled, events)]
    assert flags == [False] * 5 and all(type(flag) is bool for flag in flags)  # not SQLite's 0


def test_tables_rows_ordered_by_day_when_asked(filled: Store) -> None:
    events = table("events")
    day = events.names.index("day")
    days = [row[day] for row in iter_rows(filled, events, order_by_day=True, batch=2)]
    assert days == sorted(days) and len(days) == 5


def test_tables_event_filters_apply_to_events_only(filled: Store) -> None:
    events = table("events")
    cameo = events.names.index("cameo")
    assert [row[cameo] for row in iter_rows(filled, events, where={"country": "IRN", "root": "19"})] == [
        "190"
    ]
    with pytest.raises(InvalidQuery, match="events table only"):
        list(iter_rows(filled, table("places"), where={"country": "IRN"}))
    with pytest.raises(InvalidQuery):
        list(iter_rows(filled, events, where={"colour": "red"}))


def test_tables_places_and_dates_say_their_block_and_places_their_geo_type(filled: Store) -> None:
    # A user keeps or drops what came from captions or datelines; GDELT's geo type of a city is 4 outside the US.
    places = table("places")
    rows = [dict(zip(places.names, row, strict=True)) for row in iter_rows(filled, places)]
    baghdad = next(r for r in rows if r["name"] == "Baghdad")
    assert (baghdad["geo_type"], baghdad["block"]) == (4, "paragraph")
    kharkiv = next(r for r in rows if r["name"] == "Kharkiv")
    assert kharkiv["block"] == "paragraph"
    dates = table("dates")
    (monday,) = (dict(zip(dates.names, row, strict=True)) for row in iter_rows(filled, dates))
    assert monday["text"] == "Monday" and monday["block"] in ("title", "paragraph")
