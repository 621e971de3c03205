"""Temporal expressions -> ISO dates with precision, read against the article's date.

`find_dates(article, doc)` scans the parsed text with the rules in `grammar` (weekdays,
"last month", "Aug. 20", "in recent weeks", years, seasons, quarters, holidays, ...) and
`refs` ("now", "that day", "the summer"; durations and sets, typed as TimeML does, with
no value; the "Today" programme is no date), plus the captions (read without a parse), keeps
the longest non-overlapping matches, and resolves each against the article date
(`article.published` at `article.date_precision`). The reading rules (past tense looks
back, future tense forward, no tense takes the nearer; no anchor = unresolved) are
documented in the module docstring of `readers`.

The parse is used where the surface cannot decide: whether a bare four-digit number is a
year ("in 2020", "the 2020 election") or a count ("2020 protesters"), and the tense of the
clause ("met on Friday" / "will meet on Friday" / "meets on Friday"). spaCy's DATE entities are a second
opinion: when one holds an absolute date our rules read only coarsely ("August the 20th,
2025" -> just the year), dateparser reads that one entity. dateparser is never called for
the ordinary forms: it is slow and prefers guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Token

from newsgraph.model import Article, DateMention, DatePrecision
from newsgraph.understand.docview import doc_text
from newsgraph.understand.time.calendar import Anchor, Resolved, anchor_of
from newsgraph.understand.time.grammar import (
    NEEDS_MONTH_CHECK,
    NEEDS_YEAR_CHECK,
    RULES,
    START_WORDS,
    TENSED,
    WordStarts,
)
from newsgraph.understand.time.readers import AMBIGUOUS_MONTHS, Tense, month_has_lead, previous_word, words
from newsgraph.understand.time.refs import START_WORDS as REF_START_WORDS
from newsgraph.understand.time.refs import find_refs, is_title
from newsgraph.understand.time.timeml import timeml_value
from newsgraph.understand.time.yeared import with_named_years

__all__ = ["find_dates"]

# Words after which a bare four-digit number reads as a year.
_YEAR_LEAD = words(
    "in since by until till through from during of before after to between and or the early late "
    "mid around circa year fiscal spring summer fall autumn winter than as election elections "
    "january february march april may june july august september october november december"
)
# Period names that, modifying a noun, name the period reported on ("September sales"); a holiday so
# names the season it gives its name to ("Black Friday discounts are already online": this year's, a week ahead).
_PERIOD_RULES = frozenset({"bare_month", "quarter", "bare_half", "holiday"})
_FUTURE_AUX = frozenset({"will", "'ll", "’ll", "shall", "wo"})
_PAST_AUX = frozenset({"had", "'d", "was", "were", "did"})
# Present-tense verbs that put their complement in the future: "is scheduled to meet Friday".
_FUTURE_LEMMAS = frozenset({"plan", "schedule", "expect", "intend", "due", "set", "aim", "prepare"})
# Past verbs of asking and promising whose infinitive lies ahead of them ("urged them to vote Sunday").
_FORWARD_LEMMAS = frozenset(
    {"urge", "ask", "order", "tell", "agree", "decide", "vow", "promise", "pledge", "threaten", "invite", "call"}
)
_MONTH_WORD = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b.*\b(?:1[89]\d\d|20\d\d)\b"
    r"|\b(?:1[89]\d\d|20\d\d)\b.*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)
_FINENESS: dict[str, int] = {
    "second": 0,
    "minute": 0,
    "day": 1,
    "week": 2,
    "month": 3,
    "year": 4,
    "unknown": 5,
}


def find_dates(article: Article, doc: Doc) -> tuple[DateMention, ...]:
    """Every temporal expression in the parsed text, in text order, with its resolution."""
    text = doc_text(article, doc)
    anchor = anchor_of(article.published, article.date_precision)
    lowered = text.lower()
    starts = WordStarts(text, START_WORDS | REF_START_WORDS)
    found: list[tuple[int, int, int, Resolved]] = []
    for order, rule in enumerate(RULES):
        if not rule.may_match(lowered):
            continue
        for m in rule.finditer(starts):
            start, end = m.start(), m.end()
            if rule.name in NEEDS_YEAR_CHECK and not _is_year(doc, text, start, end):
                continue
            if rule.name in NEEDS_MONTH_CHECK and not (
                month_has_lead(m) or (m["month"] not in AMBIGUOUS_MONTHS and _is_date_entity(doc, start, end))
            ):
                continue
            tense: Tense = _tense(doc, start) if rule.name in TENSED else "present"
            if rule.name in _PERIOD_RULES and _modifies_noun(doc, start, end) and not _ahead(rule.name, tense):
                # "September figures", "fourth-quarter results will be released": the period
                # names what is reported, not when the verb happens: the nearer one.
                tense = "present"
            if rule.name == "weekday" and tense == "present" and _present_verb(doc, start):
                # News tells what is over in the past tense; a weekday in a present-tense clause
                # is what is scheduled ("voters go to the polls on Sunday"): the coming one.
                tense = "future"
            reading = rule.read(m, anchor, tense)
            if reading is not None:
                found.append((start, end, order, reading))
    found = [f for f in found if not is_title(text, f[0], f[1])]  # BBC Radio 4's "Today"
    types: dict[tuple[int, int], str] = {}
    known = sorted((f[0], f[1], f[3]) for f in found)
    for ref in find_refs(starts, anchor, lambda at: _tense(doc, at), known):
        found.append((ref.start, ref.end, len(RULES) + 1, ref.reading))
        types[(ref.start, ref.end)] = ref.timex_type
    picked = _longest_first(found)
    picked = _absolute_entities(doc, picked, anchor)
    picked = with_named_years(text, picked, anchor)  # "June 2 next year": one date, in that year
    captions = _caption_dates(article, anchor)
    if captions and article.text.startswith(text):
        picked += captions
        text = article.text  # the caption lies after the parsed text
    return tuple(
        DateMention(
            text=text[start:end],
            value=reading.value,
            precision=reading.precision,
            start=start,
            end=end,
            end_value=reading.end_value,
            timex_type=types.get((start, end), "DATE"),
            timeml=timeml_value(text[start:end], types.get((start, end), "DATE"), reading),
        )
        for start, end, _, reading in sorted(picked, key=lambda item: item[0])
    )


def _caption_dates(article: Article, anchor: Anchor | None) -> list[tuple[int, int, int, Resolved]]:
    """Dates in captions, which are not parsed: the same rules, without the parse's checks (a
    bare year needs a lead word such as "in"; a bare month one such as "in", never spaCy's
    label) and without tense (a caption's present tense reads the nearer date)."""
    found: list[tuple[int, int, int, Resolved]] = []
    for block in article.blocks:
        if block.kind != "caption":
            continue
        text = article.text[block.start : block.end]
        lowered = text.lower()
        starts = WordStarts(text, START_WORDS)
        for order, rule in enumerate(RULES):
            if not rule.may_match(lowered):
                continue
            for m in rule.finditer(starts):
                if rule.name in NEEDS_YEAR_CHECK and previous_word(text, m.start()) not in _YEAR_LEAD:
                    continue
                if rule.name in NEEDS_MONTH_CHECK and not month_has_lead(m):
                    continue
                reading = rule.read(m, anchor, "present")
                if reading is not None and not is_title(text, m.start(), m.end()):
                    found.append((block.start + m.start(), block.start + m.end(), order, reading))
    return _longest_first(found)


def _longest_first(found: list[tuple[int, int, int, Resolved]]) -> list[tuple[int, int, int, Resolved]]:
    taken: list[tuple[int, int, int, Resolved]] = []
    for item in sorted(found, key=lambda f: (f[0] - f[1], f[2], f[0])):
        if all(item[1] <= t[0] or item[0] >= t[1] for t in taken):
            taken.append(item)
    return taken


def _token_at(doc: Doc, char: int) -> Token | None:
    # `char` is a match start, so char + 1 <= len(text); never read doc.text here: spaCy
    # rebuilds that string on every access.
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _is_date_entity(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.ent_type_ == "DATE" for t in span)


# What a year's figures are reported as ("1989 sales", "1990 results"): after a year, never a count of people.
_REPORTED = frozenset(
    {"sale", "earning", "profit", "result", "revenue", "figure", "loss", "export", "import", "shipment", "budget"}
    | {"election", "dividend", "forecast", "estimate", "sales", "earnings", "results", "figures", "elections"}
)


def _ahead(rule: str, tense: Tense) -> bool:
    """A holiday's season in a clause told as to come is the coming one ("will hire 500,000 Christmas workers" in
    June): a season is no figure released after its period, so the verb's future speaks for it."""
    return rule == "holiday" and tense == "future"


def _is_year(doc: Doc, text: str, start: int, end: int) -> bool:
    """Is this four-digit number a year? spaCy's DATE label or a leading temporal word says so."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    date_entity = any(t.ent_type_ == "DATE" for t in span)
    lead = previous_word(text, start)
    after = span[-1].nbor(1) if span.end < len(doc) else None
    # "1989 sales rose": news style spells out any other number that opens a sentence, though a headline does not
    # ("2000 protesters arrested"): before a plural noun only a year's reported figures say year.
    counted = after is not None and after.tag_ in ("NNS", "NNPS") and after.lemma_.lower() not in _REPORTED
    if span[0].is_sent_start and text[start:end].isdigit() and not counted:
        return True
    if after is not None and after.tag_ in ("NNS", "NNPS"):
        # "said 2020 protesters", "the 1500 soldiers": a number before a plural noun is a
        # count (spaCy calls some of them DATE) unless both the parse and a temporal lead
        # word say year ("the 2020 elections", "in 2019 talks").
        return date_entity and lead in _YEAR_LEAD
    return date_entity or lead in _YEAR_LEAD


def _modifies_noun(doc: Doc, start: int, end: int) -> bool:
    """Does the expression modify a noun after it ("September figures", "third-quarter profit")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN")


def _present_verb(doc: Doc, start: int) -> bool:
    """Is the expression at `start` governed by a present-tense verb (not a bare noun phrase)?"""
    token = _token_at(doc, start)
    for _ in range(5):
        if token is None or token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token is not None and token.tag_ in ("VBZ", "VBP")


def _tense(doc: Doc, start: int) -> Tense:
    """The tense of the clause governing the expression at `start` ("present" when unsure)."""
    token = _token_at(doc, start)
    if token is None:
        return "present"
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return "present"  # a bare noun phrase: "Friday's vote"
    verb = token
    for step in range(4):
        aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a in _FUTURE_AUX for a in aux):
            return "future"
        present = verb.tag_ in ("VBZ", "VBP") or (
            verb.tag_ == "VBN" and any(a in ("is", "are", "'s") for a in aux)
        )
        if (step or verb.tag_ == "VBN") and verb.lemma_ in _FUTURE_LEMMAS and present:
            # "plans to visit on Friday", "is scheduled to open in May", "are expected in November"
            return "future"
        if any(a in _PAST_AUX for a in aux) or verb.tag_ == "VBD":
            return "past"
        if verb.tag_ == "VBN" and (not aux or any(a in ("has", "have") for a in aux)):
            # "a statement issued Tuesday", "has fired agents since January": done already.
            return "past"
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return "present"
        if verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.lemma_ in _FORWARD_LEMMAS:
            # "urged residents to stay home on Thanksgiving", "agreed to meet on Thursday": what
            # was urged or agreed lies after the urging, before or after the article: the nearer.
            return "present"
        verb = verb.head
    return "present"


def _absolute_entities(
    doc: Doc, picked: list[tuple[int, int, int, Resolved]], anchor: Anchor | None
) -> list[tuple[int, int, int, Resolved]]:
    """Let dateparser read a spaCy DATE entity that holds a month and a year our rules read coarsely."""
    for ent in doc.ents:
        if ent.label_ != "DATE" or not _MONTH_WORD.search(ent.text):
            continue
        inside = [p for p in picked if p[0] < ent.end_char and p[1] > ent.start_char]
        best = min((_FINENESS[p[3].precision] for p in inside), default=_FINENESS["unknown"])
        if best <= _FINENESS["day"]:
            continue
        reading = _dateparser_read(ent.text, anchor.date if anchor else None)
        if reading is None or _FINENESS[reading.precision] >= best:
            continue
        picked = [p for p in picked if p not in inside]
        picked.append((ent.start_char, ent.end_char, len(RULES), reading))
    return picked


# dateparser's periods -> ours; "time" and "week" readings of a single date are days.
_PERIODS: dict[str, DatePrecision] = {
    "day": "day",
    "time": "day",
    "week": "day",
    "month": "month",
    "year": "year",
}


@lru_cache(maxsize=32)
def _parser(base: dt.date | None) -> Any:
    # Relative base pinned to the article date (never the wall clock), a year required so
    # dateparser cannot fill one in, and past-preferring like the rest of this stage.
    relative = dt.datetime.combine(base or dt.date(2000, 1, 1), dt.time())
    settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": relative, "REQUIRE_PARTS": ["year"]}
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser_read(text: str, base: dt.date | None) -> Resolved | None:
    data = _parser(base).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    value: dt.datetime = data.date_obj
    precision = _PERIODS.get(data.period or "", "day")
    if precision == "month":
        return Resolved(f"{value.year:04d}-{value.month:02d}", "month")
    if precision == "year":
        return Resolved(f"{value.year:04d}", "year")
    return Resolved(value.date().isoformat(), "day")
