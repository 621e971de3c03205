"""Criticism told as a verdict on an act: "Egypt said the Israeli raid was a flagrant violation of international law",
"the minister said the bombing was barbaric". CAMEO 111 (criticize or denounce) codes the speaker's verdict as it codes
"condemned the raid": aimed at the act's doer when the text names one (`criticised_doers`), at no one it names else.
A verdict only imagined ("would be a violation") or denied ("was not a crime") is none."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.codebook import Sense
from newsgraph.understand.events.criticised import criticised_doers
from newsgraph.understand.events.match import Match, TokenTable, subject
from newsgraph.understand.events.nominal import Frame
from newsgraph.understand.events.rulings import ruling_frames

# Verbs that give a verdict as the speaker's own words; "believe" or "fear" would be an opinion, no statement.
_SAYING = frozenset({"say", "add", "declare", "state", "tell"})
_VERDICT = Sense(code="111", target=())
_UNREAL = frozenset({"would", "could", "may", "might", "will", "should", "can"})
# Words that also only class an act, as police and courts do ("police said the killing was a crime of passion"):
# a verdict only with a judging word on them ("a heinous crime").
_CLASSING = frozenset({"crime", "terrorist", "terrorism", "criminal", "murder", "massacre"})


def judged_frames(ctx: ActorContext, sent: Span) -> list[Frame]:
    """The verdicts told in `sent`, one criticism (111) each, by the speaker."""
    table = ctx.table
    verdicts = ctx.codebook.classes.get("condemning", frozenset())
    frames = []
    for i in range(sent.start, sent.end):
        if table.lemma[i] not in _SAYING or table.pos[i] != "VERB":
            continue
        act = _judged_act(table, i, verdicts)
        speaker = subject(table, table.tokens[i])
        if act is None or speaker is None:
            continue
        sources = tuple(r for r in resolve(ctx, speaker) if r.code)
        match = Match(table.tokens[i], "say", _VERDICT, None, False)
        targets = criticised_doers(ctx, match, act, {r.country for r in sources})
        if sources and targets is not None:
            frames.append(Frame(match, "111", sources, targets, False, False, 0.5))
    return frames + ruling_frames(ctx, sent)  # a court's verdict on a party's act (`rulings`)


def _judged_act(table: TokenTable, i: int, verdicts: frozenset[str]) -> Token | None:
    """The act noun a "be" clause reported by verb `i` passes a verdict on: "said [the raid] was a violation"; "the
    raid was a crime, he said" hangs the saying on the clause."""
    dep, kids = table.dep, table.children
    clauses = [c for c in kids[i] if dep[c] == "ccomp"]
    if dep[i] in ("parataxis", "ccomp") and table.head[i] != i and table.head[i] < i:
        clauses.append(table.head[i])
    for c in clauses:
        if table.lemma[c] != "be" or any(
            (dep[k] == "aux" and table.tokens[k].lower_ in _UNREAL) or dep[k] == "neg" for k in kids[c]
        ):
            continue
        said = [k for k in kids[c] if dep[k] in ("attr", "acomp")]
        acts = [k for k in kids[c] if dep[k] == "nsubj" and table.pos[k] == "NOUN"]
        judged = (table.lemma[k] in verdicts - _CLASSING or _judging_modifier(table, k, verdicts) for k in said)
        if acts and any(judged):
            return table.tokens[acts[0]]
    return None


def _judging_modifier(table: TokenTable, k: int, verdicts: frozenset[str]) -> bool:
    """ "a cowardly act", "an outrageous act": the verdict sits on the noun the clause names it by."""
    return any(table.dep[a] == "amod" and table.lemma[a] in verdicts - _CLASSING for a in table.children[k])
