"""Fixtures for the understand tests: a module's own sentences parsed once for all its tests."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc


@pytest.fixture(scope="module")
def doc(nlp: Any, request: pytest.FixtureRequest) -> Doc:
    """The test module's TEXT (sentences written for it), parsed by the real model once."""
    parsed: Doc = nlp(request.module.TEXT)
    return parsed
