"""A blind set of real wire leads of 2004 dense in actors whose country the text gives only indirectly, as AG's
News carries the "World" class (headline plus one to three sentences): people named once with a descriptor
before or after them ("Thomas Hamill, the Mississippi truck driver"), in lists, or in the headline alone;
relatives, lawyers and spokesmen of someone named ("Saddam Hussein's eldest daughter Raghad", "Foreign Ministry
spokesman Kong Quan"); hostages and aid workers; clerics and elites; companies and their staff; rebels and
militias named by a place or a leader ("Moqtada al-Sadr's militia", "Chechen rebels", "the Islamic Movement of
Uzbekistan"); state organs named bare ("the army", "Parliament", "The Constitutional Court", "the Verkhovna
Rada"), with and without a dateline; troops, police and diplomats acting abroad; and the other side's people in
two-country stories. The stories are others than those of the earlier 2004 sets (`test_wire_2004_*.py`). More
than half carry no dateline.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`; an empty code means the actor is found and given no country) and its gold events in
the format of the event blind sets (`tests/understand/events/test_wire_blind.py`). The sentences were written
for this test, in wire style, from memory of the period's events; no article text is copied. Codes and events
were written down by events_guidelines.md and the CAMEO codebook before the coder's output on these leads was
seen; the leads and the coding choices the guidelines leave open live in `wire_2004_people_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_people.py -q -s -k score` prints the scores, overall
and by the lead's kind."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_people_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_people_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_people_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


# Leads written for the actor rules the set led to (generic incidents): a bare "Congress" in a story placed in a
# state whose legislature is called Congress is that state's, and elsewhere the U.S. one; where a person serves ("its
# consul in Mosul", "the new commander in Iraq") is not whose he is, and "its" is the state the clause reports; a
# ministry is of the capital it sits in; police and troops "sent by" a state are its own.
RULES = LeadSet((
    Lead("r-congress-manila", "Congress opens canvass", "MANILA (Reuters) - Congress began counting the votes for "
         "president on Monday, and lawmakers of the opposition walked out.", ("Congress=PHLLEG",)),
    Lead("r-congress-quito", "Congress ousts judges", "QUITO (Reuters) - Congress voted on Wednesday to dismiss "
         "the electoral court, a move the opposition called a coup.", ("Congress=ECULEG",)),
    Lead("r-congress-baghdad", "Congress approves Iraq funds", "BAGHDAD (Reuters) - Congress approved billions of "
         "dollars on Thursday to rebuild Iraq, and the U.S. administrator welcomed the vote.", ("Congress=USALEG",)),
    Lead("r-consul-in-town", "Envoy seized in Iraq", "Reuters - Turkey said on Monday that gunmen had kidnapped "
         "Ahmet Korkmaz, its consul in Mosul, on the road to Baghdad.", ("Ahmet Korkmaz=TURGOV",)),
    Lead("r-commander-in", "Commander sees long fight", "AP - Gen. George Casey, the new commander in Iraq, said "
         "on Sunday the insurgency in the country could last years.", ("George Casey=USAMIL",)),
    Lead("r-cleric-at", "Cleric condemns killings", "Sheikh Mohammed Sayed Tantawi, the grand imam at Cairo#39;s "
         "al-Azhar mosque, condemned the killing of foreign hostages in Iraq on Tuesday.",
         ("Mohammed Sayed Tantawi=EGY",)),
    Lead("r-ministry-in", "Aid workers wounded", "Reuters - A roadside bomb wounded two aid workers in Samawah on "
         "Sunday, the Foreign Ministry in Tokyo said.", ("Foreign Ministry=JPNGOV",)),
    Lead("r-ministry-bare", "Police chief shot", "BAGHDAD (Reuters) - Gunmen shot dead a police chief in the "
         "capital on Sunday, the Interior Ministry said.", ("Interior Ministry=IRQGOV",)),
    Lead("r-police-sent-by", "Reinforcements arrive", "PORT-AU-PRINCE (Reuters) - Two hundred police officers "
         "sent by Pakistan arrived in the capital on Monday to join the U.N. mission.",
         ("police officers=PAKCOP",)),
    Lead("r-troops-sent-by", "Patrols resume in Dili", "DILI (Reuters) - Troops sent by Portugal took "
         "over patrols of the capital on Tuesday after a night of riots.", ("Troops=PRTMIL",)),
))


@pytest.mark.parametrize(("lead_id", "spec"), RULES.actor_params({}))
def test_people_rule_actor_has_its_country(lead_id: str, spec: str) -> None:
    RULES.assert_actor(lead_id, spec)


def test_score_on_the_people_set() -> None:
    scores = SET.scores()
    by_kind: dict[str, list[int]] = {}
    for lead in LEADS:
        for spec in lead.actors:
            tally = by_kind.setdefault(lead.kind, [0, 0])
            tally[0] += SET.actor_right(lead.id, spec)
            tally[1] += 1
    print("by kind", {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())})
    assert scores["actor_country"] >= 0.0
