"""`Rule.starts` must list every word a rule's match can begin with: the stage tries a pattern
only at those words, so a missing word would silently lose dates. Each rule is checked
against its plain regex over the example dumps, synthetic wire copy and date forms written here."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from newsgraph.testing.synthetic import wire_corpus
from newsgraph.understand.time.grammar import RULES, START_WORDS, WordStarts

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
FORMS = [
    "{wd}, {mon} {d}, {y}",
    "{wd} {d} {mon} {y}",
    "the {d}th of {mon} {y}",
    "by the {d}th",
    "{mon} {d}-{d2}, {y}",
    "{mon}. {d}",
    "{d} {mon}",
    "early {mon} {y}",
    "mid-{mon} of {y}",
    "late {mon}",
    "last {mon}",
    "earlier this {mon}",
    "{mod} {wd}",
    "{wd} night",
    "{mod} week",
    "the week before",
    "yesterday morning",
    "{n} days ago",
    "a couple of weeks earlier",
    "over the past {n} years",
    "in the coming months",
    "{mod} summer",
    "the first quarter of {y}",
    "Q3 {y}",
    "the second half of {y}",
    "the first half of the year",
    "the January-June {y} period",
    "the April–June quarter",
    "the current quarter",
    "by the end of {mod} year",
    "in {y}",
    "{y}-{y2}",
    "the {dec}s",
    "the mid-{dec}s",
    "early {dec}s",
    "Christmas Eve",
    "New Year's Day",
    "{mon} {d} percent",
    "FY{y}",
    "the year-earlier quarter",
    "the most recent fiscal quarter",
    "{mod} year's third quarter",
    "{y}'s first half",
    "first-half profit",
    "profit in the second half",
    "fiscal {y}",
    "the {y} fiscal year",
    "fiscal '89",
    "the fiscal year ended {mon} {d}",
    "{mod} {mon} {d}",
    "ſeptember {d}, {y}",
]
FILL = {
    "wd": ["Monday", "Wednesday", "Sunday"], "mon": ["August", "Sept", "Aug", "March", "May"],
    "d": ["1", "20", "31"], "d2": ["22"], "y": ["2025", "1999"], "y2": ["2026"], "dec": ["1990", "2010"],
    "mod": ["last", "next", "this past", "this coming", "Coming"], "n": ["three", "12", "two"],
}  # fmt: skip


def _form_texts() -> list[str]:
    texts = []
    for form in FORMS:
        keys = [k for k in FILL if "{" + k + "}" in form]
        for values in itertools.product(*(FILL[k] for k in keys)):
            phrase = form.format(**dict(zip(keys, values, strict=True)))
            texts.append(f"Officials said {phrase} that talks ({phrase}) had stalled.")
            texts.append(phrase.upper())
    return texts


def _corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    return texts + list(wire_corpus(40, seed=9)) + _form_texts()


@pytest.mark.parametrize("rule", [r for r in RULES if r.starts is not None], ids=lambda r: r.name)
def test_rule_tried_at_its_start_words_finds_what_its_regex_finds(rule: object) -> None:
    matched = 0
    for text in _corpus():
        plain = [(m.start(), m.end()) for m in rule.pattern.finditer(text)]  # type: ignore[attr-defined]
        fast = [(m.start(), m.end()) for m in rule.finditer(WordStarts(text, START_WORDS))]  # type: ignore[attr-defined]
        assert fast == plain, text[:200]
        matched += len(plain)
    assert matched, "the corpus never exercises this rule"
