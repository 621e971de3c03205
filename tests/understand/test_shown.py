"""The role the user sees for insurgents: the guidelines' REB where CAMEO's tables write INS (sentences written for
this test)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.evaluate.actors_news import first_match
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.model import ActorRef, Entity, Event, Mention, Quote, Span
from newsgraph.settings import Settings
from newsgraph.understand.shown import shown_code, shown_codes


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("INS", "REB"),
        ("PAKINS", "PAKREB"),
        ("REB", "REB"),
        ("IRQREB", "IRQREB"),
        ("SEP", "SEP"),  # separatists stay: the guidelines name them as an alternative in their own right
        ("RUSSEP", "RUSSEP"),
        ("IGOUNO", "IGOUNO"),
        ("", ""),
    ],
)
def test_shown_code(code: str, shown: str) -> None:
    assert shown_code(code) == shown


def test_shown_codes_show_one_role_in_entities_events_and_quotes() -> None:
    qaeda = Entity("e1", "al Qaeda", "organisation", (Mention("al Qaeda", 0, 8),), role="INS")
    police = Entity("e2", "police", "organisation", (Mention("police", 20, 26),), country="IRQ", role="COP")
    event = Event(ActorRef("al Qaeda", "INS", "e1"), ActorRef("police", "IRQCOP", "e2"), "190", "FIGHT", -10.0, 4,
                  Span(0, 30), "")
    quote = Quote("we struck", False, 0, 9, ActorRef("al Qaeda", "INS", "e1"), via=(ActorRef("al Qaeda", "INS", "e1"),))
    entities, events, quotes = shown_codes([qaeda, police], [event], [quote])
    assert [e.code for e in entities] == ["REB", "IRQCOP"]
    assert events[0].source is not None and events[0].source.code == "REB"
    assert events[0].target is not None and events[0].target.code == "IRQCOP"
    assert quotes[0].speaker is not None and quotes[0].speaker.code == "REB"
    assert quotes[0].via[0].code == "REB"


LEADS = {
    "qaeda": ("2004-10-29", "DUBAI (Reuters) - Al Qaeda released a videotape on Friday threatening new attacks."),
    "mehsud": ("2008-03-02", "PESHAWAR, Pakistan (Reuters) - Baitullah Mehsud said his men would fight on."),
    "militants": ("2004-06-01", "GAZA (Reuters) - Palestinian militants fired rockets at an Israeli town."),
}


@pytest.fixture(scope="module")
def analysed() -> dict[str, list[dict[str, Any]]]:
    records = [{"id": key, "text": text, "date": date} for key, (date, text) in LEADS.items()]
    run = run_user_path(records, Settings())
    return {key: [e for a in run.articles.get(key, []) for e in a.get("entities") or []] for key in LEADS}


@pytest.mark.model
@pytest.mark.parametrize(
    ("key", "name", "code"),
    [("qaeda", "Al Qaeda", "REB"), ("mehsud", "Baitullah Mehsud", "PAKREB"), ("militants", "Palestinian militants", "PSEREB")],
)
def test_insurgents_show_the_guidelines_role_on_the_users_path(
    analysed: dict[str, list[dict[str, Any]]], key: str, name: str, code: str
) -> None:
    found = first_match(analysed[key], name)
    assert found is not None and found.get("code") == code, (name, found)


def test_shown_codes_keep_records_no_code_of_which_changes() -> None:
    police = ActorRef("police", "IRQCOP", "e2")
    event = Event(ActorRef("Iraq", "IRQ", "e1"), police, "190", "FIGHT", -10.0, 4, Span(0, 30), "")
    quote = Quote("we held", False, 0, 7, police, via=(ActorRef("Reuters", "", None),))
    _, events, quotes = shown_codes([], [event], [quote])
    assert events[0] is event and quotes[0] is quote
    # One code to show among several: the record is copied with it, the rest as they were.
    told = Quote("we struck", False, 0, 9, police, via=(ActorRef("al Qaeda", "INS", "e3"),))
    (shown,) = shown_codes([], [], [told])[2]
    assert shown.via[0].code == "REB" and shown.speaker == police and shown != told
