"""newsgraph: raw news in, articles, actors, events, quotes, places and dates out.

    import newsgraph
    store = newsgraph.open("news.db")
    newsgraph.ingest(store, ["examples/"])
    store.events(country="IRN", root="03")
"""

from __future__ import annotations

from pathlib import Path

# `ingest` the function stands for `newsgraph.ingest` the module here: the module stays
# importable by its full name (`from newsgraph.ingest import IngestReport`).
from newsgraph.ingest import ingest
from newsgraph.store import Store, open_store

__version__ = "0.1.0"
__all__ = ["Store", "__version__", "ingest", "open"]


def open(path: str | Path = "newsgraph.db", *, read_only: bool = False) -> Store:
    """Open (creating if needed) a newsgraph store: a single SQLite file."""
    return open_store(path, read_only=read_only)
