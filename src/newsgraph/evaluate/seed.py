"""Score the whole pipeline on the seed page (../shared/seeds/000_…txt) against ../shared/eval/seed_expected.json.

The page is read as a user's file, by the same reader and pipeline as `newsgraph analyze FILE`: segmented, parsed and
run through every stage. An expected article that no article came out for is lost (`articles.items_lost`). The
matching follows ../shared/eval/README.md; each rule is a plain function so tests can reuse it:

- articles: predicted and expected articles pair up in order; an article matches when its title matches
  (whitespace-normalised). `fields` is the share of the expected article fields (published, agency, dateline,
  summary_count, body_paragraphs, body_starts_with, body_ends_with, caption_contains) that hold.
- actors: an expected actor is found when one entity's canonical name equals its name (case-insensitive, a
  leading "The" ignored) or lists it as an alias, with the expected country, role (any of a list), kind and title,
  and every stand-alone occurrence of each alias resolves to that entity. Recall is over expected actors; precision
  is over the entities that claim an expected name (a second entity claiming the same name, a split cluster, counts
  as wrong), because the expected list is not exhaustive.
- places: a place with the expected country within `tolerance_km`; precision over predicted places whose name is
  an expected place's name.
- quotes: a quote whose text contains the expected words, whose speaker's name contains the expected speaker, with
  every expected `via` source in its chain and the expected `direct` flag. Precision is over predicted quotes that
  contain some expected words: right when the speaker is (the same words can be quoted twice, with and without a
  reporting source, so `via` and `direct` count for recall only).
- events: source and target codes start with the expected ones, CAMEO code with one of the roots, and date, place,
  source and target names agree when given. Expected events are not exhaustive, so precision (predicted events that
  match some expected one) is a lower bound. `clean` is the share of articles with no forbidden event.
"""

from __future__ import annotations

import json
import math
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsgraph.evaluate import Score, prf
from newsgraph.extract.build import normalise_space
from newsgraph.model import Analysis, Article, Entity, Event, Place, Quote
from newsgraph.pipeline import analyze
from newsgraph.registry import register
from newsgraph.settings import Settings

DATASET = "seed"
SEED_NAME = "000_2952ecd4a817a783.txt"
Expected = dict[str, Any]
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _norm(text: str | None) -> str:
    out = normalise_space((text or "").translate(_QUOTES)).casefold()
    return out[4:] if out.startswith("the ") else out


def _any_of(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


# -- running the stages -----------------------------------------------------------------------------------------------
def analyse_seed(shared: Path, settings: Settings) -> tuple[Expected, list[Analysis]]:
    """The expected results and newsgraph's analyses of the seed page, taken the user's way: the
    page is a plain-text scraped dump, so it is written as a file and read by the same reader and
    pipeline that `newsgraph analyze FILE` runs (`pipeline.analyze`); nothing is assembled here.
    A failure leaves the page without articles, and every expected article counts as lost."""
    expected: Expected = json.loads((shared / "eval" / "seed_expected.json").read_text(encoding="utf-8"))
    analyses: list[Analysis] = []
    with tempfile.TemporaryDirectory(prefix="newsgraph-eval-") as tmp:
        path = Path(tmp) / SEED_NAME
        path.write_bytes((shared / "seeds" / SEED_NAME).read_bytes())
        for item in analyze([str(path)], settings):
            if isinstance(item, Analysis):
                analyses.append(item)
    expected["_families"] = ["actors", "articles", "events", "places", "quotes"]
    return expected, analyses


# -- articles -----------------------------------------------------------------------------------------------------------
def article_field_checks(want: Expected, got: Article) -> dict[str, bool]:
    body = got.body
    checks: dict[str, bool] = {}
    published = got.published.isoformat()[:10] if got.published is not None else None
    checks["published"] = published == want.get("published")
    for key in ("agency", "dateline"):
        value = getattr(got, key)
        checks[key] = (value or "").casefold() == (want.get(key) or "").casefold()
    if "summary_count" in want:
        checks["summary_count"] = len(got.summary) == want["summary_count"]
    if "body_paragraphs" in want:
        checks["body_paragraphs"] = len(got.paragraphs) == want["body_paragraphs"]
    if "body_starts_with" in want:
        checks["body_starts_with"] = _norm(body).startswith(_norm(want["body_starts_with"]))
    if "body_ends_with" in want:
        checks["body_ends_with"] = _norm(body).endswith(_norm(want["body_ends_with"]))
    if "caption_contains" in want:
        checks["caption_contains"] = _norm(want["caption_contains"]) in _norm(got.caption)
    return checks


def pair_articles(expected: Expected, analyses: Sequence[Analysis]) -> list[tuple[Expected, Analysis | None]]:
    """Expected articles with the analysis of the same title, in order (None when missing)."""
    out: list[tuple[Expected, Analysis | None]] = []
    for want in expected["articles"]:
        got = next((a for a in analyses if _norm(a.article.title) == _norm(want["title"])), None)
        out.append((want, got))
    return out


# -- actors -------------------------------------------------------------------------------------------------------------
def _names(entity: Entity) -> set[str]:
    return {_norm(entity.name), *(_norm(a) for a in entity.aliases)}


def claims(entity: Entity, want: Expected) -> bool:
    return _norm(want["name"]) in _names(entity)


def actor_problems(want: Expected, analysis: Analysis) -> list[str]:
    """Why an expected actor is not (fully) found in the analysis; [] when it is."""
    found = [e for e in analysis.entities if claims(e, want)]
    if not found:
        return [f"{want['name']}: no entity"]
    e = max(found, key=lambda x: len(x.mentions))
    problems = []
    if "country" in want and (e.country or "") != (want["country"] or ""):
        problems.append(f"{want['name']}: country {e.country!r} != {want['country']!r}")
    if "role" in want and (e.role or "") not in _any_of(want["role"]):
        problems.append(f"{want['name']}: role {e.role!r} not in {_any_of(want['role'])}")
    if "kind" in want and e.kind != want["kind"]:
        problems.append(f"{want['name']}: kind {e.kind!r} != {want['kind']!r}")
    if "title" in want and _norm(e.title) != _norm(want["title"]):
        problems.append(f"{want['name']}: title {e.title!r} != {want['title']!r}")
    problems += _alias_problems(want, e, analysis)
    return problems


def _alias_problems(want: Expected, entity: Entity, analysis: Analysis) -> list[str]:
    """Every stand-alone occurrence of an alias must be a mention of the entity. An occurrence inside a longer
    mention of another entity ("Trump" in "Trump administration") is that other entity's and does not count."""
    text = analysis.article.text[: analysis.article.analysis_end]
    own = {(m.start, m.end) for m in entity.mentions}
    others = [(m.start, m.end) for e in analysis.entities if e.id != entity.id for m in e.mentions]
    problems = []
    for alias in want.get("aliases", []):
        for hit in re.finditer(rf"\b{re.escape(alias)}\b", text):
            s, t = hit.span()
            if any(a <= s and t <= b for a, b in own):
                continue
            if any(a <= s and t <= b and b - a > t - s for a, b in others):
                continue
            problems.append(f"{want['name']}: {alias!r} at {s} is not resolved to it")
    return problems


def actor_failures(expected: Expected, analyses: Sequence[Analysis]) -> list[str]:
    """All problems with the expected actors of every seed article (for tests: [] means all hold)."""
    out: list[str] = []
    for want, got in pair_articles(expected, analyses):
        for actor in want.get("actors", []):
            out += (
                [f"[{want['title'][:30]}] {p}" for p in actor_problems(actor, got)]
                if got
                else ["article missing"]
            )
    return out


# -- places -------------------------------------------------------------------------------------------------------------
def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def place_matches(want: Expected, place: Place) -> bool:
    if place.lat is None or place.lon is None or place.country != want["country"]:
        return False
    return km(place.lat, place.lon, float(want["lat"]), float(want["lon"])) <= float(want["tolerance_km"])


# -- quotes -------------------------------------------------------------------------------------------------------------
def quote_touches(want: Expected, quote: Quote) -> bool:
    return _norm(want["contains"]) in _norm(quote.text)


def quote_speaker_right(want: Expected, quote: Quote) -> bool:
    """The words and the speaker agree. Precision uses this: the same words may be quoted twice in an article,
    once through a reporting source and once not, and only one of the two carries the expected `via`."""
    return (
        quote_touches(want, quote)
        and quote.speaker is not None
        and _norm(want["speaker"]) in _norm(quote.speaker.name)
    )


def quote_matches(want: Expected, quote: Quote) -> bool:
    if not quote_touches(want, quote) or quote.speaker is None:
        return False
    if _norm(want["speaker"]) not in _norm(quote.speaker.name):
        return False
    for source in want.get("via", []):
        if not any(_norm(source) in _norm(v.name) for v in quote.via):
            return False
    return not ("direct" in want and quote.direct != want["direct"])


# -- events -------------------------------------------------------------------------------------------------------------
def event_matches(want: Expected, event: Event) -> bool:
    source = event.source.code if event.source else ""
    target = event.target.code if event.target else ""
    if not source.startswith(want["source"]) or not target.startswith(want.get("target", "")):
        return False
    if not any(event.cameo.startswith(root) for root in _any_of(want["root"])):
        return False
    if "date" in want and not (event.date or "").startswith(want["date"]):
        return False
    if "place" in want and (event.place is None or _norm(event.place.name) != _norm(want["place"])):
        return False
    if "source_name" in want and (
        event.source is None or _norm(want["source_name"]) not in _norm(event.source.name)
    ):
        return False
    return not (
        "target_name" in want
        and (event.target is None or _norm(want["target_name"]) not in _norm(event.target.name))
    )


def forbidden(want: Expected, event: Event) -> bool:
    return any(
        event.cameo.startswith(root)
        for rule in want.get("forbidden_events", [])
        for root in _any_of(rule["root"])
    )


# -- scores -------------------------------------------------------------------------------------------------------------
def _rows(family: str, tp: int, fp: int, fn: int, n: int) -> list[Score]:
    p, r, f = prf(tp, fp, fn)
    return [Score(family, DATASET, m, v, n) for m, v in (("precision", p), ("recall", r), ("f1", f))]


def score_seed(expected: Expected, analyses: Sequence[Analysis]) -> list[Score]:
    families = set(expected.get("_families", ["articles", "actors", "places", "quotes", "events"]))
    pairs = pair_articles(expected, analyses)
    scores: list[Score] = []
    matched = sum(1 for _, got in pairs if got is not None)
    scores += _rows("articles", matched, len(analyses) - matched, len(pairs) - matched, len(pairs))
    checks = [ok for want, got in pairs if got for ok in article_field_checks(want, got.article).values()]
    scores.append(
        Score("articles", DATASET, "fields", sum(checks) / len(checks) if checks else 0.0, len(checks))
    )
    # The seed's items are its expected articles: one that no article came out for is lost.
    scores.append(Score("articles", DATASET, "items_lost", float(len(pairs) - matched), len(pairs)))

    counts = {f: [0, 0, 0] for f in ("actors", "places", "quotes", "events")}
    clean: list[bool] = []
    for want, got in pairs:
        actors, places, quotes, events = (
            want.get("actors", []),
            want.get("places", []),
            want.get("quotes", []),
            want.get("events", []),
        )
        if got is None:
            for fam, items in (
                ("actors", actors),
                ("places", places),
                ("quotes", quotes),
                ("events", events),
            ):
                counts[fam][2] += len(items)
            continue
        found = sum(1 for a in actors if not actor_problems(a, got))
        claimants = [(a, e) for a in actors for e in got.entities if claims(e, a)]
        good = sum(1 for a, e in claimants if not actor_problems(a, _only(got, e)))
        counts["actors"] = _add(counts["actors"], good, len(claimants) - good, len(actors) - found)

        found = sum(1 for w in places if any(place_matches(w, p) for p in got.places))
        named = [p for p in got.places if any(_norm(p.name) == _norm(w["name"]) for w in places)]
        good = sum(1 for p in named if any(place_matches(w, p) for w in places))
        counts["places"] = _add(counts["places"], good, len(named) - good, len(places) - found)

        found = sum(1 for w in quotes if any(quote_matches(w, q) for q in got.quotes))
        touching = [q for q in got.quotes if any(quote_touches(w, q) for w in quotes)]
        good = sum(1 for q in touching if any(quote_speaker_right(w, q) for w in quotes))
        counts["quotes"] = _add(counts["quotes"], good, len(touching) - good, len(quotes) - found)

        found = sum(1 for w in events if any(event_matches(w, e) for e in got.events))
        good = sum(1 for e in got.events if any(event_matches(w, e) for w in events))
        counts["events"] = _add(counts["events"], good, len(got.events) - good, len(events) - found)
        clean.append(not any(forbidden(want, e) for e in got.events))

    for fam in ("actors", "places", "quotes", "events"):
        if fam in families:
            n = sum(len(w.get(fam, [])) for w, _ in pairs)
            tp, fp, fn = counts[fam]
            scores += _rows(fam, tp, fp, fn, n)
    if "events" in families and clean:
        scores.append(Score("events", DATASET, "clean", sum(clean) / len(clean), len(clean)))
    return scores


def _add(acc: list[int], tp: int, fp: int, fn: int) -> list[int]:
    return [acc[0] + tp, acc[1] + fp, acc[2] + fn]


def _only(analysis: Analysis, entity: Entity) -> Analysis:
    """The analysis as if `entity` were the only one claiming its names (to judge one claimant of a split)."""
    others = tuple(e for e in analysis.entities if e.id == entity.id or not (_names(e) & _names(entity)))
    return Analysis(
        analysis.article, others, analysis.dates, analysis.places, analysis.quotes, analysis.events
    )


@register("eval", "seed")
def score(eval_dir: Path, settings: Settings) -> list[Score]:
    expected, analyses = analyse_seed(eval_dir.parent, settings)
    return score_seed(expected, analyses)
