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


def _codes(settings: Settings, title: str, text: str) -> dict[str, str]:
    run = run_user_path([{"id": "x", "title": title, "text": text}], settings)
    return {e["name"].lower(): str(e["code"]) for a in run.articles["x"] for e in a["entities"]}


@pytest.mark.parametrize(
    ("title", "text", "name", "code"),
    [
        # A headline names the minister by surname, the body only by title: the story is still British, and the
        # title's holder is Britain's (no other word of the text names a country).
        ("Blunkett vows to fight crime", "The home secretary said police needed the powers to hold suspects.",
         "home secretary", "GBRGOV"),
        ("Blunkett vows to fight crime", "The home secretary said police needed the powers to hold suspects.",
         "police", "GBRCOP"),
        ("Schroeder vows to cut taxes", "The chancellor said the cabinet would approve the plan on Wednesday.",
         "chancellor", "DEUGOV"),
    ],
)
def test_a_surname_alone_places_the_story_as_the_full_name_does(
    settings: Settings, title: str, text: str, name: str, code: str
) -> None:
    assert _codes(settings, title, text)[name] == code


def test_a_bare_title_is_no_surname_to_vote_with(settings: Settings) -> None:
    # "president" alone is no one's surname: it must not make a French summit story American.
    codes = _codes(settings, "Chirac hails EU deal", "The president said police had cleared demonstrators.")
    assert codes["police"] == "FRACOP"


def test_a_leader_urging_another_state_does_not_make_the_story_his(settings: Settings) -> None:
    # "urges Sudan to act": the one urged is the target, and the story is not Washington's.
    codes = _codes(
        settings,
        "Bush urges Sudan to act",
        "The president said the government must disarm the militias, and warned that police were not protecting"
        " civilians.",
    )
    assert not codes["police"].startswith("USA")
    assert not codes["militias"].startswith("USA")


def test_an_opinion_about_a_state_is_no_act_aimed_at_it(settings: Settings) -> None:
    # "insists Iraq is safer" is Blair's opinion: the story stays his, and so does the prime minister's title.
    codes = _codes(
        settings, "Blair insists Iraq is safer", "The prime minister said police had arrested two men on Monday."
    )
    assert codes["prime minister"] == "GBRGOV"
