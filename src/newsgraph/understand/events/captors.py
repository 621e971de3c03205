"""Hostage-taking told by the captors' noun: "the kidnappers of two Italian aid workers threatened to kill them".

CAMEO 181 ("abduct, hijack, or take hostage") codes the taking and holding of people. A noun for those who took
someone, with an "of" phrase naming whom, asserts that they took them, and who they are, though no verb of taking
tells it: the phrase is coded as the abduction it names, by the captors, of the people the phrase names.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.codebook import Sense
from newsgraph.understand.events.hostages import of_objects
from newsgraph.understand.events.match import Match, TokenTable
from newsgraph.understand.events.nominal import Frame

# Nouns for those who took or hold someone: "the kidnappers of", "captors of", "hijackers of" (CAMEO 181 names
# abduction, hijacking and hostage-taking alike). "hostage-taker" is cut by the tokenizer into "hostage - taker".
_CAPTORS = frozenset({"captor", "kidnapper", "abductor", "hijacker", "hostage-taker", "hostagetaker"})
# Words that make the captors only possible ones: "would-be kidnappers of the prince" took no one.
_UNREAL = frozenset({"would-be", "potential", "possible", "prospective"})
_TAKEN = Sense(code="181", target=("of",))


def captor_frames(ctx: ActorContext, sent: Span) -> list[Frame]:
    """One abduction (181) for each captor noun in `sent` whose "of" phrase names whom they hold, by the captors:
    "Kidnappers of two Italian aid workers threatened to kill them" (the kidnappers took the two women)."""
    table = ctx.table
    frames = []
    for i in range(sent.start, sent.end):
        if not _captor_noun(table, i):
            continue
        targets = tuple(r for o in of_objects(table, i) for r in resolve(ctx, table.tokens[o]) if r.code)
        sources = tuple(r for r in resolve(ctx, table.tokens[i]) if r.code)
        if sources and targets:
            match = Match(table.tokens[i], "captor", _TAKEN, None, False)
            frames.append(Frame(match, "181", sources, targets, False, False, 0.5))
    return frames


def _captor_noun(table: TokenTable, i: int) -> bool:
    """Whether token `i` is a captor noun ("kidnappers", "hostage-takers") and no mere would-be one."""
    if table.pos[i] not in ("NOUN", "PROPN"):
        return False
    kids = table.children[i]
    # A capitalised plural at the head of a sentence may be read as a name, its lemma the plural ("abductors").
    lemma = table.lemma[i].removesuffix("s") if table.pos[i] == "PROPN" else table.lemma[i]
    words = {lemma}
    if lemma == "taker":
        words |= {f"{table.lemma[c]}-taker" for c in kids if table.dep[c] == "compound"}
    return bool(words & _CAPTORS) and not any(c < i and _unreal(table, c) for c in kids)


def _unreal(table: TokenTable, c: int) -> bool:
    """A modifier that makes captors only possible: "potential", or "would-be", which the tokenizer cuts into
    "would - be" hung on "be"."""
    would = table.lemma[c] == "be" and any(table.tokens[g].lower_ == "would" for g in table.children[c])
    return table.tokens[c].lower_ in _UNREAL or would
