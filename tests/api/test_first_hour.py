"""What the UI needs from the API to say what it promises: offline docs and favicon, date
precision on the timeline, QuadClass on network edges, story actors by mentions, and why an
article was not analysed. Over the hand-made store of tests/e2e/ui_sample.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.api import create_app
from tests.api.api_helpers import Client
from tests.e2e.ui_sample import FRENCH_TITLE, ui_sample_db


@pytest.fixture(scope="module")
def ui(tmp_path_factory: pytest.TempPathFactory) -> Client:
    return Client(create_app(ui_sample_db(tmp_path_factory.mktemp("ui"))))


def test_docs_load_every_asset_from_this_server(ui: Client) -> None:
    page = ui.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") for s in sources), sources
    for source in sources:
        answer = ui.get(source)
        assert answer.status_code == 200, source
    assert "swagger-ui-bundle.js" in page.text


def test_favicon_is_served(ui: Client) -> None:
    answer = ui.get("/favicon.ico")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("image/svg+xml")
    assert 'rel="icon"' in ui.get("/").text


def test_map_assets_are_bundled_with_their_licences(ui: Client) -> None:
    for name in (
        "d3-geo.min.js",
        "d3-array.min.js",
        "topojson-client.min.js",
        "countries-110m.json",
        "LICENSES.md",
    ):
        assert ui.get(f"/static/vendor/{name}").status_code == 200, name
    world = ui.get("/static/vendor/countries-110m.json").json()
    assert len(world["objects"]["countries"]["geometries"]) > 170
    countries = ui.get("/api/v1/reference/countries").json()["items"]
    assert next(c for c in countries if c["iso3"] == "POL")["numeric"] == "616"


def test_timeline_keeps_month_precision_apart(ui: Client) -> None:
    items = ui.get("/api/v1/stats/timeline").json()["items"]
    month = [p for p in items if p["precision"] == "month"]
    assert [(p["day"], p["total"]) for p in month] == [("2025-02-01", 1)]
    assert all(p["precision"] == "day" for p in items if p not in month)


def test_network_edges_carry_their_quad_class(ui: Client) -> None:
    edges = {(e["source"], e["target"]): e for e in ui.get("/api/v1/stats/network").json()["edges"]}
    assert edges[("POL", "UKR")]["quad_class"] == 1
    assert edges[("POL", "BLR")]["quad_class"] == 4
    assert (
        edges[("BLR", "POL")]["quad_class"] == 3
    )  # one QuadClass 1, one QuadClass 3: the tie goes to conflict


def test_story_actors_ranked_by_mentions(ui: Client) -> None:
    stories = ui.get("/api/v1/stories").json()["items"]
    harbour = next(s for s in stories if "Dredging" in (s["label"] or ""))
    assert harbour["actors"][0] == "Dana Whitfield"


def test_articles_say_why_they_were_not_analysed(ui: Client) -> None:
    items = ui.get("/api/v1/articles", params={"limit": 50}).json()["items"]
    french = next(a for a in items if a["title"] == FRENCH_TITLE)
    assert french["language"] == "fr" and french["skipped"] == "language fr is not analysed"
    assert ui.get("/api/v1/stats").json()["analysed_languages"] == ["en"]


def test_ui_doc_shows_every_view_and_the_browser_tests_take_them() -> None:
    root = Path(__file__).resolve().parents[2]
    doc = (root / "docs" / "ui.md").read_text(encoding="utf-8")
    tests = "".join(p.read_text(encoding="utf-8") for p in (root / "tests" / "e2e").glob("test_*.py"))
    for view in ("article", "events", "timeline", "network", "map", "stories", "docs"):
        assert f"](img/ui-{view}.png)" in doc, view
        assert f'"ui-{view}.png"' in tests, view
    assert "NEWSGRAPH_SCREENSHOTS=1 python -m pytest tests/e2e -m browser" in doc
