"""Score event coding on the PLOVER gold-standard sentences (../shared/eval/plover_dev.jsonl).

Each sentence goes through the user's path: the records (id, text, date) are written as
JSONL and read back by `newsgraph analyze FILE.jsonl -f jsonl` (`run_user_path`); a sentence
that comes back with no article is *lost* (`items_lost`) and counts as having coded nothing.
Every metric is also reported per half of the diagnosis split (`type_accuracy_read`,
`type_accuracy_held`, ...): errors are read on the `read` half only. Scoring:

- Labels: the set uses PLOVER's older labels; they are mapped to PLOVER 2.0 first
  (DISAPPROVE and INVESTIGATE -> ACCUSE, DEMAND -> REQUEST, FIGHT -> ASSAULT).
- Countries: actor codes are cut to their country part (first three letters: "HUNGOV" ->
  "HUN", "IGOUNO" -> "IGO"); the manual's old country codes are mapped to ISO 3166-1
  (JAP -> JPN, ...) through the country table; role-only codes ("NGO", "GOV") count as
  no country.
- Triples: (source country, target country, PLOVER type). A gold triple with an empty target
  accepts any predicted target, because PLOVER leaves the recipient empty for compound and
  reciprocal actors ("Hungarian and Romanian officials agreed") where newsgraph reports the
  two directed events HUN->ROU and ROU->HUN. Each gold triple is matched at most once, by
  as many predictions as it licenses (a reciprocal pair may match two gold triples); other
  predictions are false positives. Negated and hypothetical events are not predictions
  (the coder does not claim they happened).
- type_accuracy: a sentence is correct when its gold PLOVER type is among the types
  predicted for it (every sentence in this set has one gold type). type_exact: the predicted
  type set equals the gold type set (stricter; extra events count against it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph.data import read_tsv
from newsgraph.evaluate import Score, prf
from newsgraph.evaluate.halves import split
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.model import ActorRef, Analysis, Article, Event, Span
from newsgraph.pipeline import analyze_articles, load_resources
from newsgraph.registry import register
from newsgraph.settings import Settings

DATASET = "plover_dev"
OLD_LABELS = {"DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO manual country codes that differ from ISO 3166-1 alpha-3.
OLD_COUNTRIES = {
    "JAP": "JPN",
    "ITL": "ITA",
    "VTN": "VNM",
    "UAE": "ARE",
    "ROM": "ROU",
    "SUD": "SDN",
    "BUL": "BGR",
    "YUG": "SRB",
    "GMY": "DEU",
    "SPN": "ESP",
    "SWZ": "CHE",
    "GRE": "GRC",
    "UKG": "GBR",
    "TAW": "TWN",
    "BOS": "BIH",
    "CAM": "KHM",
    "LEB": "LBN",
    "MOR": "MAR",
    "PHI": "PHL",
    "SAF": "ZAF",
    "SIN": "SGP",
    "TAZ": "TZA",
    "ZAM": "ZMB",
    "ZIM": "ZWE",
}


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    date: dt.date | None
    expected: tuple[dict[str, Any], ...]


@dataclass
class Stages:
    """The production pipeline's language stages (`pipeline.analyze_articles`) over Articles
    already built: for tests of the event stage. The scorers go through `code_events`."""

    settings: Settings

    def events(self, articles: Sequence[Article]) -> Iterator[tuple[Article, tuple[Event, ...]]]:
        resources = load_resources(self.settings)
        for article, result in zip(
            articles, analyze_articles(list(articles), self.settings, resources), strict=True
        ):
            yield article, (result.events if isinstance(result, Analysis) else ())


def load_stages(settings: Settings) -> Stages:
    return Stages(settings)


def read_records(path: Path) -> list[Record]:
    out: list[Record] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        out.append(Record(raw["id"], raw["text"], _date(raw.get("date")), tuple(raw.get("expected") or ())))
    return out


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    digits = value.replace("-", "")
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def code_events(
    records: Sequence[Record], settings: Settings
) -> tuple[dict[str, tuple[Event, ...]], set[str]]:
    """Each record's events as `newsgraph analyze FILE.jsonl` reports them, and the ids of
    the records that came back with no article (lost)."""
    rows = ({"id": r.id, "text": r.text, **({"date": r.date.isoformat()} if r.date else {})} for r in records)
    run = run_user_path(rows, settings)
    coded = {
        r.id: tuple(event_from_row(e) for a in run.articles.get(r.id, []) for e in a.get("events") or [])
        for r in records
    }
    return coded, {r.id for r in records if not run.articles.get(r.id)}


def event_from_row(row: Mapping[str, Any]) -> Event:
    """The Event an `analyze -f jsonl` event row describes (the fields scorers read)."""

    def actor(prefix: str) -> ActorRef | None:
        code = str(row.get(f"{prefix}_code") or "")
        name = row.get(f"{prefix}_name")
        return ActorRef(name=str(name or ""), code=code) if code or name else None

    evidence = row.get("evidence") or {}
    return Event(
        source=actor("source"),
        target=actor("target"),
        cameo=str(row.get("cameo") or ""),
        plover=row.get("plover"),
        goldstein=float(row.get("goldstein") or 0.0),
        quad_class=int(row.get("quad_class") or 0),
        evidence=Span(int(evidence.get("start") or 0), int(evidence.get("end") or 0)),
        evidence_text=str(evidence.get("text") or ""),
        negated=bool(row.get("negated")),
        hypothetical=bool(row.get("hypothetical")),
        trigger=row.get("trigger"),
    )


def claimed(events: Iterable[Event]) -> list[Event]:
    """The events the coder says happened: neither negated nor hypothetical."""
    return [e for e in events if not e.negated and not e.hypothetical]


@lru_cache(maxsize=2)
def country_codes(eval_dir: Path) -> frozenset[str]:
    """ISO3 and CAMEO region codes from the reference country table (when present)."""
    table = eval_dir.parent / "reference" / "cameo" / "cameo_country_and_region_codes.tsv"
    if not table.is_file():
        return frozenset()
    return frozenset(row["CODE"] for row in read_tsv(table))


def country(code: str | None, known: frozenset[str] = frozenset()) -> str:
    """The country part of an actor code, ISO-normalised; "" when it names none."""
    if not code:
        return ""
    head = code[:3].upper()
    if head == "IGO":
        return "IGO"
    head = OLD_COUNTRIES.get(head, head)
    if known and head not in known:
        return ""
    if head in {
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "CVL",
        "NGO",
        "BUS",
        "MED",
        "JUD",
        "LEG",
        "COP",
        "IMG",
        "UAF",
        "SPY",
        "EDU",
        "LAB",
        "REF",
        "HLH",
        "ELI",
        "AGR",
        "CRM",
        "PTY",
        "ENV",
        "MNC",
        "NGM",
    }:
        return ""
    return head


Triple = tuple[str, str, str]


def match_triples(gold: Sequence[Triple], predicted: Sequence[Triple]) -> tuple[int, int, int]:
    """(tp, fp, fn): each gold triple matched once; an empty gold target accepts any target."""
    free = list(gold)
    tp = fp = 0
    for p in predicted:
        hit = next((g for g in free if g[0] == p[0] and g[2] == p[2] and g[1] in ("", p[1])), None)
        if hit is None:
            fp += 1
        else:
            free.remove(hit)
            tp += 1
    return tp, fp, len(free)


def predicted_triples(
    events: Iterable[Event], to_type: Callable[[Event], str | None], known: frozenset[str]
) -> list[Triple]:
    out: list[Triple] = []
    for e in events:
        kind = to_type(e)
        if e.negated or kind is None:
            continue
        triple = (
            country(e.source.code if e.source else "", known),
            country(e.target.code if e.target else "", known),
            kind,
        )
        if triple not in out:
            out.append(triple)
    return out


def score_plover(
    eval_dir: Path,
    settings: Settings,
    errors: list[dict[str, Any]] | None = None,
) -> list[Score]:
    records = read_records(eval_dir / "plover_dev.jsonl")
    known = country_codes(eval_dir)
    coded, lost_ids = code_events(records, settings)
    out: list[Score] = []
    for part, subset in parts(records).items():
        lost = sum(1 for r in subset if r.id in lost_ids)
        for s in _plover_scores(subset, coded, known, errors if part == "read" else None):
            out.append(Score(s.family, s.dataset, s.metric + suffix(part), s.value, s.n))
        out.append(Score("events", DATASET, "items_lost" + suffix(part), float(lost), len(subset)))
    return out


def parts(records: Sequence[Record]) -> dict[str, list[Record]]:
    """The whole set ("all") and the two halves of the diagnosis split."""
    halves = split(records, lambda r: r.id)
    return {"all": list(records), "read": halves["read"], "held": halves["held"]}


def suffix(part: str) -> str:
    return "" if part == "all" else f"_{part}"


def _plover_scores(
    records: Sequence[Record],
    coded: Mapping[str, tuple[Event, ...]],
    known: frozenset[str],
    errors: list[dict[str, Any]] | None,
) -> list[Score]:
    tp = fp = fn = 0
    type_hits = type_exact = 0
    for r in records:
        gold = [
            (country(g["source"], known), country(g["target"], known), OLD_LABELS.get(g["code"], g["code"]))
            for g in r.expected
        ]
        events = claimed(coded.get(r.id, ()))
        pred = predicted_triples(events, lambda e: e.plover, known)
        t, f, n = match_triples(gold, pred)
        tp, fp, fn = tp + t, fp + f, fn + n
        gold_types = {g[2] for g in gold}
        pred_types = {e.plover for e in events if e.plover}
        type_hits += bool(gold_types & pred_types)
        type_exact += gold_types == pred_types
        if errors is not None and (f or n):
            errors.append(
                {
                    "id": r.id,
                    "text": r.text,
                    "gold": gold,
                    "predicted": pred,
                    "events": [(e.cameo, e.trigger) for e in events],
                }
            )
    p, rec, f1 = prf(tp, fp, fn)
    n_sent = len(records)
    n_gold = sum(len(r.expected) for r in records)
    return [
        Score("events", DATASET, "triple_precision", p, tp + fp),
        Score("events", DATASET, "triple_recall", rec, n_gold),
        Score("events", DATASET, "triple_f1", f1, n_gold),
        Score("events", DATASET, "type_accuracy", type_hits / n_sent if n_sent else 0.0, n_sent),
        Score("events", DATASET, "type_exact", type_exact / n_sent if n_sent else 0.0, n_sent),
    ]


@register("eval", "plover")
def score(eval_dir: Path, settings: Settings) -> list[Score]:
    return score_plover(eval_dir, settings)
