"""The records store queries return: frozen, JSON-ready through dataclasses.asdict, with the
derived values their readers use (an event's paging cursor, a timeline day's total)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from newsgraph.store import Store
from newsgraph.store.records import StoredEvent, TimelinePoint


def test_records_stored_event_cursor_pages_after_it(filled: Store) -> None:
    events = filled.events()
    assert all(isinstance(e, StoredEvent) for e in events)
    first = events[0]
    assert first.cursor == f"{first.day}~{first.id}"
    assert filled.events(cursor=first.cursor) == events[1:]


def test_records_are_frozen_and_json_ready(filled: Store) -> None:
    event = filled.events()[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.cameo = "190"  # type: ignore[misc]
    quote = filled.quotes()[0]
    for record in (event, quote, filled.actors()[0], filled.stats()):
        plain = json.loads(json.dumps(dataclasses.asdict(record)))  # raises on anything not JSON
        assert plain == {f.name: plain[f.name] for f in dataclasses.fields(record)}
    assert json.loads(json.dumps(dataclasses.asdict(quote)))["via"] == ["Reuters"]


def test_records_events_outside_a_story_count_themselves_once(filled: Store) -> None:
    for event in filled.events():
        assert (event.num_mentions, event.num_articles, event.num_sources) == (1, 1, 1)


def test_records_timeline_point_total_adds_the_four_quad_classes(filled: Store) -> None:
    assert TimelinePoint("2024-05-06", 1, 2, 3, 4).total == 10
    assert sum(point.total for point in filled.timeline()) == 4  # the dated events


def test_records_article_view_tone_is_the_articles(filled: Store) -> None:
    article_id = filled.events()[0].article_id
    view = filled.article(article_id)
    assert view.tone == view.analysis.tone is not None
    assert list(view.marks) == sorted(view.marks, key=lambda m: (m.start, -(m.end - m.start)))
