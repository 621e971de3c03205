"""A blind set of real 2004 wire leads (headline plus one to three sentences, as AG's News carries the "World"
class) on Africa, the Americas and international bodies: Darfur and the north-south talks in Sudan, Ivory Coast,
Congo, Rwanda, Burundi, Uganda, Somalia, Kenya, Nigeria, Liberia, Zimbabwe, South Africa, Haiti, Venezuela,
Colombia, Cuba, Mexico, Brazil, Argentina, the U.S. campaign as foreign news, the U.N., the IAEA, the EU, NATO, the
OAS, the Red Cross and Amnesty. About a third carry a dateline ("ABIDJAN (Reuters) -"), a third an agency credit
with no dateline ("AP - "), a third a headline and a bare sentence; about a quarter tell no codable event (election
results, disasters, opinion, hypothetical or expected acts), and many carry the corpus's `#39;` for an apostrophe.

The leads name real people and bodies of 2004, so they test what an informed reader of the period knows: the
country of a minister, rebel leader, party, company, broadcaster or armed group the text does not place, and of
nameless groups ("rebels", "police", "the government") in stories with and without a dateline. Each lead lists
every actor it names with its gold code ("text=CODE", checked on the country with the guidelines' `first_match`;
an empty code means the actor is found and given no country) and its gold events in the format of the event blind
sets (`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied. Codes and events were written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen; the leads live in
`wire_2004_africa_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_africa.py -q -s -k score` prints the scores."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from newsgraph.evaluate.actors_news import first_match
from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings
from tests.known_misses import known_miss
from tests.understand.actors.wire_2004_africa_leads import LEADS, Lead
from tests.understand.events.test_wire_blind import Case, Tuple, claims, judge

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {}


@cache
def analysed() -> dict[str, list[dict[str, Any]]]:
    """Every lead through the user's path once, with no date and no dateline field, as the dev set comes."""
    run = run_user_path([{"id": x.id, "title": x.title, "text": x.text} for x in LEADS], Settings())
    return {x.id: run.articles.get(x.id, []) for x in LEADS}


def _entities(lead_id: str) -> list[dict[str, Any]]:
    return [e for a in analysed()[lead_id] for e in a.get("entities") or []]


def _events(lead_id: str) -> list[dict[str, Any]]:
    return [e for a in analysed()[lead_id] for e in a.get("events") or []]


def actor_right(lead_id: str, spec: str) -> bool:
    """Whether the actor `spec` ("text=CODE") is coded with its gold country, or found with none when gold has none."""
    name, gold = spec.split("=")
    found = first_match(_entities(lead_id), name)
    if found is None:
        return False
    if not gold:
        return not found.get("country")
    return str(found.get("code") or found.get("country") or "")[:3] == gold[:3]


def as_case(lead: Lead) -> Case:
    return Case(lead.id, lead.text, gold=lead.gold, ok=lead.ok, title=lead.title, kind=lead.kind)


def coded(lead_id: str) -> set[Tuple]:
    return claims(_events(lead_id))


def disagreements(lead_id: str) -> int:
    """Event slots whose code's country is not that of the entity the slot names: one actor, two codes."""
    by_id = {e["id"]: e for e in _entities(lead_id)}
    n = 0
    for event in _events(lead_id):
        for slot in ("source", "target"):
            entity = by_id.get(event.get(f"{slot}_entity_id") or "")
            n += entity is not None and str(entity.get("country") or "") != str(event.get(f"{slot}_country") or "")
    return n


@pytest.mark.parametrize(
    ("lead_id", "spec"),
    [known_miss(x.id, a, key=f"{x.id}:{a.split('=')[0]}", misses=ACTOR_MISSES, id=f"{x.id}:{a}")
     for x in LEADS for a in x.actors],
)
def test_africa_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    name = spec.split("=")[0]
    assert actor_right(lead_id, spec), (name, first_match(_entities(lead_id), name))


@pytest.mark.parametrize("lead", [known_miss(x, key=x.id, misses=KNOWN_MISSES, id=x.id) for x in LEADS])
def test_africa_lead_events_are_coded_as_gold(lead: Lead) -> None:
    counts = judge(as_case(lead), coded(lead.id))
    assert counts["tp_g"] == counts["n_g"], f"missed gold events; coded {sorted(coded(lead.id))}"
    assert counts["tp_p"] == counts["n_p"], f"coded events not in gold: {sorted(coded(lead.id))}"


def test_score_on_the_africa_set() -> None:
    total: dict[str, int] = {}
    for lead in LEADS:
        for key, value in judge(as_case(lead), coded(lead.id)).items():
            total[key] = total.get(key, 0) + value
    specs = [(x.id, a) for x in LEADS for a in x.actors]
    right = sum(actor_right(i, a) for i, a in specs)
    split = sum(disagreements(x.id) for x in LEADS)
    scores = {
        "tuple_precision": round(total["tp_p"] / max(total["n_p"], 1), 3),
        "tuple_recall": round(total["tp_g"] / max(total["n_g"], 1), 3),
        "root_precision": round(total["rtp_p"] / max(total["rn_p"], 1), 3),
        "root_recall": round(total["rtp_g"] / max(total["n_g"], 1), 3),
        "actor_country": round(right / len(specs), 3),
        "split_codes": split,
    }
    print(len(LEADS), "leads", len(specs), "actors", scores)
    assert scores["actor_country"] >= 0.0
