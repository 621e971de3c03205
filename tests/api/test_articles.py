from __future__ import annotations

from tests.api.api_helpers import Client
from tests.api.api_sample import HOSTILE_TITLE, article_ids


def test_articles_list_newest_first_with_counts(client: Client) -> None:
    body = client.get("/api/v1/articles").json()
    assert body["total"] == 3
    assert body["next_offset"] is None
    titles = [a["title"] for a in body["items"]]
    assert titles[:2] == [
        "Chile accuses Argentina over fishing limits",
        "Finland and Estonia agree to share border radar data",
    ]
    assert titles[2] == HOSTILE_TITLE  # undated articles come last
    radar = body["items"][1]
    assert (radar["events"], radar["quotes"], radar["entities"]) == (2, 1, 4)
    assert radar["published"] == "2025-03-04"
    assert "text" not in radar


def test_articles_list_paginates_by_offset(client: Client) -> None:
    first = client.get("/api/v1/articles", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    second = client.get("/api/v1/articles", params={"limit": 2, "offset": first["next_offset"]}).json()
    assert len(second["items"]) == 1 and second["next_offset"] is None
    assert {a["id"] for a in first["items"]}.isdisjoint(a["id"] for a in second["items"])


def test_articles_list_filters(client: Client) -> None:
    ids = article_ids()
    by_actor = client.get("/api/v1/articles", params={"actor": "Virtanen"}).json()
    assert [a["id"] for a in by_actor["items"]] == [ids["radar"]]
    by_code = client.get("/api/v1/articles", params={"actor": "CHL"}).json()
    assert [a["id"] for a in by_code["items"]] == [ids["fishing"]]
    since = client.get("/api/v1/articles", params={"since": "2025-03-05"}).json()
    assert [a["id"] for a in since["items"]] == [ids["fishing"]]
    until = client.get("/api/v1/articles", params={"until": "2025-03"}).json()
    assert until["total"] == 2
    agency = client.get("/api/v1/articles", params={"agency": "reuters"}).json()
    assert [a["id"] for a in agency["items"]] == [ids["radar"]]


def test_articles_bad_filter_is_400_with_code(client: Client) -> None:
    response = client.get("/api/v1/articles", params={"since": "March"})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_query"
    assert client.get("/api/v1/articles", params={"limit": 0}).status_code == 400


def test_articles_get_one_has_text_and_spans_that_point_into_it(client: Client) -> None:
    ids = article_ids()
    body = client.get(f"/api/v1/articles/{ids['radar']}").json()
    text = body["text"]
    person = next(e for e in body["entities"] if e["kind"] == "person")
    assert (person["name"], person["code"], person["title"]) == (
        "Sanna Virtanen",
        "FINGOV",
        "Foreign Minister",
    )
    for m in person["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    event = next(e for e in body["events"] if e["cameo"] == "057")
    assert (event["source_country"], event["target_country"], event["goldstein"]) == ("FIN", "EST", 8.0)
    assert text[event["evidence_start"] : event["evidence_end"]] == event["evidence_text"]
    quote = body["quotes"][0]
    assert text[quote["start"] : quote["end"]] == quote["text"]
    assert quote["speaker_name"] == "Sanna Virtanen" and quote["via"] == [{"name": "Yle", "code": "FINMED"}]
    kinds = {m["kind"] for m in body["marks"]}
    assert kinds == {"entity", "event", "quote", "place", "date"}
    assert body["places"][0]["lat"] == 59.437
    assert body["dates"][0]["value"] == "2025-03-04"
    assert body["tone"]["tone"] == 6.0
    assert body["document_uri"] == "tests/radar.txt"
    # The wire dateline's place is the last block, outside the parsed text (see model.py).
    assert [b["kind"] for b in body["blocks"]] == ["title", "paragraph", "paragraph", "dateline"]


def test_articles_missing_is_404(client: Client) -> None:
    response = client.get("/api/v1/articles/0000000000000000")
    assert response.status_code == 404
    assert response.json() == {"error": "not_found", "message": "no article with id '0000000000000000'"}


def test_search_finds_words_with_snippets(client: Client) -> None:
    hits = client.get("/api/v1/search", params={"q": "trawlers"}).json()["items"]
    assert [h["article_id"] for h in hits] == [article_ids()["fishing"]]
    assert "[trawlers]" in hits[0]["snippet"]
    assert client.get("/api/v1/search", params={"q": "zeppelin"}).json() == {"items": []}


def test_search_syntax_error_is_400_not_500(client: Client) -> None:
    for q in ['"unterminated', "AND", "radar NEAR(", "*"]:
        response = client.get("/api/v1/search", params={"q": q})
        assert response.status_code in (200, 400), q
        if response.status_code == 400:
            assert response.json()["error"] == "invalid_query"
    assert client.get("/api/v1/search").status_code == 400  # q is required
