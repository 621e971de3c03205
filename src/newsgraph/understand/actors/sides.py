"""Country words that name a side taken, not a home (docs/actors.md, "How codes are assigned").

"pro-Russian separatists", "anti-American protesters": a stance. "Rwandan-backed rebels", "the U.S.-backed
interim government", "Syrian-sponsored militias": a sponsor. Rebels Rwanda backs in eastern Congo are Congo's
rebels, and the interim government Washington backs in Baghdad is Iraq's; the sponsor's adjective places neither,
so the group takes the country any group with no country word of its own would take, or none.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.actors.sites import posted_base

STANCES = ("pro-", "anti-")
# Participles after a country word and a hyphen that make it the group's sponsor: whoever backs, arms or pays a
# side from outside. Not "-led" ("U.S.-led troops" are the leader's own) nor "-based" (a seat is a home).
SPONSORED = frozenset({"backed", "sponsored", "supported", "armed", "funded", "financed", "allied", "installed"})


def stance(t: Token) -> bool:
    """Whether token `t` is the country word of a stance ("pro-Russian", "anti-American": one token or three) or
    of a sponsor ("Rwandan-backed", "U.S.-backed": three tokens, or one)."""
    if t.lower_.startswith(STANCES) or t.lower_.rpartition("-")[2] in SPONSORED:
        return True
    doc = t.doc
    if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ + "-" in STANCES:
        return True
    return t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in SPONSORED


def not_home(t: Token) -> bool:
    """Whether token `t` is a country or city word that places no one at home: a stance or a sponsor (`stance`), or
    the base of envoys or diplomats ("Tripoli-based diplomats": where they are posted, another state's people)."""
    return stance(t) or posted_base(t)
