"""`create_app`: the FastAPI application that serves the JSON API under /api/v1 and the web UI at /.

Every route is a thin face over library functions (`newsgraph.store.query`,
`newsgraph.store.articles`, `newsgraph.ingestion.ingest_bytes`). Errors from the
library carry their own HTTP status and stable code (`newsgraph.errors`), and one handler
turns every error, ours or the framework's, into `{"error": code, "message": ...}`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.api import articles, events, ingest, reference, stories
from newsgraph.api import errors as errors_routes
from newsgraph.api import export as export_routes
from newsgraph.api.deps import ApiConfig
from newsgraph.api.security import BodyLimitMiddleware, OriginMiddleware, TokenMiddleware, error_body
from newsgraph.errors import InvalidQuery, NewsgraphError, NotFound, UsageError
from newsgraph.settings import Settings
from newsgraph.store.sqlite import open_store

log = logging.getLogger(__name__)

API_DESCRIPTION = """
Query what newsgraph found in news text: articles with their entities, events and quotes
as character spans, CAMEO/PLOVER events with Goldstein scores, quotes with speakers, actors,
full-text search, timeline and network statistics, exports, and ingestion of new text.

Errors are always JSON: `{"error": "<code>", "message": "<text>"}`; the code is stable.
When the server was started with a token, every `/api/` route needs
`Authorization: Bearer <token>`.
"""

DEFAULT_MAX_BODY_BYTES = int(Settings.max_body_mb * 1_000_000)
STATIC_DIR = Path(str(files("newsgraph.api") / "static"))
# /docs must work offline (no CDN): Swagger UI 5's files (Apache-2.0) come from the
# `fastapi-offline` package (MIT), which ships them; served under /docs-assets.
DOCS_ASSETS = "/docs-assets"
SWAGGER_DIR = Path(str(files("fastapi_offline") / "static"))
ROUTERS = (
    articles.router,
    events.router,
    ingest.router,
    export_routes.router,
    reference.router,
    stories.router,
    errors_routes.router,
)


def _framework_error(exc: Exception) -> NewsgraphError:
    """Starlette's and pydantic's own errors, restated in newsgraph's hierarchy."""
    if isinstance(exc, RequestValidationError):
        parts = []
        for err in exc.errors()[:5]:
            where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body"))
            parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid")))
        return InvalidQuery("; ".join(parts) or "invalid request")
    if isinstance(exc, StarletteHTTPException):
        if exc.status_code == 404:
            return NotFound("no such route")
        error = UsageError(str(exc.detail))
        error.http_status = exc.status_code
        error.code = "method_not_allowed" if exc.status_code == 405 else "usage"
        return error
    return NewsgraphError("internal error")


async def handle_error(request: Request, exc: Exception) -> JSONResponse:
    """The one error handler: every failure becomes the same JSON shape."""
    error = exc if isinstance(exc, NewsgraphError) else _framework_error(exc)
    if error.http_status >= 500:
        log.error("error answering %s %s", request.method, request.url.path, exc_info=exc)
        # A 500 means a bug; its text may hold paths or SQL, so the client gets only the code.
        body = {"error": error.code, "message": "internal error; see the server log"}
    else:
        body = error_body(error)
    # Starlette's own answers carry headers that matter (405's Allow); keep them.
    headers = getattr(exc, "headers", None) if isinstance(exc, StarletteHTTPException) else None
    return JSONResponse(body, status_code=error.http_status, headers=headers)


def _openapi_with_bearer(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        schema.setdefault("components", {})["securitySchemes"] = {
            "bearer": {"type": "http", "scheme": "bearer"}
        }
        schema["security"] = [{"bearer": []}]
        app.openapi_schema = schema
    return app.openapi_schema


def _add_pages(app: FastAPI) -> None:
    """The UI's page and files, /docs from local Swagger UI files, and the favicon."""
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.mount(DOCS_ASSETS, StaticFiles(directory=SWAGGER_DIR), name="docs-assets")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="newsgraph API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url="/favicon.ico",
        )

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")


def create_app(
    db_path: str | os.PathLike[str],
    *,
    read_only: bool = False,
    token: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    settings: Settings | None = None,
    allowed_hosts: Iterable[str] | None = None,
) -> FastAPI:
    """The API + UI over the SQLite store at `db_path`.

    `read_only` refuses every write (POST /ingest answers 403 `read_only`); `token`, when
    given, is required as a bearer token on every /api route; `max_body_bytes` bounds
    request bodies (413 `too_large` beyond it); `allowed_hosts`, when given, are the only
    names the `Host` header may carry (`newsgraph serve` passes the loopback names when it
    binds loopback). Writes from another origin are always refused (403 `cross_origin`).
    """
    # Create and migrate (or, read-only, check) the store now: a bad path fails at startup,
    # not on the first request.
    open_store(Path(db_path), read_only=read_only).close()
    app = FastAPI(
        title="newsgraph",
        version="1",
        description=API_DESCRIPTION,
        # The schema is public (it describes routes, holds no data) so tools and /docs can
        # read it before they have the token.
        openapi_url="/openapi.json",
        docs_url=None,  # served below from local assets
        redoc_url=None,
    )
    settings = (settings or Settings()).replace(db=str(db_path))
    app.state.config = ApiConfig(db_path=Path(db_path), read_only=read_only, settings=settings)
    if token:
        app.openapi = lambda: _openapi_with_bearer(app)  # type: ignore[method-assign]
    for router in ROUTERS:
        app.include_router(router, prefix="/api/v1")
    for kind in (NewsgraphError, RequestValidationError, StarletteHTTPException, Exception):
        app.add_exception_handler(kind, handle_error)
    _add_pages(app)
    # Outermost first: the size check runs before auth reads anything, and both before routes.
    if token:
        app.add_middleware(TokenMiddleware, token=token)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    hosts = frozenset(h.lower() for h in allowed_hosts) if allowed_hosts is not None else None
    app.add_middleware(OriginMiddleware, allowed_hosts=hosts)
    return app
