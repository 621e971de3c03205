"""Cost of the quote stage beside the parse it reads.

Two corpora, both parsed once with newsgraph's pipeline (model + gazetteer ruler), the
entity and actor stages run once, untimed, so find_quotes sees what the pipeline gives it:

- news: every English article `segment_text` extracts from examples/*.txt and the seed page,
  repeated with rotated paragraphs until there are `--articles` of them;
- quote-dense: the 148 PolNeAR dev paragraphs of ../shared/eval/quotes_dev.jsonl, nearly all
  of which hold attributions (a worst case for this stage).

Timed, best of `--repeat` passes after a warm-up (CPU time of this process; the machine is
shared): the parse (`newsgraph.parse.parse`) and `find_quotes` over the parsed documents.
The acceptance bar: quotes add at most 10% to the parse's CPU time.

    python -m bench.quotes [--articles 240] [--repeat 3] [--shared ../shared] [--write]

`--write` replaces the "## Quotes" section of docs/benchmarks.md with the result and the command.
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable, Sequence
from importlib.metadata import version
from pathlib import Path
from typing import Any

from bench.common import BENCHMARKS, replace_section
from newsgraph.extract.build import build_article
from newsgraph.extract.segment import segment_text
from newsgraph.model import Article, Block, Entity, RawDocument
from newsgraph.parse.nlp import load_nlp, parse
from newsgraph.settings import Settings
from newsgraph.understand.quotes.find import find_quotes
from newsgraph.understand.quotes.lexicon import load_quote_cues

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Quotes"
BAR = 0.10


def news_corpus(shared: Path, settings: Settings, wanted: int) -> list[Article]:
    paths = sorted((ROOT / "examples").glob("*.txt")) + sorted((shared / "seeds").glob("*.txt"))
    docs = [RawDocument(uri=str(p), content=p.read_bytes(), content_type="text/plain") for p in paths]
    base = [a for d in docs for a in segment_text(d, settings) if a.language in (None, "en") and a.paragraphs]
    if not base:
        raise SystemExit("no English articles in examples/ or the seed page")
    out: list[Article] = []
    turn = 0
    while len(out) < wanted:
        for a in base:
            paras = list(a.paragraphs)
            k = turn % len(paras)
            out.append(
                build_article(source=f"{a.source}#v{turn}", title=a.title, paragraphs=paras[k:] + paras[:k])
            )
        turn += 1
    return out[:wanted]


def dense_corpus(shared: Path) -> list[Article]:
    path = shared / "eval" / "quotes_dev.jsonl"
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text = row["text"]
        out.append(
            Article(id=row["id"], source=row["id"], text=text, blocks=(Block("paragraph", 0, len(text)),))
        )
    return out


def entity_stage(settings: Settings) -> Callable[[Article, Any], tuple[Entity, ...]]:
    try:
        from newsgraph.understand.actors.coding import code_actors
        from newsgraph.understand.actors.dictionary import load_actor_dictionary
        from newsgraph.understand.actors.entities import find_entities
    except ImportError:
        return lambda article, doc: ()
    dictionary = load_actor_dictionary(settings)
    return lambda article, doc: tuple(
        code_actors(article, doc, find_entities(article, doc, dictionary), dictionary)
    )


def best_cpu(run: Callable[[], None], repeat: int) -> float:
    """Fewest CPU seconds over `repeat` passes, after one untimed warm-up pass."""
    run()
    fastest = float("inf")
    for _ in range(repeat):
        c0 = time.process_time()
        run()
        fastest = min(fastest, time.process_time() - c0)
    return fastest


def measure(label: str, articles: list[Article], nlp: Any, settings: Settings, repeat: int) -> dict[str, Any]:
    entities_of = entity_stage(settings)
    cues = load_quote_cues()
    parsed = list(parse(articles, nlp, settings.batch_size))
    inputs = [(a, d, entities_of(a, d)) for a, d in parsed]
    found = [0]

    def run_parse() -> None:
        for _ in parse(articles, nlp, settings.batch_size):
            pass

    def run_quotes() -> None:
        found[0] = sum(len(find_quotes(a, d, e, cues)) for a, d, e in inputs)

    parse_s = best_cpu(run_parse, repeat)
    quotes_s = best_cpu(run_quotes, repeat)
    words = sum(len(a.text.split()) for a in articles)
    return {
        "label": label,
        "articles": len(articles),
        "words": words,
        "parse_ms": parse_s * 1000 / len(articles),
        "quotes_ms": quotes_s * 1000 / len(articles),
        "share": quotes_s / parse_s,
        "quotes": found[0],
    }


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=240)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true", help="write the result to docs/benchmarks.md")
    args = ap.parse_args(argv)

    settings = Settings()
    try:
        from newsgraph.understand.actors.ruler import gazetteer_patterns

        patterns = gazetteer_patterns(settings)
    except ImportError:
        patterns = []
    nlp = load_nlp(settings, patterns)
    results = [
        measure(
            "news (examples + seed)",
            news_corpus(args.shared, settings, args.articles),
            nlp,
            settings,
            args.repeat,
        )
    ]
    dense = dense_corpus(args.shared)
    if dense:
        results.append(measure("quote-dense (PolNeAR dev)", dense, nlp, settings, args.repeat))
    worst = max(r["share"] for r in results)
    lines = [
        SECTION,
        "",
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()} ({platform.python_version()}, spaCy "
        f"{version('spacy')}, model {settings.model}), one process, CPU time, best of {args.repeat} passes after "
        "a warm-up. find_quotes runs on documents parsed once, with the entity and actor stages' output, as in "
        "the pipeline.",
        "",
        f"    python -m bench.quotes --articles {args.articles} --repeat {args.repeat} --write",
        "",
        "| corpus | articles | words/article | parse ms/article | find_quotes ms/article | quotes/parse | quotes found |",
        "|---|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {r['label']} | {r['articles']} | {r['words'] / r['articles']:.0f} | {r['parse_ms']:.2f} | "
            f"{r['quotes_ms']:.2f} | {r['share'] * 100:.1f}% | {r['quotes']} |"
            for r in results
        ),
        "",
        f"Acceptance: quotes add at most {BAR * 100:.0f}% to the parse's CPU time; worst corpus "
        f"{worst * 100:.1f}%: {'PASS' if worst <= BAR else 'FAIL'}.",
        "",
    ]
    report = "\n".join(lines)
    print(report)
    if args.write:
        replace_section(BENCHMARKS, SECTION.removeprefix("## "), report)
    return 0 if worst <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
