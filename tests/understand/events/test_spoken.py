"""Doers who attack only in words (an office that speaks for a body, the press), and arguments a possessor owns:
sentences written for this test in the style of 2004 wire copy."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "defence-minister": "MOSCOW, May 3, 2004 (Reuters) - Russia's defence minister assailed the alliance's expansion "
    "into the Baltic states on Monday.",
    "titled-minister": "JERUSALEM, May 3, 2004 (AP) - Defense Minister Shaul Mofaz attacked the Palestinian "
    "Authority on Monday for failing to rein in militants.",
    "party-paper": "HAVANA, May 3, 2004 (AP) - The ruling party's newspaper launched a fierce attack on the United "
    "States on Monday.",
    "state-tv": "PYONGYANG, May 3, 2004 (AP) - North Korean state television attacked South Korea's defense chief "
    "on Monday.",
    "possessed-argument": "NEW DELHI, May 3, 2004 (Reuters) - The opposition attacked the government's farm policy "
    "on Monday.",
    "army-attacked": "GROZNY, May 3, 2004 (Reuters) - Russian troops attacked rebel positions in the mountains on "
    "Monday.",
    "rebels-attacked-army": "MONROVIA, May 3, 2004 (Reuters) - Rebels attacked government soldiers near the capital "
    "on Monday.",
    "commander-offensive": "COLOMBO, May 3, 2004 (Reuters) - The army commander launched an offensive against rebel "
    "positions in the east.",
}

RUN = RuleLeads(LEADS)


def _roots(key: str) -> set[str]:
    return {str(e["cameo"])[:2] for e in RUN.events(key)}


@pytest.mark.parametrize("key", ["defence-minister", "titled-minister", "party-paper", "state-tv", "possessed-argument"])
def test_words_are_criticism(key: str) -> None:
    assert _roots(key) == {"11"}, RUN.events(key)


@pytest.mark.parametrize("key", ["army-attacked", "rebels-attacked-army", "commander-offensive"])
def test_armed_bodies_still_fight(key: str) -> None:
    roots = _roots(key)
    assert roots and roots <= {"18", "19"}, RUN.events(key)
