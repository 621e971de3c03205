from __future__ import annotations

from tests.api.api_helpers import Client


def test_reference_cameo_names(client: Client) -> None:
    codes = {c["code"]: c for c in client.get("/api/v1/reference/cameo").json()["items"]}
    assert len([c for c in codes if len(c) == 2]) == 20
    assert codes["057"]["quad_class"] == 1 and codes["057"]["goldstein"] == 8.0
    assert codes["112"]["quad_class"] == 3


def test_reference_countries_have_capital_positions(client: Client) -> None:
    countries = {c["iso3"]: c for c in client.get("/api/v1/reference/countries").json()["items"]}
    fin = countries["FIN"]
    assert fin["capital"] == "Helsinki"
    assert abs(fin["lat"] - 60.17) < 0.1 and abs(fin["lon"] - 24.94) < 0.1
    assert len(countries) > 240
