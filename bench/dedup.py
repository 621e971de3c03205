"""Duplicate detection accuracy, and what dedup + stories cost an ingest.

    python -m bench.dedup [--articles 120] [--ingest 48] [--rounds 5] [--no-write]

Accuracy (no model): distinct articles are synthetic wire copy (`newsgraph.testing.synthetic.wire_article`,
different seeds and lengths, at most one per headline subject and set of countries, since the
generator recombines one set of templates) plus every article extracted from examples/. Each is perturbed
four ways: its sentences reordered; boilerplate added (a site header and footer); 10% of its
words edited (a third replaced, a third dropped, a third followed by an inserted word); all three
at once. Every distinct article goes through `DuplicateIndex.check` first (any match is a false
positive), then every perturbed copy (a match to its own original is a true positive, anything
else a false negative, a match to another article also a false positive). The same pairs are also
scored at the default threshold with other shingles, to show why character 3-grams were chosen.

Overhead (real model): the same synthetic corpus ingested into fresh stores with dedup and
stories on (defaults) and off (`dedup_threshold=0`, `stories=0`), in rounds of one each in
alternating order (the median of the per-round ratios); plus the time spent inside the dedup
and stories hooks themselves, which is less sensitive to the machine's load than the difference
of two wall-clock runs.

Results replace the "## Duplicate detection" section of docs/accuracy.md and the "## Dedup and
stories overhead" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import os
import platform
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import replace_section
from newsgraph.extract.build import build_article
from newsgraph.model import Article
from newsgraph.pipeline import extract_documents
from newsgraph.settings import Settings
from newsgraph.store import open_store
from newsgraph.store.dedup import DuplicateIndex, normalise
from newsgraph.testing.synthetic import CAST, wire_article

ROOT = Path(__file__).resolve().parents[1]

THRESHOLD = Settings().dedup_threshold
HEADER = "Home | World | Business | Sport\n\nAdvertisement"
FOOTER = (
    "Sign up for our morning newsletter to get the day's top stories. Follow us on social media. "
    "Copyright 2025 Example News Group. All rights reserved. Terms of use and privacy policy apply."
)
FILLER = ("also", "reportedly", "officials", "new", "said", "on", "week", "the")
_SENTENCE = re.compile(r"(?<=[.!?\u201d])\s+(?=[A-Z\u201c])")


# --- the sets -----------------------------------------------------------------------------


def _article(paragraphs: list[str], source: str, title: str | None) -> Article:
    return build_article(source=source, title=title, paragraphs=paragraphs, language="en")


def distinct_articles(count: int) -> list[Article]:
    """Synthetic wire stories, extracted as ingest extracts them, then the examples/ articles."""
    from newsgraph.extract import extract
    from newsgraph.model import RawDocument

    settings = Settings()
    cast = [c[0] for c in CAST]
    out: list[Article] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    seed = 0
    while len(out) < count:
        words = (250, 400, 700)[seed % 3]
        text = wire_article(seed, words=words, seed=seed)
        seed += 1
        found = extract(RawDocument(f"synthetic:{seed}", text, "text/plain"), settings)
        if len(found) != 1 or not found[0].paragraphs:
            continue
        article = found[0]
        # The generator recombines one set of templates: the same subject about the same
        # countries is the same story again, not a distinct one.
        subject = re.sub(r"\s*\(\d+\)$", "", article.title or "")
        key = (subject, frozenset(c for c in cast if c in article.body))
        if key in seen:
            continue
        seen.add(key)
        out.append(article)
    for item in extract_documents([str(ROOT / "examples")], settings):
        if isinstance(item, Article) and item.paragraphs and item.language in (None, "en"):
            out.append(item)
    return out


def reorder(paras: list[str], rng: random.Random) -> list[str]:
    sentences = [s for p in paras for s in _SENTENCE.split(p)]
    rng.shuffle(sentences)
    size = max(1, len(sentences) // max(1, len(paras)))
    return [" ".join(sentences[i : i + size]) for i in range(0, len(sentences), size)]


def boilerplate(paras: list[str], rng: random.Random) -> list[str]:
    return [HEADER, *paras, FOOTER]


def edit_words(paras: list[str], rng: random.Random, share: float = 0.10) -> list[str]:
    out = []
    for para in paras:
        words: list[str] = []
        for word in para.split():
            r = rng.random()
            if r < share / 3:
                words.append(rng.choice(FILLER))
            elif r < 2 * share / 3:
                continue
            elif r < share:
                words += [word, rng.choice(FILLER)]
            else:
                words.append(word)
        out.append(" ".join(words))
    return out


def combined(paras: list[str], rng: random.Random) -> list[str]:
    return edit_words(boilerplate(reorder(paras, rng), rng), rng)


PERTURBATIONS: dict[str, Callable[[list[str], random.Random], list[str]]] = {
    "sentences reordered": reorder,
    "boilerplate added": boilerplate,
    "10% words edited": edit_words,
    "all three": combined,
}


# --- accuracy -----------------------------------------------------------------------------


def accuracy(articles: list[Article], tmp: Path) -> dict[str, Any]:
    rng = random.Random(7)
    copies = [
        (kind, base, _article(func(list(base.paragraphs), rng), f"{base.source}#{kind}", base.title))
        for base in articles
        for kind, func in PERTURBATIONS.items()
    ]
    with open_store(tmp / "accuracy.db") as store:
        index = DuplicateIndex(store, THRESHOLD)
        false_pos = sum(index.check(a) is not None for a in articles)
        distinct_fp = false_pos
        found: dict[str, list[bool]] = {k: [] for k in PERTURBATIONS}
        # A copy the index missed is indexed itself, and a later copy of the same original may
        # then match it: that is the right cluster, so it counts as found.
        original_of: dict[str, str] = {}
        started = time.perf_counter()
        for kind, base, copy in copies:
            canonical = index.check(copy)
            if canonical is None:
                original_of[copy.id] = base.id
            hit = canonical is not None and original_of.get(canonical, canonical) == base.id
            found[kind].append(hit)
            if canonical is not None and not hit:
                false_pos += 1
        per_check_ms = (time.perf_counter() - started) / len(copies) * 1000
    tp = sum(sum(v) for v in found.values())
    return {
        "distinct": len(articles),
        "copies": len(copies),
        "tp": tp,
        "fp": false_pos,
        "distinct_fp": distinct_fp,
        "precision": tp / (tp + false_pos) if tp + false_pos else 1.0,
        "recall": tp / len(copies),
        "by_kind": {k: sum(v) / len(v) for k, v in found.items()},
        "check_ms": per_check_ms,
        "pairs": [(kind, base, copy) for kind, base, copy in copies],
    }


def _word_shingles(k: int) -> Callable[[str], set[str]]:
    def shingle(text: str) -> set[str]:
        w = normalise(text).split()
        return {" ".join(w[i : i + k]) for i in range(max(1, len(w) - k + 1))}

    return shingle


def _char_shingles(k: int) -> Callable[[str], set[str]]:
    def shingle(text: str) -> set[str]:
        s = normalise(text)
        return {s[i : i + k] for i in range(max(1, len(s) - k + 1))}

    return shingle


SCHEMES = {
    "word 3-grams": _word_shingles(3),
    "word 1-grams": _word_shingles(1),
    "char 5-grams": _char_shingles(5),
    "char 3-grams (chosen)": _char_shingles(3),
}


def shingle_comparison(
    articles: list[Article], pairs: list[tuple[str, Article, Article]], acc: dict[str, Any]
) -> list[str]:
    """Share of copies at or above the threshold, and of distinct pairs above it, per scheme
    (exact Jaccard, no names guard: the words alone)."""
    lines = []
    for name, func in SCHEMES.items():
        sets = {a.id: func(a.body) for a in articles}
        hits = {k: 0 for k in PERTURBATIONS}
        totals = {k: 0 for k in PERTURBATIONS}
        for kind, base, copy in pairs:
            a, b = sets[base.id], func(copy.body)
            totals[kind] += 1
            hits[kind] += len(a & b) / len(a | b) >= THRESHOLD
        over = total = 0
        for x, y in itertools.combinations(articles, 2):
            a, b = sets[x.id], sets[y.id]
            total += 1
            over += len(a & b) / len(a | b) >= THRESHOLD
        recall = " | ".join(f"{hits[k] / totals[k]:.3f}" for k in PERTURBATIONS)
        acc["over_words"] = over  # the last scheme is the one newsgraph uses
        lines.append(f"| {name} | {recall} | {over} of {total} |")
    return lines


# --- overhead -----------------------------------------------------------------------------


def _corpus(tmp: Path, count: int) -> list[str]:
    folder = tmp / "corpus"
    folder.mkdir()
    for n in range(count):
        (folder / f"{n:04d}.txt").write_text(wire_article(n, words=400, seed=101), encoding="utf-8")
    return [str(folder)]


def _ingest(paths: list[str], db: Path, settings: Settings) -> tuple[float, dict[str, float]]:
    from newsgraph.ingestion import ingest
    from newsgraph.store import links

    spent = {"before_parse": 0.0, "after_write": 0.0}
    original = links.ArticleLinker

    class Timed(links.ArticleLinker):
        def before_parse(self, article: Article) -> str | None:
            t = time.perf_counter()
            try:
                return super().before_parse(article)
            finally:
                spent["before_parse"] += time.perf_counter() - t

        def after_write(self, *args: Any) -> None:
            t = time.perf_counter()
            try:
                super().after_write(*args)
            finally:
                spent["after_write"] += time.perf_counter() - t

    ingest_module = importlib.import_module("newsgraph.ingestion")

    setattr(ingest_module, "ArticleLinker", Timed)  # noqa: B010 (the ingest module reads it by name)
    try:
        with open_store(db) as store:
            started = time.perf_counter()
            report = ingest(store, paths, settings)
            seconds = time.perf_counter() - started
    finally:
        setattr(ingest_module, "ArticleLinker", original)  # noqa: B010
    assert report.errors == 0
    return seconds, spent


def overhead(tmp: Path, count: int, rounds: int = 5) -> dict[str, Any]:
    from newsgraph.pipeline import load_resources

    paths = _corpus(tmp, count)
    on, off = Settings(), Settings(dedup_threshold=0.0, stories=0)
    load_resources(on)
    load_resources(off)
    times: dict[str, list[float]] = {"on": [], "off": []}
    hooks: list[dict[str, float]] = []
    for r in range(rounds):
        # Alternate the order so drift in the machine's load falls on both sides alike.
        for label, settings in (("off", off), ("on", on)) if r % 2 == 0 else (("on", on), ("off", off)):
            seconds, spent = _ingest(paths, tmp / f"{label}-{r}.db", settings)
            times[label].append(seconds)
            if label == "on":
                hooks.append(spent)
    ratios = sorted(a / b for a, b in zip(times["on"], times["off"], strict=True))
    share = sorted(
        (h["before_parse"] + h["after_write"]) / t for h, t in zip(hooks, times["on"], strict=True)
    )
    return {
        "count": count,
        "on": min(times["on"]),
        "off": min(times["off"]),
        "median_ratio": statistics.median(ratios),
        "ratios": ratios,
        "hooks": min(hooks, key=lambda h: h["before_parse"] + h["after_write"]),
        "hook_share": statistics.median(share),
    }


# --- report -------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120, help="distinct synthetic articles")
    parser.add_argument("--ingest", type=int, default=48, help="articles per timed ingest")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    command = (
        f"python -m bench.dedup --articles {args.articles} --ingest {args.ingest} --rounds {args.rounds}"
    )
    with tempfile.TemporaryDirectory(prefix="newsgraph-dedup-") as name:
        tmp = Path(name)
        articles = distinct_articles(args.articles)
        acc = accuracy(articles, tmp)
        table = shingle_comparison(articles, acc["pairs"], acc)
        cost = overhead(tmp, args.ingest, args.rounds)
    kinds = " | ".join(PERTURBATIONS)
    by_kind = " | ".join(f"{v:.3f}" for v in acc["by_kind"].values())
    accuracy_md = f"""## Duplicate detection

Command: `{command}` (the accuracy part needs no model).

Set: {acc["distinct"]} distinct articles ({args.articles} synthetic wire stories of 250, 400 and
700 words, extracted as ingest extracts them, at most one per headline subject and set of
countries, plus the articles of examples/), and
{acc["copies"]} perturbed copies, four per article. Threshold {THRESHOLD} (the default).

| | value |
|---|---|
| precision | {acc["precision"]:.3f} ({acc["tp"]} true, {acc["fp"]} false positives; {acc["distinct_fp"]} distinct articles taken for copies) |
| recall | {acc["recall"]:.3f} |
| time per check | {acc["check_ms"]:.1f} ms (index of {acc["distinct"]} articles) |

Recall by perturbation:

| detector | {kinds} |
|---|---|---|---|---|
| newsgraph: char 3-grams, MinHash LSH, names guard | {by_kind} |

Why character 3-grams: the share of copies whose exact Jaccard with their original reaches
{THRESHOLD}, and the number of distinct pairs that reach it, for each shingling (words alone,
no names guard):

| shingles | {kinds} | distinct pairs at or above |
|---|---|---|---|---|---|
{chr(10).join(table)}

Editing a word breaks every shingle that covers it: word 3-grams lose about a quarter of their
shingles to 10% edits, so copies fall far below {THRESHOLD}; character 5-grams lose fewer but
still too many, and single words fall short once edits and boilerplate combine. Character 3-grams
recur across a text, so scattered edits remove few members of the set. The price is that
distinct texts share more 3-grams: the synthetic generator recombines one set of templates, and
{acc["over_words"]} of its distinct pairs reach {THRESHOLD} on 3-grams alone. The names-and-numbers
guard keeps them apart: {acc["distinct_fp"]} distinct articles were taken for copies.
"""
    hooks = cost["hooks"]
    ratios = ", ".join(f"{100 * (r - 1):+.1f}%" for r in cost["ratios"])
    bench_md = f"""## Dedup and stories overhead

Command: `{command}`; machine: {platform.machine()}, {os.cpu_count()} cores shared with other
work (load {load:.1f} at start), Python {platform.python_version()}.

{cost["count"]} synthetic wire articles (400 words, no duplicates: the worst case, since a
duplicate costs a check instead of a parse) ingested into fresh stores, {args.rounds} rounds,
each round one ingest with and one without, in alternating order:

| | best seconds | articles/s |
|---|---|---|
| dedup and stories off (`dedup_threshold=0`, `stories=0`) | {cost["off"]:.2f} | {cost["count"] / cost["off"]:.2f} |
| dedup and stories on (defaults) | {cost["on"]:.2f} | {cost["count"] / cost["on"]:.2f} |

Cost of dedup and stories, per round (on vs off): {ratios}; median
**{100 * (cost["median_ratio"] - 1):+.1f}%**. Time spent inside the hooks themselves (the direct
measure, free of the machine's noise): median **{100 * cost["hook_share"]:.1f}%** of an ingest; in
the cheapest run, {hooks["before_parse"]:.2f} s checking for duplicates before parsing and
{hooks["after_write"]:.2f} s linking copies, resolving actors, grouping stories and merging
events inside the writes.
"""
    print(accuracy_md)
    print(bench_md)
    if not args.no_write:
        replace_section(ROOT / "docs" / "accuracy.md", "Duplicate detection", accuracy_md)
        replace_section(ROOT / "docs" / "benchmarks.md", "Dedup and stories overhead", bench_md)


if __name__ == "__main__":
    main()
