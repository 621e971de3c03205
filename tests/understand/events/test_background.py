"""Background: nouns and clauses that name an earlier or surrounding event rather than tell one."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

pytestmark = pytest.mark.model


def _roots(settings: Settings, text: str) -> set[str]:
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    return {e["cameo"][:2] for a in run.articles["x"] for e in a["events"]}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Dock workers began a two-day strike at the port on Monday.", "14"),
        ("Rebels imposed a week-long blockade of the provincial capital.", "19"),
    ],
)
def test_background_a_duration_does_not_date_an_act_to_the_past(settings: Settings, text: str, root: str) -> None:
    assert root in _roots(settings, text)


@pytest.mark.parametrize(
    "text",
    [
        "Security was tight in the capital after last year's bombing of the parliament.",
        "The minister laid a wreath to mark the anniversary of the massacre.",
    ],
)
def test_background_an_earlier_event_named_is_not_told(settings: Settings, text: str) -> None:
    assert not _roots(settings, text) & {"18", "19", "20"}


@pytest.mark.parametrize(
    "text",
    [
        "AMMAN (Reuters) - Jordanian police arrested a suspect in the bombing of the Iraqi embassy on Monday.",
        "ISTANBUL (Reuters) - Turkish police are holding two suspects in the attack on the British consulate.",
        "CAIRO (Reuters) - Egyptian police detained a suspect in the killing of a Coptic priest, officials said.",
    ],
)
def test_background_the_act_a_suspect_is_held_for_is_not_the_police_s(settings: Settings, text: str) -> None:
    roots = _roots(settings, text)
    assert "17" in roots and not roots & {"18", "19", "20"}



def _tuples(settings: Settings, title: str, text: str) -> set[tuple[str, str, str]]:
    run = run_user_path([{"id": "x", "title": title, "text": text}], settings)
    return {(e["source_code"][:3], (e["target_code"] or "")[:3], e["cameo"][:2]) for a in run.articles["x"] for e in a["events"]}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Israel imposes curfew on Nablus after shooting", "NABLUS, West Bank (AP) - The Israeli army imposed a "
         "curfew on the West Bank city of Nablus on Monday."),
        ("Police detain five after shooting", "MOSUL, Iraq (AP) - Iraqi police detained five people on Monday."),
        ("Army seals off town following shooting", "GAZA (AP) - The Israeli army sealed off the town of Beit "
         "Hanoun on Tuesday."),
    ],
)  # fmt: skip
def test_background_a_bare_gerund_after_after_names_the_occasion(settings: Settings, title: str, text: str) -> None:
    """Headline style drops the article: "after shooting" is "after a shooting", whose doer is not the subject."""
    run = run_user_path([{"id": "x", "title": title, "text": text}], settings)
    assert not [e for a in run.articles["x"] for e in a["events"] if e["trigger"] == "shooting"]


@pytest.mark.parametrize(
    "text",
    [
        "GAZA (AP) - Israeli troops arrested the gunman after shooting him in the leg on Monday.",
        "GAZA (AP) - Israeli troops withdrew from the camp after shooting at stone-throwers on Monday.",
    ],
)
def test_background_a_gerund_with_words_of_its_own_is_the_subject_s_act(settings: Settings, text: str) -> None:
    assert any(t[0] == "ISR" and t[2] == "19" for t in _tuples(settings, "", text))
