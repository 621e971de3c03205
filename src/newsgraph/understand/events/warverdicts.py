"""Verdicts that call an act war: "said the raid was an act of war", "a declaration of war", "tantamount to war",
"described the decision as a declaration of aggression".

Calling another side's act war or aggression is the harshest criticism (CAMEO 111) a statement makes; it is a
verdict on the act, not a declaration of war by the speaker, and not force. A bare "war" is no verdict ("the war
was over"): only an act or a declaration "of war", or a move "tantamount", "equivalent" or "akin" to one.
"""

from __future__ import annotations

from newsgraph.understand.events.match import TokenTable, prep_objects

_WARLIKE = frozenset({"war", "aggression"})
_NAMED_AS = frozenset({"act", "declaration"})
_LIKENED = frozenset({"tantamount", "equivalent", "akin"})


def war_verdict(table: TokenTable, k: int) -> bool:
    """Whether token `k`, what an act is said to be, calls it war: "an act of war", "tantamount to a declaration of
    war", "tantamount to aggression"."""
    tok = table.tokens[k]
    if table.lemma[k] in _NAMED_AS:
        return any(table.lemma[p.i] in _WARLIKE for p in prep_objects(table, tok, ("of",)))
    if table.lemma[k] in _LIKENED:
        return any(table.lemma[p.i] in _WARLIKE or war_verdict(table, p.i) for p in prep_objects(table, tok, ("to",)))
    return False
