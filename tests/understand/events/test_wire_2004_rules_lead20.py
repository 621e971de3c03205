"""Rules the lead's probes of session 20 led to, each checked on sentences written for this test in the style of
2004 wire copy (generic people and incidents; a headline, where one matters, before "||"):

- a plot is an attack planned, not made: "was targeted in an assassination plot" is no act of force, while any
  other targeting still is;
- names set in apposition to a group of nationals ("two Slovak engineers, A and B") are that country's people,
  every name of the list, in the events they take part in too;
- a people or faith named with its branch ("Sunni Muslims") is a community of the place the story is in;
- a headline drops the "is" of its passive for backing, warning and blaming too ("Arms embargo backed", "Iran
  warned over nuclear plans"): what is backed or warned does not back or warn;
- an act claimed by a group ("a bombing claimed by X") is that group's, one only blamed on a group ("an attack
  blamed on Y") is not asserted to be its act; a group named by its leader ("the warlord's militia") acts as he is
  coded.

Visits made abroad to one's own people or to places are tested in `test_hosts.py`."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "plot": "AFP - A provincial governor was targeted in an assassination plot, police said on Monday.",
    "plot-control": "Reuters - Insurgents targeted a police station in Baquba with mortars on Monday.",
    "named-nationals": "AP - Gunmen seized two Slovak engineers, Jan Kolar and Petr Havel, near Kirkuk on Sunday.",
    "sect-branch": "Reuters - Sunni Muslims in Mosul protested on Friday against the raid on a mosque.",
    "headline-backed": "Togo arms embargo backed || West African leaders backed an arms embargo against Togo on "
    "Tuesday.",
    "headline-warned": "Iran warned over nuclear plans || The European Union warned Iran on Monday to suspend uranium "
    "enrichment.",
    "claimed-by": "Reuters - Six policemen were killed in a car bombing claimed by al Qaeda in Riyadh on Monday.",
    "blamed-on": "AFP - Four soldiers were killed in an ambush blamed on Maoist rebels in western Nepal on Sunday.",
    "ordered-out": "Reuters - Belarus ordered two foreign reporters to leave the country on Monday, officials said.",
    "troops-moved": "AP - The army transferred 2,000 troops from the north to the capital on Sunday.",
    "embassy-targeted": "Embassy targeted in bombing || A car bomb exploded outside the Australian embassy in Jakarta on "
    "Thursday, police said.",
    "warned-that": "Annan warned || U.N. Secretary-General Kofi Annan warned on Monday that the crisis could spread.",
    "leader-group": "AP - Eight policemen were killed in a bombing claimed by Abu Musab al-Zarqawi's group in Baquba.",
}

RUN = RuleLeads(LEADS)
analysed, coded = RUN.analysed, RUN.coded


def test_a_plot_is_no_attack_made() -> None:
    assert not any(r in ("18", "19") for _, _, r in coded("plot")), coded("plot")
    assert any(r in ("18", "19") for _, _, r in coded("plot-control")), coded("plot-control")


def test_names_in_apposition_to_a_group_of_nationals_are_theirs() -> None:
    codes = {e["name"]: e["code"] for a in analysed()["named-nationals"] for e in a["entities"]}
    assert codes.get("Jan Kolar", "")[:3] == codes.get("Petr Havel", "")[:3] == "SVK", codes


def test_a_community_named_with_its_branch_protests_as_the_story_s_people() -> None:
    assert any(s == "IRQ" and r == "14" for s, _, r in coded("sect-branch")), coded("sect-branch")


def test_a_headline_passive_of_backing_or_warning_has_its_subject_undergo_it() -> None:
    assert not any(s == "IRN" for s, _, _ in coded("headline-warned")), coded("headline-warned")
    assert ("IGO", "IRN", "13") in coded("headline-warned")
    backed = [e for e in RUN.events("headline-backed") if str(e["cameo"])[:2] in ("05", "16")]
    assert backed and all(e["source_code"].endswith("GOV") and not e["source_code"].startswith("TGO") for e in backed)


def test_an_act_claimed_by_or_blamed_on_a_group_is_its_own() -> None:
    # al Qaeda is stateless (INS inside), shown with the guidelines' role for insurgents, REB (understand.shown)
    assert ("REB", "SAU", "18") in coded("claimed-by"), coded("claimed-by")
    assert not any(s == "NPL" and r in ("18", "19") for s, _, r in coded("blamed-on")), coded("blamed-on")
    assert any(s == "IRQ" and r == "18" for s, _, r in coded("leader-group")), coded("leader-group")


def test_review_near_misses() -> None:
    # A state ordering foreign staff out expels them (174); troops moved between posts are handed to no one; a
    # headline's target is the one targeted; one who warned that something may happen is the one warning.
    assert any(str(e["cameo"]).startswith("174") for e in RUN.events("ordered-out")), RUN.events("ordered-out")
    assert not any(r == "06" for _, _, r in coded("troops-moved")), coded("troops-moved")
    assert not any(s == "AUS" for s, _, _ in coded("embassy-targeted")), coded("embassy-targeted")
    assert any(s == "IGO" and r == "13" for s, _, r in coded("warned-that")), coded("warned-that")
