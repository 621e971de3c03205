"""Attribution frames read off the dependency parse: who (speaker) said (cue) what (content),
to whom, through whom (via), and frames that stay inside their own block."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsgraph.understand.quotes.frames import Frame, find_frames
from newsgraph.understand.quotes.lexicon import load_quote_cues

pytestmark = pytest.mark.model

PARAGRAPHS = [
    "The minister said that the border would reopen on Monday.",
    '"We will not retreat," the general told reporters.',
    "Mahmoud Abbas quoted the envoy as saying the talks were over.",
    "Iran urged Belarus to expand trade, adding that sanctions had failed.",
    "Police denied that officers used tear gas.",
    "Farmers blocked the motorway for three hours.",
]
TEXT = "\n\n".join(PARAGRAPHS)


@pytest.fixture(scope="module")
def parsed(nlp: Any) -> tuple[Doc, list[Frame]]:
    doc = nlp(TEXT)
    blocks, start = [], 0
    for paragraph in PARAGRAPHS:
        blocks.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    return doc, find_frames(doc, load_quote_cues(), blocks)


def frame(parsed: tuple[Doc, list[Frame]], cue: str) -> Frame:
    return next(f for f in parsed[1] if f.cue.text == cue)


def words(doc: Doc, rng: tuple[int, int] | None) -> str | None:
    return None if rng is None else doc[rng[0] : rng[1]].text


def test_frames_come_in_cue_order_one_per_attribution(parsed: tuple[Doc, list[Frame]]) -> None:
    _, frames = parsed
    assert [f.cue.text for f in frames] == ["said", "told", "saying", "urged", "adding", "denied"]
    assert all(f.sent_start == f.cue.sent.start for f in frames)


def test_frames_said_that_has_speaker_and_clause(parsed: tuple[Doc, list[Frame]]) -> None:
    doc, _ = parsed
    said = frame(parsed, "said")
    assert (said.lemma, said.kind) == ("say", "speech")
    assert words(doc, said.speaker) == "The minister"
    assert [words(doc, c) for c in said.content] == ["the border would reopen on Monday"]
    assert said.covers(said.content[0][0]) and not said.covers(said.cue.i)


def test_frames_cue_after_the_quote_and_its_addressee(parsed: tuple[Doc, list[Frame]]) -> None:
    doc, _ = parsed
    told = frame(parsed, "told")
    assert words(doc, told.speaker) == "the general"
    assert [words(doc, c) for c in told.content] == ["We will not retreat"]
    assert told.target is not None and told.target.text == "reporters"


def test_frames_quoted_as_saying_makes_a_chain(parsed: tuple[Doc, list[Frame]]) -> None:
    doc, _ = parsed
    saying = frame(parsed, "saying")
    assert words(doc, saying.speaker) == "the envoy"
    assert [words(doc, v) for v in saying.via] == ["Mahmoud Abbas"]


def test_frames_a_participle_borrows_the_subject(parsed: tuple[Doc, list[Frame]]) -> None:
    doc, _ = parsed
    urged, adding = frame(parsed, "urged"), frame(parsed, "adding")
    assert urged.target is not None and urged.target.text == "Belarus"
    assert [words(doc, c) for c in urged.content] == ["to expand trade"]
    assert words(doc, adding.speaker) == "Iran"
    assert [words(doc, c) for c in adding.content] == ["sanctions had failed"]


def test_frames_a_denial_rejects_a_claim_of_no_one(parsed: tuple[Doc, list[Frame]]) -> None:
    doc, _ = parsed
    denied = frame(parsed, "denied")
    assert denied.rejected and denied.speaker is None  # the police deny; the claim is no one's
    assert [words(doc, c) for c in denied.content] == ["officers used tear gas"]


def test_frames_none_without_a_cue(nlp: Any) -> None:
    assert find_frames(nlp("Farmers blocked the motorway for three hours."), load_quote_cues()) == []


@pytest.mark.parametrize(
    ("text", "explainer", "said"),
    [
        # Someone else who can speak is the reported clause's subject: the explanation is theirs,
        # and part of what the outer speaker reported.
        (
            "Officials said the pilot turned back, explaining that a warning light had come on.",
            "the pilot",
            "the pilot turned back, explaining that a warning light had come on",
        ),
        # The speaker is the subject (by a pronoun) or the subject is a thing: the speaker goes on.
        (
            "The ministry said it would raise the tariff, explaining that costs had doubled.",
            "The ministry",
            "it would raise the tariff",
        ),
        (
            "The engineer said the dam would hold, explaining that the spillway had been widened.",
            "The engineer",
            "the dam would hold",
        ),
    ],
)
def test_frames_explaining_is_the_act_of_the_one_who_can_have_explained(
    nlp: Any, text: str, explainer: str, said: str
) -> None:
    doc = nlp(text)
    found = {f.cue.text: f for f in find_frames(doc, load_quote_cues())}
    assert words(doc, found["explaining"].speaker) == explainer
    assert [doc[s:e].text for s, e in found["said"].content] == [said]
