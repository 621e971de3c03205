"""Rules the lead's own probes of session 16 led to, each checked on sentences written for this test in the style
of 2004 wire copy:

- whom one pleads "with" is asked: "pleaded with his government to withdraw its troops" is the hostage's appeal to
  that government (0256), not his own intent to withdraw;
- what any verb of asking asks for in a "to" clause the parser gives a subject or hangs as an adverbial ("implored
  the government on Sunday to negotiate") has not happened: it is the appeal's content (026), not a negotiation;
  after something asked "for", such a clause is that request's purpose ("appealed for peacekeepers to help");
- what is stopped or ended ("stopped fighting", "ended fighting") is not done; "ended up fighting" is;
- an armed body's modifier says whose it is: "fought government forces" is fighting (19), not the imported
  PETRARCH2 pattern for fighting "the government" (111);
- a participle that is no past tense with a subject and no auxiliary ("a driver taken hostage in Iraq was freed")
  is done to its subject: the driver is no hostage-taker.

And of session 17:

- coercion a speaker says it may use itself ("said it could impose sanctions") is a threat (13); a third party's
  guess that someone could use it is no event;
- "charged fraud": the wrongdoing alleged as the object is an accusation (112); "charged a man with fraud" is a
  charge (173);
- the family of someone the story names ("relatives of the Japanese hostages") acts as that person's people;
- an attack told in a speech, an interview or a text is criticism (111), never force; not armed men's, nor an attack
  "during" someone's speech;
- "Nepal's government and Maoist rebels signed": two sides, each the other's partner, however the parser glues them;
- forces readying "for an assault on X" show force to X (15), and the assault readied for has not happened;
- "called the budget a disaster": a harsh verdict on what is named is criticism (111); "called the talks useful"
  is no criticism;
- a bare "called X to VERB" is a telephone call, X no one asked: "called Bush to congratulate him" is the caller's
  congratulation; only "called on / upon X (on Monday) to" asks X;
- arms an armed group hands over are arms given up (0873);
- "balked at a demand" rejects it (12), "resisted pressure to" defies it (124), "blocked a Security Council
  statement" vetoes it (129); "blocked the road" is a blockade."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "plead": "AP - A Japanese hostage pleaded with his government in a video on Tuesday to withdraw its "
    "troops from Iraq.",
    "plead-un": "Secretary-General Kofi Annan pleaded with Sudan on Friday to disarm the militias in Darfur.",
    "implore": "The families of three kidnapped Indian truck drivers implored the Indian government on Sunday to "
    "negotiate with the kidnappers.",
    "beg": "Nepal's King Gyanendra begged the Maoist rebels to return to peace talks.",
    "for-purpose": "Haiti's interim leader appealed to the United Nations on Monday for 3,000 more peacekeepers "
    "to help restore order.",
    "taken": "A Filipino truck driver taken hostage in Iraq was released on Tuesday, officials said.",
    "taken-2": "Two French journalists taken hostage in August were freed on Tuesday.",
    "took": "Gunmen took two Italian aid workers hostage in Baghdad on Tuesday.",
    "fought-forces": "Maoist rebels fought government forces for three hours in western Nepal, the army said.",
    "fought-plan": "The opposition fought the government's plan to raise fuel prices.",
    "ended": "Israel and Hamas ended fighting in Gaza on Sunday under an Egyptian-brokered truce.",
    "stopped": "Government troops and rebels stopped fighting in the west of Ivory Coast, the army said.",
    "ended-up": "Maoist rebels ended up fighting government troops in the north, residents said.",
    "may-sanction": "Reuters - Russia said on Friday it could cut gas supplies to Belarus if the debt went unpaid.",
    "may-have": "AP - The U.S. military said it may have killed civilians in an airstrike near Falluja.",
    "guess-sanction": "Diplomats in Brussels said the European Union could impose sanctions on Burma.",
    "charged-fraud": "AP - The Ukrainian opposition charged fraud in the presidential runoff on Monday.",
    "charged-with": "Police in Manila charged two Indonesian men with smuggling explosives.",
    "relatives": "Relatives of the Nepali hostages seized in Iraq pleaded for their release on Friday.",
    "speech": "Venezuela's Hugo Chavez attacked the United States in a two-hour speech to his supporters.",
    "interview": "Zimbabwe's Mugabe blasted Britain during a television interview on Sunday.",
    "in-town": "Insurgents attacked a police station in the centre of Mosul on Monday.",
    "during-speech": "Reuters - Gunmen attacked the Indian embassy in Kabul during a speech by the ambassador.",
    "glued-sides": "Reuters - Angola's government and separatist rebels signed a ceasefire in Luanda on Friday.",
    "readied": "AP - Ethiopian troops massed near the border on Monday for an offensive against Eritrean forces.",
    "prepared": "Reuters - Colombian troops prepared for an assault on FARC rebels in the southern jungle.",
    "verdict-harsh": "AP - Syria called the new U.S. sanctions a violation of international law on Wednesday.",
    "verdict-mild": "Reuters - The Palestinian leader called the talks in Cairo useful.",
    "verdict-for": "AP - Sharon called the Palestinian plan a disaster for the peace process.",
    "verdict-asked": "Reuters - Asked what he thought of it, Sharon called the Arab plan a disaster.",
    "phoned": "AP - Jordan's King Abdullah called Bush on Friday to congratulate him on his re-election.",
    "called-on": "AP - Annan called on Sudan on Friday to disarm the militias in Darfur.",
    "arms-over": "Reuters - Hundreds of Maoist fighters began handing over their weapons to U.N. monitors in Nepal.",
    "balked": "AP - North Korea balked on Monday at a Japanese demand for more information on the abductees.",
    "resisted": "Reuters - Syria resisted mounting Western pressure to withdraw its troops from Lebanon.",
    "blocked-text": "AFP - China blocked a Security Council statement on Burma on Wednesday.",
    "blocked-road": "AP - Riot police blocked the road to the parliament building in Kiev.",
}


RUN = RuleLeads(LEADS)
analysed, coded, codes = RUN.analysed, RUN.coded, RUN.codes


def test_whom_one_pleads_with_is_asked() -> None:
    assert ("JPN", "JPN", "02") in coded("plead")
    assert "0256" in codes("plead") and not any(c.startswith("03") or c.startswith("08") for c in codes("plead"))
    assert ("", "SDN", "02") in coded("plead-un") or ("IGO", "SDN", "02") in {(s[:3], t, r) for s, t, r in coded("plead-un")}


def test_what_a_verb_of_asking_asks_for_has_not_happened() -> None:
    assert "026" in codes("implore")
    assert not any(c.startswith("04") for c in codes("implore"))
    assert not any(c.startswith("04") for c in codes("beg"))
    # What is asked "for" is the request; a "to" clause after it is that request's purpose.
    assert any(t == "IGO" or t.startswith("IGO") for _, t, r in coded("for-purpose") if r == "02")


def test_a_participle_that_is_no_past_tense_makes_its_subject_no_doer() -> None:
    for lead in ("taken", "taken-2"):
        assert not any(s == "PHL" or s == "FRA" for s, _, _ in coded(lead)), lead
    assert any(r == "18" for _, _, r in coded("took"))


def test_fighting_that_is_stopped_or_ended_is_not_done() -> None:
    assert not any(r == "19" for _, _, r in coded("ended"))
    assert not any(r == "19" for _, _, r in coded("stopped"))
    assert any(r == "19" for _, _, r in coded("ended-up"))


def test_fighting_government_forces_is_fighting() -> None:
    assert any(r == "19" for _, _, r in coded("fought-forces"))
    assert not any(r == "19" for _, _, r in coded("fought-plan"))


def test_coercion_a_speaker_says_it_may_use_is_a_threat() -> None:
    assert ("RUS", "BLR", "13") in coded("may-sanction")
    assert not any(r in ("13", "16") for _, _, r in coded("guess-sanction"))
    assert not any(r == "13" for _, _, r in coded("may-have"))  # a possibility about the past warns no one


def test_charging_a_wrongdoing_is_an_accusation_charging_a_person_a_charge() -> None:
    assert ("UKR", "", "11") in coded("charged-fraud")
    assert any(r == "17" for _, _, r in coded("charged-with"))
    assert not any(r == "11" for _, _, r in coded("charged-with"))


def test_the_family_of_hostages_pleads_as_their_people() -> None:
    assert any(s == "NPL" and r == "02" for s, _, r in coded("relatives")), coded("relatives")


def test_an_attack_told_in_words_is_criticism() -> None:
    assert ("VEN", "USA", "11") in coded("speech")
    assert ("ZWE", "GBR", "11") in coded("interview")
    assert not any(r in ("18", "19") for _, _, r in coded("speech") | coded("interview"))
    assert any(r in ("18", "19") for _, _, r in coded("in-town"))
    assert any(r in ("18", "19") for _, _, r in coded("during-speech"))


def test_two_sides_the_parser_glued_are_each_other_s_partners() -> None:
    pairs = {(e["source_code"], e["target_code"]) for a in analysed()["glued-sides"] for e in a["events"]}
    assert {("AGOGOV", "AGOSEP"), ("AGOSEP", "AGOGOV")} <= pairs, pairs


def test_posture_readied_for_an_attack_is_aimed_at_its_target_and_the_attack_is_to_come() -> None:
    assert ("ETH", "ERI", "15") in coded("readied"), coded("readied")
    assert ("COL", "COL", "15") in coded("prepared"), coded("prepared")
    assert not any(r in ("18", "19") for _, _, r in coded("readied") | coded("prepared"))


def test_a_harsh_verdict_is_criticism_a_mild_one_no_event() -> None:
    assert ("SYR", "USA", "11") in coded("verdict-harsh"), coded("verdict-harsh")
    assert not any(r == "11" for _, _, r in coded("verdict-mild")), coded("verdict-mild")
    # A "what" before the verb that is not what it names hedges nothing.
    assert any(r == "11" for _, _, r in coded("verdict-asked")), coded("verdict-asked")
    # The "for" of the verdict ("a disaster for the peace process") makes no appeal.
    assert any(r == "11" for _, _, r in coded("verdict-for")) and not any(r == "02" for _, _, r in coded("verdict-for"))


def test_a_bare_call_to_someone_is_a_telephone_call_not_a_request() -> None:
    events = [e for a in analysed()["phoned"] for e in a["events"]]
    assert [(e["source_code"], e["target_code"]) for e in events if e["cameo"].startswith("05")] == [
        ("JORGOV", "USAGOV")
    ], events  # the caller congratulates, the one called is congratulated
    assert not any(str(e["cameo"]).startswith("02") for e in events)
    assert any(t == "SDN" and r == "02" for _, t, r in coded("called-on")), coded("called-on")


def test_arms_an_armed_group_hands_over_are_given_up() -> None:
    assert "0873" in codes("arms-over"), codes("arms-over")


def test_balking_resisting_and_blocking_a_text_are_rejections() -> None:
    assert any(s == "PRK" and r == "12" for s, _, r in coded("balked")), coded("balked")
    assert "124" in codes("resisted"), codes("resisted")
    assert ("CHN", "IGO", "12") in coded("blocked-text"), coded("blocked-text")
    assert not any(r == "12" for _, _, r in coded("blocked-road"))
