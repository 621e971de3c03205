"""The only code that orders stages.

    read -> extract -> parse -> entities -> actors -> time -> places -> quotes -> events -> tone

Everything streams: documents are pulled from the readers a chunk at a time, the articles of
a chunk are parsed together with one `nlp.pipe` call, and each document comes out as a
`ProcessedDocument` holding its analyses and failures. A failure at any stage becomes a
`DocumentError` for that document (or article) and the run goes on.

With `workers > 1` chunks go to a process pool; the caller (the store writer) loads the model
and tables before the pool forks, so its workers start with them (where processes start by
spawning, each worker loads its own). The writer stays a single process, and at most
`2 * workers` chunks are in flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from newsgraph.errors import DocumentFailed
from newsgraph.extract import extract
from newsgraph.extract.language import load_language_identifier
from newsgraph.model import Analysis, Article, DocumentError, ProcessedDocument, RawDocument
from newsgraph.parse import analysis_text, load_nlp, parse
from newsgraph.parse.headline import load_headline_words
from newsgraph.parse.tokens import load_known_strings, warm_tokenizer
from newsgraph.settings import Settings
from newsgraph.sources import read_paths
from newsgraph.understand.actors import find_actors
from newsgraph.understand.actors.dictionary import ActorDictionary, load_actor_dictionary
from newsgraph.understand.actors.placing import with_place_countries
from newsgraph.understand.actors.ruler import gazetteer_patterns
from newsgraph.understand.agreement import one_code_per_entity
from newsgraph.understand.docview import DocIndex, doc_text
from newsgraph.understand.events import find_events
from newsgraph.understand.events.codebook import Codebook, load_codebook
from newsgraph.understand.events.imported import load_fallbacks
from newsgraph.understand.places import find_places
from newsgraph.understand.places.find import load_gazetteer
from newsgraph.understand.places.gazetteer import Gazetteer
from newsgraph.understand.quotes import find_quotes
from newsgraph.understand.quotes.lexicon import QuoteCues, load_quote_cues
from newsgraph.understand.shown import shown_codes
from newsgraph.understand.time import find_dates
from newsgraph.understand.time.said import dated_quotes
from newsgraph.understand.tone import load_analyzer, score_events, score_tone

# Documents per chunk handed to one parse batch / one worker task. Large enough to keep
# nlp.pipe's batches full, small enough that a chunk's results are cheap to hold.
CHUNK_DOCUMENTS = 32
# Containers allocated (less those freed) before the cyclic collector's youngest generation is collected.
_YOUNG_COLLECTION = 10_000
# Returns the id of the article the given one duplicates, or None to parse it.
BeforeParse = Callable[[Article], str | None]


@dataclass(frozen=True)
class Resources:
    """Everything the stages read, loaded once per process."""

    nlp: Language
    dictionary: ActorDictionary
    gazetteer: Gazetteer
    codebook: Codebook
    quote_cues: QuoteCues
    tone: SentimentIntensityAnalyzer  # VADER, with its lexicon


@lru_cache(maxsize=2)
def load_resources(settings: Settings) -> Resources:
    resources = Resources(
        nlp=load_nlp(settings, gazetteer_patterns(settings)),
        dictionary=load_actor_dictionary(settings),
        gazetteer=load_gazetteer(),
        codebook=load_codebook(settings),
        quote_cues=load_quote_cues(),
        tone=load_analyzer(),
    )
    # Tables the event stage, the tokenizer's warming, the headline caser and the language identifier would
    # otherwise build at the first article (inside every run's and every worker's clock), built here for the
    # freeze below.
    load_fallbacks()
    _ = resources.codebook.verb_gates
    load_known_strings(resources.nlp)
    load_headline_words()
    load_language_identifier()  # read by the extraction step, which pool workers run too
    # The model and the tables are half a million Python objects that live as long as the process. Left in the
    # collector's generations, its collections walked them again and again, some 5 ms an article
    # (docs/benchmarks.md, session 22). Frozen, it walks only what the articles allocate; nothing loaded here
    # is ever garbage.
    gc.freeze()
    # What the stages allocate per article is freed by reference counting, but every 700 containers made and kept
    # a while start a collection: ~2.5 an article, about 1 ms of the language stages' CPU. Collections every
    # 10,000 containers cost ~0.4 ms (docs/benchmarks.md, session 26); cycles wait a few articles longer.
    gc.set_threshold(_YOUNG_COLLECTION, *gc.get_threshold()[1:])
    return resources


def content_hash(document: RawDocument) -> str:
    data = document.content.encode("utf-8") if isinstance(document.content, str) else document.content
    return hashlib.sha256(data).hexdigest()


# --- extraction only -------------------------------------------------------------------


def _extract_one(doc: RawDocument, settings: Settings) -> tuple[list[Article], list[DocumentError]]:
    try:
        return extract(doc, settings), []
    except DocumentFailed as exc:
        return [], [DocumentError(doc.uri, exc.stage, exc.reason, doc.source_id)]
    except Exception as exc:  # a bug in an extractor must not end the batch
        return [], [DocumentError(doc.uri, "extract", f"{type(exc).__name__}: {exc}", doc.source_id)]


def extract_stream(
    documents: Iterable[RawDocument | DocumentError], settings: Settings
) -> Iterator[Article | DocumentError]:
    for doc in documents:
        if isinstance(doc, DocumentError):
            yield doc
            continue
        articles, errors = _extract_one(doc, settings)
        yield from articles
        yield from errors


def extract_documents(paths: Iterable[str], settings: Settings) -> Iterator[Article | DocumentError]:
    """Every article in the given files, directories, globs or '-' (stdin), and every failure."""
    return extract_stream(read_paths(paths, settings), settings)


# --- the language stages ---------------------------------------------------------------


def understand(article: Article, doc: Doc, resources: Resources) -> Analysis:
    """All language stages over one parsed article, in dependency order."""
    # The entity and actor stages read the same per-article view of the Doc: build it once.
    index = DocIndex(doc, doc_text(article, doc))
    entities = find_actors(article, doc, resources.dictionary, index)
    dates = find_dates(article, doc)
    places = find_places(article, doc, entities, resources.gazetteer)
    entities = with_place_countries(entities, places, resources.dictionary, doc)
    # A quote is dated by its cue's own day ("said on Monday"), else the article's.
    quotes = dated_quotes(find_quotes(article, doc, entities, resources.quote_cues), doc, dates)
    # Event sentence tone is scored here, in the worker, not by the single store writer.
    events = score_events(
        find_events(article, doc, entities, dates, places, quotes, resources.codebook), resources.tone
    )
    coded, quoted = one_code_per_entity(entities, events, quotes)
    # Once every country is settled, insurgents show the guidelines' role (REB) in every record.
    shown, shown_events, quoted = shown_codes(coded, events, quoted)
    return Analysis(
        article=article,
        entities=shown,
        dates=tuple(dates),
        places=tuple(places),
        quotes=quoted,
        events=shown_events,
        tone=score_tone(article, resources.tone),
    )


def analyze_articles(
    articles: Sequence[Article],
    settings: Settings,
    resources: Resources,
    before_parse: BeforeParse | None = None,
) -> list[Analysis | DocumentError]:
    """Analyses for a batch of articles, in order. Articles in languages the stages do not
    handle are kept, with the reason they were not analysed; so are articles `before_parse`
    names a copy of (it returns the id of the article they duplicate)."""
    wanted = settings.language_set
    results: dict[int, Analysis | DocumentError] = {}
    to_parse: list[tuple[int, Article]] = []
    for i, article in enumerate(articles):
        duplicate_of = before_parse(article) if before_parse is not None else None
        if duplicate_of is not None:
            results[i] = Analysis(
                article=article, skipped=f"duplicate of {duplicate_of}", duplicate_of=duplicate_of
            )
        elif article.language is not None and article.language not in wanted:
            results[i] = Analysis(article=article, skipped=f"language {article.language} is not analysed")
        elif article.analysis_end == 0:
            results[i] = Analysis(article=article, skipped="no text to analyse")
        else:
            to_parse.append((i, article))
    warm_tokenizer(
        resources.nlp, [analysis_text(a) for _, a in to_parse]
    )  # outside the zone: see parse.tokens
    # Every new word, name and figure spaCy meets is added to the model's StringStore and
    # lexeme table for good, so a worker parsing real news for days grows without bound.
    # Inside a memory zone they are freed when the batch is done; nothing outlives it but the
    # frozen records the stages return (plain Python strings), never a Doc or a Token.
    with resources.nlp.memory_zone():
        parsed = parse((a for _, a in to_parse), resources.nlp, settings.batch_size)
        for (i, _), (article, doc) in zip(to_parse, parsed, strict=True):
            try:
                results[i] = understand(article, doc, resources)
            except Exception as exc:  # one article's failure must not cost the batch
                results[i] = DocumentError(
                    article.source, "understand", f"{type(exc).__name__}: {exc}", article.source_id
                )
    return [results[i] for i in range(len(articles))]


def process_chunk(
    documents: Sequence[RawDocument | DocumentError],
    settings: Settings,
    before_parse: BeforeParse | None = None,
) -> list[ProcessedDocument]:
    """Extract and analyse a chunk of documents, parsing all their articles in one batch."""
    resources = load_resources(settings)
    extracted: list[tuple[RawDocument | DocumentError, list[Article], list[DocumentError]]] = []
    for doc in documents:
        if isinstance(doc, DocumentError):
            extracted.append((doc, [], [doc]))
        else:
            articles, errors = _extract_one(doc, settings)
            extracted.append((doc, articles, errors))
    flat = [a for _, articles, _ in extracted for a in articles]
    analysed = iter(analyze_articles(flat, settings, resources, before_parse))
    out: list[ProcessedDocument] = []
    for doc, articles, errors in extracted:
        results = [next(analysed) for _ in articles]
        analyses = tuple(r for r in results if isinstance(r, Analysis))
        failures = tuple(errors) + tuple(r for r in results if isinstance(r, DocumentError))
        if isinstance(doc, DocumentError):
            out.append(
                ProcessedDocument(uri=doc.uri, content_hash="", errors=failures, source_id=doc.source_id)
            )
        else:
            out.append(
                ProcessedDocument(
                    uri=doc.uri,
                    content_hash=content_hash(doc),
                    analyses=analyses,
                    errors=failures,
                    fetched_at=doc.fetched_at,
                    source_id=doc.source_id,
                )
            )
    return out


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _worker_init(settings: Settings) -> None:
    load_resources(settings)


def start_pool(settings: Settings) -> ProcessPoolExecutor:
    """`settings.workers` worker processes, each with the resources loaded before its first chunk."""
    context = multiprocessing.get_context()
    if context.get_start_method() == "fork":
        # Loaded here, the workers fork with the model and tables in place and share their pages copy-on-write
        # (frozen out of the collector, whose collections would otherwise write to them), instead of each
        # spending the load's 4 s CPU again inside the run (docs/benchmarks.md, session 25). Where
        # processes spawn, the initializer loads them in each worker.
        load_resources(settings)
    return ProcessPoolExecutor(settings.workers, mp_context=context, initializer=_worker_init, initargs=(settings,))


def process_documents(
    documents: Iterable[RawDocument | DocumentError],
    settings: Settings,
    *,
    skip: Callable[[RawDocument], bool] | None = None,
    before_parse: BeforeParse | None = None,
) -> Iterator[ProcessedDocument]:
    """Run the whole pipeline over a stream of documents, in input order.

    `skip(document)` lets the caller (ingest) drop documents it already holds before any
    extraction or parsing is spent on them. `before_parse(article)` returns the id of an
    article this one duplicates (then it is not parsed) or None; it runs in this process,
    so it is used with `workers <= 1` only (ingest checks pooled results as they arrive).
    """
    stream: Iterable[RawDocument | DocumentError] = documents
    if skip is not None:
        stream = (d for d in documents if isinstance(d, DocumentError) or not skip(d))
    chunks = _chunks(stream, CHUNK_DOCUMENTS)
    if settings.workers <= 1:
        for chunk in chunks:
            yield from process_chunk(chunk, settings, before_parse)
        return
    window = 2 * settings.workers
    with start_pool(settings) as pool:
        pending: list[Future[list[ProcessedDocument]]] = []
        for chunk in chunks:
            pending.append(pool.submit(process_chunk, chunk, settings))
            if len(pending) >= window:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def analyze(paths: Iterable[str], settings: Settings) -> Iterator[Analysis | DocumentError]:
    """Every article in the inputs with everything found in it, and every failure."""
    for processed in process_documents(read_paths(paths, settings), settings):
        yield from processed.analyses
        yield from processed.errors
