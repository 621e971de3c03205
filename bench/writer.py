"""Store writer benchmark: the single writer process's CPU per article as the store grows.

    python -m bench.writer [--articles 20000] [--base 300] [--every 1000] [--cache DIR] [--write]

In an ingest with a worker pool, one process does everything that touches the store: the
near-duplicate check of each analysed article (`ArticleLinker.mark_duplicates`), the write, and
what links an article to the others inside the write's transaction (dedup index, copies,
cross-article actors, stories and merged events). This benchmark times exactly that, as
`newsgraph.ingestion` wires it, without parsing 20,000 articles (~70 ms each):

- `--base` synthetic wire articles (`newsgraph.testing.synthetic.wire_article`, seed 7) are parsed and
  analysed once (model time is not measured);
- the store then receives `--articles` documents. Document n holds the real synthetic article n
  (seed 2026: its own text, headline and date, so dedup sees the corpus as ingest would: 14
  countries over 700 days, templated sentences sharing many MinHash bands) with the analysis
  of base article n mod `--base`, its dates moved by the days between the two articles, so
  stories grow as they do in the corpus. One document in 20 is an exact republication of an
  earlier article (same body, another uri) and one in 20 a near copy (paragraphs reordered,
  a footer added), so the copy paths are timed too.

CPU time (time.process_time) of the writer is reported per block of `--every` documents, split
into the dedup check, the rows written, and the linking done inside the write transaction.
Results replace the "## Store writer" section of docs/benchmarks.md with `--write`.
`--keep PATH` keeps the store (to compare two versions of the writer on the same input).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import os
import pickle
import platform
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from bench.common import BENCHMARKS, replace_section
from newsgraph.ingestion import IngestReport, store_processed
from newsgraph.model import Analysis, Article, ProcessedDocument, RawDocument
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store
from newsgraph.store.links import ArticleLinker
from newsgraph.testing.synthetic import wire_article

ROOT = Path(__file__).resolve().parents[1]

SECTION = "Store writer"
BASE_SEED = 7
SEED = 2026
COPY_EVERY = 20  # one exact republication and one near copy per COPY_EVERY documents
# The writer before the dedup check and the story counts were reworked (the same command,
# ms/article by documents stored): the dedup check's candidate query and the story recount on
# every join grew with the store and with the story.
BEFORE = {1_000: 7.30, 5_000: 21.08, 10_000: 44.12, 15_000: 69.11, 20_000: 93.23}
FOOTER = "Read more stories like this on our world news page."
T = TypeVar("T")


def _cached(cache: Path | None, name: str, build: Callable[[], T]) -> T:
    """`build()`, pickled under `cache` so that repeated runs skip the parse and extraction."""
    if cache is None:
        return build()
    path = cache / name
    if path.exists():
        with path.open("rb") as f:
            value: T = pickle.load(f)
        return value
    value = build()
    cache.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
    return value


def _raw(n: int, text: str, kind: str = "") -> RawDocument:
    return RawDocument(uri=f"synthetic://wire/{SEED}/{n}{kind}", content=text, content_type="text/plain")


def base_analyses(count: int, words: int) -> list[Analysis]:
    """`count` synthetic articles through the whole pipeline (in this process, no store)."""
    from newsgraph.pipeline import process_documents

    docs = (
        RawDocument(uri=f"synthetic://base/{n}", content=wire_article(n, words=words, seed=BASE_SEED),
                    content_type="text/plain")
        for n in range(count)
    )  # fmt: skip
    out = [a for d in process_documents(docs, Settings(workers=1)) for a in d.analyses]
    if len(out) != count:
        raise SystemExit(f"expected {count} analysed articles, got {len(out)}")
    return out


def replay_articles(count: int, words: int) -> list[Article]:
    """The extracted articles of the replayed corpus (document n holds article n)."""
    from newsgraph.pipeline import _extract_one

    settings = Settings()
    return [
        _extract_one(_raw(n, wire_article(n, words=words, seed=SEED)), settings)[0][0] for n in range(count)
    ]


def near_copy(n: int, words: int) -> Article:
    """Article n as a site that reordered its paragraphs and added a footer would carry it."""
    from newsgraph.pipeline import _extract_one

    headline, stamp, lead, *rest = wire_article(n, words=words, seed=SEED).strip().split("\n\n")
    text = "\n\n".join([headline, stamp, lead, *reversed(rest), FOOTER]) + "\n"
    return _extract_one(_raw(n, text, "/copy"), Settings())[0][0]


def _shift(value: str | None, days: int) -> str | None:
    # Dates are ISO days, "YYYY-MM" or "YYYY": move the period's first day and keep its precision.
    if not value or days == 0:
        return value
    try:
        first = dt.date.fromisoformat(value[:10] if len(value) >= 10 else (value + "-01-01")[:10])
    except ValueError:
        return value
    return (first + dt.timedelta(days=days)).isoformat()[: len(value)]


def _day(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def replay(article: Article, base: Analysis) -> Analysis:
    """`base`'s findings given to `article`, its dates moved to the article's date."""
    new_day, old_day = _day(article.published), _day(base.article.published)
    days = (new_day - old_day).days if new_day and old_day else 0
    return dataclasses.replace(
        base,
        article=article,
        dates=tuple(
            dataclasses.replace(d, value=_shift(d.value, days), end_value=_shift(d.end_value, days))
            for d in base.dates
        ),
        quotes=tuple(dataclasses.replace(q, date=_shift(q.date, days)) for q in base.quotes),
        events=tuple(dataclasses.replace(e, date=_shift(e.date, days)) for e in base.events),
    )


def documents(start: int, stop: int, articles: Sequence[Article], bases: Sequence[Analysis],
              words: int) -> list[ProcessedDocument]:  # fmt: skip
    """Documents start..stop of the replay (built before the clock starts)."""
    out = []
    for n in range(start, stop):
        if n % COPY_EVERY == 7 and n > COPY_EVERY:
            article = dataclasses.replace(articles[n // 2], source=f"synthetic://republished/{n}")
            kind = "republished"
        elif n % COPY_EVERY == 13 and n > COPY_EVERY:
            article, kind = near_copy(n // 3, words), "copy"
        else:
            article, kind = articles[n], "wire"
        digest = hashlib.sha256(f"{kind}/{n}".encode()).hexdigest()
        out.append(ProcessedDocument(article.source, digest, (replay(article, bases[n % len(bases)]),)))
    return out


class Clock:
    """CPU time spent inside the wrapped calls, by label."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def add(self, label: str, seconds: float) -> None:
        self.spent[label] = self.spent.get(label, 0.0) + seconds

    def stream(self, label: str, items: Iterable[T]) -> Iterator[T]:
        it = iter(items)
        while True:
            t = time.process_time()
            try:
                item = next(it)
            except StopIteration:
                self.add(label, time.process_time() - t)
                return
            self.add(label, time.process_time() - t)
            yield item

    def hook(self, label: str, func: Callable[..., None]) -> Callable[..., None]:
        def timed(*args: Any) -> None:
            t = time.process_time()
            try:
                func(*args)
            finally:
                self.add(label, time.process_time() - t)

        return timed


def run(store: Store, total: int, every: int, articles: Sequence[Article], bases: Sequence[Analysis],
        words: int) -> list[dict[str, float]]:  # fmt: skip
    settings = Settings(workers=2)
    linker = ArticleLinker.for_settings(store, settings)
    assert linker is not None
    report = IngestReport()
    rows = []
    for start in range(0, total, every):
        docs = documents(start, min(total, start + every), articles, bases, words)
        clock = Clock()
        t = time.process_time()
        store_processed(
            store,
            clock.stream("dedup check", linker.mark_duplicates(docs)),
            report,
            after_write=clock.hook("linking", linker.after_write),
        )
        spent = time.process_time() - t
        n = len(docs)
        check, link = clock.spent.get("dedup check", 0.0), clock.spent.get("linking", 0.0)
        rows.append({
            "stored": start + n, "total": 1000 * spent / n, "check": 1000 * check / n,
            "write": 1000 * (spent - check - link) / n, "link": 1000 * link / n,
        })  # fmt: skip
        r = rows[-1]
        print(
            f"{r['stored']:>7,} documents: {r['total']:6.2f} ms/article (check {r['check']:.2f}, "
            f"write {r['write']:.2f}, linking {r['link']:.2f})",
            flush=True,
        )
    return rows


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:

        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        return {
            "articles": one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NULL"),
            "near copies": one("SELECT COUNT(*) FROM articles WHERE duplicate_of IS NOT NULL"),
            "copies": one("SELECT COUNT(*) FROM article_copies"),
            "stories": one("SELECT COUNT(*) FROM stories"),
            "largest story": one("SELECT COALESCE(MAX(n_articles), 0) FROM stories"),
            "merged events": one("SELECT COUNT(*) FROM merged_events"),
        }


def section(args: argparse.Namespace, rows: list[dict[str, float]], found: dict[str, int], load: str) -> str:
    lines = [
        f"## {SECTION}",
        "",
        f"Command: `python -m bench.writer --articles {args.articles} --base {args.base} --every {args.every}`; "
        f"machine: {platform.machine()}, {os.cpu_count()} cores shared with other work (load {load}), "
        f"Python {platform.python_version()}.",
        "",
        "CPU time of the store writer per document as the store grows (a worker-pool ingest's single "
        "writer process: dedup check, write, and the linking inside the write transaction: dedup index, "
        "copies, cross-article actors, stories, merged events). See the docstring of bench/writer.py "
        f"for the replayed corpus: {args.articles:,} synthetic wire articles carrying the analyses of "
        f"{args.base} parsed ones, one exact republication and one near copy per {COPY_EVERY} documents.",
        "",
        "| documents stored | ms/article | dedup check | write | linking |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {int(r['stored']):,} | {r['total']:.2f} | {r['check']:.2f} | {r['write']:.2f} | {r['link']:.2f} |"
        for r in rows
    ]
    first, last = rows[0]["total"], rows[-1]["total"]
    lines += [
        "",
        f"Last block against the first: {last / first:.2f}x. The store at the end: "
        + ", ".join(f"{v:,} {k}" for k, v in found.items())
        + ".",
        "",
        "Before the dedup check and the story counts were reworked, the same command "
        "gave (ms/article): " + ", ".join(f"{v:.1f} at {k:,}" for k, v in BEFORE.items()) + "; at 20,000 "
        "documents 78 ms of it was the dedup check (a SQL query returning every stored article sharing an "
        "LSH band) and 10 ms the linking (each join recounted the whole story). What still grows here is "
        "mostly SQLite's own work in the write: each document dirties ~260 pages across the tables' "
        "indexes, and more of them miss the page cache as the store grows.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--base", type=int, default=300, help="articles parsed once and replayed")
    parser.add_argument("--every", type=int, default=1_000, help="documents per timed block")
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--cache", type=Path, help="keep the parsed and extracted articles here between runs")
    parser.add_argument("--keep", type=Path, help="keep the store at this path")
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args(argv)

    load = f"{os.getloadavg()[0]:.1f}"
    bases = _cached(
        args.cache, f"base-{args.base}-{args.words}.pkl", lambda: base_analyses(args.base, args.words)
    )
    articles = _cached(
        args.cache, f"articles-{args.words}.pkl", lambda: replay_articles(args.articles, args.words)
    )
    if len(articles) < args.articles:
        raise SystemExit(
            f"{args.cache} holds {len(articles):,} articles: remove it to build {args.articles:,}"
        )
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-writer-"))
    path = args.keep or tmp / "writer.db"
    if args.keep:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    try:
        with open_store(path) as store:
            rows = run(store, args.articles, args.every, articles, bases, args.words)
        found = counts(path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(", ".join(f"{v:,} {k}" for k, v in found.items()))
    if args.write:
        replace_section(BENCHMARKS, SECTION, section(args, rows, found, load))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
