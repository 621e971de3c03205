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

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "v-schroeder-putin-call:Vladimir Putin": "the headline's 'phones Putin on Ukraine' gives the Russian president "
    "Ukraine's country over the lead's 'Russian President Vladimir Putin'",
    "v-annan-suu-kyi:Aung San Suu Kyi": "the opposition leader is coded as Myanmar's government",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "v-schroeder-putin-call": "the call takes Ukraine as target (see ACTOR_MISSES)",
    "v-yanukovich-denies": "'accused his rivals of trying to seize power' is coded as nothing beside the denial",
    "v-khatami-never": "'rejecting demands from Britain, France and Germany' is aimed at Britain alone: a 'from' "
    "phrase's conjuncts are not read",
    "v-diplomat-useful": "the headline's 'Iran talks' is read as Iran talking (a meeting with no target)",
    "v-bulgaria-nurses": "the Libyan court is read as one of those who 'called for their release'",
    "v-bush-endorses-sharon": "the headline's 'backs Sharon Gaza plan' is coded as praise of the Palestinians, and "
    "'Palestinian leaders denounced the move' gets no target",
    "v-suleiman-gaza": "'pressing them to agree on a truce with Israel' is an appeal to Israel ('them' unresolved)",
    "v-hamas-vows": "'vowed to avenge the killing of its founder' threatens the founder's side, not Israel",
    "v-sistani-elections": "'rejecting U.S. plans', after the demand's long 'for' phrase, is coded as nothing",
    "v-bush-sorry": "'apologized for the abuse of Iraqi prisoners' gets no target",
    "v-saudi-libya-plot": "'told Tripoli's envoy to leave' is coded as a demand (10), not an expulsion (174)",
    "v-icj-barrier": "'Israel's West Bank barrier breaks international law' is coded as a Palestinian business "
    "defying norms; 'would ignore the ruling' is coded as nothing",
    "v-samawah-rally": "a rally 'in support of' the Japanese troops is coded as a protest against them and Iraq's "
    "government; 'urging them to stay' gets no target",
    "v-roh-bush-call": "'agreed in a telephone call' is no call; the headline's 'talk' has one side",
    "v-ryongchon-aid": "'sent relief supplies across the border' gets no target, and the explosion that "
    "'devastated' the town is coded as a seizure with no doer",
    "v-japan-remains-demand": "'remains it had handed over' (a relative clause) is coded as Japanese aid",
    "v-china-yasukuni": "Koizumi's visit to the shrine, a place of his own country, is coded as a visit",
    "v-hu-koizumi": "'when they met on Sunday' is not coded ('they' is not read as the two leaders)",
    "v-singh-musharraf-ny": "the talks are also coded as Pakistan meeting itself ('their first talks')",
    "v-musharraf-kashmir-idea": "'proposed that India and Pakistan consider' is also aimed at Pakistan, the proposer's "
    "own side; 'rejected the idea' gets no target",
    "v-prabhakaran-warns": "'if the government kept stalling on peace talks' codes the talks as a meeting",
    "v-hk-march": "'defying Beijing's ruling' is coded as defiance of China (128)",
    "v-chavez-castro-pact": "'pledging to build an alternative' is coded as intent with no target",
    "v-latortue-freedom": "'at a rally in Gonaives' is coded as the rebels protesting against the government",
    "v-bush-ottawa": "the headline's 'Canada visit' makes Canada the visitor; 'seeking to repair ties' is intent and "
    "'Ottawa's refusal to join the Iraq war' a rejection",
    "v-mesa-sea": "the headline's 'presses' is coded as an appeal (02) beside the lead's demand (10)",
    "v-prk-denies-uranium": "the denial gets no target ('calling the U.S. charge a fabrication' is not read)",
    "v-meles-border": "the parser reads 'accepted the ruling and proposed talks' as a noun phrase: nothing is coded",
    "v-annan-suu-kyi": "the extended house arrest gets no target (Suu Kyi is coded as the government, see "
    "ACTOR_MISSES)",
    "v-downer-pyongyang": "'on a rare visit by a Western minister to the isolated state' is not read as Downer's "
    "visit",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_verbal_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_verbal_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_verbal_set() -> None:
    scores = SET.scores()
    print("gold recall by lowest root", SET.recall_by_root())
    # Floors just under the scores when the set was last fixed (tuple P/R .802/.771, actor country .988, three split
    # codes; main before any fix, on the same leads, .726/.688, .988 and three).
    assert scores["tuple_precision"] >= 0.79
    assert scores["tuple_recall"] >= 0.76
    assert scores["actor_country"] >= 0.98
    assert scores["split_codes"] <= 3
