"""Run the pipeline into the store: `ingest` for files, `ingest_documents` for documents
already in memory (the HTTP API's POST /ingest), `load_shards` for a cluster's output.

Idempotent and resumable: a document whose content hash is stored is skipped before any
extraction or parsing, and each document is written in its own transaction, so a run killed
at any moment and started again stores every article exactly once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsgraph.model import Analysis, DocumentError, ProcessedDocument, RawDocument
from newsgraph.pipeline import content_hash, process_documents
from newsgraph.settings import Settings
from newsgraph.sources import read_paths
from newsgraph.store import Store
from newsgraph.store.links import ArticleLinker
from newsgraph.store.sqlite import AfterWrite

# Failures an IngestReport keeps for the caller to name (the store records every one).
MAX_FAILURES_KEPT = 1000


@dataclass
class IngestReport:
    """Counts for one ingest run; `article_ids` lists the articles it stored, in order, and
    `failures` the first MAX_FAILURES_KEPT failures (`errors` counts them all)."""

    documents: int = 0
    skipped: int = 0  # already stored (same content hash): not parsed again
    articles: int = 0
    duplicates: int = 0  # article already stored from another document
    near_duplicates: int = 0  # stored as a link to the article it nearly copies, not parsed
    events: int = 0
    quotes: int = 0
    entities: int = 0
    errors: int = 0
    seconds: float = 0.0
    article_ids: list[str] = field(default_factory=list)
    failures: list[DocumentError] = field(default_factory=list)
    # Articles stored but not analysed because of their language, by language ("fr": 2).
    not_analysed: dict[str, int] = field(default_factory=dict)

    def count_language_skip(self, analysis: Analysis) -> None:
        # The pipeline's reason reads "language fr is not analysed" (newsgraph.pipeline).
        if analysis.skipped and analysis.skipped.startswith("language "):
            language = analysis.article.language or "unknown"
            self.not_analysed[language] = self.not_analysed.get(language, 0) + 1

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def store_processed(
    store: Store,
    processed: Iterable[ProcessedDocument],
    report: IngestReport,
    *,
    reprocess: bool = False,
    on_document: Callable[[IngestReport], None] | None = None,
    after_write: AfterWrite | None = None,
) -> IngestReport:
    """Write processed documents one transaction each, counting what was stored.
    `after_write` runs inside each document's transaction (see `Store.write_document`)."""
    started = time.perf_counter() - report.seconds
    for doc in processed:
        report.documents += 1
        report.errors += len(doc.errors)
        report.failures.extend(doc.errors[: max(0, MAX_FAILURES_KEPT - len(report.failures))])
        if not doc.content_hash:
            for error in doc.errors:  # nothing was read: only the failure is recorded
                store.write_error(error)
        else:
            # Articles another document already brought are linked, not stored again, so
            # they must not count as new events or quotes either.
            fresh = [a for a in doc.analyses if reprocess or not store.has_article(a.article.id)]
            write = store.replace_analyses if reprocess else store.write_document
            result = write(doc.uri, doc.content_hash, doc.fetched_at, doc.analyses, doc.errors, after=after_write)
            if result.status == "skipped":
                report.skipped += 1
            else:
                report.articles += result.articles_written
                report.duplicates += result.articles_duplicate
                for analysis in fresh:
                    if analysis.duplicate_of is not None and analysis.duplicate_of != analysis.article.id:
                        report.near_duplicates += 1
                    report.count_language_skip(analysis)
                    report.events += len(analysis.events)
                    report.quotes += len(analysis.quotes)
                    report.entities += len(analysis.entities)
                    report.article_ids.append(analysis.article.id)
        report.seconds = time.perf_counter() - started
        if on_document is not None:
            on_document(report)
    return report


def ingest_documents(
    store: Store,
    documents: Iterable[RawDocument | DocumentError],
    settings: Settings,
    *,
    reprocess: bool = False,
    on_document: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    report = IngestReport()
    skip_counter = _SkipCounter(store, report, enabled=not reprocess)
    # Dedup, cross-article actors and stories (newsgraph.store.links). A reprocess rewrites
    # articles already stored, which the exact-copy check would take for copies of themselves.
    linker = None if reprocess else ArticleLinker.for_settings(store, settings)
    in_process = linker is not None and settings.workers <= 1
    processed = process_documents(
        documents, settings, skip=skip_counter, before_parse=linker.before_parse if in_process and linker else None
    )
    if linker is not None and not in_process:
        processed = linker.mark_duplicates(processed)
    after = linker.after_write if linker is not None else None
    return store_processed(store, processed, report, reprocess=reprocess, on_document=on_document, after_write=after)


def ingest(
    store: Store,
    paths: Iterable[str],
    settings: Settings,
    *,
    reprocess: bool = False,
    on_document: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Read, analyse and store every document under `paths`."""
    return ingest_documents(store, read_paths(paths, settings), settings, reprocess=reprocess, on_document=on_document)


def load_shards(
    store: Store,
    root: str,
    *,
    on_document: Callable[[IngestReport], None] | None = None,
    settings: Settings | None = None,
) -> IngestReport:
    """Bring a shard set written by `--engine dask` into the store. With `settings`, copies
    are linked and articles grouped into stories as an ingest would (the shards were parsed
    already, so copies are recognised as they are written)."""
    from newsgraph.store.shards import read_documents

    processed: Iterable[ProcessedDocument] = read_documents(root)
    linker = ArticleLinker.for_settings(store, settings) if settings is not None else None
    if linker is not None:
        processed = linker.mark_duplicates(processed)
    after = linker.after_write if linker is not None else None
    return store_processed(store, processed, IngestReport(), on_document=on_document, after_write=after)


class _SkipCounter:
    """The pipeline's skip predicate: true for documents the store already holds."""

    def __init__(self, store: Store, report: IngestReport, *, enabled: bool) -> None:
        self.store, self.report, self.enabled = store, report, enabled

    def __call__(self, document: RawDocument) -> bool:
        if self.enabled and self.store.has_document(content_hash(document)):
            self.report.skipped += 1
            self.report.documents += 1
            return True
        return False
