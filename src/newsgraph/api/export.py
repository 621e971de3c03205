"""GET /export/{table}.{fmt}: a store table (or the filtered events) streamed as a download.

The store's exporters write to a stream; here they write, in a worker thread, into a small
bounded queue the response reads from, so the first bytes leave at once and memory stays
flat however large the table. Parquet cannot be written to a pipe (its footer needs the
whole file), so it goes through a temporary file first.
"""

from __future__ import annotations

import io
import os
import queue
import tempfile
import threading
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter
from fastapi import Path as PathParam
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from newsgraph.api.deps import Config, EventFilters, ReadStore
from newsgraph.api.models import ERRORS
from newsgraph.store.export import FORMATS, export_options
from newsgraph.store.sqlite import Store, open_store
from newsgraph.store.tables import TABLES

router = APIRouter(tags=["export"])
CHUNK = 64 * 1024


# The path's choices, made from the store's tables and export formats (FastAPI validates an
# Enum and lists its values in the OpenAPI schema); mypy cannot follow an Enum made at run time.
ExportTable = StrEnum("ExportTable", {name: name for name in TABLES})  # type: ignore[misc]
ExportFormat = StrEnum("ExportFormat", {name: name for name in FORMATS})  # type: ignore[misc]


class _Cancelled(Exception):
    pass


class _QueueWriter(io.RawIOBase):
    """A write-only binary stream whose writes become chunks on a bounded queue."""

    def __init__(self, chunks: queue.Queue[bytes | BaseException | None], cancelled: threading.Event) -> None:
        self.chunks = chunks
        self.cancelled = cancelled
        self.buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.buffer += bytes(data)
        if len(self.buffer) >= CHUNK:
            self._put(bytes(self.buffer))
            self.buffer.clear()
        return len(data)

    def finish(self) -> None:
        if self.buffer:
            self._put(bytes(self.buffer))
            self.buffer.clear()

    def _put(self, item: bytes) -> None:
        # Time out now and then to notice a client that went away: its reader stopped pulling.
        while True:
            if self.cancelled.is_set():
                raise _Cancelled
            try:
                self.chunks.put(item, timeout=0.5)
                return
            except queue.Full:
                continue


def _stream_export(db_path: Path, fmt: str, options: dict[str, Any]) -> Iterator[bytes]:
    chunks: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=16)
    cancelled = threading.Event()

    def work() -> None:
        try:
            with open_store(db_path, read_only=True) as store:
                out = _QueueWriter(chunks, cancelled)
                store.export(fmt, out, **options)
                out.finish()
            chunks.put(None)
        except _Cancelled:
            return
        except BaseException as exc:  # handed to the reader, which re-raises it
            chunks.put(exc)

    thread = threading.Thread(target=work, name=f"export-{fmt}", daemon=True)
    thread.start()
    try:
        while True:
            item = chunks.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        cancelled.set()


def _parquet_response(
    store: Store, options: dict[str, Any], media: str, headers: dict[str, str]
) -> StreamingResponse:
    handle, name = tempfile.mkstemp(prefix="newsgraph-export-", suffix=".parquet")
    os.close(handle)
    tmp = Path(name)
    try:
        store.export("parquet", tmp, **options)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # The generator deletes the file when done; the background task also when the
    # client went away before the first byte and the generator never ran.
    cleanup = BackgroundTask(tmp.unlink, missing_ok=True)
    return StreamingResponse(_stream_file(tmp), media_type=media, headers=headers, background=cleanup)


def _stream_file(path: Path) -> Iterator[bytes]:
    try:
        with path.open("rb") as fh:
            while block := fh.read(CHUNK):
                yield block
    finally:
        path.unlink(missing_ok=True)


@router.get(
    "/export/{table}.{fmt}",
    responses={
        **ERRORS,
        200: {
            "description": "The export, streamed as a file download.",
            "content": {f.media: {} for f in FORMATS.values()},
        },
    },
    response_class=StreamingResponse,
    summary="Download a table (or the filtered events) as CSV, GDELT TSV, JSONL, GeoJSON or Parquet",
)
def export(
    store: ReadStore,
    cfg: Config,
    table: Annotated[ExportTable, PathParam(description="Which table.")],
    fmt: Annotated[
        ExportFormat, PathParam(description="Which format; gdelt and geojson are for events only.")
    ],
    filters: EventFilters,
) -> StreamingResponse:
    """`events` takes the /events filters, so the UI's "download the current selection" is this
    route with the same query string. GDELT is the GDELT 2.0 event table: 61 tab-separated
    columns in GDELT's order, no header."""
    # Bad combinations and bad filters fail here, as a 400, before any byte is sent.
    options = export_options(fmt.value, table.value, where=filters)
    media, ext = FORMATS[fmt.value].media, FORMATS[fmt.value].extension
    headers = {"Content-Disposition": f'attachment; filename="newsgraph-{table.value}.{ext}"'}
    if fmt.value == "parquet":
        return _parquet_response(store, options, media, headers)
    return StreamingResponse(
        _stream_export(cfg.db_path, fmt.value, options), media_type=media, headers=headers
    )
