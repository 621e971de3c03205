"""Politicians who attack one another do it in words: sentences written for this test in the style of 2004 wire
copy, with their headlines."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "leader-bare-names": "LONDON, May 3, 2004 (Reuters) - Michael Howard attacked Tony Blair over Iraq on Monday.",
    "candidate-president": "WASHINGTON, May 3, 2004 (AP) - John Kerry attacked George W. Bush on Monday over the "
    "loss of manufacturing jobs.",
    "chancellor-rival": "BERLIN, May 3, 2004 (Reuters) - Gerhard Schroeder attacked Angela Merkel on Monday for "
    "her tax plans.",
    "passive-rival": "LONDON, May 3, 2004 (Reuters) - Tony Blair was attacked by Michael Howard over Iraq on Monday.",
    "leader-targets-leader": "JERUSALEM, May 3, 2004 (Reuters) - Ariel Sharon targeted Yasser Arafat on Monday as "
    "Israeli troops surrounded his compound.",
    "troops-attack": "GROZNY, May 3, 2004 (Reuters) - Russian troops attacked rebel positions in the mountains on "
    "Monday.",
    "president-attacks-country": "WASHINGTON, May 3, 2004 (AP) - George W. Bush attacked Iraq in March 2003, "
    "a year before the vote.",
    "gunmen-attack-minister": "BAGHDAD, May 3, 2004 (Reuters) - Gunmen attacked Iraqi Deputy Foreign Minister "
    "Hamid al-Bayati on Monday, killing two of his guards.",
}

RUN = RuleLeads(LEADS)


def _roots(key: str) -> set[str]:
    return {str(e["cameo"])[:2] for e in RUN.events(key)}


@pytest.mark.parametrize("key", ["leader-bare-names", "candidate-president", "chancellor-rival", "passive-rival"])
def test_a_politician_attacking_a_politician_criticises(key: str) -> None:
    assert "11" in _roots(key) and not _roots(key) & {"18", "19"}, RUN.events(key)


@pytest.mark.parametrize(
    "key", ["troops-attack", "president-attacks-country", "gunmen-attack-minister", "leader-targets-leader"]
)
def test_force_by_troops_a_state_or_gunmen_stays_force(key: str) -> None:
    assert _roots(key) & {"18", "19"}, RUN.events(key)
