"""Agreement with PETRARCH2 on its validation sentences (../shared/eval/petrarch2_gsr.jsonl).

These codings are another coder's output, not human gold, so the scores are agreement rates,
not accuracy. Each sentence goes through the user's path as in the PLOVER scorer (plover.py:
`newsgraph analyze FILE.jsonl`), lost sentences are counted (`items_lost`), and every rate is
also given per half of the diagnosis split (`root_agreement_read`, `root_agreement_held`).
For every event PETRARCH2 coded:

- root_agreement: newsgraph coded an event with the same CAMEO root in that sentence;
- code_agreement: ... with the same full CAMEO code;
- source_agreement: ... with the same root and the same source country;
- dyad_agreement: ... with the same root, source country and target country.

Each newsgraph event can account for one PETRARCH2 event only. Two more rates show the other
direction: precision_root (share of newsgraph's events whose root PETRARCH2 also coded in
that sentence) and no_event_agreement (share of the sentences PETRARCH2 coded nothing in
where newsgraph also coded nothing). Negated and hypothetical events are not counted as coded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from newsgraph.evaluate import Score
from newsgraph.evaluate.plover import (
    Record,
    claimed,
    code_events,
    country,
    country_codes,
    parts,
    read_records,
    suffix,
)
from newsgraph.model import Event
from newsgraph.registry import register
from newsgraph.settings import Settings

DATASET = "petrarch2_gsr"

Key = Callable[[dict[str, Any], Event, frozenset[str]], bool]


def _root(g: dict[str, Any], e: Event, known: frozenset[str]) -> bool:
    return e.cameo[:2] == str(g["code"])[:2]


def _code(g: dict[str, Any], e: Event, known: frozenset[str]) -> bool:
    return e.cameo == str(g["code"])


def _source(g: dict[str, Any], e: Event, known: frozenset[str]) -> bool:
    return _root(g, e, known) and country(g.get("source"), known) == country(
        e.source.code if e.source else "", known
    )


def _dyad(g: dict[str, Any], e: Event, known: frozenset[str]) -> bool:
    return _source(g, e, known) and country(g.get("target"), known) == country(
        e.target.code if e.target else "", known
    )


def agreement(
    gold: Sequence[dict[str, Any]], events: Sequence[Event], same: Key, known: frozenset[str]
) -> int:
    """How many gold events some still-unused predicted event agrees with."""
    free = list(events)
    hits = 0
    for g in gold:
        hit = next((e for e in free if same(g, e, known)), None)
        if hit is not None:
            free.remove(hit)
            hits += 1
    return hits


def score_petrarch(
    eval_dir: Path,
    settings: Settings,
    errors: list[dict[str, Any]] | None = None,
) -> list[Score]:
    records = read_records(eval_dir / "petrarch2_gsr.jsonl")
    known = country_codes(eval_dir)
    coded, lost_ids = code_events(records, settings)
    out: list[Score] = []
    for part, subset in parts(records).items():
        for s in _agreement_scores(subset, coded, known, errors if part == "read" else None):
            out.append(Score(s.family, s.dataset, s.metric + suffix(part), s.value, s.n))
        lost = sum(1 for r in subset if r.id in lost_ids)
        out.append(Score("events", DATASET, "items_lost" + suffix(part), float(lost), len(subset)))
    return out


def _agreement_scores(
    records: Sequence[Record],
    coded: Mapping[str, tuple[Event, ...]],
    known: frozenset[str],
    errors: list[dict[str, Any]] | None,
) -> list[Score]:
    totals = {"root": 0, "code": 0, "source": 0, "dyad": 0}
    keys: dict[str, Key] = {"root": _root, "code": _code, "source": _source, "dyad": _dyad}
    n_gold = n_pred = pred_root_hits = empty = empty_agree = 0
    for r in records:
        events = claimed(coded.get(r.id, ()))
        gold = list(r.expected)
        if not gold:
            empty += 1
            empty_agree += not events
        n_gold += len(gold)
        for name, key in keys.items():
            totals[name] += agreement(gold, events, key, known)
        n_pred += len(events)
        pred_root_hits += sum(any(e.cameo[:2] == str(g["code"])[:2] for g in gold) for e in events)
        if errors is not None:
            errors.append(
                {
                    "id": r.id,
                    "text": r.text,
                    "gold": gold,
                    "predicted": [
                        (
                            e.source.code if e.source else "",
                            e.target.code if e.target else "",
                            e.cameo,
                            e.trigger,
                        )
                        for e in events
                    ],
                }
            )
    out = [
        Score("events", DATASET, f"{name}_agreement", hits / n_gold if n_gold else 0.0, n_gold)
        for name, hits in totals.items()
    ]
    out.append(Score("events", DATASET, "precision_root", pred_root_hits / n_pred if n_pred else 0.0, n_pred))
    out.append(Score("events", DATASET, "no_event_agreement", empty_agree / empty if empty else 0.0, empty))
    return out


@register("eval", "petrarch")
def score(eval_dir: Path, settings: Settings) -> list[Score]:
    return score_petrarch(eval_dir, settings)
