"""Fixtures the quote construction sets share."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import load_actor_dictionary


@pytest.fixture(scope="session")
def dictionary(settings: Settings) -> Any:
    """The built-in actor dictionary, loaded once: speakers are coded with it."""
    return load_actor_dictionary(settings)
