"""The shared view of a parsed Doc: the text it covers, the per-token words and sentence starts
the stages read once, and the entity behind a stretch of text."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from newsgraph.extract.build import build_article
from newsgraph.model import Article, Entity, Mention
from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.docview import DocIndex, EntityLookup, doc_text, ent_index, index_for

pytestmark = pytest.mark.model

PARAGRAPHS = [
    "Kenya's foreign minister met his Ugandan counterpart in Kampala on Monday.",
    "The talks on İstanbul's port fees ended without a deal, officials said.",
]


@pytest.fixture(scope="module")
def parsed(nlp: Any) -> tuple[Article, Doc]:
    article = build_article(
        source="test", title="Ministers meet in Kampala", paragraphs=PARAGRAPHS, caption="A photo caption."
    )
    return article, nlp(article.text[: article.analysis_end])


def test_docview_doc_text_is_the_parsed_text_without_the_caption(parsed: tuple[Article, Doc]) -> None:
    article, doc = parsed
    assert doc_text(article, doc) == doc.text == article.text[: article.analysis_end]
    assert "caption" not in doc_text(article, doc)


def test_docview_doc_text_of_another_doc_is_that_docs_text(nlp: Any, parsed: tuple[Article, Doc]) -> None:
    article, _ = parsed
    other = nlp("Troops withdrew.")
    assert doc_text(article, other) == "Troops withdrew."


def test_docview_index_words_and_sentences_match_spacys(parsed: tuple[Article, Doc]) -> None:
    article, doc = parsed
    index = DocIndex(doc, doc_text(article, doc))
    assert index.texts == [t.text for t in doc]
    assert index.folded == [t.text.casefold() for t in doc]
    assert index.chars == len(doc.text)
    assert index.sent_tokens == [s.start for s in doc.sents]
    assert index.sent_chars == [s.start_char for s in doc.sents]
    assert [index.sentence_start(t.i) for t in doc] == [t.sent.start for t in doc]
    assert index.pos == [t.pos for t in doc] and index.dep == [t.dep for t in doc]
    assert index.lower == [t.lower for t in doc] and index.tag == [t.tag for t in doc]
    assert index.head == [t.head.i for t in doc]


def test_docview_index_without_the_text_reads_the_words_from_the_doc(parsed: tuple[Article, Doc]) -> None:
    _, doc = parsed
    assert DocIndex(doc).texts == [t.text for t in doc]


def test_docview_ent_index_points_each_token_at_its_entity(parsed: tuple[Article, Doc]) -> None:
    _, doc = parsed
    at = ent_index(doc)
    for n, ent in enumerate(doc.ents):
        assert at[ent.start : ent.end] == [n] * len(ent)
    assert at.count(-1) == len(doc) - sum(len(e) for e in doc.ents)


def test_docview_index_for_reuses_an_index_of_the_same_doc(nlp: Any, parsed: tuple[Article, Doc]) -> None:
    article, doc = parsed
    index = DocIndex(doc)
    assert index_for(article, doc, index) is index
    fresh = index_for(article, doc, DocIndex(nlp("Another text.")))
    assert fresh is not index and fresh.doc is doc
    assert index_for(article, doc).doc is doc


def test_docview_title_at_reads_the_dictionarys_titles(parsed: tuple[Article, Doc]) -> None:
    article, doc = parsed
    index = DocIndex(doc, doc_text(article, doc))
    minister = next(t.i for t in doc if t.text == "minister")
    assert index.title_at(minister - 1, minister + 1, load_actor_dictionary(Settings())) is not None
    assert index.title_at(0, 1, load_actor_dictionary(Settings())) is None  # "Ministers" alone


def test_docview_lookup_takes_the_longest_overlapping_mention() -> None:
    kenya = Entity("e1", "Kenya", "country", (Mention("Kenya", 0, 5),), country="KEN")
    minister = Entity(
        "e2",
        "Raychelle Omamo",
        "person",
        (Mention("Kenya's foreign minister", 0, 24),),
        country="KEN",
        role="GOV",
    )
    lookup = EntityLookup([kenya, minister])
    assert lookup.covering(0, 5) is minister
    assert lookup.covering(10, 17) is minister
    assert lookup.covering(30, 40) is None
    assert lookup.by_id("e1") is kenya and lookup.by_id("e9") is None
    ref = lookup.ref(0, 5, "Kenya")
    assert (ref.name, ref.code, ref.entity_id, ref.start, ref.end) == (
        "Raychelle Omamo",
        "KENGOV",
        "e2",
        0,
        5,
    )
    unknown = lookup.ref(30, 40, "officials")
    assert (unknown.name, unknown.code, unknown.entity_id) == ("officials", "", None)


def test_docview_entity_lookup_lists_each_entity_once() -> None:
    kenya = Entity("e1", "Kenya", "country", (Mention("Kenya", 0, 5), Mention("Kenya", 20, 25)), country="KEN")
    police = Entity("e2", "police", "organisation", (Mention("police", 8, 14),), role="COP")
    assert sorted(e.id for e in EntityLookup([kenya, police]).entities()) == ["e1", "e2"]
