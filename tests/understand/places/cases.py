"""Place cases written for newsgraph in wire style (fictional events, real places), one rule a group.

Markup: [[surface]] or [[surface|key]] marks a gold toponym whose point is POINTS[key] (key
defaults to the surface). Points are the places' GeoNames coordinates, rounded (countries and
divisions at GeoNames' own point for the unit, not the capital). A case may carry a dateline
and a caption (which may hold toponyms too). Sentences with no markup are negatives: any place
found there is a false positive ("Lord Hamilton", "Paris Hilton").

`score(run)` returns toponym recall, accuracy within 161 km of the found ones, and precision;
`bench/places.py` prints it for docs/accuracy.md and tests/understand/places/test_cases.py
holds it to a floor.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

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
    block: str  # "body" or "caption"
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


def plain(case: Case) -> Plain:
    out = Plain("", None, case.dateline)
    for block, marked in (("body", case.body), ("caption", case.caption)):
        if marked is None:
            continue
        text, pos = [], 0
        length = 0
        for m in _MARK.finditer(marked):
            text.append(marked[pos : m.start()])
            length += m.start() - pos
            surface, key = m.group(1), m.group(2) or m.group(1)
            lat, lon = POINTS[key]
            out.gold.append(Gold(block, length, length + len(surface), lat, lon))
            text.append(surface)
            length += len(surface)
            pos = m.end()
        text.append(marked[pos:])
        if block == "body":
            out.body = "".join(text)
        else:
            out.caption = "".join(text)
    return out


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


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


def score(cases: Sequence[Case], run: Callable[[Plain], list[Found]]) -> Score:
    gold_n = found_n = close_n = predicted_n = spurious_n = 0
    for case in cases:
        p = plain(case)
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


C = Case
CASES: list[Case] = [
    # --- countries, at the country's own point -------------------------------------------------
    C("Officials in [[Mexico]] said exports rose for a third month."),
    C("[[Brazil]] and [[Argentina]] signed a grain accord on Tuesday."),
    C("The storm left thousands without power across [[India]], the agency said."),
    C("[[Russia]] expelled two diplomats, the foreign ministry said."),
    C("Aid convoys crossed into [[Sudan]] after weeks of delay."),
    C("[[Sweden]] will raise defence spending next year, the government said."),
    C("Inflation in [[Turkey]] slowed in May, data showed."),
    C("The envoy flew to [[Pakistan]] and then to [[Afghanistan]] for talks."),
    C("[[China]] reported a rise in factory output in the second quarter."),
    C("[[Venezuela]] reopened its border with [[Colombia]] on Monday."),
    C("Voters in [[Greece]] go to the polls in June."),
    C("[[Nigeria]] said it would cut fuel subsidies by half."),
    C("A drought has hit crops in [[Ethiopia]] and [[Somalia]], the U.N. said."),
    C("[[Chile]] and [[Peru]] agreed to share data on the copper trade."),
    C("Fighting in [[Yemen]] eased during the holiday truce."),
    C("The [[United States]] imposed new tariffs on steel imports."),
    C("Exports from [[Germany]] fell for a second month, figures showed."),
    C("[[Haiti]] asked for more police support from abroad."),
    # --- adjectives and metonyms name the country ------------------------------------------------
    C("[[Russian|Russia]] troops shelled positions near [[Kharkiv]] overnight."),
    C("[[Ukrainian|Ukraine]] forces said they had retaken two villages."),
    C("A [[Chinese|China]] delegation arrived for the trade talks."),
    C("[[Iranian|Iran]] state media said the ship had been seized."),
    C("The [[French|France]] president spoke with his [[German|Germany]] counterpart by phone."),
    C("[[Israeli|Israel]] aircraft struck targets in [[Lebanon]], the army said."),
    C("[[Kenyan|Kenya]] police arrested three suspects."),
    C("[[Brazilian|Brazil]] farmers blocked roads to protest the new tax."),
    C("[[Polish|Poland]] officials said the border crossing would reopen."),
    C("[[Syrian|Syria]] refugees crossed into [[Jordan]] last week."),
    C("[[Japanese|Japan]] carmakers reported higher sales abroad."),
    C("[[Italian|Italy]] prosecutors opened an inquiry into the collapse."),
    C("[[Mexican|Mexico]] authorities found the missing bus near [[Ciudad Juarez]]."),
    C("[[Cuban|Cuba]] doctors arrived in [[Haiti]] on Sunday."),
    C("[[Egyptian|Egypt]] mediators shuttled between the two sides."),
    # --- first-level divisions worldwide ---------------------------------------------------------
    C("Floods swept through [[Queensland]] after days of heavy rain."),
    C("Bushfires burned across [[New South Wales]], officials said."),
    C("The premier of [[Ontario]] announced new funding for hospitals."),
    C("[[Quebec]] will hold a provincial election in October."),
    C("Wildfires forced evacuations in [[Alberta]] and [[British Columbia]]."),
    C("Farmers in [[Bavaria]] protested against the fuel tax."),
    C("An earthquake struck [[Sichuan]] province, state media said."),
    C("Factories in [[Guangdong]] cut shifts as orders fell."),
    C("Travel to [[Tibet]] remains restricted for foreign reporters."),
    C("Leaders in [[Catalonia]] called for new talks with [[Madrid]]."),
    C("Hospitals in [[Lombardy]] were stretched, officials said."),
    C("Voters in [[Scotland]] and [[Wales]] elect their parliaments in May."),
    C("Heavy rain hit [[Kerala]], where rescue teams were deployed."),
    C("Fighting spread across [[Darfur]], aid groups said."),
    C("Shelling continued in [[Donetsk Oblast]], the governor said."),
    C("Power was cut in parts of [[Kherson Oblast]] after the strike."),
    C("Fighting in [[Tigray]] has displaced thousands, the U.N. said."),
    C("Monsoon floods submerged villages across [[Sindh]]."),
    C("Drought has hit ranchers in [[Chihuahua|Chihuahua (state)]], officials said."),
    # --- US counties and parishes, UK counties ---------------------------------------------------
    C("Deputies in [[Rapides Parish]] searched for the missing boat."),
    C("[[Cook County]] prosecutors dropped the charges on Friday."),
    C("Flooding closed roads across [[Harris County]], the sheriff said."),
    C("Election officials in [[Maricopa County]] began the recount."),
    C("A curfew was lifted in [[Orleans Parish]] after the storm passed."),
    C("[[Miami-Dade County]] ordered residents of low-lying areas to leave."),
    C("Police in [[Kent|Kent (England)]] closed the motorway after the crash."),
    C("Storms battered [[Cornwall]] overnight, leaving homes without power."),
    C("Council leaders in [[Lancashire]] approved the new budget."),
    C("Flights from Stansted Airport in [[Essex|Essex (England)]] were cancelled."),
    # --- small towns ----------------------------------------------------------------------------
    C("World leaders gathered in [[Davos]] for the annual forum."),
    C("Residents of [[Pineville|Pineville (Louisiana)]] were told to boil their water."),
    C("A factory in [[Ankeny]] will close next year, the company said."),
    C("Heavy rain flooded streets in [[Lismore]], emergency services said."),
    C("The ferry from [[St Ives|St Ives (Cornwall)]] was cancelled because of high winds."),
    C("Troops withdrew from [[Bakhmut]] after months of fighting."),
    C("Rebels seized the town of [[Gao]] in northern [[Mali]]."),
    C("Militants attacked a market in [[Garissa]], police said."),
    C("A bus crash near [[Cusco]] killed 12 people, police said."),
    C("A new port opened in [[Kismayo]] on Monday."),
    C("Rescuers reached [[Truro]] after the floods."),
    C("The mayor of [[Hialeah]] declared a state of emergency."),
    # --- qualifiers: "X, Y" ----------------------------------------------------------------------
    C("Police in [[Alexandria|Alexandria (Louisiana)]], [[Louisiana]], said the suspect fled."),
    C("The plant in [[Paris|Paris (Texas)]], [[Texas]], will shut next month."),
    C("Lawmakers met in [[Springfield|Springfield (Illinois)]], [[Illinois]], to pass the budget."),
    C("Protesters marched in [[Portland|Portland (Oregon)]], [[Oregon]], on Saturday."),
    C("A storm hit [[Portland|Portland (Maine)]], [[Maine]], overnight."),
    C("A tornado touched down near [[Springfield|Springfield (Missouri)]], [[Missouri]]."),
    C("The company moved its offices to [[Birmingham|Birmingham (Alabama)]], [[Alabama]]."),
    C("Schools closed in [[London|London (Ontario)]], [[Ontario]], after the storm."),
    C("Talks were held in [[Tbilisi]], [[Georgia|Georgia (country)]], last week."),
    C("The ship docked in [[Tripoli|Tripoli (Lebanon)]], [[Lebanon]], on Friday."),
    C("The fire broke out in [[Perth|Perth (Scotland)]], [[Scotland]], early on Sunday."),
    C("The mill in [[Alexandria|Alexandria (Virginia)]], [[Va.|Virginia]], will close."),
    C("A rally was held in [[Savannah|Savannah (Georgia)]], [[Ga.|Georgia (state)]], on Sunday."),
    C("The new bridge in [[Brest|Brest (Belarus)]], [[Belarus]], opened on Monday."),
    # --- enclosing names with "in" -----------------------------------------------------------------
    C("The regional airport near [[Chelmsford]] in [[Essex|Essex (England)]] will expand."),
    C("Protests spread from [[Colchester]] in [[Essex|Essex (England)]] to [[London]]."),
    C("Police were called to a school in [[Maidstone]] in [[Kent|Kent (England)]]."),
    C("Tourists returned to [[Canterbury]] in [[Kent|Kent (England)]] after the strike."),
    C("Crowds filled the seafront at [[Blackpool]] in [[Lancashire]]."),
    C("The new line runs from [[Ludhiana]] in [[Punjab|Punjab (India)]] to [[New Delhi]]."),
    C("Ferries resumed between [[Kochi]] in [[Kerala]] and the islands."),
    C("A heat wave hit [[Hyderabad|Hyderabad (Sindh)]] in [[Sindh]] on Tuesday."),
    C("Rescue teams flew from [[Townsville]] in [[Queensland]] to the flooded towns."),
    C("The factory in [[Thunder Bay]] in [[Ontario]] hired 200 workers."),
    # --- the article's other places ---------------------------------------------------------------
    C("Talks in [[Amman]] ended without a deal; [[Jordan]] said it would host another round."),
    C(
        "From [[Tbilisi]] the convoy drove to [[Batumi]]; [[Georgia|Georgia (country)]] closed the pass later."
    ),
    C(
        "Crowds in [[Atlanta]] and [[Savannah|Savannah (Georgia)]] celebrated; [[Georgia|Georgia (state)]] voted on Tuesday."
    ),
    C("Rain fell in [[Seattle]] and across [[Washington|Washington (state)]], where rivers rose."),
    C("Shelling hit [[Aleppo]], [[Homs]] and [[Idlib]], a monitoring group said."),
    C("Flights from [[Brisbane]] to [[Cairns]] resumed as [[Queensland]] dried out."),
    C("Militants struck [[Maiduguri]] and [[Kano]] within a week, [[Nigeria]] said."),
    C("Strikes hit [[Mosul]], [[Kirkuk]] and [[Basra]], [[Iraq]] said."),
    C("Ferries linked [[Lagos]] with the coast while [[Nigeria]] repaired the bridge."),
    C("The tour went from [[Chengdu]] to [[Lhasa]] and on to [[Tibet|Tibet]]'s border towns."),
    C("Riots in [[Derry]] and [[Belfast]] left police injured across [[Northern Ireland]]."),
    C("A strike shut ports in [[Rotterdam]] and [[Amsterdam]], the [[Netherlands]] said."),
    # --- the dateline ------------------------------------------------------------------------------
    C(
        "Police said the suspect had fled [[Alexandria|Alexandria (Louisiana)]] before dawn.",
        dateline="ALEXANDRIA, La.",
    ),
    C("The city council of [[Paris|Paris (Texas)]] voted to raise water rates.", dateline="PARIS, Texas"),
    C("Residents of [[Perth|Perth (Australia)]] were told to stay indoors.", dateline="PERTH, Australia"),
    C(
        "The mayor of [[Birmingham|Birmingham (England)]] opened the new station.",
        dateline="BIRMINGHAM, England",
    ),
    C("Officials in [[Tripoli|Tripoli (Libya)]] said the port would reopen.", dateline="TRIPOLI, Libya"),
    C("Lawmakers in [[Springfield|Springfield (Illinois)]] delayed the vote.", dateline="SPRINGFIELD, Ill."),
    C("Doctors in [[Kyiv]] said the hospital had been hit.", dateline="KYIV, Ukraine"),
    C("Congress left [[Washington]] for the summer recess.", dateline="WASHINGTON"),
    C("Crowds gathered outside the palace in [[Amman]].", dateline="AMMAN, Jordan"),
    C("Officials in [[Mogadishu]] said the blast killed five.", dateline="MOGADISHU, Somalia"),
    # --- population decides a bare name -------------------------------------------------------------
    C("Flights to [[Paris]] were delayed by the strike."),
    C("The summit opens in [[London]] next week."),
    C("Traders in [[Alexandria|Alexandria (Egypt)]] and [[Cairo]] said prices had risen."),
    C("Tourism in [[Birmingham|Birmingham (England)]] recovered last year."),
    C("The envoy met officials in [[Moscow]] on Monday."),
    C("Stocks fell in [[Tokyo]] and [[Seoul]] after the data."),
    C("Heavy snow fell on [[Toronto]] and [[Montreal]]."),
    C("A heat wave hit [[Athens]] and [[Thessaloniki]]."),
    C("Officials in [[Havana]] blamed the blackout on fuel shortages."),
    C("Rail workers in [[Hamburg]] and [[Munich]] walked out."),
    C("Water was rationed in [[Karachi]] as the heat rose."),
    C("Protesters gathered in [[Tehran]] and [[Isfahan]]."),
    # --- the longest name ----------------------------------------------------------------------------
    C("FLOODING HIT [[NEW JERSEY|New Jersey]] ON MONDAY, OFFICIALS SAID."),
    C("Officers in [[New Jersey]] and [[New York|New York (state)]] joined the search."),
    C("Commuters from [[Jersey City]] and [[Newark]] faced delays."),
    C("Fans in [[Salt Lake City]] cheered the team's return."),
    C("Prices rose in [[Mexico City]], the central bank said."),
    C("Rain fell on [[Santiago de Cuba]] as the storm passed."),
    C("Ships waited off [[Port-au-Prince]] to unload."),
    C("Ministers met in [[New Delhi]] to discuss the budget."),
    C("Heavy rain hit [[New South Wales]] and parts of [[Queensland]]."),
    C("Police in [[St. Petersburg|Saint Petersburg]] detained 30 people."),
    # --- people and titles are not places (negatives and mixed) --------------------------------------
    C("The judge, Lord Hamilton, ruled that the appeal had no merit."),
    C("Paris Hilton arrived at the premiere on Thursday."),
    C("Sir Winston Churchill's letters were sold at auction."),
    C("Coach Jackson said his team would be ready."),
    C("Senator Warren questioned the bank's chief executive."),
    C("Jordan Henderson scored twice in the second half."),
    C("Justice Kennedy wrote the dissent, joined by Lady Chester."),
    C("Mr Sydney told reporters he had not been paid, in [[London]] on Friday."),
    C("Lord Lancaster visited troops in [[Kent|Kent (England)]] on Monday."),
    C("President Madison's papers were moved from [[Washington]] to a new archive."),
    # --- captions ------------------------------------------------------------------------------------
    C("Delegates met in [[Geneva]] on Monday.", caption="Delegates arrive in [[Geneva]] on Monday."),
    C(
        "The storm hit [[Cork]] hard.",
        caption="Waves break over a wall in [[Cork]]; [[Irish|Ireland]] crews worked all night.",
    ),
    C("Talks resumed on Friday.", caption="Negotiators meet in [[Zurich]] on Friday."),
    C("Rescue work went on through the night.", caption="Rescuers search rubble in [[Izmir]], [[Turkey]]."),
    C(
        "The port reopened after the strike.",
        caption="Cranes stand idle at the port of [[Gothenburg]] in [[Sweden]].",
    ),
    C("Prices rose again.", caption="A market in [[Lima]], [[Peru]], on Tuesday."),
    C("Fighting resumed near the city.", caption="Smoke rises over [[Khartoum]] in [[Sudan]]."),
    C("Voters queued from dawn.", caption="Voters line up in [[Nairobi]], [[Kenya]]."),
    C("Crowds filled the square in [[Rome]].", caption="Pilgrims in [[Rome]] on Sunday."),
    C("The festival drew record crowds.", caption="Dancers in [[Salvador|Salvador (Bahia)]], [[Brazil]]."),
    # --- names joined to a place by "and"/"or", division names NER does not label, one sense per story
    C("Floodwaters cut the roads between [[Brisbane]] and [[Toowoomba]] on Wednesday."),
    C("Residents of [[Gympie]] and [[Maryborough|Maryborough (Queensland)]] were told to leave."),
    C("[[Rapides Parish]] deputies said the man was also wanted in [[Grant Parish]]."),
    C(
        "Police in [[Alexandria|Alexandria (Louisiana)]], [[Louisiana]], said [[Alexandria|Alexandria (Louisiana)]] schools would close."
    ),
    # --- continents and regions ----------------------------------------------------------------------
    C("Gas prices in [[Europe]] fell for a third week."),
    C("Locusts spread across east [[Africa]], the U.N. said."),
    C("The envoy toured the [[Middle East]] for a week."),
]
