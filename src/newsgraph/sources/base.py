"""What every reader shares: the opened input, bounded reads, container dates.

A reader gets a `Source`: the input's name, the first bytes of its (decompressed) content
for sniffing, and a way to open the content as a stream. Readers never read more than
`settings.max_document_bytes + 1` bytes for one document, so a 50 MB file or a gzip bomb
becomes an error record rather than a memory spike.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import io
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsgraph.errors import DocumentFailed, UsageError
from newsgraph.settings import Settings

HEAD_BYTES = 65536
GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class Source:
    """One input file (or stdin, or bytes held in memory), opened lazily."""

    uri: str  # the path as the user named it, or "<stdin>"
    path: Path  # where the bytes are (stdin is spooled to a temporary file); for `data`, its name
    head: bytes  # first HEAD_BYTES of the decompressed content
    compressed: bool  # gzip on disk
    size: int  # bytes on disk
    data: bytes | None = None  # the content itself, when it is held in memory (an upload)

    @contextmanager
    def open(self) -> Iterator[BinaryIO]:
        """The content as a binary stream, decompressed when the file is gzip."""
        if self.data is not None:
            raw = io.BytesIO(self.data)
            yield gzip.GzipFile(fileobj=raw, mode="rb") if self.compressed else raw  # type: ignore[misc]
        elif self.compressed:
            with gzip.open(self.path, "rb") as unzipped:
                yield unzipped  # type: ignore[misc]
        else:
            with self.path.open("rb") as plain:
                yield plain


def open_source(path: Path, uri: str) -> Source:
    """Look at a file's first bytes; gzip is decompressed for the look."""
    size = path.stat().st_size
    with path.open("rb") as raw:
        head = raw.read(HEAD_BYTES)
    if not head.startswith(GZIP_MAGIC):
        return Source(uri, path, head, False, size)
    with gzip_errors(uri), gzip.open(path, "rb") as stream:
        head = _gzip_head(stream)
    return Source(uri, path, head, True, size)


def bytes_source(name: str, data: bytes, uri: str) -> Source:
    """Bytes held in memory as a Source, looked at as `open_source` looks at a file."""
    if not data.startswith(GZIP_MAGIC):
        return Source(uri, Path(name), data[:HEAD_BYTES], False, len(data), data)
    with gzip_errors(uri), gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as stream:
        head = _gzip_head(stream)
    return Source(uri, Path(name), head, True, len(data), data)


def _gzip_head(stream: gzip.GzipFile) -> bytes:
    # Read in small steps and keep what came before a truncation: a cut archive still
    # has whole records before the cut, and its reader reports the truncation itself.
    chunks: list[bytes] = []
    total = 0
    while total < HEAD_BYTES:
        try:
            # read1: one decompression step, so bytes before a truncation are not lost
            chunk = stream.read1(min(8192, HEAD_BYTES - total))
        except EOFError:
            if not chunks:
                raise
            break
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


@contextmanager
def gzip_errors(uri: str) -> Iterator[None]:
    """Turn the gzip module's failures into a per-document reason."""
    try:
        yield
    except EOFError:
        raise DocumentFailed("truncated gzip: the compressed stream ends early", uri=uri) from None
    except (gzip.BadGzipFile, zlib.error) as exc:
        raise DocumentFailed(f"corrupt gzip: {exc}", uri=uri) from None


class TolerantStream:
    """A decompressed stream that ends quietly at a truncation and remembers it.

    Container readers (WARC) keep the whole records that came before the cut; they check
    `truncated` to refuse the record the cut went through and to report the file.
    """

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.truncated = False

    def read(self, size: int = -1) -> bytes:
        chunks: list[bytes] = []
        want = size if size >= 0 else 1 << 62
        while want > 0 and not self.truncated:
            try:
                chunk = self._stream.read1(min(want, _CHUNK))  # type: ignore[attr-defined]
            except EOFError:
                self.truncated = True
                break
            if not chunk:
                break
            chunks.append(chunk)
            want -= len(chunk)
        return b"".join(chunks)


def too_large(size: int, limit: int, *, compressed: bool = False) -> str:
    if compressed:
        return f"too large: more than {limit} bytes once decompressed > limit {limit}"
    return f"too large: {size} bytes > limit {limit}"


def read_document(source: Source, settings: Settings) -> bytes:
    """The whole content of a one-document file, refused when larger than the limit.

    An uncompressed file is refused from its size on disk, before reading anything; a
    compressed one is read at most one byte past the limit.
    """
    limit = settings.max_document_bytes
    if not source.compressed and source.size > limit:
        raise DocumentFailed(too_large(source.size, limit), uri=source.uri)
    with gzip_errors(source.uri), source.open() as stream:
        data = read_limited(stream, limit)
    if data is None:
        raise DocumentFailed(too_large(0, limit, compressed=source.compressed), uri=source.uri)
    return data


def read_limited(stream: BinaryIO, limit: int) -> bytes | None:
    """Up to `limit` bytes of a stream; None when it holds more."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            return None


def settings_fetched_at(settings: Settings) -> dt.datetime | None:
    """The run's `fetched_at` setting as a datetime; UsageError when it is not ISO."""
    if not settings.fetched_at:
        return None
    try:
        return dt.datetime.fromisoformat(settings.fetched_at.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"fetched_at: not an ISO datetime: {settings.fetched_at!r}") from None


_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
# ISO 8601's basic format, as GDELT writes its `seendate`: 20250820T123000Z.
_ISO_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$")


def iso_date(value: object) -> str | None:
    """A container's date as ISO 8601: ISO strings, RFC 2822 (feeds, mail), Unix seconds.

    Anything else returns None; the caller keeps the raw string so nothing is guessed.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        try:
            return dt.datetime.fromtimestamp(float(value), tz=dt.UTC).isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    basic = _ISO_BASIC.match(text)
    if basic is not None:
        try:
            y, mo, d, h, mi, se = (int(g) for g in basic.groups())
            return dt.datetime(y, mo, d, h, mi, se, tzinfo=dt.UTC).isoformat()
        except ValueError:
            return None
    if _ISO_PREFIX.match(text):
        try:
            if len(text) == 10:
                return dt.date.fromisoformat(text).isoformat()
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None
