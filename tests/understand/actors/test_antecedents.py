"""A bare group noun or a bare ministry takes the country of the group or minister the article named with it before
(antecedents.py), through the real model and coder on sentences written for it; where two countries' groups were
named before, or none, the story's own rules speak as before."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Entity, Mention
from newsgraph.understand.actors.antecedents import bare_head, earlier_country

from .test_coding import actors, code


def _entity(eid: str, name: str, start: int, kind: str = "organisation", title: str | None = None) -> Entity:
    return Entity(eid, name, kind, (Mention(name, start, start + len(name)),), title=title)  # type: ignore[arg-type]


def test_a_bare_head_is_one_noun_with_no_words_of_its_own() -> None:
    assert bare_head(_entity("e1", "the guerrillas", 0)) == "guerrillas"
    assert bare_head(_entity("e1", "Police", 0)) == "police"
    assert bare_head(_entity("e1", "Dutch police", 0)) is None


def test_the_one_earlier_country_speaks_and_two_say_nothing() -> None:
    countries = {"e1": "LKA", "e2": "IND", "e3": "DEU"}
    named = _entity("e1", "Tamil Tiger guerrillas", 0)
    bare = _entity("e9", "guerrillas", 100)
    assert earlier_country(bare, [named, bare], lambda o: countries.get(o.id)) == "LKA"
    other = _entity("e2", "Indian guerrillas", 50)
    assert earlier_country(bare, [named, other, bare], lambda o: countries.get(o.id)) is None
    later = _entity("e3", "German guerrillas", 200)  # named after it: no antecedent
    assert earlier_country(bare, [later, bare], lambda o: countries.get(o.id)) is None


def test_a_bare_ministry_is_the_earlier_minister_s_of_its_portfolio() -> None:
    countries = {"e1": "DEU", "e2": "ISR"}
    minister = _entity("e1", "Kurt Weller", 0, "person", "Defence Minister")
    other = _entity("e2", "Avi Tal", 20, "person", "Finance Minister")
    ministry = _entity("e9", "defence ministry", 100)
    assert earlier_country(ministry, [minister, other, ministry], lambda o: countries.get(o.id)) == "DEU"
    bare = _entity("e8", "the ministry", 100)  # both ministers' ministries: they disagree
    assert earlier_country(bare, [minister, other, bare], lambda o: countries.get(o.id)) is None
    # filed from another state's seat, the ministry may be the host's: the seat's reading stands
    found = earlier_country(ministry, [minister, other, ministry], lambda o: countries.get(o.id), seat="AUT")
    assert found is None
    assert earlier_country(ministry, [minister, ministry], lambda o: countries.get(o.id), seat="DEU") == "DEU"



@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the guerrillas of the sentence before are the ones a reader takes "the guerrillas" for
        ("NEW DELHI (Reuters) - A panel overseeing the ceasefire with Tamil Tiger guerrillas will convene on "
         "Thursday. It was formed after months of clashes with the guerrillas.", "guerrillas", "LKAREB"),
        # "Police" after "Dutch police" in a story from a Dutch city, though German police are named later
        ("UTRECHT, Netherlands (Reuters) - Dutch police were searching on Tuesday for a stolen Belgian lorry. "
         "Police did not say where it was last seen. Belgian police questioned its driver.", "Police",
         "NLDCOP"),
        # the ministry of the minister named before, not of the country the story is about
        ("ROME (Reuters) - Italian Foreign Minister Carlo Bertani met the negotiator for Rwanda on Saturday, the "
         "ministry said. Rwanda's government rejected talks with the rebels in Rwanda.", "ministry", "ITAGOV"),
        ("BONN (Reuters) - German Defence Minister Kurt Weller will fly to Chile in May, the defence ministry "
         "said. Chilean generals are to show him a new air base.", "defence ministry", "DEUMIL"),
    ],
)
def test_a_bare_noun_takes_its_antecedent_s_country(nlp: Any, text: str, name: str, expected: str) -> None:
    assert code(actors(nlp, text), name) == expected


@pytest.mark.model
def test_a_visiting_minister_does_not_take_the_host_s_ministry(nlp: Any) -> None:
    # filed from Vienna, "the foreign ministry" may be Austria's: the seat's reading stands, not the visitor's
    text = "Chilean Foreign Minister Rosa Ibarra arrived in Vienna on Tuesday for talks on trade, the foreign ministry said."
    assert code(actors(nlp, text, dateline="VIENNA"), "foreign ministry") == "AUTGOV"
    # filed from her own capital, it is hers
    text = "Chilean Foreign Minister Rosa Ibarra will travel to Vienna on Tuesday for talks on trade, the foreign ministry said."
    assert code(actors(nlp, text, dateline="SANTIAGO"), "foreign ministry") == "CHLGOV"


@pytest.mark.model
def test_two_countries_groups_before_leave_the_bare_noun_to_the_story(nlp: Any) -> None:
    # Indian and Pakistani troops both named before: "the troops" could be either, so no antecedent gives them a
    # country (the story's home may; it must not be one side's by antecedent).
    found = actors(nlp, "SRINAGAR, India (Reuters) - Indian troops and Pakistani troops exchanged fire on Monday. "
                        "The troops fired mortars, an officer said.")
    assert code(found, "troops") in ("INDMIL", "MIL")
