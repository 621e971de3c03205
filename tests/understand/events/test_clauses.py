"""Acts told outside a finite main clause, read off the tree, on sentences written for these
tests: the verb a gerund told beside it belongs to, the finite verb a misjoined conjunct belongs
to, the object two coordinated verbs share, the leader a body acts for, and the reporting verb a
speaker's own adjunct belongs to."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.understand.events.clauses import (
    adjunct_verb,
    answered_report,
    asks_object,
    complement_dep,
    finite_above,
    led_by,
    next_act,
    own_possibility,
    shared_object,
    speaker_adjunct,
)
from newsgraph.understand.events.tree import TokenTable, read_tokens

from .test_wire_blind import RuleLeads

pytestmark = pytest.mark.model


def _at(nlp: Any, text: str, word: str) -> tuple[TokenTable, int]:
    doc = nlp(text)
    return read_tokens(doc), next(t.i for t in doc if t.text == word)


def _text(table: TokenTable, i: int | None) -> str | None:
    return None if i is None else table.tokens[i].text


def test_clauses_a_gerund_under_a_time_preposition_is_its_verb_s_act(nlp: Any) -> None:
    table, i = _at(
        nlp, "The president said on Monday, after meeting the envoy, that he was hopeful.", "meeting"
    )
    assert _text(table, adjunct_verb(table, i)) == "said"
    table, i = _at(nlp, "The premier held talks in Seoul before flying to Beijing.", "flying")
    assert _text(table, adjunct_verb(table, i)) == "held"


def test_clauses_a_gerund_hung_on_the_attribution_belongs_to_the_reported_clause(nlp: Any) -> None:
    text = "Police freed the hostages on Sunday, officials said, a day after surrounding the farm."
    table, i = _at(nlp, text, "surrounding")
    assert _text(table, table.head[table.head[i]]) == "said"  # where the parser hangs it
    assert _text(table, adjunct_verb(table, i)) == "freed"


def test_clauses_a_gerund_under_of_or_for_is_not_the_subject_s_act(nlp: Any) -> None:
    table, i = _at(nlp, "The ministry accused the embassy of arming the rebels.", "arming")
    assert adjunct_verb(table, i) is None
    table, i = _at(nlp, "Police arrested a man for killing a guard.", "killing")
    assert adjunct_verb(table, i) is None


def test_clauses_since_on_a_verb_s_object_or_years_before_are_no_act_beside(nlp: Any) -> None:
    table, i = _at(nlp, "The army has kept a curfew on the town since storming it.", "storming")
    assert adjunct_verb(table, i) is None
    table, i = _at(nlp, "The ministry agreed on sending more monitors to the region.", "sending")
    assert adjunct_verb(table, i) is None
    table, i = _at(nlp, "On arriving in the capital, the envoy met the president.", "arriving")
    assert _text(table, adjunct_verb(table, i)) == "met"
    table, i = _at(nlp, "The court jailed him, three years after charging him with fraud.", "charging")
    assert adjunct_verb(table, i) is None
    table, i = _at(nlp, "The court jailed him after charging him with fraud in 1998.", "charging")
    assert adjunct_verb(table, i) is None


def test_clauses_in_and_a_gerund_tell_a_second_act_only_with_a_named_partner(nlp: Any) -> None:
    table, i = _at(nlp, "Norway joined Sweden in condemning the decision.", "condemning")
    assert _text(table, adjunct_verb(table, i)) == "joined"
    table, i = _at(
        nlp, "Two agents who took part in investigating the senator were dismissed.", "investigating"
    )
    assert adjunct_verb(table, i) is None


def test_clauses_a_finite_verb_joined_to_an_infinitive_belongs_to_the_finite_verb_above(nlp: Any) -> None:
    text = (
        "The United States welcomed Libya's decision to give up its banned weapons programmes and pledged on "
        "Friday to lift sanctions against Tripoli."
    )
    table, i = _at(nlp, text, "pledged")
    assert _text(table, table.head[i]) == "give"  # the parser's misjoin this mends
    assert _text(table, finite_above(table, i)) == "welcomed"
    table, i = _at(nlp, "The army attacked the town and seized the bridge.", "seized")
    assert finite_above(table, i) is None


def test_clauses_two_verbs_share_the_object_only_the_second_names(nlp: Any) -> None:
    table, i = _at(nlp, "Police detained and questioned a foreign reporter on Monday.", "detained")
    found = shared_object(table, i)
    assert found is not None and found.text == "reporter"
    table, i = _at(nlp, "The minister arrived in the capital and met the president.", "arrived")
    assert shared_object(table, i) is None


def test_clauses_a_delegation_acts_for_whoever_leads_it(nlp: Any) -> None:
    table, i = _at(nlp, "A delegation led by the deputy foreign minister held talks in Vienna.", "delegation")
    found = led_by(table, i)
    assert found is not None and found.text == "minister"
    table, i = _at(nlp, "Rebels led by a former colonel attacked the town.", "Rebels")
    assert led_by(table, i) is None


def test_clauses_a_participle_of_saying_after_a_reported_clause_is_the_speaker_s(nlp: Any) -> None:
    text = "Ruritania said on Friday it would build a second reactor, rejecting calls from its neighbours to stop."
    table, i = _at(nlp, text, "rejecting")
    assert _text(table, table.head[i]) == "build"  # where the parser hangs it
    assert _text(table, speaker_adjunct(table, i)) == "said"
    text = "The minister said the rebels were planning to seize the port, accusing Freedonia of arming them."
    table, i = _at(nlp, text, "accusing")
    assert _text(table, speaker_adjunct(table, i)) == "said"


def test_clauses_a_participle_of_doing_or_before_its_attribution_stays_with_its_clause(nlp: Any) -> None:
    # An act that is not done by saying is the reported clause's own doer's.
    text = "Police said gunmen attacked a convoy near the border, killing three soldiers."
    table, i = _at(nlp, text, "killing")
    assert speaker_adjunct(table, i) is None
    # A clause told before its attribution keeps its adjunct: the ministry summoned and accused.
    text = "The ministry summoned the Freedonian envoy on Monday, accusing his country of spying, a spokesman said."
    table, i = _at(nlp, text, "accusing")
    assert speaker_adjunct(table, i) is None



def test_clauses_a_verb_after_then_is_the_next_act_of_the_verb_before(nlp: Any) -> None:
    assert next_act(*_at(nlp, "Rebels seized the town on Monday, then executed three soldiers.", "executed"))
    # With a subject of its own, or with no "then", the parser's loose link says nothing.
    assert not next_act(*_at(nlp, "Rebels seized the town on Monday, then the army executed three of them.", "executed"))
    assert not next_act(*_at(nlp, "Rebels seized the town, soldiers fled.", "fled"))


def test_clauses_a_denial_set_after_a_report_answers_that_report(nlp: Any) -> None:
    # The parser makes the report the denial's complement, or reads the denial as the claim's relative.
    table, i = _at(nlp, "Ruritania accused Freedonia of arming rebels, a charge Ostrava denied.", "denied")
    assert _text(table, answered_report(table, i)) == "accused"
    table, i = _at(nlp, "Ruritania accused Freedonia of arming rebels, an allegation Ostrava rejected.", "rejected")
    assert _text(table, answered_report(table, i)) == "accused"
    # A denial of its own that-clause answers nothing told as fact.
    table, i = _at(nlp, "Freedonia denied that it had armed the rebels.", "denied")
    assert answered_report(table, i) is None


def test_clauses_then_does_not_reach_across_an_attribution(nlp: Any) -> None:
    text = "Troops killed three rebels in the north, officials said, then denied it a day later."
    assert not next_act(*_at(nlp, text, "denied"))


_SAY = frozenset({"say", "announce", "tell"})


@pytest.mark.parametrize(
    ("text", "word", "own"),
    [
        ("The ministry said on Friday it could expel the envoy.", "expel", True),
        ("The rebels said they might attack the garrison within days.", "attack", True),
        ("Analysts said the government could expel the envoy.", "expel", False),  # a third party's guess
        ("The ministry said it would expel the envoy.", "expel", False),  # the reported future, not a possibility
        ("The ministry said it expelled the envoy.", "expelled", False),
    ],
)
def test_clauses_a_step_a_speaker_says_it_may_take_is_its_own(nlp: Any, text: str, word: str, own: bool) -> None:
    table, i = _at(nlp, text, word)
    assert own_possibility(table, i, _SAY) is own


@pytest.mark.parametrize(
    ("text", "word", "asks"),
    [
        ("The envoy urged the rebels to disarm.", "urged", True),
        ("Annan called on Sudan on Friday to disarm the militias.", "called", True),
        ("Chirac called Bush on Monday to discuss Iraq.", "called", False),  # a telephone call
    ],
)
def test_clauses_only_a_call_on_someone_asks_them(nlp: Any, text: str, word: str, asks: bool) -> None:
    table, i = _at(nlp, text, word)
    assert asks_object(table, i) is asks


def test_clauses_what_a_permission_lets_someone_do_is_its_complement(nlp: Any) -> None:
    table, i = _at(nlp, "Iran refused on Sunday to allow U.N. inspectors to visit a military site.", "visit")
    assert complement_dep(table, i) == "xcomp"
    table, i = _at(nlp, "Iran allowed U.N. inspectors to visit a military site on Sunday.", "visit")
    assert complement_dep(table, i) == "xcomp"
    # A that-clause under a verb of saying keeps its label.
    table, i = _at(nlp, "Iran said U.N. inspectors had visited a military site.", "visited")
    assert complement_dep(table, i) == "ccomp"


PERMITTED = RuleLeads({
    "refused-to-allow": "TEHRAN (Reuters) - Iran refused on Sunday to allow U.N. inspectors to visit a military site.",
    "allowed": "TEHRAN (Reuters) - Iran allowed U.N. inspectors to visit a military site on Sunday.",
})


def test_what_a_permission_lets_someone_do_is_not_told_as_done() -> None:
    assert ("IRN", "IGO", "12") in PERMITTED.coded("refused-to-allow"), PERMITTED.coded("refused-to-allow")
    for lead in ("refused-to-allow", "allowed"):
        assert not any(s == "IGO" and r == "09" for s, _, r in PERMITTED.coded(lead)), (lead, PERMITTED.coded(lead))
