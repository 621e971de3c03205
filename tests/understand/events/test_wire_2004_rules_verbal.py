"""Rules the verbal blind round of session 18 (`tests/understand/actors/test_wire_2004_verbal.py`) led to, each
checked on sentences written for this test in the style of 2004 wire copy (generic people and incidents):

- a headline's "X to VERB" ("Chile to host Peru talks", "Iran to free Iraqi fishermen") is an announced act, as
  "will" is: intent (03x) for cooperation, never the act done;
- an act in a relative clause on "any" ("force against any militia that defies it") is imagined, not told;
- an act a modal governs inside a report's content ("a report that Libya had offered to pay") is someone's claim;
- a warning that others "could face hunger" threatens no one: a danger no actor brings is no threat (13);
- asking forgiveness is an apology (055), to whom it is asked of;
- proposing talks offers to meet (036); a proposal that another act offers cooperation (030) to them; a
  proposal to no one ("proposed a budget") is no event;
- "appealed to X to VERB" appeals (02) whoever X is, as "urged X to" does, though X is no actor;
- a past-tense verb the parser joins to the bare or -ing verb of a clause below ("demanded that X explain ...,
  and threatened sanctions", "accused X of running ... and called on Y") is the upper subject's second act;
- a verb whose past is its bare form joined to a bare verb under an appeal ("urged X to free them or put them on
  trial") is asked too, not done by the one appealing;
- a past clause of time on a possible act ("would free them, after the minister telephoned") is told as done;
- an appeal an intent verb governs ("agreed to press North Korea to return to talks") is not yet made;
- a hyphenated given name the tokenizer splits ("Roh Moo-hyun") is one subject, so the meeting of two leaders so
  named is a meeting of both;
- a visit or meeting of one actor with itself ("a visit by a Western minister to the isolated state", both read as
  the dateline's government) is a misread slot, no consultation."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from newsgraph.evaluate.userpath import run_user_path
from newsgraph.settings import Settings

from .test_wire_blind import Tuple, claims

pytestmark = pytest.mark.model

LEADS = {
    "to-host": ("Chile to host talks with Peru", "Chilean officials said on Monday that the talks would open soon."),
    "to-free": ("Iran to free Iraqi fishermen", "Officials said the men were held in the Gulf last month."),
    "any-militia": ("", "AP - The Ruritanian president warned regional commanders on Saturday that his army would "
                    "use force against any militia that defied Kabul."),
    "report-offer": ("", "The State Department declined to comment on Tuesday on a newspaper report that Syria had "
                     "offered to hand over former Iraqi officials to Baghdad."),
    "warned-hunger": ("", "A U.N. agency warned on Tuesday that millions of people in Niger could face hunger next "
                      "year."),
    "warned-sanctions": ("", "Reuters - The European Union warned Belarus on Friday that it would face sanctions."),
    "forgiveness": ("", "The Dutch prime minister asked Indonesians for forgiveness on Monday for colonial "
                    "crimes."),
    "propose-talks": ("", "Ecuador proposed talks with Peru on Monday to settle a fishing dispute."),
    "propose-that": ("", "AFP - The Greek foreign minister proposed on Tuesday that Turkey and Cyprus consider a "
                     "joint commission on missing persons."),
    "propose-budget": ("", "The Dutch finance minister proposed a new budget on Tuesday."),
    "appeal-donors": ("", "Reuters - Kenya appealed to foreign donors on Wednesday to send food to the drought-hit "
                      "north."),
    "then-threatened": ("", "Japan demanded on Friday that North Korea explain its missile test, and threatened to "
                        "cut off aid."),
    "then-called-on": ("", "The Australian foreign minister accused Syria on Wednesday of harbouring militants and "
                       "called on the U.N. Security Council to act."),
    "or-put": ("", "AP - Pakistan urged Kabul on Tuesday to release the Pakistani detainees or put them on trial."),
    "after-called": ("", "Syria said on Monday it would free two Jordanian truck drivers, after the Jordanian "
                     "foreign minister telephoned his Syrian counterpart."),
    "agreed-to-press": ("", "Reuters - The Japanese and Australian prime ministers agreed on Friday to press North "
                        "Korea to return to nuclear talks."),
    "hyphen-names": ("", "South Korean President Roh Moo-hyun and Chinese Premier Wen Jiabao met in Vientiane on "
                     "Sunday."),
    "self-visit": ("", "HAVANA (Reuters) - The Spanish foreign minister urged Cuba on Monday to free jailed "
                   "dissidents, on a rare visit by a Western minister to the island state."),
}


@cache
def analysed() -> dict[str, list[dict[str, Any]]]:
    records = [{"id": k, "title": t, "text": v} for k, (t, v) in LEADS.items()]
    run = run_user_path(records, Settings())
    return {k: run.articles.get(k, []) for k in LEADS}


def coded(lead: str) -> set[Tuple]:
    return claims([e for a in analysed()[lead] for e in a.get("events") or []])


def test_a_headlines_to_verb_is_announced_not_done() -> None:
    assert not any(r == "04" for _, _, r in coded("to-host")), coded("to-host")
    assert any(r == "03" for _, _, r in coded("to-free")), coded("to-free")
    assert not any(r == "08" for _, _, r in coded("to-free")), coded("to-free")


def test_an_act_in_a_relative_clause_on_any_is_not_told() -> None:
    assert not any(r == "12" for _, _, r in coded("any-militia")), coded("any-militia")


def test_a_modal_act_in_a_reports_content_is_a_claim() -> None:
    assert not any(s == "SYR" for s, _, _ in coded("report-offer")), coded("report-offer")


def test_a_danger_others_may_face_is_no_threat() -> None:
    assert not any(r == "13" for _, _, r in coded("warned-hunger")), coded("warned-hunger")
    assert ("IGO", "BLR", "13") in coded("warned-sanctions"), coded("warned-sanctions")


def test_asking_forgiveness_is_an_apology() -> None:
    assert ("NLD", "IDN", "05") in coded("forgiveness"), coded("forgiveness")


def test_a_proposal_made_to_someone_offers_cooperation() -> None:
    assert ("ECU", "PER", "03") in coded("propose-talks"), coded("propose-talks")
    assert ("GRC", "TUR", "03") in coded("propose-that"), coded("propose-that")
    assert not coded("propose-budget"), coded("propose-budget")


def test_an_appeal_to_a_group_of_no_country_is_an_appeal() -> None:
    assert any(s == "KEN" and r == "02" for s, _, r in coded("appeal-donors")), coded("appeal-donors")


def test_a_past_verb_joined_below_is_the_upper_subjects_act() -> None:
    assert any(s == "JPN" and r == "13" for s, _, r in coded("then-threatened")), coded("then-threatened")
    assert not any(s == "PRK" for s, _, _ in coded("then-threatened")), coded("then-threatened")
    assert ("AUS", "IGO", "02") in coded("then-called-on"), coded("then-called-on")


def test_a_bare_past_under_an_appeal_is_asked_too() -> None:
    assert not any(r == "17" for _, _, r in coded("or-put")), coded("or-put")


def test_a_past_clause_of_time_is_told_done() -> None:
    assert ("JOR", "SYR", "04") in coded("after-called"), coded("after-called")


def test_a_split_hyphenated_name_is_one_subject() -> None:
    assert {("KOR", "CHN", "04"), ("CHN", "KOR", "04")} <= coded("hyphen-names"), coded("hyphen-names")


def test_no_actor_visits_itself() -> None:
    assert not any(s == t and r == "04" for s, t, r in coded("self-visit")), coded("self-visit")


def test_an_appeal_only_agreed_on_is_not_made() -> None:
    assert not any(t == "PRK" and r == "02" for _, t, r in coded("agreed-to-press")), coded("agreed-to-press")
