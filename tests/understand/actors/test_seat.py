"""Tests for newsgraph.understand.actors.seat: a story filed from a capital quotes that capital's state organs.

Wire items written for this test (a headline, then a lead): a government at home reacting to what befell its
people abroad, where the place of events outvotes the dateline for the story's home; and counter-cases that must
not change: a bureau's story about a neighbour, a country that acts in the story, a dateline that is no capital,
and civilians or armed men, who live where the story happens.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.actors_news import first_match
from newsgraph.understand.actors.seat import organ_home

from .test_wire_blind import headlined_entities

pytestmark = pytest.mark.model

_SOFIA = ("Bulgarian hostage found dead", "SOFIA (Reuters) - The body of a Bulgarian truck driver kidnapped in Iraq "
          "was found in the Tigris, the Foreign Ministry said on Wednesday, and Prime Minister Simeon Saxe-Coburg "
          "condemned the killing.")
_SENATE = ("White House rejects prison charges", "WASHINGTON (Reuters) - The White House on Monday rejected charges "
           "that the administration had condoned torture at Abu Ghraib, and a Senate committee said it would hold "
           "more hearings.")
_KATHMANDU = ("Nepal mourns workers", "KATHMANDU (AP) - The government declared a day of mourning on Wednesday after "
              "12 Nepali cooks and cleaners were killed by militants in Iraq, and police fired tear gas at rioters.")
_ANKARA = ("Turkish drivers freed", "ANKARA (Reuters) - Two Turkish truck drivers held by kidnappers near Mosul were "
           "freed on Sunday, the foreign ministry said, and parliament called for a halt to convoys into Iraq.")
# Counter-cases.
_NAIROBI = ("Sudan talks resume", "NAIROBI (Reuters) - The Sudanese government and southern rebels resumed peace "
            "talks in the Kenyan town of Naivasha on Monday, the government said.")
_MOSCOW = ("Ukraine vote row", "MOSCOW (Reuters) - Ukraine's parliament voted on Saturday to declare the run-off "
           "invalid, and Russian officials said the opposition was to blame.")
_ACTS = ("Iraq frees Filipino", "MANILA (Reuters) - Iraq freed a Filipino truck driver on Tuesday, the interior "
         "ministry said, a day after Philippine troops left the country.")
_NOT_CAPITAL = ("Australian killed", "SYDNEY (Reuters) - An Australian aid worker was shot dead in Baghdad on "
                "Friday, the foreign ministry said.")
_SOURCES = ("Fighting in Somalia", "NAIROBI (Reuters) - Fighting between militias in Somalia killed 20 people on "
            "Monday, officials said, and Kenyan police closed the border.")
_GUNMEN = ("Bulgarians seized", "SOFIA (Reuters) - Gunmen kidnapped two Bulgarian truck drivers in Iraq on Tuesday, "
           "the Foreign Ministry said.")

# (headline, lead, actor as named, gold code)
CASES: list[tuple[str, str, str, str]] = [
    (*_SOFIA, "Foreign Ministry", "BGRGOV"),
    (*_SOFIA, "Simeon Saxe-Coburg", "BGRGOV"),
    (*_SOFIA, "Tigris", "IRQ"),
    (*_SENATE, "administration", "USAGOV"),
    (*_SENATE, "Senate committee", "USALEG"),
    (*_KATHMANDU, "government", "NPLGOV"),
    (*_KATHMANDU, "police", "NPLCOP"),
    (*_KATHMANDU, "militants", "IRQREB"),
    (*_ANKARA, "foreign ministry", "TURGOV"),
    (*_ANKARA, "parliament", "TURLEG"),
    (*_ANKARA, "kidnappers", "IRQ"),
    # A bureau's story about a neighbour names that neighbour's organs: the home stays.
    (*_NAIROBI, "southern rebels", "SDNREB"),
    (*_NAIROBI, "the government", "SDN"),
    # The home acts or owns in the story: it keeps its organs.
    (*_MOSCOW, "opposition", "UKROPP"),
    (*_ACTS, "interior ministry", "IRQGOV"),
    # A dateline that is no capital leaves the home votes as they were (the Australian's country and the dateline).
    (*_NOT_CAPITAL, "foreign ministry", "AUSGOV"),
    # Armed men live where the story happens, whoever's organs speak.
    # Nameless sources of a bureau's story about a neighbour stay where the events are.
    (*_SOURCES, "officials", "SOM"),
    (*_SOURCES, "Kenyan police", "KENCOP"),
    (*_GUNMEN, "Gunmen", "IRQREB"),
    (*_GUNMEN, "Foreign Ministry", "BGRGOV"),
]

entities = headlined_entities(CASES)


@pytest.mark.parametrize(("title", "text", "name", "gold"), CASES, ids=[f"{i}-{c[2]}" for i, c in enumerate(CASES)])
def test_seat_wire_actor(title: str, text: str, name: str, gold: str) -> None:
    found = first_match(entities(title, text), name)
    code = str(found.get("code") or found.get("country") or "") if found else ""
    assert code == gold if len(gold) > 3 else code[:3] == gold, (name, code)


def test_organ_home_is_the_seat_s_for_state_organs_only() -> None:
    assert organ_home("GOV", "BGR", "IRQ") == "BGR"
    assert organ_home("COP", "TUR", "IRQ") == "TUR"
    # Troops serve abroad, civilians and armed men live where the story happens: the home stays theirs.
    assert organ_home("MIL", "BGR", "IRQ") == "IRQ"
    assert organ_home("REB", "BGR", "IRQ") == "IRQ"
    assert organ_home("CVL", "BGR", "IRQ") == "IRQ"
    assert organ_home("GOV", None, "IRQ") == "IRQ"
    # nameless sources are quoted where events happen as often as in the capital: they keep the home
    assert organ_home("GOV", "KEN", "SOM", "officials") == "SOM"
    assert organ_home("GOV", "KEN", "SOM", "ministry") == "KEN"
