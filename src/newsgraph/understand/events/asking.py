"""What a verb of asking asks for: the "to" clause of "urged X to", "pleaded with X to", "implored X on Sunday to",
however the parser hung it (an object's clause, a clause with the one asked as its subject, an adverbial), is what
is asked, not an act done; but after something asked "for" such a clause is that request's purpose ("appealed for
peacekeepers to help")."""

from __future__ import annotations

from newsgraph.understand.events.clauses import called_through, has_to
from newsgraph.understand.events.codebook import Codebook
from newsgraph.understand.events.tree import TokenTable

_ASKING = ("appeal", "demand")
# What "call" asks through: "called on / upon X to", "called for X to"; a bare "called X to discuss Y" is a telephone
# call, not a request.
_CALLED_THROUGH = ("on", "upon", "for")


def asking_kind(table: TokenTable, head: int, book: Codebook) -> str | None:
    """The codebook's modal kind of verb `head` (appeal, demand, intent ...), except for a bare "call"."""
    if table.lemma[head] == "call" and not called_through(table, head, _CALLED_THROUGH):
        return None
    return book.modal_verbs.get(table.lemma[head])


def asked_adverbially(table: TokenTable, cur: int, head: int, book: Codebook) -> bool:
    """ "implored the government on Sunday to negotiate": the "to" clause at `cur` of an active verb of asking
    `head`, which the parser hung as an adverbial, is what is asked. Not when something is asked "for": then the
    clause is its purpose ("appealed for 20,000 peacekeepers to help him", "called for talks to end the war"). A
    passive ("was urged by X to") is read from its subject."""
    kids = table.children[head]
    return (
        has_to(table, cur)
        and asking_kind(table, head, book) in _ASKING
        and not any(table.dep[c] in ("nsubjpass", "auxpass") for c in kids)
        and not any(table.dep[c] == "prep" and table.tokens[c].lower_ == "for" for c in kids)
    )


def asked_with_subject(table: TokenTable, cur: int, head: int, book: Codebook) -> bool:
    """ "implored the government to negotiate": the parser makes the one asked the subject of a "to" clause
    (a ccomp) under a verb of asking; what it asks for has not happened."""
    return has_to(table, cur) and asking_kind(table, head, book) in _ASKING
