"""Goods seized are property confiscated (1711), not people arrested or abducted: sentences written for this test
in the style of 2004 wire copy."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "kilograms": "SRINAGAR, India, May 3, 2004 (AP) - Indian police seized 50 kilograms of explosives in a village "
    "north of the city on Monday.",
    "bare-goods": "KARACHI, May 3, 2004 (Reuters) - Police seized rockets and grenades from a house in the city's "
    "east on Monday.",
    "tons-of-drugs": "BOGOTA, May 3, 2004 (AP) - Colombian soldiers seized two tons of cocaine at a jungle laboratory, "
    "the army said.",
    "a-cache": "KABUL, May 3, 2004 (Reuters) - Afghan police seized a large cache near the border on Monday.",
    "people-seized": "KARACHI, May 3, 2004 (Reuters) - Police seized 12 suspects in raids on Monday.",
    "gunmen-seized": "BAGHDAD, May 3, 2004 (AP) - Gunmen seized two Turkish truck drivers north of the capital.",
    "arrested-with-kilos": "LIMA, May 3, 2004 (AP) - Police arrested a man carrying 20 kilograms of cocaine.",
}

RUN = RuleLeads(LEADS)


def _codes(key: str) -> set[str]:
    return {str(e["cameo"]) for e in RUN.events(key)}


@pytest.mark.parametrize("key", ["kilograms", "bare-goods", "tons-of-drugs", "a-cache"])
def test_goods_seized_are_confiscated(key: str) -> None:
    assert _codes(key) == {"1711"}, RUN.events(key)


def test_people_seized_stay_people() -> None:
    assert _codes("people-seized") == {"173"}, RUN.events("people-seized")
    assert _codes("gunmen-seized") == {"181"}, RUN.events("gunmen-seized")
    # "arrest" says arrest whatever the man carried
    assert _codes("arrested-with-kilos") == {"173"}, RUN.events("arrested-with-kilos")
