"""Token patterns of the EntityRuler that keep the statistical model's reading of a whole name against the
shorter gazetteer hits inside it (the phrase patterns and the other token patterns live in `dictionary.py`).

An organisation named with a preposition ("the Bank of Canada", "the News Agency of Nigeria", "the League of
Women Voters", "the Organisation for Security and Cooperation in Europe") holds a country or a city after its
preposition. The ruler overwrites the model's entities, so without a pattern of its own the gazetteer's "Canada"
splits the name into an organisation "Bank" and the country: the name's own words say it is one organisation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Prepositions inside an organisation's name; "and" is not one ("Blair and Labour Party leaders").
NAME_PREPOSITIONS = ("of", "for", "on", "in")


def preposition_org_patterns(title_words: Iterable[str]) -> list[dict[str, Any]]:
    """One pattern: a model ORG span from its first word through a preposition to the capitalised words after it.

    Every word after the first lies in the same model span (ENT_IOB "I"), so the pattern never joins two names.
    A person's title word (`title_words`, folded) stops it: "Governor of the Bank of Canada" and "Secretary of
    State" are a title, which the entity stage reads as one ("the Bank of Canada" alone is still kept)."""
    titles = sorted(set(title_words))
    inside = {"ENT_TYPE": "ORG", "ENT_IOB": "I", "LOWER": {"NOT_IN": titles}}
    return [
        {
            "label": "ORG",
            "id": "keep",
            "pattern": [
                {"ENT_TYPE": "ORG", "IS_ALPHA": True, "LOWER": {"NOT_IN": titles}},
                {**inside, "OP": "*"},
                {"ENT_TYPE": "ORG", "ENT_IOB": "I", "LOWER": {"IN": list(NAME_PREPOSITIONS)}},
                {**inside, "OP": "+"},
            ],
        }
    ]


def initial_person_patterns(not_surnames: Iterable[str]) -> list[dict[str, Any]]:
    """ "M. Dunlow": an initial and a capitalised surname the model left untagged name a person.

    Only words outside every model entity: an initial that opens a longer name the model found ("J. Crew Group",
    an organisation) keeps the model's reading, and a country or a month never follows as a surname."""
    surname = {"ENT_IOB": "O", "TEXT": {"REGEX": r"^[A-Z][a-z][A-Za-z'’\-]+$", "NOT_IN": sorted(set(not_surnames))}}
    return [{"label": "PERSON", "id": "given", "pattern": [{"ENT_IOB": "O", "TEXT": {"REGEX": r"^[A-Z]\.$"}}, surname]}]
