"""POST /ingest through the real pipeline (language model, store). Texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.api import create_app
from tests.api.api_helpers import Client

pytestmark = pytest.mark.model

STORY = (
    "Norway and Sweden sign deal on shared power grid\n\n"
    "OSLO: Norway and Sweden signed an agreement on Monday to link their power grids across the northern border, "
    "Norwegian Prime Minister Jonas Gahr Store said at a news conference in Oslo on March 3, 2025.\n\n"
    "\u201cThis cable will keep the lights on in both countries through the coldest winters,\u201d Store said. "
    "Swedish officials said construction would begin next year and take about four years to finish, "
    "with the two grid operators sharing the cost equally between them."
)
FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Wire</title>
<item><title>Kenya and Tanzania open a new border post</title><guid>wire-1</guid>
<pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate>
<description>Kenya and Tanzania opened a new border post at Namanga on Tuesday to speed up trade between the two countries, officials from both governments said at a ceremony attended by hundreds of traders and truck drivers.</description></item>
<item><title>Peru fines mining firm over river spill</title><guid>wire-2</guid>
<pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate>
<description>Peru's environment ministry fined a mining company on Wednesday after a spill turned a river orange near the town of Cerro de Pasco, the ministry said in a statement, adding that it would monitor the clean-up closely.</description></item>
</channel></rss>"""


@pytest.fixture
def app_client(tmp_path: Path) -> Client:
    return Client(create_app(tmp_path / "ingest.db"))


def test_ingest_plain_text_stores_and_lists_the_article(app_client: Client) -> None:
    response = app_client.post(
        "/api/v1/ingest", content=STORY.encode(), headers={"content-type": "text/plain"}
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["written"] == 1 and report["documents"] == 1 and report["errors"] == []
    [article] = report["articles"]
    assert article["title"] == "Norway and Sweden sign deal on shared power grid"
    assert article["source"].startswith("paste:")
    assert report["entities"] == article["entities"] > 0
    detail = app_client.get(f"/api/v1/articles/{article['id']}").json()
    names = {e["name"] for e in detail["entities"]}
    assert {"Norway", "Sweden"} <= names
    assert app_client.get("/api/v1/stats").json()["articles"] == 1


def test_ingest_is_idempotent(app_client: Client) -> None:
    first = app_client.post(
        "/api/v1/ingest", content=STORY.encode(), headers={"content-type": "text/plain"}
    ).json()
    again = app_client.post(
        "/api/v1/ingest", content=STORY.encode(), headers={"content-type": "text/plain"}
    ).json()
    assert [a["id"] for a in again["articles"]] == [a["id"] for a in first["articles"]]
    assert (again["written"], again["skipped"]) == (0, 1)
    assert app_client.get("/api/v1/stats").json()["articles"] == 1


def test_ingest_multipart_file_json_and_feed(app_client: Client) -> None:
    html = f"<!doctype html><html><head><title>Grid deal</title></head><body><article><h1>Norway and Sweden sign deal on shared power grid</h1>{''.join(f'<p>{p}</p>' for p in STORY.split(chr(10) * 2)[1:])}</article></body></html>"
    upload = app_client.post(
        "/api/v1/ingest", files={"file": ("../../etc/grid.html", html.encode(), "text/html")}
    )
    assert upload.status_code == 200, upload.text
    [article] = upload.json()["articles"]
    assert article["source"] == "upload:grid.html"  # the client's path is never used as a path
    as_json = app_client.post(
        "/api/v1/ingest", json={"text": STORY.replace("Monday", "Friday"), "name": "note"}
    )
    assert as_json.status_code == 200 and as_json.json()["articles"][0]["source"] == "upload:note.txt"
    feed = app_client.post(
        "/api/v1/ingest", content=FEED.encode(), headers={"content-type": "application/rss+xml"}
    )
    assert feed.status_code == 200, feed.text
    articles = feed.json()["articles"]
    sources = [a["source"] for a in articles]
    assert [s.split("#")[1] for s in sources] == ["1", "2"] and all(s.startswith("paste:") for s in sources)
    texts = [app_client.get(f"/api/v1/articles/{a['id']}").json()["text"] for a in articles]
    assert "Tanzania" in texts[0] and "Cerro de Pasco" in texts[1]


def test_ingest_bad_bodies(app_client: Client) -> None:
    empty = app_client.post("/api/v1/ingest", content=b"  \n", headers={"content-type": "text/plain"})
    assert empty.status_code == 400 and empty.json()["error"] == "usage"
    binary = app_client.post(
        "/api/v1/ingest", content=bytes(range(256)) * 40, headers={"content-type": "application/octet-stream"}
    )
    assert binary.status_code == 422 and binary.json()["error"] == "document_failed"
    bad_json = app_client.post(
        "/api/v1/ingest", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert bad_json.status_code == 400
    no_text = app_client.post(
        "/api/v1/ingest",
        content=json.dumps({"title": "x"}).encode(),
        headers={"content-type": "application/json"},
    )
    assert no_text.status_code == 400
    no_field = app_client.post(
        "/api/v1/ingest", data={"other": "x"}, files={"x": ("a.txt", b"", "text/plain")}
    )
    assert no_field.status_code == 400
    bad_date = app_client.post("/api/v1/ingest", params={"fetched_at": "soon"}, content=STORY.encode())
    assert bad_date.status_code == 400 and bad_date.json()["error"] == "invalid_query"


def test_ingest_json_with_a_title_is_one_whole_article_however_short(app_client: Client) -> None:
    body = {
        "title": "Ceasefire agreed",
        "text": "Two rival militias agreed to a ceasefire.",
        "published": "2025-03-05",
    }
    response = app_client.post("/api/v1/ingest", json=body)
    assert response.status_code == 200, response.text
    [article] = response.json()["articles"]
    assert article["title"] == "Ceasefire agreed" and article["published"] == "2025-03-05"
    text = app_client.get(f"/api/v1/articles/{article['id']}").json()["text"]
    assert text == "Ceasefire agreed\n\nTwo rival militias agreed to a ceasefire."


FRENCH = (
    "La Norvège et la Suède signent un accord sur le réseau électrique\n\n"
    "OSLO : La Norvège et la Suède ont signé lundi un accord pour relier leurs réseaux électriques à travers la "
    "frontière du nord, a déclaré le Premier ministre norvégien lors d'une conférence de presse à Oslo. Les travaux "
    "commenceront l'année prochaine et dureront environ quatre ans, selon les responsables suédois."
)


def test_ingest_reports_near_duplicates_and_languages_not_analysed(app_client: Client) -> None:
    first = app_client.post(
        "/api/v1/ingest", content=STORY.encode(), headers={"content-type": "text/plain"}
    ).json()
    copy = STORY.replace("on Monday", "on Monday morning")
    again = app_client.post("/api/v1/ingest", content=copy.encode(), headers={"content-type": "text/plain"})
    report = again.json()
    assert again.status_code == 200, again.text
    # Written as a link to the first article, not analysed again: the UI must not call it new.
    assert (report["written"], report["near_duplicates"]) == (1, 1)
    [article] = report["articles"]
    assert article["duplicate_of"] == first["articles"][0]["id"]
    french = app_client.post(
        "/api/v1/ingest", content=FRENCH.encode(), headers={"content-type": "text/plain"}
    ).json()
    assert french["not_analysed"] == {"fr": 1}
    [article] = french["articles"]
    assert article["language"] == "fr" and article["skipped"].startswith("language fr")
    assert app_client.get("/api/v1/stats").json()["analysed_languages"] == ["en"]
