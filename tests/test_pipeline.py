from __future__ import annotations

import pytest

from newsgraph.extract import language
from newsgraph.model import RawDocument
from newsgraph.pipeline import load_resources, process_chunk, process_documents, start_pool
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
    # Its youngest generation is collected after 10,000 containers, not 700: the stages' short-lived records
    # started two or three collections an article.
    assert gc.get_threshold()[0] == 10_000


def test_pipeline_resources_hold_the_tokenizer_s_known_strings_and_the_headline_words(settings: Settings) -> None:
    from newsgraph.parse import headline, tokens

    nlp = load_resources(settings).nlp
    # Read while loading, not in the first batch: both one-time costs stay out of every article's time.
    assert nlp in tokens._PENDING
    assert headline._entries.cache_info().currsize == 1 and headline._nouns.cache_info().currsize == 1
    # and the language identifier's model, which extraction (in a pool worker too) reads at its first article
    assert language._identifier.cache_info().currsize == 1



def _loaded() -> tuple[int, int, int]:
    """How often this process has loaded the resources, the language identifier and the imported patterns."""
    from newsgraph.understand.events import imported

    return (
        load_resources.cache_info().misses,
        language._identifier.cache_info().misses,
        imported._content_patterns.cache_info().misses,
    )


def _first_chunk_in_a_worker(settings: Settings) -> tuple[int, int, int]:
    """Run in a pool worker: a chunk, then what the worker had loaded by then."""
    processed = process_chunk(_documents(2, 0), settings)
    assert all(p.analyses and not p.errors for p in processed)
    return _loaded()


def test_pipeline_pool_workers_start_with_the_writer_s_resources(settings: Settings) -> None:
    import multiprocessing

    assert multiprocessing.get_context().get_start_method() == "fork"  # Linux: the shared path is under test
    pooled = Settings(workers=2, db=settings.db)
    with start_pool(pooled) as pool:
        # Loaded in this process before the workers forked: no worker loads the model, the tables or the
        # language identifier again, at its start or at its first chunk (a worker that loaded its own would
        # count one more load of each than this process).
        mine = _loaded()
        assert mine[0] >= 1 and load_resources.cache_info().currsize >= 1
        assert [f.result() for f in [pool.submit(_first_chunk_in_a_worker, pooled) for _ in range(4)]] == [mine] * 4


def test_pipeline_pool_gives_what_one_process_gives(settings: Settings) -> None:
    documents = _documents(6, 2000)
    alone = list(process_documents(documents, settings))
    pooled = list(process_documents(documents, Settings(workers=2, db=settings.db)))
    assert pooled == alone and sum(len(p.analyses) for p in pooled) == 6
