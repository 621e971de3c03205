"""A blind set of real wire leads of 2004 whose events' TARGET is told indirectly, as AG's News carries the
"World" class (headline plus one to three sentences): in a prepositional phrase ("held talks with", "appealed to",
"put pressure on", "a deal with", "aid to"), in a possessive or an of-phrase ("condemned Israel's incursion", "the
arrest of"), in the headline only, in a conjunction ("met Chirac and Schroeder"), as a state organ placed by the
dateline, as a pronoun or "the two sides", after a long apposition, in a passive ("was urged by"), in an infinitive
or participle clause ("urging Tehran to"), targets of the source's own country (police against protesters), and
events with no codable target, across the roots 02-19. About a fifth tell no codable event. The stories are others
than those of the earlier 2004 sets (`test_wire_2004_*.py`). More than half carry no dateline: an agency credit or
a bare sentence, many with the corpus's `#39;` for an apostrophe.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied. Codes and events were written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen; the leads and the
coding choices the guidelines leave open live in `wire_2004_targets_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_targets.py -q -s -k score` prints the scores, overall and
by the lowest root of each gold event."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_targets_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "t-natbol-detained:National Bolshevik Party": "the Russian party gets no country",
    "t-jean-juste:Gerard Jean-Juste": "a priest named once in a Haitian story gets no country",
    "t-rios-montt-house-arrest:Efrain Rios Montt": "the former Guatemalan dictator gets no country",
    "t-asahara-sentenced:Shoko Asahara": "the cult guru sentenced by a Tokyo court gets no country",
    "t-egypt-hizb-britons:Islamic Liberation Party": "the banned party gets no country",
    "t-zarqawi-sentenced:Abu Musab al-Zarqawi": "the Jordanian is coded as an Iraqi insurgent, where he fights",
    "t-motassadeq-freed:Mounir el Motassadeq": "'Moroccan' before the name does not place him",
    "t-mauritania-trial:Maaouya Ould Taya": "the Mauritanian president is coded as Mauritius's (MUS)",
    "t-iran-dole:Elizabeth Dole": "the U.S. senator is coded as an Iranian lawmaker",
    "t-eljahmi-freed:Fathi Eljahmi": "the Libyan dissident named once gets no country",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "t-hu-chirac-paris": "'told him France would press for an end to the EU's arms embargo' is coded as a done appeal "
    "and the embargo (a noun of a hoped end) as a sanction",
    "t-panmunjom-broadcasts": "'Generals from North and South Korea' is one actor (KORMIL) and 'the two sides agreed' "
    "has no doer",
    "t-bigley-mother": "'his captors' are coded British, from the hostage's nationality, not Iraq where they hold him",
    "t-simonas-demand": "'the release of two Italian aid workers' is aimed at the workers; 'their captors' are "
    "coded Italian",
    "t-ghailani-praise": "the headline's 'embassy bomb suspect' is coded American (the embassy's); 'who is wanted "
    "for the bombings' is coded as an intent (030) with no doer",
    "t-singapore-lee-visit": "'saying it had harmed relations' is coded as China's reduction of relations (160)",
    "t-pyongyang-remittance-law": "'a bill ... that would let the government halt money transfers' is coded as a "
    "done aid cut (162)",
    "t-turkey-recalls-israel": "'accusing the Jewish state' is aimed at Turkey: the epithet is no actor",
    "t-powell-kremlin-power": "'Washington was troubled by the concentration of power in the Kremlin' is no event",
    "t-lula-subsidies": "the headline's 'attacks farm subsidies' is coded as force (190)",
    "t-assam-blame": "the bomb that killed schoolchildren is coded with no doer ('', 18)",
    "t-japan-samawah": "'The main body of Japanese ground troops arrived' is coded as a visit (042): 'body' is no "
    "troops word",
    "t-powell-pakistan-ally": "'would designate Pakistan a major non-NATO ally' and 'a day after he visited New "
    "Delhi' are not coded",
    "t-natbol-detained": "'they occupied a reception room' is coded as occupying territory (192), not a protest; "
    "'and demanded' reads its doer as the police",
    "t-jean-juste": "the arrested priest gets no country (see ACTOR_MISSES): no target",
    "t-rios-montt-house-arrest": "Rios Montt gets no country: no target; 'riots that killed a journalist' is coded "
    "with no doer",
    "t-zarqawi-sentenced": "the headline's Zarqawi is coded Iraqi (see ACTOR_MISSES)",
    "t-saddam-arraigned": "'appeared before an Iraqi judge ..., who read him seven preliminary charges' is not coded",
    "t-ghoul-killed": "'was killed by a missile fired from an Israeli helicopter' after a long apposition is not "
    "coded",
    "t-beersheba-buses": "'claimed responsibility' is coded as 015 (root 01, no event by the guidelines)",
    "t-chen-shot": "'by a gunman' leaves the doer unknown, where the story's country is the gold's",
    "t-muqrin-killed": "'hours after his group beheaded an American hostage' is not coded",
    "t-fo-summons-iran": "'summoned Iran's ambassador to demand the release' codes the demand as a purpose, aimed "
    "at the servicemen",
    "t-french-journalists-handed": "'journalists held hostage in Iraq ... were freed by' loses its passive subject "
    "to the participle; 'held' is coded as a kidnapping with no doer",
    "t-kongra-gel-truce": "'called off its ... ceasefire' is coded as a ceasefire (0871), with no target",
    "t-alkhanov-congratulated": "'promised him help' gets no target: the indirect object is not read",
    "t-eljahmi-freed": "the passive release has no doer and Eljahmi no country (see ACTOR_MISSES)",
    "t-koguryo-protest": "'a government website' is coded as South Korea's media",
    "t-maoists-free-soldiers": "'handing them over to the Red Cross' is coded as aid (070): the pronoun hides the "
    "soldiers from the sense",
    "t-azahari-named": "'named X as the mastermind of the car bomb' is not coded as an accusation",
    "t-qurei-suleiman": "'who offered to resign last month' is coded as intent to cooperate (030)",
    "t-sinai-roundup": "'rounded up hundreds of Bedouin' gets no target",
    "t-nca-marchers": "'as they marched ... demanding a new constitution' is not coded",
    "t-ryongchon": "the train blast is coded as a bombing with no doer",
    "t-gasparovic-wins": "'won the runoff, defeating his former mentor' is coded as force (190)",
    "t-japan-poll": "the headline 'Most Japanese oppose extending Iraq mission' tells no poll: coded as disapproval",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_targets_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_targets_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


def test_score_on_the_targets_set() -> None:
    scores = SET.scores()
    print(SET.recall_by_root())
    # Floors just under the scores when the set was last fixed (tuple P/R .771/.759, actor country .940, nine split
    # codes; main before any fix, on the same leads and gold, .729/.716, .940 and eight).
    assert scores["tuple_precision"] >= 0.76
    assert scores["tuple_recall"] >= 0.74
    assert scores["actor_country"] >= 0.93
    assert scores["split_codes"] <= 9
