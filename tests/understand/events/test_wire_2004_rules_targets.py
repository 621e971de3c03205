"""Rules the targets set (`tests/understand/actors/test_wire_2004_targets.py`) led to, each checked on sentences
written for this test in the style of 2004 wire copy (generic people and incidents; a headline, where one matters,
before "||"):

- "was pressed by visiting British officials": the noun after an adjectival participle is the agent;
- praise of an arrest or a capture is praise (051) of whoever made it, not disapproval (110);
- a satellite launched is no inquiry; an investigation or a probe launched is one;
- a court throwing out an impeachment rejects it (120);
- a visit hosted abroad ("was received by Kuwait's emir") is the guest's visit (042) too;
- support or criticism of what someone pursues ("backed Croatia's EU bid") is aimed at its possessor;
- troops arriving in another state are sent to protect or keep the peace there (074); at home, no event;
- what a poll or a survey finds people think is an opinion, no event;
- leaders who discuss an election consult (040), pledge no reform (0341);
- an ambassador called home for consultations is recalled (161), no appeal;
- "arrested 20 protesters after they stoned a police station": the subject pronoun of a clause of time or cause on
  an arrest is the arrested, who did what they were arrested for; not so on an act that punishes no one."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "by-plain": "Reuters - Uzbekistan#39;s president was pressed by British officials on Sunday to free jailed "
    "dissidents.",
    "by-visiting": "Reuters - Uzbekistan#39;s president was pressed by visiting British officials on Sunday to free "
    "jailed dissidents.",
    "praised-arrest": "Reuters - The United States on Tuesday praised Kenya#39;s arrest of a Somali militant leader.",
    "praised-decision": "Reuters - Britain on Tuesday praised Libya#39;s decision to give up banned weapons.",
    "satellite": "Reuters - India launched a scientific research satellite from its space centre on Monday.",
    "investigation": "Reuters - Kenya launched an investigation into the prison riot on Monday.",
    "probe": "AP - Police launched a probe into the killing of a journalist on Monday.",
    "impeachment": "Reuters - Ruritania#39;s Constitutional Court on Friday threw out parliament#39;s impeachment "
    "of the president.",
    "received-by": "Reuters - The Afghan president was received by Pakistan#39;s prime minister in Islamabad on "
    "Monday.",
    "received-home": "Reuters - The Kenyan president received the governor of Nairobi on Monday.",
    "backed-bid": "Reuters - Italy on Friday backed Croatia#39;s EU bid.",
    "criticised-plan": "AFP - Washington criticised Iran#39;s plan to resume uranium enrichment on Friday.",
    "backed-plan": "Reuters - Ruritania on Friday backed the peace plan.",
    "troops-abroad": "Reuters - The first 200 Ghanaian troops arrived in Liberia on Sunday, the U.N. said.",
    "troops-home": "Reuters - Pakistani troops arrived in the tribal town of Wana on Sunday, the army said.",
    "minister-arrived": "Reuters - The Ghanaian foreign minister arrived in Liberia on Sunday.",
    "poll-showed": "AFP - Most South Koreans oppose sending more troops to Iraq, a newspaper poll showed on Monday.",
    "survey-found": "Reuters - A survey found on Tuesday that most Poles oppose the government#39;s Iraq policy.",
    "discuss-vote": "Blair, Karzai discuss election || Reuters - British Prime Minister Tony Blair spoke by telephone "
    "on Monday with Afghan President Hamid Karzai about next month#39;s vote.",
    "discussed-election": "Reuters - Tony Blair and Hamid Karzai discussed the election on Monday.",
    "called-home": "Reuters - Lithuania has called its ambassador home for consultations, the foreign ministry said "
    "on Tuesday.",
    "called-for-talks": "Reuters - Sudan called for talks with the rebels on Monday.",
    "arrested-after": "NAIROBI (Reuters) - Police arrested 20 protesters after they stoned a police station in the "
    "capital on Monday.",
    "arrested-passive-after": "Reuters - Five Afghans were arrested after they attacked a police post, officials said.",
    "raided-after": "Reuters - Police arrested five militants after they raided a hideout in Karachi on Monday.",
    "fired-after": "Reuters - Troops fired on protesters in Dhaka after they were attacked by the crowd, officials "
    "said.",
    "minister-said": "Reuters - South Korea will send more troops to Iraq, the defence minister said on Monday.",
}


RUN = RuleLeads(LEADS)
coded, all_events = RUN.coded, RUN.events


def _roots(lead: str) -> set[str]:
    return {r for _, _, r in coded(lead)}


def test_the_noun_after_an_adjectival_participle_is_the_agent() -> None:
    assert ("GBR", "UZB", "02") in coded("by-plain"), coded("by-plain")
    assert ("GBR", "UZB", "02") in coded("by-visiting"), coded("by-visiting")


def test_praise_of_an_arrest_is_praise_of_the_arrester() -> None:
    assert ("USA", "KEN", "05") in coded("praised-arrest"), coded("praised-arrest")
    assert "11" not in _roots("praised-arrest"), coded("praised-arrest")
    assert ("GBR", "LBY", "05") in coded("praised-decision"), coded("praised-decision")


def test_a_satellite_launched_is_no_inquiry() -> None:
    assert not coded("satellite"), all_events("satellite")
    assert "09" in _roots("investigation"), coded("investigation")
    assert "09" in _roots("probe"), coded("probe")


def test_an_impeachment_thrown_out_is_rejected() -> None:
    assert any(str(e["cameo"]) == "120" for e in all_events("impeachment")), all_events("impeachment")


def test_a_visit_hosted_abroad_is_the_guests_visit_too() -> None:
    assert {("PAK", "AFG", "04"), ("AFG", "PAK", "04")} <= coded("received-by"), coded("received-by")
    assert not any(str(e["cameo"]) == "042" for e in all_events("received-home")), all_events("received-home")


def test_a_stand_on_what_someone_pursues_is_aimed_at_its_possessor() -> None:
    assert ("ITA", "HRV", "05") in coded("backed-bid"), coded("backed-bid")
    assert ("USA", "IRN", "11") in coded("criticised-plan"), coded("criticised-plan")
    assert all(t == "" for _, t, _ in coded("backed-plan")), coded("backed-plan")


def test_troops_arriving_abroad_keep_the_peace_there() -> None:
    assert ("GHA", "LBR", "07") in coded("troops-abroad"), coded("troops-abroad")
    assert not coded("troops-home"), all_events("troops-home")
    assert ("GHA", "LBR", "04") in coded("minister-arrived"), coded("minister-arrived")


def test_what_a_poll_finds_is_no_event() -> None:
    assert not coded("poll-showed"), all_events("poll-showed")
    assert not coded("survey-found"), all_events("survey-found")
    assert all_events("minister-said"), "a minister's announcement is still told"


def test_leaders_who_discuss_an_election_consult() -> None:
    assert "03" not in _roots("discuss-vote"), coded("discuss-vote")
    assert "03" not in _roots("discussed-election"), coded("discussed-election")
    assert {("GBR", "AFG", "04"), ("AFG", "GBR", "04")} <= coded("discussed-election"), coded("discussed-election")


def test_an_ambassador_called_home_is_recalled() -> None:
    assert any(str(e["cameo"]) == "161" for e in all_events("called-home")), all_events("called-home")
    assert "02" not in _roots("called-home"), coded("called-home")
    assert ("SDN", "SDN", "02") in coded("called-for-talks"), coded("called-for-talks")


def test_a_pronoun_in_a_clause_of_cause_on_an_arrest_is_the_arrested() -> None:
    stoned = [e for e in all_events("arrested-after") if e["trigger"] == "stoned"]
    assert stoned and all(str(e["source_code"]).endswith("CVL") for e in stoned), all_events("arrested-after")
    attacked = [e for e in all_events("arrested-passive-after") if e["trigger"] == "attacked"]
    assert attacked and all(str(e["source_code"]).startswith("AFG") for e in attacked), all_events(
        "arrested-passive-after"
    )
    # "after they raided a hideout": the raid is the arresters' own act, so "they" is not read as the arrested.
    assert not any(str(e["source_code"]).endswith("REB") for e in all_events("raided-after") if e["trigger"] == "raided")
    # Fire on protesters punishes no one for what they did: "they" is left to the other rules.
    assert not any(str(e["source_code"]).endswith("CVL") and e["trigger"] == "fired" for e in all_events("fired-after"))
