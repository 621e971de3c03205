"""Rules found by reading the coder's errors on real news (session 27), tested on sentences written for this test.

- The one dismayed or disappointed disapproves (110) of whoever dismayed him, in the active and the passive;
  sorrow ("saddened by a death") is no disapproval.
"""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "dismayed-by": "CAIRO (Reuters) - Egypt was dismayed by Israel's decision to expand settlements in the West Bank, "
    "the foreign ministry said on Monday.",
    "dismayed-active": "CAIRO (Reuters) - Israel's decision to expand settlements has dismayed Egypt, the foreign "
    "ministry said on Monday.",
    "disappointed-by": "TOKYO (Reuters) - Japan said on Tuesday it was disappointed by North Korea's refusal to "
    "return to disarmament talks.",
    "dismayed-when": "LONDON (Reuters) - Many Labour activists were dismayed when Prime Minister Tony Blair backed "
    "the war.",
    "saddened": "PARIS (Reuters) - France is deeply saddened by the death of the aid worker, the foreign ministry "
    "said on Monday.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_the_dismayed_disapprove_of_what_dismayed_them() -> None:
    assert ("EGY", "ISR", "11") in coded("dismayed-by"), coded("dismayed-by")
    assert ("EGY", "ISR", "11") in coded("dismayed-active"), coded("dismayed-active")
    assert ("JPN", "PRK", "11") in coded("disappointed-by"), coded("disappointed-by")
    assert ("GBR", "GBR", "11") in coded("dismayed-when"), coded("dismayed-when")
    for lead in ("dismayed-by", "dismayed-active", "disappointed-by"):
        assert not any(s == "ISR" or s == "PRK" for s, _, r in coded(lead) if r == "11"), (lead, coded(lead))


def test_sorrow_is_no_disapproval() -> None:
    assert not any(r == "11" for _, _, r in coded("saddened")), coded("saddened")
