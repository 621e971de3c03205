"""Doers who attack only in words: an office that speaks for a body, and the press.

"Russia's defence minister assailed NATO's expansion", "the party newspaper launched a fierce attack on the United
States": a minister and a newspaper criticise (CAMEO 111). A minister is coded with the armed body he heads (a
defence minister is MIL), but he does not fire on anyone in person; when his forces do, the story says so ("the
army attacked", "troops under his command"). A newspaper never does.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.events.match import TokenTable

# Offices whose holder speaks for a body: the head of a doer phrase ("the defence minister") or a title on a name
# ("Defence Minister Sergei Ivanov"). Not commanders or generals, whose attacks may be their units'.
_SPEAKING_OFFICES = frozenset(
    {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "official", "president", "premier",
     "chancellor", "ambassador", "envoy", "diplomat", "politician", "lawmaker", "legislator", "senator",
     "congressman", "congresswoman", "mp", "deputy", "adviser", "advisor", "aide", "prosecutor", "judge"}
)
# News outlets: the head of the doer phrase, or a broadcaster's "station" / "channel" / "network" with its medium.
_PRESS = frozenset(
    {"newspaper", "paper", "daily", "weekly", "tabloid", "magazine", "editorial", "columnist", "commentator",
     "broadcaster", "website", "radio", "television", "tv"}
)
_OUTLETS = frozenset({"station", "channel", "network"})


def press(table: TokenTable, doer: Token | None) -> bool:
    """Whether the doer is a news outlet: "the newspaper", "state television", "a radio station"."""
    if doer is None:
        return False
    head = table.lemma[doer.i]
    if head in _PRESS:
        return True
    return head in _OUTLETS and any(table.lemma[c] in _PRESS for c in table.children[doer.i])


def speaks_only(table: TokenTable, doer: Token | None) -> bool:
    """Whether the doer is an office holder who speaks for a body ("the defence minister", "Defence Minister
    Ivanov"), or the press."""
    if doer is None:
        return False
    if press(table, doer) or table.lemma[doer.i] in _SPEAKING_OFFICES:
        return True
    titles = [c for c in table.children[doer.i] if table.dep[c] == "compound"]
    return table.pos[doer.i] == "PROPN" and any(table.lemma[c] in _SPEAKING_OFFICES for c in titles)
