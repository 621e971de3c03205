"""The web place set (web_cases.py: international web news of 2015-2020 in the style of GeoWebNews,
written in session 17 before the geoparser ran on it), run through the user's pipeline with the
blind set's harness, case by case and as a set.

A case passes when every gold toponym is found within 161 km of its point and nothing else is
taken for a place. Known misses are strict xfails with the reason, so a fix fails loudly until
its entry is removed. The set-level floors sit under the figure in docs/accuracy.md ("Places").
"""

from __future__ import annotations

import pytest

from newsgraph.testing.places import Case, score
from tests.known_misses import known_miss
from tests.understand.places.test_blind_set import _run, case_problems
from tests.understand.places.web_cases import CASES
from tests.understand.places.web_points import WEB_POINTS

POINTS = {key: (lat, lon) for key, (_, lat, lon, _) in WEB_POINTS.items()}

# Why cases still fail: general causes, each named once.
_MODEL = "a town the model calls a person or firm, or misses, after 'from', 'at', 'on', a verb or 'bound for' ('shells fell on Stepanakert', 'entered ... Tal Abyad', 'at ... Khurais'), or with a lower-case or cut part ('Sarpol-e Zahab', 'Bavispe, Sonora' with Sonora an ORG)"
_SMALL = "a village, suburb, district or town the gazetteer lacks, holds under another spelling or under 1,000 people (Regent, Hunza, Jolarpettai, Baltal, Sanamxay, Andheri, Jacarezinho, Bialowieza, Portapique, Churchill, Bab al-Tabbaneh, Hodeidah, Avdiivka as 'Avdiyivka' after 'in')"
_FEATURE = "a feature the gazetteer does not hold: a small river, lake, volcano, cave, ruin, valley, shrine, airport or ferry terminal (the Volta, the Suchiate, Lake Hazar, Tham Luang, Angkor, Machu Picchu, Volcan de Fuego, the Neelum Valley, Amarnath, Mitiga airport, Swartz Bay), a river whose name opens with a place's ('Ottawa River', 'Adelaide River', 'Paraguay River'), or the bare 'Amazon', also a firm"
_HOMONYM = "the wrong homonym: a Chinese city's respelling over the story's country ('Kurla' beside Mumbai is Korla, 'Horgos' beside Serbia is Khorgas), the larger Tripoli beside 'Lebanese', Sao Paulo state over the city, 'Antigua' the island beside Guatemalan towns, San Ysidro in New Mexico beside Tijuana, El Alto in Peru (GeoNames' table lacks the Bolivian city), San Jose left unsettled beside Occidental Mindoro"
_POINT = "the division's point (the centroid of the land nearest its towns) lies over 161 km from GeoNames' own (Queensland, Northern Territory, Newfoundland and Labrador, Nunavut, Yakutia)"
_TEAM = "a person or team whose name opens with a country or a big city ('Jordan Henderson': Henderson is a city too; 'Liverpool beat Chelsea'; 'Real Madrid')"
XFAIL: dict[int, str] = {
    **dict.fromkeys([73, 97, 105, 107, 120], _MODEL),
    **dict.fromkeys([25, 29, 32, 44, 47, 66, 86, 93, 95, 100, 114, 121, 146, 148], _SMALL),
    **dict.fromkeys([9, 19, 49, 58, 62, 75, 77, 82, 83, 109, 134, 142, 145], _FEATURE),
    **dict.fromkeys([57, 76, 85, 87, 128], _HOMONYM),
    **dict.fromkeys([125, 132, 150, 151], _POINT),
    **dict.fromkeys([153, 161], _TEAM),
}


def _params() -> list[object]:
    return [known_miss(c, key=i, misses=XFAIL, id=str(i)) for i, c in enumerate(CASES)]


def test_web_set_size() -> None:
    assert len(CASES) >= 120
    assert sum(len(c.body.split("[[")) - 1 for c in CASES) >= 400


@pytest.mark.model
@pytest.mark.parametrize("case", _params())
def test_web_case(case: Case) -> None:
    problems = case_problems(case, POINTS)
    assert not problems, problems


@pytest.mark.model
def test_web_set_score() -> None:
    result = score(CASES, _run, POINTS)
    # Blind first run (session 17, before any fix): recall 0.843, within 161 km 0.959, precision
    # 0.984; after the fixes 0.922 / 0.973 / 0.992 (docs/accuracy.md, "Places").
    assert result.recall >= 0.915, result
    assert result.accuracy >= 0.965, result
    assert result.precision >= 0.985, result
