"""Speaker and content set apart where the parse runs one into the other (`overlaps`, session 27): a charge
the parser hangs on the passive's agent ("was accused by critics of ..."), and a reported clause whose subject
is the relative pronoun ("a battery that engineers say will ..."). Passages written for these tests in wire
style (fictional people and places), run the way the pipeline runs the stage."""

from __future__ import annotations

from typing import Any

import pytest

from tests.understand.quotes import test_constructions as base

pytestmark = pytest.mark.model

Case = base.Case

CASES: dict[str, Case] = {
    "accused-by-of-gerund": Case(
        ("Mayor Tomas Brandt is accused by critics of favouring his donors in the harbour contracts.",),
        "favouring his donors", "critics", direct=False, not_speaker=("favouring",),
    ),
    "accused-by-of-noun": Case(
        ("The Varnian police were accused by rights groups of torture in the northern jails.",),
        "torture", "rights groups", direct=False,
    ),
    "accused-by-opposition-of-lying": Case(
        ("Interior Minister Petra Lind was accused by the opposition of lying to parliament.",),
        "lying to parliament", "opposition", direct=False,
    ),
    "trap-accused-no-agent": Case(
        ("Interior Minister Petra Lind was accused of lying to parliament.",),
        "lying to parliament", None, direct=False,
    ),
    "relative-that-say": Case(
        ("Norvik Motors unveiled a battery that its engineers say will double the range of its trucks.",),
        "double the range", "engineers", direct=False, not_speaker=("Norvik",),
    ),
    "relative-which-said": Case(
        ("The rebels downed a transport plane, which they said crashed near the border town of Kessel.",),
        "crashed near the border", "rebels", direct=False,
    ),
    "relative-that-believe": Case(
        ("The ministry approved a plan that hospital chiefs believe will cut waiting times by half.",),
        "cut waiting times", "hospital chiefs", direct=False,
    ),
    "trap-raised-passive-keeps-its-subject": Case(
        ("Some 40 gunmen are believed to be heading for the dam near Kessel.",),
        "Some 40 gunmen", None, direct=False,
    ),
    "relative-object-then-quoted-words": Case(
        ("The board approved a payout that one investor blasted on a conference call as “a scandal.”",),
        "conference call", None, absent=True,
    ),
    "relative-object-quoted-words-kept": Case(
        ("The board approved a payout that one investor blasted on a conference call as “a scandal.”",),
        "a scandal", "investor", direct=True,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_overlap_construction(nlp: Any, dictionary: Any, name: str) -> None:
    base.check_case(nlp, dictionary, CASES[name])


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Norvik Motors unveiled a battery that its engineers say will double the range of its trucks.",
         "its engineers", "will double the range of its trucks"),
        ("The rebels downed a transport plane, which they said crashed near the border town of Kessel.",
         "they", "which crashed near the border town of Kessel"),
        ("Mayor Tomas Brandt is accused by critics of favouring his donors in the harbour contracts.",
         "critics", "favouring his donors in the harbour contracts"),
    ],
)
def test_overlaps_speaker_and_content_do_not_share_words(
    nlp: Any, dictionary: Any, text: str, speaker: str, content: str
) -> None:
    _, quotes = base._analyse(nlp, dictionary, Case((text,), "", None))
    (q,) = [q for q in quotes if content.split()[-1] in q.text]
    assert q.speaker_text == speaker
    assert q.text == content
