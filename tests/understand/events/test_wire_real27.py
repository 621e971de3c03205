"""Rules found by reading the coder's errors on real news (session 27), tested on sentences written for this test.

- The one dismayed or disappointed disapproves (110) of whoever dismayed him, in the active and the passive;
  sorrow ("saddened by a death") is no disapproval.
- A place closed or shut down for works (repairs, maintenance) is upkeep, no coercion nor a threat; a border a
  state will close is still its threat, a newspaper closed a restriction.
- A market's demand for goods ("China's strong demand for fuel", "weak consumer demand") is no demand made of
  anyone; a party's demand for elections still is.
- Living in a place ("the village is inhabited by Bedouin families") takes it from no one; occupying a town does.
- What an act "took" ("police took two hours to clear the square") is its time, nothing seized.
- Withdrawing or pulling out of a contest (the Olympics, a race) is no retreat; troops withdrawing from a town are.
"""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "dismayed-by": "CAIRO (Reuters) - Egypt was dismayed by Israel's closure of the Rafah crossing, the foreign "
    "ministry said on Monday.",
    "dismayed-active": "CAIRO (Reuters) - Israel's closure of the Rafah crossing has dismayed Egypt, the foreign "
    "ministry said on Monday.",
    "disappointed-by": "TOKYO (Reuters) - Japan said on Tuesday it was disappointed by North Korea's refusal to "
    "return to disarmament talks.",
    "dismayed-when": "ROME (Reuters) - Many union leaders were dismayed when Prime Minister Silvio Berlusconi backed "
    "the pension reform.",
    "saddened": "PARIS (Reuters) - France is deeply saddened by the death of the aid worker, the foreign ministry "
    "said on Monday.",
    "airport-works": "NAIROBI (Reuters) - Kenya will close its main airport to traffic for repairs next month.",
    "bridge-repairs": "BUDAPEST (Reuters) - The main bridge over the Danube was closed for repairs on Monday, city "
    "officials said.",
    "plant-shut": "TOKYO (Reuters) - The power company shut down two reactors for inspection on Monday.",
    "border-close": "CAIRO (Reuters) - Egypt will close its border with Gaza, officials said on Monday.",
    "paper-closed": "TEHRAN (Reuters) - Iranian authorities closed two reformist newspapers on Monday.",
    "fuel-demand": "BEIJING (Reuters) - Oil firms were drawn to the port city by China's strong demand for fuel.",
    "consumer-demand": "TOKYO (Reuters) - Japan's weak consumer demand worried the central bank on Monday.",
    "election-demand": "MANILA (Reuters) - The opposition's growing demand for early elections unsettled the "
    "government on Monday.",
    "inhabited": "GAZA (Reuters) - The village is inhabited by about 300 Bedouin families.",
    "occupied": "KABUL (Reuters) - Taliban fighters occupied the town of Musa Qala on Monday.",
    "took-hours": "DHAKA (Reuters) - Police took two hours to clear the square after the rally on Monday.",
    "took-prisoner": "KABUL (Reuters) - Taliban rebels took two Afghan soldiers prisoner on Monday.",
    "withdrew-games": "ATHENS (Reuters) - Two Greek sprinters withdrew from the Olympics on Wednesday after missing "
    "a drugs test.",
    "pulled-out-race": "MOSCOW (Reuters) - A liberal candidate pulled out of the presidential race on Monday.",
    "withdrew-town": "KABUL (Reuters) - U.S. troops withdrew from the town of Musa Qala on Monday.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_the_dismayed_disapprove_of_what_dismayed_them() -> None:
    assert ("EGY", "ISR", "11") in coded("dismayed-by"), coded("dismayed-by")
    assert ("EGY", "ISR", "11") in coded("dismayed-active"), coded("dismayed-active")
    assert ("JPN", "PRK", "11") in coded("disappointed-by"), coded("disappointed-by")
    assert ("ITA", "ITA", "11") in coded("dismayed-when"), coded("dismayed-when")
    for lead in ("dismayed-by", "dismayed-active", "disappointed-by"):
        assert not any(s == "ISR" or s == "PRK" for s, _, r in coded(lead) if r == "11"), (lead, coded(lead))


def test_sorrow_is_no_disapproval() -> None:
    assert not any(r == "11" for _, _, r in coded("saddened")), coded("saddened")


def test_a_place_closed_for_works_is_no_act() -> None:
    for lead in ("airport-works", "bridge-repairs", "plant-shut"):
        assert not any(r in ("13", "16", "17") for _, _, r in coded(lead)), (lead, coded(lead))
    assert ("EGY", "PSE", "13") in coded("border-close"), coded("border-close")
    assert any(s == "IRN" and r == "17" for s, _, r in coded("paper-closed")), coded("paper-closed")



def test_a_markets_demand_for_goods_is_no_demand() -> None:
    for lead in ("fuel-demand", "consumer-demand"):
        assert not any(r == "10" for _, _, r in coded(lead)), (lead, coded(lead))
    assert any(s == "PHL" and r == "10" for s, _, r in coded("election-demand")), coded("election-demand")


def test_living_in_a_place_is_no_occupation() -> None:
    assert not any(r in ("18", "19") for _, _, r in coded("inhabited")), coded("inhabited")
    assert any(r == "19" for _, _, r in coded("occupied")), coded("occupied")


def test_the_time_an_act_took_is_nothing_seized() -> None:
    assert not any(r == "17" for _, _, r in coded("took-hours")), coded("took-hours")
    assert ("AFG", "AFG", "18") in coded("took-prisoner"), coded("took-prisoner")


def test_leaving_a_contest_is_no_retreat() -> None:
    for lead in ("withdrew-games", "pulled-out-race"):
        assert not any(r == "08" for _, _, r in coded(lead)), (lead, coded(lead))
    assert any(s == "USA" and r == "08" for s, _, r in coded("withdrew-town")), coded("withdrew-town")
