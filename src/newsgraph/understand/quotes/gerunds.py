"""Reported clauses told in short as a gerund (session 27): "admitted taking the money", "recalled seeing two
men", "confessed to taking the money", "admitted to having been paid".

A verb that reports a clause ("admitted that he took the money") can tell the same fact with a gerund, either
as its complement (the parser's xcomp, read in `content`) or after "to" ("admitted to taking", "testified to
seeing"). A noun after "to" is whom the words were given ("admitted to reporters that ..."), not what was
admitted, so only a gerund counts.
"""

from __future__ import annotations

from spacy.tokens import Token


def gerund_after_to(prep: Token) -> bool:
    """ "to taking the money", "to having been paid": a "to" whose object is a gerund clause."""
    return prep.lower_ == "to" and any(g.dep_ == "pcomp" and _gerund(g) for g in prep.children)


def _gerund(verb: Token) -> bool:
    """ "taking", or "having taken" / "having been paid", whose head the parser tags as a participle."""
    return verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having" for c in verb.children)


def bare_gerund(verb: Token) -> bool:
    """ "taking the money" as a complement: a gerund, not the progressive of a to-infinitive ("are believed to be
    heading for the dam", which a raised passive reads with its subject)."""
    return verb.tag_ == "VBG" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
