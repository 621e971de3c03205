"""Attributions told by a noun: its holder, and the clause, to-clause or short phrase it holds."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc, Token

from newsgraph.understand.quotes.lexicon import QuoteCues, load_quote_cues
from newsgraph.understand.quotes.nouns import noun_frame

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def cues() -> QuoteCues:
    return load_quote_cues()


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_nouns_a_stance_noun_holds_its_object_with_a_holder(nlp: Any) -> None:
    doc = nlp("The union's support for the Democratic nominee is not as solid as in 2012.")
    found = noun_frame(word(doc, "support"), "belief", frozenset({"for"}))
    assert found is not None and found.speaker is not None
    assert doc[found.speaker[0] : found.speaker[1]].text == "The union's"
    assert [doc[s:e].text for s, e in found.content] == ["the Democratic nominee"]
    case = nlp("It is the case that the plant closed, and the case for the plan is weak.")
    assert all(noun_frame(t, "stance", frozenset({"for"})) is None for t in case if t.text == "case")


def test_nouns_material_support_is_no_view_held(nlp: Any, cues: QuoteCues) -> None:
    objects = cues.noun_objects.get("support", frozenset())
    for text in (
        "Russia offered military support for the offensive.",
        "Norway gave support for the relief effort.",
    ):
        doc = nlp(text)
        assert noun_frame(word(doc, "support"), cues.nouns["support"], objects) is None, text
    doc = nlp("The senator voiced her support for the bill.")
    assert noun_frame(word(doc, "support"), cues.nouns["support"], objects) is not None


def _read(nlp: Any, cues: QuoteCues, text: str, noun: str) -> tuple[str | None, list[str]] | None:
    doc = nlp(text)
    tok = word(doc, noun)
    lemma = tok.lemma_.lower()
    found = noun_frame(tok, cues.nouns[lemma], cues.noun_objects.get(lemma, frozenset()))
    if found is None:
        return None
    speaker = doc[found.speaker[0] : found.speaker[1]].text if found.speaker else None
    return speaker, [doc[s:e].text for s, e in found.content]


def test_nouns_the_subject_of_is_holds_its_complement(nlp: Any, cues: QuoteCues) -> None:
    assert _read(nlp, cues, "Her argument is that the plant should stay open.", "argument") == (
        "Her",
        ["the plant should stay open"],
    )
    assert _read(nlp, cues, "The union's goal is to sign up 5,000 new members.", "goal") == (
        "The union's",
        ["to sign up 5,000 new members"],
    )
    # With no holder "The fear is that ..." is the writer's own framing.
    assert _read(nlp, cues, "The fear is that the dam will fail.", "fear") is None


def test_nouns_a_verb_that_unveils_or_holds_the_noun_gives_its_subject(nlp: Any, cues: QuoteCues) -> None:
    assert _read(nlp, cues, "The mayor unveiled a plan to widen the bridge.", "plan") == (
        "The mayor",
        ["to widen the bridge"],
    )
    # A plan no one holds is no attribution.
    assert _read(nlp, cues, "A plan to widen the bridge was shelved.", "plan") is None


def test_nouns_a_name_or_party_compounded_with_the_noun_holds_it(nlp: Any, cues: QuoteCues) -> None:
    found = _read(nlp, cues, "The senators rejected a Republican proposal to cut the gas tax.", "proposal")
    assert found == ("Republican", ["to cut the gas tax"])


def test_nouns_of_with_a_gerund_is_an_intentions_content(nlp: Any, cues: QuoteCues) -> None:
    found = _read(nlp, cues, "The party has not given up its hopes of winning the seat.", "hopes")
    assert found == ("its", ["winning the seat"])


def test_nouns_a_holder_after_the_noun_keeps_the_clause_hung_on_it(nlp: Any, cues: QuoteCues) -> None:
    found = _read(
        nlp,
        cues,
        "The senators sought assurances from the nominee that he would protect Medicare.",
        "assurances",
    )
    assert found == ("the nominee", ["he would protect Medicare"])
    found = _read(nlp, cues, "Support for the measure among Republicans has fallen to 40 percent.", "Support")
    assert found == ("Republicans", ["the measure"])


def test_nouns_a_stance_takes_its_own_preposition(nlp: Any, cues: QuoteCues) -> None:
    assert _read(nlp, cues, "The senator's stance on gun control has shifted.", "stance") == (
        "The senator's",
        ["gun control"],
    )
    assert _read(nlp, cues, "The senator's stance was never clear.", "stance") is None


def test_nouns_an_attitude_the_subject_faces_is_held_by_others(nlp: Any, cues: QuoteCues) -> None:
    # The subject is what the questions are about, never their holder.
    assert _read(nlp, cues, "The mayor has faced questions about the budget.", "questions") == (
        None,
        ["questions", "about the budget"],
    )
    found = _read(nlp, cues, "The governor drew criticism from teachers over the pension cuts.", "criticism")
    assert found is not None and found[0] == "teachers" and found[1][-1] == "over the pension cuts"
    # Nothing it is about, or only how long: no attribution.
    assert _read(nlp, cues, "The mayor answered questions for an hour.", "questions") is None
    assert _read(nlp, cues, "The nominee faced tough questions at the town hall.", "questions") is None


def test_nouns_the_news_that_is_told_by_an_unnamed_source(nlp: Any, cues: QuoteCues) -> None:
    """ "the news that ...": what was made known, its source not named (PolNeAR's implicit source)."""
    text = "The news that premiums will rise next year gave Republicans fresh ammunition."
    assert _read(nlp, cues, text, "news") == (None, ["premiums will rise next year"])
    text = "The campaign welcomed the news that the governor would endorse Clinton."
    assert _read(nlp, cues, text, "news") == (None, ["the governor would endorse Clinton"])


@pytest.mark.parametrize(
    "text",
    [
        "The news that he brought back from Ohio was not good.",  # a relative clause: no content told
        "Trump held a news conference at the White House on Friday.",
        "The senator said the news was a relief for the party.",
    ],
)
def test_nouns_news_with_no_clause_tells_nothing(nlp: Any, cues: QuoteCues, text: str) -> None:
    assert _read(nlp, cues, text, "news") is None
