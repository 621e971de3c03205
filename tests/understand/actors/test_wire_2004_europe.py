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
ACTOR_MISSES: dict[str, str] = {
    "b-istanbul-teargas:NATO": "the headline's 'anti-NATO protesters' comes first, and the scorer's containment "
    "match takes it for NATO",
    "c-gref-growth:German Gref": "the given name 'German' is read as the nationality before the surname",
    "b-struga-stones:government ministers": "'government ministers' is found as no entity",
    "d-hague-delponte:Belgrade": "Belgrade is coded as Serbia and Montenegro (SCG), 'Serbia' as Serbia (SRB)",
    "d-nasiriya-battle:Moqtada al-Sadr": "the headline's 'Italians battle Sadr militia' gives the militia, and with "
    "its mention of 'Sadr' the cleric, Italy's code",
    "c-latortue-named:Gerard Latortue": "'a former U.N. official and foreign minister' in apposition makes him an "
    "international official (IGO), not the premier he is named",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
_NO_TARGET = "the target is not read"
KNOWN_MISSES: dict[str, str] = {
    "c-acebes-eta": "'said ETA was the main suspect' is no accusation to it",
    "b-video-claim": "'a man claiming responsibility' is coded (015, a root the guidelines leave out)",
    "b-state-courts": "'bringing the military budget under civilian audit' is coded as military aid (072, an "
    "imported pattern)",
    "c-qatar-agents": "'Moscow demanded their release': " + _NO_TARGET + " (the state that holds them)",
    "c-yukos-freeze": "'froze the assets of Yukos' is coded as sanctions (163), not a seizure by court bailiffs",
    "d-moscow-vows": "'the killers would be hunted down' is coded as a threat with no doer",
    "c-baltic-jets": "'NATO warplanes patrolling the skies', what the complaint is about, is coded as posture",
    "b-putin-address": "'told parliament the country must double its economy' is coded as a demand",
    "d-batumi-bridges": "'blew up bridges linking the region to Georgia': " + _NO_TARGET + "; 'gave him 10 days "
    "to disarm' is no ultimatum",
    "b-transdniestria": "'Russian troops remain there' is coded as posture (150)",
    "d-minsk-gas": "'called the move an act of terrorism' is no criticism",
    "c-kostunica-cabinet": "'parliament approved a minority government' is coded as yielding (080, an imported "
    "pattern)",
    "d-pale-raid": "'a Serb Orthodox church in the Bosnian town of Pale' is Serbia's; 'wounding a priest' is force "
    "(190)",
    "c-ashdown-sacks": "'sacked 60 officials for failing to ...' is not coded as an administrative sanction",
    "b-milosevic-delay": "'postponed the start of the defence' is coded as a rejection aimed at the Netherlands",
    "d-zagreb-generals": "'flew to The Hague to surrender' leaves the surrender a purpose, not done",
    "d-warsaw-misled": "'said the United States had misled Poland' is no accusation; 'ruled out withdrawing his "
    "country's troops' takes the U.S. as its source",
    "d-basra-amara": "'gunmen who ambushed a patrol': the patrol is read as Iraq's, not the British troops'",
    "c-mirror-editor": "'photos purporting to show soldiers abusing a prisoner' is coded as the abuse",
    "d-vatican-bush": "'urged a swift return of sovereignty to Iraq' takes Iraq as its source",
    "b-schroeder-party": "the headline's 'gives up party post' is coded as yielding (080)",
    "d-riga-schools": "'ethnic Russian students' in Riga are read as Russia's",
    "c-paksas-ousted": "'removed President X from office' is coded as reducing relations (160)",
    "c-philippe-vows": "'said his fighters would march on the capital and arrest X' is no threat",
    "d-paris-villepin": "'offered to send troops' codes the sending as a mobilisation; 'urged X to consider stepping "
    "down' codes the stepping down",
    "d-bogota-mancuso": "'defending his militia's war' is coded as verbal support (052) of his own side",
    "c-uribe-term": "'backs second term' and 'voted to amend the constitution' are coded as support and reform",
    "c-miners-dynamite": "'Protesting miners set off dynamite ... to demand' is no protest; the tear gas "
    "gets no target",
    "d-baires-imf": "'approved a disbursement to Argentina' is coded as yielding (080), not aid",
    "b-castro-march": "'led Cubans in a march to protest against sanctions' is coded as an official complaint (114) "
    "left as a purpose",
    "b-arar-inquiry": "'the deportation of Maher Arar by U.S. authorities', a noun in the inquiry's object, is coded",
    "d-santiago-pinochet": "'stripped X of immunity from prosecution' is not coded",
    "b-putin-analysis": "'a leader to rally around' is coded as a protest",
    "c-italy-hostages": "'guards held hostage in Iraq' is read as the guards holding someone; the freed guards are "
    "not the release's target",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_europe_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_europe_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_europe_set() -> None:
    scores = SET.scores()
    # Floors just under the scores when the set was last fixed (tuple P/R .734/.753, actor country .963, no split
    # codes; main before any fix, on the same gold, .598/.656, .911 and none): the set must not get worse.
    assert scores["tuple_precision"] >= 0.71
    assert scores["tuple_recall"] >= 0.74
    assert scores["actor_country"] >= 0.95
    assert scores["split_codes"] <= 1
