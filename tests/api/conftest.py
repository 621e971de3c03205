"""Fixtures for the API tests: a real SQLite store in tmp_path and an in-process client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.api import create_app
from tests.api.api_helpers import Client
from tests.api.api_sample import write_sample


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "sample.db"
    write_sample(path).close()
    return path


@pytest.fixture
def client(db_path: Path) -> Iterator[Client]:
    yield Client(create_app(db_path))


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    return tmp_path / "empty.db"
