"""A blind set of real wire leads of August to December 2004 (headline plus one to three sentences, as AG's News
carries the "World" class), across the world: Najaf and Falluja, hostage killings and videos, the Iraqi election
run-up, Arafat's illness, death and succession, the Gaza pullout vote, Iran's talks with the EU3, North Korea and
Japan, Taiwan and China, Beslan's aftermath and Chechnya, Ukraine's disputed election, Belarus, the Netherlands
after Theo van Gogh, ETA, Afghanistan's election, Pakistan's militants, Kashmir talks, Nepal's Maoists,
Bangladesh, Myanmar, the Indian Ocean tsunami, Zimbabwe, Ivory Coast, Venezuela's recall vote, Chile, Mexico,
Haiti, the U.S. election seen from abroad, Lebanon and Syria. Under a third carry a dateline ("KIEV (Reuters) -"),
a third an agency credit with no dateline ("AP - "), a third a headline and a bare sentence; about a third tell no
codable event (results, disasters, analysis, expected or hypothetical acts), and many carry the corpus's `#39;`
for an apostrophe and `#36;` for a dollar sign.

The leads name real people and bodies of the period, so they test what an informed reader of late 2004 knows: the
country of a minister, rebel leader, cleric, party, court or armed group the text does not place, and of nameless
groups ("insurgents", "riot police", "gunmen") with and without a dateline. Each lead lists every actor it names
with its gold code ("text=CODE", checked on the country with the guidelines' `first_match`; an empty code means
the actor is found and given no country) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied. Codes and events were written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen; the leads live in
`wire_2004_late_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_late.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_late_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_late_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_late_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


# Leads written for the actor rules the set led to (generic incidents): a transnational armed leader the dated
# file gives no country keeps none whatever country the story names; security guards and army recruits are the
# state's (COP, MIL).
RULES = LeadSet((
    Lead("r-zawahiri-tape", "Zawahiri tape", "AP - Ayman al-Zawahiri appeared in a new video on Friday, telling "
         "Americans and Britons they would pay for the war in Iraq.", ("Ayman al-Zawahiri=",)),
    Lead("r-guards-killed", "Guards killed", "KABUL (Reuters) - Gunmen killed three security guards outside a "
         "government office in eastern Afghanistan on Monday, officials said.", ("security guards=AFGCOP",)),
    Lead("r-recruits-bomb", "Recruits bombed", "BAGHDAD (Reuters) - A suicide bomber blew himself up among army "
         "recruits queuing outside a base in Baghdad on Tuesday, killing 20 of them.", ("army recruits=IRQMIL",)),
))


@pytest.mark.parametrize(("lead_id", "spec"), RULES.actor_params({}))
def test_late_rule_actor_has_its_country(lead_id: str, spec: str) -> None:
    RULES.assert_actor(lead_id, spec)


def test_score_on_the_late_set() -> None:
    SET.scores()
