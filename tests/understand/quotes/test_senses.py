"""Objects that give a verb of attitude another sense (`senses`): a price put on a thing, a state's standing
granted; read off parses of sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.quotes.senses import other_sense

pytestmark = pytest.mark.model


def _object(nlp: Any, text: str, verb: str) -> Any:
    tok = next(t for t in nlp(text) if t.text == verb)
    return next(c for c in tok.children if c.dep_ in ("dobj", "nsubjpass"))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The deal values the stake at $2 billion.", "values"),
        ("The offer valued the company's shares at 30 times earnings.", "valued"),
        ("Analysts valued the unit at about 400 million euros.", "valued"),
        ("Russia recognized the independence of the two breakaway regions.", "recognized"),
        ("The state recognizes same-sex marriages performed elsewhere.", "recognizes"),
    ],
)
def test_a_price_or_a_standing_granted_is_another_sense(nlp: Any, text: str, verb: str) -> None:
    assert other_sense(_object(nlp, text, verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Mr. Hanley values the advice of his former rivals.", "values"),
        ("Investors value the company's cash flow at a time of turmoil.", "value"),
        ("The agency recognized the problem only after the second outage.", "recognized"),
        ("The senator recognized the need for a new approach.", "recognized"),
        ("The mayor regretted the delay at the port.", "regretted"),
    ],
)
def test_esteem_and_a_fact_owned_to_stay_attitudes(nlp: Any, text: str, verb: str) -> None:
    assert not other_sense(_object(nlp, text, verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Rebels ignored the ceasefire and shelled the town again on Sunday.", "ignored"),
        ("The mayor disregarded the court's ruling on the new stadium.", "disregarded"),
        ("Hundreds of protesters ignored the curfew in the capital on Friday.", "ignored"),
    ],
)
def test_defying_a_rule_or_a_call_is_an_act(nlp: Any, text: str, verb: str) -> None:
    assert other_sense(_object(nlp, text, verb))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The senator ignored the criticism of his record.", "ignored"),
        ("Voters largely disregarded the scandal, the poll found.", "disregarded"),
        ("The administration ignored repeated warnings about the levees.", "ignored"),
    ],
)
def test_ignoring_a_view_or_a_story_is_still_an_attitude(nlp: Any, text: str, verb: str) -> None:
    assert not other_sense(_object(nlp, text, verb))
