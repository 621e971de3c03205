"""Tests for newsgraph.understand.actors.titled: a person the model missed right after a title phrase.

Wire items written for this test: officials whose names the small model does not tag (Fijian, Bangladeshi,
Kyrgyz, Burmese names), and counter-cases: a title-case headline, a title with no name after it, a title before
a ministry's or an office's name.
"""

from __future__ import annotations

import pytest

from newsgraph.evaluate.actors_news import first_match

from .test_wire_blind import headlined_entities

pytestmark = pytest.mark.model

_SUVA = ("Fiji court jails coup plotter", "SUVA (Reuters) - Fiji's High Court jailed Vice President Ratu Jope "
         "Seniloli for four years on Friday for his role in the 2000 coup.")
_DHAKA = ("Bangladesh arrests suspects", "DHAKA (Reuters) - Home Minister Lutfozzaman Babar said on Monday police "
          "had arrested 12 people over the grenade attack.")
_BISHKEK = ("Kyrgyz protesters demand resignation", "BISHKEK (Reuters) - Protesters demanded on Monday that Prime "
            "Minister Nikolai Tanayev resign, and Foreign Minister Askar Aitmatov flew to Moscow.")
_NAURU = ("Pacific leaders meet", "APIA (Reuters) - Samoan Prime Minister Tuilaepa Sailele Malielegaoi opened a "
          "meeting of Pacific leaders on Tuesday.")
# Counter-cases: no name follows the title, or the capitalised words after it are no person.
_HEADLINE = ("Vice President Visits Troops In Kuwait", "KUWAIT (Reuters) - The vice president visited U.S. troops in "
             "Kuwait on Sunday.")
_OFFICE = ("Cabinet row", "LONDON (Reuters) - The Prime Minister's Office said on Monday that the Foreign Secretary "
           "would attend the summit.")
_MINISTRY = ("Ministry statement", "BEIJING (Reuters) - Foreign Ministry Spokesman said on Tuesday that China would "
             "send a delegation.")

# (headline, lead, actor as named, gold code); an empty gold: no person of that text is found.
CASES: list[tuple[str, str, str, str]] = [
    (*_SUVA, "Ratu Jope Seniloli", "FJIGOV"),
    (*_DHAKA, "Lutfozzaman Babar", "BGDGOV"),
    (*_BISHKEK, "Nikolai Tanayev", "KGZGOV"),
    (*_BISHKEK, "Askar Aitmatov", "KGZGOV"),
    (*_NAURU, "Tuilaepa Sailele Malielegaoi", "WSMGOV"),
    (*_HEADLINE, "Visits Troops", ""),
    (*_OFFICE, "Office", ""),
    (*_MINISTRY, "Spokesman", ""),
]

entities = headlined_entities(CASES)


@pytest.mark.parametrize(("title", "text", "name", "gold"), CASES, ids=[f"{i}-{c[2]}" for i, c in enumerate(CASES)])
def test_titled_person(title: str, text: str, name: str, gold: str) -> None:
    found = first_match(entities(title, text), name)
    if not gold:
        assert found is None or found.get("kind") != "person" or name not in str(found.get("name")), found
        return
    assert found is not None and found.get("code") == gold, (name, found and found.get("code"))
