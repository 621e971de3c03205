"""Event coding on real wire leads (../shared/eval/events_news_dev.jsonl), as a user gets it.

Each item (id, title, text) goes through `newsgraph analyze FILE.jsonl -f jsonl`'s path
(`run_user_path`) and is scored by the rules of ../shared/eval/events_guidelines.md, exactly as
the reference scorer ../shared/eval/score_news_events.py does (the numbers must agree):

- tuples (source country, target country, CAMEO root) per item, the country being the first
  three letters of the actor code (`IGO` for organisations); a gold event matches any root of
  its `cameo` or `alt_cameo`, and a gold event with no target accepts any target;
- precision over the coder's distinct tuples (negated and hypothetical events are not
  claims); a tuple with an empty target is right when its source and root match a gold event
  (incomplete, not false); recall over gold tuples;
- root-only precision and recall drop the actors;
- actor_country: the share of gold `actors` whose country part the coder gives for that name;
- items_lost: items that came back with no article (they count as having found nothing).

Every metric is reported for the whole set (`precision`, ...) and for each half of the
diagnosis split (`precision_read`, `precision_held`): errors are read on the `read` half only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsgraph.evaluate import Score
from newsgraph.evaluate.halves import HALVES, half
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.registry import register
from newsgraph.settings import Settings

DATASET = "events_news"
FILE = "events_news_dev.jsonl"

Gold = tuple[str, str | None, frozenset[str]]
Tuple = tuple[str, str, str]


def _cc(code: object) -> str:
    return str(code or "").upper()[:3]


def gold_events(item: Mapping[str, Any]) -> list[Gold]:
    out: list[Gold] = []
    for e in item.get("events") or []:
        roots = frozenset(str(c)[:2] for c in [e["cameo"], *(e.get("alt_cameo") or [])])
        tgt = e.get("target")
        out.append((_cc((e.get("source") or {}).get("code")), _cc(tgt.get("code")) if tgt else None, roots))
    return out


def predicted_tuples(articles: Iterable[Mapping[str, Any]]) -> set[Tuple]:
    """The coder's claims: distinct tuples of events neither negated nor hypothetical."""
    out: set[Tuple] = set()
    for a in articles:
        for ev in a.get("events") or []:
            if ev.get("negated") or ev.get("hypothetical"):
                continue
            out.add((_cc(ev.get("source_code")), _cc(ev.get("target_code")), str(ev.get("cameo") or "")[:2]))
    return out


def _entity_names(articles: Iterable[Mapping[str, Any]]) -> list[tuple[set[str], str]]:
    ents: list[tuple[set[str], str]] = []
    for a in articles:
        for e in a.get("entities") or []:
            texts = {str(e.get("name") or "").lower()}
            texts |= {str(x).lower() for x in e.get("aliases") or []}
            texts |= {
                str(m.get("text") if isinstance(m, dict) else m).lower() for m in e.get("mentions") or []
            }
            ents.append((texts, _cc(e.get("code") or e.get("country"))))
    return ents


def _hit(p: Tuple, g: Gold) -> bool:
    return p[0] == g[0] and (g[1] is None or p[1] == g[1]) and p[2] in g[2]


def _fair(p: Tuple, g: Gold) -> bool:
    """A prediction with no target is incomplete, not false, when source and root match."""
    return _hit(p, g) or (p[1] == "" and p[0] == g[0] and p[2] in g[2])


@dataclass
class Counts:
    """Running sums over items; `rates` turns them into the reported metrics."""

    tp_p: int = 0
    n_p: int = 0
    tp_g: int = 0
    n_g: int = 0
    rtp_p: int = 0
    rn_p: int = 0
    rtp_g: int = 0
    rn_g: int = 0
    act_ok: int = 0
    act_n: int = 0
    lost: int = 0
    items: int = 0

    def add(self, item: Mapping[str, Any], articles: Sequence[Mapping[str, Any]]) -> None:
        self.items += 1
        self.lost += not articles
        gold, pred = gold_events(item), predicted_tuples(articles)
        self.n_p += len(pred)
        self.tp_p += sum(any(_fair(p, g) for g in gold) for p in pred)
        self.n_g += len(gold)
        self.tp_g += sum(any(_hit(p, g) for p in pred) for g in gold)
        proots, groots = {p[2] for p in pred}, [g[2] for g in gold]
        self.rn_p += len(proots)
        self.rtp_p += sum(any(r in g for g in groots) for r in proots)
        self.rn_g += len(groots)
        self.rtp_g += sum(bool(g & proots) for g in groots)
        ents = _entity_names(articles)
        for a in item.get("actors") or []:
            want = _cc(a.get("code"))
            if not want:
                continue
            self.act_n += 1
            t = str(a.get("text") or "").lower()
            got = [
                cc
                for texts, cc in ents
                if t in texts or any(t and (t in x or x in t) for x in texts if len(x) > 3)
            ]
            self.act_ok += bool(got) and got[0] == want

    def rates(self) -> dict[str, tuple[float, int]]:
        """metric -> (value, how many it is over), rounded as the reference scorer rounds."""

        def div(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0

        return {
            "precision": (div(self.tp_p, self.n_p), self.n_p),
            "recall": (div(self.tp_g, self.n_g), self.n_g),
            "root_precision": (div(self.rtp_p, self.rn_p), self.rn_p),
            "root_recall": (div(self.rtp_g, self.rn_g), self.rn_g),
            "actor_country": (div(self.act_ok, self.act_n), self.act_n),
            "items_lost": (float(self.lost), self.items),
        }


def read_items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_items(
    items: Sequence[Mapping[str, Any]], articles: Mapping[str, Sequence[Mapping[str, Any]]]
) -> dict[str, Counts]:
    """Counts for the whole set ("all") and for each half of the diagnosis split."""
    out: dict[str, Counts] = {"all": Counts(), **{h: Counts() for h in HALVES}}
    for item in items:
        arts = articles.get(str(item["id"]), [])
        out["all"].add(item, arts)
        out[half(str(item["id"]))].add(item, arts)
    return out


def score_events_news(
    eval_dir: Path, settings: Settings, errors: list[dict[str, Any]] | None = None
) -> list[Score]:
    items = read_items(eval_dir / FILE)
    run = run_user_path(
        ({"id": it["id"], "title": it["title"], "text": it["text"]} for it in items), settings
    )
    counts = score_items(items, run.articles)
    if errors is not None:
        for it in items:
            errors.append(
                {"id": it["id"], "half": half(str(it["id"])), "articles": run.articles.get(it["id"], [])}
            )
    out: list[Score] = []
    for part, c in counts.items():
        suffix = "" if part == "all" else f"_{part}"
        for metric, (value, n) in c.rates().items():
            out.append(Score("events", DATASET, metric + suffix, value, n))
    return out


@register("eval", "events_news")
def score(eval_dir: Path, settings: Settings) -> list[Score]:
    return score_events_news(eval_dir, settings)
