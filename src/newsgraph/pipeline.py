"""The only code that orders stages.

`extract_documents` reads and extracts; `analyze` adds the language stages. Both stream:
they yield one record at a time and never hold a corpus in memory. A document that fails
at any stage becomes a `DocumentError` in the stream and the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.errors import DocumentFailed
from newsgraph.extract import extract
from newsgraph.model import Article, DocumentError, RawDocument
from newsgraph.settings import Settings
from newsgraph.sources import read_paths


def extract_stream(
    documents: Iterable[RawDocument | DocumentError], settings: Settings
) -> Iterator[Article | DocumentError]:
    for doc in documents:
        if isinstance(doc, DocumentError):
            yield doc
            continue
        try:
            yield from extract(doc, settings)
        except DocumentFailed as exc:
            yield DocumentError(doc.uri, exc.stage, exc.reason, doc.source_id)
        except Exception as exc:  # a bug in an extractor must not end the batch
            yield DocumentError(doc.uri, "extract", f"{type(exc).__name__}: {exc}", doc.source_id)


def extract_documents(paths: Iterable[str], settings: Settings) -> Iterator[Article | DocumentError]:
    """Every article in the given files, directories, globs or '-' (stdin), and every failure."""
    return extract_stream(read_paths(paths, settings), settings)
