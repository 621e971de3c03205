"""A court's ruling that a party broke the law: "a federal judge ruled that the Bush administration had acted
illegally", "the Supreme Court found that the government had violated the constitution".

CAMEO 116 (find guilty or liable, legally) codes a court's finding against a party as the verb table codes "ruled
that the ban was illegal" (`match`: an adjective's small clause): aimed at the party the ruling's clause is about,
its subject. Only a court's ruling ("the minister found that ..." is an opinion), only a finding the clause states
outright ("ruled that X had not acted illegally" finds for X), and only a ruling made: "is expected to rule",
"could rule" or "urged the court to rule" are none.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.codebook import Sense
from newsgraph.understand.events.match import Match, TokenTable, subject
from newsgraph.understand.events.modality import modality
from newsgraph.understand.events.nominal import Frame

_RULING_VERBS = frozenset({"rule", "find", "decide", "declare"})
_COURTS = frozenset({"court", "tribunal", "judge", "jury", "magistrate", "justice"})
# Verbs whose act is the breach itself ("had violated the constitution", "breached its contract") and manners
# that make any act one ("had acted illegally", "held him unlawfully").
_BREACHES = frozenset({"violate", "breach", "contravene", "flout", "infringe"})
_UNLAWFUL = frozenset({"illegally", "unlawfully", "unconstitutionally", "improperly", "illegitimately"})
_LIABLE = Sense(code="116", target=())


def ruling_frames(ctx: ActorContext, sent: Span) -> list[Frame]:
    """The courts' findings of a breach of the law told in `sent`, one 116 each, aimed at the party found against."""
    table, book = ctx.table, ctx.codebook
    frames = []
    for i in range(sent.start, sent.end):
        if table.lemma[i] not in _RULING_VERBS or table.pos[i] != "VERB":
            continue
        court = subject(table, table.tokens[i])
        party = _party_found_against(table, i)
        if court is None or party is None or table.lemma[court.i] not in _COURTS:
            continue
        mod = modality(table, table.tokens[i], book)
        if mod.kind is not None or mod.hypothetical or mod.negated:
            continue
        sources = tuple(r for r in resolve(ctx, court) if r.code)
        if sources:
            match = Match(table.tokens[i], "rule", _LIABLE, party, False)
            frames.append(Frame(match, "116", sources, tuple(resolve(ctx, party)), False, False, 0.5))
    return frames


def _party_found_against(table: TokenTable, i: int) -> Token | None:
    """The subject of the that-clause of ruling verb `i` when the clause says it broke the law, unnegated."""
    dep, kids = table.dep, table.children
    for c in kids[i]:
        if dep[c] != "ccomp" or any(dep[k] == "neg" for k in kids[c]):
            continue
        breach = table.lemma[c] in _BREACHES or any(
            dep[k] == "advmod" and table.tokens[k].lower_ in _UNLAWFUL for k in kids[c]
        )
        party = next((table.tokens[k] for k in kids[c] if dep[k] == "nsubj"), None)
        if breach and party is not None:
            return party
    return None
