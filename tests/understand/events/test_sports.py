"""Sports copy (sentences written for this test): a story a sports desk filed, by its wire slug or its
address, gives only the police's and the courts' acts; a news story about a game, a compound word
before a dash and a page whose title merely says "sports" stay news."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from newsgraph.evaluate.plover import load_stages
from newsgraph.extract.build import build_article
from newsgraph.model import Article, Event
from newsgraph.settings import Settings
from newsgraph.understand.events.sports import sports_copy


def _article(*paragraphs: str, title: str | None = None, url: str | None = None) -> Article:
    return build_article(
        source="test", paragraphs=list(paragraphs), title=title, url=url, published=dt.date(2025, 3, 12),
        date_precision="day", language="en",
    )


def _roots(settings: Settings, article: Article) -> set[str]:
    ((_, events),) = list(load_stages(settings).events([article]))
    return {e.root for e in _claims(events)}


def _claims(events: Sequence[Event]) -> list[Event]:
    return [e for e in events if not e.negated and not e.hypothetical]


def test_a_desk_slug_or_a_sports_address_marks_sports_copy() -> None:
    assert sports_copy(_article("SOCCER - ROVERS HOLD CITY TO A DRAW .", "Rovers drew 1-1 with City."))
    assert sports_copy(_article("Cricket - Selectors name squad for the tour .", "The squad was named."))
    assert sports_copy(_article("NFL AMERICAN FOOTBALL-VETERAN QUARTERBACK RETIRES .", "He retired."))
    assert sports_copy(_article("A late goal won it.", title="RUGBY UNION - HOSTS EDGE VISITORS 21-19"))
    assert sports_copy(_article("The coach was fired.", url="https://www.example.com/sports/nfl/coach-fired"))
    assert sports_copy(_article("The striker signed.", url="https://sportsdesk.example.org/2019/11/striker"))


def test_news_about_games_is_not_sports_copy() -> None:
    assert not sports_copy(_article("Greek police deployed 7,000 officers to guard the Olympic stadium."))
    assert not sports_copy(_article("Cricket-mad Pakistan welcomed the Indian team in Lahore on Friday."))
    assert not sports_copy(_article("Troops fired on protesters.", url="https://example.com/world/sports-wagon-review"))
    assert not sports_copy(_article("LONDON - The minister resigned on Monday."))


@pytest.mark.model
def test_play_told_in_words_of_war_is_no_event_in_sports_copy(settings: Settings) -> None:
    article = _article(
        "BASEBALL - HOMETOWN CLUB ROUTS VISITORS .",
        "The Dallas Rangers defeated the Boston Pilgrims 7-2 on Friday as their slugger hit two homers.",
        "The visitors came charging back in the ninth but their closer blew the save.",
    )
    assert _roots(settings, article) == set()


@pytest.mark.model
def test_police_and_courts_act_in_sports_copy(settings: Settings) -> None:
    arrests = _article(
        "SOCCER - FANS CLASH AFTER CUP TIE .",
        "Dutch police arrested 40 fans after a cup match in Rotterdam on Sunday.",
    )
    assert "17" in _roots(settings, arrests)


@pytest.mark.model
def test_the_same_acts_are_events_in_news_copy(settings: Settings) -> None:
    news = _article("Rebels defeated government troops near the border on Friday, the army said.")
    assert "19" in _roots(settings, news)


@pytest.mark.model
def test_force_told_with_a_score_is_a_result_in_any_copy(settings: Settings) -> None:
    for text in (
        "ATHENS (Reuters) - Argentina crushed Paraguay 4-0 to reach the Olympic final on Tuesday.",
        "SYDNEY (Reuters) - New Zealand routed Australia 45-12 in Sydney on Saturday.",
    ):
        assert not _roots(settings, _article(text)) & {"17", "18", "19", "20"}, text
    # A number range that is no score, and numbers of victims, leave force as it is.
    assert "19" in _roots(settings, _article("KABUL (Reuters) - Rebels killed 2 soldiers in clashes on Monday."))
    assert "19" in _roots(
        settings, _article("KABUL (Reuters) - Troops fought rebels near Kandahar in 1998-1999, killing hundreds.")
    )


def test_an_address_that_only_holds_the_letters_of_sport_is_news() -> None:
    for url in ("https://www.transportnews.example.com/2025/03/attack", "https://passport.example.gov/world/raid"):
        assert not sports_copy(_article("Militants attacked a police station.", url=url)), url


@pytest.mark.model
def test_armed_men_stay_events_in_sports_copy(settings: Settings) -> None:
    # A sports desk or a football section still tells a bombing at a game as political violence.
    by_desk = _article(
        "SOCCER - ROCKETS HIT STADIUM DURING MATCH .",
        "Militants fired rockets at the stadium in the capital on Friday, killing three fans, police said.",
    )
    assert "19" in _roots(settings, by_desk)
    by_address = _article(
        "A suicide bomber killed 19 people outside the national stadium on Friday, police said.",
        url="https://www.example.com/football/2025/mar/12/stadium-bombing",
    )
    assert "18" in _roots(settings, by_address)
    # A team named for armed men still plays: its result stays no event.
    assert _roots(settings, _article("BASKETBALL - REBELS EDGE VISITORS .", "The Rebels beat the Wolves 70-60.")) == set()


@pytest.mark.model
def test_a_range_of_victims_or_hours_is_no_score(settings: Settings) -> None:
    for text in (
        "Gunmen attacked a village in the north on Sunday, killing 20-30 people, police said.",
        "Government troops shelled the town on Tuesday, killing 5-6 civilians.",
        "Lebanese troops clashed with militants near the border for 3-4 hours on Monday.",
    ):
        assert _roots(settings, _article(text)) & {"18", "19", "20"}, text
    assert not _roots(settings, _article("Brazil thrashed Chile 4-1 after trailing at half-time.")) & {"19"}
