"""Property-based tests over the OpenAPI schema (schemathesis): generated requests for every
route and parameter, bounded to a few examples each, must never produce a 500 and must
answer as the schema says (status codes, content types, response bodies)."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from newsgraph.api import create_app
from tests.api.api_sample import write_sample


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> schemathesis.BaseSchema:
    path: Path = tmp_path_factory.mktemp("schema") / "sample.db"
    write_sample(path).close()
    # Read-only: generated bodies for POST /ingest are answered 403 (documented) instead of
    # each loading the language model; tests/api/test_ingest.py covers ingest itself.
    app = create_app(path, read_only=True)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_schema_routes_answer_as_documented(case: schemathesis.Case) -> None:
    # positive_data_acceptance is left out on purpose: some schema-valid values are still
    # rightly refused with 400, and JSON Schema cannot say so (2025-02-30 matches the date
    # pattern; a full-text query can be a valid string and invalid FTS5 syntax).
    case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])
