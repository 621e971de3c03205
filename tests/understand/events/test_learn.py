"""What the article teaches the event coder before any clause is coded: names introduced with a
nationality, and the home country its dateline or its words give."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.model import Entity, Mention
from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.docview import EntityLookup
from newsgraph.understand.events.actors import ActorContext
from newsgraph.understand.events.codebook import load_codebook
from newsgraph.understand.events.learn import learn_home, learn_names

pytestmark = pytest.mark.model


def _context(nlp: Any, text: str) -> ActorContext:
    settings = Settings()
    return ActorContext(
        nlp(text), EntityLookup(()), load_codebook(settings), load_actor_dictionary(settings), text=text
    )


def test_learn_a_dateline_town_is_placed_by_the_country_after_it(nlp: Any) -> None:
    ctx = _context(nlp, "Police arrested two men.")
    learn_home(ctx, (), "UVIRA, Congo")
    assert ctx.home == "COD"


def test_learn_a_name_given_with_a_nationality_and_title_is_that_state_s(nlp: Any) -> None:
    ctx = _context(nlp, "Kenyan President Jan Novak met farmers. Novak later left.")
    learn_names(ctx)
    assert ctx.names["Novak"] == "KENGOV"
    # With no dateline and no entities, the home country is the one its words name most.
    learn_home(ctx, (), None)
    assert ctx.home == "KEN"


@pytest.mark.parametrize(
    "text",
    [
        "Villagers blocked a road used by Chinese workers.",  # a nationality on other people
        "Students burned a French flag outside the town hall.",  # on a thing
    ],
)
def test_learn_a_nationality_on_a_common_noun_sets_no_home(nlp: Any, text: str) -> None:
    ctx = _context(nlp, text)
    learn_home(ctx, (), None)
    assert ctx.home == ""


def test_learn_a_mission_abroad_sets_no_home(nlp: Any) -> None:
    consulate = Entity(
        id="e1", name="British consulate", kind="organisation", country="GBR", role="GOV",
        mentions=(Mention("British consulate", 20, 37),),
    )  # fmt: skip
    students = Entity(
        id="e2", name="Indonesian students", kind="organisation", country="IDN", role="EDU",
        mentions=(Mention("Indonesian students", 50, 69),),
    )  # fmt: skip
    ctx = _context(nlp, "A crowd attacked the British consulate.")
    learn_home(ctx, (consulate,), None)
    assert ctx.home == ""
    learn_home(ctx, (consulate, students), None)
    assert ctx.home == "IDN"  # a nationality on the story's own people does


def test_learn_foreign_hostages_and_reporters_set_no_home(nlp: Any) -> None:
    # Wire copy gives their nationality because they are abroad: kidnapped in someone else's country.
    reporters = Entity(
        id="e1", name="two French journalists", kind="organisation", country="FRA", role="MED",
        mentions=(Mention("two French journalists", 13, 35),),
    )  # fmt: skip
    ctx = _context(nlp, "Rebels held two French journalists hostage for months.")
    learn_home(ctx, (reporters,), None)
    assert ctx.home == ""


def test_learn_a_named_foreigner_by_trade_and_foreign_drivers_set_no_home(nlp: Any) -> None:
    text = "Kidnappers freed Anna Ferri, an Italian journalist, and two Turkish drivers."
    journalist = Entity(
        id="e1", name="Anna Ferri", kind="person", country="ITA", role="MED", title="journalist",
        mentions=(Mention("Anna Ferri", 17, 27),),
    )  # fmt: skip
    drivers = Entity(
        id="e2", name="two Turkish drivers", kind="organisation", country="TUR",
        mentions=(Mention("two Turkish drivers", 56, 75),),
    )  # fmt: skip
    assert text[17:27] == "Anna Ferri" and text[56:75] == "two Turkish drivers"
    ctx = _context(nlp, text)
    learn_home(ctx, (journalist, drivers), None)
    assert ctx.home == ""


def test_learn_reporters_who_act_at_home_set_it(nlp: Any) -> None:
    reporters = Entity(
        id="e1", name="French journalists", kind="organisation", country="FRA", role="MED",
        mentions=(Mention("French journalists", 0, 18),),
    )  # fmt: skip
    ctx = _context(nlp, "French journalists protested against the government on Monday.")
    learn_home(ctx, (reporters,), None)
    assert ctx.home == "FRA"


def test_learn_a_country_a_demand_is_aimed_at_sets_no_home(nlp: Any) -> None:
    # "demanded that France lift its ban": the kidnappers' demand names a state outside the story, as the
    # actor stage's home country has it (placing.asked_for); so the kidnappers are not French.
    text = "Kidnappers holding two journalists demanded that France lift its ban on headscarves."
    start = text.index("France")
    france = Entity(
        id="e1", name="France", kind="country", country="FRA", mentions=(Mention("France", start, start + 6),),
    )  # fmt: skip
    ctx = _context(nlp, text)
    learn_home(ctx, (france,), None)
    assert ctx.home == ""
    told = "France lifted its ban on headscarves in schools on Monday."
    ctx = _context(nlp, told)
    learn_home(ctx, (Entity(id="e1", name="France", kind="country", country="FRA",
                            mentions=(Mention("France", 0, 6),)),), None)  # fmt: skip
    assert ctx.home == "FRA"


def test_a_nationality_inside_an_actor_counts_once_for_the_home() -> None:
    """ "U.S. warplanes" is one mention of the United States: the town the strikes hit places the story."""
    text = "U.S. warplanes pounded suspected militant hideouts in Falluja overnight, the military said."
    run = run_user_path([{"id": "x", "title": "", "text": text}], Settings())
    targets = {e["target_code"][:3] for a in run.articles["x"] for e in a["events"]}
    assert targets and "USA" not in targets


def test_learn_the_outlet_that_reports_sets_no_home() -> None:
    """ "..., Al-Jazeera reported": the broadcaster's country is not where the story happens."""
    text = "Militants beheaded a Bulgarian truck driver, Al-Jazeera television reported on Tuesday."
    run = run_user_path([{"id": "x", "title": "", "text": text}], Settings())
    sources = {e["source_code"][:3] for a in run.articles["x"] for e in a["events"]}
    assert sources and "QAT" not in sources
