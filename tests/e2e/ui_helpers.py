"""Helpers for the browser tests: a real uvicorn server in a thread, opening a view with the
token, and DOM checks shared by several tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TOKEN = "ui-test-token-7f3a"
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(db: Path, *, token: str | None = TOKEN) -> Iterator[str]:
    """A real uvicorn server for `db` on a free loopback port, in a thread of this process."""
    import uvicorn

    from newsgraph.api import create_app

    port = _free_port()
    config = uvicorn.Config(
        create_app(db, token=token), host="127.0.0.1", port=port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def open_view(page: Any, base: str, route: str = "#/analyse") -> None:
    page.goto(f"{base}/?token={TOKEN}{route}")
    page.wait_for_selector("body[data-ready='true']")


def boxes(page: Any, selector: str) -> list[dict[str, float]]:
    """Bounding boxes (page coordinates) of the elements matching `selector`, with their text."""
    found: list[dict[str, float]] = page.locator(selector).evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect();"
        " return {x: r.x, y: r.y, w: r.width, h: r.height, text: e.textContent}; })"
    )
    return found


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and b["y"] < a["y"] + a["h"]
    )


def assert_apart(page: Any, labels: str, others: str | None = None, frame: str | None = None) -> int:
    """No two `labels` overlap, none overlaps an `others` element, all sit inside `frame`.
    Returns how many labels there are."""
    found = boxes(page, labels)
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            assert not _overlap(a, b), f"labels overlap: {a['text']!r} and {b['text']!r}"
    for b in boxes(page, others) if others else []:
        for a in found:
            assert not _overlap(a, b), f"label {a['text']!r} covers {b['text']!r}"
    if frame:
        (box,) = boxes(page, frame)
        for a in found:
            inside = box["x"] - 0.5 <= a["x"] and a["x"] + a["w"] <= box["x"] + box["w"] + 0.5
            assert inside and box["y"] - 0.5 <= a["y"] and a["y"] + a["h"] <= box["y"] + box["h"] + 0.5, a
    return len(found)
