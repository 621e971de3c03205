from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from tests.api.api_helpers import Client


def test_export_events_csv_follows_the_selection(client: Client) -> None:
    response = client.get("/api/v1/export/events.csv", params={"country": "CHL"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert 'filename="newsgraph-events.csv"' in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["cameo"] for r in rows) == ["112", "120"]
    assert {r["source_country"] for r in rows} == {"CHL", "ARG"}


def test_export_events_gdelt_has_61_columns(client: Client) -> None:
    response = client.get("/api/v1/export/events.gdelt")
    assert response.status_code == 200
    lines = response.text.splitlines()
    assert len(lines) == 4
    assert all(len(line.split("\t")) == 61 for line in lines)
    assert 'filename="newsgraph-events.tsv"' in response.headers["content-disposition"]


def test_export_other_tables_and_formats(client: Client) -> None:
    quotes = client.get("/api/v1/export/quotes.jsonl").text.splitlines()
    assert json.loads(quotes[0])["via"] == [{"name": "Yle", "code": "FINMED"}]
    geo = client.get("/api/v1/export/events.geojson").json()
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 3  # the reject event has no place
    parquet = client.get("/api/v1/export/articles.parquet")
    assert parquet.status_code == 200
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == 3


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v1/export/articles.gdelt", {}),
        ("/api/v1/export/quotes.geojson", {}),
        ("/api/v1/export/articles.csv", {"country": "FIN"}),
        ("/api/v1/export/events.csv", {"since": "2025-02-30"}),
        ("/api/v1/export/events.xlsx", {}),
        ("/api/v1/export/users.csv", {}),
    ],
)
def test_export_bad_requests_are_400_before_streaming(
    client: Client, path: str, params: dict[str, str]
) -> None:
    response = client.get(path, params=params)
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_query"


def test_export_large_table_streams_in_chunks(client: Client) -> None:
    from newsgraph.api.export import _stream_export

    db = client.app.state.config.db_path
    chunks = list(_stream_export(db, "csv", {"table": "articles", "where": None}))
    assert chunks and b"".join(chunks).startswith(b"id,source,")
