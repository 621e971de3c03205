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

The pronoun can also be the subject of the reported clause ("a battery that engineers say will double its
range"): then the content is the pronoun and the words after the cue, not the speaker and cue in between
(`said_of_antecedent`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.lexicon import VerbCue
from newsgraph.understand.quotes.proforms import SAYING
from newsgraph.understand.quotes.tokens import trim

# Contents a relative pronoun can stand for: an object of the cue, or the one a verdict is passed on.
_OBJECT_KINDS = frozenset({"object", "topic", "judged", "quoted", "as"})
_RELATIVES = frozenset({"which", "that"})
# Relative pronouns that can be the subject of a reported clause ("which they said crashed").
_SUBJECT_RELATIVES = frozenset({"which", "that", "who"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


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


def said_of_antecedent(frame: Frame) -> None:
    """ "a battery that engineers say will double its range", "the plane, which they said crashed near the
    border", "what the auditors said was a waste of funds": a cue inside a relative clause (or a free relative) whose
    reported clause has the relative pronoun for subject. The parser hangs the pronoun on that clause, so the
    clause's words run back over the speaker and the cue; what was said is the pronoun (standing for the
    battery, the plane) and the words after the cue."""
    verb = frame.cue
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    rel = clause and next((c for c in clause.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    # "what the auditors said was a waste of funds": a free relative, which the parser hangs on no noun.
    if rel is None or not (rel.lower_ == "what" or (verb.dep_ == "relcl" and rel.lower_ in _SUBJECT_RELATIVES)):
        return
    kept: list[tuple[int, int]] = []
    for start, end in frame.content:
        after = trim(verb.doc, verb.i + 1, end)
        if not start <= verb.i < end or after[1] <= after[0]:
            kept.append((start, end))
            continue
        # "that" is trimmed as a complementizer would be; "which" and "who" stand for the antecedent.
        pronoun = trim(verb.doc, rel.i, rel.i + 1) if start <= rel.i else (rel.i, rel.i)
        kept.extend(r for r in (pronoun, after) if r[1] > r[0])
    frame.content = kept
