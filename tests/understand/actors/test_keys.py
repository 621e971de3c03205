"""The key an actor name is looked up by."""

from __future__ import annotations

from newsgraph.understand.actors.keys import fold


def test_keys_fold_case_dots_and_a_leading_the() -> None:
    assert fold("U.S.") == fold("US") == "us"
    assert fold("the FBI") == fold("FBI") == "fbi"
    assert fold("  Prime   Minister ") == "prime minister"


def test_keys_fold_curly_apostrophes_to_straight() -> None:
    assert fold("People’s Liberation Army") == fold("People's Liberation Army")
