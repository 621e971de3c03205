"""Serving the API and UI under uvicorn, from the settings `newsgraph serve` reads: `host`,
`port`, `token`, `max_body_mb` and `read_only` (newsgraph.settings), with `db` the store."""

from __future__ import annotations

import errno
import socket
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from newsgraph.api.app import create_app
from newsgraph.errors import Unavailable, UsageError
from newsgraph.settings import Settings

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def check(settings: Settings) -> None:
    """Refuse settings the server cannot start with, before anything is bound or opened.
    (The command line's own options are range-checked by Typer; these come from anywhere.)"""
    if not 0 <= settings.port <= 65535:
        raise UsageError(f"port must be between 0 and 65535, got {settings.port}")
    if settings.max_body_mb < 0.001:
        raise UsageError(f"max_body_mb must be at least 0.001, got {settings.max_body_mb}")
    if settings.read_only and not Path(settings.db).is_file():
        raise UsageError(f"--read-only needs an existing store; {Path(settings.db)} does not exist")


def exposure_warning(settings: Settings) -> str | None:
    """What to tell the user who serves the store beyond this machine with no token."""
    if settings.host in LOOPBACK or settings.token:
        return None
    return f"serving on {settings.host} without a token: anyone who can reach it can read the store"


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


def app_for(settings: Settings) -> FastAPI:
    """The app over the store `settings.db`, with the token, body limit and mode the settings give."""
    return create_app(
        Path(settings.db),
        read_only=settings.read_only,
        token=settings.token or None,
        max_body_bytes=int(settings.max_body_mb * 1_000_000),
        settings=settings,
        # Bound to loopback, only loopback names are legitimate Host headers (DNS rebinding).
        allowed_hosts=LOOPBACK if settings.host in LOOPBACK else None,
    )


def address(host: str, port: int, token: str | None) -> str:
    """The address to open: with ?token= when there is one (the UI takes it once, then drops it)."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")


def banner(settings: Settings) -> str:
    mode = "read-only" if settings.read_only else "read-write"
    where = address(settings.host, settings.port, settings.token or None)
    return f"newsgraph: serving {Path(settings.db)} ({mode}); open {where}"


def run(app: FastAPI, settings: Settings) -> None:
    # No access log: the UI's first request may carry ?token=..., which must not land in logs.
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="info", access_log=False)
