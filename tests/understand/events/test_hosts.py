"""A meeting with no partner named is held with the state the doer is in for it, on sentences written for these
tests (through the user's path)."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def _consultations(settings: Settings, text: str) -> set[tuple[str, str]]:
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    return {
        (e["source_code"][:3], e["target_code"][:3])
        for a in run.articles["x"]
        for e in a["events"]
        if str(e["cameo"]).startswith("04")
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("AFP - The Greek foreign minister was in Ankara on Friday for talks on Cyprus.", ("GRC", "TUR")),
        ("Reuters - Japan's prime minister is due in Seoul next week for talks, officials said.", ("JPN", "KOR")),
        # a visit one flies "to" a state for is made to it, as one one is "in" it for
        ("AP - The Dutch prime minister flew to Kabul on Monday for a surprise visit.", ("NLD", "AFG")),
    ],
)
def test_hosts_talks_a_visitor_is_in_a_town_for_are_held_with_its_state(
    settings: Settings, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _consultations(settings, text)


def test_hosts_a_town_of_the_doers_own_country_names_no_partner(settings: Settings) -> None:
    found = _consultations(settings, "AFP - The Greek foreign minister was in Athens on Monday for talks on Iraq.")
    assert all(target in ("", "GRC") for _, target in found), found


def test_hosts_talks_that_name_their_partner_keep_it(settings: Settings) -> None:
    text = "Reuters - The Greek foreign minister was in Ankara on Friday for talks with Kofi Annan."
    assert ("GRC", "TUR") not in _consultations(settings, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # The visitor's own troops abroad, or people and places of no state, are visited in the host's country.
        ("AP - The Dutch defence minister visited Dutch troops in Samawah on Friday.", ("NLD", "IRQ")),
        ("Reuters - The Italian foreign minister visited a hospital in Kabul on Sunday.", ("ITA", "AFG")),
        ("AFP - The Danish prime minister made a surprise visit to troops in Basra on Monday.", ("DNK", "IRQ")),
        ("Reuters - U.N. Secretary-General Kofi Annan visited refugee camps in Darfur on Thursday.", ("IGO", "SDN")),
    ],
)
def test_hosts_a_visit_to_one_s_own_people_or_a_place_abroad_is_made_to_its_state(
    settings: Settings, text: str, pair: tuple[str, str]
) -> None:
    assert pair in _consultations(settings, text)


def test_hosts_a_visit_at_home_names_no_host(settings: Settings) -> None:
    found = _consultations(settings, "AP - The Dutch defence minister visited troops in Utrecht on Friday.")
    assert all(target in ("", "NLD") for _, target in found), found


def test_hosts_a_visit_to_another_state_s_party_keeps_it(settings: Settings) -> None:
    found = _consultations(settings, "Reuters - The Italian foreign minister visited Afghan President Hamid Karzai in Kabul.")
    assert ("ITA", "AFG") in found
