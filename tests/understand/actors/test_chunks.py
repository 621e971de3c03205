"""The noun phrases the group step reads (understand/actors/chunks.py), on sentences written for this test."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.actors.chunks import base_chunks, glued_subject, noun_chunks, phrase_head
from newsgraph.understand.docview import DocIndex

pytestmark = pytest.mark.model


def _chunks(nlp: Any, text: str) -> list[str]:
    doc = nlp(text)
    return [doc[start:end].text for start, end, _ in noun_chunks(DocIndex(doc, text))]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Gunmen shot dead an off-duty policeman on Tuesday.", "an off-duty policeman"),
        ("An on-duty soldier was wounded at the checkpoint.", "An on-duty soldier"),
        # spaCy's own chunks, unchanged
        ("Three policemen were killed when militants ambushed their patrol.", "Three policemen"),
        ("Police detained three journalists covering an opposition rally.", "three journalists"),
    ],
)
def test_a_hyphenated_adjective_stays_in_its_phrase(nlp: Any, text: str, phrase: str) -> None:
    assert phrase in _chunks(nlp, text)


def test_a_spaced_dash_still_ends_a_phrase(nlp: Any) -> None:
    # "Reuters - Gunmen": a spaced dash is no hyphen; the agency is not the gunmen's
    assert not any(c.startswith("Reuters") and c.endswith("Gunmen") for c in _chunks(nlp, "Reuters - Gunmen killed two policemen."))


def test_a_subject_glued_to_its_verb_heads_its_phrase(nlp: Any) -> None:
    doc = nlp("A Palestinian sniper shot dead an Israeli soldier in the West Bank on Monday.")
    sniper = doc[2]
    if glued_subject(sniper):  # the small model reads "sniper shot" as one noun phrase
        chunks = [doc[s:e] for s, e, _ in noun_chunks(DocIndex(doc, doc.text))]
        phrase = next(c for c in chunks if c.end == sniper.i + 1)
        assert phrase.text == "A Palestinian sniper"
        assert phrase_head(phrase).text == "sniper"
    # a subject the parser reads as one is no glued one
    other = nlp("Militants shot dead a policeman on Tuesday.")
    assert not any(glued_subject(t) for t in other)


def test_base_chunks_are_spacys_noun_chunks(nlp: Any) -> None:
    # The English rule read off the index's arrays gives spaCy's own chunks, conjuncts and nested ones included.
    from newsgraph.testing.synthetic import wire_article

    texts = [
        "Police and opposition supporters clashed in Dhaka on Sunday, and three people were killed.",
        "The government and communist rebels signed a truce, Nepal's foreign minister said.",
        "She told them that he and his brother had met Belarus, Iran and Syria's envoys.",
        "KABUL (Reuters) - Gunmen kidnapped two Indian engineers working on a road project, officials said.",
        "U.S. Troops Battle Militia In Najaf",
        "",
        *(wire_article(n, words=200, seed=31) for n in range(6)),
    ]
    conjuncts = 0
    for doc in nlp.pipe(texts):
        fast = base_chunks(DocIndex(doc, doc.text))
        assert fast == [(c.start, c.end, c.label) for c in doc.noun_chunks]
        conjuncts += sum(doc[end - 1].dep_ == "conj" for _, end, _ in fast)
    assert conjuncts >= 2
