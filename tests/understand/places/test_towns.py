"""Towns written "Town, State" are found whatever NER called them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from newsgraph.understand.places.find import load_gazetteer
from newsgraph.understand.places.gazetteer import Gazetteer
from newsgraph.understand.places.towns import (
    scan_countries,
    scan_divisions,
    towns_after_locatives,
    towns_before_people,
    towns_before_qualifiers,
    towns_in_named_counties,
    towns_in_named_divisions,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _towns(text: str, gazetteer: Gazetteer) -> list[str]:
    return [text[s:e] for s, e in towns_before_qualifiers(text, len(text), gazetteer)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The plant in Lafayette, IN, will add 300 jobs.", "Lafayette"),  # postal code
        ("The mayor of Bowling Green, Ky., declared an emergency.", "Bowling Green"),  # AP abbreviation
        ("Snow fell on New Iberia, Louisiana, overnight.", "New Iberia"),  # the longest name
        ("The mill in Kamloops, B.C., will close.", "Kamloops"),  # a Canadian province
        ("Rebels held Gao, Mali, for a week.", "Gao"),  # a country
        ("The plant in McAllen, Texas, will close.", "McAllen"),  # a capital inside the name
    ],
)
def test_towns_before_their_state_are_found(text: str, town: str, gazetteer: Gazetteer) -> None:
    assert _towns(text, gazetteer) == [town]


def test_towns_need_a_state_that_holds_them(gazetteer: Gazetteer) -> None:
    # No town Lafayette in Maine; a name before a comma and a common word is no town.
    assert _towns("The plant in Lafayette, ME, will add 300 jobs.", gazetteer) == []
    assert _towns("Officials said Smith, The Times reported, had resigned.", gazetteer) == []
    assert _towns("Lafayette, IN", gazetteer) == ["Lafayette"]
    assert towns_before_qualifiers("Lafayette, IN", 5, gazetteer) == []  # past the limit


def test_divisions_by_their_word_singular_and_plural(gazetteer: Gazetteer) -> None:
    text = "The Rapides Parish sheriff met officials of Grant and Avoyelles parishes and Harris, Fort Bend and Galveston counties."
    found = [(text[s:e], name) for s, e, name in scan_divisions(text, len(text), gazetteer)]
    assert found == [
        ("Rapides Parish", "Rapides Parish"),  # a leading "The" is left out
        ("Grant", "Grant Parish"),
        ("Avoyelles", "Avoyelles Parish"),
        ("Harris", "Harris County"),
        ("Fort Bend", "Fort Bend County"),
        ("Galveston", "Galveston County"),
    ]
    # No such parishes: nothing.
    assert scan_divisions("Officials of Smithy and Jonesy parishes met.", 45, gazetteer) == []


def _after_locatives(text: str, gazetteer: Gazetteer, people: frozenset[str] = frozenset()) -> list[str]:
    return [text[s:e] for s, e in towns_after_locatives(text, len(text), gazetteer, people)]


def test_towns_after_a_locative_are_found_whatever_ner_said(gazetteer: Gazetteer) -> None:
    text = "Protests spread from Mosul to Kirkuk and flared near Bakersfield and in Emilia-Romagna."
    assert _after_locatives(text, gazetteer) == ["Mosul", "Kirkuk", "Bakersfield", "Emilia-Romagna"]
    # At the start of a sentence too, and a county after a locative.
    assert _after_locatives("In Tulsa, the count went on. Crews worked across Kern County.", gazetteer) == [
        "Tulsa",
        "Kern County",
    ]


def test_names_after_a_locative_that_are_no_town_are_left(gazetteer: Gazetteer) -> None:
    # Months, longer names that are no place, hamlets after "in", small towns after "to",
    # and the surname of a person the article names.
    assert _after_locatives("The bill passed in March and again in May.", gazetteer) == []
    assert _after_locatives("She worked in Goldman Sachs for a decade.", gazetteer) == []
    assert _after_locatives("The vote in Congress was close.", gazetteer) == []
    assert _after_locatives("In Jackson's view the bill will fail.", gazetteer) == []
    # A single word NER left unlabelled must be a city of 50,000 (Police, Poland has 33,000).
    text = "He was held in Police custody in Ahvaz."
    assert [text[s:e] for s, e in towns_after_locatives(text, len(text), gazetteer, frozenset(), frozenset())] == [
        "Ahvaz"
    ]
    assert _after_locatives("The letter went to Lampedusa.", gazetteer) == []
    assert _after_locatives("The call from Clinton came late.", gazetteer, frozenset({"Clinton"})) == []


def test_country_names_are_scanned_but_not_those_that_are_given_names(gazetteer: Gazetteer) -> None:
    text = "Talks between Belarus and South Korea stalled; Chad Smith and Jordan Brown watched."
    assert [text[s:e] for s, e in scan_countries(text, len(text), gazetteer)] == ["Belarus", "South Korea"]


def test_towns_ner_mislabelled_are_read_in_a_division_the_article_placed(gazetteer: Gazetteer) -> None:
    text = "A Tuscaloosa pharmacist and a Jackson nurse were charged."
    spans = [(2, 12), (30, 37)]
    alabama = frozenset({("USA", "AL")})
    found = towns_in_named_divisions(spans, text, gazetteer, alabama, frozenset())
    assert [(text[s:e], t.country, t.admin1) for s, e, t in found] == [("Tuscaloosa", "USA", "AL")]
    # Jackson, Alabama is too small; in Mississippi it is the town, unless a Jackson is a person here.
    mississippi = frozenset({("USA", "MS")})
    assert [text[s:e] for s, e, _ in towns_in_named_divisions(spans, text, gazetteer, mississippi, frozenset())] == [
        "Jackson"
    ]
    assert towns_in_named_divisions(spans, text, gazetteer, mississippi, frozenset({"Jackson"})) == []
    # No division placed: nothing.
    assert towns_in_named_divisions(spans, text, gazetteer, frozenset(), frozenset()) == []


def test_divisions_with_a_lower_case_word_are_first_level_ones(gazetteer: Gazetteer) -> None:
    text = (
        "Troops moved from Kunduz province into the state of Bihar and the northern province of Idlib;"
        " the Jewish state and Islamic State objected."
    )
    assert [(text[s:e], name) for s, e, name in scan_divisions(text, len(text), gazetteer)] == [
        ("Kunduz", "Kunduz province"),
        ("Bihar", "Bihar state"),
        ("Idlib", "Idlib province"),
    ]


def test_divisions_abbreviated_saints_and_alaska_boroughs(gazetteer: Gazetteer) -> None:
    text = "Crews from St. Charles Parish and the North Slope Borough flew north."
    found = [(text[s:e], name) for s, e, name in scan_divisions(text, len(text), gazetteer)]
    assert found == [("St. Charles Parish", "St. Charles Parish"), ("North Slope Borough", "North Slope Borough")]


def test_divisions_named_before_their_own_offices(gazetteer: Gazetteer) -> None:
    text = "The Kerala government and Ontario officials signed the deal; Smith officials declined."
    found = [name for _, _, name in scan_divisions(text, len(text), gazetteer)]
    assert found == ["Kerala", "Ontario"]


def test_towns_after_a_direction_and_of(gazetteer: Gazetteer) -> None:
    text = "The bus slid off the road two miles south of Beloit; the heart of Beloit was spared."
    assert _after_locatives(text, gazetteer) == ["Beloit"]


def test_towns_before_a_person_they_are_home_to(gazetteer: Gazetteer) -> None:
    text = "A Kenosha man and the Waukesha County woman he hit were hurt; a Quux man was not; a Tuesday man left."
    assert [text[s:e] for s, e in towns_before_people(text, len(text), gazetteer, frozenset())] == [
        "Kenosha",
        "Waukesha County",
    ]
    people = frozenset({"Kenosha"})
    assert [text[s:e] for s, e in towns_before_people(text, len(text), gazetteer, people)] == ["Waukesha County"]


def test_towns_before_a_person_are_no_peoples_surnames_or_schools(gazetteer: Gazetteer) -> None:
    text = "An Afghan man was stabbed; the Hoover family sold the farm; a Harvard student spoke; a Kenosha man left."
    assert [text[s:e] for s, e in towns_before_people(text, len(text), gazetteer, frozenset())] == ["Kenosha"]


def test_small_towns_of_a_county_the_article_placed_are_found(gazetteer: Gazetteer) -> None:
    (story,) = [c.entry for c in gazetteer.lookup("Story County") if c.entry.admin1 == "IA"]
    county = frozenset({("USA", "IA", story.admin2 or "")})
    text = "Story City and Huxley will share a fire engine, the board said on Monday in March."
    found = towns_in_named_counties(text, len(text), gazetteer, county, frozenset())
    # Towns of 3,500 people that NER often calls a firm; no weekday or month, however capitalised.
    assert [(text[s:e], t.admin1) for s, e, t in found] == [("Story City", "IA"), ("Huxley", "IA")]
    # A person of that name: not the town.
    assert [text[s:e] for s, e, _ in towns_in_named_counties(text, len(text), gazetteer, county, frozenset({"Huxley"}))] == [
        "Story City"
    ]
    # No county placed, or another county: nothing.
    assert towns_in_named_counties(text, len(text), gazetteer, frozenset(), frozenset()) == []
    assert towns_in_named_counties(text, len(text), gazetteer, frozenset({("USA", "OH", "139")}), frozenset()) == []


def test_towns_after_a_locative_with_a_particle_a_province_of_or_another_name(gazetteer: Gazetteer) -> None:
    # A lower-case particle inside the name, "the province of" as a locative, and a big city's other
    # spelling ("Marrakech" is GeoNames' Marrakesh); a small town is still found only by its own name.
    text = "Fires burned near Vina del Mar and in Rio de Janeiro."
    assert _after_locatives(text, gazetteer) == ["Vina del Mar", "Rio de Janeiro"]
    assert _after_locatives("Police raided homes in the southern province of Kandahar.", gazetteer) == ["Kandahar"]
    assert _after_locatives("Aid reached villages south of Marrakech.", gazetteer) == ["Marrakech"]
    # "de facto" is no name: a particle joins capitalised words only.
    assert _after_locatives("Power stayed in Kabul de facto.", gazetteer) == ["Kabul"]


def test_divisions_by_their_word_under_another_name(gazetteer: Gazetteer) -> None:
    # The word vouches for a division GeoNames knows under another name ("Qaraghandy oblysy").
    text = "The mine in Karaganda region was closed."
    assert [(text[s:e], name) for s, e, name in scan_divisions(text, len(text), gazetteer)] == [
        ("Karaganda", "Karaganda region")
    ]
