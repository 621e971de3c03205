"""The modality read off the parse around an event word: the intent, threat, appeal or demand that
governs it, and whether it is promised (will), only possible (could, if) or negated."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc, Token

from newsgraph.settings import Settings
from newsgraph.understand.events.codebook import Codebook, load_codebook
from newsgraph.understand.events.match import TokenTable, read_tokens
from newsgraph.understand.events.modality import (
    Modality,
    modality,
    obligation_clause,
    purpose,
    states_position,
)

pytestmark = pytest.mark.model

TEXT = (
    "Russia threatened to cut gas supplies to Moldova. "
    "The army will not withdraw from the border. "
    "Officials said the two sides could meet in Doha. "
    "The minister said Israel must stop the strikes. "
    "Japan said it would meet South Korea. "
    "Hungary insisted that the sanctions had failed. "
    "Kenya pledged to cut tariffs. "
    "Ghana sent troops to Liberia on Tuesday to help disarm the militias. "
    "Chile managed to free the hostages. "
    "Peru urged Bolivia to free the hostages."
)


@pytest.fixture(scope="module")
def parsed(nlp: Any) -> tuple[Doc, TokenTable]:
    doc = nlp(TEXT)
    return doc, read_tokens(doc)


@pytest.fixture(scope="module")
def book() -> Codebook:
    return load_codebook(Settings())


def word(doc: Doc, text: str, after: str = "") -> Token:
    start = TEXT.index(after) if after else 0
    return next(t for t in doc if t.text == text and t.idx >= start)


def mode(parsed: tuple[Doc, TokenTable], book: Codebook, text: str, after: str = "") -> Modality:
    doc, table = parsed
    return modality(table, word(doc, text, after), book)


def test_modality_a_governing_threat_or_pledge(parsed: tuple[Doc, TokenTable], book: Codebook) -> None:
    threat = mode(parsed, book, "cut", "Russia")
    assert threat.kind == "threaten" and threat.head is not None and threat.head.text == "threatened"
    assert mode(parsed, book, "cut", "Kenya").kind == "intent"


def test_modality_auxiliaries_and_negation(parsed: tuple[Doc, TokenTable], book: Codebook) -> None:
    withdraw = mode(parsed, book, "withdraw")
    assert (withdraw.kind, withdraw.will, withdraw.hypothetical, withdraw.negated) == (
        None,
        True,
        False,
        True,
    )
    could = mode(parsed, book, "meet", "Officials")
    assert could.hypothetical and not could.will and not could.negated


def test_modality_reported_would_is_a_promise(parsed: tuple[Doc, TokenTable], book: Codebook) -> None:
    would = mode(parsed, book, "meet", "Japan")
    assert would.will and not would.hypothetical


def test_modality_reported_must_is_a_demand_by_the_reporter(
    parsed: tuple[Doc, TokenTable], book: Codebook
) -> None:
    doc, table = parsed
    stop = word(doc, "stop")
    reporter = obligation_clause(table, stop)
    assert reporter is not None and reporter.text == "said"
    demand = modality(table, stop, book)
    assert demand.kind == "demand" and demand.head == reporter
    assert obligation_clause(table, word(doc, "meet", "Japan")) is None


def test_modality_statement_verbs_with_a_that_clause_state_a_position(parsed: tuple[Doc, TokenTable]) -> None:
    doc, table = parsed
    assert states_position(table, word(doc, "insisted"))
    assert not states_position(table, word(doc, "said"))
    assert not states_position(table, word(doc, "threatened"))


def test_modality_an_infinitive_of_purpose_is_not_an_act(
    parsed: tuple[Doc, TokenTable], book: Codebook
) -> None:
    doc, table = parsed
    # "sent troops ... to help disarm": the helping and the disarming are meant, not done.
    assert purpose(table, word(doc, "help").i, book)
    assert purpose(table, word(doc, "disarm").i, book)
    # "managed to free" tells an act that happened; "urged Y to free" is an appeal's content.
    assert not purpose(table, word(doc, "free", "Chile").i, book)
    assert not purpose(table, word(doc, "free", "Peru").i, book)
