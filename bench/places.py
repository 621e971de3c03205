"""The places stage: accuracy on our own wire sentences, its load time and its cost per article.

Accuracy: every case of tests/understand/place_cases.py (sentences written for newsgraph, one
group per rule: countries, adjectives, divisions, counties, small towns, qualifiers, "X in Y",
context, dateline, population, longest name, people, captions) becomes an Article (the case's
dateline and caption in their fields) and goes through `pipeline.analyze_articles`, the code
`newsgraph analyze` runs after extraction. A gold toponym is found when a reported place
overlaps its span; it is accurate when the reported point lies within 161 km of the gold one.

Cost: the gazetteer's load time and the RSS it adds in a fresh process (the table already
built), and `find_places` alone per article over the same cases (best of three passes).

    python bench/places.py [--write]

`--write` replaces the "## Places" section of docs/accuracy.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time

from common import ROOT, replace_section

sys.path.insert(0, str(ROOT))

from tests.understand.place_cases import CASES, Found, Plain, plain, score

from newsgraph.extract.build import build_article
from newsgraph.model import Analysis, Article
from newsgraph.pipeline import analyze_articles, load_resources
from newsgraph.settings import Settings

_LOAD = (
    "import resource, time; r0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss; t = time.perf_counter();"
    "from newsgraph.understand.geo_gazetteer import build_gazetteer; g = build_gazetteer(); g.lookup('Paris');"
    "print(time.perf_counter() - t, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - r0) / 1024)"
)


def _article(p: Plain) -> Article:
    return build_article(
        source="case",
        title=None,
        paragraphs=[p.body],
        caption=p.caption,
        dateline=p.dateline,
        published=dt.date(2025, 8, 20),
        date_precision="day",
        language="en",  # one-sentence cases are too short for language detection
    )


def _found(article: Article, analysis: Analysis, p: Plain) -> list[Found]:
    body = article.text.index(p.body)
    caption = article.text.rindex(p.caption) if p.caption else -1
    out: list[Found] = []
    for place in analysis.places:
        if caption >= 0 and place.start >= caption:
            out.append(("caption", place.start - caption, place.end - caption, place.lat, place.lon))
        else:
            out.append(("body", place.start - body, place.end - body, place.lat, place.lon))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="update docs/accuracy.md")
    args = parser.parse_args()
    load = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True)
    load_s, load_mb = (float(x) for x in load.stdout.split())
    settings = Settings()
    resources = load_resources(settings)
    plains = [plain(c) for c in CASES]
    articles = [_article(p) for p in plains]
    analyses = analyze_articles(articles, settings, resources)
    by_case = {id(p): (a, r) for p, a, r in zip(plains, articles, analyses, strict=True)}

    def run(p: Plain) -> list[Found]:
        article, analysis = by_case[id(p)]
        assert isinstance(analysis, Analysis)
        return _found(article, analysis, p)

    # `score` calls plain() itself; map its Plain back to ours by position.
    order = iter(plains)
    result = score(CASES, lambda _p: run(next(order)))
    cost = _stage_cost(articles, resources)
    lines = [
        "## Places",
        "",
        f"Our own wire sentences (tests/understand/place_cases.py: {len(CASES)} cases, {result.gold} gold "
        "toponyms, one group per rule), through `pipeline.analyze_articles` as `newsgraph analyze` runs it:",
        "",
        "| toponym recall | accuracy within 161 km | precision |",
        "|---|---|---|",
        f"| {result.recall:.3f} ({result.found}/{result.gold}) | {result.accuracy:.3f} ({result.close}/{result.found})"
        f" | {result.precision:.3f} ({result.predicted - result.spurious}/{result.predicted}) |",
        "",
        f"Gazetteer load in a fresh process (table built): {load_s:.2f} s, +{load_mb:.0f} MB RSS; "
        f"`find_places` {cost:.2f} ms per article over these cases.",
        "",
        "Command: `python bench/places.py --write`.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        replace_section(ROOT / "docs" / "accuracy.md", "Places", text)


def _stage_cost(articles: list[Article], resources: object) -> float:
    from newsgraph.pipeline import Resources
    from newsgraph.understand.actors import code_actors
    from newsgraph.understand.entities import find_entities
    from newsgraph.understand.places import find_places

    assert isinstance(resources, Resources)
    prepared = []
    for article in articles:
        doc = resources.nlp(article.text[: article.analysis_end])
        entities = code_actors(
            article, doc, find_entities(article, doc, resources.dictionary), resources.dictionary
        )
        prepared.append((article, doc, entities))
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for article, doc, entities in prepared:
            find_places(article, doc, entities, resources.gazetteer)
        best = min(best, time.perf_counter() - start)
    return 1000 * best / len(prepared)


if __name__ == "__main__":
    main()
