"""Language identification with py3langid, whose model ships inside its PyPI package."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Enough text to be sure, little enough to stay cheap on long articles.
_SAMPLE_CHARS = 800
_MIN_CHARS = 20
# On a headline or a one-line item the identifier spreads its belief over many languages and
# its top guess is often a small neighbour of English (Frisian, Pidgin, Bikol) at 0.1-0.2; a
# real French or German sentence of the same length scores above 0.95. Below this confidence
# the language is unknown, and unknown text is analysed rather than skipped.
_MIN_CONFIDENCE = 0.5
# Nigerian Pidgin is English-lexified, and the identifier takes Nigerian English news for it
# ("Nigerians voted ... pitting President Goodluck Jonathan against ...": pcm 0.73, en 0.26).
# Real Pidgin leaves English almost nothing (en below 0.001), so a Pidgin guess that still
# gives English this share is English text with Nigerian names in it.
_ENGLISH_LEXIFIED = frozenset({"pcm"})
_ENGLISH_SHARE = 0.05
# On a short item full of foreign names ("Junichiro Koizumi visited the Yasukuni shrine ...") the identifier may
# guess a language of those names (Shona, 0.65). English's commonest function words, which no language it confuses
# English with writes as words ("the", "and", "said"; not "was", "of" or "had", which Dutch and German write too),
# say otherwise: two of them, or one where the identifier still gives English a share, unless it is sure (a real
# German article quoting "The White House said" stays German).
_ENGLISH_WORDS = frozenset({"the", "and", "said", "with", "from", "would", "after", "which", "their", "they", "were"})
_WORD = re.compile(r"[a-z]+")
_SURE = 0.9


@lru_cache(maxsize=1)
def _identifier() -> Any:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_language_identifier() -> None:
    """Read the identifier's model now (0.4 s CPU: an lzma-packed array), with the other tables a process
    loads before its first article, rather than inside the first article's extraction."""
    _identifier()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell
    or the identifier is not confident."""
    sample = text[:_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < _MIN_CHARS:
        return None
    ranked = _identifier().rank(sample)
    lang, prob = ranked[0]
    english = dict(ranked).get("en", 0.0)
    if lang in _ENGLISH_LEXIFIED and english >= _ENGLISH_SHARE:
        return "en"
    if lang != "en" and prob < _SURE:
        words = sum(w in _ENGLISH_WORDS for w in _WORD.findall(sample.lower()))
        if words >= 2 or (words == 1 and english >= 0.02):
            return "en"
    return str(lang) if prob >= _MIN_CONFIDENCE else None
