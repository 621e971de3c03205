"""Rules the lead's probes of session 23 led to, each checked on sentences written for this test in the style of
2004 wire copy (generic people and incidents):

- a participle before a struck site's noun ("suspected insurgent hideouts") owns nothing: the insurgents the
  compound names are the target, never a "suspect" read off the participle;
- verbs of wire copy the book lacked: "lambasted" is criticism (111) as "slammed" is, "strafed" aerial weapons (195) as
  "bombed" is, "bulldozed" homes destroyed property (1712) as "demolished" is, "expropriated" farms confiscated
  property (1711);
- "spoke with Israeli and Palestinian leaders" consults the leaders of two states (040), as "spoke with Putin" does;
  "spoke with a group of soldiers" or "with reporters" still consults no one;
- a telephone call between two is between both, as a meeting is ("Bush spoke by telephone with Putin");
- "bombarded the minister with questions" is no artillery fire, and "pelted a car with eggs" no car bomb (PETRARCH2's
  "- * &CAR" pattern was written for "explode"): crowds pelting protest violently (145)."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "suspected-hideouts": "FALLUJA, Iraq, May 3, 2004 (AP) - U.S. warplanes bombed suspected insurgent hideouts in "
    "the city on Tuesday.",
    "rebel-hideouts": "COLOMBO, May 3, 2004 (Reuters) - Government jets bombed rebel hideouts in the east on Monday.",
    "bulldozed": "RAFAH, Gaza Strip, May 3, 2004 (AP) - Israeli troops bulldozed the homes of three militants on "
    "Monday.",
    "strafed": "KHARTOUM, May 3, 2004 (Reuters) - Sudanese helicopter gunships strafed villages in Darfur, refugees "
    "said.",
    "expropriated": "HARARE, May 3, 2004 (AP) - Zimbabwe's government expropriated white-owned farms on Monday.",
    "lambasted": "BEIJING, May 3, 2004 (Reuters) - The Chinese foreign ministry lambasted Japan's prime minister for "
    "visiting the shrine.",
    "spoke-with-leaders": "JERUSALEM, May 3, 2004 (AP) - Secretary of State Condoleezza Rice spoke with Israeli and "
    "Palestinian leaders on Sunday.",
    "spoke-with-soldiers": "KABUL, May 3, 2004 (AP) - The general spoke with a group of soldiers at the base on Sunday.",
    "spoke-by-phone": "MOSCOW, May 3, 2004 (Reuters) - President Bush spoke by telephone with Russian President "
    "Vladimir Putin on Monday.",
    "bombarded-questions": "LONDON, May 3, 2004 (Reuters) - Reporters bombarded the minister with questions about the "
    "scandal on Monday.",
    "pelted-car": "MANILA, May 3, 2004 (AP) - Protesters pelted the minister's car with eggs on Monday.",
    "pelted-troops": "HEBRON, West Bank, May 3, 2004 (AP) - Palestinian youths pelted Israeli troops with stones on "
    "Monday.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_a_participle_before_a_site_names_no_owner() -> None:
    targets = {e["target_code"] for e in RUN.events("suspected-hideouts")}
    assert targets == {"IRQREB"}, RUN.events("suspected-hideouts")
    assert {e["target_code"][3:] for e in RUN.events("rebel-hideouts")} == {"REB"}, RUN.events("rebel-hideouts")


@pytest.mark.parametrize(
    ("key", "code"), [("bulldozed", "1712"), ("strafed", "195"), ("expropriated", "1711"), ("lambasted", "111")]
)
def test_verbs_the_book_lacked(key: str, code: str) -> None:
    assert {str(e["cameo"]) for e in RUN.events(key)} == {code}, RUN.events(key)


def test_speaking_with_state_leaders_is_a_consultation() -> None:
    assert ("USA", "ISR", "04") in coded("spoke-with-leaders"), coded("spoke-with-leaders")
    assert ("USA", "PSE", "04") in coded("spoke-with-leaders"), coded("spoke-with-leaders")
    assert coded("spoke-with-soldiers") == set(), coded("spoke-with-soldiers")


def test_a_telephone_call_is_between_both() -> None:
    assert coded("spoke-by-phone") == {("USA", "RUS", "04"), ("RUS", "USA", "04")}, coded("spoke-by-phone")


def test_words_thrown_are_no_artillery_and_eggs_no_bomb() -> None:
    assert coded("bombarded-questions") == set(), coded("bombarded-questions")
    assert not any(str(e["cameo"]).startswith("183") for e in RUN.events("pelted-car")), RUN.events("pelted-car")
    assert {str(e["cameo"]) for e in RUN.events("pelted-troops")} == {"145"}, RUN.events("pelted-troops")
