"""Tests for newsgraph.understand.actors.nationals: one person named by a nationality word alone, read through the
user's path."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def _entities(settings: Settings, text: str) -> dict[str, str]:
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    return {str(e["name"]): str(e["code"] or "") for a in run.articles["x"] for e in a["entities"]}


def test_nationals_a_nationality_word_standing_alone_is_a_person_of_that_country(settings: Settings) -> None:
    found = _entities(settings, "Gunmen freed two Indians and an Egyptian on Friday, and soldiers shot an "
                      "unarmed Iraqi near the checkpoint.")
    assert found.get("Egyptian", "").startswith("EGY")
    assert any(name.endswith("Iraqi") and code.startswith("IRQ") for name, code in found.items())


def test_nationals_a_nationality_that_modifies_a_noun_is_left_to_the_group_step(settings: Settings) -> None:
    found = _entities(settings, "Police arrested an Egyptian diplomat on Monday.")
    assert "Egyptian" not in found
    assert found.get("Egyptian diplomat", "").startswith("EGY")


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("ANKARA (AP) - A Turk held in Iraq for three weeks was freed on Sunday, his employer said.", "Turk", "TUR"),
        ("OSLO (Reuters) - Rebels in Uganda seized a Swede and two local guides on Monday.", "Swede", "SWE"),
        ("COPENHAGEN (AP) - A Dane was wounded in a roadside blast in southern Iraq on Tuesday.", "Dane", "DNK"),
        ("MANILA (AP) - A Filipina maid was sentenced to death in Riyadh on Thursday.", "Filipina maid", "PHL"),
    ],
)
def test_nationals_a_singular_noun_for_one_national_names_that_country(
    settings: Settings, text: str, name: str, country: str
) -> None:
    assert _entities(settings, text).get(name, "").startswith(country)
