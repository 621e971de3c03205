"""One registry for readers, exporters and eval scorers, used by built-ins and extensions alike.

The stages are not in it: `pipeline.py` calls each one by name, in its fixed order.

`register("sources", "rss")(func)` adds a component; `get("sources", "rss")` finds it.
Built-in modules register themselves on import; `load_builtins()` imports them. Third-party
packages may add theirs through the `newsgraph.plugins` entry point group, whose modules
register on import the same way.

The built-ins are named as strings, not imported: this module is in the bottom layer and the
readers, exporters and scorers it names sit above it, so, like a plugin, each depends on the
registry and never the other way (docs/architecture.md, "Layers").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any, TypeVar

from newsgraph.errors import UsageError

F = TypeVar("F", bound=Callable[..., Any])

_REGISTRY: dict[str, dict[str, Callable[..., Any]]] = {}
_BUILTINS = (
    "newsgraph.sources.text",
    "newsgraph.sources.html",
    "newsgraph.sources.feed",
    "newsgraph.sources.jsonl",
    "newsgraph.sources.warc",
    "newsgraph.store.export",
    "newsgraph.evaluate.html",
    "newsgraph.evaluate.seed",
    "newsgraph.evaluate.plover",
    "newsgraph.evaluate.petrarch",
    "newsgraph.evaluate.events_news",
    "newsgraph.evaluate.quotes",
    "newsgraph.evaluate.conll",
    "newsgraph.evaluate.actors_news",
)
_loaded = False


def register(kind: str, name: str) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        _REGISTRY.setdefault(kind, {})[name] = func
        return func

    return decorate


def load_builtins() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in _BUILTINS:
        importlib.import_module(module)
    for ep in entry_points(group="newsgraph.plugins"):
        ep.load()


def get(kind: str, name: str) -> Callable[..., Any]:
    load_builtins()
    try:
        return _REGISTRY[kind][name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY.get(kind, {})))
        raise UsageError(f"no {kind} named {name!r}; known: {known}") from None


def names(kind: str) -> list[str]:
    load_builtins()
    return sorted(_REGISTRY.get(kind, {}))
