"""A text's report after the participle naming what was done to it (`participles`): "Court papers filed
Friday allege that ...", which the small parser reads as "papers filed (an) allege". Passages written for
these tests in the manner of 2016 Washington coverage, checked the way `test_constructions` checks its own:
one record holds the words, with the text as its source; and sentences the rule must leave as they were.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.understand.actors.coding import code_actors
from newsgraph.understand.actors.entities import find_entities
from newsgraph.understand.quotes.find import find_quotes
from newsgraph.understand.quotes.lexicon import load_quote_cues
from newsgraph.understand.quotes.participles import cue_after_participle
from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    "papers-filed-allege": Case(
        ("Court papers filed Friday allege that the university misled students about its instructors.",),
        "the university misled students", "Court papers filed Friday", direct=False, kind="speech",
    ),
    "papers-filed-in-court-allege": Case(
        ("Papers filed in federal court on Monday allege that the mayor took bribes from a developer.",),
        "the mayor took bribes", "Papers filed in federal court", direct=False,
    ),
    "documents-filed-claim": Case(
        ("Documents filed Tuesday claim that the company hid its losses from investors.",),
        "the company hid its losses", "Documents filed Tuesday", direct=False,
    ),
    "records-released-show": Case(
        ("Records released Friday show that the senator missed most votes last year.",),
        "the senator missed most votes", "Records released Friday", direct=False,
    ),
    "filings-made-public-say": Case(
        ("Court filings made public Wednesday say the aides deleted thousands of emails.",),
        "the aides deleted thousands of emails", "Court filings made public", direct=False,
    ),
    "clause-ends-at-and": Case(
        ("Court papers filed Friday allege that the charity misused donations, and the judge set a hearing for May.",),
        "the charity misused donations", "Court papers", direct=False,
    ),
    # -- sound parses: the stage's own reading stands -------------------------------------------------
    "papers-allege-no-participle": Case(
        ("The papers allege that the university misled students.",),
        "the university misled students", "papers", direct=False,
    ),
    "memo-obtained-says": Case(
        ("A memo obtained by Politico says the campaign will cut its television budget.",),
        "the campaign will cut its television budget", "memo", direct=False,
    ),
    "documents-comma-released": Case(
        ("The documents, released Friday, show that the aides knew about the closures.",),
        "the aides knew about the closures", "documents", direct=False,
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(CASES))
def test_participle_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])


@pytest.mark.parametrize(
    "text",
    [
        # A person, not a text, before the past tense: no source is made of "The senator said Friday".
        "The senator said Friday claims that the vote was rigged were false.",
        # The participle is a cue of its own ("reported"), which the stage reads.
        "The newspaper reported Friday claims that the mayor had resigned.",
    ],
)
def test_no_source_is_made_past_a_person_or_a_cue(nlp: Any, dictionary: Any, text: str) -> None:
    article = build_article(source="test", title=None, paragraphs=(text,))
    doc = nlp(article.text[: article.analysis_end])
    entities = code_actors(article, doc, find_entities(article, doc, dictionary), dictionary)
    quotes = find_quotes(article, doc, entities, load_quote_cues())
    made = [q for q in quotes if any(w in (q.speaker_text or "").split() for w in ("said", "reported"))]
    assert not made, [(q.text, q.speaker_text) for q in quotes]


def test_participles_an_infinitive_cue_is_no_misread_verb(nlp: Any) -> None:
    """ "The ruling led lawmakers to claim that ...": "claim" is a to-infinitive of "led", not the present-tense
    verb of a text named by a participle ("The ruling led" is no "papers filed")."""
    doc = nlp("The ruling led several lawmakers to claim that the court had overstepped.")
    claim = next(t for t in doc if t.lower_ == "claim")
    assert cue_after_participle(claim, load_quote_cues()) is None
