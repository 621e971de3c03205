"""The API's shared dependencies, through the real app: `create_app` over a real SQLite store
written from the store tests' records (whose events carry a tone, so the tone filters have
something to select), with probe routes added that use the dependencies as routes do."""

from __future__ import annotations

import dataclasses
import inspect
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from newsgraph.api import create_app
from newsgraph.api.deps import (
    ApiConfig,
    Config,
    EventFilters,
    ReadStore,
    WriteStore,
    event_filters,
    quote_filters,
)
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store
from newsgraph.store.filters import EVENT_FILTER_TABLE, QUOTE_FILTER_TABLE
from tests.api.api_helpers import Client
from tests.store.conftest import border_deal, sanctions, undated

QUERY_FILTERS = [f for f in EVENT_FILTER_TABLE if f.query]

# One query-string value per filter the API takes, and the events (by CAMEO code) it keeps.
# The store holds 057 and 190 (Iran, May 2024), 112 (United States, June 2024) and 195
# (Russian forces near Kharkiv, undated); 010 is flagged hypothetical and never shown.
SAMPLES: dict[str, tuple[str, set[str]]] = {
    "actor": ("military", {"190"}),
    "country": ("rus", {"195"}),
    "source_country": ("IRN", {"057", "190"}),
    "target_country": ("UKR", {"195"}),
    "cameo": ("05", {"057"}),
    "root": ("19", {"190", "195"}),
    "plover": ("accuse", {"112"}),
    "quad_class": ("4", {"190", "195"}),
    "since": ("2024-06", {"112"}),
    "until": ("2024-05-05", {"190"}),
    "place": ("IRQ", {"057"}),
    "text": ("drones", {"112"}),
    "min_tone": ("5", {"057"}),
    "max_tone": ("-10", {"190"}),
    "article_id": (undated().article.id, {"195"}),
}
SHOWN = {"057", "190", "112", "195"}


@pytest.fixture
def news_db(tmp_path: Path) -> Path:
    deal, sanction, shelling = border_deal(), sanctions(), undated()
    # "would announce new sanctions" is not a claim that something happened.
    flagged = tuple(dataclasses.replace(e, hypothetical=e.cameo == "010") for e in sanction.events)
    path = tmp_path / "news.db"
    with open_store(path) as store:
        store.write_document(
            "file:///news/wire.txt", "hash-wire", None, [deal, dataclasses.replace(sanction, events=flagged)]
        )
        store.write_document("file:///news/blog.html", "hash-blog", None, [shelling])
    return path


def probe_app(db: Path, *, read_only: bool = False) -> tuple[FastAPI, list[Store]]:
    """The real app, plus routes that hand back what the dependencies gave them."""
    app = create_app(db, read_only=read_only)
    opened: list[Store] = []

    @app.get("/probe/read")
    def read(store: ReadStore, cfg: Config) -> dict[str, Any]:
        opened.append(store)
        try:
            store.conn.execute("CREATE TABLE probe (x)")
            refused = ""
        except sqlite3.OperationalError as exc:
            refused = str(exc)
        return {
            "path": str(store.path),
            "read_only": store.read_only,
            "refused": refused,
            "events": len(store.events()),
        }

    @app.get("/probe/write")
    def write(store: WriteStore, cfg: Config) -> dict[str, Any]:
        opened.append(store)
        return {"read_only": store.read_only, "server_read_only": cfg.read_only, "db": cfg.settings.db}

    @app.get("/probe/filters")
    def filters(values: EventFilters) -> dict[str, Any]:
        return values

    return app, opened


def _cameos(client: Client, path: str, **params: str) -> set[str]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return {e["cameo"] for e in response.json()["items"]}


def test_deps_reader_opens_the_store_read_only_for_each_request(news_db: Path) -> None:
    app, opened = probe_app(news_db)
    client = Client(app)
    first = client.get("/probe/read").json()
    # Even on a server that takes writes, a read route cannot write: SQLite refuses.
    assert first["read_only"] is True and "readonly" in first["refused"]
    assert first["path"] == str(news_db) and first["events"] == len(SHOWN)
    client.get("/probe/read")
    assert len(opened) == 2 and opened[0] is not opened[1]
    for store in opened:  # closed once the request is answered
        with pytest.raises(sqlite3.ProgrammingError):
            store.conn.execute("SELECT 1")


def test_deps_writer_opens_the_store_for_writing_and_closes_it(news_db: Path) -> None:
    app, opened = probe_app(news_db)
    body = Client(app).get("/probe/write").json()
    assert body == {"read_only": False, "server_read_only": False, "db": str(news_db)}
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].conn.execute("SELECT 1")


def test_deps_writer_on_a_read_only_server_is_403_before_opening(news_db: Path) -> None:
    app, opened = probe_app(news_db, read_only=True)
    response = Client(app).get("/probe/write")
    assert response.status_code == 403
    assert response.json() == {
        "error": "read_only",
        "message": "this server is read-only (started with --read-only); it accepts no new documents",
    }
    assert opened == []
    assert Client(app).get("/probe/read").json()["read_only"] is True


def test_deps_config_is_the_apps_own() -> None:
    settings = Settings()
    a = ApiConfig(Path("a.db"), False, settings)
    b = ApiConfig(Path("b.db"), True, settings)
    # Each app queues its own ingests.
    assert a.ingest_lock is not b.ingest_lock
    assert a.ingest_lock.acquire(blocking=False) and not a.ingest_lock.acquire(blocking=False)


def test_deps_event_filters_signature_is_made_from_the_table() -> None:
    params = inspect.signature(event_filters).parameters
    assert list(params) == [f.name for f in QUERY_FILTERS]
    assert "include_hypothetical" not in params
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is None for p in params.values())


def test_deps_quote_filters_signature_is_made_from_the_quote_table() -> None:
    params = inspect.signature(quote_filters).parameters
    assert list(params) == [f.name for f in QUOTE_FILTER_TABLE]
    assert quote_filters(speaker="", direct=False, since=None) == {"direct": False}


def test_deps_event_filters_drop_values_not_given() -> None:
    assert event_filters(actor="", country=None, root="03", quad_class=4) == {"root": "03", "quad_class": 4}
    assert event_filters() == {}


def test_deps_event_filters_are_documented_query_parameters(news_db: Path) -> None:
    schema = Client(create_app(news_db)).get("/openapi.json").json()
    params = {p["name"]: p for p in schema["paths"]["/api/v1/events"]["get"]["parameters"]}
    assert set(params) == {f.name for f in QUERY_FILTERS} | {"limit", "cursor"}
    for f in QUERY_FILTERS:
        p = params[f.name]
        shape = next(s for s in p["schema"]["anyOf"] if s["type"] != "null")
        assert p["in"] == "query" and not p["required"] and p["description"] == f.help, f.name
        assert shape["type"] == {str: "string", int: "integer", float: "number"}[f.kind], f.name
        assert (shape.get("pattern"), shape.get("maxLength")) == (f.pattern, f.max_length), f.name
        assert (shape.get("minimum"), shape.get("maximum")) == (f.low, f.high), f.name
        assert p["schema"].get("examples") == ([f.example] if f.example else None), f.name
    # Every route that takes EventFilters lists the same parameters.
    for path in ("/api/v1/stats/timeline", "/api/v1/stats/network", "/api/v1/export/{table}.{fmt}"):
        names = {p["name"] for p in schema["paths"][path]["get"]["parameters"]}
        assert {f.name for f in QUERY_FILTERS} <= names, path


def test_deps_each_event_filter_is_accepted_and_filters(news_db: Path) -> None:
    # A filter added to the table needs a sample here.
    assert set(SAMPLES) == {f.name for f in QUERY_FILTERS}
    client = Client(create_app(news_db))
    assert _cameos(client, "/api/v1/events") == SHOWN
    for name, (value, expected) in SAMPLES.items():
        assert _cameos(client, "/api/v1/events", **{name: value}) == expected, name


def test_deps_event_filters_reach_the_route_typed(news_db: Path) -> None:
    app, _ = probe_app(news_db)
    given = {"root": "03", "quad_class": "4", "min_tone": "-2.5", "actor": "", "plover": "AGREE"}
    assert Client(app).get("/probe/filters", params=given).json() == {
        "root": "03",
        "quad_class": 4,
        "min_tone": -2.5,
        "plover": "AGREE",
    }


def test_deps_empty_and_unknown_parameters_set_no_filter(news_db: Path) -> None:
    client = Client(create_app(news_db))
    assert _cameos(client, "/api/v1/events", actor="", text="", plover="") == SHOWN
    # The hypothetical flag is no query parameter: the API shows claims only.
    assert _cameos(client, "/api/v1/events", include_hypothetical="true") == SHOWN


def test_deps_filters_apply_to_the_timeline_and_network(news_db: Path) -> None:
    client = Client(create_app(news_db))
    days = client.get("/api/v1/stats/timeline", params={"source_country": "IRN"}).json()["items"]
    assert [(d["day"], d["total"]) for d in days] == [("2024-05-04", 1), ("2024-05-06", 1)]
    edges = client.get("/api/v1/stats/network", params={"target_country": "IRQ"}).json()["edges"]
    assert [(e["source"], e["target"], e["events"]) for e in edges] == [("IRNGOV", "IRQ", 1)]


def _bad_value(name: str) -> str:
    f = next(f for f in QUERY_FILTERS if f.name == name)
    if f.high is not None:
        return str(f.high + 1)
    if f.pattern is not None:
        return "x!"
    assert f.max_length is not None
    return "x" * (f.max_length + 1)


@pytest.mark.parametrize("name", [f.name for f in QUERY_FILTERS])
def test_deps_bad_value_is_400_naming_the_parameter(news_db: Path, name: str) -> None:
    response = Client(create_app(news_db)).get("/api/v1/events", params={name: _bad_value(name)})
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "invalid_query"
    assert body["message"].startswith(f"{name}: "), body


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"quad_class": "many"}, "quad_class: Input should be a valid integer"),
        ({"min_tone": "high"}, "min_tone: Input should be a valid number"),
        # The right shape, but no such day: the store's own check answers.
        ({"since": "2025-02-30"}, "invalid date '2025-02-30' for since"),
        ({"until": "2023-02-29"}, "invalid date '2023-02-29' for until"),
    ],
)
def test_deps_values_of_the_wrong_kind_are_400(news_db: Path, params: dict[str, str], message: str) -> None:
    response = Client(create_app(news_db)).get("/api/v1/events", params=params)
    assert response.status_code == 400
    assert response.json()["message"].startswith(message)
