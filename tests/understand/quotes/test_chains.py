"""Nested attributions (`chains`): a frame inside another's content relays, holds or is part of it."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.quotes.frames import Frame, find_frames
from newsgraph.understand.quotes.lexicon import load_quote_cues

pytestmark = pytest.mark.model


def frames_of(nlp: Any, text: str) -> dict[str, Frame]:
    """The frames of one sentence, by their cue word."""
    return {f.cue.text: f for f in find_frames(nlp(text), load_quote_cues())}


def test_chains_an_inner_report_makes_the_outer_source_a_relay(nlp: Any) -> None:
    outer, inner = find_frames(nlp("The agency said the mayor said the bridge would reopen in May."), load_quote_cues())
    assert outer.relay and not outer.folded
    assert inner.via == [outer.speaker] and not inner.relay


def test_chains_an_own_belief_inside_a_report_is_folded(nlp: Any) -> None:
    found = frames_of(nlp, "The council members say they support the new harbour tax.")
    assert found["support"].folded and not found["say"].relay


def test_chains_a_passive_by_agent_inside_a_report_is_no_speaker(nlp: Any) -> None:
    """ "was criticized by donors": what was done to the subject, part of the outer report."""
    found = frames_of(nlp, "The aide conceded that the senator had been criticized by several donors.")
    assert found["criticized"].folded
    assert not found["conceded"].folded and not found["conceded"].relay


@pytest.mark.parametrize(
    ("text", "cue", "agent", "content"),
    [
        ("The coach said he was urged by the club's owner to step down.", "urged", "the club's owner", "to step down"),
        ("She said she had been told by firefighters to leave the building.", "told", "firefighters", "to leave the building"),
        ("The clerk told auditors that she had been ordered by her manager to delete the logs.", "ordered", "her manager", "to delete the logs"),
    ],
)  # fmt: skip
def test_chains_a_directive_by_agent_inside_a_report_is_the_agents_own(
    nlp: Any, text: str, cue: str, agent: str, content: str
) -> None:
    """Telling, urging or ordering someone to act is a speech act: the agent's attribution, nested."""
    doc = nlp(text)
    found = {f.cue.text: f for f in find_frames(doc, load_quote_cues())}
    inner = found[cue]
    assert not inner.folded and inner.speaker is not None
    assert doc[inner.speaker[0] : inner.speaker[1]].text == agent
    assert [doc[s:e].text for s, e in inner.content] == [content]


def test_chains_a_passive_that_reports_words_stays_its_agents(nlp: Any) -> None:
    """ "was told by aides that ...": the agent's that-clause is the agent's own attribution."""
    found = frames_of(nlp, "The inspector said she was informed by the foreman that the crane had failed.")
    assert "informed" in found and not found["informed"].folded


def test_chains_an_attempt_to_make_an_argument_is_one_attribution(nlp: Any) -> None:
    """ "tried to make the argument that X": the noun the light verb issues holds what was said."""
    found = frames_of(nlp, "The lawyer tried to make the argument that the contract was never signed.")
    assert found["tried"].relay
    assert not found["argument"].folded and not found["argument"].relay


def test_chains_countering_an_argument_is_no_attempt_to_make_it(nlp: Any) -> None:
    """Only a light verb issues the noun ("make the argument"); "counter the argument" acts on
    someone else's, so the attempt is the record, not the argument."""
    found = frames_of(nlp, "The defence ministry tried to counter the argument that the war was lost.")
    assert not found["tried"].relay


def test_chains_making_someone_elses_argument_is_no_attempt_to_make_ones_own(nlp: Any) -> None:
    found = frames_of(nlp, "The lawyer tried to make the rival firm's argument that the deal was void.")
    assert not found["tried"].relay


def test_chains_a_refusal_to_say_holds_what_was_not_said(nlp: Any) -> None:
    found = frames_of(nlp, "The director refused to say whether the plant would close.")
    assert found["say"].folded and not found["refused"].relay


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("The European Commission intends to propose new rules on bank capital before the summer.", "intends", "propose"),
        ("The union plans to demand a 5 percent raise for nurses.", "plans", "demand"),
    ],
)
def test_chains_an_act_inside_the_same_sources_attitude_is_folded(nlp: Any, text: str, outer: str, inner: str) -> None:
    """One source, one attribution: the inner act and its thing lie inside the outer content, same speaker."""
    found = frames_of(nlp, text)
    assert found[inner].folded and not found[outer].folded and not found[outer].relay


def test_chains_words_told_inside_an_intention_stay_the_record(nlp: Any) -> None:
    found = frames_of(nlp, "The senator wants to tell voters that the plan is dead.")
    assert not found["tell"].folded and found["wants"].relay
