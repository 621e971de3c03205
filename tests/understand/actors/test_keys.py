"""The key an actor name is looked up by."""

from __future__ import annotations

from newsgraph.understand.actors.keys import fold, uncounted


def test_keys_fold_case_dots_and_a_leading_the() -> None:
    assert fold("U.S.") == fold("US") == "us"
    assert fold("the FBI") == fold("FBI") == "fbi"
    assert fold("  Prime   Minister ") == "prime minister"


def test_keys_fold_curly_apostrophes_to_straight() -> None:
    assert fold("People’s Liberation Army") == fold("People's Liberation Army")


def test_uncounted_drops_the_counts_of_a_groups_name() -> None:
    assert uncounted("15 Shiites") == ("Shiites", "Shiites")
    assert uncounted("three Iraqi policemen") == ("three Iraqi policemen", "policemen")  # a count in words stays
    assert uncounted("2,000 U.S. Marines") == ("U.S. Marines", "Marines")
    assert uncounted("1999") == ("1999", "1999")  # all counts: the name itself


def test_fold_and_uncounted_remembered_answer_as_they_first_did() -> None:
    names = ["the U.S. Embassy", "15 Shiites", "Hamas", "the F.B.I."]
    first = [(fold(n), uncounted(n)) for n in names]
    assert [(fold(n), uncounted(n)) for n in names] == first
    assert [(fold.__wrapped__(n), uncounted.__wrapped__(n)) for n in names] == first
