"""Run the pipeline into the store: `ingest` for files (`newsgraph.ingest(store, paths)`),
`ingest_bytes` for one upload held in memory (the HTTP API's POST /ingest), `ingest_record` for
one article given as fields, `ingest_documents` for documents already read, `load_shards` for a
cluster's output, `scratch_store` for files analysed into a temporary store.

Idempotent and resumable: a document whose content hash is stored is skipped before any
extraction or parsing, and each document is written in its own transaction, so a run killed
at any moment and started again stores every article exactly once.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import DocumentFailed
from newsgraph.model import Analysis, DocumentError, ProcessedDocument, RawDocument
from newsgraph.pipeline import content_hash, process_documents
from newsgraph.serialize import error_dict
from newsgraph.settings import Settings
from newsgraph.sources import read_bytes, read_paths
from newsgraph.store import Store, open_store
from newsgraph.store.articles import article_ids_for_documents, articles_by_id, errors_for_documents
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
    settings: Settings | None = None,
    *,
    reprocess: bool = False,
    on_document: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Read, analyse and store every document under `paths` (files, directories, globs, "-"
    for stdin); documents already stored are skipped. Settings default to the defaults."""
    settings = settings or Settings(db=str(store.path))
    return ingest_documents(store, read_paths(paths, settings), settings, reprocess=reprocess, on_document=on_document)


@contextmanager
def scratch_store(paths: Iterable[str], settings: Settings) -> Iterator[Store]:
    """A temporary store holding what `paths` hold, analysed as `ingest` would (its errors
    included), so it answers every query a stored run does; deleted on exit."""
    with tempfile.TemporaryDirectory(prefix="newsgraph-") as tmp, open_store(Path(tmp) / "run.db") as store:
        ingest(store, paths, settings)
        yield store


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
    # pyarrow takes a second or more to import: only loading shards needs it.
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


# --- one upload held in memory ---------------------------------------------------------------

# File endings the sniffer may use to break ties (content decides first); two-part ones first.
_DOUBLE_SUFFIXES = (".warc.gz", ".jsonl.gz", ".html.gz", ".txt.gz", ".xml.gz")
_SUFFIX = re.compile(r"\.(txt|text|html?|xhtml|xml|rss|atom|jsonl|ndjson|json|warc|gz)$")


def ingest_bytes(store: Store, data: bytes, name: str, settings: Settings) -> dict[str, Any]:
    """Read, analyse and store the documents in `data` (text, HTML, a feed, JSONL or WARC,
    sniffed by content as files are; `name` only breaks ties and names the document). Returns
    what the input held: its articles as stored (new or already there, with their counts),
    the run's counts and its failures. DocumentFailed when it held no article but failed."""
    hashes: list[str] = []
    read_errors: list[DocumentError] = []

    def watched(docs: Iterable[RawDocument | DocumentError]) -> Iterator[RawDocument | DocumentError]:
        for doc in docs:
            if isinstance(doc, RawDocument):
                hashes.append(content_hash(doc))
            else:
                read_errors.append(doc)
            yield doc

    documents = read_bytes("body" + _suffix(name), data, upload_uri(name, data), settings)
    report = ingest_documents(store, watched(documents), settings)
    return _upload_report(store, report, hashes, read_errors)


# The fields of an article given as a record (a JSONL line's keys); others are left out.
RECORD_FIELDS = ("title", "text", "published", "url", "author")


def ingest_record(store: Store, record: Mapping[str, Any], name: str, settings: Settings) -> dict[str, Any]:
    """`ingest_bytes` for one article given as fields (`title`, `text`, and `published`, `url`,
    `author` when known): the caller says where the article is, so it is read as one structured
    record (kept whole, like a JSONL line), not as a dump to segment. `name` names the document."""
    fields = {k: record[k] for k in RECORD_FIELDS if k in record}
    data = (json.dumps(fields, ensure_ascii=False) + "\n").encode("utf-8")
    return ingest_bytes(store, data, name.rsplit(".", 1)[0] + ".jsonl", settings)


def upload_uri(name: str, data: bytes) -> str:
    """Pasted text is named by its content hash (so two pastes stay apart), a file by its name."""
    if name.startswith("pasted"):
        return f"paste:{hashlib.sha256(data).hexdigest()[:12]}"
    return f"upload:{name}"


def _suffix(name: str) -> str:
    lowered = name.lower()
    double = [ending for ending in _DOUBLE_SUFFIXES if lowered.endswith(ending)]
    found = _SUFFIX.search(lowered)
    return double[0] if double else found.group(0) if found else ".txt"


def _upload_report(
    store: Store, report: IngestReport, hashes: list[str], read_errors: list[DocumentError]
) -> dict[str, Any]:
    # The documents' own articles (also when the whole document was already stored and so
    # skipped), then any article the report names that came from elsewhere.
    ids = list(dict.fromkeys([*article_ids_for_documents(store, hashes), *report.article_ids]))
    articles = [dataclasses.asdict(a) for a in articles_by_id(store, ids)]
    errors = [*(error_dict(e) for e in read_errors), *errors_for_documents(store, hashes)]
    if not articles and errors:
        first = errors[0]
        raise DocumentFailed(f"no article found: [{first['stage']}] {first['reason']}", stage=first["stage"])
    return {
        "articles": articles,
        "documents": report.documents,
        "written": report.articles,
        "duplicates": report.duplicates,
        "skipped": report.skipped,
        "near_duplicates": report.near_duplicates,
        "not_analysed": report.not_analysed,
        "events": sum(a["events"] for a in articles),
        "quotes": sum(a["quotes"] for a in articles),
        "entities": sum(a["entities"] for a in articles),
        "errors": errors,
    }
