"""The store: one SQLite file every interface reads. See docs/store.md."""

from __future__ import annotations

from newsgraph.store.sqlite import DEFAULT_PATH, Store, open_store

__all__ = ["DEFAULT_PATH", "Store", "open_store"]
