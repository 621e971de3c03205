"""A blind set of real wire leads of 2004 of the kind the coder once found no event in at all, as AG's News carries
the "World" class (headline plus one to three sentences): praise, thanks, congratulation and endorsement (05),
handing over, extradition, shared intelligence, training and peacekeepers (06, 07), asylum, permissions, releases,
pullbacks, surrenders and eased blockades (08), rejections, refusals, vetoes and boycotts (12), aid cuts, recalls,
suspensions and sanctions (16), deportations, bans, closures, curfews and jailings (17), and battles, shelling and
air strikes (19), told in headline grammar ("Sudan OKs more AU troops"), nouns ("Nepal's deportation of 18
Tibetan refugees"), passives and participles. About a fifth tell no codable event (figurative force, disasters,
sport, markets, analysis, acts only weighed or feared). The stories are others than those of the earlier 2004 sets
(`test_wire_2004_*.py`). More than half carry no dateline: an agency credit or a bare sentence, many with the
corpus's `#39;` for an apostrophe.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied. Codes and events were written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen; the leads and the
coding choices the guidelines leave open live in `wire_2004_silent_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_silent.py -q -s -k score` prints the scores, overall and
by the lowest root of each gold event."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_silent_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "s-kawaguchi-thanks:Association of Muslim Scholars": "the Iraqi clerics' body is coded as a Japanese school (EDU) "
    "from the word 'Scholars' and the Japanese minister who thanks it",
    "s-german-trainers:German police instructors": "'German police instructors' is no entity the model tags",
    "s-bukavu-pullout:Laurent Nkunda": "'General Laurent Nkunda' after 'loyal to' is no entity",
    "s-polisario-frees:Polisario Front": "the Polisario Front is not found (no actor for Western Sahara's movement)",
    "s-vlaams-blok:Vlaams Blok": "the Belgian party gets no country",
    "s-yas-e-no:Yas-e-No": "the hyphenated name is split ('Yas')",
    "s-tribune-shut:state media commission": "'Zimbabwe's state media commission' is no entity",
    "s-karbala-battle:Polish and Bulgarian troops": "the coordinated phrase is tagged as 'Bulgarian troops' alone",
    "s-pound-hideouts:Russian artillery and helicopters": "the coordinated phrase is no entity",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "s-chirac-letter": "'sent a letter of congratulations' is also coded as a consultation (040)",
    "s-sistani-list": "'thrown his weight behind a single list' gets no target (the list is no actor)",
    "s-kawaguchi-thanks": "the clerics are coded as Japanese (see ACTOR_MISSES); 'who helped win the release' is "
    "coded as aid (070)",
    "s-bush-thanks-poland": "'when the two leaders met' is coded for one side only, with no target",
    "s-arab-league-syria": "'calling U.S. sanctions ... unjustified' is not coded as criticism",
    "s-berlusconi-pipeline": "'opened a gas pipeline between Libya and Italy' is also coded as Italy's with itself",
    "s-schroeder-yushchenko": "'invited him to visit Berlin' is coded as an appeal to meet (026), not intent (036)",
    "s-france-eta-handover": "the parser makes 'members' the subject of 'said': 'hand over' falls back to aid (070)",
    "s-india-pak-train": "'a passenger train crossed the border ..., restoring a rail link' names no doer",
    "s-libya-disco": "'agreed to pay ... to non-American victims' is coded as intent aimed at the U.S.",
    "s-sudan-oks-au": "'agreed to let the African Union send more troops' is coded as bare intent and an AU "
    "deployment aimed at Sudan",
    "s-israel-roadblocks": "the lifted roadblocks get no target ('to let Palestinians travel' is not read)",
    "s-dominicans-leave": "the Dominican Republic is coded as Dominica (DMA); 'the new president had pledged' is "
    "coded as Iraq's",
    "s-bukavu-pullout": "'a week after seizing it' is coded as a seizure of property (171) with no target",
    "s-polisario-frees": "the Polisario Front is not found (see ACTOR_MISSES): nothing is coded",
    "s-arafat-leaves": "'allowed Arafat to leave his compound for treatment in France' is coded as his visit to France",
    "s-fahim-tanks": "'forces loyal to' the minister handing tanks to the army is coded as aid (070)",
    "s-un-workers-freed": "the passive release has no doer, and 'held by a Taliban splinter group' is coded as a "
    "detention (173)",
    "s-iran-rebuffs-eu": "the rejected 'offer' (a noun) is also coded as the EU's intent (030)",
    "s-putin-no-talks": "'rejected Western calls to negotiate with Maskhadov' gets no target",
    "s-sunni-party-quits": "'pulling out of next month's election' is coded as a military withdrawal (087)",
    "s-erdogan-protocol": "the refusal and the threat get no target (Cyprus in a relative clause, the EU summit)",
    "s-hamas-rejects-abbas": "the headline's 'call to halt rockets' is coded as a halt (087)",
    "s-pyongyang-dna": "the rejection gets no target; 'remains it had handed over' is coded as aid (070)",
    "s-eu-myanmar": "'agreed to tighten sanctions' is coded as a threat (1312); the headline's 'Myanmar sanctions' "
    "makes Myanmar their doer",
    "s-us-chinese-firms": "'companies it accuses of selling' is coded as the firms' accusation; 'penalizes' as 170",
    "s-eu-zimbabwe": "'keeping a travel ban' is coded as a refusal to ease (1241)",
    "s-ajaria-blockade": "'refused to let him enter' gets no target",
    "s-haramain-freeze": "the freeze gets no target ('branches of the Saudi charity Al-Haramain')",
    "s-kaplan-deported": "Kaplan is coded as German (see ACTOR_MISSES); 'ended a years-long legal fight' is coded "
    "as a ceasefire (0871)",
    "s-vlaams-blok": "the headline's 'condemns' is coded as a sentence (173) with no target; 'broke anti-racism laws' "
    "(the ruling's content) as defiance (128)",
    "s-manar-banned": "'ordered a satellite operator to stop broadcasting Al-Manar' is coded only as an order (10)",
    "s-kano-curfew": "'attacked Christians in revenge for a massacre' is coded as criticism (111) with no target",
    "s-gaza-sealed": "the suicide bomber is coded as an Israeli militant",
    "s-khan-younis-shelled": "the mortar fire at 'a nearby Jewish settlement' gets no target",
    "s-kut-retaken": "the Ukrainian pullout 'of the city' gets no target",
    "s-vietnam-bird-flu": "'battled to contain a fresh outbreak of bird flu' is coded as force (190)",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_silent_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_silent_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_silent_set() -> None:
    scores = SET.scores()
    print(SET.recall_by_root())
    # Floors just under the scores when the set was last fixed (tuple P/R .726/.644, actor country .937, two split
    # codes; main before any fix, on the same leads and gold, .629/.535, .937 and two).
    assert scores["tuple_precision"] >= 0.71
    assert scores["tuple_recall"] >= 0.63
    assert scores["actor_country"] >= 0.93
    assert scores["split_codes"] <= 2
