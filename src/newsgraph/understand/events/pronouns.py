"""Antecedents of pronoun slots, read off the dependency tree: the subject pronoun of a reported
clause is the reporter ("Syria says it is willing"), an object pronoun in a clause hung on an
earlier act is that act's object ("expelled two diplomats, accusing them of spying")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.events.match import TokenTable


def reporting_subject(table: TokenTable, pron: Token) -> Token | None:
    """ "Syria says it is willing ...": an unresolved subject pronoun of a reported clause refers
    to the reporting verb's subject, the commonest antecedent in wire copy."""
    if pron.lower_ not in ("it", "they", "he", "she", "we", "its", "their", "his", "her"):
        return None
    heads, dep, pos = table.head, table.dep, table.pos
    clause = heads[pron.i]
    if dep[pron.i] == "poss":
        clause = heads[clause]
    for _ in range(3):
        if dep[clause] == "ccomp" and pos[heads[clause]] == "VERB":
            for c in table.children[heads[clause]]:
                if dep[c] == "nsubj" and pos[c] != "PRON":
                    return table.tokens[c]
            return None
        if dep[clause] in ("xcomp", "conj", "acomp") and heads[clause] != clause:
            clause = heads[clause]
            continue
        return None
    return None


_OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them"})


def object_antecedents(table: TokenTable, pron: Token) -> list[Token]:
    """ "expelled two diplomats, accusing them of spying", "imposed sanctions on Syria, accusing it
    of ...": an object pronoun in a clause hung on an earlier act's verb (participle, purpose or
    conjoined clause) refers to the party that act was done to: its object, or the object of its
    "on / against / to" phrase. The candidates come best first; the caller keeps the first actor."""
    if pron.lower_ not in _OBJECT_PRONOUNS or table.dep[pron.i] != "dobj":
        return []
    heads, dep, pos, children, tokens = table.head, table.dep, table.pos, table.children, table.tokens
    clause = heads[pron.i]
    for _ in range(3):
        if dep[clause] not in ("advcl", "xcomp", "conj") or heads[clause] == clause:
            return []
        clause = heads[clause]
        if pos[clause] != "VERB":
            return []
        objects = [c for c in children[clause] if dep[c] == "dobj" and c < pron.i]
        preps = [p for o in [clause, *objects] for p in children[o] if dep[p] == "prep"]
        found = [tokens[o] for o in objects if pos[o] in ("NOUN", "PROPN")] + [
            tokens[c]
            for p in preps
            if tokens[p].lower_ in ("on", "against", "to") and p < pron.i
            for c in children[p]
            if dep[c] == "pobj"
        ]
        if found:
            return found
    return []
