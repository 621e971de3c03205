"""HTML body extraction: newsgraph's HTML reader beside trafilatura's default run.

Both extractors get the same 91 pages from ../shared/eval/html (the raw bytes, as a crawler
saved them) and are scored exactly as scrapinghub's article-extraction-benchmark scores
(`\\w+` tokens, case kept, multisets of 4-token shingles, per-page counts normalised to sum
1, precision and recall averaged over pages, F1 from the averages; the scorer is
`newsgraph.evaluate.html`). Throughput is pages per second on one process, extraction only
(scoring excluded), over `--repeat` rounds after one untimed warm-up round. The two
extractors take turns page by page, so load from other users of a shared machine slows
both alike; CPU-time pages/s is printed beside wall-clock pages/s for the same reason.

newsgraph's number is for the whole `extract_html`: body, title/author/site/URL/date
metadata, language identification and Article building. trafilatura's is for
`trafilatura.extract(html)` with default settings, which extracts the body only.

    python -m bench.extraction [--shared ../shared] [--repeat 5] [--worst N]

Results and the command go to docs/accuracy.md ("HTML extraction") and docs/benchmarks.md
("HTML extraction throughput").
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from newsgraph.evaluate.html import Page, load_pages, our_body, page_counts, score_pages
from newsgraph.settings import Settings


def trafilatura_default(page: Page) -> str:
    return trafilatura.extract(page.html) or ""


@dataclass
class Speed:
    wall: float = 0.0  # seconds on the wall clock
    cpu: float = 0.0  # seconds of this process's CPU time
    pages: int = 0

    def per_second(self) -> tuple[float, float]:
        return self.pages / max(self.wall, 1e-9), self.pages / max(self.cpu, 1e-9)


def timed(
    pages: Sequence[Page], extractors: Sequence[Callable[[Page], str]], repeat: int
) -> tuple[list[Speed], list[list[str]]]:
    """Pages/s of each extractor and the bodies each returned.

    The extractors take turns page by page, so on a shared machine a burst of load from
    the neighbours slows all of them alike instead of whichever ran during the burst. One
    untimed warm-up pass first (imports, caches, lazy-loaded models).
    """
    for page in pages:
        for extractor in extractors:
            extractor(page)
    speeds = [Speed() for _ in extractors]
    bodies: list[list[str]] = [[] for _ in extractors]
    for round_ in range(repeat):
        for page in pages:
            for i, extractor in enumerate(extractors):
                start, start_cpu = time.perf_counter(), time.process_time()
                body = extractor(page)
                speeds[i].wall += time.perf_counter() - start
                speeds[i].cpu += time.process_time() - start_cpu
                speeds[i].pages += 1
                if round_ == 0:
                    bodies[i].append(body)
    return speeds, bodies


def _lookup(found: dict[str, str]) -> Callable[[Page], str]:
    return lambda page: found[page.id]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where newsgraph scores worst")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # trafilatura logs and warns about odd pages; the scores say enough
    pages = list(load_pages(args.shared / "eval" / "html"))
    if not pages:
        print(f"no pages under {args.shared / 'eval' / 'html'}", file=sys.stderr)
        return 2
    settings = Settings()
    names = ["newsgraph extract_html", f"trafilatura {trafilatura.__version__} default"]
    extractors: list[Callable[[Page], str]] = [lambda p: our_body(p, settings), trafilatura_default]
    speeds, bodies = timed(pages, extractors, args.repeat)
    ids = [p.id for p in pages]
    scores = [score_pages(pages, _lookup(dict(zip(ids, b, strict=True)))) for b in bodies]

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{len(pages)} pages x {args.repeat} rounds, {platform.python_implementation()} "
        f"{platform.python_version()}, {os.cpu_count()} cores, one process; "
        f"load average at the end: {load:.2f}\n"
    )
    print("| extractor | precision | recall | F1 | pages/s (wall) | pages/s (CPU) |")
    print("|---|---|---|---|---|---|")
    for name, speed, score in zip(names, speeds, scores, strict=True):
        wall, cpu = speed.per_second()
        print(
            f"| {name} | {score.precision:.3f} | {score.recall:.3f} | {score.f1:.3f} | {wall:.1f} | {cpu:.1f} |"
        )

    if args.worst:
        ours = bodies[0]
        rows = sorted(
            ((page_counts(p.body, body), p) for p, body in zip(pages, ours, strict=True)),
            key=lambda row: row[0].tp,
        )
        print(f"\nworst {args.worst} pages for newsgraph (normalised tp / fp / fn):")
        for counts, page in rows[: args.worst]:
            print(f"  {counts.tp:.2f} {counts.fp:.2f} {counts.fn:.2f}  {page.id[:12]}  {page.url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
