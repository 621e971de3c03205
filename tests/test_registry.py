from __future__ import annotations

import pytest

from newsgraph import registry
from newsgraph.errors import UsageError


def test_registry_builtin_readers_are_registered_by_name() -> None:
    assert {"text", "html", "rss", "jsonl", "warc"} <= set(registry.names("sources"))


def test_registry_extension_registers_like_a_builtin() -> None:
    @registry.register("sources", "test-only-reader")
    def reader() -> str:
        return "ok"

    assert registry.get("sources", "test-only-reader")() == "ok"


def test_registry_unknown_name_lists_known_ones() -> None:
    with pytest.raises(UsageError, match=r"no sources named 'nope'; known: .*text"):
        registry.get("sources", "nope")
