from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from fastapi import APIRouter

from newsgraph.api import create_app
from newsgraph.errors import NotFound, StoreError
from tests.api.api_helpers import Client


def test_app_index_and_static_files_are_served(client: Client) -> None:
    index = client.get("/")
    assert index.status_code == 200 and index.headers["content-type"].startswith("text/html")
    assert '<script type="module" src="/static/app.js"></script>' in index.text
    for name, kind in (("app.js", "javascript"), ("style.css", "text/css"), ("reader.js", "javascript")):
        response = client.get(f"/static/{name}")
        assert response.status_code == 200 and kind in response.headers["content-type"], name


def test_app_openapi_schema_covers_every_route_with_examples(client: Client) -> None:
    schema = client.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert paths >= {
        "/api/v1/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/events",
        "/api/v1/quotes",
        "/api/v1/actors",
        "/api/v1/search",
        "/api/v1/stats",
        "/api/v1/stats/timeline",
        "/api/v1/stats/network",
        "/api/v1/ingest",
        "/api/v1/export/{table}.{fmt}",
    }
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            assert op.get("summary"), (method, path)
            assert "200" in op["responses"], (method, path)
    event = schema["components"]["schemas"]["EventOut"]["properties"]
    assert event["cameo"]["examples"] == ["057"]
    assert "multipart/form-data" in schema["paths"]["/api/v1/ingest"]["post"]["requestBody"]["content"]


def test_app_unknown_route_and_method_use_the_error_shape(client: Client) -> None:
    missing = client.get("/api/v1/nothing-here")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    wrong = client.request("DELETE", "/api/v1/events")
    assert wrong.status_code == 405 and wrong.json()["error"] == "method_not_allowed"
    assert wrong.headers["allow"] == "GET"


def test_app_internal_error_hides_details(db_path: Path) -> None:
    app = create_app(db_path)
    router = APIRouter()

    @router.get("/api/v1/boom")
    def boom() -> None:
        raise RuntimeError("secret /etc/path and SELECT * FROM articles")

    app.include_router(router)
    response = Client(app, raise_app_exceptions=False).get("/api/v1/boom")
    assert response.status_code == 500
    assert response.json() == {"error": "error", "message": "internal error; see the server log"}


def test_app_store_errors_map_to_status(db_path: Path) -> None:
    app = create_app(db_path)
    router = APIRouter()

    @router.get("/api/v1/gone")
    def gone() -> None:
        raise NotFound("nothing here")

    @router.get("/api/v1/broken")
    def broken() -> None:
        raise StoreError("disk on fire")

    app.include_router(router)
    c = Client(app, raise_app_exceptions=False)
    assert c.get("/api/v1/gone").json() == {"error": "not_found", "message": "nothing here"}
    response = c.get("/api/v1/broken")
    assert response.status_code == 500 and response.json()["error"] == "store"


def test_app_creates_a_missing_store_unless_read_only(tmp_path: Path) -> None:
    path = tmp_path / "new" / "store.db"
    Client(create_app(path)).get("/api/v1/stats").raise_for_status()
    assert path.is_file()
    with pytest.raises(NotFound):
        create_app(tmp_path / "absent.db", read_only=True)


def test_app_read_only_refuses_ingest_but_reads(db_path: Path) -> None:
    c = Client(create_app(db_path, read_only=True))
    response = c.post("/api/v1/ingest", content=b"Some news text.", headers={"content-type": "text/plain"})
    assert response.status_code == 403
    assert response.json()["error"] == "read_only"
    assert c.get("/api/v1/stats").json()["articles"] == 3


def test_app_body_over_limit_is_413(db_path: Path) -> None:
    c = Client(create_app(db_path, max_body_bytes=1000))
    declared = c.post("/api/v1/ingest", content=b"x" * 1001, headers={"content-type": "text/plain"})
    assert declared.status_code == 413
    assert declared.json()["error"] == "too_large"
    assert "1000" in declared.json()["message"]

    async def chunks() -> AsyncIterator[
        bytes
    ]:  # no Content-Length: the limit holds while the body streams in
        for _ in range(20):
            yield b"y" * 100

    streamed = c.post("/api/v1/ingest", content=chunks(), headers={"content-type": "text/plain"})
    assert streamed.status_code == 413 and streamed.json()["error"] == "too_large"
    form = c.post("/api/v1/ingest", files={"file": ("big.txt", b"z" * 5000, "text/plain")})
    assert form.status_code == 413
