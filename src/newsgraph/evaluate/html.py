"""Body extraction scored the way scrapinghub's article-extraction-benchmark scores it.

Text becomes `\\w+` tokens (case kept), then a multiset of 4-token shingles. Per page, the
true positives, false positives and misses are normalised to sum to 1 so that a long page
weighs no more than a short one; precision and recall are averaged over the pages where
they are defined and F1 is taken from the two averages. Keeping the exact procedure lets
our numbers sit beside the published table (trafilatura, readability, newspaper...).
"""

from __future__ import annotations

import gzip
import json
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsgraph.errors import DocumentFailed
from newsgraph.evaluate import Score
from newsgraph.extract.html import extract_html
from newsgraph.model import Article, RawDocument
from newsgraph.pipeline import extract_documents
from newsgraph.registry import register
from newsgraph.settings import Settings

_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4
GROUND_TRUTH = "ground-truth.json"


@dataclass(frozen=True)
class PageCounts:
    """One page's normalised true positives, false positives and misses (sum 1, or all 0)."""

    tp: float
    fp: float
    fn: float


@dataclass(frozen=True)
class BodyScore:
    precision: float
    recall: float
    f1: float
    pages: int


@dataclass(frozen=True)
class Page:
    id: str
    html: bytes
    body: str
    url: str


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of `size`-token shingles; a text shorter than `size` tokens is one shingle."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))


def page_counts(true: str, predicted: str) -> PageCounts:
    gold, pred = shingles(true), shingles(predicted)
    tp = sum((gold & pred).values())
    fp = sum(pred.values()) - tp
    fn = sum(gold.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return PageCounts(0.0, 0.0, 0.0)
    return PageCounts(tp / total, fp / total, fn / total)


def _ratio(hit: float, other: float, c: PageCounts) -> float:
    # A page with nothing wrong scores 1 even if it is empty on both sides of the ratio.
    if c.fp == 0 and c.fn == 0:
        return 1.0
    return hit / (hit + other) if hit + other > 0 else 0.0


def aggregate(pages: Sequence[PageCounts]) -> BodyScore:
    """Average precision over pages that predicted something, recall over pages with gold text."""
    ps = [_ratio(c.tp, c.fp, c) for c in pages if c.tp + c.fp > 0]
    rs = [_ratio(c.tp, c.fn, c) for c in pages if c.tp + c.fn > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return BodyScore(p, r, f, len(pages))


def load_pages(html_dir: Path) -> Iterator[Page]:
    """The benchmark pages (`ID.html.gz`) with their true bodies, in id order."""
    truth = json.loads((html_dir / GROUND_TRUTH).read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        path = html_dir / f"{page_id}.html.gz"
        if not path.is_file():
            continue
        entry = truth[page_id]
        yield Page(
            page_id,
            gzip.decompress(path.read_bytes()),
            entry.get("articleBody") or "",
            entry.get("url") or "",
        )


def our_body(page: Page, settings: Settings) -> str:
    """The body newsgraph's HTML extractor reports for a page (empty when it finds none)."""
    doc = RawDocument(uri=page.url or page.id, content=page.html, content_type="text/html")
    try:
        return extract_html(doc, settings).body
    except DocumentFailed:
        return ""


def score_pages(pages: Sequence[Page], extractor: Callable[[Page], str]) -> BodyScore:
    return aggregate([page_counts(p.body, extractor(p)) for p in pages])


def user_path_bodies(pages: Sequence[Page], settings: Settings) -> dict[str, str]:
    """Each page's body as a user gets it: the pages saved as `ID.html` files and read by the
    same reader and extractor that `newsgraph extract DIR` runs. A page missing from the
    answer gave no article (it is lost)."""
    bodies: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="newsgraph-eval-") as tmp:
        names = {}
        for page in pages:
            path = Path(tmp) / f"{page.id}.html"
            path.write_bytes(page.html)
            names[str(path)] = page.id
        for item in extract_documents([tmp], settings):
            if isinstance(item, Article) and item.source in names:
                bodies.setdefault(names[item.source], item.body)
    return bodies


@register("eval", "html")
def score(eval_dir: Path, settings: Settings) -> list[Score]:
    pages = list(load_pages(eval_dir / "html"))
    bodies = user_path_bodies(pages, settings)
    result = score_pages(pages, lambda p: bodies.get(p.id, ""))
    return [
        Score("extraction", "html", "precision", result.precision, result.pages),
        Score("extraction", "html", "recall", result.recall, result.pages),
        Score("extraction", "html", "f1", result.f1, result.pages),
        Score(
            "extraction", "html", "items_lost", float(sum(1 for p in pages if p.id not in bodies)), len(pages)
        ),
    ]
