"""Whom an act of force struck when its slot does not say, through the user's path, on leads
written for these tests (places and incidents fictional or generic)."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

from .test_wire_blind import Case, code_all

pytestmark = pytest.mark.model

LEADS = (
    # A struck thing no code covers lies in the country its own phrase names.
    Case("thing-in-place", "KABUL (Reuters) - Rebels fired rockets at the Blue Lotus Hotel in Kandahar on "
         "Monday, police said."),
    # A town told in the dateline is in the dateline's country when the lead names it again.
    Case("dateline-town", "TARNOVKA, Ukraine (Reuters) - Masked gunmen attacked the town of Tarnovka on "
         "Monday, officials said."),
    # A bare number after a first conjunct counts the same side as that conjunct.
    Case("counted-after-conjunct", "HARARE (Reuters) - A bomb exploded near a Zambian army post on "
         "Monday, killing three soldiers and wounding 12, officials said."),
    # What a struck thing is part of places it: "a section of a pipeline near X".
    Case("part-of-thing", "LUANDA (Reuters) - Rebels blew up a stretch of a railway line near Huambo on "
         "Monday, officials said."),
    # A released truck driver is a person released (0841), aimed at his country, not property.
    Case("released-driver", "KABUL (Reuters) - Kidnappers released a Turkish truck driver on Monday, "
         "officials said."),
    # Where the act happened is not whom it struck: a person is not the place they were in.
    Case("person-not-place", "LAGOS (Reuters) - Gunmen kidnapped a foreign engineer in Lagos on Monday, "
         "police said."),
    # People counted by a number in an act aimed at another side are not the dateline's civilians.
    Case("count-in-attack-abroad", "BAGHDAD (Reuters) - Gunmen killed two on Sunday in an attack on a "
         "U.S. base, police said."),
)  # fmt: skip


@pytest.fixture(scope="module")
def coded(settings: Settings) -> dict[str, set[tuple[str, str, str]]]:
    return code_all(settings, LEADS)


def _targets(coded: dict[str, set[tuple[str, str, str]]], key: str, roots: set[str]) -> set[str]:
    return {t for _, t, r in coded[key] if r in roots}


def test_struck_a_thing_no_code_covers_lies_in_its_place_s_country(
    coded: dict[str, set[tuple[str, str, str]]],
) -> None:
    assert _targets(coded, "thing-in-place", {"18", "19"}) == {"AFG"}


def test_struck_the_dateline_town_is_in_the_dateline_country(
    coded: dict[str, set[tuple[str, str, str]]],
) -> None:
    assert _targets(coded, "dateline-town", {"18", "19"}) == {"UKR"}


def test_struck_a_bare_number_counts_the_first_conjunct_s_side(
    coded: dict[str, set[tuple[str, str, str]]],
) -> None:
    assert _targets(coded, "counted-after-conjunct", {"18"}) == {"ZMB"}


def test_struck_what_a_thing_is_part_of_places_it(coded: dict[str, set[tuple[str, str, str]]]) -> None:
    assert _targets(coded, "part-of-thing", {"18", "17"}) == {"AGO"}


def test_struck_a_released_driver_is_a_person_of_his_country(
    coded: dict[str, set[tuple[str, str, str]]],
) -> None:
    assert _targets(coded, "released-driver", {"08"}) == {"TUR"}


def test_struck_a_person_is_not_the_place_they_were_in(coded: dict[str, set[tuple[str, str, str]]]) -> None:
    assert _targets(coded, "person-not-place", {"18"}) == {""}


def test_struck_a_count_in_an_attack_on_another_side_is_not_the_story_s_people(
    coded: dict[str, set[tuple[str, str, str]]],
) -> None:
    assert "IRQ" not in _targets(coded, "count-in-attack-abroad", {"18", "19"})


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Militiamen attacked a village in the west of Darfur on Monday.", "SDN"),
        ("Gunmen raided a mosque near Kandahar on Friday.", "AFG"),
    ],
)
def test_a_village_or_mosque_struck_lies_where_the_act_is_told(settings: Settings, text: str, target: str) -> None:
    """A village or a building stays where it is: the place the verb's phrase names is its country."""
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    assert target in {e["target_code"][:3] for a in run.articles["x"] for e in a["events"]}



@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Tax police raided the Ostrava offices of the oil company Ruritania Petroleum on Friday.", "BUS"),
        ("Gunmen attacked the headquarters of the Freedonian ruling party on Monday.", "GOV"),
        ("Protesters rallied outside the offices of the U.N. refugee agency in Kabul.", "IGOUNOREF"),
        ("Anti-war protesters burned an effigy of President Bush in Dhaka on Friday.", "USAGOV"),
    ],
)
def test_a_building_raided_or_attacked_stands_for_its_holder(settings: Settings, text: str, target: str) -> None:
    """A raid, an attack or a protest at offices or headquarters is aimed at whoever holds them, not at the
    town their modifier names."""
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    assert any(target in e["target_code"] for a in run.articles["x"] for e in a["events"]), run.articles["x"]
