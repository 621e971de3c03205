"""GET /api/v1/stories and /api/v1/stories/{id} over a store a real ingest filled."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.api import create_app
from newsgraph.ingestion import ingest
from newsgraph.settings import Settings
from newsgraph.store import open_store
from tests.api.api_helpers import Client

pytestmark = pytest.mark.model

DOCS = Path(__file__).resolve().parents[1] / "data" / "stories"


@pytest.fixture(scope="module")
def story_client(tmp_path_factory: pytest.TempPathFactory) -> Client:
    path = tmp_path_factory.mktemp("api-stories") / "news.db"
    with open_store(path) as store:
        ingest(store, [str(p) for p in sorted(DOCS.glob("*.txt"))], Settings(db=str(path)))
    return Client(create_app(path, read_only=True))


def test_stories_api_lists_stories_latest_first(story_client: Client) -> None:
    response = story_client.get("/api/v1/stories")
    assert response.status_code == 200
    items = response.json()["items"]
    assert [s["first_day"] for s in items] == ["2025-03-12", "2025-03-04"]
    assert (items[1]["articles"], items[1]["sources"]) == (3, 3)
    big = story_client.get("/api/v1/stories", params={"min_articles": 2}).json()["items"]
    assert [s["id"] for s in big] == [items[1]["id"]]
    assert story_client.get("/api/v1/stories", params={"actor": "Kolesnikova"}).json()["items"]


def test_stories_api_story_has_merged_events_with_counts(story_client: Client) -> None:
    sid = story_client.get("/api/v1/stories", params={"min_articles": 2}).json()["items"][0]["id"]
    response = story_client.get(f"/api/v1/stories/{sid}")
    assert response.status_code == 200
    body = response.json()
    assert len(body["articles"]) == 3
    top = body["events"][0]
    assert (top["source_code"], top["target_code"], top["cameo"]) == ("BLRGOV", "POLGOV", "040")
    assert (top["num_articles"], top["num_sources"]) == (3, 3)
    assert {e["article_id"] for e in top["evidence"]} == {a["id"] for a in body["articles"]}


def test_stories_api_errors(story_client: Client) -> None:
    missing = story_client.get("/api/v1/stories/999999")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    bad = story_client.get("/api/v1/stories", params={"since": "March"})
    assert bad.status_code == 400


def test_stories_api_articles_carry_their_quotes_in_text_order(story_client: Client) -> None:
    sid = story_client.get("/api/v1/stories", params={"min_articles": 2}).json()["items"][0]["id"]
    articles = story_client.get(f"/api/v1/stories/{sid}").json()["articles"]
    assert all(a["quotes"] for a in articles)  # each outlet's version quotes someone
    for a in articles:
        text = story_client.get(f"/api/v1/articles/{a['id']}").json()["text"]
        assert {q["article_id"] for q in a["quotes"]} == {a["id"]}
        assert [q["start"] for q in a["quotes"]] == sorted(q["start"] for q in a["quotes"])
        for q in a["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
    reuters = next(a for a in articles if a["outlet"] == "reuters")
    direct = [q for q in reuters["quotes"] if q["direct"]]
    assert [(q["speaker_name"], q["speaker_code"]) for q in direct] == [("Alexander Lukashenko", "BLRGOV")]
    assert direct[0]["text"].startswith("We are neighbours")
