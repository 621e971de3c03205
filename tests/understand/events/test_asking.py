"""What a verb of asking asks for, read off the tree."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.settings import Settings
from newsgraph.understand.events.asking import asked_adverbially, asked_with_subject
from newsgraph.understand.events.codebook import load_codebook
from newsgraph.understand.events.tree import read_tokens

pytestmark = pytest.mark.model


def _at(nlp: Any, text: str, clause: str, verb: str) -> tuple[Any, int, int]:
    doc = nlp(text)
    return (
        read_tokens(doc),
        next(t.i for t in doc if t.text == clause),
        next(t.i for t in doc if t.text == verb),
    )


@pytest.mark.parametrize(
    ("text", "clause", "verb", "asked"),
    [
        (
            "The families implored the Indian government on Sunday to negotiate with the kidnappers.",
            "negotiate",
            "implored",
            True,
        ),
        (
            "A Japanese hostage pleaded with his government in a video on Tuesday to withdraw its troops.",
            "withdraw",
            "pleaded",
            True,
        ),
        # What is asked "for" is the request; the "to" clause after it is its purpose.
        (
            "Haiti's leader appealed to the United Nations on Monday for 3,000 more peacekeepers to help restore order.",
            "help",
            "appealed",
            False,
        ),
        # A passive is read from its subject.
        (
            "Rwanda was urged by the United Nations on Friday to pull its troops back from the border.",
            "pull",
            "urged",
            False,
        ),
    ],
)
def test_a_to_clause_hung_as_an_adverbial_is_what_is_asked(
    nlp: Any, text: str, clause: str, verb: str, asked: bool
) -> None:
    table, cur, head = _at(nlp, text, clause, verb)
    # The pinned model hangs each of these clauses as an adverbial of the verb: the shape this reads.
    assert table.dep[cur] == "advcl" and table.head[cur] == head
    assert asked_adverbially(table, cur, head, load_codebook(Settings())) is asked


def test_a_to_clause_with_the_one_asked_as_subject_is_what_is_asked(nlp: Any) -> None:
    book = load_codebook(Settings())
    table, cur, head = _at(
        nlp, "The families of the hostages implored the government to negotiate.", "negotiate", "implored"
    )
    assert asked_with_subject(table, cur, head, book)
    table, cur, head = _at(nlp, "Officials said the talks would resume.", "resume", "said")
    assert not asked_with_subject(table, cur, head, book)
