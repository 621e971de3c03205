"""What a copular clause announces after a colon: "Obama's message was simple: voters should not be fooled",
"McConnell was blunt: the Senate would not take up the nomination".

A noun of saying as the subject of "was" ("message", "argument", "view") or a speaker described by how they
spoke ("was blunt", "was adamant") tells what was said in the clause the colon opens, as "His argument is that
..." tells it in a that-clause. The parser makes that clause the sentence's root and the copular clause its
complement, so neither the noun nor the adjective found a content.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.tokens import trim

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def after_colon(copula: Token) -> tuple[int, int] | None:
    """The clause after the colon that closes `copula`'s clause ("was simple: ..."), as a token range: a clause
    with its own subject and verb, to the sentence's end. `None` when no colon closes the clause or no clause
    follows it."""
    doc = copula.doc
    colon = copula.right_edge.i + 1
    if copula.lemma_ != "be" or colon >= copula.sent.end or doc[colon].text != ":":
        return None
    start, end = trim(doc, colon + 1, copula.sent.end)
    words = doc[start:end]
    if len(words) < 3 or any(t.text in ('"', "\u201c", "\u201d") for t in words):
        return None  # a quotation after the colon is a direct quote, read as one
    clause = any(t.dep_ in _SUBJECTS and t.head.pos_ in ("VERB", "AUX") and start <= t.head.i < end for t in words)
    return (start, end) if clause else None
