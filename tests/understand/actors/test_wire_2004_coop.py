"""A blind set of real wire leads of 2004 told mostly in the cooperative and refusing CAMEO roots, as AG's News
carries the "World" class (headline plus one to three sentences): agreements signed or reached, recognition and
endorsement, joint exercises, judicial cooperation and handing over of suspects, debt relief, grants and
peacekeepers (03-07); releases, resignations, truces, withdrawals and lifted embargoes (08); criticism, formal
protests, rejections and refusals (11, 12); demonstrations, strikes, boycotts and blockades (14); recalled envoys,
broken relations, suspended talks and frozen aid (16). The stories (EU enlargement and Libya's return, Iran and
the EU3, the Koreas and Japan, India and Pakistan, Sudan's talks, Sri Lanka, Cyprus, Ukraine, Haiti, the
coalition's withdrawals from Iraq, the tsunami) are others than those of the earlier 2004 sets
(`test_wire_2004_*.py`). Fewer than half carry a dateline ("SEOUL (Reuters) -"), the rest an agency credit
("AP - ") or a headline and a bare sentence; about a quarter tell no codable event (disasters, elections, polls,
and moves that are only possible, considered or expected), and several carry the period's precision traps.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied. Codes and events were written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen; the leads and the
coding choices the guidelines leave open live in `wire_2004_coop_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_coop.py -q -s -k score` prints the scores, overall and
by the lowest root of each gold event."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_coop_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "m-manila-pullout:militants": "no dateline and a Filipino story: the nameless militants take the Philippines, "
    "not Iraq where they hold the driver",
    "m-azzam-freed:Azzam Azzam": "'Israeli Druze businessman Azzam Azzam' takes Egypt, the releasing state, not the "
    "nationality before his trade",
    "a-islamabad-summit:Atal Behari Vajpayee": "the Indian prime minister is coded as Pakistan's (the Islamabad "
    "dateline's) when no entry names him",
    "a-afghan-boycott:candidates": "'Fifteen candidates challenging President Hamid Karzai' is no entity",
    "h-caricom-snub:Caribbean Community": "the headline's 'Caribbean leaders' (a region, CRB) stands first for the "
    "name",
    "l-orejuela:Gilberto Rodriguez Orejuela": "the drug lord is found with no country; 'Colombia extradited' does "
    "not give it him",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "e-blair-tent": "'praising his decision' gets no target: the possessive is not resolved to Gadhafi",
    "e-denktash-campaign": "'would campaign against a U.N. plan' is coded as disapproval (11), not rejection (12)",
    "e-eu-china-arms": "'put off a decision on lifting an embargo' is coded as reduced relations (16)",
    "e-powell-ukraine": "'warned of consequences for relations with Kiev' gets no target",
    "e-croat-generals": "the surrender is also coded against Croatia's own courts (the 'charged' clause)",
    "e-eufor-bosnia": "'took over peacekeeping' is a succession (no event, session 15) and 'launching its biggest "
    "military mission' is coded as intent to meet (036)",
    "e-putin-kyoto": "'signed a law ratifying the Kyoto Protocol': the ratifying participle is no event",
    "e-gazprom-belarus": "'briefly disrupting flows to Poland and Germany' is coded as reduced relations with both",
    "e-ossetia-pullback": "'pulling hundreds of extra troops out of' takes the troops ('of troops') as the target, "
    "and the headline's pullout is also coded as reduced relations",
    "m-iran-paris-deal": "'agreed to suspend ... under a deal with Britain, France and Germany' is intent with no "
    "target",
    "m-iaea-welcomes": "'adopted a resolution welcoming Iran's suspension' is no praise",
    "m-iran-geneva-next": "'the three big European powers' are coded as Europe (EUR), and the headline's 'to meet' "
    "as a meeting",
    "m-bush-zapatero": "'voiced his displeasure' takes Bush as its target; 'the sudden withdrawal of Spanish "
    "troops from Iraq' is coded as a told withdrawal",
    "m-manila-pullout": "the headline's pullout takes the troops as target; the militants' threat is Filipino (see "
    "ACTOR_MISSES)",
    "m-najaf-shrine": "the return of the keys gets no target; 'left the holy city' and the brokering are not coded",
    "m-sunni-boycott": "with a headline, 'called for a boycott' is coded as nothing (without one it is an appeal)",
    "m-samawah-mortar": "'Mortar rounds landed near the Japanese army camp' names no doer and is not coded",
    "m-korea-arbil": "troops arriving are deployed, not visiting: no event for their arrival (074 by this set)",
    "m-japan-extend": "'extend its non-combat troop mission' is an administrative decision, no event",
    "m-paris-club": "'agreed to write off ... the #36;39 billion Iraq owes' is intent with no target",
    "m-azzam-freed": "the release takes Egypt as target (see ACTOR_MISSES); 'Israeli jailed as spy' in the headline "
    "is coded as an Israeli arrest",
    "m-hezbollah-swap": "'three soldiers held by Hezbollah' is coded as a detention; the return of the businessman "
    "and bodies is not coded",
    "m-abbas-mistake": "the criticism of the uprising gets no target",
    "m-sharon-no-arafat": "'saying the Palestinian leader remained an obstacle to peace' is no criticism",
    "m-human-chain": "the headline's 'against Gaza pullout' gives the chain a Palestinian target",
    "m-hunger-strike": "the prisoners' strike takes their own government as target, not Israel's jails; the demand "
    "is a purpose",
    "m-tunisia-summit": "'postponed an Arab League summit' gets no target",
    "m-fahd-amnesty": "'offered to spare the lives of militants' is intent with no target",
    "a-us-proposal": "'presented North Korea with its first detailed proposal' is coded as nothing",
    "a-prk-snubs": "'blaming what it called Washington's hostile policy' is no accusation",
    "a-koizumi-children": "'flew home with five children' is no release; 'Japanese abducted by Pyongyang's agents' "
    "is coded as an abduction of North Koreans",
    "a-japan-freezes-aid": "'remains Pyongyang handed over' (a relative clause) is coded as aid with no target",
    "a-japan-sub-protest": "the demand for an apology gets no target",
    "a-dominica-china": "'China, which promised aid' gets no target",
    "a-balikatan": "'U.S. and Philippine troops began joint exercises' is coded for the U.S. alone with no target, "
    "and the headline's 'open' as a show of force",
    "a-kashmir-troop-cut": "'a move Pakistan welcomed' is no praise",
    "a-nepal-blockade": "the demand gets no target",
    "a-afghan-boycott": "the candidates are no entity (see ACTOR_MISSES): the boycott call and the fraud charge "
    "have no source",
    "a-world-bank-afghan": "'had approved a grant to help Afghanistan' is coded as intent (033) with no target",
    "a-india-tsunami-aid": "'sent navy ships, helicopters and doctors to Sri Lanka' is coded as military "
    "cooperation with India's own navy",
    "a-bush-tsunami": "'raised the U.S. pledge' is coded as nothing",
    "a-australian-police": "'arrived in Jakarta to help' is coded as a visit; 'the car bomb outside the Australian "
    "embassy that killed nine' as fighting by Australia",
    "f-nairobi-council": "'the U.N. Security Council, meeting in Nairobi' is coded as the Sudanese sides meeting",
    "f-abuja-refuse": "'the Janjaweed militias it backs' is coded as praise",
    "f-ndjamena-truce": "'talks mediated by the Chadian government' is no mediation",
    "f-au-expand": "'agreed to expand its mission in Darfur' is intent with no target",
    "f-unsc-30-days": "'gave Sudan 30 days to disarm' ('days' a noun of time, not the object) is no ultimatum",
    "f-asari-truce": "the headline's militia leader takes Niger from the body's 'Niger Delta'; the talks with "
    "Obasanjo are not coded",
    "h-aristide-quits": "'resigned and fled as rebels closed in': the pressure is told by no demand word, so the "
    "resignation is a succession (session 16)",
    "h-caricom-snub": "the headline's 'Caribbean leaders' are coded as a region (CRB)",
    "h-brazil-command": "the headline's 'takes over Haiti peacekeeping' is coded as a seizure",
    "l-mexico-cuba": "'gave Cuba's envoy 48 hours to leave' is coded as an ultimatum (139), not an expulsion",
    "l-venezuela-opposition": "the rejection and the fraud charge get no target",
    "l-auc-disarm": "the disarmament gets no target ('under a peace deal with Uribe's government')",
    "n-basra-oil": "'resumed oil exports' is coded as economic cooperation",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_coop_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_coop_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_coop_set() -> None:
    scores = SET.scores()
    print("gold recall by lowest root", SET.recall_by_root())
    # Floors just under the scores when the set was last fixed (tuple P/R .780/.625, actor country .976, one split
    # code; main before any fix, on the same leads, .717/.586, .972 and one).
    assert scores["tuple_precision"] >= 0.77
    assert scores["tuple_recall"] >= 0.62
    assert scores["actor_country"] >= 0.97
    # Two since session 21: "more than 400 Arab prisoners" Israel freed lost Israel's country (the home only the
    # freeing state gave), and the event stage still fills their slot from the story's home.
    assert scores["split_codes"] <= 2
