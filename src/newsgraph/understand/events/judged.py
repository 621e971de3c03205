"""Criticism told as a verdict on an act: "Egypt said the Israeli raid was a flagrant violation of international law",
"the minister said the bombing was barbaric". CAMEO 111 (criticize or denounce) codes the speaker's verdict as it codes
"condemned the raid": aimed at the act's doer when the text names one (`criticised_doers`), at no one it names else.
A verdict only imagined ("would be a violation") or denied ("was not a crime") is none."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.codebook import Sense
from newsgraph.understand.events.criticised import criticised_doers
from newsgraph.understand.events.match import Match, TokenTable, prep_objects, subject, subtree
from newsgraph.understand.events.nominal import Frame
from newsgraph.understand.events.rulings import ruling_frames
from newsgraph.understand.events.warverdicts import war_verdict

# Verbs that give a verdict as the speaker's own words; "believe" or "fear" would be an opinion, no statement.
_SAYING = frozenset({"say", "add", "declare", "state", "tell"})
_VERDICT = Sense(code="111", target=())
# Verbs that name what a thing is: "described / branded / called X (as) Y".
_NAMING = frozenset({"describe", "brand", "label", "term", "call", "characterize", "characterise", "condemn"})
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
    return frames + _named_war(ctx, sent) + ruling_frames(ctx, sent)  # a court's verdict on a party's act (`rulings`)


def _named_war(ctx: ActorContext, sent: Span) -> list[Frame]:
    """ "described the raid as a declaration of war", "called the blockade an act of war": the naming verbs' own
    senses know harsh words, not the phrases that call an act war (`warverdicts`)."""
    table, frames = ctx.table, []
    for i in range(sent.start, sent.end):
        if table.lemma[i] not in _NAMING or table.pos[i] != "VERB" or (speaker := subject(table, table.tokens[i])) is None:
            continue
        acts = [k for k in table.children[i] if table.dep[k] == "dobj" and table.pos[k] == "NOUN"]
        named = [k for k in table.children[i] if table.dep[k] in ("oprd", "xcomp")]
        # "branded the plan to widen the canal as ...": the parser may hang the "as" inside the object.
        within = [t for a in acts[:1] for t in subtree(table, a)]
        named += [p.i for t in (i, *within) for p in prep_objects(table, table.tokens[t], ("as",))]
        sources = tuple(r for r in resolve(ctx, speaker) if r.code)
        if not acts or not sources or not any(war_verdict(table, k) for k in named):
            continue
        match = Match(table.tokens[i], table.lemma[i], _VERDICT, None, False)
        targets = criticised_doers(ctx, match, table.tokens[acts[0]], {r.country for r in sources})
        if targets is not None:
            frames.append(Frame(match, "111", sources, targets, False, False, 0.5))
    return frames


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
        judged = (
            table.lemma[k] in verdicts - _CLASSING or _judging_modifier(table, k, verdicts) or war_verdict(table, k)
            for k in said
        )
        if acts and any(judged):
            return table.tokens[acts[0]]
    return None


def _judging_modifier(table: TokenTable, k: int, verdicts: frozenset[str]) -> bool:
    """ "a cowardly act", "an outrageous act": the verdict sits on the noun the clause names it by."""
    return any(table.dep[a] == "amod" and table.lemma[a] in verdicts - _CLASSING for a in table.children[k])
