"""Token, SQL injection and path traversal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.api import create_app
from tests.api.api_helpers import Client
from tests.api.api_sample import article_ids

TOKEN = "s3cret-token-for-tests"

INJECTIONS = [
    "' OR '1'='1",
    "'; DROP TABLE events; --",
    "Robert'); DROP TABLE articles;--",
    "1 UNION SELECT sql, 1, 1 FROM sqlite_master --",
    "%",
    "_",
    "\\",
    '" OR ""="',
    "FIN' --",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃",
]


def _api_routes(client: Client) -> list[tuple[str, str]]:
    """Every documented /api operation, with its path parameters filled in."""
    out = []
    for template, operations in client.get("/openapi.json").json()["paths"].items():
        if template.startswith("/api/"):
            path = (
                template.replace("{table}.{fmt}", "events.csv")
                .replace("{article_id}", article_ids()["radar"])
                .replace("{story_id}", "1")
            )
            assert "{" not in path, template
            out += [(method.upper(), path) for method in operations]
    return sorted(out)


@pytest.fixture
def locked(db_path: Path) -> Client:
    return Client(create_app(db_path, token=TOKEN))


def test_security_every_api_route_needs_the_token(locked: Client) -> None:
    routes = _api_routes(locked)
    assert len(routes) >= 13
    for method, path in routes:
        for headers in (
            {},
            {"Authorization": "Bearer wrong"},
            {"Authorization": f"Basic {TOKEN}"},
            {"Authorization": "Bearer "},
        ):
            response = locked.request(
                method, path, headers=headers, content=b"text" if method == "POST" else None
            )
            assert response.status_code == 401, (method, path, headers)
            assert response.json()["error"] == "unauthorized"
            assert response.headers["www-authenticate"].startswith("Bearer")
    # Unknown /api paths too: no probing what exists without the token.
    assert locked.get("/api/v1/no-such-route").status_code == 401


def test_security_token_opens_every_read_route(locked: Client) -> None:
    for method, path in _api_routes(locked):
        if method == "GET":
            response = locked.get(path, params={"q": "radar"}, headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code == 200, path


def test_security_ui_loads_without_the_token(locked: Client) -> None:
    assert locked.get("/").status_code == 200
    assert locked.get("/static/app.js").status_code == 200
    assert locked.get("/openapi.json").json()["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"


def test_security_injection_strings_are_bound_not_run(client: Client, db_path: Path) -> None:
    routes = {
        "/api/v1/events": ["actor", "place", "text", "plover", "article_id", "cursor"],
        "/api/v1/articles": ["actor", "agency", "language"],
        "/api/v1/quotes": ["speaker", "text", "article_id"],
        "/api/v1/actors": ["name"],
        "/api/v1/search": ["q"],
        "/api/v1/stats/timeline": ["actor", "text"],
        "/api/v1/stats/network": ["actor", "place"],
    }
    for path, names in routes.items():
        for name in names:
            for value in INJECTIONS:
                response = client.get(path, params={name: value})
                assert response.status_code in (200, 400), (path, name, value, response.text)
                if response.status_code == 200:
                    body = response.json()
                    items = body.get("items", body.get("edges", []))
                    # LIKE wildcards are taken literally: "%" or "_" alone matches nothing here.
                    assert items == [], (path, name, value)
    for value in INJECTIONS:
        assert client.get(f"/api/v1/articles/{value}").status_code in (404, 400)
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 4
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 3
    conn.close()


@pytest.mark.parametrize(
    "path",
    [
        "/static/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
        "/static/..%2f..%2f..%2fpyproject.toml",
        "/static/%2e%2e%2fapp.py",
        "/static/../app.py",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "/api/v1/export/..%2f..%2fetc%2fpasswd.csv",
        "/api/v1/export/events.csv%2f..%2f..%2fpasswd",
        "/api/v1/export/%2e%2e.csv",
        "/api/v1/export/events.%2e%2e",
        "/api/v1/articles/..%2f..%2fetc%2fpasswd",
    ],
)
def test_security_path_traversal_is_refused(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code in (400, 404), response.text
    assert (
        "root:" not in response.text
        and "[project]" not in response.text
        and "create_app" not in response.text
    )


def test_security_writes_from_another_origin_are_refused(db_path: Path) -> None:
    c = Client(create_app(db_path, read_only=True))
    for origin in ("http://evil.example", "http://127.0.0.1:9999", "null"):
        response = c.post(
            "/api/v1/ingest", content=b"text", headers={"Origin": origin, "content-type": "text/plain"}
        )
        assert response.status_code == 403 and response.json()["error"] == "cross_origin", origin
    same = c.post(
        "/api/v1/ingest",
        content=b"text",
        headers={"Origin": "http://testserver", "content-type": "text/plain"},
    )
    assert same.json()["error"] == "read_only"  # past the origin check, stopped by read-only
    assert (
        c.get("/api/v1/stats", headers={"Origin": "http://evil.example"}).status_code == 200
    )  # reads are not writes


def test_security_host_header_is_checked_when_bound_to_loopback(db_path: Path) -> None:
    c = Client(create_app(db_path, allowed_hosts=("127.0.0.1", "localhost", "::1")))
    for host in ("127.0.0.1:8000", "localhost:8000", "[::1]:8000", "LOCALHOST"):
        assert c.get("/api/v1/stats", headers={"Host": host}).status_code == 200, host
    for host in ("evil.example", "evil.example:8000", "127.0.0.1.evil.example"):
        response = c.get("/", headers={"Host": host})
        assert response.status_code == 403 and response.json()["error"] == "cross_origin", host
