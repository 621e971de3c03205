"""Readers: files, directories, globs and stdin in, RawDocuments (and read errors) out.

`read_paths` is the stage's one public function. Each file is opened, its first bytes
looked at (gzip is decompressed first), and the reader registered under the sniffed name
("text", "html", "rss", "jsonl", "warc") turns it into RawDocuments. The readers are found
through the registry, so a plugin can replace or add one. Whatever goes wrong with one
file (unreadable, binary, truncated, too large, malformed) becomes a DocumentError naming
the file and the reason, and the next file is read.
"""

from __future__ import annotations

import glob
import io
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, cast

from newsgraph.errors import DocumentFailed, UsageError
from newsgraph.extract.record import check_segment_mode
from newsgraph.model import DocumentError, RawDocument
from newsgraph.registry import get, load_builtins
from newsgraph.settings import Settings
from newsgraph.sources.base import Source, bytes_source, open_source, settings_fetched_at
from newsgraph.sources.sniff import sniff

__all__ = ["Source", "expand_paths", "read_bytes", "read_paths", "sniff"]

STDIN = "-"
STDIN_URI = "<stdin>"
_GLOB_CHARS = frozenset("*?[")


def read_paths(paths: Iterable[str], settings: Settings) -> Iterator[RawDocument | DocumentError]:
    """Every document in the given files, directories (recursive, sorted, hidden skipped),
    glob patterns, or "-" for stdin, in order; failures come out as DocumentErrors."""
    _prepare(settings)
    for given in paths:
        if given == STDIN:
            yield from _read_stdin(_stdin_bytes(), settings)
        else:
            for item in expand_path(given):
                if isinstance(item, DocumentError):
                    yield item
                else:
                    yield from read_file(item, str(item), settings)


def read_bytes(name: str, data: bytes, uri: str, settings: Settings) -> Iterator[RawDocument | DocumentError]:
    """The documents in `data` (an upload held in memory), read as a file called `name` is
    (the name only breaks the sniffer's ties) and named after `uri`."""
    _prepare(settings)
    yield from _read(lambda: bytes_source(name, data, uri), name, uri, settings)


def _prepare(settings: Settings) -> None:
    load_builtins()
    # A malformed setting is the caller's error, raised before any work.
    settings_fetched_at(settings)
    check_segment_mode(settings)


def read_file(path: Path, uri: str, settings: Settings) -> Iterator[RawDocument | DocumentError]:
    """The documents of one file, through the reader its content calls for."""
    yield from _read(lambda: open_source(path, uri), path.name, uri, settings)


def _read(
    source_of: Callable[[], Source], name: str, uri: str, settings: Settings
) -> Iterator[RawDocument | DocumentError]:
    try:
        source = source_of()
        reader = get("sources", sniff(source.head, name))
        yield from reader(source, settings)
    except UsageError:
        raise
    except DocumentFailed as exc:
        yield DocumentError(exc.uri or uri, exc.stage, exc.reason)
    except OSError as exc:
        yield DocumentError(uri, "read", f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a reader's bug must not end the batch; the error says which file
        yield DocumentError(uri, "read", f"{type(exc).__name__}: {exc}")


def expand_paths(paths: Iterable[str]) -> Iterator[Path | DocumentError]:
    """The files named by paths, directories and globs, in order (the Dask engine partitions these)."""
    for given in paths:
        yield from expand_path(given)


def expand_path(given: str) -> Iterator[Path | DocumentError]:
    path = Path(given)
    if path.is_dir():
        found = False
        for file in _walk(path):
            found = True
            yield file
        if not found:
            yield DocumentError(given, "read", "directory holds no (non-hidden) files")
    elif path.exists():
        yield path
    elif _GLOB_CHARS & set(given):
        matches = sorted(glob.glob(given, recursive=True))
        if not matches:
            yield DocumentError(given, "read", "no files match the pattern")
        for match in matches:
            yield from _walk(Path(match)) if Path(match).is_dir() else iter([Path(match)])
    else:
        yield DocumentError(given, "read", "no such file or directory")


def _walk(root: Path) -> Iterator[Path]:
    """Files under a directory, depth first in name order, skipping hidden files and folders."""
    for current, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(current) / name


def _stdin_bytes() -> BinaryIO:
    # A text-only stdin (an embedding application's StringIO) has no .buffer: re-encode it.
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        return cast(BinaryIO, buffer)
    return io.BytesIO(sys.stdin.read().encode("utf-8"))


def _read_stdin(stream: BinaryIO, settings: Settings) -> Iterator[RawDocument | DocumentError]:
    # Standard input is spooled to a temporary file so it can be sniffed, reopened by the
    # reader and streamed, however large it is.
    with tempfile.TemporaryDirectory(prefix="newsgraph-stdin-") as tmp:
        spool = Path(tmp) / "stdin"
        with spool.open("wb") as out:
            shutil.copyfileobj(stream, out)
        yield from read_file(spool, STDIN_URI, settings)
