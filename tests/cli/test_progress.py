"""The progress bar: items pass through unchanged and in order, on a terminal or not."""

from __future__ import annotations

from newsgraph.cli.progress import tracked
from newsgraph.model import DocumentError


def test_progress_items_pass_through_unchanged() -> None:
    items: list[object] = [1, DocumentError(uri="a.txt", stage="read", reason="empty file"), 3]
    assert list(tracked(iter(items), "reading")) == items  # not a terminal: no bar at all
    assert list(tracked(iter(items), "reading", force=True)) == items
