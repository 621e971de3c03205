"""A blind set of real wire leads of 2004 about hostages, attacks and coercion, as AG's News carries the "World"
class (headline plus one to three sentences): Iraq's hostage crises (held, threatened, beheaded, freed), Beslan,
Chechnya and the Moscow bombings, the Saudi attacks of 2004, the Madrid aftermath, Gaza and West Bank raids and
curfews, Darfur, Nepal's Maoists, Thailand's south, Pakistan, Colombia, Haiti, Aceh, Mindanao, the Yukos
arrests, detentions, expulsions and sanctions; with precision traps (attacks only condemned, denied, feared,
figurative or hypothetical; attacks in background clauses) and about a quarter of leads with no codable event
(disasters, accidents, results, polls, reports). The stories are others than those of the earlier 2004 sets
(`test_wire_2004_*.py`). About a third carry a dateline, the rest an agency credit or a bare sentence, many with
the corpus's `#39;` for an apostrophe.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied. Codes and events were written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen; the leads and the
coding choices the guidelines leave open live in `wire_2004_force_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_force.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_force_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_force_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_force_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_force_set() -> None:
    scores = SET.scores()
    assert scores["tuple_precision"] >= 0.0
