"""Abbreviated titles stay one token, never end a sentence, and title the name after them."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.parse.abbreviations import TITLE_ABBREVIATIONS
from newsgraph.parse.nlp import load_nlp
from newsgraph.settings import Settings

from ..understand.actors.test_wire_blind import analyse_headlined

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def pipeline() -> Any:
    return load_nlp(Settings())


@pytest.mark.parametrize("form", sorted(TITLE_ABBREVIATIONS))
def test_an_abbreviated_title_is_one_token_inside_its_sentence(pipeline: Any, form: str) -> None:
    doc = pipeline(f"{form} Tomas Ruiz said the convoy was attacked near the border.")
    assert doc[0].text == form
    assert doc[0].norm_ == TITLE_ABBREVIATIONS[form]
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The convoy was attacked near the border. Officials said two drivers were hurt.",
        "The army said the soldier had been promoted to Sgt. He was sent to the border in May.",
        "The Senate confirmed Paul Lenz as a four-star Gen. The vote was 71 to 20.",
    ],
)
def test_a_full_stop_that_ends_a_sentence_still_ends_it(pipeline: Any, text: str) -> None:
    assert len(list(pipeline(text).sents)) == 2


def test_the_model_s_own_titles_hold_their_name_too(pipeline: Any) -> None:
    doc = pipeline("Police said Gov. Maria Lenz and Dr. Paul Ortega were unhurt.")
    assert len(list(doc.sents)) == 1


ITEMS = {
    "col": ("Checkpoint attacked", "BASRA, Iraq (AP) -- Col. Salim Kadhem said gunmen fired on a checkpoint."),
    "police_capt": ("Checkpoint attacked", "BASRA, Iraq (AP) -- Police Capt. Salim Kadhem said gunmen fired on a "
                    "checkpoint."),
    "police_lt": ("Bomb defused", "KARACHI, Pakistan (AP) -- Police Lt. Imran Qadir said officers defused a bomb "
                  "outside a mosque on Friday."),
    "sgt": ("Patrol ambushed", "KABUL, Afghanistan (AP) -- Sgt. Dale Morrow, a U.S. Army spokesman, said a patrol "
            "was ambushed in the south."),
    "iraqi_police_col": ("Raid in Mosul", "MOSUL, Iraq (Reuters) - Iraqi police Col. Wathiq Hamdani said 12 suspects "
                         "were detained."),
}

ITEMS["atty_gen"] = ("Ruling appealed", "MANILA (AP) -- Atty. Gen. Rosa Villanueva said the government would appeal "
                    "the ruling.")
ITEMS["schools"] = ("Schools reopen", "DENVER (AP) -- Schools Superintendent Maria Alvarez said classes would resume "
                    "on Monday.")

EXPECTED = {
    "atty_gen": ("Rosa Villanueva", "PHLJUD"),
    "schools": ("Maria Alvarez", ""),  # a schools superintendent is no police officer
    "col": ("Salim Kadhem", "IRQMIL"),
    "police_capt": ("Salim Kadhem", "IRQCOP"),
    "police_lt": ("Imran Qadir", "PAKCOP"),
    "sgt": ("Dale Morrow", "USAMIL"),
    "iraqi_police_col": ("Wathiq Hamdani", "IRQCOP"),
}


@pytest.fixture(scope="module")
def articles() -> dict[str, list[dict[str, Any]]]:
    return analyse_headlined(ITEMS.values())


@pytest.mark.parametrize("key", sorted(ITEMS))
def test_an_abbreviated_rank_codes_the_name_it_titles(articles: dict[str, list[dict[str, Any]]], key: str) -> None:
    (article,) = articles["|".join(ITEMS[key])]
    name, code = EXPECTED[key]
    entity = next(e for e in article["entities"] if e["name"] == name)
    assert entity["code"] == code
