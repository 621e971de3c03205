"""Words that tell an act without asserting it, read off the tree (sentences written for this test)."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.settings import Settings
from newsgraph.understand.events.codebook import load_codebook
from newsgraph.understand.events.tree import read_tokens
from newsgraph.understand.events.unasserted import (
    bare_past,
    claimed_of_another,
    claimed_wrong,
    generic_relative,
    headline_to,
    hedged,
    told_done,
)

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model


def _at(nlp: Any, text: str, word: str) -> tuple[Any, int]:
    doc = nlp(text)
    return read_tokens(doc), next(t.i for t in doc if t.text == word)


def _to(table: Any, i: int) -> int:
    return next(c for c in table.children[i] if table.tokens[c].lower_ == "to")


def test_a_headlines_to_verb_is_its_future(nlp: Any) -> None:
    table, i = _at(nlp, "Ruritania to free Greek sailors", "free")
    assert headline_to(table, i, _to(table, i))
    # Prose closes its sentence: an infinitive there is no headline's future.
    table, i = _at(nlp, "Ruritania agreed to free the sailors.", "free")
    assert not any(headline_to(table, i, c) for c in table.children[i])


def test_a_relative_clause_on_any_tells_no_one_who_acted(nlp: Any) -> None:
    table, i = _at(nlp, "The army will punish any militia that attacks the town.", "attacks")
    assert generic_relative(table, i)
    table, i = _at(nlp, "The army punished the militia that attacked the town.", "attacked")
    assert not generic_relative(table, i)


def test_a_past_clause_of_time_is_told_done(nlp: Any) -> None:
    table, i = _at(nlp, "Ruritania said it would free the men after its envoy telephoned the minister.", "telephoned")
    assert told_done(table, i)
    table, i = _at(nlp, "Ruritania said it would send envoys to persuade the minister.", "persuade")
    assert not told_done(table, i)


def test_a_past_that_is_its_bare_form_beside_a_bare_verb_is_bare(nlp: Any) -> None:
    table, i = _at(nlp, "The minister urged Ruritania to free the men or put them on trial.", "put")
    assert table.dep[i] != "conj" or bare_past(table, i) or table.tag[i] == "VB"
    table, i = _at(nlp, "The minister met the envoy and put forward a plan.", "put")
    assert not bare_past(table, i)


def test_a_claim_of_what_another_did_is_that_actors_claim(nlp: Any) -> None:
    table, i = _at(nlp, "Ruritania claimed that Freedonian troops had shelled the village.", "claimed")
    assert claimed_of_another(table, i)
    table, i = _at(nlp, "The rebels claimed they had downed a helicopter.", "claimed")
    assert not claimed_of_another(table, i)
    table, i = _at(nlp, "Ruritania claimed responsibility for the raid.", "claimed")
    assert not claimed_of_another(table, i)


def test_a_claim_accuses_only_of_a_wrong(nlp: Any, settings: Settings) -> None:
    codebook = load_codebook(settings)
    table, i = _at(nlp, "Ruritania claimed that Freedonia had shelled three border villages.", "claimed")
    assert claimed_wrong(table, codebook, i)
    table, i = _at(nlp, "Officials claimed that the rebels had fled the town.", "claimed")
    assert not claimed_wrong(table, codebook, i)
    table, i = _at(nlp, "The army claimed that 50 rebels had been killed.", "claimed")
    assert not claimed_wrong(table, codebook, i)


def test_a_hedged_future_is_a_guess(nlp: Any) -> None:
    assert hedged(*_at(nlp, "The court would probably send both men back to Spain, police said.", "send"))
    assert hedged(*_at(nlp, "The president will likely visit Beijing next month.", "visit"))
    assert not hedged(*_at(nlp, "The court would send both men back to Spain, police said.", "send"))
    assert not hedged(*_at(nlp, "The president will visit Beijing next month.", "visit"))
    assert not hedged(*_at(nlp, "Gunmen probably killed the two engineers, police said.", "killed"))


def test_a_hedged_future_is_no_claim(settings: Settings) -> None:
    leads = RuleLeads(
        {
            "hedged": "MADRID (Reuters) - A Spanish court will probably hand the two suspects over to France next "
            "month, a police spokesman said.",
            "announced": "MADRID (Reuters) - The Spanish foreign minister said on Monday he would visit Morocco next "
            "week.",
            "hedged-visit": "MADRID (Reuters) - The Spanish foreign minister will probably visit Morocco next week, "
            "officials said.",
        }
    )
    assert leads.coded("hedged") == set(), leads.coded("hedged")
    assert not any(r == "03" or r == "04" for _, _, r in leads.coded("hedged-visit")), leads.coded("hedged-visit")
    assert ("ESP", "MAR", "03") in leads.coded("announced"), leads.coded("announced")


def test_what_a_telling_yet_to_come_or_a_proposal_says_is_no_claim(settings: Settings) -> None:
    leads = RuleLeads(
        {
            "expected-rule": "LONDON (Reuters) - Britain's High Court is expected to find next week that the ministry "
            "broke the law.",
            "will-say": "VIENNA (Reuters) - The agency will say in a report next week that Syria violated the treaty, "
            "diplomats said.",
            "suggests": "JAKARTA (Reuters) - A U.N. study suggests Indonesia lift its ban on foreign aid workers in "
            "Aceh.",
            "recommended": "LONDON (Reuters) - The inquiry recommended that the army withdraw its troops from the "
            "border.",
            "suggests-past": "JAKARTA (Reuters) - A U.N. study suggests Indonesia lifted its ban on foreign aid "
            "workers in Aceh last year.",
            "said-attacked": "KABUL (Reuters) - The army said that rebels attacked a convoy near Kandahar.",
        }
    )
    for lead in ("expected-rule", "will-say"):
        assert not any(r == "12" for _, _, r in leads.coded(lead)), (lead, leads.coded(lead))
    assert not any(r == "08" for _, _, r in leads.coded("suggests")), leads.coded("suggests")
    assert not any(r == "08" for _, _, r in leads.coded("recommended")), leads.coded("recommended")
    assert ("IDN", "IDN", "08") in leads.coded("suggests-past"), leads.coded("suggests-past")
    assert ("AFG", "AFG", "19") in leads.coded("said-attacked"), leads.coded("said-attacked")


def test_what_someone_would_not_let_happen_is_not_done(settings: Settings) -> None:
    leads = RuleLeads(
        {
            "not-let": "HANOI (Reuters) - Vietnamese officials would not let a U.N. envoy visit the jailed monk on "
            "Sunday, a rights group said.",
            "let": "HANOI (Reuters) - Vietnamese officials let a U.N. envoy visit the jailed monk on Sunday, a rights "
            "group said.",
        }
    )
    assert not any(r == "04" for _, _, r in leads.coded("not-let")), leads.coded("not-let")
    assert any(r == "04" for _, _, r in leads.coded("let")), leads.coded("let")
