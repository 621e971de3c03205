"""Each chart view and /docs in real headless Chromium over the hand-made store of ui_sample.py
(no language model): open the view, wait for its data, check the drawing in the DOM, and keep a
screenshot (see conftest.py for where they go)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.ui_helpers import assert_apart, boxes, open_view, serving
from tests.e2e.ui_sample import FRENCH_TITLE, ui_sample_db

pytestmark = pytest.mark.browser

QUAD_COLOURS = ["#2f7d32", "#7cb342", "#ef8f00", "#c62828"]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serving(ui_sample_db(tmp_path_factory.mktemp("views"))) as url:
        yield url


def test_docs_render_with_the_network_off(page: Any, base: str, shots: Path) -> None:
    outside: list[str] = []

    def only_this_server(route: Any) -> None:
        if route.request.url.startswith(base):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.context.route("**/*", only_this_server)
    page.goto(f"{base}/docs")
    page.wait_for_selector(".swagger-ui .opblock-tag-section")
    assert page.locator(".swagger-ui .opblock").count() >= 12
    assert "newsgraph" in page.locator(".swagger-ui .title").inner_text()
    assert not outside, outside
    page.screenshot(path=str(shots / "ui-docs.png"))


def test_map_draws_outlines_clusters_and_labels_apart(page: Any, base: str, shots: Path) -> None:
    open_view(page, base, "#/map")
    page.wait_for_selector("#map-chart svg path.coast")
    chart = "#map-chart svg"
    for layer in ("path.coast", "path.borders"):
        assert len(page.locator(f"{chart} {layer}").get_attribute("d") or "") > 1000, layer
    assert page.locator(f"{chart} path.country").count() > 170
    assert page.locator(f"{chart} path.country.involved").count() >= 5  # BLR POL UKR SDN USA ...
    page.wait_for_selector(f"{chart} circle.place[data-places*='Minsk']")
    labelled = assert_apart(page, f"{chart} text.place-label", f"{chart} circle.place", chart)
    assert labelled >= 4
    page.locator("#view-map").screenshot(path=str(shots / "ui-map.png"))

    # The whole world: nearby places share a circle, labels still never overlap.
    page.get_by_role("button", name="World").click()
    page.wait_for_function("document.querySelector('#map-chart svg').dataset.zoom === '1.00'")
    assert page.locator(f"{chart} circle.cluster").count() >= 1
    places = sum(len(p.split("|")) for p in page.locator(f"{chart} circle.place").evaluate_all(
        "els => els.map(e => e.dataset.places)"))  # fmt: skip
    assert places == 8 and page.locator(f"{chart} circle.place").count() < places
    assert_apart(page, f"{chart} text.place-label", f"{chart} circle.place", chart)

    # Zoomed far in: outlines are still drawn, their lines as thin as before.
    width = page.locator(f"{chart} path.coast").evaluate("e => getComputedStyle(e).strokeWidth")
    for _ in range(4):
        page.get_by_role("button", name="Zoom in").click()
    assert float(page.locator(chart).get_attribute("data-zoom") or 0) >= 16
    assert (
        page.locator(f"{chart} path.coast").evaluate("e => getComputedStyle(e).vectorEffect")
        == "non-scaling-stroke"
    )
    assert page.locator(f"{chart} path.coast").evaluate("e => getComputedStyle(e).strokeWidth") == width
    assert page.locator(f"{chart} path.borders").count() == 1

    # Dragging pans the map.
    before = page.locator(f"{chart} g.land").get_attribute("transform")
    (frame,) = boxes(page, chart)
    page.mouse.move(frame["x"] + 40, frame["y"] + 40)
    page.mouse.down()
    page.mouse.move(frame["x"] + 140, frame["y"] + 90, steps=5)
    page.mouse.up()
    assert page.locator(f"{chart} g.land").get_attribute("transform") != before

    # A click on a place lists its events with their evidence.
    page.get_by_role("button", name="Fit events").click()
    page.locator(f"{chart} circle.place[data-places*='Chelm']").click()
    listed = page.locator("#map-events li")
    listed.first.wait_for()
    assert "Chelm" in page.locator("#map-events h3").inner_text()
    chelm = listed.filter(has_text="extra guards")
    assert chelm.count() == 1 and "Poland POL → Belarus BLR" in chelm.inner_text()
    assert chelm.locator("blockquote.evidence").inner_text().startswith("Poland deployed extra guards")
    assert chelm.locator("a[href^='#/article/']").count() == 1


def test_timeline_ticks_round_and_labels_inside(page: Any, base: str, shots: Path) -> None:
    open_view(page, base, "#/timeline")
    page.wait_for_selector("#timeline-chart svg g.bar rect")
    chart = "#timeline-chart svg"
    ticks = [
        int(t)
        for t in page.locator(f"{chart} text.axis.y").evaluate_all("els => els.map(e => e.textContent)")
    ]
    step = ticks[1] - ticks[0]
    assert ticks[0] == 0 and all(b - a == step for a, b in itertools.pairwise(ticks))
    assert step / 10 ** math.floor(math.log10(step)) in (1, 2, 5)
    (frame,) = boxes(page, chart)
    last = boxes(page, f"{chart} text.axis.x")[-1]
    assert frame["x"] <= last["x"] and last["x"] + last["w"] <= frame["x"] + frame["w"], last
    assert_apart(page, f"{chart} text.axis.x", frame=chart)
    # The event dated only to February is a band as wide as the month, not a bar on the 1st.
    band = page.locator(f"{chart} g.band[data-period='2025-02']")
    assert band.get_attribute("data-total") == "1" and band.get_attribute("data-precision") == "month"
    (bar,) = boxes(page, f"{chart} g.bar[data-day='2025-03-04'] rect")
    assert boxes(page, f"{chart} g.band rect")[0]["w"] > 20 * bar["w"]
    assert page.locator(f"{chart} g.bar[data-day='2025-02-01']").get_attribute("data-total") == "0"
    page.locator("#view-timeline").screenshot(path=str(shots / "ui-timeline.png"))


def test_network_arrows_end_at_node_edges(page: Any, base: str, shots: Path) -> None:
    open_view(page, base, "#/network")
    page.wait_for_selector("#network-chart svg g.node")
    geometry = page.evaluate(
        """() => {
          const nodes = {};
          for (const g of document.querySelectorAll('#network-chart g.node')) {
            const c = g.querySelector('circle');
            nodes[g.dataset.code] = {x: +c.getAttribute('cx'), y: +c.getAttribute('cy'), r: +c.getAttribute('r'),
                                     events: +g.dataset.events};
          }
          const edges = [...document.querySelectorAll('#network-chart path.edge')].map((p) => {
            const end = p.getPointAtLength(p.getTotalLength());
            return {source: p.dataset.source, target: p.dataset.target, x: end.x, y: end.y,
                    quad: +p.dataset.quad, stroke: p.getAttribute('stroke')};
          });
          return {nodes, edges};
        }"""
    )
    nodes, edges = geometry["nodes"], geometry["edges"]
    for e in edges:
        if e["source"] == e["target"]:
            continue
        target = nodes[e["target"]]
        distance = math.hypot(e["x"] - target["x"], e["y"] - target["y"])
        assert abs(distance - (target["r"] + 1)) < 1.0, e  # the tip touches the circle
        assert e["stroke"] == QUAD_COLOURS[e["quad"] - 1]
    by_events = sorted(nodes.values(), key=lambda n: n["events"])
    assert all(a["r"] <= b["r"] for a, b in itertools.pairwise(by_events))
    assert {e["quad"] for e in edges} >= {1, 3, 4}
    # Labels sit over the edges, clear of every node and of each other.
    assert assert_apart(
        page, "#network-chart text.node-label", "#network-chart g.node circle", "#network-chart svg"
    ) == len(nodes)
    page.locator("#view-network").screenshot(path=str(shots / "ui-network.png"))


def test_reader_says_why_an_article_was_not_analysed(page: Any, base: str, shots: Path) -> None:
    open_view(page, base, "#/articles")
    card = page.locator("#articles-list li.card", has_text=FRENCH_TITLE)
    card.wait_for()
    assert "language fr: not analysed; English only" in card.inner_text()
    assert "0 events" not in card.inner_text()
    card.get_by_role("link").click()
    page.wait_for_selector("#article-detail .article-text")
    assert (
        page.locator("#article-detail .not-analysed").inner_text()
        == "language fr: not analysed; English only"
    )


def test_events_table_and_story(page: Any, base: str, shots: Path) -> None:
    open_view(page, base, "#/events")
    page.wait_for_selector("#events-table tbody tr")
    assert page.locator("#events-table tbody tr").count() == 15
    open_view(page, base, "#/stories")
    story = page.locator("#stories-list li[data-story]", has_text="Dredging plan")
    story.wait_for()
    assert "Main actors: Dana Whitfield, " in story.inner_text()
