"""A group's loyalty names its side before the story's home country, read through the user's path."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def _codes(settings: Settings, text: str) -> dict[str, str]:
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    return {e["name"].lower(): str(e["code"]) for a in run.articles["x"] for e in a["entities"]}


@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        # A Tokyo story of Zarqawi's men: the dateline and Japan's ministry do not make them Japanese.
        ("TOKYO (Reuters) - Gunmen loyal to Abu Musab al-Zarqawi killed a Japanese diplomat, Japan's foreign "
         "ministry said on Sunday.", "gunmen", "IRQREB"),
        ("Militants loyal to Abu Musab al-Zarqawi beheaded Japanese backpacker Kenji Mori, Japan's government said "
         "on Saturday, after Tokyo refused their demand to withdraw its troops.", "militants", "IRQREB"),
        ("PARIS (AFP) - Troops loyal to President Laurent Gbagbo attacked rebel positions on Saturday, the French "
         "foreign ministry said.", "troops", "CIVMIL"),
    ],
)
def test_loyalty_comes_before_the_story_home(settings: Settings, text: str, group: str, code: str) -> None:
    assert _codes(settings, text)[group] == code


def test_a_group_with_no_loyalty_keeps_the_story_home(settings: Settings) -> None:
    codes = _codes(settings, "KARACHI, Pakistan (Reuters) - Gunmen close to a local gang shot dead a policeman.")
    assert codes["gunmen"].startswith("PAK")
