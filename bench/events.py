"""What event coding costs beside the stages it needs: extract + parse + entities.

Corpus: the same recombined articles `bench.understand` builds from examples/*.txt and the seed
page. The articles are extracted, parsed and run through entities/actors, time and places once;
then on the same parsed Docs:

- extract:   `segment_text` over the raw files, seconds per article;
- parse:     `newsgraph.parse.parse` (model + gazetteer ruler), seconds per article;
- entities:  `find_entities` + `code_actors`, seconds per article;
- events:    `find_events` (given the entities, dates and places already found), seconds per article.

Each timing is the best of `--repeat` passes after one warm-up (the machine is shared), CPU time
of this process. The acceptance bar: events add at most 15% to extract + parse + entities.

    python -m bench.events [--articles 120] [--repeat 3] [--shared ../shared] [--write]

`--write` replaces the "## Event coding" section of docs/benchmarks.md with the result and command.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import BENCHMARKS, replace_section
from bench.understand import corpus, raw_documents
from newsgraph.extract.segment import segment_text
from newsgraph.parse.nlp import load_nlp, parse
from newsgraph.settings import Settings
from newsgraph.understand.actors.coding import code_actors
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.actors.entities import find_entities
from newsgraph.understand.actors.ruler import gazetteer_patterns
from newsgraph.understand.events.codebook import load_codebook
from newsgraph.understand.events.find import find_events
from newsgraph.understand.places.find import find_places, load_gazetteer
from newsgraph.understand.time.resolve import find_dates

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Event coding"


def cpu_best(run: Callable[[], int], repeat: int) -> float:
    """CPU seconds per item, best of `repeat` passes after a warm-up."""
    run()
    best = float("inf")
    for _ in range(repeat):
        c0 = time.process_time()
        n = run()
        best = min(best, (time.process_time() - c0) / max(n, 1))
    return best


def measure(shared: Path, wanted: int, repeat: int) -> dict[str, Any]:
    settings = Settings()
    documents = raw_documents(shared)
    articles = corpus(documents, settings, wanted)
    dictionary = load_actor_dictionary(settings)
    nlp = load_nlp(settings, gazetteer_patterns(settings))
    book = load_codebook(settings)
    gazetteer = load_gazetteer()

    # Seconds per extracted article: the run returns how many articles the raw files held.
    extract = cpu_best(lambda: sum(len(segment_text(d, settings)) for d in documents), repeat)

    parsed = list(parse(articles, nlp, settings.batch_size))
    parse_cost = cpu_best(lambda: sum(1 for _ in parse(articles, nlp, settings.batch_size)), repeat)

    def run_entities() -> int:
        for article, doc in parsed:
            code_actors(article, doc, find_entities(article, doc, dictionary), dictionary)
        return len(parsed)

    entities_cost = cpu_best(run_entities, repeat)
    found = []
    for article, doc in parsed:
        ents = code_actors(article, doc, find_entities(article, doc, dictionary), dictionary)
        found.append(
            (article, doc, ents, find_dates(article, doc), find_places(article, doc, ents, gazetteer))
        )

    def run_events() -> int:
        n = 0
        for article, doc, ents, dates, places in found:
            n += len(find_events(article, doc, ents, dates, places, (), book, dictionary))
        run_events.events = n  # type: ignore[attr-defined]
        return len(found)

    events_cost = cpu_best(run_events, repeat)
    base = extract + parse_cost + entities_cost
    return {
        "articles": len(articles),
        "events": getattr(run_events, "events", 0),
        "extract": extract,
        "parse": parse_cost,
        "entities": entities_cost,
        "events_cost": events_cost,
        "base": base,
        "share": events_cost / base,
    }


def render(r: dict[str, Any], command: str) -> str:
    def rate(seconds: float) -> str:
        return f"{1 / seconds:,.0f}" if seconds else "-"

    lines = [
        SECTION,
        "",
        "What `find_events` costs beside the stages it depends on, on the same parsed Docs "
        f"({r['articles']} recombined example/seed articles, {r['events']} events coded per pass). "
        "CPU time of this process, best of the timed passes after a warm-up.",
        "",
        "Command (from the project root):",
        "",
        f"    {command}",
        "",
        f"Machine: 2 shared cores, CPython {platform.python_version()}.",
        "",
        "| stage | ms / article (CPU) | articles / s (CPU) |",
        "|---|---|---|",
        f"| extract (`segment_text`) | {r['extract'] * 1000:.2f} | {rate(r['extract'])} |",
        f"| parse (model + gazetteer ruler) | {r['parse'] * 1000:.2f} | {rate(r['parse'])} |",
        f"| entities + actors | {r['entities'] * 1000:.2f} | {rate(r['entities'])} |",
        f"| **extract + parse + entities** | {r['base'] * 1000:.2f} | {rate(r['base'])} |",
        f"| events (`find_events`) | {r['events_cost'] * 1000:.2f} | {rate(r['events_cost'])} |",
        f"| extract + parse + entities + events | {(r['base'] + r['events_cost']) * 1000:.2f} | "
        f"{rate(r['base'] + r['events_cost'])} |",
        "",
        f"Event coding adds **{r['share'] * 100:.1f}%** to extract + parse + entities (bar: at most 15%).",
        "",
    ]
    return "\n".join(lines)


def write_section(text: str) -> None:
    replace_section(BENCHMARKS, SECTION.removeprefix("## "), text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=120)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    result = measure(args.shared, args.articles, args.repeat)
    command = f"python -m bench.events --articles {args.articles} --repeat {args.repeat}" + (
        " --write" if args.write else ""
    )
    text = render(result, command)
    print(text)
    if args.write:
        write_section(text)


if __name__ == "__main__":
    main()
