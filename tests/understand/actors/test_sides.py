"""Tests for newsgraph.understand.actors.sides: a country word that names a side taken or a sponsor, not a home.
Sentences written for this test."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.evaluate.actors_news import first_match
from newsgraph.understand.actors.sides import not_home, stance

from .test_wire_blind import headlined_entities

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "word", "taken"),
    [
        ("Pro-Russian separatists seized the building.", "Russian", True),
        ("Anti-American protesters marched on Friday.", "American", True),
        ("Rwandan-backed rebels seized the town.", "Rwandan", True),
        ("The U.S.-backed government imposed a curfew.", "U.S.", True),
        ("Syrian-sponsored militias fired on the camp.", "Syrian", True),
        # a leader's, a seat's or a home's word is the group's own
        ("U.S.-led troops raided a mosque.", "U.S.", False),
        ("A Dubai-based company bought the port.", "Dubai", False),
        ("Rwandan rebels seized the town.", "Rwandan", False),
    ],
)
def test_stance(nlp: Any, text: str, word: str, taken: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word or t.text.startswith(word))
    assert stance(token) is taken


_GOMA = ("Rebels seize Bukavu", "GOMA, Congo (Reuters) - Rwandan-backed rebels seized the town of Bukavu on "
         "Wednesday, U.N. officials said.")
_BAGHDAD = ("Curfew in Baghdad", "BAGHDAD (Reuters) - The U.S.-backed interim government imposed a curfew on "
            "Sunday after a wave of car bombs.")
_ITURI = ("Militias kill villagers", "KINSHASA (Reuters) - Ugandan-backed militias killed 20 villagers in Ituri "
          "on Monday, a U.N. spokesman said.")
_BEIRUT = ("Rockets fired", "BEIRUT (Reuters) - Iranian-backed guerrilla group Hezbollah fired rockets at "
           "Israeli positions on Friday.")
# Counter-cases: the group's own country word, and a leader's.
_LED = ("Mosque raided", "BAGHDAD (Reuters) - U.S.-led troops raided a mosque in Falluja on Monday.")
_OWN = ("Rebels cross border", "KIGALI (Reuters) - Rwandan rebels crossed into Congo on Monday, the army said.")

CASES: list[tuple[str, str, str, str]] = [
    (*_GOMA, "Rwandan-backed rebels", "CODREB"),
    (*_BAGHDAD, "interim government", "IRQGOV"),
    (*_ITURI, "Ugandan-backed militias", "COD"),
    (*_BEIRUT, "Hezbollah", "LBNREB"),
    (*_BEIRUT, "guerrilla group", "LBN"),
    (*_LED, "U.S.-led troops", "USAMIL"),
    (*_OWN, "Rwandan rebels", "RWAREB"),
]

entities = headlined_entities(CASES)


@pytest.mark.parametrize(("title", "text", "name", "gold"), CASES, ids=[f"{i}-{c[2]}" for i, c in enumerate(CASES)])
def test_a_sponsored_group_takes_no_country_from_its_sponsor(title: str, text: str, name: str, gold: str) -> None:
    found = first_match(entities(title, text), name)
    code = str(found.get("code") or found.get("country") or "") if found else ""
    assert code == gold if len(gold) > 3 else code[:3] == gold, (name, code)


@pytest.mark.parametrize(
    ("text", "word", "elsewhere"),
    [
        # the base of envoys or diplomats is where they are posted, not their home
        ("Tripoli-based diplomats said the strikes went on.", "Tripoli", True),
        ("Two Cairo-based envoys left on Monday.", "Cairo", True),
        # a body's seat is its own, and a stance is still one
        ("A Dubai-based company bought the port.", "Dubai", False),
        ("Pro-Russian separatists seized the building.", "Russian", True),
    ],
)
def test_an_envoys_base_is_no_home(nlp: Any, text: str, word: str, elsewhere: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text.startswith(word))
    assert not_home(token) is elsewhere
