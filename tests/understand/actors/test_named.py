"""Votes for a story's home country from the actors it names, read through the user's path (no dateline)."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def _code(settings: Settings, text: str, name: str) -> str:
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    return next(str(e["code"]) for a in run.articles["x"] for e in a["entities"] if e["name"].lower() == name)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("FARC guerrillas ambushed an army patrol on Sunday, killing four soldiers.", "COLMIL"),
        ("The Muslim Brotherhood accused the government on Monday of rigging the vote.", "EGYGOV"),
    ],
)
def test_named_home_group_that_acts_places_the_story(settings: Settings, text: str, code: str) -> None:
    name = "army patrol" if "patrol" in text else "government"
    assert _code(settings, text, name) == code


def test_named_home_group_only_named_places_nothing(settings: Settings) -> None:
    # A group's rocket that crosses a border says nothing of where the story is: the army is not Palestinian.
    text = "A Hamas rocket hit a town in southern Israel on Monday and the army said it would respond."
    assert not _code(settings, text, "army").startswith("PSE")
