"""What the blind sets of wire leads with gold actors and events share (`test_wire_nodl.py` and the 2004 sets):
the lead record, one run of every lead through the user's path, and how a lead's actors and events are judged
and scored."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from newsgraph.evaluate.actors_news import first_match
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings
from tests.known_misses import known_miss
from tests.understand.events.test_wire_blind import Case, Tuple, claims, gold_tuples, judge


@dataclass(frozen=True)
class Lead:
    """One lead: its actors as "text=CODE" (checked on the country, as the guidelines' scorer does, with
    `first_match`; an empty code means the actor is found and given no country) and its gold events in the
    format of the event blind sets (`tests/understand/events/test_wire_blind.py`)."""

    id: str
    title: str
    text: str
    actors: tuple[str, ...]
    gold: tuple[str, ...] = ()
    ok: tuple[str, ...] = ()
    kind: str = "lead"


class LeadSet:
    """A set of leads, run once through the user's path with no date, as the dev set comes."""

    def __init__(self, leads: tuple[Lead, ...]) -> None:
        self.leads = leads

    @cached_property
    def analysed(self) -> dict[str, list[dict[str, Any]]]:
        run = run_user_path([{"id": x.id, "title": x.title, "text": x.text} for x in self.leads], Settings())
        return {x.id: run.articles.get(x.id, []) for x in self.leads}

    def entities(self, lead_id: str) -> list[dict[str, Any]]:
        return [e for a in self.analysed[lead_id] for e in a.get("entities") or []]

    def events(self, lead_id: str) -> list[dict[str, Any]]:
        return [e for a in self.analysed[lead_id] for e in a.get("events") or []]

    def actor_right(self, lead_id: str, spec: str) -> bool:
        """Whether the actor `spec` is coded with its gold country, or found with none when gold has none."""
        name, gold = spec.split("=")
        found = first_match(self.entities(lead_id), name)
        if found is None:
            return False
        if not gold:
            return not found.get("country")
        return str(found.get("code") or found.get("country") or "")[:3] == gold[:3]

    def coded(self, lead_id: str) -> set[Tuple]:
        return claims(self.events(lead_id))

    def disagreements(self, lead_id: str) -> int:
        """Event slots whose code's country is not that of the entity the slot names: one actor, two codes."""
        by_id = {e["id"]: e for e in self.entities(lead_id)}
        n = 0
        for event in self.events(lead_id):
            for slot in ("source", "target"):
                entity = by_id.get(event.get(f"{slot}_entity_id") or "")
                n += entity is not None and str(entity.get("country") or "") != str(event.get(f"{slot}_country") or "")
        return n

    def actor_params(self, misses: dict[str, str]) -> list[Any]:
        """(lead id, actor spec) params; an actor keyed "lead id:actor text" in `misses` is a strict xfail."""
        return [
            known_miss(x.id, a, key=f"{x.id}:{a.split('=')[0]}", misses=misses, id=f"{x.id}:{a}")
            for x in self.leads
            for a in x.actors
        ]

    def lead_params(self, misses: dict[str, str]) -> list[Any]:
        return [known_miss(x, key=x.id, misses=misses, id=x.id) for x in self.leads]

    def assert_actor(self, lead_id: str, spec: str) -> None:
        name = spec.split("=")[0]
        assert self.actor_right(lead_id, spec), (name, first_match(self.entities(lead_id), name))

    def assert_events(self, lead: Lead) -> None:
        coded = self.coded(lead.id)
        counts = judge(_case(lead), coded)
        assert counts["tp_g"] == counts["n_g"], f"missed gold events; coded {sorted(coded)}"
        assert counts["tp_p"] == counts["n_p"], f"coded events not in gold: {sorted(coded)}"

    def scores(self) -> dict[str, float]:
        """Tuple precision and recall of the events, actor country accuracy, and split codes, over the set."""
        total: dict[str, int] = {}
        for lead in self.leads:
            for key, value in judge(_case(lead), self.coded(lead.id)).items():
                total[key] = total.get(key, 0) + value
        specs = [(x.id, a) for x in self.leads for a in x.actors]
        right = sum(self.actor_right(i, a) for i, a in specs)
        scores = {
            "tuple_precision": round(total["tp_p"] / max(total["n_p"], 1), 3),
            "tuple_recall": round(total["tp_g"] / max(total["n_g"], 1), 3),
            "actor_country": round(right / len(specs), 3),
            "split_codes": sum(self.disagreements(x.id) for x in self.leads),
        }
        print(len(self.leads), "leads", len(specs), "actors", scores)
        return scores

    def recall_by_root(self) -> dict[str, str]:
        """Gold events found, by each gold event's lowest root ("02": "13/16"), for the report a set prints."""
        by_root: dict[str, list[int]] = {}
        for lead in self.leads:
            coded = self.coded(lead.id)
            for source, target, roots in gold_tuples(lead.gold):
                tally = by_root.setdefault(min(roots), [0, 0])
                tally[0] += any(p[0] == source and (target is None or p[1] == target) and p[2] in roots for p in coded)
                tally[1] += 1
        return {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_root.items())}


def _case(lead: Lead) -> Case:
    return Case(lead.id, lead.text, gold=lead.gold, ok=lead.ok, title=lead.title, kind=lead.kind)
