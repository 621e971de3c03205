"""Fixtures the blind wire-lead sets share."""

from __future__ import annotations

import pytest

from newsgraph.settings import Settings

from .test_wire_blind import Tuple, code_all


@pytest.fixture(scope="module")
def coded(request: pytest.FixtureRequest, settings: Settings) -> dict[str, set[Tuple]]:
    """The requesting set's `CASES`, each coded once through the user's path."""
    return code_all(settings, request.module.CASES)
