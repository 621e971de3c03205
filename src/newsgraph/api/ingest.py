"""POST /ingest: news text, an HTML page, a feed or a JSONL/WARC file in the body, analysed
and stored; the answer lists the articles the input held.

Here the body is only taken out of the request; `newsgraph.ingestion.ingest_bytes` reads it
through the same readers as files on disk, so whatever `newsgraph ingest` accepts, the API
accepts, sniffed by content the same way. The client's file name is sanitised here: it
contributes only a suffix (a hint for the sniffer) and the document uri ("upload:<name>").
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from newsgraph.api.deps import ApiConfig, Config, WriteStore
from newsgraph.api.models import WRITE_ERRORS, IngestOut
from newsgraph.errors import UsageError
from newsgraph.ingestion import ingest_bytes, ingest_record
from newsgraph.settings import Settings
from newsgraph.store.sqlite import Store

router = APIRouter(tags=["ingest"])

# Declared content type -> file suffix the sniffer may use to break ties (content decides first).
SUFFIX = {
    "text/plain": ".txt",
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/rss+xml": ".xml",
    "application/atom+xml": ".xml",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "application/warc": ".warc",
    "application/gzip": ".gz",
}
_TEXT = {"schema": {"type": "string"}}
REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "description": (
        "The news to analyse: plain text (one or several articles), an HTML page, an RSS/Atom feed, "
        "JSON Lines, or a WARC file, in the body with its Content-Type; or a multipart form with a "
        '`file` (or a `text` field); or JSON `{"text": ..., "name": ...}`.'
    ),
    "content": {
        "text/plain": {
            **_TEXT,
            "example": "HELSINKI: Finland and Estonia agreed on Tuesday to share border radar data ...",
        },
        "text/html": _TEXT,
        "application/rss+xml": _TEXT,
        "application/atom+xml": _TEXT,
        "application/x-ndjson": _TEXT,
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["text"],
                "properties": {
                    "text": {"type": "string", "description": "Text or HTML."},
                    "title": {
                        "type": "string",
                        "description": "The headline: with it, `text` is one article's body, kept whole "
                        "(never segmented as a scraped page).",
                    },
                    "published": {"type": "string", "description": "Publication date (ISO), with `title`."},
                    "name": {"type": "string", "description": "A name for the document (kept in its uri)."},
                },
            }
        },
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "properties": {
                    "file": {"type": "string", "format": "binary"},
                    "text": {"type": "string"},
                },
            }
        },
    },
}


def _safe_name(name: str | None, fallback: str) -> str:
    base = re.split(r"[\\/]", name or "")[-1]
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._")[:100]
    return cleaned or fallback


async def _read_body(request: Request) -> tuple[bytes | dict[str, Any], str]:
    """The submitted bytes (or, for JSON with a title, the article's fields) and a name for
    them, whatever way the client sent them."""
    content_type = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    if content_type == "multipart/form-data":
        # `async with` closes the spooled files Starlette made for the parts.
        async with request.form() as form:
            upload = form.get("file")
            if isinstance(upload, UploadFile):
                data = await upload.read()
                name = _safe_name(upload.filename, "upload")
                return data, name + ("" if "." in name else SUFFIX.get(upload.content_type or "", ".txt"))
            text = form.get("text")
            if isinstance(text, str):
                return text.encode("utf-8"), "pasted.txt"
        raise UsageError("multipart body needs a `file` or a `text` field")
    body = await request.body()
    if content_type == "application/json":
        try:
            payload = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise UsageError(f"body is not valid JSON: {exc}") from None
        if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
            raise UsageError('JSON body needs a "text" string')
        given = payload.get("name")
        safe = _safe_name(given if isinstance(given, str) else None, "pasted")
        if isinstance(payload.get("title"), str):
            return payload, safe  # one article given as fields: see `ingest_record`
        return payload["text"].encode("utf-8"), safe + ("" if "." in safe else ".txt")
    return body, "pasted" + SUFFIX.get(content_type, ".txt")


def _ingest_locked(
    store: Store, cfg: ApiConfig, data: bytes | dict[str, Any], name: str, settings: Settings
) -> dict[str, Any]:
    # Uploads queue here, one at a time (see ApiConfig.ingest_lock).
    with cfg.ingest_lock:
        if isinstance(data, dict):
            return ingest_record(store, data, name, settings)
        return ingest_bytes(store, data, name, settings)


@router.post(
    "/ingest",
    response_model=IngestOut,
    responses=WRITE_ERRORS,
    openapi_extra={"requestBody": REQUEST_BODY},
    summary="Analyse news text, HTML, a feed or a file, and store what is found",
)
async def ingest(
    request: Request,
    store: WriteStore,
    cfg: Config,
    fetched_at: Annotated[
        str | None,
        Query(
            description="When the input was fetched (ISO datetime); resolves 'Updated 13 sec ago'.",
            pattern=r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$",
        ),
    ] = None,
) -> dict[str, Any]:
    """Refused (403 `read_only`) when the server is read-only. Ingest is idempotent: the same
    body sent twice is stored once, and the second answer lists the same articles."""
    data, name = await _read_body(request)
    if isinstance(data, bytes) and not data.strip():
        raise UsageError("the body is empty: send news text, HTML, a feed or a file")
    settings = cfg.settings.replace(fetched_at=fetched_at) if fetched_at else cfg.settings
    return await run_in_threadpool(_ingest_locked, store, cfg, data, name, settings)
