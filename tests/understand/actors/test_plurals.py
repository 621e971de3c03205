"""A role noun's plural and singular, as the role tables list them (understand/actors/plurals.py)."""

from __future__ import annotations

import pytest

from newsgraph.understand.actors.plurals import plural_of, singular_of


@pytest.mark.parametrize(
    ("one", "many"),
    [
        ("soldier", "soldiers"),
        ("gendarme", "gendarmes"),
        ("policeman", "policemen"),
        ("seaman", "seamen"),
        ("militiaman", "militiamen"),
        ("emissary", "emissaries"),
        ("mercenary", "mercenaries"),
        ("witness", "witnesses"),
        ("boss", "bosses"),
        ("monarch", "monarchs"),
        ("church", "churches"),
        # a vowel before "y" and words that only end in "man" take a plain "s"
        ("attorney", "attorneys"),
        ("envoy", "envoys"),
        ("human", "humans"),
        ("german", "germans"),
    ],
)
def test_plurals_of_a_role_noun_and_back(one: str, many: str) -> None:
    assert plural_of(one) == many
    assert singular_of(many) == one


def test_plurals_singular_of_a_word_not_plural_is_itself() -> None:
    assert singular_of("police") == "police"
    assert singular_of("staff") == "staff"
