"""The sense gate (`gates.py`) tries fewer senses and must find the same first sense as the full list."""

from __future__ import annotations

import itertools

import pytest

from newsgraph.settings import Settings
from newsgraph.understand.events import match
from newsgraph.understand.events.codebook import Codebook, Sense, load_codebook
from newsgraph.understand.events.gates import gate, gated


@pytest.fixture(scope="module")
def book() -> Codebook:
    return load_codebook(Settings())


def _may_hold(words: set[str], sense: Sense) -> bool:
    """The plain computation: the object-word condition `_conditions_hold` tests."""
    return not sense.objects_all or match._names_all(words, sense.objects_all)


def test_gate_keeps_every_sense_the_words_may_satisfy_in_order(book: Codebook) -> None:
    for key, senses in book.verbs.items():
        first_groups = [w for s in senses if s.objects_all for w in sorted(s.objects_all[0])][:6]
        tried: list[set[str]] = [set(), {"nonsense-word"}, *({w} for w in first_groups)]
        tried += [set(pair) for pair in itertools.combinations(first_groups, 2)]
        for words in tried:
            got = list(gated(book.verb_gates, key, lambda w=words: w) or ())  # type: ignore[misc]
            assert got == [s for s in senses if s in got], key  # a subsequence, in the book's order
            assert [s for s in got if _may_hold(words, s)] == [s for s in senses if _may_hold(words, s)], key


def test_gate_of_a_key_without_patterns_is_its_own_senses() -> None:
    plain = (Sense("010"), Sense(None, objects=frozenset({"water"})))
    assert gate(plain).naming(lambda: set()) == plain
    patterned = (Sense("111", objects_all=(frozenset({"war"}),)), Sense("010"))
    assert list(gate(patterned).naming(lambda: {"peace"})) == [patterned[1]]
    assert list(gate(patterned).naming(lambda: {"war"})) == list(patterned)


def test_unknown_key_has_no_senses(book: Codebook) -> None:
    assert gated(book.verb_gates, "no-such-verb-key", set) is None


@pytest.mark.model
def test_match_verb_is_the_same_with_and_without_the_gate(
    nlp, book: Codebook, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    doc = nlp(
        "The minister said on Monday that the talks had stalled. Rebels accused the army of shelling the town. "
        "Police clashed with protesters and arrested a drug dealer. The envoy told reporters the ceasefire held. "
        "The president expressed condemnation of the raid and reacted angrily. Iran rejected the offer."
    )
    table = match.read_tokens(doc)
    gated_matches = [match.match_verb(table, t, book) for t in doc if t.pos_ in ("VERB", "AUX")]
    monkeypatch.setattr(match, "gated", lambda gates, key, words: book.verbs.get(key))
    plain_matches = [match.match_verb(table, t, book) for t in doc if t.pos_ in ("VERB", "AUX")]
    assert gated_matches == plain_matches
    assert any(m is not None for m in gated_matches)
