"""Score the plain-text segmenter on scraped-page dumps made from the HTML eval pages.

Users rarely hand newsgraph clean articles: they hand it what a scraper saved, every visible
text block of a page on its own line, menus, cookie banners, related-links lists and footers
included. This bench makes exactly such dumps from ../shared/eval/html/*.html.gz (block
elements become lines, script/style are dropped, nothing else is filtered), runs
`segment_text` on each and scores the body it returns against the benchmark's ground truth
with the benchmark's own shingle scoring (see ../shared/eval/README.md, html/).

Every body the segmenter reports for a page is scored together: an extra "article" made from
a related-links list is a false positive, not something the bench lets slip by choosing.

    python -m bench.segment_dumps [--shared ../shared] [--dump DIR] [--worst N]

The result and the command go to docs/accuracy.md ("Plain-text dumps (segmenter)").
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

from lxml import etree, html  # type: ignore[import-untyped]

from newsgraph.evaluate.html import PageCounts, aggregate, load_pages, page_counts
from newsgraph.extract.clean import decode_text
from newsgraph.extract.segment import segment_text
from newsgraph.model import RawDocument
from newsgraph.settings import Settings

# Elements a browser lays out as blocks: a scraper that keeps "one visible block per line"
# breaks lines at these.
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "option",
        "select",
        "label",
    ]
)
_SPEED_CHARS = 1_000_000
# Never visible text.
_DROP = frozenset(
    ["script", "style", "noscript", "template", "head", "svg", "iframe", "object", "embed", "canvas", "math"]
)
_SPACE = re.compile(r"\s+")


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        head = raw[:4096].decode("ascii", "ignore")
        m = re.search(r"charset=[\"']?([\w-]+)", head, re.I)
        for enc in ((m.group(1),) if m else ()) + ("cp1252",):
            try:
                return raw.decode(enc, errors="replace")
            except LookupError:
                continue
        return raw.decode("latin-1")


def render_dump(page: str) -> str:
    """The page as a scraper's plain-text dump: one visible text block per line."""
    root = html.document_fromstring(page)
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(buf)).strip()
        if text:
            lines.append(text)
        buf.clear()

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _DROP or not isinstance(el.tag, str):
            if el.tail:
                buf.append(el.tail)
            return
        block = tag in _BLOCKS
        if block:
            flush()
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            buf.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return "\n".join(lines) + "\n"


def _speed(dumps: list[str], settings: Settings) -> None:
    """Time one 1 MB dump: every rendered page once, in order, then again until 1,000,000
    characters (a multi-page scrape, menus recurring as they do across a site)."""
    text = "\n\n".join(dumps)
    while len(text) < _SPEED_CHARS:
        text += "\n\n" + text
    text = text[:_SPEED_CHARS]
    doc = RawDocument(uri="speed.txt", content=text, content_type="text/plain")
    runs: list[tuple[float, float, int]] = []
    for _ in range(3):
        start = time.process_time()
        decode_text(text, "speed.txt")
        decoded = time.process_time() - start
        start = time.process_time()
        found = len(segment_text(doc, settings))
        runs.append((time.process_time() - start, decoded, found))
    total, decoded, found = min(runs)
    print(
        f"1 MB dump ({text.count(chr(10)) + 1} lines, {found} articles): segment_text {total:.2f} s CPU "
        f"(best of 3), of which decode_text {decoded:.2f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument(
        "--dump", type=Path, help="also write each rendered dump and the segmenter's body here"
    )
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument(
        "--keep",
        choices=("all", "longest", "first"),
        default="all",
        help="score every article's body (default), only the longest, or only the first",
    )
    args = parser.parse_args(argv)
    settings = Settings()
    rows: list[tuple[str, float, float, float, int]] = []
    counts: list[PageCounts] = []
    seconds = 0.0
    dumps: list[str] = []
    for page in load_pages(args.shared / "eval" / "html"):
        dump = render_dump(_decode(page.html))
        dumps.append(dump)
        doc = RawDocument(uri=f"{page.id}.txt", content=dump, content_type="text/plain")
        start = time.perf_counter()
        articles = segment_text(doc, settings)
        seconds += time.perf_counter() - start
        if args.keep == "longest" and articles:
            articles = [max(articles, key=lambda a: len(a.body))]
        elif args.keep == "first":
            articles = articles[:1]
        body = "\n\n".join(a.body for a in articles)
        c = page_counts(page.body, body)
        counts.append(c)
        rows.append((page.id, c.tp, c.fp, c.fn, len(articles)))
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{page.id}.txt").write_text(dump, encoding="utf-8")
            (args.dump / f"{page.id}.out").write_text(
                "\n\n=====\n\n".join(f"TITLE: {a.title}\n\n{a.body}" for a in articles), encoding="utf-8"
            )
    n = len(rows)
    result = aggregate(counts)
    per_page = Counter(r[4] for r in rows)
    print(f"pages {n}  precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}")
    print("articles per page: " + ", ".join(f"{k}: {v}" for k, v in sorted(per_page.items())))
    print(f"segment_text time: {seconds:.2f} s total, {1000 * seconds / n:.1f} ms per page")
    _speed(dumps, settings)
    if args.worst:
        for key, tp_, fp_, fn_, count in sorted(rows, key=lambda r: r[1])[: args.worst]:
            print(f"  {key[:16]}  tp {tp_:.2f} fp {fp_:.2f} fn {fn_:.2f} articles {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
