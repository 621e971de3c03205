"""Whom criticism of an act is aimed at: the act's named doer, never the victims of violence no one is named for."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def _criticism(settings: Settings, text: str) -> list[tuple[str, str]]:
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    return [(e["source_code"], e["target_code"]) for a in run.articles["x"] for e in a["events"] if e["root"] == "11"]


@pytest.mark.parametrize(
    "text,target",
    [
        # Session 21: the doers of violence on foreigners the text leaves unnamed are the militants of the state it was
        # done in, never the victims' country.
        ("The Arab League condemned the murder of two Egyptian engineers in Baghdad on Sunday.", "IRQREB"),
        ("Ruritania's foreign minister deplored the bombing of a hotel full of Japanese tourists.", ""),
    ],
)
def test_criticised_violence_with_no_named_doer_aims_at_no_victim(settings: Settings, text: str, target: str) -> None:
    found = _criticism(settings, text)
    assert found and all(t == target for _, t in found), found


def test_criticised_act_with_a_named_doer_aims_at_the_doer(settings: Settings) -> None:
    found = _criticism(settings, "Egypt on Monday condemned Israel's killing of a Hamas leader in Gaza.")
    assert found and all(target.startswith("ISR") for _, target in found), found
