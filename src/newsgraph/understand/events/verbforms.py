"""The dictionary verb a token's form comes from, where the lemmatizer's answer is not one.

The small model's lemmatizer is wrong on forms it has not seen often ("staged" -> "stag",
"overflew" -> "overflew"), and the tokenizer splits hyphenated verbs ("re-examine"). A
trigger the codebook knows must not be lost to that: the form's likely stems, the hyphenated
whole, and the forms the imported dictionary lists are tried in turn.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph.understand.events.codebook import Codebook
from newsgraph.understand.events.imported import listed_form
from newsgraph.understand.events.tree import TokenTable


def verb_lemma(table: TokenTable, tok: Token, book: Codebook) -> str:
    """The token's lemma, or when the lemmatizer got it wrong ("staged" -> "stag") the
    dictionary verb its inflected form comes from."""
    lemma, i = table.lemma[tok.i], tok.i
    if i >= 2 and table.tokens[i - 1].text == "-" and table.end[i - 2] == table.start[i - 1]:
        # "re-examine": the tokenizer splits the dictionary's hyphenated verb.
        joined = f"{table.tokens[i - 2].lower_}-{lemma}"
        if joined in book.verbs and table.end[i - 1] == table.start[i]:
            return joined
    low = tok.lower_
    if low in (f"{lemma}ed", f"{lemma}ing") and f"{lemma}e" in book.verbs:
        # "raped" -> "rap": a short verb doubles its last consonant ("rapped", "rapping"), so an
        # undoubled form before "-ed" or "-ing" comes from the verb in "-e" ("rape"), when the book has it.
        return f"{lemma}e"
    if lemma in book.verbs:
        return lemma
    listed = listed_form(low) or lemma  # "overflew": a form the dictionary lists for its verb
    return next((c for c in (*_stems(low), listed) if c in book.verbs), lemma)


@lru_cache(maxsize=8192)
def _stems(low: str) -> tuple[str, ...]:
    """The verbs an inflected form may come from, most likely first. Cached: the same few
    hundred verb forms make up most of the news, and each one's candidates never change."""
    candidates = [low]
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
        ("es", ""),
        ("s", ""),
    ):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            candidates.append(low[: -len(suffix)] + repl)
    if len(low) > 4 and low[-3] == low[-4] and low.endswith(("ed", "ing")):  # "banned", "shelling"
        candidates.append(low[:-3] if low.endswith("ed") else low[:-4])
    return tuple(candidates)
