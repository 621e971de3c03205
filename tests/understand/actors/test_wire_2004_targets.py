"""A blind set of real wire leads of 2004 whose events' TARGET is told indirectly, as AG's News carries the
"World" class (headline plus one to three sentences): in a prepositional phrase ("held talks with", "appealed to",
"put pressure on", "a deal with", "aid to"), in a possessive or an of-phrase ("condemned Israel's incursion", "the
arrest of"), in the headline only, in a conjunction ("met Chirac and Schroeder"), as a state organ placed by the
dateline, as a pronoun or "the two sides", after a long apposition, in a passive ("was urged by"), in an infinitive
or participle clause ("urging Tehran to"), targets of the source's own country (police against protesters), and
events with no codable target, across the roots 02-19. About a fifth tell no codable event. The stories are others
than those of the earlier 2004 sets (`test_wire_2004_*.py`). More than half carry no dateline: an agency credit or
a bare sentence, many with the corpus's `#39;` for an apostrophe.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied. Codes and events were written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen; the leads and the
coding choices the guidelines leave open live in `wire_2004_targets_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_targets.py -q -s -k score` prints the scores, overall and
by the lowest root of each gold event."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_targets_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_targets_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_targets_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_targets_set() -> None:
    scores = SET.scores()
    print(SET.recall_by_root())
    assert scores["tuple_precision"] >= 0.0
    assert scores["tuple_recall"] >= 0.0
