"""Document and sentence tone with VADER, reported the way GDELT reports tone.

GDELT's document tone is word counting: the percentage of words that are positive minus the
percentage that are negative (usually between -10 and +10). We count words with VADER's
lexicon (7,500 rated words and emoticons), flipping a word's polarity when one of VADER's
negators ("not", "never", "isn't", ...) stands within the three words before it, so "did not
welcome" counts as negative. Alongside it we keep VADER's own compound score, which weighs
intensity, boosters and punctuation; for an article it is the mean over sentences, because
VADER's compound of a whole article saturates towards +-1.

The analyser is built once per process (it reads its lexicon file) by `load_analyzer`, and the
pipeline passes it in with the other resources.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

from newsgraph.model import Article, Event, Tone

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)*")
# Sentence ends for tone only: tone needs no exact boundaries, and this keeps the stage free
# of the parse (events pass their own evidence sentence to `sentence_tone`).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s+[\"'“‘(]?[A-Z0-9])|\n\s*")
_NEGATORS = frozenset(w.lower() for w in NEGATE) | {"no", "not", "never", "without", "nor"}
_NEGATION_WINDOW = 3


@cache
def load_analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


def _lower_words(text: str) -> list[str]:
    """The words of `text`, lower-cased."""
    if "\u0130" in text or "\u212a" in text:
        # The two characters whose lower case holds an ASCII letter ("İ" -> "i̇", Kelvin "K" -> "k").
        return [w.lower() for w in _WORD.findall(text)]
    # Otherwise lower-casing first finds the same words, in one pass.
    return _WORD.findall(text.lower())


def _word_shares(text: str, lexicon: dict[str, float]) -> tuple[float, float]:
    words = _lower_words(text)
    if not words:
        return 0.0, 0.0
    positive = negative = 0
    rated = [(i, valence) for i, word in enumerate(words) if (valence := lexicon.get(word))]
    for i, valence in rated:
        window = words[max(0, i - _NEGATION_WINDOW) : i]
        if any(w in _NEGATORS or w.endswith("n't") for w in window):
            valence = -valence
        if valence > 0:
            positive += 1
        else:
            negative += 1
    return positive / len(words), negative / len(words)


def _tone(compound: float, text: str, analyzer: SentimentIntensityAnalyzer) -> Tone:
    positive, negative = _word_shares(text, analyzer.lexicon)
    return Tone(
        compound=round(compound, 4),
        positive=round(positive, 4),
        negative=round(negative, 4),
        tone=round((positive - negative) * 100, 3),
    )


def sentences(text: str) -> list[str]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append(text[start : m.end()].strip())
        start = m.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


@lru_cache(maxsize=4096)
def _compound(text: str, analyzer: SentimentIntensityAnalyzer) -> float:
    # VADER is the costly part; an article's sentences and its events' evidence sentences are
    # mostly the same strings, so each is scored once (per analyser: one per process).
    return float(analyzer.polarity_scores(text)["compound"]) if text.strip() else 0.0


def sentence_tone(text: str, analyzer: SentimentIntensityAnalyzer) -> Tone:
    """Tone of one sentence (an event's evidence): VADER compound plus GDELT-style word shares."""
    return _tone(_compound(text, analyzer), text, analyzer)


def score_events(events: Sequence[Event], analyzer: SentimentIntensityAnalyzer) -> tuple[Event, ...]:
    """The events with the tone of their evidence sentence filled in."""
    # Several events often come from one sentence: score each sentence once.
    tones: dict[str, Tone] = {}
    out: list[Event] = []
    for e in events:
        if e.tone is not None:
            out.append(e)
            continue
        tone = tones.get(e.evidence_text)
        if tone is None:
            tone = tones[e.evidence_text] = sentence_tone(e.evidence_text, analyzer)
        out.append(replace(e, tone=tone))
    return tuple(out)


def score_tone(article: Article, analyzer: SentimentIntensityAnalyzer) -> Tone:
    """Tone of the article's title, summary and body (the caption describes a photo, not the story)."""
    text = article.text[: article.analysis_end]
    parts = sentences(text)
    compound = sum(_compound(s, analyzer) for s in parts) / len(parts) if parts else 0.0
    return _tone(compound, text, analyzer)
