"""Headline colons and labels (`labels`, session 27): "Kovar: ..." names a speaker, "Q: ...", "Hot Deal: ...",
"Purpose of Loan: ..." and a roster's "John R. Miller: Theft of a vehicle, ..." do not. Passages written for
these tests (fictional people, shops and teams), run the way the pipeline runs the stage and checked the way
`test_constructions` checks its own; and the parts of the rule on parses of single lines."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.quotes import labels
from newsgraph.understand.quotes.constructs import headline_frames
from newsgraph.understand.quotes.lexicon import load_quote_cues
from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    # -- headlines that name a speaker: kept ---------------------------------------------------------
    "name-finite-verb": Case(
        ("Markov: The port will not reopen this year",
         "Harbour chief Ilya Markov spoke to reporters in Varna on Monday."),
        "port will not reopen", "Markov", direct=False,
    ),
    "name-verbless-predicate": Case(
        ("Okafor: Ministry ready to cut fuel subsidies",
         "Finance Minister Grace Okafor gave the interview on Tuesday."),
        "ready to cut fuel subsidies", "Okafor", direct=False,
    ),
    "organisation-headline-passive": Case(
        ("Police: Two men arrested after bank robbery",),
        "Two men arrested", "Police", direct=False,
    ),
    "organisation-headline-future": Case(
        ("Kremlin: Talks with the rebels to resume next week",
         "The Kremlin said on Monday that a date had been set."),
        "Talks with the rebels to resume", "Kremlin", direct=False,
    ),
    # -- labels: no speaker ----------------------------------------------------------------------------
    "interview-question-mark": Case(
        ("An interview with the new chief of the port authority.",
         "Q: What did you learn in your first week at the port",
         "A: I learned that the crews work very hard."),
        "What did you learn", None, absent=True,
    ),
    "interview-answer-mark": Case(
        ("An interview with the new chief of the port authority.",
         "Q: What did you learn in your first week at the port",
         "A: The crews are the best I have worked with."),
        "The crews are the best", None, absent=True,
    ),
    "shop-listing-title-case": Case(
        ("This week's best offers from the big stores.",
         "Hot Deal: Sony Wireless Headphones for $199 (Was $249)"),
        "Wireless Headphones", None, absent=True,
    ),
    "sports-roundup-title": Case(
        ("Sports Wrap: Jefferson beats Madison to stay unbeaten",
         "Jefferson won 3-1 at home on Friday night."),
        "beats Madison", None, absent=True,
    ),
    "roster-of-charges": Case(
        ("Police released the names of those arrested and the charges they face.",
         "John R. Miller: Theft of a vehicle, resisting arrest, held without bond",
         "Anna K. Lowe: Possession of cocaine, released on a $5,000 bond"),
        "Possession of cocaine", None, absent=True,
    ),
    "form-field-infinitive": Case(
        ("The company filed its offering papers on Monday.",
         "Purpose of Loan: To expand the bottling plant near Ostrava"),
        "To expand the bottling plant", None, absent=True,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_label_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])


def test_labels_single_letter_is_an_interview_mark(nlp: Any) -> None:
    assert labels.interview_mark(nlp("Q")[0:1])
    assert not labels.interview_mark(nlp("EU")[0:1])  # a body's initials are a name


@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("Flowers will not be at the debate", True),
        ("Clinton ready to lead", True),
        ("Two men arrested after robbery", True),
        ("Talks with Kyiv to resume next week", True),
        # the infinitive parsed as the noun's xcomp, and a predicate adjective parsed as the noun's amod
        ("No plans to invade the island", True),
        ("France ready to send troops", True),
        ("Germany willing to pay more", True),
        ("Possession of cocaine, released on a $5,000 bond", False),
        ("To finance new hotels", False),
    ],
)
def test_labels_a_statement_after_the_colon(nlp: Any, text: str, states: bool) -> None:
    doc = nlp("Source: " + text)
    assert labels.states(doc, 2, len(doc)) is states


def test_labels_a_title_case_label_is_only_tentative(nlp: Any) -> None:
    """ "Sports Wrap" is no name the entity model knows: kept only if the article names it in full."""
    doc = nlp("Sports Wrap: Jefferson beats Madison to stay unbeaten")
    found = headline_frames(doc, [(0, len(doc))], load_quote_cues())
    assert all(f.tentative for f in found)


@pytest.mark.parametrize(
    "headline",
    ["Putin: No plans to invade the island", "Macron: France ready to send troops", "Merkel: Germany willing to pay more"],
)
def test_labels_a_headline_speaker_s_infinitive_after_a_noun_is_kept(nlp: Any, headline: str) -> None:
    doc = nlp(headline + "\n\nThe leader spoke on Monday.")
    end = next(t.i for t in doc if "\n" in t.text)
    found = headline_frames(doc, [(0, end)], load_quote_cues())
    assert [doc[f.content[0][0] : f.content[0][1]].text for f in found] == [headline.split(": ", 1)[1]]
