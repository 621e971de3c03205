"""`newsgraph serve`: the HTTP API and web UI over a store, under uvicorn."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.options import ConfigOpt, SetOpt, settings_from
from newsgraph.errors import UsageError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@app.command()
def serve(
    db: Annotated[Path | None, typer.Option("--db", help="SQLite store (default: the `db` setting).")] = None,
    host: Annotated[
        str,
        typer.Option(
            "--host", help="Interface to bind. The default serves this machine only; 0.0.0.0 exposes it."
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port.", min=0, max=65535)] = 8000,
    read_only: Annotated[
        bool, typer.Option("--read-only", help="Refuse every write (POST /ingest answers 403).")
    ] = False,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            help="Require `Authorization: Bearer TOKEN` on every /api route (default: $NEWSGRAPH_TOKEN). "
            "The UI asks for it, or takes it once from ?token=. Prefer the variable: a token on the command line "
            "is visible to other users of the machine in the process list.",
        ),
    ] = None,
    max_body_mb: Annotated[
        float, typer.Option("--max-body-mb", help="Largest request body accepted.", min=0.001)
    ] = 10.0,
    config: ConfigOpt = None,
    set_: SetOpt = None,
) -> int:
    """Serve the JSON API (/api/v1, schema at /openapi.json, docs at /docs) and the web UI (/)."""
    import uvicorn

    from newsgraph.api import create_app

    settings = settings_from(config, set_)
    path = db or Path(settings.db)
    secret = token if token is not None else os.environ.get("NEWSGRAPH_TOKEN") or None
    if read_only and not path.is_file():
        raise UsageError(f"--read-only needs an existing store; {path} does not exist")
    if host not in LOOPBACK and not secret:
        typer.echo(
            f"warning: serving on {host} without a token: anyone who can reach it can read the store",
            err=True,
        )
    application = create_app(
        path,
        read_only=read_only,
        token=secret,
        max_body_bytes=int(max_body_mb * 1_000_000),
        settings=settings,
        # Bound to loopback, only loopback names are legitimate Host headers (DNS rebinding).
        allowed_hosts=LOOPBACK if host in LOOPBACK else None,
    )
    typer.echo(
        f"newsgraph: serving {path} on http://{host}:{port}/ ({'read-only' if read_only else 'read-write'})",
        err=True,
    )
    # No access log: the UI's first request may carry ?token=..., which must not land in logs.
    uvicorn.run(application, host=host, port=port, log_level="info", access_log=False)
    return 0
