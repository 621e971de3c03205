"""What a head word and its own adjectives say of an actor, on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.model import Entity, Mention
from newsgraph.settings import Settings
from newsgraph.understand.docview import EntityLookup
from newsgraph.understand.events.codebook import load_codebook
from newsgraph.understand.events.heads import (
    home_office_holder,
    leader_of,
    set_apart,
    suicide_bomber,
    title_role,
    titled_name,
)
from newsgraph.understand.events.tree import read_tokens

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("sentence", "head", "apart"),
    [
        ("Gunmen shot dead a foreign engineer near the port.", "engineer", True),
        ("Armed men seized four foreign oil workers from a rig.", "workers", True),
        ("The foreign minister met the envoy on Monday.", "minister", False),
        ("The foreign ministry summoned the ambassador.", "ministry", False),
        ("Gunmen shot dead a local engineer near the port.", "engineer", False),
        # A word of an organisation's name is no adjective of the head's.
        ("An Amnesty International researcher accused the army of torture.", "researcher", False),
        ("International observers accused the army of fraud.", "observers", True),
    ],
)
def test_heads_a_foreign_person_is_set_apart_but_not_a_portfolio(
    nlp: Any, sentence: str, head: str, apart: bool
) -> None:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == head)
    assert set_apart(read_tokens(doc), tok.i) is apart


def test_heads_a_suicide_bomber_is_a_militant_and_a_bomber_alone_an_aircraft(nlp: Any) -> None:
    doc = nlp("A suicide bomber struck a bus as a bomber flew overhead.")
    table = read_tokens(doc)
    first, second = (t.i for t in doc if t.text == "bomber")
    assert suicide_bomber(table, first)
    assert not suicide_bomber(table, second)


@pytest.mark.parametrize(
    ("sentence", "home", "title", "code"),
    [
        ("President Jan Novak flew to Ostrava.", "RUR", None, "RURGOV"),
        ("Jan Novak flew to Ostrava.", "RUR", "prime minister", "RURGOV"),
        ("Foreign Minister Jan Novak flew to Ostrava.", "RUR", None, ""),
        ("President Jan Novak flew to Ostrava.", "", None, ""),
    ],
)
def test_a_head_of_state_title_with_no_nationality_is_the_home_s(
    nlp: Any, sentence: str, home: str, title: str | None, code: str
) -> None:
    doc = nlp(sentence)
    assert home_office_holder(home, list(doc[:4]), title) == code


def test_heads_a_group_named_by_its_leader(nlp: Any) -> None:
    doc = nlp("Police clashed with Moqtada al-Sadr's militia, and the city's militia stayed home.")
    table = read_tokens(doc)
    militias = [t.i for t in doc if t.lower_ == "militia"]
    assert leader_of(table, militias[0]) is not None and doc[leader_of(table, militias[0]) or 0].text == "Sadr"
    assert leader_of(table, militias[1]) is None  # a place's militia is no person's


def test_heads_a_title_s_apposition_names_the_person_only_when_coded(nlp: Any) -> None:
    doc = nlp("The former prime minister Atal Vajpayee criticized the plan.")
    start = doc.text.index("Atal")
    person = Entity(id="e1", name="Atal Vajpayee", kind="person", country="IND", role="ELI",
                    mentions=(Mention(text="Atal Vajpayee", start=start, end=start + 13),))
    minister = next(t for t in doc if t.text == "minister")
    table = read_tokens(doc)
    assert titled_name(table, EntityLookup([person]), minister.i) == person
    uncoded = Entity(id="e1", name="Atal Vajpayee", kind="person", mentions=person.mentions)
    assert titled_name(table, EntityLookup([uncoded]), minister.i) is None


@pytest.mark.parametrize(
    ("sentence", "head", "role"),
    [
        ("A Kashmiri separatist leader called for talks.", "leader", "REB"),
        ("A rebel spokesman denied the report.", "spokesman", "REB"),
        ("An opposition leader criticised the budget.", "leader", "OPP"),
        ("An army commander said the town was calm.", "commander", "MIL"),
        ("The party leader met the envoy.", "leader", "GOV"),
    ],
)
def test_heads_a_title_of_no_sector_takes_the_armed_side_or_opposition_its_modifier_names(
    nlp: Any, sentence: str, head: str, role: str
) -> None:
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == head)
    assert title_role(read_tokens(doc), load_codebook(Settings()).actor_roles, tok.i) == role
