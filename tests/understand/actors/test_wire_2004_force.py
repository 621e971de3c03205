"""A blind set of real wire leads of 2004 about hostages, attacks and coercion, as AG's News carries the "World"
class (headline plus one to three sentences): Iraq's hostage crises (held, threatened, beheaded, freed), Beslan,
Chechnya and the Moscow bombings, the Saudi attacks of 2004, the Madrid aftermath, Gaza and West Bank raids and
curfews, Darfur, Nepal's Maoists, Thailand's south, Pakistan, Colombia, Haiti, Aceh, Mindanao, the Yukos
arrests, detentions, expulsions and sanctions; with precision traps (attacks only condemned, denied, feared,
figurative or hypothetical; attacks in background clauses) and about a quarter of leads with no codable event
(disasters, accidents, results, polls, reports). The stories are others than those of the earlier 2004 sets
(`test_wire_2004_*.py`). About a third carry a dateline, the rest an agency credit or a bare sentence, many with
the corpus's `#39;` for an apostrophe.

Each lead lists every actor it names with its gold code ("text=CODE", checked on the country with the
guidelines' `first_match`) and its gold events in the format of the event blind sets
(`tests/understand/events/test_wire_blind.py`). The sentences were written for this test, in wire style, from
memory of the period's events; no article text is copied. Codes and events were written down by
events_guidelines.md and the CAMEO codebook before the coder's output on these leads was seen; the leads and the
coding choices the guidelines leave open live in `wire_2004_force_leads.py`.

`python -m pytest tests/understand/actors/test_wire_2004_force.py -q -s -k score` prints the scores."""

from __future__ import annotations

import pytest

from tests.understand.actors.lead_sets import Lead, LeadSet
from tests.understand.actors.wire_2004_force_leads import LEADS

pytestmark = pytest.mark.model

# Actors the stages still code wrong, "lead id:actor text" -> cause (strict xfails).
ACTOR_MISSES: dict[str, str] = {
    "h-koda-beheaded:Abu Musab al-Zarqawi": "the dictionary has Zarqawi as an Iraqi insurgent, not the Jordanian he is",
    "h-truckers-threat:Kuwaiti employer": "'their Kuwaiti employer' is no entity",
    "h-hensley-beheaded:Eugene Armstrong": "a colleague named after 'killing his colleague' gets no country",
    "h-milewicz-killed:Waldemar Milewicz": "the Polish reporter takes Iraq, where he was killed; 'Polish' modifies "
    "the journalists before him",
    "s-johnson-threat:Al Qaeda militants": "the parser makes Paul Johnson the subject of 'threatened': the "
    "militants take his country",
    "k-ghailani:Ahmed Khalfan Ghailani": "'Tanzanian al Qaeda suspect X' gives the name no country",
    "u-soros-closed:Open Society Institute": "the institute is coded as a Uzbek school (EDU) from the word "
    "'Institute' and the dateline",
    "x-ding-zilin:Ding Zilin": "the activist's name is no entity the model tags",
    "z-falluja-flee:residents": "'residents' of a named city get no country when the city is only the object of "
    "'streamed out of'",
}
# Leads whose events the coder still gets wrong, lead id -> what it codes (strict xfails).
KNOWN_MISSES: dict[str, str] = {
    "h-koda-beheaded": "'beheaded Japanese backpacker Shosei Koda' gives the beheading no target",
    "h-truckers-threat": "the militants take India's country and the holding of the drivers is not coded (the "
    "parser hangs 'holding' as a noun phrase)",
    "h-borcz-freed": "the release's source is the captors, given Poland; 'kidnapped in Baghdad last month' is not "
    "coded",
    "h-martinkus-freed": "the release has no source and the seizure's gunmen are Iraq's only by the place",
    "h-hensley-beheaded": "'is still being held' (a passive with no agent) is not coded",
    "h-jordan-drivers": "the holding and the release get no source; 'agreed to stop doing business' is coded as "
    "intent (03)",
    "h-bulgaria-refuses": "'would not bow to the demand' is coded as a negated yielding, not a refusal (12)",
    "h-milewicz-killed": "the killed reporter is coded as Iraqi (see ACTOR_MISSES)",
    "i-green-zone": "'heavily guarded Green Zone' is read as a verb: protection (074); the bombers are coded as "
    "military",
    "i-sadr-city": "'20 people were killed' is coded as a killing with no source; the pounding also as Iraq's own",
    "i-falluja-halt": "'declared a unilateral halt to offensive operations' is not coded",
    "i-arab-league-condemns": "the condemnation gets no target (the 'U.S.-led' assault's doer)",
    "i-sivits-sentenced": "the court-martial is also coded with the Baghdad dateline's Iraq",
    "r-basayev-claims": "'claimed responsibility' is coded as a claim (015, root 01) and the siege as a blockade",
    "r-beslan-mourning": "'mourns' is coded (018) and 'died in the Beslan school siege' as a civilians' siege (144)",
    "r-airliners-traces": "'crashed ..., killing all 89' is coded as force by the investigators",
    "r-yukos-fight": "'would fight the tax claims in court' is coded as a threat of force (1384)",
    "r-strike-abroad": "'was ready to strike terrorist bases' is no threat: a force act under 'ready' is hypothetical",
    "s-khobar-stormed": "the commandos 'freeing' hostages is coded as a release (0841)",
    "s-johnson-threat": "the parser makes the hostage the subject of 'threatened' (see ACTOR_MISSES); the holding "
    "is not coded",
    "s-riyadh-car-bombs": "the car bombs get no target",
    "m-morocco-arrests": "'the men who blew themselves up in Leganes' is coded as Moroccan civilians' bombing",
    "p-west-bank-arrests": "'in overnight raids across the West Bank' is coded as a second seizure aimed at Israel",
    "p-qurei-condemns": "the headline's condemnation is aimed at Gaza; the condemned raid (a noun) is coded",
    "p-ashdod": "'claimed joint responsibility' is coded as a claim (015, root 01)",
    "p-damascus-bomb": "the bombing's victim is coded as Hamas's militant (PSE) and 'vowed revenge' gets no target",
    "d-rebels-accuse": "'would stay away from peace talks' is not coded as a refusal",
    "n-deuba-pledge": "'bring the Maoist rebels to peace talks' is coded as talks (040) and the pledge gets no target",
    "t-monk-hacked": "the killing of 'a Buddhist monk' gets no target",
    "k-aziz-bomb": "the bombing gets no target (the prime minister-designate's car)",
    "u-tashkent": "'A wave of suicide bombings ... killed at least 19' is not coded",
    "u-soros-closed": "'shut down the office' is coded as reduced relations (160) aimed at Uzbekistan's government",
    "e-aceh-emergency": "'downgraded martial law to a civil emergency' is not coded",
    "e-superferry": "the bomb planted by Abu Sayyaf gets no target",
    "e-myanmar-frees": "'kept Aung San Suu Kyi under house arrest' is not coded; the release is aimed at the "
    "government",
    "e-tandjung-cleared": "overturning a conviction is coded as easing sanctions (081), as PETRARCH2's ACQUIT",
    "x-iran-no-strike": "'warned of a crushing response' gets no target; 'rules out' is coded as a rejection (12)",
    "x-schroeder-attacks": "the headline's 'attacks health plan' is coded as force (190)",
    "x-koizumi-fight": "the headline's 'vows to fight on' is coded as a threat of force (1384)",
    "z-mine-blast": "the headline's 'mine blast' is read as a landmine: a bombing (183)",
    "z-afghan-athletes": "'competed at the Olympics' is coded as disapproval (110), as PETRARCH2's COMPETE",
    "z-hostage-analysis": "'criminal gangs seize foreigners' (a habit, no event) is coded as a seizure",
}


SET = LeadSet(LEADS)


@pytest.mark.parametrize(("lead_id", "spec"), SET.actor_params(ACTOR_MISSES))
def test_force_actor_has_its_gold_country(lead_id: str, spec: str) -> None:
    SET.assert_actor(lead_id, spec)


@pytest.mark.parametrize("lead", SET.lead_params(KNOWN_MISSES))
def test_force_lead_events_are_coded_as_gold(lead: Lead) -> None:
    SET.assert_events(lead)


# Leads written for the actor rules the set led to (generic incidents): a reporter's trade is a foreigner's, and a
# headline's "X freed" tells what was done to X, not where the story is.
RULES = LeadSet((
    Lead("r-correspondent", "Reporter shot near Baghdad", "Reuters - Gunmen shot dead a Polish war correspondent "
         "south of Baghdad on Friday.", ("Gunmen=IRQ",)),
    Lead("r-headline-freed", "Polish hostage freed", "Militants freed a Polish woman held in Baghdad for a month on "
         "Friday, her family said.", ("Militants=IRQ",)),
))


@pytest.mark.parametrize(("lead_id", "spec"), RULES.actor_params({}))
def test_force_rule_actor_has_its_country(lead_id: str, spec: str) -> None:
    RULES.assert_actor(lead_id, spec)


def test_score_on_the_force_set() -> None:
    scores = SET.scores()
    # Floors just under the scores when the set was last fixed (tuple P/R .715/.710, actor country .929, five split
    # codes; main before any fix, on the same leads, .672/.664, .929 and five).
    assert scores["tuple_precision"] >= 0.70
    assert scores["tuple_recall"] >= 0.70
    assert scores["actor_country"] >= 0.92
    # Session 20: six, when "Khalifa" (the model's split of the hostage's name) lost the Iraq that "kidnapped in
    # Baghdad" gave it (a place where one is, not whose one is) while the event stage still writes Poland.
    # Eight since session 21: a side's militants lost the other side's country ("Militants" of s-johnson-threat
    # were given the U.S. hostage's), and the event stage still fills their slots from the story's home.
    assert scores["split_codes"] <= 8
