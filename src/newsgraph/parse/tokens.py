"""Keep spaCy's tokenizer cache useful while the pipeline parses inside memory zones.

spaCy's tokenizer remembers how it split each space-separated chunk ("Minsk", "U.N.",
"(Reuters)") and reuses the split the next time it meets the chunk. Inside a memory zone it
saves nothing, because a saved split may point at lexemes the zone frees; and the pipeline
parses every batch inside a zone (`pipeline.analyze_articles`), so without help every batch
splits every word again, at several times the CPU of a filled cache (docs/benchmarks.md,
"Matrix multiplication"; `python -m bench.throughput --components`).

`warm_tokenizer` runs outside the zone, before a batch: the batch's chunks that are strings
the model knew when it was loaded (its StringStore then: about 90,000 words, names and
labels, the gazetteers' names included) and that the tokenizer has not split yet are
tokenized once, so their splits and lexemes are permanent and the batch inside the zone
finds them in the cache. Memory stays bounded by that fixed set of strings, however long the
run; chunks the model never saw (new names, figures, words with punctuation attached) are
split inside the zone as before and freed with it. A cached split is the split the tokenizer
would make again, so the Docs are the same.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable
from typing import Any

from spacy.language import Language

# Room in the tokenizer's cache for every known string (spaCy's default is 10,000 chunks).
_CACHE_ROOM = 50_000

# Per pipeline: the known strings not yet tokenized outside a zone (shrinks as they are).
_PENDING: weakref.WeakKeyDictionary[Language, set[str]] = weakref.WeakKeyDictionary()


def _pending(nlp: Language) -> set[str]:
    pending = _PENDING.get(nlp)
    if pending is None:
        strings = list(nlp.vocab.strings)
        pending = {s for s in strings if 0 < len(s) <= 40 and not any(ch.isspace() for ch in s)}
        tokenizer: Any = nlp.tokenizer
        tokenizer.max_cache_size = max(tokenizer.max_cache_size, len(pending) + _CACHE_ROOM)
        _PENDING[nlp] = pending
    return pending


def load_known_strings(nlp: Language) -> None:
    """Gather the strings the model knew at load now (the pipeline does it while loading, not in the first
    batch)."""
    _pending(nlp)


def warm_tokenizer(nlp: Language, texts: Iterable[str]) -> None:
    """Tokenize, outside any memory zone, the chunks of `texts` the model knew at load and the
    tokenizer has not cached yet. Call it before parsing `texts` inside a zone."""
    if nlp.vocab.in_memory_zone:  # type: ignore[attr-defined]
        return  # nothing saved in here would outlive the zone
    pending = _pending(nlp)
    if not pending:
        return
    fresh = {chunk for text in texts for chunk in text.split() if chunk in pending}
    tokenizer = nlp.tokenizer
    for chunk in fresh:
        tokenizer(chunk)
    pending -= fresh
