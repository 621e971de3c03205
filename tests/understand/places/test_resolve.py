"""Choosing which place a name means: priors, qualifiers ("Paris, Texas"), the countries in
play, the dateline, and a confidence that leaves a close call unresolved."""

from __future__ import annotations

import pytest

from newsgraph.understand.places.gazetteer import Candidate, Gazetteer, GeoEntry, build_gazetteer, name_key
from newsgraph.understand.places.resolve import (
    MIN_CONFIDENCE,
    Context,
    Group,
    PlaceMention,
    beside_divisions,
    county_pairs,
    joined_towns,
    prior,
    resolve_dateline,
    resolve_groups,
)

NOTHING = Context({}, {}, None, None)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return build_gazetteer()


def group(gazetteer: Gazetteer, text: str, start: int = 0, *, hint: str | None = None) -> Group:
    mention = PlaceMention(text, start, start + len(text), "GPE", hint)
    return Group(name_key(text), [mention], gazetteer.lookup(text), hint=hint)


def test_resolve_prior_favours_countries_capitals_and_own_names() -> None:
    city = GeoEntry("Minsk", "city", "BLR", 53.9, 27.57, 1_742_124)
    capital = GeoEntry("Minsk", "city", "BLR", 53.9, 27.57, 1_742_124, capital=True)
    country = GeoEntry("Belarus", "country", "BLR", 53.2, 27.9, 1_742_124)
    assert prior(Candidate(capital, True)) > prior(Candidate(city, True)) > prior(Candidate(city, False))
    assert prior(Candidate(country, True)) > prior(Candidate(city, True))


def test_resolve_a_qualifier_decides_both_names(gazetteer: Gazetteer) -> None:
    paris = group(gazetteer, "Paris")
    texas = Group(
        name_key("Texas"),
        [PlaceMention("Texas", 7, 12, "qualifier")],
        gazetteer.lookup("Texas", qualifier=True),
    )
    paris.qualifier, texas.heads = texas, [paris]
    resolve_groups([paris, texas], NOTHING, gazetteer)
    assert paris.choice is not None and (paris.choice.country, paris.choice.admin1) == ("USA", "TX")
    assert texas.choice is not None and texas.choice.feature == "admin1"


def test_resolve_a_bare_name_is_its_likeliest_place(gazetteer: Gazetteer) -> None:
    paris = group(gazetteer, "Paris")
    resolve_groups([paris], NOTHING, gazetteer)
    assert paris.choice is not None and paris.choice.country == "FRA"
    assert paris.confidence >= MIN_CONFIDENCE
    assert paris.ranking[0][0] == paris.choice and len(paris.ranking) > 1


def test_resolve_countries_in_play_pick_georgia_the_country(gazetteer: Gazetteer) -> None:
    georgia = group(gazetteer, "Georgia")
    others = [group(gazetteer, "Armenia", 20), group(gazetteer, "Azerbaijan", 40)]
    resolve_groups([georgia, *others], NOTHING, gazetteer)
    assert georgia.choice is not None and georgia.choice.feature == "country"
    atlanta = group(gazetteer, "Atlanta", 60)
    state = group(gazetteer, "Georgia")
    resolve_groups([state, atlanta], NOTHING, gazetteer)
    assert state.choice is not None and state.choice.country == "USA"


def test_resolve_the_entity_stages_country_is_a_strong_hint(gazetteer: Gazetteer) -> None:
    bare = group(gazetteer, "Georgia")
    hinted = group(gazetteer, "Georgia", hint="USA")
    resolve_groups([bare], NOTHING, gazetteer)
    resolve_groups([hinted], NOTHING, gazetteer)
    assert bare.choice is not None and bare.choice.country == "GEO"
    assert hinted.choice is not None and (hinted.choice.country, hinted.choice.feature) == ("USA", "admin1")


def test_resolve_a_name_with_no_candidate_stays_unresolved(gazetteer: Gazetteer) -> None:
    nowhere = group(gazetteer, "Qwzxv")
    resolve_groups([nowhere], NOTHING, gazetteer)
    assert nowhere.choice is None and nowhere.confidence == 0.0


def test_resolve_dateline_names_a_city(gazetteer: Gazetteer) -> None:
    key, washington = resolve_dateline("WASHINGTON (Reuters) -", gazetteer)
    assert key == "washington" and washington is not None
    assert (washington.feature, washington.country, washington.capital) == ("city", "USA", True)
    _, alexandria = resolve_dateline("ALEXANDRIA, La. —", gazetteer)
    assert alexandria is not None and (alexandria.country, alexandria.admin1) == ("USA", "LA")
    _, kyiv = resolve_dateline("KYIV, Ukraine", gazetteer)
    assert kyiv is not None and kyiv.country == "UKR"
    assert resolve_dateline(None, gazetteer) == (None, None)
    assert resolve_dateline(" - ", gazetteer) == (None, None)


def test_resolve_later_mentions_follow_the_dateline(gazetteer: Gazetteer) -> None:
    key, alexandria = resolve_dateline("ALEXANDRIA, La.", gazetteer)
    mention = group(gazetteer, "Alexandria", 30)
    resolve_groups([mention], Context({}, {}, alexandria, key), gazetteer)
    assert mention.choice == alexandria


def test_resolve_a_town_near_the_dateline_wins_in_its_own_state(gazetteer: Gazetteer) -> None:
    key, springfield = resolve_dateline("SPRINGFIELD, Ill.", gazetteer)
    assert springfield is not None
    chatham = group(gazetteer, "Chatham", 40)
    resolve_groups([chatham], Context({}, {("USA", "IL"): 1.0}, springfield, key), gazetteer)
    assert chatham.choice is not None and chatham.choice.admin1 == "IL"
    assert chatham.choice.lat is not None and abs(chatham.choice.lat - 39.68) < 0.2
    # Without the dateline the bigger namesake in the state (Chicago's neighbourhood) leads.
    bare = group(gazetteer, "Chatham", 40)
    resolve_groups([bare], Context({}, {("USA", "IL"): 1.0}, None, None), gazetteer)
    assert bare.choice is not None and bare.choice.lat is not None and bare.choice.lat > 41


def test_resolve_the_dateline_neighbourhood_never_beats_a_country_or_a_foreign_hint(gazetteer: Gazetteer) -> None:
    key, youngstown = resolve_dateline("YOUNGSTOWN, Ohio", gazetteer)
    poland = group(gazetteer, "Poland", 40)
    resolve_groups([poland], Context({}, {}, youngstown, key), gazetteer)
    assert poland.choice is not None and poland.choice.feature == "country"
    key, washington = resolve_dateline("WASHINGTON (AP) -", gazetteer)
    alexandria = group(gazetteer, "Alexandria", 40, hint="EGY")
    resolve_groups([alexandria], Context({}, {}, washington, key), gazetteer)
    assert alexandria.choice is not None and alexandria.choice.country == "EGY"


def test_resolve_a_county_and_a_town_inside_it_settle_each_other(gazetteer: Gazetteer) -> None:
    # "Richland County deputies arrested a man in Mansfield": six states have the county, Mansfield is
    # a town in England, Texas and Ohio; only Ohio has both, the town inside the county.
    county, town = group(gazetteer, "Richland County"), group(gazetteer, "Mansfield", 40)
    assert {e.admin1 for e in county_pairs([county, town])[id(town)]} == {"OH"}
    resolve_groups([county, town], NOTHING, gazetteer)
    assert county.choice is not None and county.choice.admin1 == "OH"
    assert town.choice is not None and (town.choice.country, town.choice.admin1) == ("USA", "OH")
    # Alone, neither is Ohio's: the pair is what settles them.
    alone = group(gazetteer, "Mansfield")
    resolve_groups([alone], NOTHING, gazetteer)
    assert alone.choice is None or alone.choice.admin1 != "OH"
    # A name is no pair for itself, and a town with no county named gains nothing.
    assert county_pairs([town]) == {}


def test_resolve_names_joined_to_a_state_are_read_as_states(gazetteer: Gazetteer) -> None:
    text = "Police in New York and New Jersey and in Paris searched for him."
    new_york, new_jersey = group(gazetteer, "New York", 10), group(gazetteer, "New Jersey", 23)
    paris = group(gazetteer, "Paris", 41)
    # New Jersey is only a state: New York beside it gains its state reading; New York, with a city of
    # note, lends none to New Jersey; Paris is joined to neither.
    assert beside_divisions(text, [new_york, new_jersey, paris]) == frozenset({"new york"})
    resolve_groups([new_york, new_jersey, paris], Context({}, {}, None, None, beside_divisions=frozenset({"new york"})), gazetteer)
    assert new_york.choice is not None and new_york.choice.feature == "admin1"
    alone = group(gazetteer, "New York")  # alone, the city
    resolve_groups([alone], NOTHING, gazetteer)
    assert alone.choice is not None and alone.choice.feature == "city"


def _joined(gazetteer: Gazetteer, text: str, first: str, second: str) -> tuple[Group, Group]:
    """The two names of `text` scored as one article's, with the pair rule."""
    a, b = group(gazetteer, first, text.index(first)), group(gazetteer, second, text.index(second))
    resolve_groups([a, b], NOTHING, gazetteer, joined=joined_towns(text, [a, b]))
    return a, b


def test_resolve_two_towns_named_together_are_neighbours(gazetteer: Gazetteer) -> None:
    # Each name alone is a close call or another country's; together they share a province or state.
    hamilton, burlington = _joined(gazetteer, "Snow closed schools in Hamilton and Burlington.", "Hamilton", "Burlington")
    assert hamilton.choice is not None and burlington.choice is not None
    assert (hamilton.choice.country, hamilton.choice.admin1) == ("CAN", "08")
    assert (burlington.choice.country, burlington.choice.admin1) == ("CAN", "08")
    birmingham, _ = _joined(gazetteer, "Marches in Birmingham and Montgomery.", "Birmingham", "Montgomery")
    assert birmingham.choice is not None and (birmingham.choice.country, birmingham.choice.admin1) == ("USA", "AL")


def test_resolve_small_namesakes_never_pair(gazetteer: Gazetteer) -> None:
    # Ontario has a London and a small Paris: the capitals stay.
    london, paris = _joined(gazetteer, "Leaders met in London and Paris.", "London", "Paris")
    assert london.choice is not None and london.choice.country == "GBR"
    assert paris.choice is not None and paris.choice.country == "FRA"
    # Not joined by "and": no pair.
    text = "Hamilton scored. Burlington lost."
    a, b = group(gazetteer, "Hamilton", 0), group(gazetteer, "Burlington", text.index("Burlington"))
    assert joined_towns(text, [a, b]) == {}
