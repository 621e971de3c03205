from __future__ import annotations

import pytest

from newsgraph.model import RawDocument
from newsgraph.pipeline import load_resources, process_documents
from newsgraph.settings import Settings
from newsgraph.testing.synthetic import wire_article
from newsgraph.understand.actors.dated import load_dated
from newsgraph.understand.quotes.lexicon import load_quote_cues
from newsgraph.understand.tone import load_analyzer

pytestmark = pytest.mark.model


def _documents(count: int, offset: int) -> list[RawDocument]:
    # Each article carries a word the model has never seen, as real news does (names, figures).
    return [
        RawDocument(
            uri=f"wire-{n}.txt",
            content=wire_article(n, words=120, seed=4).replace(
                " - ", f" - Zorbington{n}qx said on Monday that ", 1
            ),
            content_type="text/plain",
        )
        for n in range(offset, offset + count)
    ]


def test_pipeline_string_store_does_not_grow_with_the_corpus(settings: Settings) -> None:
    nlp = load_resources(settings).nlp
    list(process_documents(_documents(4, 0), settings))  # lazy tables and patterns load first
    before = len(nlp.vocab.strings)
    processed = list(process_documents(_documents(40, 1000), settings))
    assert len(nlp.vocab.strings) == before
    # Records outlive the memory zone the Docs lived in: their strings are plain Python strings.
    analyses = [a for p in processed for a in p.analyses]
    assert len(analyses) == 40 and not any(p.errors for p in processed)
    assert all(a.entities for a in analyses) and sum(bool(a.events) for a in analyses) >= 30
    for analysis in analyses:
        for entity in analysis.entities:
            for mention in entity.mentions:
                assert analysis.article.text[mention.start : mention.end] == mention.text


def test_pipeline_resources_carry_every_lexicon_the_stages_read(settings: Settings) -> None:
    resources = load_resources(settings)
    # Loaded once per process and handed to the stages, which load nothing themselves.
    assert resources.quote_cues is load_quote_cues()
    assert resources.dictionary.dated is load_dated()
    assert resources.codebook.codes and resources.gazetteer.lookup("Minsk")
    assert resources.tone is load_analyzer() and resources.tone.lexicon["good"] > 0


def test_pipeline_resources_are_frozen_out_of_the_collector_with_the_event_stage_tables(settings: Settings) -> None:
    import gc

    from newsgraph.understand.events import imported

    load_resources(settings)
    # The collector no longer walks what was loaded, and that includes the imported patterns the event stage
    # would otherwise read at its first article.
    assert gc.get_freeze_count() > 100_000
    assert imported._content_patterns.cache_info().currsize == 1


def test_pipeline_resources_hold_the_tokenizer_s_known_strings_and_the_headline_words(settings: Settings) -> None:
    from newsgraph.parse import headline, tokens

    nlp = load_resources(settings).nlp
    # Read while loading, not in the first batch: both one-time costs stay out of every article's time.
    assert nlp in tokens._PENDING
    assert headline._entries.cache_info().currsize == 1 and headline._nouns.cache_info().currsize == 1
