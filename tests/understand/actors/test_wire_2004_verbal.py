"""A blind set of real wire leads of 2004 told mostly in words, as AG's News carries the "World" class (headline
plus one to three sentences): appeals and calls (02), offers, promises and invitations (03), phone calls, visits
and talks (04), praise, apology and endorsement (05), demands (10), criticism, accusations and formal protests
(11), rejections and denials (12) and threats and warnings (13). The stories (Ukraine's election crisis, Iran and
the EU3, Cyprus after the referendum, Gaza's pullout and Iraq's transition, the Koreas, China and Japan, India and
Pakistan, Sri Lanka and Nepal, the tsunami, Haiti, Sudan) are others than those of the earlier 2004 sets
(`test_wire_2004_*.py`). Fewer than half carry a dateline ("SEOUL (Reuters) -"), the rest an agency credit
("AP - ") or a headline and a bare sentence; about a quarter tell no codable event, and many carry the verbal
precision traps: statements that report no act, forecasts, third parties' guesses, comment declined.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied. Codes and events were written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen; the leads and the
coding choices the guidelines leave open live in `wire_2004_verbal_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_verbal.py -q -s -k score` prints the scores, overall and
by the lowest root of each gold event."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_verbal_leads import LEADS
from tests.understand.events.test_wire_blind import gold_tuples

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_verbal_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_verbal_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_verbal_set() -> None:
    scores = SET.scores()
    by_root: dict[str, list[int]] = {}
    for lead in LEADS:
        coded = SET.coded(lead.id)
        for source, target, roots in gold_tuples(lead.gold):
            tally = by_root.setdefault(min(roots), [0, 0])
            tally[0] += any(p[0] == source and (target is None or p[1] == target) and p[2] in roots for p in coded)
            tally[1] += 1
    print("gold recall by lowest root", {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_root.items())})
    assert scores["tuple_precision"] >= 0.0
    assert scores["tuple_recall"] >= 0.0
    assert scores["actor_country"] >= 0.0
