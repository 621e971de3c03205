"""Attributions that are not a reporting verb with its subject: "according to X", a headline
with a colon, a passive report with no source, and a claim its speaker rejects."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc, Token

from newsgraph.understand.quotes.constructs import (
    according_frame,
    adjective_frame,
    headline_frames,
    implicit_source,
    poll_frame,
    reject,
)
from newsgraph.understand.quotes.frames import Frame
from newsgraph.understand.quotes.lexicon import QuoteCues, load_quote_cues

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def cues() -> QuoteCues:
    return load_quote_cues()


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_constructs_according_to_at_the_edge_covers_the_sentence(nlp: Any) -> None:
    doc = nlp("The workers were sent home, according to two officials.")
    found = according_frame(word(doc, "according"))
    assert found is not None and found.lemma == "according to"
    assert found.speaker is not None and doc[found.speaker[0] : found.speaker[1]].text == "two officials"
    assert [doc[s:e].text for s, e in found.content] == ["The workers were sent home"]


def test_constructs_according_without_a_source_is_no_frame(nlp: Any) -> None:
    doc = nlp("Everything went according to plan.")
    assert according_frame(word(doc, "according")) is None


def test_constructs_according_to_the_rules_run_in_is_manner(nlp: Any) -> None:
    """ "seated according to the rules the council adopted": as the rules require, not a source."""
    doc = nlp("Members will be seated according to the rules the council adopted last year.")
    assert according_frame(word(doc, "according")) is None


def test_constructs_according_to_a_plan_set_off_is_a_source(nlp: Any) -> None:
    doc = nlp("According to the plan, the ferry service would resume within two weeks.")
    found = according_frame(word(doc, "According"))
    assert found is not None and found.speaker is not None
    assert doc[found.speaker[0] : found.speaker[1]].text == "the plan"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "But according to a draft schedule seen by the newspaper, the airline will cut 900 jobs next spring.",
            "a draft schedule seen by the newspaper",
        ),
        (
            "The airline will cut 900 jobs next spring according to an internal plan obtained by the newspaper.",
            "an internal plan obtained by the newspaper",
        ),
        (
            "Polls closed at eight, and according to the rules set out by the commission, results must follow soon.",
            "the rules set out by the commission",
        ),
    ],
)
def test_constructs_according_to_a_document_someone_has_read_is_a_source(nlp: Any, text: str, source: str) -> None:
    """Before its verb, or naming a document someone has seen or obtained, the phrase tells what
    the document says: only a phrase run on from its verb, with no such reader, is manner."""
    doc = nlp(text)
    found = according_frame(word(doc, "according"))
    assert found is not None and found.speaker is not None
    assert doc[found.speaker[0] : found.speaker[1]].text == source


def test_constructs_according_to_a_plan_before_its_verb_is_a_source(nlp: Any) -> None:
    doc = nlp("But according to the draft plan, the ministry will close four regional offices.")
    found = according_frame(word(doc, "according"))
    assert found is not None and found.speaker is not None
    assert doc[found.speaker[0] : found.speaker[1]].text == "the draft plan"


def test_constructs_a_headline_colon_names_its_speaker(nlp: Any, cues: QuoteCues) -> None:
    doc = nlp("Pence: Flowers will not be at the debate")
    (found,) = headline_frames(doc, [(0, len(doc))], cues)
    assert found.speaker is not None and doc[found.speaker[0] : found.speaker[1]].text == "Pence"
    assert [doc[s:e].text for s, e in found.content] == ["Flowers will not be at the debate"]
    assert found.tentative  # kept only when Pence turns out to be someone
    label = nlp("Update: Talks resume in Geneva")
    assert headline_frames(label, [(0, len(label))], cues) == []


def test_constructs_a_passive_report_has_no_named_source(nlp: Any) -> None:
    doc = nlp("It was reported that the plant had closed. The minister was asked to resign.")
    assert implicit_source(word(doc, "reported"))
    assert not implicit_source(word(doc, "asked"))  # the one asked is no source
    assert not implicit_source(nlp("The minister reported a loss.")[2])


def test_constructs_a_denied_claim_is_not_the_deniers_view(nlp: Any, cues: QuoteCues) -> None:
    doc = nlp("Police denied that officers used tear gas.")
    denied = word(doc, "denied")
    start = word(doc, "officers").i
    frame = Frame(denied, "deny", "speech", "denied", (0, 1), doc[0], [(start, start + 4)])
    assert reject(frame, cues) is None  # no claim noun consumed
    assert frame.rejected and frame.speaker is None  # whose claim it was is not said


def test_constructs_an_adjective_holds_what_it_is_about(nlp: Any) -> None:
    doc = nlp("Party leaders were worried about the nominee's standing with suburban women.")
    found = adjective_frame(word(doc, "worried"), "belief")
    assert found is not None and found.speaker is not None
    assert doc[found.speaker[0] : found.speaker[1]].text == "Party leaders"
    assert [doc[s:e].text for s, e in found.content] == ["the nominee's standing with suburban women"]
    shelters = nlp("The shelters were ready for the storm by Friday morning.")
    assert adjective_frame(word(shelters, "ready"), "intention") is None  # no to-clause, nothing about


@pytest.mark.parametrize(
    "text",
    [
        "Clinton leads Trump by six points in a new poll.",
        "Trump is ahead by three points in a Fox News poll of likely voters.",
    ],
)
def test_constructs_poll_is_the_source_of_the_finding_it_sets(nlp: Any, cues: QuoteCues, text: str) -> None:
    doc = nlp(text)
    found = poll_frame(word(doc, "poll"), cues)
    assert found is not None and found.speaker is not None
    assert "poll" in doc[found.speaker[0] : found.speaker[1]].text


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Kellyanne Conway acknowledged that the campaign was behind in the polls.", "polls"),
        ("Conway said the campaign was behind in the polls.", "polls"),
        ("The senator admitted that his party was trailing in the polls in Ohio.", "polls"),
        ("Sanders told reporters he was gaining in a new poll every week.", "poll"),
    ],
)
def test_constructs_poll_inside_someones_words_is_no_source(nlp: Any, cues: QuoteCues, text: str, noun: str) -> None:
    """The standing in the polls is part of what the speaker said: the speaker is the source."""
    doc = nlp(text)
    assert poll_frame(word(doc, noun), cues) is None
