from __future__ import annotations

from tests.api.api_helpers import Client
from tests.api.api_sample import article_ids


def test_events_newest_first_with_cursor_pagination(client: Client) -> None:
    first = client.get("/api/v1/events", params={"limit": 3}).json()
    assert [e["day"] for e in first["items"]] == ["2025-03-06", "2025-03-06", "2025-03-04"]
    assert first["next_cursor"] == first["items"][-1]["cursor"]
    rest = client.get("/api/v1/events", params={"limit": 3, "cursor": first["next_cursor"]}).json()
    assert len(rest["items"]) == 1 and rest["next_cursor"] is None
    seen = [e["id"] for e in first["items"] + rest["items"]]
    assert len(set(seen)) == 4


def test_events_filters_match_the_store_query(client: Client) -> None:
    def cameos(**params: object) -> list[str]:
        return sorted(e["cameo"] for e in client.get("/api/v1/events", params=params).json()["items"])

    assert cameos(country="est") == ["043", "057"]
    assert cameos(source_country="ARG") == ["120"]
    assert cameos(target_country="CHL") == ["120"]
    assert cameos(root="05") == ["057"]
    assert cameos(cameo="04") == ["043"]
    assert cameos(quad_class=3) == ["112", "120"]
    assert cameos(plover="accuse") == ["112"]
    assert cameos(actor="Virtanen") == ["043"]
    assert cameos(place="Tallinn") == ["043", "057"]
    assert cameos(text="trawlers") == ["112"]
    assert cameos(since="2025-03-05") == ["112", "120"]
    assert cameos(until="2025-03-04") == ["043", "057"]
    assert cameos(article_id=article_ids()["fishing"]) == ["112", "120"]


def test_events_record_fields(client: Client) -> None:
    event = client.get("/api/v1/events", params={"cameo": "057"}).json()["items"][0]
    assert event["source_name"] == "Finland" and event["target_name"] == "Estonia"
    assert event["plover"] == "AGREE" and event["quad_class"] == 1
    assert (event["place_name"], event["lat"], event["lon"]) == ("Tallinn", 59.437, 24.7536)
    assert event["article_title"] == "Finland and Estonia agree to share border radar data"


def test_events_bad_values_are_400(client: Client) -> None:
    for params in (
        {"root": "3x"},
        {"cameo": "abc"},
        {"since": "yesterday"},
        {"cursor": "nonsense"},
        {"quad_class": 7},
        {"country": "FRANCE"},
        {"limit": 100000},
        {"min_tone": "high"},
    ):
        response = client.get("/api/v1/events", params=params)
        assert response.status_code == 400, params
        assert response.json()["error"] == "invalid_query", params


def test_quotes_by_speaker_and_text(client: Client) -> None:
    items = client.get("/api/v1/quotes", params={"speaker": "Virtanen"}).json()["items"]
    assert len(items) == 1
    assert items[0]["direct"] is True and items[0]["cue"] == "said"
    assert (
        client.get("/api/v1/quotes", params={"text": "checkpoints"}).json()["items"][0]["id"]
        == items[0]["id"]
    )
    assert client.get("/api/v1/quotes", params={"direct": "false"}).json()["items"] == []


def test_actors_most_frequent_first(client: Client) -> None:
    items = client.get("/api/v1/actors").json()["items"]
    names = [a["name"] for a in items]
    assert set(names) >= {"Finland", "Estonia", "Sanna Virtanen", "Chile", "Argentina"}
    person = next(a for a in items if a["name"] == "Sanna Virtanen")
    assert (person["code"], person["kind"], person["articles"], person["mentions"]) == (
        "FINGOV",
        "person",
        1,
        2,
    )
    countries = client.get("/api/v1/actors", params={"kind": "country", "country": "chl"}).json()["items"]
    assert [a["name"] for a in countries] == ["Chile"]


def test_events_stats_counts(client: Client) -> None:
    body = client.get("/api/v1/stats").json()
    assert (body["articles"], body["events"], body["quotes"]) == (3, 4, 1)
    assert (body["first_day"], body["last_day"]) == ("2025-03-04", "2025-03-06")


def test_events_timeline_counts_per_day_by_quad_class(client: Client) -> None:
    items = client.get("/api/v1/stats/timeline").json()["items"]
    assert items == [
        {
            "day": "2025-03-04",
            "verbal_cooperation": 2,
            "material_cooperation": 0,
            "verbal_conflict": 0,
            "material_conflict": 0,
            "total": 2,
            "precision": "day",
        },
        {
            "day": "2025-03-06",
            "verbal_cooperation": 0,
            "material_cooperation": 0,
            "verbal_conflict": 2,
            "material_conflict": 0,
            "total": 2,
            "precision": "day",
        },
    ]
    filtered = client.get("/api/v1/stats/timeline", params={"country": "CHL"}).json()["items"]
    assert [p["day"] for p in filtered] == ["2025-03-06"]


def test_events_network_edges_with_counts_and_mean_goldstein(client: Client) -> None:
    edges = client.get("/api/v1/stats/network").json()["edges"]
    pairs = {(e["source"], e["target"]): e for e in edges}
    assert set(pairs) == {("FIN", "EST"), ("FINGOV", "EST"), ("CHL", "ARG"), ("ARG", "CHL")}
    assert pairs[("CHL", "ARG")]["mean_goldstein"] == -2.0 and pairs[("CHL", "ARG")]["conflict"] == 1
    by_name = client.get("/api/v1/stats/network", params={"by": "name", "root": "05"}).json()["edges"]
    assert [(e["source"], e["target"], e["events"]) for e in by_name] == [("Finland", "Estonia", 1)]
    assert client.get("/api/v1/stats/network", params={"by": "colour"}).status_code == 400
