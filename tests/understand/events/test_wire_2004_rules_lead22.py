"""Rules the lead's probes of session 22 led to, each checked on sentences written for this test in the style of
2004 wire copy (generic people and incidents):

- "attacked X over Y" with an issue as Y (a war, a policy, someone's handling of something) is criticism in words
  (111), aimed at X; "over the weekend" or "over southern Lebanon" names no issue and leaves force as it was;
- a title in apposition whose parse makes the title the subject ("India's former prime minister Atal Vajpayee
  criticized ...") is the named person, with the code the entity stage gave him;
- a spokesman a group's name modifies ("a Taliban spokesman") is the group's, as coded on the article's date;
- a word of an organisation's name ("an Amnesty International researcher") sets no one apart as a foreigner;
- "was arrested" is an arrest (173) whatever object word an imported pattern of the seize block reads as an
  abduction ("- * MINISTER", 181), and "a former minister" is an elite (ELI), no longer the government;
- "X and Y discussed Z by telephone" (an imported refinement of the own mutual sense) is between X and Y; Z is the
  topic, never a side;
- people a number counts ("arrested 15 wanted men in raids", parsed as two objects) are people arrested (173), not
  property confiscated in a raid (1711)."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "attacked-over-war": "LONDON, Oct 3, 2004 (Reuters) - Opposition leader Peter Hale attacked the prime minister "
    "over the Iraq war on Monday.",
    "attacked-over-handling": "BERLIN, Oct 3, 2004 (Reuters) - The opposition leader attacked Chancellor Gerhard "
    "Schroeder over his handling of the economy.",
    "attacked-over-weekend": "BAGHDAD, Oct 3, 2004 (AP) - Insurgents attacked a U.S. convoy over the weekend, killing "
    "two soldiers.",
    "titled-apposition": "NEW DELHI, Oct 3, 2004 (AP) - India's former prime minister Atal Bihari Vajpayee "
    "criticized the government's farm policy on Monday.",
    "group-spokesman": "KABUL, Oct 3, 2004 (AP) - A Taliban spokesman accused U.S. troops of killing civilians in a raid.",
    "arrest-in-raids": "JENIN, West Bank, Oct 3, 2004 (AP) - Soldiers arrested 15 wanted men in raids across the north "
    "overnight.",
    "minister-arrested": "LIMA, Oct 3, 2004 (AP) - A former interior minister was arrested on corruption charges on "
    "Monday.",
    "minister-seized": "BAGHDAD, Oct 3, 2004 (AP) - Gunmen seized a deputy minister in western Baghdad on Monday.",
    "discussed-by-phone": "WASHINGTON, Oct 3, 2004 (AP) - President Bush and Russian President Vladimir Putin "
    "discussed Iraq and Iran by telephone on Monday, the White House said.",
    "org-researcher": "LONDON, Oct 3, 2004 (Reuters) - An Amnesty International researcher accused Sudan of war crimes "
    "in Darfur.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_attacked_over_an_issue_is_criticism_of_the_one_attacked() -> None:
    assert ("GBR", "GBR", "11") in coded("attacked-over-war"), coded("attacked-over-war")
    assert ("DEU", "DEU", "11") in coded("attacked-over-handling"), coded("attacked-over-handling")
    assert not any(r in ("18", "19") for _, _, r in coded("attacked-over-war")), coded("attacked-over-war")


def test_attacked_over_a_time_or_a_place_stays_force() -> None:
    assert any(r in ("18", "19") for _, _, r in coded("attacked-over-weekend")), coded("attacked-over-weekend")
    assert not any(r == "11" for _, _, r in coded("attacked-over-weekend")), coded("attacked-over-weekend")


def test_actors_named_beside_titles_and_groups() -> None:
    codes = {(e["source_code"], e["target_code"]) for e in RUN.events("titled-apposition")}
    assert codes == {("INDELI", "INDGOV")}, codes
    assert {e["source_code"] for e in RUN.events("group-spokesman")} == {"AFGREB"}
    assert ("NGO", "SDN", "11") in coded("org-researcher"), coded("org-researcher")


def test_an_arrest_in_a_raid_is_still_an_arrest() -> None:
    """PETRARCH2 codes "arrest ... in a raid" 1711 (confiscate property); the number the parse takes for the object
    counts people, who are arrested."""
    events = RUN.events("arrest-in-raids")
    assert {str(e["cameo"]) for e in events} == {"173"}, events


def test_an_arrested_minister_is_arrested_and_a_seized_one_abducted() -> None:
    """PETRARCH2 codes "- * MINISTER" 181 for the whole seize block: only a state arrests, and "arrested" says so."""
    assert {str(e["cameo"]) for e in RUN.events("minister-arrested")} == {"173"}
    assert {e["target_code"] for e in RUN.events("minister-arrested")} == {"PERELI"}  # an office left: ELI
    assert {str(e["cameo"]) for e in RUN.events("minister-seized")} == {"181"}


def test_a_mutual_act_refined_by_an_imported_pattern_keeps_its_sides() -> None:
    assert coded("discussed-by-phone") == {("USA", "RUS", "04"), ("RUS", "USA", "04")}, coded("discussed-by-phone")
