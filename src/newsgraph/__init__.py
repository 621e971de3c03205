"""newsgraph: raw news in, articles, actors, events, quotes, places and dates out.

    import newsgraph
    store = newsgraph.open("news.db")
    newsgraph.ingest(store, ["examples/"])
    store.events(country="IRN", root="03")
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgraph.store import Store, open_store

if TYPE_CHECKING:
    from newsgraph.ingestion import ingest

__version__ = "0.1.0"
__all__ = ["Store", "__version__", "ingest", "open"]


def open(path: str | Path = "newsgraph.db", *, read_only: bool = False) -> Store:
    """Open (creating if needed) a newsgraph store: a single SQLite file."""
    return open_store(path, read_only=read_only)


def __getattr__(name: str) -> Any:
    # `newsgraph.ingest` loads the pipeline, and with it spaCy and the stages, on first use:
    # `import newsgraph` (and `import newsgraph.store`, which imports this package first)
    # stays light for readers of a store.
    if name == "ingest":
        from newsgraph.ingestion import ingest

        return ingest
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")
