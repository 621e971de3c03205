"""A blind set of real wire leads of January to July 2004 (headline plus one to three sentences, as AG's News
carries the "World" class) on Europe, Russia and the former Soviet Union, the Balkans, Turkey and Cyprus, and Latin
America and the Caribbean: the Madrid bombings and Spain's new government, EU enlargement and its new leaders, the
Cyprus referendum, Turkey's reforms and Kurdish rebels, Putin's cabinet, Chechnya, Yukos, Georgia's Ajaria and
South Ossetia, Moldova, Belarus, Armenia, Uzbekistan, Serbia, Macedonia, Bosnia and the war-crimes tribunal, the
European troops in Iraq, Haiti's uprising, Venezuela's recall drive, Colombia, Bolivia, Argentina's debt, Cuba,
Mexico, Canada, Peru and Chile. Fewer than half carry a dateline ("RIGA (Reuters) -"); the rest an agency credit
with no dateline ("AP - ") or a headline and a bare sentence. About a third tell no codable event (appointments,
election results, accidents, sport, analysis, acts only expected), and many carry the corpus's `#39;` for an
apostrophe.

The leads name real people and bodies of 2004, so they test what an informed reader of the period knows: the
country of a minister, rebel leader, party, company, court or armed group the text does not place, and of nameless
groups ("police", "rebels", "a mob") in stories with and without a dateline. Each lead lists every actor it names
with its gold code ("text=CODE", checked on the country with the guidelines' `first_match`; an empty code means the
actor is found and given no country) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from memory
of the period's events; no article text is copied. Codes and events were written down by events_guidelines.md and
the CAMEO codebook before the coder's output on these leads was seen; the leads live in
`wire_2004_europe_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_europe.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_europe_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_europe_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_europe_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_europe_set() -> None:
    SET.scores()
