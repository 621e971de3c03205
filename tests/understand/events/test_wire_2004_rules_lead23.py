"""Rules the lead's probes of session 23 led to, each checked on sentences written for this test in the style of
2004 wire copy (generic people and incidents):

- a participle before a struck site's noun ("suspected insurgent hideouts") owns nothing: the insurgents the
  compound names are the target, never a "suspect" read off the participle;
- verbs of wire copy the book lacked: "lambasted" is criticism (111) as "slammed" is, "strafed" aerial weapons (195) as
  "bombed" is, "bulldozed" homes destroyed property (1712) as "demolished" is, "expropriated" farms confiscated
  property (1711)."""

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
}

RUN = RuleLeads(LEADS)


def test_a_participle_before_a_site_names_no_owner() -> None:
    targets = {e["target_code"] for e in RUN.events("suspected-hideouts")}
    assert targets == {"IRQREB"}, RUN.events("suspected-hideouts")
    assert {e["target_code"][3:] for e in RUN.events("rebel-hideouts")} == {"REB"}, RUN.events("rebel-hideouts")


@pytest.mark.parametrize(
    ("key", "code"), [("bulldozed", "1712"), ("strafed", "195"), ("expropriated", "1711"), ("lambasted", "111")]
)
def test_verbs_the_book_lacked(key: str, code: str) -> None:
    assert {str(e["cameo"]) for e in RUN.events(key)} == {code}, RUN.events(key)
