"""A blind set of real wire leads of 2004 whose actors are mostly not governments, as AG's News carries the
"World" class (headline plus one to three sentences): news agencies, papers and broadcasters and their reporters
(Xinhua, KCNA, IRNA, MENA, Itar-Tass, Interfax, Haaretz, Al Jazeera, Al-Arabiya, Asharq al-Awsat, Al-Hayat, the
BBC); hostages, workers, contractors, residents, pilgrims, tourists, fans and named private people; former
leaders, royals, Nobel laureates and clerics (Sistani, the Pope, the Dalai Lama, a patriarch, a grand mufti);
companies, airlines and banks; aid and rights groups (Red Cross, MSF, Amnesty, Human Rights Watch, Transparency
International, Reporters Without Borders); U.N. agencies and officials (UNHCR, WFP, UNICEF, WHO, the IAEA, Annan,
Brahimi, the Rwanda tribunal); courts, judges, parliaments and opposition parties; unions and strikers; rebels
and militias; police and soldiers of named or implied states. The stories are others than those of the earlier
2004 sets (`test_wire_2004_*.py`). About a third carry a dateline ("SEOUL (Reuters) -"), a third an agency
credit ("AP - "), a third a headline and a bare sentence; about a third tell no codable event (reports,
disasters, appointments, verdicts of acquittal, polls, business deals), and many carry the corpus's `#39;` for
an apostrophe and `#36;` for a dollar sign.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`; an empty code means the actor is found and given no country) and its gold events in
the format of the event blind sets (`tests/understand/events/test_wire_blind.py`). The sentences were written
for this test, in wire style, from memory of the period's events; no article text is copied. Codes and events
were written down by events_guidelines.md and the CAMEO codebook before the coder's output on these leads was
seen; the leads and the coding choices the guidelines leave open live in `wire_2004_roles_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_roles.py -q -s -k score` prints the scores, overall and
by the actor's gold role."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_roles_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_roles_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_roles_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


# Leads written for the actor rules the set led to (generic incidents): a headline's bare institution name is the
# body's country-qualified one, and a bare one the body does not qualify keeps the dictionary's reading; strikers
# named by their trade, football fans, subcontractors and a navy's patrol boat are groups of the country their
# words or the dateline give; a national Red Crescent society is its country's aid group; an Army specialist ("Spc.") is a U.S. soldier.
RULES = LeadSet((
    Lead("r-congress-headline", "Congress rejects budget", "LIMA (Reuters) - The Peruvian Congress voted on "
         "Thursday to reject the government#39;s budget for next year.", ("Congress=PERLEG",)),
    Lead("r-congress-bare", "Congress approves aid bill", "Reuters - Congress approved an emergency aid bill on "
         "Thursday, and President George W. Bush is expected to sign it.", ("Congress=USALEG",)),
    Lead("r-pilots-strike", "Greek airline grounded", "ATHENS (Reuters) - Greek pilots and flight attendants "
         "walked off the job on Tuesday, grounding most domestic flights.",
         ("Greek pilots=GRC", "flight attendants=GRC")),
    Lead("r-civil-servants", "Civil servants strike", "AFP - Thousands of Nigerian civil servants went on strike on "
         "Monday over unpaid wages.", ("Nigerian civil servants=NGA",)),
    Lead("r-fans-clash", "Fans clash with police", "WARSAW (Reuters) - Polish football fans fought riot police "
         "outside a stadium on Saturday after their team lost.", ("Polish football fans=POL", "riot police=POLCOP")),
    Lead("r-subcontractors", "Three seized near Ramadi", "Reuters - Gunmen seized three Jordanian subcontractors "
         "working for a U.S. company near Ramadi on Sunday.", ("Jordanian subcontractors=JOR",)),
    Lead("r-patrol-boat", "Navy boat sunk", "COLOMBO (Reuters) - Tamil Tiger rebels sank a Sri Lankan navy patrol "
         "boat off the east coast on Wednesday, the military said.", ("Sri Lankan navy patrol boat=LKAMIL",)),
    Lead("r-spc-rank", "Soldier charged over abuse", "BAGHDAD (Reuters) - A military court charged Army Spc. "
         "Daniel Harlow on Tuesday with beating a detainee at a prison north of the capital.",
         ("Daniel Harlow=USAMIL",)),
    Lead("r-red-crescent", "Aid group blocked", "AP - Israeli troops stopped Palestinian Red Crescent ambulances "
         "at a checkpoint near Nablus on Monday, the aid group said.", ("Palestinian Red Crescent=PSENGO",)),
))


@pytest.mark.parametrize(("lead_id", "spec"), RULES.actor_params({}))
def test_roles_rule_actor_has_its_country(lead_id: str, spec: str) -> None:
    RULES.assert_actor(lead_id, spec)


def _role(code: str) -> str:
    """The gold role an actor is scored under: IGO and NGO as such, a bare country as "state", else the role."""
    if not code:
        return "none"
    if code[:3] in ("IGO", "NGO"):
        return code[:3]
    return code[3:6] or "state"


def test_score_on_the_roles_set() -> None:
    scores = SET.scores()
    by_role: dict[str, list[int]] = {}
    for lead in LEADS:
        for spec in lead.actors:
            tally = by_role.setdefault(_role(spec.split("=")[1]), [0, 0])
            tally[0] += SET.actor_right(lead.id, spec)
            tally[1] += 1
    print("by role", {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_role.items())})
    assert scores["tuple_precision"] >= 0.0
    assert scores["tuple_recall"] >= 0.0
    assert scores["actor_country"] >= 0.0
