"""The day a quote was said: the date on its verb of saying, else the article's.

"The minister said on Monday that talks had stalled", "On Monday, police said ...", "the army said
Tuesday": wire copy dates the act of speech on the cue itself, and a Wednesday story's Monday quote
was said on Monday, not on the day of publication. Only a day-precise date that modifies the cue
counts; a date inside what was said ("said the vote would be held on Monday", "shelled the town on
Monday, the army said") is the content's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.model import DateMention, Quote

_TIME_DEPS = frozenset({"npadvmod", "tmod", "obl"})  # "said Tuesday"
_TIME_PREPS = frozenset({"on", "at"})  # "said on Monday", "On Monday, police said"


def dated_quotes(quotes: Sequence[Quote], doc: Doc, dates: Sequence[DateMention]) -> list[Quote]:
    """`quotes`, each dated by the day on its cue when it has one."""
    days = [d for d in dates if d.value and d.precision == "day" and d.timex_type == "DATE"]
    if not days:
        return list(quotes)
    out = []
    # len(doc.text) from the last token's offset: `doc.text` joins every token's text to a new string.
    text_end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    for quote in quotes:
        said = _said_on(quote, doc, days, text_end)
        out.append(replace(quote, date=said) if said and said != quote.date else quote)
    return out


def _said_on(quote: Quote, doc: Doc, days: Sequence[DateMention], text_end: int) -> str | None:
    if quote.cue_start is None or quote.cue_end is None or quote.cue_end > text_end:
        return None
    span = doc.char_span(quote.cue_start, quote.cue_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for start, end in _time_phrases(span.root):
        if quote.start < start and end <= quote.cue_start:
            # "Troops shelled the town on Monday, the army said": a date between the content's start and a
            # cue after it is the content's, however the parser hangs it.
            continue
        for day in days:
            if start <= day.start and day.end <= end:
                return day.value
    return None


def _time_phrases(cue: Token) -> list[tuple[int, int]]:
    """Character spans of the cue's own time modifiers."""
    out = []
    for child in cue.children:
        if child.dep_ in _TIME_DEPS or (child.dep_ == "prep" and child.lower_ in _TIME_PREPS):
            words = list(child.subtree)
            out.append((words[0].idx, words[-1].idx + len(words[-1])))
    return out
