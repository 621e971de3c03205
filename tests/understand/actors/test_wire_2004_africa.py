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

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_africa_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "b-darfur-analysis:African Union": "the headline's 'Africa' (AFR) comes first, and the scorer's containment match "
    "takes it for 'African Union'",
    "c-kagame-denies:Hutu militias": "Rwanda's Hutu rebels in Congo: the adjective 'Hutu' names no state and the "
    "story's home (Congo) is taken",
    "d-harare-mercenaries:suspected mercenaries": "'mercenaries' is no role noun: no entity",
    "c-cuba-frees:Raul Rivero": "'in a move European diplomats said ...' after the name is read as his own "
    "description (EUR), outvoting the dictionary",
    "c-uruguay-vazquez:Tabare Vazquez": "the model's person span runs on into the verb ('Tabare Vazquez won')",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
_NO_TARGET = "the target is not read"
KNOWN_MISSES: dict[str, str] = {
    "c-kagame-denies": "the denial's target is what is denied ('his troops', Rwanda's own), not the one who charged it",
    "d-khartoum-annan": "'as he began a two-day visit to the country' is not coded (a visit told as a noun object)",
    "d-ndjamena-jem": "the headline's 'army' takes the dateline's country (Chad) as a second target",
    "d-washington-genocide": "'said genocide had been committed and X bore responsibility' is no accusation to it",
    "c-pronk-fails": "'said the government had failed to stop attacks' is no criticism to it",
    "c-au-expand": "'said it would expand its force' is not coded as an announced deployment (03)",
    "c-chad-refugees": "'refugees streamed into Chad' is coded as an appeal for aid (0233, an imported pattern)",
    "b-konare-small": "the headline's 'force must grow' is coded as a demand to Sudan's military",
    "b-sudan-expels": "'ordered ... to leave the country' is coded as a demand (10) besides the expulsion",
    "b-powell-camp": "'toured a camp ... in Darfur' gets no target",
    "c-bush-darfur-aid": "'granting aid for Darfur' gets no target",
    "d-geneva-icrc": "'it had pulled its foreign staff out' gets no source; 'gunmen attacked one of its convoys' is "
    "coded against the Sudanese military",
    "d-brussels-solana": "'would give 80 million euros to fund X' codes only the funding, as unasserted",
    "c-mbeki-abidjan": "'on an AU mission to revive the peace process' is coded as the AU's own intent (03)",
    "b-un-ivory-embargo": "'threatened travel bans on those blocking peace' gets no target",
    "d-abidjan-radio": "'cut the FM signals of RFI and the BBC' is not coded; the BBC is not read as a target",
    "d-kinshasa-bukavu": "the headline's 'seize Bukavu' is coded as an arrest (173)",
    "b-kabila-accuses": "'ordered 10,000 troops to the region' is not coded",
    "c-monuc-ituri": "'the fighters fired on a patrol' takes the patrol for Congo's army, not the peacekeepers'",
    "b-ruberwa-quits": "'suspended his participation' is not coded; the protest's target is read as Burundi",
    "c-museveni-truce": _NO_TARGET + " (the rebels are only in 'to allow ... rebels to gather')",
    "b-icc-uganda": "'an investigation into crimes committed by X' gets no target",
    "c-somali-parliament": "a deal signed among one group ('warlords and politicians') gets no target",
    "c-strike-off": "both acts lose their targets (the strike's and the concession's)",
    "b-chevron-delta": "'occupied three of its flow stations': 'its' is not read as Chevron; a second occupation "
    "is coded against Nigeria",
    "d-harare-mercenaries": "'the government said they were plotting a coup' is no accusation to it",
    "b-zuma-trial": "'prosecutors told a court X had a corrupt relationship' is no accusation to it",
    "c-cosatu-expelled": "'a delegation of the Congress of South African Trade Unions' takes Zimbabwe's government "
    "as the target",
    "c-sa-no-troops": "the headline 'rules out troops' is coded as a rejection, with Ivory Coast as its target",
    "d-pap-aristide": "'U.S. Marines began landing' is not coded",
    "d-bangui-kidnap": "'in what he called a modern-day kidnapping' is coded as a kidnapping by the U.S.",
    "b-bel-air-raid": "'stormed the slum of Bel Air' is coded as force with no target",
    "d-brasilia-haiti": "'will send 1,200 troops to lead a U.N. force in Haiti' is a mobilisation with no target",
    "c-opposition-rejects": "'said it would not recognise the results' is not coded as a rejection",
    "b-pdvsa-china": "'signed a deal on Monday with X to develop ...': the 'with' partner is not read",
    "d-quito-trinidad": "'handed him over to Colombian authorities' is coded as aid (070)",
    "b-cuba-travel": "'restrictions on travel ... to Cuba' gets no target",
    "b-mst-farms": "'occupied farms' is coded as force; 'to press President Lula' stays unasserted",
    "d-vienna-resende": "'agreed to let them see' gets no target",
    "c-kirchner-gas": "'cut natural gas exports to Chile' is not coded",
    "b-annan-illegal": "the background 'U.S.-led invasion of Iraq' is coded; 'said the invasion was illegal' is not",
    "d-vienna-libya": "'handed over ... to U.S. and British experts' is coded once more as aid (070)",
    "d-brussels-libya": "'lifted an arms embargo on Libya': the embargo noun is coded too, with Libya as its doer",
    "c-au-expected": "'at a summit next week' is coded as a meeting",
    "c-sudan-denies": "the denial's target (the U.S. whose charge it answers) is not read; 'said the U.S. was "
    "exaggerating' is no criticism to it",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_africa_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_africa_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_africa_set() -> None:
    scores = SET.scores()
    # Floors just under the scores when the set was last fixed (tuple P/R .815/.704, root P/R .862/.844, actor
    # country .976, eight split codes; main before any fix, on the same leads, .750/.644, .817/.822, .944 and five).
    assert scores["tuple_precision"] >= 0.80
    assert scores["tuple_recall"] >= 0.69
    assert scores["actor_country"] >= 0.96
    # Nine since session 21: the 800,000 victims of b-rwanda-mourns lost the home only the headline's acting state
    # gave (civilians take it only where a place puts the story there), and the event stage still fills their slot.
    assert scores["split_codes"] <= 9
