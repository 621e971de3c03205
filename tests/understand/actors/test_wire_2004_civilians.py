"""A blind set of real wire leads of 2004 dense in the actors the held half of the dev set codes worst, as AG's News
carries the "World" class (headline plus one to three sentences): civilians named once ("a Baghdad shopkeeper, Ali
Hassan") or in groups ("villagers", "residents", "pilgrims", "mourners", "families of the victims", "a
four-year-old boy"); companies and their staff, named and unnamed ("the company", "its chief executive");
soldiers and officers named by rank ("Cpl. Pat Tillman", "Brig. Gen. Mark Kimmitt"); military bodies (units,
regiments, divisions, "the coalition"); two-country stories where each side's people keep their own country
(Israeli troops in Rafah, U.S. Marines in Falluja, Russian soldiers in Chechnya, Sudanese militia and Chadian
villagers, Chinese workers in Afghanistan); and people whose country only the dateline or the headline gives. The
stories are others than those of the earlier 2004 sets (`test_wire_2004_*.py`). More than half carry no dateline.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied, and the civilians quoted by name are generic. Codes and
events were written down by events_guidelines.md and the CAMEO codebook before the coder's output on these leads
was seen; the leads and the coding choices the guidelines leave open live in `wire_2004_civilians_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_civilians.py -q -s -k score` prints the scores, overall
and by the lead's kind (cvl civilians, bus companies, mil soldiers and units, two two-country stories, place
people placed only by the dateline or headline)."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_civilians_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {}
# Leads whose events the coder still gets wrong, lead id -> what it misses and what it codes besides gold and `ok`
# ("?" for no actor), as the set's run shows it (strict xfails; the event stage is another helper's).
KNOWN_MISSES: dict[str, str] = {}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_civilians_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_civilians_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


# Leads written for the actor rules the set led to (generic people and incidents): a rank between a noun and the
# name in apposition to it keeps the apposition ("a Polish soldier, Cpl. X,"); a seat in one token places a firm
# ("a U.S.-based contractor"); an appositive's employer is the first owner its phrase names, by adjective as well
# ("a driver for a Jordanian firm supplying the U.S. army"); civilians and armed men take the story's home only
# where a place puts the story there, not a state striking or paying from outside; the units of the U.S., British
# and Japanese forces of 2004 are their states'; crowds and workers named by what they do are actors; a person the
# text gives nothing of their own takes the country of a story that names no other, unless held or freed in it.
RULES = LeadSet((
    Lead("r-rank-apposed", "Soldier killed", "A roadside bomb killed a Polish soldier, Cpl. Tomasz Wrona, and "
         "wounded two others near Hilla on Monday.", ("Tomasz Wrona=POL",)),
    Lead("r-rank-apposed-subject", "Sergeant wounded", "An Estonian soldier, Sgt. Andres Kull, was wounded "
         "when his patrol came under fire in Baghdad.", ("Andres Kull=EST",)),
    Lead("r-seat-one-token", "Contractor staff seized", "Gunmen seized two engineers of Marlow Engineering, a "
         "U.S.-based contractor, near Kirkuk on Sunday.", ("Marlow Engineering=USA",)),
    Lead("r-employer-adjective", "Driver seized", "Kidnappers in Iraq seized Samir Haddad, a driver for a "
         "Jordanian firm supplying the U.S. army, the company said.", ("Samir Haddad=JOR",)),
    Lead("r-struck-villagers", "Villagers say jets hit homes", "Villagers said on Tuesday that U.S. jets had "
         "bombed their homes, killing 12 people, and a U.S. general said the planes hit a rebel camp.",
         ("Villagers=",)),
    Lead("r-paid-victims", "State to pay victims", "Libya agreed on Monday to pay the victims of a 1980s bombing "
         "of an airliner, lawyers said.", ("victims=",)),
    Lead("r-placed-villagers", "Villagers protest", "Villagers in the Peruvian town of Tambo blocked a road on "
         "Monday to protest against a mining project, and Peruvian police fired tear gas.", ("Villagers=PER",)),
    Lead("r-us-units", "Troops raid district", "Soldiers of the 1st Cavalry Division raided houses in a Baghdad "
         "district on Friday, and the Marines said they had detained 20 men in Ramadi.",
         ("1st Cavalry Division=USA", "Marines=USA")),
    Lead("r-allied-units", "Regiment in patrol", "Three Black Watch soldiers were hurt in a blast south of Baghdad, "
         "and the Ground Self-Defense Force said its camp in Samawah was safe.",
         ("Black Watch=GBR", "Ground Self-Defense Force=JPN")),
    Lead("r-lone-named", "Women protest death", "IMPHAL, India (Reuters) - Women marched to the police station "
         "on Thursday over the death of Leima Devi, who died after officers arrested her.", ("Leima Devi=IND",)),
    Lead("r-lone-held", "Woman kidnapped", "KABUL (Reuters) - Gunmen kidnapped Marta Kowal outside her office on "
         "Sunday, police said.", ("Marta Kowal=",)),
    Lead("r-named-by-deed", "Crowds and workers", "NAIROBI (Reuters) - Marchers blocked a road into the city on "
         "Friday, and truck drivers joined them as saboteurs cut a power line.",
         ("Marchers=KEN", "truck drivers=KEN", "saboteurs=KEN")),
))


@pytest.mark.parametrize(("lead_id", "spec"), RULES.actor_params({}))
def test_civilians_rule_actor_has_its_country(lead_id: str, spec: str) -> None:
    RULES.assert_actor(lead_id, spec)


def test_score_on_the_civilians_set() -> None:
    scores = SET.scores()
    by_kind: dict[str, list[int]] = {}
    for lead in LEADS:
        for spec in lead.actors:
            tally = by_kind.setdefault(lead.kind, [0, 0])
            tally[0] += SET.actor_right(lead.id, spec)
            tally[1] += 1
    print("by kind", {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())})
    assert scores["actor_country"] >= 0.0
