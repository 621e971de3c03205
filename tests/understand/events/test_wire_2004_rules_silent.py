"""Rules the silent set (`tests/understand/actors/test_wire_2004_silent.py`) led to, each checked on sentences written
for this test in the style of 2004 wire copy (generic people and incidents; a headline, where one matters, before
"||"):

- prisoners, suspects or agents a state transfers or hands over to another are judicial cooperation (063); money
  transferred is not;
- a newspaper closed, or an outlet's offices padlocked, is a restriction of political freedoms (1721); a border
  closed is not;
- a blockade called off, and roadblocks lifted, are eased (0872); a strike called off stays a strike called off; a
  suspension lifted eases a sanction on whom it held (081);
- troops or armed men who fight a battle with someone use force on them (190), both ways; a legal battle is none;
- troops who drive militiamen out of a place use force (190); a car driven to a town is no event;
- a party that sweeps an election does nothing to anyone;
- what a government dismisses as a fabrication or as baseless it rejects (120); a minister dismissed is no event;
- an act someone is considering or weighing ("is considering imposing martial law") is only an option;
- praise a call is made for ("telephoned X to congratulate him") is told as done; an errand troops are sent on is
  not;
- a road blocked by troops is a blockade (191); by farmers, a protest's obstruction (144);
- foreigners a state orders out of the country are expelled (174); its own citizens ordered to leave a war are not;
- a battle or a fight for votes is no force; a lead surrendered is no yielding; rebels who surrender to troops yield;
- files or intelligence passed to another state are shared (064); a resolution passed is no sharing;
- a participle set off by commas with a time of its own ("the dissident, released by Chinese authorities on
  Sunday, flew ...") tells that act; one with no time ("the delegation, led by the minister") only labels its noun;
- foreign troops a state allows or lets into its land are received as peacekeepers (0861); its own troops allowed
  to rest are not;
- a past participle clause before its sentence ("Wounded in the attack, the soldier ...") is passive with no "by"
  agent too: its subject suffers the act;
- a headline that names the country an act falls on before its noun ("Cuba embargo", "Iran sanctions") tells the
  lead's one act of that root on it: the country is no doer."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "transferred": "WASHINGTON (Reuters) - The United States has transferred four Egyptian detainees from a "
    "military prison to Egypt, the Pentagon said on Monday.",
    "transferred-money": "Reuters - The central bank transferred #36;2 billion to a Swiss account, officials said.",
    "handed-agents": "AP - Qatar has handed over to Russia three Russian agents jailed for murder, officials in "
    "Moscow said on Friday.",
    "closed-daily": "Reuters - Iran's judiciary closed a reformist daily on Tuesday after it printed a letter from "
    "students.",
    "closed-border": "Reuters - Ruritania closed its border with Freedonia on Tuesday, officials said.",
    "padlocked": "AP - Zimbabwean police padlocked the offices of the independent Daily News on Sunday.",
    "called-off-blockade": "Reuters - Nepal's Maoist rebels on Friday called off a blockade of three western towns, "
    "saying they wanted talks.",
    "called-off-strike": "Reuters - Nigerian unions called off a general strike on Thursday after a deal with the "
    "government.",
    "lifted-roadblocks": "AFP - Israeli troops lifted roadblocks around Nablus on Monday, the army said.",
    "fought-battles": "Reuters - Iraqi troops fought street battles with insurgents in Mosul on Tuesday, police said.",
    "fought-legal": "AP - The Ruritanian government fought a long legal battle with the oil company over taxes.",
    "drove-out": "AFP - Philippine troops drove rebels out of a village in Mindanao on Saturday, the army said.",
    "drove-car": "Reuters - The minister drove to the border on Saturday to inspect the crossing.",
    "swept": "Reuters - The ruling party swept Ruritania's parliamentary election, official results showed on "
    "Monday.",
    "dismissed-as": "Reuters - Syria on Thursday dismissed U.S. charges that it shelters insurgents as baseless.",
    "dismissed-minister": "AP - The Ruritanian president dismissed his interior minister on Monday.",
    "considering": "Reuters - Ruritania's government is considering imposing a curfew in the capital, a senior "
    "official said on Sunday.",
    "weighing": "AP - Freedonia is weighing sending more troops to Iraq, officials said on Friday.",
    "called-to-congratulate": "AP - The Ruritanian president telephoned the Freedonian leader on Wednesday to "
    "congratulate him on his re-election.",
    "sent-to-help": "Reuters - Ruritania sent troops to Freedonia on Monday to help disarm the militias.",
    "troops-blocked": "Reuters - Israeli troops blocked the main road into Nablus on Monday, residents said.",
    "farmers-blocked": "Reuters - Striking farmers blocked the main highway to the capital on Monday.",
    "ordered-out": "AP - Eritrea ordered two American missionaries out of the country on Monday.",
    "ordered-own": "AP - Kenya ordered its citizens to leave Ivory Coast on Monday.",
    "battled-votes": "AP - The two candidates battled for votes in the Ruritanian capital on Sunday.",
    "battled-control": "Reuters - U.S. troops battled Iraqi insurgents for control of Samarra on Sunday.",
    "surrendered-lead": "AP - Brazil surrendered a two-goal lead and lost to Argentina on Wednesday.",
    "surrendered-to": "Reuters - Forty rebels surrendered to Ugandan troops on Sunday, the army said.",
    "passed-files": "Reuters - Pakistan passed the seized files to U.S. officials on Monday.",
    "passed-resolution": "Reuters - The Ukrainian parliament passed a resolution on the election on Monday.",
    "lifted-suspension": "Reuters - The African Union lifted Togo's suspension from its summits on Monday.",
    "participle-freed": "Reuters - The dissident, released by Chinese authorities on Sunday, flew to the United "
    "States.",
    "participle-label": "Reuters - The delegation, led by the Chinese foreign minister, arrived in Seoul on Monday.",
    "participle-before": "Reuters - Wounded in a rebel ambush on Monday, the Nepali soldier was flown to Kathmandu.",
    "let-troops": "Reuters - Sudan let more African Union troops into Darfur on Sunday, officials said.",
    "allowed-own": "Reuters - Russia allowed its troops in Chechnya to rest on Sunday.",
    "headline-embargo": "U.S. tightens Cuba embargo || WASHINGTON (Reuters) - The United States tightened its trade "
    "embargo on Cuba on Thursday, limiting family visits to the island.",
    "headline-unlikely": "Iran sanctions unlikely, envoys say || The Security Council is unlikely to impose sanctions "
    "on Iran this year, Western envoys said on Monday.",
}


RUN = RuleLeads(LEADS)
coded, all_events = RUN.coded, RUN.events


def _roots(lead: str) -> set[str]:
    return {r for _, _, r in coded(lead)}


def test_prisoners_and_agents_handed_to_another_state_are_judicial_cooperation() -> None:
    assert ("USA", "EGY", "06") in coded("transferred"), coded("transferred")
    assert ("QAT", "RUS", "06") in coded("handed-agents"), coded("handed-agents")
    assert "06" not in _roots("transferred-money"), coded("transferred-money")


def test_outlets_closed_or_padlocked_are_restricted() -> None:
    assert any(str(e["cameo"]) == "1721" for e in all_events("closed-daily")), all_events("closed-daily")
    assert any(str(e["cameo"]) == "1721" for e in all_events("padlocked")), all_events("padlocked")
    assert not any(str(e["cameo"]) == "1721" for e in all_events("closed-border")), all_events("closed-border")


def test_a_blockade_called_off_and_roadblocks_lifted_are_eased() -> None:
    assert any(str(e["cameo"]) == "0872" for e in all_events("called-off-blockade")), all_events("called-off-blockade")
    assert "19" not in _roots("called-off-blockade"), coded("called-off-blockade")
    assert any(str(e["cameo"]) == "0872" for e in all_events("lifted-roadblocks")), all_events("lifted-roadblocks")
    assert not any(str(e["cameo"]) == "0872" for e in all_events("called-off-strike")), all_events("called-off-strike")


def test_battles_fought_by_troops_are_force_a_legal_battle_is_none() -> None:
    assert {("IRQ", "IRQ", "19")} <= coded("fought-battles"), coded("fought-battles")
    assert not coded("fought-legal"), coded("fought-legal")


def test_troops_driving_rebels_out_use_force() -> None:
    assert ("PHL", "PHL", "19") in coded("drove-out"), coded("drove-out")
    assert "19" not in _roots("drove-car"), coded("drove-car")


def test_sweeping_an_election_is_no_event() -> None:
    assert not coded("swept"), coded("swept")


def test_what_is_dismissed_as_baseless_is_rejected() -> None:
    assert ("SYR", "USA", "12") in coded("dismissed-as"), coded("dismissed-as")
    assert not coded("dismissed-minister"), coded("dismissed-minister")


def test_an_act_weighed_is_only_an_option() -> None:
    assert not coded("considering"), all_events("considering")
    assert not coded("weighing"), all_events("weighing")


def test_praise_a_call_is_made_for_is_told_as_done() -> None:
    assert any(r == "05" for _, _, r in coded("called-to-congratulate")), all_events("called-to-congratulate")
    assert "07" not in _roots("sent-to-help") or all(e["hypothetical"] for e in all_events("sent-to-help")
                                                     if str(e["cameo"]).startswith("07"))


def test_a_road_blocked_by_troops_is_a_blockade() -> None:
    assert any(str(e["cameo"]) == "191" for e in all_events("troops-blocked")), all_events("troops-blocked")
    assert not any(str(e["cameo"]) == "191" for e in all_events("farmers-blocked")), all_events("farmers-blocked")


def test_foreigners_ordered_out_are_expelled_own_citizens_are_not() -> None:
    assert ("ERI", "USA", "17") in coded("ordered-out"), coded("ordered-out")
    assert "17" not in _roots("ordered-own"), coded("ordered-own")


def test_battles_for_votes_and_leads_surrendered_are_no_events() -> None:
    assert not coded("battled-votes"), coded("battled-votes")
    assert ("USA", "IRQ", "19") in coded("battled-control"), coded("battled-control")
    assert not coded("surrendered-lead"), coded("surrendered-lead")
    assert ("UGA", "UGA", "08") in coded("surrendered-to"), coded("surrendered-to")


def test_files_passed_to_another_state_are_shared() -> None:
    assert ("PAK", "USA", "06") in coded("passed-files"), coded("passed-files")
    assert "06" not in _roots("passed-resolution"), coded("passed-resolution")


def test_a_headline_country_before_an_act_noun_suffers_the_leads_act() -> None:
    assert ("USA", "CUB", "16") in coded("headline-embargo"), coded("headline-embargo")
    assert not any(s == "CUB" for s, _, _ in coded("headline-embargo")), coded("headline-embargo")
    assert not coded("headline-unlikely"), all_events("headline-unlikely")


def test_a_suspension_lifted_is_eased() -> None:
    assert ("IGO", "TGO", "08") in coded("lifted-suspension"), coded("lifted-suspension")


def test_a_participle_with_a_time_of_its_own_tells_its_act() -> None:
    assert ("CHN", "CHN", "08") in coded("participle-freed"), coded("participle-freed")
    assert not any(str(e["trigger"]).lower() == "led" for e in all_events("participle-label")), all_events(
        "participle-label"
    )


def test_a_participle_clause_before_its_sentence_is_passive() -> None:
    wounded = [e for e in all_events("participle-before") if str(e["trigger"]).lower() == "wounded"]
    assert wounded and all(str(e["target_code"]).startswith("NPL") for e in wounded), wounded
    assert all(not str(e["source_code"]).startswith("NPL") for e in wounded), wounded


def test_foreign_troops_let_in_are_received_as_peacekeepers() -> None:
    assert ("SDN", "IGO", "08") in coded("let-troops"), coded("let-troops")
    assert "08" not in _roots("allowed-own"), coded("allowed-own")
