"""`newsgraph serve`: the HTTP API and web UI over a store, under uvicorn."""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path
from typing import Annotated

import typer

from newsgraph.cli import app
from newsgraph.cli.options import ConfigOpt, SetOpt, flag, settings_from
from newsgraph.errors import Unavailable, UsageError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def check_port(host: str, port: int) -> None:
    """Fail before the banner when the port is taken, with this command's own exit code,
    rather than after it with uvicorn's. Binds as uvicorn does (SO_REUSEADDR), then lets go."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UsageError(f"--host {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise Unavailable(f"port {port} on {host} is in use; pick another with --port") from None
            raise Unavailable(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def address(host: str, port: int, token: str | None) -> str:
    """The address to open: with ?token= when there is one (the UI takes it once, then drops it)."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")


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
    read_only: Annotated[bool, flag("read-only", "Refuse every write (POST /ingest answers 403).")] = False,
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
    check_port(host, port)
    application = create_app(
        path,
        read_only=read_only,
        token=secret,
        max_body_bytes=int(max_body_mb * 1_000_000),
        settings=settings,
        # Bound to loopback, only loopback names are legitimate Host headers (DNS rebinding).
        allowed_hosts=LOOPBACK if host in LOOPBACK else None,
    )
    mode = "read-only" if read_only else "read-write"
    typer.echo(f"newsgraph: serving {path} ({mode}); open {address(host, port, secret)}", err=True)
    # No access log: the UI's first request may carry ?token=..., which must not land in logs.
    uvicorn.run(application, host=host, port=port, log_level="info", access_log=False)
    return 0
