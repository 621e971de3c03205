"""Tests for newsgraph.understand.actors.residents: who takes the story's home by living where it happens."""

from __future__ import annotations

from newsgraph.understand.actors.residents import resident_home


def test_residents_civilians_take_the_home_only_where_a_place_puts_the_story() -> None:
    # "Villagers said U.S. aircraft killed 40": the home is the striking state's, no place puts the story there.
    assert resident_home("CVL", "USA", set()) is None
    assert resident_home("REB", "SLV", {"IRQ"}) is None
    # "Villagers in the Peruvian town of Tambo": a place does.
    assert resident_home("CVL", "PER", {"PER"}) == "PER"


def test_residents_a_state_s_organs_take_the_home_as_before() -> None:
    assert resident_home("MIL", "USA", set()) == "USA"
    assert resident_home("COP", None, set()) is None


def test_residents_settlements_keep_the_state_that_settles_them() -> None:
    # "Israel will not withdraw from Gaza and dismantle settlements": Israel's, though Gaza places the story.
    assert resident_home("CVL", "ISR", {"PSE"}, "settlements") == "ISR"
