"""Raw ASGI middleware for the two checks that must run before any route: the bearer token
and the request-body size limit.

Both are pure ASGI rather than FastAPI dependencies because they must hold for every
/api route, including ones added later and the automatic 404/405 answers, and because the
size limit has to count bytes while they stream in: a client may send a chunked body with
no Content-Length, and reading it whole before checking would be the very memory blow-up
the limit exists to prevent.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from newsgraph.errors import NewsgraphError, TooLarge, Unauthorized, UsageError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

API_PREFIX = "/api/"


def error_body(exc: NewsgraphError) -> dict[str, str]:
    """The one JSON error shape every route and middleware answers with."""
    return {"error": exc.code, "message": str(exc)}


async def send_error(
    send: Send, exc: NewsgraphError, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps(error_body(exc)).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": exc.http_status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def bearer_token(headers: list[tuple[bytes, bytes]]) -> str | None:
    for name, value in headers:
        if name.lower() == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None


class TokenMiddleware:
    """Every path under /api/ needs `Authorization: Bearer <token>`; the UI's files do not,
    so a browser can load the page and then ask for the token."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token.encode("utf-8")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and str(scope.get("path", "")).startswith(API_PREFIX):
            given = bearer_token(scope.get("headers", []))
            # compare_digest: the time taken must not tell an attacker how much of a guess matched.
            if given is None or not hmac.compare_digest(given.encode("utf-8"), self.token):
                exc = Unauthorized("this server needs a bearer token (Authorization: Bearer <token>)")
                await send_error(send, exc, [(b"www-authenticate", b'Bearer realm="newsgraph"')])
                return
        await self.app(scope, receive, send)


class BodyLimitMiddleware:
    """Refuse request bodies larger than `max_bytes` with 413, whether or not they declare a length."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        for name, value in scope.get("headers", []):
            if name.lower() == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared < 0:
                    await send_error(send, UsageError("malformed Content-Length header"))
                    return
                if declared > limit:
                    await send_error(send, TooLarge(self._message(declared)))
                    return
        seen = 0
        response_started = False

        async def counted_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise TooLarge(self._message(seen))
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, tracked_send)
        except TooLarge as exc:
            # Raised from inside the body read of a route that does not catch it itself.
            if not response_started:
                await send_error(send, exc)
            else:
                raise

    def _message(self, size: int) -> str:
        return f"request body too large: {size} bytes or more, the limit is {self.max_bytes} bytes"


class CrossOrigin(NewsgraphError):
    """A write sent by a page from another origin, or a request naming a host this server is
    not: what a malicious web page open in the user's browser would send to a local server."""

    code = "cross_origin"
    exit_code = 1
    http_status = 403


_UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class OriginMiddleware:
    """Two defences for a server on a laptop, where any web page the user opens can send it
    requests. Writes whose `Origin` is not this server are refused (a form or fetch from another
    site could otherwise POST text/plain to /ingest with no preflight), and, when
    `allowed_hosts` is given (the server binds loopback), a `Host` header naming anything else
    is refused, which defeats DNS rebinding (a hostile name re-pointed at 127.0.0.1)."""

    def __init__(self, app: ASGIApp, allowed_hosts: frozenset[str] | None = None) -> None:
        self.app = app
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = _header(scope, b"host") or ""
            if self.allowed_hosts is not None and _hostname(host) not in self.allowed_hosts:
                await send_error(send, CrossOrigin(f"this server does not answer to host {host!r}"))
                return
            origin = _header(scope, b"origin")
            if scope.get("method") in _UNSAFE and origin is not None and origin != "null":
                given = origin.split("://", 1)[-1].rstrip("/").lower()
                if given != host.lower():
                    await send_error(send, CrossOrigin(f"writes from another origin ({origin}) are refused"))
                    return
            elif scope.get("method") in _UNSAFE and origin == "null":
                await send_error(send, CrossOrigin("writes from an opaque origin are refused"))
                return
        await self.app(scope, receive, send)
