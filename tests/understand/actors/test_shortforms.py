"""A body's short name takes the code of its full name, read through the user's path on the real model."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.model import Entity
from newsgraph.settings import Settings
from newsgraph.understand.actors.shortforms import by_short_form

pytestmark = pytest.mark.model


def _codes(settings: Settings, text: str) -> dict[str, str]:
    run = run_user_path([{"id": "x", "title": "", "text": text}], settings)
    return {e["name"]: str(e["code"]) for a in run.articles["x"] for e in a["entities"]}


@pytest.mark.parametrize(
    ("text", "short", "code"),
    [
        ("WASHINGTON 1997-03-02\nImports fell in March , the Commerce Department reported on Thursday . \" Orders were "
         "weak , \" Commerce said .", "Commerce", "USAGOV"),
        ("WASHINGTON (Reuters) - The Labor Department said jobless claims fell last week. Labor also said "
         "factory hiring rose.", "Labor", "USAGOV"),
    ],
)
def test_a_short_name_takes_its_full_name_code(settings: Settings, text: str, short: str, code: str) -> None:
    assert _codes(settings, text)[short] == code


def test_a_plural_body_noun_names_people_of_the_company_not_the_company(settings: Settings) -> None:
    codes = _codes(settings, "DETROIT 1997-03-02\nWorkers of the Air Canada unions marched on Sunday , and Air "
                   "Canada said flights were delayed .")
    assert codes["Air Canada"] == "CANBUS"


def _org(eid: str, name: str, country: str | None = None, role: str | None = None) -> Entity:
    return Entity(id=eid, name=name, kind="organisation", mentions=(), country=country, role=role)


def test_only_a_body_noun_after_the_exact_name_counts() -> None:
    entities = [_org("e1", "pro-Socialist Karst union", "FRA", "LAB"), _org("e2", "Karst"),
                _org("e3", "Karst Motors", "FRA", "BUS"), _org("e4", "Motors"), _org("e5", "Vela unions", "ITA", "LAB"),
                _org("e6", "Vela")]
    out = {e.name: e.code for e in by_short_form(entities)}
    assert out["Karst"] == "FRALAB"
    assert out["Motors"] == ""  # "Motors" is no body noun
    assert out["Vela"] == ""  # the unions at Vela, not Vela


def test_full_forms_that_disagree_give_none_and_a_coded_name_keeps_its_code() -> None:
    entities = [_org("e1", "Noor party", "PAK", "OPP"), _org("e2", "Noor movement", "AFG", "REB"), _org("e3", "Noor"),
                _org("e4", "Delta agency", "KEN", "GOV"), _org("e5", "Delta", "UGA", "BUS"),
                _org("e6", "Orla union", "IRL", "LAB"), _org("e7", "Orla", None, "BUS")]
    out = {e.name: e.code for e in by_short_form(entities)}
    assert out["Noor"] == ""
    assert out["Delta"] == "UGABUS"
    assert out["Orla"] == "BUS"  # a role of its own that is not the full name's
