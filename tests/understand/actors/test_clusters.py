"""The clusters an article's entities are built in, and the look-ups the steps share."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.build import build_article
from newsgraph.settings import Settings
from newsgraph.understand.actors.clusters import Draft, head_noun, read_body_words
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from tests.understand.actors.actor_drafts import draft

pytestmark = pytest.mark.model


def test_clusters_head_noun_is_the_noun_before_of() -> None:
    assert head_noun("Federal Bureau of Investigation") == "bureau"
    assert head_noun("The National Farmers Union") == "union"
    assert head_noun("") == ""


def test_clusters_most_recent_is_the_last_named_before_the_offset(nlp: Any) -> None:
    d = draft(nlp, "Ruiz met Patel. Then Ruiz left and Patel stayed.")
    text = d.article.text
    ruiz = d.cluster("person:ruiz", "person", text.index("Ruiz"))
    patel = d.cluster("person:patel", "person", text.index("Patel"))
    for cluster, word in ((ruiz, "Ruiz"), (patel, "Patel")):
        start = -1
        while (start := text.find(word, start + 1)) >= 0:
            d.add_name(cluster, d.doc.char_span(start, start + len(word)))
    d.timeline.sort()
    left = text.index("left")
    assert d.most_recent(left) == "person:ruiz"
    assert d.most_recent(left, kinds=("organisation",)) == ""
    assert d.most_recent(len(text), keys=["person:ruiz", "person:patel"]) == "person:patel"
    assert d.last_mention_before("person:patel", left) == text.index("Patel")


def test_the_body_s_words_read_from_arrays_are_those_the_token_walk_read(nlp: Any) -> None:
    from newsgraph.testing.synthetic import wire_article

    def plain(doc: Any, body_start: int) -> tuple[frozenset[str], ...]:  # the walk it replaced
        lower: set[str] = set()
        capital: set[str] = set()
        verbs: set[str] = set()
        lemmas: set[str] = set()
        for t in doc:
            if t.idx < body_start or not t.is_alpha:
                continue
            if t.is_lower:
                lower.update((t.text, t.lemma_))
                if t.pos_ in ("VERB", "AUX"):
                    verbs.update((t.text, t.lemma_))
                    lemmas.add(t.lemma_)
            elif not t.is_sent_start:
                capital.add(t.lower_)
        return frozenset(lower), frozenset(capital), frozenset(verbs), frozenset(lemmas)

    texts = [
        "Iran Says It Will Keep Enriching\n\nTEHRAN (Reuters) - Iran will keep enriching uranium, Foreign "
        "Minister Manouchehr Mottaki said on Monday. The IAEA Board meets in Vienna.",
        "",
        *(wire_article(n, words=200, seed=23) for n in range(6)),
    ]
    for doc in nlp.pipe(texts):
        for body_start in (0, 40):
            words = read_body_words(doc, body_start)
            read = (words.lower, words.capital, words.verbs, words.verb_lemmas)
            assert read == plain(doc, body_start)
            assert all(read) or not len(doc)


def test_a_draft_reads_the_body_once_from_the_end_of_its_headline(nlp: Any) -> None:
    article = build_article(
        source="test", title="Police arrest militants", paragraphs=["Police said they arrested three men on Monday."]
    )
    d = Draft(article, nlp(article.text[: article.analysis_end]), load_actor_dictionary(Settings()), None)
    words = d.body_words()
    assert d.body_words() is words
    assert "arrest" in words.verb_lemmas and "militants" not in words.lower



def test_an_acronym_in_brackets_is_the_organisation_named_before_it(nlp: Any) -> None:
    d = draft(nlp, "The Rwandan Patriotic Union ( UPR ) urged calm, and Dan Meron ( UPR ) spoke.")
    text = d.article.text
    union = d.cluster("org:union", "organisation", text.index("Rwandan"))
    name = "Rwandan Patriotic Union"
    d.add_name(union, d.doc.char_span(text.index(name), text.index(name) + len(name)))
    first = text.index("UPR")
    assert d.bracketed_owner(d.doc.char_span(first, first + 3)) is union
    # after a person's name no organisation ends: the brackets say nothing there
    second = text.index("UPR", first + 1)
    assert d.bracketed_owner(d.doc.char_span(second, second + 3)) is None
