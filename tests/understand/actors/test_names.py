"""Named mentions and their clusters: titles cut off, surnames and acronyms joined to their full forms."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.actors.names import add_names
from tests.understand.actors.actor_drafts import draft, names_of
from tests.understand.actors.test_wire_blind import analyse_headlined

pytestmark = pytest.mark.model


def test_names_surname_joins_the_full_name_and_title_is_cut_off(nlp: Any) -> None:
    d = draft(nlp, "Defence Minister Ruslan Zhaksylykov arrived on Monday. Zhaksylykov said talks went well.")
    add_names(d)
    person = [names for key, names in names_of(d).items() if key.startswith("person:")]
    assert person == [["Ruslan Zhaksylykov", "Zhaksylykov"]]


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        ("Trade Minister Kofi Osei-Boateng arrived on Monday. Osei-Boateng said talks went well.",
         "Kofi Osei-Boateng", "Osei-Boateng"),
        ("Foreign Minister Abu Bakr al-Hadrami arrived on Monday. Al-Hadrami said talks went well.",
         "Abu Bakr al-Hadrami", "Al-Hadrami"),
        ("Mayor Anna Lindqvist-Berg opened the bridge. Officials said Lindqvist-Berg cut the ribbon.",
         "Anna Lindqvist-Berg", "Lindqvist-Berg"),
    ],
)
def test_names_hyphenated_surname_joins_the_full_name(nlp: Any, text: str, full: str, short: str) -> None:
    d = draft(nlp, text)
    add_names(d)
    person = [names for key, names in names_of(d).items() if key.startswith("person:")]
    assert person == [[full, short]]


def test_names_acronym_joins_its_organisation(nlp: Any) -> None:
    d = draft(nlp, "The National Farmers Union said prices fell sharply in May. The NFU warned of losses.")
    add_names(d)
    assert any(names[-1] == "NFU" and "National Farmers Union" in names[0] for names in names_of(d).values())


def test_names_country_is_keyed_by_its_code(nlp: Any) -> None:
    d = draft(nlp, "Belarus and Iran signed a deal in Minsk.")
    add_names(d)
    assert {"country:BLR", "country:IRN"} <= set(d.clusters)
    assert d.clusters["country:BLR"].canonical == "Belarus"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SYDNEY (Reuters) - JOHN Marsden's bid to lead the party is paying off, a poll shows.", "JOHN Marsden"),
        ("MARIA Santos, the mayor, vowed on Sunday to rebuild the market.", "MARIA Santos"),
    ],
)
def test_names_shouted_given_name_of_a_lead_is_a_person(nlp: Any, text: str, name: str) -> None:
    d = draft(nlp, text)
    add_names(d)
    assert [name] in [names for key, names in names_of(d).items() if key.startswith("person:")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The airline Fennair said on Monday it would cut 500 jobs.", "Fennair"),
        ("Shares in the company Brenco fell on Monday.", "Brenco"),
    ],
)
def test_names_name_after_an_institution_noun_is_an_organisation(nlp: Any, text: str, name: str) -> None:
    d = draft(nlp, text)
    add_names(d)
    kinds = {c.names[0].text: c.kind for c in d.clusters.values() if c.names}
    assert kinds.get(name) == "organisation"


def test_names_plural_role_noun_the_model_calls_an_organisation_is_left_to_the_group(nlp: Any) -> None:
    d = draft(nlp, "Siege ends\n\nKidnappers freed three Nepali drivers on Sunday, the company said.")
    add_names(d)
    assert not [names for names in names_of(d).values() if "Kidnappers" in names]


def test_names_a_name_never_ends_in_the_blank_line_after_a_headline() -> None:
    item = ("Hostage", "Kidnappers released two French journalists on Tuesday, the French Foreign Ministry said.")
    (article,) = analyse_headlined([item])["|".join(item)]
    texts = [m["text"] for e in article["entities"] for m in e["mentions"]]
    assert texts and all(t == t.strip() for t in texts)


def test_names_a_name_stops_at_a_dash_set_apart_by_spaces(nlp: Any) -> None:
    # A credit the reader left in the lead ("Reuters - Police ...") is no part of the name after it.
    d = draft(nlp, "Reuters - Police broke up a rally in the capital on Sunday.")
    add_names(d)
    assert not [names for names in names_of(d).values() if any("-" in n for n in names)]


def test_names_a_headline_s_capitalised_role_noun_is_left_to_the_group() -> None:
    # A headline capitalises every noun: "Army" there is the army of the story's country, not a name with none.
    item = ("Army pounds rebel hideouts", "LAHORE, Pakistan (Reuters) - Troops attacked rebel hideouts in the "
            "north-west on Tuesday, killing at least ten militants, the army said.")
    (article,) = analyse_headlined([item])["|".join(item)]
    army = [e for e in article["entities"] if any(m["text"].lower() == "army" for m in e["mentions"])]
    assert army and all(e["code"] == "PAKMIL" for e in army)


def test_names_a_headline_s_role_noun_that_qualifies_a_noun_stays_a_name() -> None:
    # "after coast guard chase": the word qualifies the chase, so no group is found for it; it stays the actor.
    item = ("Trawler flees after navy chase", "A suspected foreign trawler was chased out of Japanese waters on "
            "Tuesday, officials said.")
    (article,) = analyse_headlined([item])["|".join(item)]
    assert [e for e in article["entities"] if e["name"].lower() == "navy"]


def test_names_an_adjective_of_language_before_a_descriptor_names_no_organisation(nlp: Any) -> None:
    # The model calls "Arabic" a nationality; "daily" after it describes the paper, whose name follows.
    d = draft(nlp, "The London-based Arabic daily Al-Nahar said the talks had failed.")
    add_names(d)
    assert not [n for names in names_of(d).values() for n in names if n == "Arabic"]


def test_north_and_south_korea_are_two_countries(nlp: Any) -> None:
    # the model tags only "South Korea"; "North" before "and" makes a country's name with the rest of it
    found = _pair_names(nlp, "North and South Korea agreed on Friday to hold talks next month.")
    assert {"North Korea", "South Korea"} <= found
    # a country before "and" that makes no name with the rest is left alone
    assert "Iran Korea" not in _pair_names(nlp, "Iran and North Korea rejected the demand on Friday.")


def _pair_names(nlp: Any, text: str) -> set[str]:
    from newsgraph.evaluate.userpath import run_user_path
    from newsgraph.settings import Settings

    run = run_user_path(iter([{"id": "x", "text": "Headline .\n" + text}]), Settings())
    return {e["name"] for e in run.articles["x"][0]["entities"]}
