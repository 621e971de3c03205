"""A quote is dated by the day on its verb of saying: sentences written for this test, each with the
day it was said written before the stage ran on it, run through the pipeline `newsgraph analyze` runs."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import Analysis
from newsgraph.pipeline import analyze_articles, load_resources
from newsgraph.settings import Settings

WEDNESDAY = dt.date(2025, 8, 20)

# (sentence, words of the quote, the day it was said)
CASES = [
    ("The minister said on Monday that talks with the unions had stalled.", "talks with the unions", "2025-08-18"),
    ("On Monday, police said the coastal road would stay closed.", "the coastal road", "2025-08-18"),
    ("The army said Tuesday that two soldiers were wounded in the attack.", "two soldiers", "2025-08-19"),
    ("“We will not back down,” the governor said on Sunday.", "We will not back down", "2025-08-17"),
    # The date is what was said, not when: the quote keeps the article's day.
    ("The mayor said the vote would be held on Friday.", "the vote would", "2025-08-20"),
    ("Troops shelled the border town on Monday, the army said.", "Troops shelled", "2025-08-20"),
    ("The union said that the strike would go on.", "the strike", "2025-08-20"),
]


@cache
def _resources() -> tuple[Settings, Any]:
    settings = Settings()
    return settings, load_resources(settings)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "words", "said"), CASES)
def test_said_quotes_take_the_day_on_their_cue(sentence: str, words: str, said: str) -> None:
    settings, resources = _resources()
    article = build_article(source="t", paragraphs=[sentence], published=WEDNESDAY, date_precision="day")
    (analysis,) = analyze_articles([article], settings, resources)
    assert isinstance(analysis, Analysis)
    found = [q for q in analysis.quotes if words in q.text]
    assert found, [q.text for q in analysis.quotes]
    assert found[0].date == said
