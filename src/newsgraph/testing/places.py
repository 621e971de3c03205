"""Gold place cases and their scorer, for the places stage's test and `python -m bench.places`.

The cases themselves (sentences written for newsgraph in wire style: fictional events, real
places, one rule a group) are in `place_cases.py`. Markup: [[surface]] or [[surface|key]] marks
a gold toponym whose point is POINTS[key] (key defaults to the surface). Points are the places'
GeoNames coordinates, rounded (countries and divisions at GeoNames' own point for the unit, not
the capital). A case may carry a dateline and a caption (which may hold toponyms too).
Sentences with no markup are negatives: any place found there is a false positive ("Lord
Hamilton", "Paris Hilton").

`score(cases, run)` returns toponym recall, accuracy within 161 km of the found ones, and
precision; `case_article` and `found_places` turn a case into the Article the pipeline reads
and its findings back into offsets within the case. The bench prints the score for
docs/accuracy.md; tests/understand/places/test_cases.py holds it to a floor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from newsgraph.evaluate.seed import km
from newsgraph.extract.build import build_article
from newsgraph.model import Analysis, Article

POINTS: dict[str, tuple[float, float]] = {
    # countries (GeoNames country points)
    "United States": (39.76, -98.5),
    "Russia": (60.0, 100.0),
    "China": (35.0, 105.0),
    "India": (22.0, 79.0),
    "United Kingdom": (54.76, -2.70),
    "France": (46.0, 2.0),
    "Germany": (51.5, 10.5),
    "Ukraine": (49.0, 32.0),
    "Iran": (32.0, 53.0),
    "Brazil": (-10.0, -55.0),
    "Mexico": (23.0, -102.0),
    "Italy": (42.83, 12.83),
    "Spain": (40.0, -4.0),
    "Egypt": (27.0, 30.0),
    "Nigeria": (10.0, 8.0),
    "Kenya": (1.0, 38.0),
    "Syria": (35.0, 38.0),
    "Israel": (31.5, 34.75),
    "Turkey": (39.0, 35.0),
    "Pakistan": (30.0, 70.0),
    "Afghanistan": (33.0, 66.0),
    "Iraq": (33.0, 44.0),
    "Saudi Arabia": (25.0, 45.0),
    "Poland": (52.0, 20.0),
    "Belarus": (53.0, 28.0),
    "Venezuela": (8.0, -66.0),
    "Colombia": (4.0, -73.25),
    "Argentina": (-34.0, -64.0),
    "South Africa": (-29.0, 24.0),
    "Ethiopia": (9.0, 39.5),
    "Sudan": (16.0, 30.0),
    "Yemen": (15.5, 47.5),
    "North Korea": (40.0, 127.0),
    "South Korea": (36.5, 127.75),
    "Sweden": (62.0, 15.0),
    "Greece": (39.0, 22.0),
    "Cuba": (21.5, -80.0),
    "Georgia (country)": (42.0, 43.5),
    "Jordan": (31.0, 36.0),
    "Lebanon": (33.83, 35.83),
    "Mali": (17.0, -4.0),
    "Chile": (-30.0, -71.0),
    "Peru": (-10.0, -75.25),
    "Vietnam": (16.17, 107.83),
    "Netherlands": (52.25, 5.75),
    "Switzerland": (47.0, 8.01),
    "Ireland": (53.0, -8.0),
    "Somalia": (6.0, 48.0),
    "Haiti": (19.0, -72.42),
    "Japan": (35.69, 139.75),
    "Australia": (-25.0, 135.0),
    "Libya": (28.0, 17.0),
    "Canada": (60.11, -113.64),
    "England": (52.16, -0.7),
    # first-level divisions
    "Queensland": (-20.0, 145.0),
    "New South Wales": (-33.0, 146.0),
    "Ontario": (49.25, -84.5),
    "Quebec": (52.0, -72.0),
    "Alberta": (55.0, -115.0),
    "British Columbia": (54.0, -125.0),
    "Bavaria": (49.0, 11.5),
    "Punjab (India)": (30.93, 75.5),
    "Sichuan": (30.5, 102.5),
    "Guangdong": (23.5, 113.5),
    "Tibet": (31.5, 88.0),
    "Catalonia": (41.82, 1.87),
    "Lombardy": (45.67, 9.5),
    "Scotland": (56.5, -4.0),
    "Wales": (52.5, -3.5),
    "Northern Ireland": (54.6, -6.75),
    "Texas": (31.25, -99.25),
    "California": (37.25, -119.75),
    "Louisiana": (31.0, -92.0),
    "Illinois": (40.0, -89.25),
    "Florida": (28.75, -82.5),
    "New Jersey": (40.17, -74.5),
    "New York (state)": (43.0, -75.5),
    "Georgia (state)": (32.75, -83.5),
    "Washington (state)": (47.5, -120.5),
    "Ohio": (40.25, -82.75),
    "Maine": (45.5, -69.25),
    "Missouri": (38.25, -92.5),
    "Alabama": (32.75, -86.75),
    "Virginia": (37.5, -78.5),
    "Oregon": (44.0, -120.5),
    "Iowa": (42.0, -93.5),
    "Kerala": (10.42, 76.5),
    "Darfur": (13.5, 24.0),
    "Donetsk Oblast": (48.0, 37.8),
    "Kherson Oblast": (46.6, 33.4),
    "Crimea": (45.0, 34.0),
    "Tigray": (14.0, 39.0),
    "Sindh": (26.0, 68.75),
    "Chihuahua (state)": (28.5, -106.0),
    "Bahia": (-12.5, -41.7),
    # US counties and parishes, UK counties
    "Rapides Parish": (31.2, -92.53),
    "Orleans Parish": (30.07, -89.93),
    "Cook County": (41.84, -87.82),
    "Harris County": (29.86, -95.39),
    "Maricopa County": (33.35, -112.49),
    "Essex (England)": (51.75, 0.58),
    "Kent (England)": (51.17, 0.83),
    "Cornwall": (50.42, -4.92),
    "Lancashire": (53.83, -2.5),
    "Miami-Dade County": (25.61, -80.5),
    "Polk County (Iowa)": (41.69, -93.57),
    # cities and towns
    "Alexandria (Louisiana)": (31.31, -92.45),
    "Alexandria (Egypt)": (31.2, 29.92),
    "Alexandria (Virginia)": (38.8, -77.05),
    "Paris": (48.85, 2.35),
    "Paris (Texas)": (33.66, -95.56),
    "London": (51.51, -0.13),
    "London (Ontario)": (42.98, -81.23),
    "Moscow": (55.75, 37.62),
    "Kyiv": (50.45, 30.52),
    "Kharkiv": (50.0, 36.23),
    "Odesa": (46.48, 30.73),
    "Mariupol": (47.1, 37.55),
    "Bakhmut": (48.6, 38.0),
    "Davos": (46.8, 9.84),
    "Stansted Mountfitchet": (51.9, 0.2),
    "Springfield (Illinois)": (39.8, -89.64),
    "Springfield (Missouri)": (37.22, -93.3),
    "Portland (Oregon)": (45.52, -122.68),
    "Portland (Maine)": (43.66, -70.26),
    "Birmingham (England)": (52.48, -1.9),
    "Birmingham (Alabama)": (33.52, -86.8),
    "Perth (Australia)": (-31.95, 115.86),
    "Perth (Scotland)": (56.4, -3.43),
    "Tripoli (Libya)": (32.89, 13.19),
    "Tripoli (Lebanon)": (34.43, 35.84),
    "Washington": (38.9, -77.04),
    "Seattle": (47.61, -122.33),
    "Atlanta": (33.75, -84.39),
    "Savannah (Georgia)": (32.08, -81.1),
    "Tbilisi": (41.69, 44.83),
    "Batumi": (41.64, 41.64),
    "Amman": (31.96, 35.95),
    "Aleppo": (36.2, 37.16),
    "Homs": (34.73, 36.71),
    "Idlib": (35.93, 36.63),
    "Mosul": (36.34, 43.13),
    "Basra": (30.51, 47.78),
    "Gaza": (31.5, 34.47),
    "Rafah": (31.3, 34.25),
    "Beirut": (33.89, 35.5),
    "Sidon": (33.56, 35.37),
    "Khartoum": (15.55, 32.53),
    "El Fasher": (13.63, 25.35),
    "Mekelle": (13.5, 39.47),
    "Nairobi": (-1.28, 36.82),
    "Garissa": (-0.45, 39.65),
    "Timbuktu": (16.77, -3.01),
    "Gao": (16.27, -0.04),
    "Lagos": (6.45, 3.39),
    "Maiduguri": (11.85, 13.16),
    "Kano": (12.0, 8.52),
    "Brisbane": (-27.47, 153.03),
    "Townsville": (-19.26, 146.82),
    "Cairns": (-16.92, 145.77),
    "Lismore": (-28.81, 153.28),
    "Toronto": (43.7, -79.42),
    "Thunder Bay": (48.38, -89.25),
    "Montreal": (45.51, -73.59),
    "Chengdu": (30.67, 104.07),
    "Shenzhen": (22.55, 114.07),
    "Lhasa": (29.65, 91.1),
    "Barcelona": (41.39, 2.16),
    "Milan": (45.46, 9.19),
    "Bergamo": (45.69, 9.67),
    "Glasgow": (55.86, -4.26),
    "Cardiff": (51.48, -3.18),
    "Belfast": (54.6, -5.93),
    "Derry": (55.0, -7.31),
    "Munich": (48.14, 11.58),
    "Ludhiana": (30.91, 75.85),
    "Kochi": (9.94, 76.26),
    "Karachi": (24.86, 67.01),
    "Hyderabad (Sindh)": (25.39, 68.37),
    "Houston": (29.76, -95.36),
    "Phoenix": (33.45, -112.07),
    "Chicago": (41.85, -87.65),
    "Des Moines": (41.6, -93.61),
    "New Orleans": (29.95, -90.08),
    "Pineville (Louisiana)": (31.32, -92.43),
    "Ankeny": (41.73, -93.6),
    "Hialeah": (25.86, -80.28),
    "Chelmsford": (51.73, 0.48),
    "Colchester": (51.89, 0.9),
    "Maidstone": (51.27, 0.52),
    "Canterbury": (51.28, 1.08),
    "Truro": (50.27, -5.05),
    "St Ives (Cornwall)": (50.21, -5.48),
    "Blackpool": (53.82, -3.05),
    "Lancaster (England)": (54.05, -2.8),
    "New York": (40.71, -74.01),
    "Jersey City": (40.73, -74.08),
    "Newark": (40.74, -74.17),
    "Salt Lake City": (40.76, -111.89),
    "Saint Petersburg": (59.94, 30.31),
    "Mexico City": (19.43, -99.13),
    "Ciudad Juarez": (31.72, -106.46),
    "Salvador (Bahia)": (-12.97, -38.51),
    "Sao Paulo": (-23.55, -46.64),
    "Port-au-Prince": (18.54, -72.34),
    "Mogadishu": (2.04, 45.34),
    "Kismayo": (-0.36, 42.55),
    "Tehran": (35.69, 51.42),
    "Isfahan": (32.65, 51.67),
    "Kabul": (34.53, 69.17),
    "Kandahar": (31.61, 65.71),
    "Warsaw": (52.23, 21.01),
    "Rzeszow": (50.04, 22.0),
    "Minsk": (53.9, 27.57),
    "Brest (Belarus)": (52.1, 23.69),
    "Caracas": (10.49, -66.88),
    "Maracaibo": (10.67, -71.61),
    "Bogota": (4.61, -74.08),
    "Cucuta": (7.89, -72.51),
    "Santiago": (-33.46, -70.65),
    "Valparaiso": (-33.04, -71.63),
    "Lima": (-12.04, -77.03),
    "Cusco": (-13.52, -71.97),
    "Hanoi": (21.02, 105.84),
    "Da Nang": (16.07, 108.22),
    "Amsterdam": (52.37, 4.89),
    "Rotterdam": (51.92, 4.48),
    "Zurich": (47.37, 8.55),
    "Geneva": (46.2, 6.15),
    "Dublin": (53.33, -6.25),
    "Cork": (51.9, -8.47),
    "Athens": (37.98, 23.73),
    "Thessaloniki": (40.64, 22.94),
    "Havana": (23.13, -82.38),
    "Santiago de Cuba": (20.02, -75.82),
    "Stockholm": (59.33, 18.06),
    "Gothenburg": (57.71, 11.97),
    "Pyongyang": (39.03, 125.75),
    "Seoul": (37.57, 126.98),
    "Busan": (35.1, 129.04),
    "Tokyo": (35.69, 139.69),
    "Beijing": (39.91, 116.4),
    "Mumbai": (19.07, 72.88),
    "New Delhi": (28.64, 77.22),
    "Ankara": (39.92, 32.85),
    "Izmir": (38.41, 27.14),
    "Riyadh": (24.69, 46.72),
    "Jeddah": (21.54, 39.17),
    "Sanaa": (15.35, 44.21),
    "Aden": (12.78, 45.04),
    "Johannesburg": (-26.2, 28.04),
    "Durban": (-29.86, 31.03),
    "Addis Ababa": (9.02, 38.75),
    "Bamako": (12.65, -8.0),
    "Berlin": (52.52, 13.41),
    "Hamburg": (53.58, 10.0),
    "Rome": (41.89, 12.51),
    "Naples": (40.85, 14.27),
    "Madrid": (40.42, -3.7),
    "Seville": (37.38, -5.97),
    "Lyon": (45.75, 4.85),
    "Marseille": (43.3, 5.38),
    "Manchester": (53.48, -2.24),
    "Leeds": (53.8, -1.55),
    "Jerusalem": (31.77, 35.22),
    "Haifa": (32.82, 34.99),
    "Baghdad": (33.34, 44.4),
    "Kirkuk": (35.47, 44.39),
    "Damascus": (33.51, 36.29),
    "Cairo": (30.06, 31.25),
    "Luxor": (25.7, 32.64),
    "Islamabad": (33.72, 73.04),
    "Peshawar": (34.01, 71.58),
    "Toowoomba": (-27.56, 151.95),
    "Maryborough (Queensland)": (-25.54, 152.7),
    "Gympie": (-26.19, 152.67),
    "Grant Parish": (31.6, -92.56),
    # added for US towns with postal and AP state abbreviations, counties, provinces and states
    "Monroe (Louisiana)": (32.51, -92.12),
    "Decatur (Illinois)": (39.84, -88.95),
    "Bowling Green (Kentucky)": (36.99, -86.44),
    "Kentucky": (38.2, -84.88),
    "Jackson (Tennessee)": (35.61, -88.81),
    "Tennessee": (35.75, -86.25),
    "Athens (Georgia)": (33.96, -83.38),
    "Lafayette (Indiana)": (40.42, -86.88),
    "Indiana": (40.0, -86.25),
    "Salem (Oregon)": (44.94, -123.04),
    "Flagstaff": (35.2, -111.65),
    "Arizona": (34.5, -111.5),
    "Dover (Delaware)": (39.16, -75.52),
    "Delaware": (39.0, -75.5),
    "Columbus (Mississippi)": (33.5, -88.43),
    "Mississippi": (32.75, -89.75),
    "Mankato": (44.16, -94.0),
    "Minnesota": (46.25, -94.25),
    "Lawrence (Kansas)": (38.97, -95.24),
    "Kansas": (38.5, -98.5),
    "Bangor (Maine)": (44.8, -68.77),
    "Springfield (Massachusetts)": (42.1, -72.59),
    "Massachusetts": (42.37, -71.88),
    "Calcasieu Parish": (30.23, -93.36),
    "Jefferson Parish": (29.69, -90.1),
    "Larimer County": (40.66, -105.46),
    "Hamilton County (Ohio)": (39.2, -84.54),
    "Cincinnati": (39.1, -84.51),
    "Tarrant County": (32.77, -97.29),
    "Dallas County (Texas)": (32.77, -96.78),
    "Manitoba": (55.0, -97.0),
    "Saskatchewan": (54.0, -106.0),
    "Kamloops": (50.67, -120.32),
    "Moncton": (46.12, -64.8),
    "New Brunswick": (46.5, -66.0),
    "Greater Sudbury": (46.49, -80.99),
    "Nova Scotia": (45.0, -63.0),
    "Tasmania": (-42.0, 147.0),
    "Western Australia": (-25.0, 122.0),
    "Victoria (Australia)": (-37.0, 144.0),
    "South Australia": (-30.0, 135.0),
    "Montgomery (Alabama)": (32.37, -86.3),
    "Cambridge (Massachusetts)": (42.37, -71.11),
    "Boston": (42.36, -71.06),
    "Kingston (Jamaica)": (18.0, -76.79),
    "Montego Bay": (18.47, -77.92),
    "Victoria (British Columbia)": (48.43, -123.37),
    "Vancouver": (49.25, -123.12),
    "Venice": (45.44, 12.33),
    "Kansas City (Missouri)": (39.1, -94.58),
    "Los Angeles": (34.05, -118.24),
    "Newmarket (England)": (52.24, 0.41),
    "Melbourne": (-37.81, 144.96),
    "Pella": (41.41, -92.92),
    "Marion County (Iowa)": (41.33, -93.1),
    "Tupelo": (34.26, -88.7),
    "Oxford (Mississippi)": (34.37, -89.52),
    "Europe": (48.69, 9.14),
    "Africa": (7.19, 21.09),
    "Middle East": (29.0, 41.0),
}

_MARK = re.compile(r"\[\[([^\]|]+)(?:\|([^\]]+))?\]\]")


@dataclass(frozen=True)
class Case:
    body: str
    dateline: str | None = None
    caption: str | None = None


@dataclass(frozen=True)
class Gold:
    block: str  # "body", "caption" or "dateline"
    start: int  # within that block's plain text
    end: int
    lat: float
    lon: float


@dataclass
class Plain:
    body: str
    caption: str | None
    dateline: str | None
    gold: list[Gold] = field(default_factory=list)


def plain(case: Case, points: Mapping[str, tuple[float, float]] = POINTS) -> Plain:
    """The case's blocks without markup, and its gold toponyms at `points` (POINTS unless another
    set, such as the blind set in tests/understand/places, brings its own)."""
    out = Plain("", None, case.dateline)
    for block, marked in (("body", case.body), ("caption", case.caption), ("dateline", case.dateline)):
        if marked is None:
            continue
        text, pos = [], 0
        length = 0
        for m in _MARK.finditer(marked):
            text.append(marked[pos : m.start()])
            length += m.start() - pos
            surface, key = m.group(1), m.group(2) or m.group(1)
            lat, lon = points[key]
            out.gold.append(Gold(block, length, length + len(surface), lat, lon))
            text.append(surface)
            length += len(surface)
            pos = m.end()
        text.append(marked[pos:])
        if block == "body":
            out.body = "".join(text)
        elif block == "caption":
            out.caption = "".join(text)
        else:
            out.dateline = "".join(text)
    return out


# A found place: (block, start, end, lat, lon) with offsets within its block's plain text.
Found = tuple[str, int, int, float | None, float | None]


@dataclass(frozen=True)
class Score:
    gold: int
    found: int  # gold toponyms some predicted place overlaps
    close: int  # of those, within 161 km
    predicted: int
    spurious: int  # predicted places that overlap no gold toponym

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def accuracy(self) -> float:
        return self.close / self.found if self.found else 0.0

    @property
    def precision(self) -> float:
        return 1 - self.spurious / self.predicted if self.predicted else 0.0


def score(
    cases: Sequence[Case],
    run: Callable[[Plain], list[Found]],
    points: Mapping[str, tuple[float, float]] = POINTS,
) -> Score:
    gold_n = found_n = close_n = predicted_n = spurious_n = 0
    for case in cases:
        p = plain(case, points)
        predicted = run(p)
        predicted_n += len(predicted)
        for g in p.gold:
            gold_n += 1
            hits = [f for f in predicted if f[0] == g.block and f[1] < g.end and g.start < f[2]]
            if hits:
                found_n += 1
                lat, lon = hits[0][3], hits[0][4]
                if lat is not None and lon is not None and km(lat, lon, g.lat, g.lon) <= 161:
                    close_n += 1
        for f in predicted:
            if not any(f[0] == g.block and f[1] < g.end and g.start < f[2] for g in p.gold):
                spurious_n += 1
    return Score(gold_n, found_n, close_n, predicted_n, spurious_n)


def case_article(p: Plain) -> Article:
    """The Article a case becomes: its body one paragraph, its dateline and caption in their fields."""
    return build_article(
        source="case",
        title=None,
        paragraphs=[p.body],
        caption=p.caption,
        dateline=p.dateline,
        published=dt.date(2025, 8, 20),
        date_precision="day",
        language="en",  # one-sentence cases are too short for language detection
    )


def found_places(article: Article, analysis: Analysis, p: Plain) -> list[Found]:
    """The places of `analysis` (of `case_article(p)`), as offsets within the case's body,
    caption or dateline (the article's blocks of those kinds)."""
    starts = {b.kind: b.start for b in article.blocks if b.kind in ("caption", "dateline")}
    body = article.text.index(p.body)
    out: list[Found] = []
    for place in analysis.places:
        kind = article.block_of(place.start)
        block, base = (kind, starts[kind]) if kind in starts else ("body", body)
        out.append((block, place.start - base, place.end - base, place.lat, place.lon))
    return out
