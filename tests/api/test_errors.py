"""GET /api/v1/errors lists the failures the store recorded."""

from __future__ import annotations

from pathlib import Path

from newsgraph.api import create_app
from newsgraph.model import DocumentError
from newsgraph.store import open_store
from tests.api.api_helpers import Client


def test_errors_route_lists_stored_failures_with_paging(db_path: Path) -> None:
    with open_store(db_path) as store:
        for n in range(3):
            store.write_error(DocumentError(f"wire.jsonl:{n + 1}", "read", f"invalid JSON at column {n}"))
        store.write_error(DocumentError("page.html", "extract", "no article text in HTML"))
    client = Client(create_app(db_path))
    page = client.get("/api/v1/errors?stage=read&limit=2").json()
    assert len(page["items"]) == 2 and page["next_offset"] == 2
    assert {i["stage"] for i in page["items"]} == {"read"}
    rest = client.get("/api/v1/errors?stage=read&limit=2&offset=2").json()
    assert len(rest["items"]) == 1 and rest["next_offset"] is None
    [html] = client.get("/api/v1/errors?uri=page.html").json()["items"]
    assert html["reason"] == "no article text in HTML" and html["count"] == 1


def test_errors_route_rejects_a_bad_limit(client: Client) -> None:
    assert client.get("/api/v1/errors?limit=0").status_code == 400
