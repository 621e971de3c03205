"""What a statement, resolution or report says is its named author's verbal act (sentences written for this test);
a document of no named author, a topic named in its phrase, and a law or plan that "does" something are no one's."""

from __future__ import annotations

import pytest

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model

LEADS = {
    "compound": "BRUSSELS (Reuters) - A European Union statement criticized Israel's West Bank barrier on Wednesday.",
    "council": "UNITED NATIONS (Reuters) - A U.N. Security Council resolution condemned Sudan on Friday.",
    "from": "TEHRAN (Reuters) - A statement from Iran's foreign ministry accused Britain of meddling.",
    "by": "BEIJING (Reuters) - A report by the U.S. State Department criticized China's human rights record.",
    "issued": "BRUSSELS (Reuters) - The EU issued a statement that criticized Israel's barrier.",
    "passed": "UNITED NATIONS (Reuters) - The Security Council passed a resolution that urged Sudan to disarm the militias.",
    "topic": "UNITED NATIONS (Reuters) - A resolution on Sudan condemned the killings.",
    "nameless": "UNITED NATIONS (Reuters) - The report accused Sudan of arming the militias.",
    "aims": "UNITED NATIONS (Reuters) - The resolution aims to tighten sanctions on Sudan.",
    "law": "WASHINGTON (Reuters) - A new U.S. law bans arms sales to Syria.",
    "said": "GAZA (Reuters) - A statement from Hamas said the group would fight on.",
    "vetoed": "UNITED NATIONS (Reuters) - The United States vetoed a U.N. Security Council resolution on Tuesday that "
    "demanded Israel end its offensive in Gaza.",
    "draft": "UNITED NATIONS (Reuters) - A draft U.N. resolution condemned Sudan on Friday.",
    "backed": "BUDAPEST (Reuters) - Hungary will back a U.N. Security Council resolution that demands Serbia withdraw "
    "its troops.",
    "voted": "UNITED NATIONS (Reuters) - Britain and France will vote for a U.N. Security Council resolution that "
    "condemns Syria.",
    "adopted": "UNITED NATIONS (Reuters) - The Security Council adopted a resolution that condemned Syria.",
    "forecast": "WASHINGTON (Reuters) - The Labor Department's monthly jobs report had foreshadowed the weak "
    "income growth.",
    "predicted": "BRUSSELS (Reuters) - A European Commission report predicted slower growth across the euro zone.",
    "rejected": "JERUSALEM (Reuters) - Israel rejected a European Union statement that criticized its policies.",
}

RUN = RuleLeads(LEADS)
coded = RUN.coded


def test_a_document_speaks_for_its_named_author() -> None:
    assert ("IGO", "ISR", "11") in coded("compound"), coded("compound")
    assert ("IGO", "SDN", "11") in coded("council"), coded("council")
    assert ("IRN", "GBR", "11") in coded("from"), coded("from")
    assert ("USA", "CHN", "11") in coded("by"), coded("by")
    assert ("IGO", "ISR", "11") in coded("issued"), coded("issued")
    assert ("IGO", "SDN", "02") in coded("passed"), coded("passed")
    # A statement its target rejects was still made.
    assert ("IGO", "ISR", "11") in coded("rejected"), coded("rejected")


def test_no_author_no_verbal_act_no_event() -> None:
    assert not any(s == "SDN" for s, _, _ in coded("topic")), coded("topic")
    assert coded("nameless") == set() or all(s == "" for s, _, _ in coded("nameless")), coded("nameless")
    assert not any(r == "16" for _, _, r in coded("aims")), coded("aims")
    assert not any(r == "17" for _, _, r in coded("law")), coded("law")
    assert coded("said") == set(), coded("said")


def test_a_text_never_adopted_says_nothing_for_its_author() -> None:
    assert not any(s == "IGO" for s, _, _ in coded("vetoed")), coded("vetoed")
    assert ("USA", "IGO", "12") in coded("vetoed"), coded("vetoed")
    assert coded("draft") == set(), coded("draft")


def test_a_resolution_others_back_or_vote_on_is_not_yet_the_body_s_word() -> None:
    assert not any(s == "IGO" for s, _, _ in coded("backed")), coded("backed")
    assert not any(s == "IGO" for s, _, _ in coded("voted")), coded("voted")
    assert ("IGO", "SYR", "11") in coded("adopted"), coded("adopted")


def test_a_document_that_aims_at_no_one_is_analysis_not_an_act() -> None:
    assert coded("forecast") == set(), coded("forecast")
    assert coded("predicted") == set(), coded("predicted")
