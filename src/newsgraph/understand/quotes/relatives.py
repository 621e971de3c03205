"""Contents given by a relative pronoun: "The deal, which critics denounced, ...", "What Pence called a misunderstanding ...".

When a cue's object is a relative pronoun ("which", "that", "what") standing before it, what the
source said, judged or supported is the thing the pronoun stands for, and PolNeAR marks the pronoun
as the content, as it marks "so" in "said so" (`proforms`). Only a pronoun that is the cue's own
object counts: "the bill that cut Medicare" (the pronoun is the subject) and "which she said were
false" (the cue has a clause) tell no such content, and a verb that is no cue ("the law, which
Congress passed") reports none. The cue must take what is said or judged as its object (or be one of the
verbs of saying whose bare object is the thing said, `proforms.SAYING`): "the memo that the aide wrote"
names a text made. Only speech is told so here ("the cuts that voters want" is left to the noun phrase), and a
cue followed by the speaker's quoted words ("what he called “a rigged system”") has those words as its content.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.lexicon import VerbCue
from newsgraph.understand.quotes.proforms import SAYING

# Contents a relative pronoun can stand for: an object of the cue, or the one a verdict is passed on.
_OBJECT_KINDS = frozenset({"object", "topic", "judged", "quoted", "as"})
_RELATIVES = frozenset({"which", "that"})


def relative_content(verb: Token, cue: VerbCue) -> list[tuple[int, int]]:
    """The relative pronoun that is the object of `verb` (cue `cue`) and stands before it, as a token range;
    empty when there is none."""
    if cue.kind != "speech" or not (_OBJECT_KINDS & cue.content or cue.lemma in SAYING):
        return []  # "the memo that the aide wrote": a text made, as "wrote it" is (`proforms`)
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return []  # "which she said were false": the clause is what was said
    if any(t.is_quote for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1]):
        return []  # "what he called “a rigged system”": the speaker's quoted words are the content
    # "the deal, which critics denounced"; "what Pence called a misunderstanding"
    return [(c.i, c.i + 1) for c in verb.children if is_relative_object(c)][:1]


def is_relative_object(tok: Token) -> bool:
    """`tok` is a relative pronoun standing alone as the object of the verb after it: "which" or "that"
    opening a relative clause, or "what" opening a free relative."""
    verb = tok.head
    if tok.dep_ != "dobj" or tok.i > verb.i or tok.n_lefts + tok.n_rights > 0:
        return False
    if tok.lower_ in _RELATIVES:
        # The small parser tags an object "that" of a relative clause as a conjunction (IN) as often as WDT.
        return tok.tag_ in ("WDT", "IN") and verb.dep_ == "relcl"
    # Not a question ("What did the senator say?"): only a free relative tells what was said.
    return tok.lower_ == "what" and tok.tag_ == "WP" and not any(t.text == "?" for t in tok.sent)
