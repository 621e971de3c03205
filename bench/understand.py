"""Throughput of the understanding stages beside the bare parse they sit on.

Corpus: every article `segment_text` extracts from examples/*.txt and the seed page, recombined (body paragraphs
rotated, so each text differs) until there are at least `--articles` of them. All runs see the same texts.

Measured, each as articles per second, best of `--repeat` timed passes after one untimed warm-up pass (the machine
is shared; the best pass is the one least disturbed by neighbours), wall clock and this process's CPU time:

- extract:          `segment_text` over the raw files (examples + seed), articles out per second;
- bare nlp.pipe:    the spaCy model as installed, without newsgraph's gazetteer ruler;
- parse:            `newsgraph.parse.parse` (the model plus the gazetteer EntityRuler);
- + entities/actors: parse, then `find_entities` and `code_actors` on every article;
- + time/places:    the same plus `find_dates` and `find_places`, when those stages are importable.

The acceptance bar: entities + actors add at most 25% to the bare parse's time per article.

    python -m bench.understand [--articles 240] [--repeat 3] [--shared ../shared] [--write]

`--write` replaces the "## Understanding stages" section of docs/benchmarks.md with the result and the command.
"""

from __future__ import annotations

import argparse
import importlib
import platform
import sys
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

import spacy

from bench.common import BENCHMARKS, replace_section
from newsgraph.extract.build import build_article
from newsgraph.extract.segment import segment_text
from newsgraph.model import Article, RawDocument
from newsgraph.parse.nlp import analysis_text, load_nlp, parse
from newsgraph.settings import Settings
from newsgraph.understand.actors.coding import code_actors
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.actors.entities import find_entities
from newsgraph.understand.actors.ruler import gazetteer_patterns

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Understanding stages"


def raw_documents(shared: Path) -> list[RawDocument]:
    paths = sorted((ROOT / "examples").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt"))
    return [
        RawDocument(uri=str(p), content=p.read_text(encoding="utf-8"), content_type="text/plain")
        for p in paths
    ]


def corpus(documents: Sequence[RawDocument], settings: Settings, wanted: int) -> list[Article]:
    base = [
        a for d in documents for a in segment_text(d, settings) if a.language in (None, "en") and a.paragraphs
    ]
    if not base:
        raise SystemExit("no English articles in examples/ or the seed page")
    out: list[Article] = []
    turn = 0
    while len(out) < wanted:
        for a in base:
            paras = list(a.paragraphs)
            k = turn % len(paras)
            out.append(
                build_article(
                    source=f"{a.source}#v{turn}",
                    title=a.title,
                    summary=a.summary,
                    paragraphs=paras[k:] + paras[:k],
                )
            )
        turn += 1
    return out[:wanted]


def best(run: Callable[[], int], repeat: int) -> tuple[float, float]:
    """(articles per wall second, articles per CPU second), best of `repeat` passes after a warm-up."""
    run()
    wall = cpu = 0.0
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        n = run()
        wall = max(wall, n / (time.perf_counter() - t0))
        cpu = max(cpu, n / max(time.process_time() - c0, 1e-9))
    return wall, cpu


def optional(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=240)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="write the result to docs/benchmarks.md")
    args = ap.parse_args(argv)

    settings = Settings()
    documents = raw_documents(args.shared)
    articles = corpus(documents, settings, args.articles)
    texts = [analysis_text(a) for a in articles]
    dictionary = load_actor_dictionary(settings)
    nlp = load_nlp(settings, gazetteer_patterns(settings))
    bare = spacy.load(settings.model)
    find_dates = optional("newsgraph.understand.time.resolve", "find_dates")
    find_places = optional("newsgraph.understand.places.find", "find_places")
    load_gazetteer = optional("newsgraph.understand.places.find", "load_gazetteer")
    gazetteer = load_gazetteer() if load_gazetteer else None

    def extract() -> int:
        return sum(len(segment_text(d, settings)) for d in documents)

    def bare_pipe() -> int:
        return sum(1 for _ in bare.pipe(texts, batch_size=settings.batch_size))

    def parsed() -> int:
        return sum(1 for _ in parse(articles, nlp, settings.batch_size))

    stage_cpu: list[float] = []

    def with_actors() -> int:
        n = 0
        spent = 0.0
        for article, doc in parse(articles, nlp, settings.batch_size):
            c0 = time.process_time()
            code_actors(article, doc, find_entities(article, doc, dictionary), dictionary)
            spent += time.process_time() - c0
            n += 1
        stage_cpu.append(spent / n)
        return n

    def with_all() -> int:
        n = 0
        for article, doc in parse(articles, nlp, settings.batch_size):
            entities = code_actors(article, doc, find_entities(article, doc, dictionary), dictionary)
            if find_dates:
                find_dates(article, doc)
            if find_places and gazetteer is not None:
                find_places(article, doc, entities, gazetteer)
            n += 1
        return n

    rows: list[tuple[str, float, float]] = []
    for label, run in (
        ("extract (segment_text)", extract),
        ("bare nlp.pipe (no gazetteer)", bare_pipe),
        ("parse (model + gazetteer ruler)", parsed),
        ("parse + entities + actors", with_actors),
    ):
        rows.append((label, *best(run, args.repeat)))
    if find_dates or find_places:
        rows.append(("parse + entities + actors + time + places", *best(with_all, args.repeat)))

    base_cpu = rows[1][2]
    # The stages' own CPU time per article (timed around the calls, best pass), against the bare parse's: less
    # exposed to the neighbours' load than the difference of two whole-run rates.
    stage = min(stage_cpu)
    overhead = stage * base_cpu
    ruler = base_cpu / rows[2][2] - 1
    words = sum(len(t.split()) for t in texts)
    lines = [
        SECTION,
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()} ({platform.python_version()}, spaCy "
        f"{version('spacy')}, model {settings.model}), one process, {len(articles)} articles "
        f"({words / len(articles):.0f} words each on average) built from examples/*.txt and the seed page; "
        f"best of {args.repeat} passes after a warm-up.",
        "",
        f"    python -m bench.understand --articles {args.articles} --repeat {args.repeat} --write",
        "",
        "| run | articles/s (wall) | articles/s (CPU) |",
        "|---|---:|---:|",
        *(f"| {label} | {wall:.1f} | {cpu:.1f} |" for label, wall, cpu in rows),
        "",
        f"find_entities + code_actors take {stage * 1000:.1f} ms CPU per article, {overhead * 100:.0f}% of the bare "
        f"nlp.pipe's {1000 / base_cpu:.1f} ms (acceptance: at most 25%): {'PASS' if overhead <= 0.25 else 'FAIL'}. "
        f"The gazetteer ruler inside the parse adds {ruler * 100:.0f}% (whole-run rates; on a loaded machine "
        "differences under about 5% are noise).",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        replace_section(BENCHMARKS, SECTION.removeprefix("## "), report)
    return 0 if overhead <= 0.25 else 1


if __name__ == "__main__":
    sys.exit(main())
