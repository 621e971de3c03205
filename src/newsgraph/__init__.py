"""newsgraph: raw news in, articles, actors, events, quotes, places and dates out.

    import newsgraph
    store = newsgraph.open("news.db")
    store.ingest(["examples/"])
    store.events(country="IRN", root="03")
"""

from __future__ import annotations

from pathlib import Path

from newsgraph.store import Store

__version__ = "0.1.0"
__all__ = ["Store", "__version__", "open"]


def open(path: str | Path = "newsgraph.db", *, read_only: bool = False) -> Store:
    """Open (creating if needed) a newsgraph store: a single SQLite file."""
    from newsgraph.store import open_store

    return open_store(path, read_only=read_only)
