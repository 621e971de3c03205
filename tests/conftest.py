"""Shared fixtures. Tests that read ../shared skip when it is absent, except in CI, where
NEWSGRAPH_REQUIRE_SHARED=1 turns the skip into a failure so nothing passes by not running."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DATA = Path(__file__).resolve().parent / "data"


def _shared() -> Path | None:
    env = os.environ.get("NEWSGRAPH_SHARED")
    for candidate in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        if (candidate / "eval").is_dir():
            return candidate
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    found = _shared()
    if found is None:
        if os.environ.get("NEWSGRAPH_REQUIRE_SHARED") == "1":
            pytest.fail("../shared is required (NEWSGRAPH_REQUIRE_SHARED=1) but was not found")
        pytest.skip("../shared not present")
    return found


@pytest.fixture(scope="session")
def seed_path(shared: Path) -> Path:
    return shared / "seeds" / "000_2952ecd4a817a783.txt"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def nlp(settings: Settings):  # type: ignore[no-untyped-def]
    """The real spaCy model with newsgraph's gazetteer patterns, loaded once per test session."""
    from newsgraph.parse.nlp import load_nlp

    try:
        from newsgraph.understand.actors.ruler import gazetteer_patterns

        patterns = gazetteer_patterns(settings)
    except ImportError:
        patterns = []
    return load_nlp(settings, patterns)
