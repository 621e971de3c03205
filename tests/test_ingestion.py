"""Ingest into a real SQLite store: idempotent, resumable after SIGKILL, readable while writing."""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

import newsgraph
from newsgraph.errors import DocumentFailed
from newsgraph.ingestion import ingest, ingest_bytes, ingest_record, scratch_store
from newsgraph.model import Analysis
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store
from newsgraph.testing.synthetic import wire_article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
pytestmark = pytest.mark.model


def snapshot(store: Store) -> dict[str, Analysis]:
    ids = [r[0] for r in store.conn.execute("SELECT id FROM articles ORDER BY id")]
    return {aid: store.analysis(aid) for aid in ids}


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        tables = ("documents", "articles", "entities", "mentions", "events", "quotes", "places", "dates")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def documents_stored(path: Path) -> int:
    """Documents in a store another process may still be creating (0 before its schema exists)."""
    try:
        return counts(path)["documents"] if path.exists() else 0
    except sqlite3.OperationalError:
        return 0


def check_integrity(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_ingest_twice_is_idempotent_and_parses_nothing_the_second_time(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "news.db"
    settings = Settings(db=str(db))
    with open_store(db) as store:
        first = ingest(store, [str(EXAMPLES), str(seed_path)], settings)
    before = counts(db)
    with open_store(db) as store:
        second = ingest(store, [str(EXAMPLES), str(seed_path)], settings)
    assert first.articles >= 10 and first.events > 0 and first.quotes > 0
    assert second.documents == first.documents
    assert second.skipped == second.documents  # every document recognised by its content hash
    assert second.articles == second.events == 0
    assert counts(db) == before
    check_integrity(db)
    with open_store(db, read_only=True) as store:
        # Statements reach the event data with their words attached.
        quoted = [e for e in store.events(limit=1000) if e.quote_text]
        assert any(e.cameo.startswith("11") and "campaign of retribution" in (e.quote_text or "") for e in quoted)


def _write_corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"wire_{i:04d}.txt").write_text(wire_article(i, words=90, seed=7), encoding="utf-8")


@pytest.mark.slow
def test_ingest_killed_at_random_points_resumes_to_the_same_store(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, 200)
    reference = tmp_path / "reference.db"
    with open_store(reference) as store:
        ingest(store, [str(corpus)], Settings(db=str(reference)))

    resumed = tmp_path / "resumed.db"
    cmd = [sys.executable, "-m", "newsgraph", "ingest", str(corpus), "--db", str(resumed)]
    rng = random.Random(20250820)
    kills = 0
    for _ in range(3):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Wait until this run has written something new, then kill it mid-flight.
        start_docs = documents_stored(resumed)
        deadline = time.monotonic() + 120
        target = start_docs + rng.randint(5, 40)
        while time.monotonic() < deadline and proc.poll() is None:
            if documents_stored(resumed) >= target:
                break
            time.sleep(0.05)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
        check_integrity(resumed)
    assert kills >= 2, "the ingest finished before it could be killed; the test proved nothing"
    final = subprocess.run(cmd, capture_output=True, timeout=600)
    assert final.returncode == 0, final.stderr.decode()
    check_integrity(resumed)
    assert counts(resumed) == counts(reference)
    with open_store(reference, read_only=True) as a, open_store(resumed, read_only=True) as b:
        assert snapshot(a) == snapshot(b)


_QUERY_LOOP = """
import sys, time
from newsgraph.store import open_store
worst = 0.0
deadline = time.monotonic() + float(sys.argv[2])
n = 0
while time.monotonic() < deadline:
    t = time.monotonic()
    with open_store(sys.argv[1], read_only=True) as store:
        store.events(country="FRA", limit=50)
        store.search("talks", limit=10)
        store.stats()
    worst = max(worst, time.monotonic() - t)
    n += 1
    time.sleep(0.02)
print(n, worst)
"""


@pytest.mark.slow
def test_ingest_while_other_processes_query(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, 60)
    db = tmp_path / "busy.db"
    with open_store(db):
        pass  # schema exists before the readers start
    writer = subprocess.Popen([sys.executable, "-m", "newsgraph", "ingest", str(corpus), "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    readers = [
        subprocess.Popen([sys.executable, "-c", _QUERY_LOOP, str(db), "12"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for r in readers:
        out, err = r.communicate(timeout=120)
        assert r.returncode == 0, err.decode()
        n, worst = out.decode().split()
        assert int(n) > 10
        assert float(worst) < 1.0, f"a query was blocked for {worst}s"
    _, err = writer.communicate(timeout=600)
    assert writer.returncode == 0, err.decode()
    assert counts(db)["articles"] == 60


def test_ingest_bytes_reads_an_upload_in_memory_as_a_file_is_read(tmp_path: Path) -> None:
    text = (EXAMPLES / "dump_wire_single.txt").read_bytes()
    settings = Settings(db=str(tmp_path / "news.db"))
    with open_store(tmp_path / "news.db") as store:
        first = ingest_bytes(store, gzip.compress(text), "wire.txt.gz", settings)
        again = ingest_bytes(store, gzip.compress(text), "wire.txt.gz", settings)
        with pytest.raises(DocumentFailed, match="binary file"):
            ingest_bytes(store, bytes(range(256)) * 40, "pasted.txt", settings)
    with open_store(tmp_path / "files.db") as store:
        (tmp_path / "wire.txt").write_bytes(text)
        from_file = newsgraph.ingest(store, [str(tmp_path / "wire.txt")])
        listed = store.articles()
    assert [a["source"] for a in first["articles"]] == ["upload:wire.txt.gz"]
    assert [a["id"] for a in first["articles"]] == from_file.article_ids == [a.id for a in listed.items]
    assert (first["written"], first["events"]) == (1, listed.items[0].events)
    assert first["events"] > 0 and first["errors"] == []
    assert (again["written"], again["skipped"], again["articles"]) == (0, 1, first["articles"])


def test_ingest_record_reads_fields_as_one_jsonl_line(tmp_path: Path) -> None:
    record = {"title": "Finland and Estonia agree", "text": wire_article(3, words=120), "extra": "left out"}
    settings = Settings(db=str(tmp_path / "news.db"))
    with open_store(tmp_path / "news.db") as store:
        given = ingest_record(store, record, "pasted.txt", settings)
        line = json.dumps({"title": record["title"], "text": record["text"]}, ensure_ascii=False) + "\n"
        as_bytes = ingest_bytes(store, line.encode("utf-8"), "pasted.jsonl", settings)
    assert given["written"] == 1 and (as_bytes["skipped"], as_bytes["articles"]) == (1, given["articles"])
    assert [a["title"] for a in given["articles"]] == [record["title"]]


def test_scratch_store_holds_the_files_and_goes_away(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_bytes((EXAMPLES / "dump_wire_single.txt").read_bytes())
    with scratch_store([str(tmp_path / "wire.txt")], Settings()) as store:
        path = store.path
        assert store.stats().articles == 1 and path.exists()
    assert not path.exists()
