"""A noun's content clause that the small parser hangs as a relative clause.

"rejected a U.S. demand that it give up enrichment", "dismissed a French call that Syria withdraw its
troops": the clause says what the demand asks for, so the act in it has not happened (the guidelines
code what the item asserts). The parser labels it `relcl`, as it labels "the plan that Israel
proposed"; a relative clause's "that" stands for the noun inside the clause (its subject or object),
while a content clause's "that" is only a complementizer (`mark`) before a clause with a subject of
its own.
"""

from __future__ import annotations

from newsgraph.understand.events.tree import TokenTable

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def content_clause(table: TokenTable, i: int) -> bool:
    """Whether verb `i`, hung on a noun as a relative clause, is that noun's content clause ("a demand that it ...")."""
    if table.dep[i] != "relcl" or table.pos[table.head[i]] not in ("NOUN", "PROPN"):
        return False
    kids = table.children[i]
    that = any(table.dep[c] == "mark" and table.tokens[c].lower_ == "that" for c in kids)
    own_subject = any(table.dep[c] in _SUBJECTS and table.tokens[c].lower_ not in ("that", "which", "who") for c in kids)
    return that and own_subject
