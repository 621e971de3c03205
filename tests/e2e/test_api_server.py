"""`newsgraph serve` for real: the CLI starts uvicorn in a subprocess on a free loopback port
and the tests talk to it over HTTP (and once over a raw socket), every request bounded."""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

TOKEN = "server-test-token-42"
STORY = (
    "Portugal and Spain agree to build a high-speed rail link\n\n"
    "LISBON: Portugal and Spain agreed on Thursday to build a high-speed rail link between Lisbon and Madrid, "
    "Portuguese Prime Minister Luis Montenegro said after meeting his Spanish counterpart in Lisbon on April 10, 2025.\n\n"
    "The two governments said the line would cut the journey to about three hours once it opens, and that the "
    "European Union would pay for part of the work on both sides of the border."
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve(*args: str, env: dict[str, str] | None = None) -> Iterator[str]:
    port = _free_port()
    command = [
        sys.executable,
        "-c",
        "from newsgraph.cli import main; main()",
        "serve",
        "--port",
        str(port),
        *args,
    ]
    environment = {**os.environ, **(env or {})}
    proc = subprocess.Popen(
        command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                out = proc.stdout.read() if proc.stdout else ""
                raise AssertionError(f"newsgraph serve exited with {proc.returncode}: {out}")
            try:
                httpx.get(f"{base}/openapi.json", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        if proc.stdout:
            proc.stdout.close()


def _raw_get(base: str, target: str, host_header: str | None = None) -> str:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        request = f"GET {target} HTTP/1.1\r\nHost: {host_header or host}\r\nConnection: close\r\n\r\n"
        sock.sendall(request.encode())
        chunks = []
        while data := sock.recv(65536):
            chunks.append(data)
    return b"".join(chunks).decode("latin-1")


def _outside_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: nothing is sent, it only picks a route
            address = str(probe.getsockname()[0])
    except OSError:
        return None
    return None if address.startswith("127.") else address


@pytest.mark.model
@pytest.mark.slow
def test_api_server_serves_token_protected_api_over_http(tmp_path: Path) -> None:
    db = tmp_path / "served.db"
    with serve("--db", str(db), "--token", TOKEN) as base:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        with httpx.Client(base_url=base, timeout=30) as http:
            assert http.get("/api/v1/stats").status_code == 401
            assert http.get("/").status_code == 200  # the UI loads, then asks for the token
            assert http.get("/api/v1/stats", headers=auth).json()["articles"] == 0

            ingested = http.post(
                "/api/v1/ingest",
                content=STORY.encode(),
                headers={**auth, "content-type": "text/plain"},
                timeout=300,
            )
            assert ingested.status_code == 200, ingested.text
            [article] = ingested.json()["articles"]
            assert article["title"] == "Portugal and Spain agree to build a high-speed rail link"
            detail = http.get(f"/api/v1/articles/{article['id']}", headers=auth).json()
            assert {"Portugal", "Spain"} <= {e["name"] for e in detail["entities"]}

            with http.stream("GET", "/api/v1/export/articles.csv", headers=auth) as response:
                assert response.status_code == 200
                body = "".join(response.iter_text())
            rows = list(csv.DictReader(io.StringIO(body)))
            assert [r["id"] for r in rows] == [article["id"]]

            big = http.post(
                "/api/v1/ingest", content=b"x" * 11_000_001, headers={**auth, "content-type": "text/plain"}
            )
            assert big.status_code == 413 and big.json()["error"] == "too_large"

        for target in (
            "/static/../../../../etc/passwd",
            "/static/..%2f..%2f..%2fpyproject.toml",
            "/api/v1/export/../../x.csv",
        ):
            answer = _raw_get(base, target)
            status = answer.split(" ", 2)[1]
            assert status in ("400", "401", "404"), (target, answer[:200])
            assert "root:" not in answer and "[project]" not in answer


def test_api_server_defaults_to_loopback_and_env_token(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    with serve("--db", str(db), env={"NEWSGRAPH_TOKEN": TOKEN}) as base:
        assert httpx.get(f"{base}/api/v1/stats", timeout=10).status_code == 401
        ok = httpx.get(f"{base}/api/v1/stats", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
        assert ok.status_code == 200
        # DNS rebinding: a hostile name pointed at 127.0.0.1 is not an answer this server gives.
        assert _raw_get(base, "/", host_header="rebind.example").split(" ", 2)[1] == "403"
        outside = _outside_address()
        if outside is not None:
            port = int(base.rsplit(":", 1)[1])
            with pytest.raises(OSError), socket.create_connection((outside, port), timeout=3):
                pass


def test_api_server_read_only_refuses_writes(tmp_path: Path) -> None:
    db = tmp_path / "ro.db"
    from newsgraph.store import open_store

    open_store(db).close()
    with serve("--db", str(db), "--read-only") as base:
        response = httpx.post(
            f"{base}/api/v1/ingest", content=b"Some text.", headers={"content-type": "text/plain"}, timeout=10
        )
        assert response.status_code == 403 and response.json()["error"] == "read_only"
        assert httpx.get(f"{base}/api/v1/events", timeout=10).json() == {"items": [], "next_cursor": None}


def test_api_server_read_only_needs_an_existing_store(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-c",
        "from newsgraph.cli import main; main()",
        "serve",
        "--db",
        str(tmp_path / "no.db"),
        "--read-only",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert "--read-only needs an existing store" in done.stderr
