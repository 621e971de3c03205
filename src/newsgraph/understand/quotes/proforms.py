"""Contents given by reference: "He said so", "Manafort denied it", "Comey has said as much", "Pence thinks so".

PolNeAR marks a source, a cue and what the cue reports even when the text gives what was said or
believed by a pro-form that points back to it: "so", "it", "that", "as much" after a verb of
saying, and "so" after a verb of believing or hoping, is the content ("He said so again", "Her
doctor confirmed it", "Most of his supporters believe it"); so are the answers "said no" and
"said yes", "said otherwise", and a question word standing for a question ("did not say when"). The pro-form must be the cue's own object (or its "so"), and the cue must have no
other content: "said it would ..." has a clause, "said so many things" an adverb of degree.

Only verbs whose object is what was said or believed take a pro-form: "wrote it" (a book), "told
it like it is", "called it" and "claimed it" (a prize, a seat) use the verb in another sense, and
"said no to the deal" refuses something rather than reporting an answer.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.lexicon import VerbCue
from newsgraph.understand.quotes.misparsed import second_predicate

# Verbs of saying whose bare object is the thing said ("said it", "denied it", "confirmed it").
SAYING = frozenset(
    {"say", "deny", "confirm", "admit", "acknowledge", "concede", "repeat", "reiterate", "predict"}
)  # fmt: skip
# Verbs of believing and hoping that take "so" for a clause ("thinks so", "hopes so") and "it" for
# a claim ("believe it").
_BELIEVING = frozenset({"think", "believe", "hope", "expect", "suspect", "fear", "suppose", "guess", "doubt"})
_OBJECTS = frozenset({"it", "that", "this"})
_ANSWERS = frozenset({"no", "yes"})
# A question word standing alone for the question ("did not say when", "would not say why").
_SLUICES = frozenset({"when", "why", "how", "where", "whether"})


def pro_form_content(verb: Token, cue: VerbCue) -> list[tuple[int, int]]:
    """The pro-form that stands for what `verb` (cue `cue`) reports, as a token range; empty when there is none."""
    lemma = cue.lemma
    if lemma not in SAYING and lemma not in _BELIEVING:
        return []
    if any(c.dep_ in ("ccomp", "xcomp", "advcl") and c.i > verb.i and not second_predicate(verb, c) for c in verb.children):
        return []  # the verb has a clause of its own: the parser's odd "so" or "it" is no content
    for child in verb.children:
        found = _pro_form(verb, child)
        if found is not None:
            return [found]
        # "He said so again": the parser hangs "so" on the adverb after it.
        for grand in child.lefts if child.dep_ == "advmod" else ():
            if grand.lower_ == "so" and grand.i == verb.i + 1 and grand.dep_ == "advmod":
                return [(grand.i, grand.i + 1)]
    return []


def _pro_form(verb: Token, child: Token) -> tuple[int, int] | None:
    if child.i < verb.i:
        return None
    lower = child.lower_
    if lower == "much" and child.dep_ == "dobj" and verb.lemma_.lower() in SAYING:
        # "has said as much" (the parser may hang what follows on "much"), not "as much as 40 percent".
        lefts = [c.lower_ for c in child.lefts]
        if lefts == ["as"] and child.doc[child.i - 1].lower_ == "as" and not _as_after(child):
            return (child.i - 1, child.i + 1)
        return None
    if child.n_lefts + child.n_rights > 0:
        return None  # a pro-form stands alone after its verb
    if lower == "so" and child.dep_ == "advmod":
        return (child.i, child.i + 1)  # "said so", "thinks so"
    if lower in _OBJECTS and child.dep_ == "dobj" and not _or_not(child):
        return (child.i, child.i + 1)  # "denied it", "said that again"
    if lower in _ANSWERS and child.dep_ in ("intj", "dobj", "advmod") and verb.lemma_.lower() == "say" and not _to_after(child):
        return (child.i, child.i + 1)  # "Ryan said no"
    if lower == "otherwise" and child.dep_ == "advmod" and verb.lemma_.lower() == "say":
        return (child.i, child.i + 1)  # "Polls said otherwise": the contrary of what was just told
    if lower in _SLUICES and verb.lemma_.lower() == "say" and _ends_sentence(child):
        return (child.i, child.i + 1)  # "It did not say when": when it would do what was just told
    return None


def _or_not(tok: Token) -> bool:
    """ "believe it or not": an idiom of surprise, not a claim believed."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "or" and doc[tok.i + 2].lower_ == "not"


def _as_after(tok: Token) -> bool:
    """ "said as much as 40 percent ...": a measure, not a pro-form."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "as"


def _ends_sentence(tok: Token) -> bool:
    """`tok` is the last word of its sentence ("did not say when.")."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.is_sent_start or nxt.text in (".", ";", "!", "?")


def _to_after(tok: Token) -> bool:
    """ "said no to the deal": a refusal, not an answer reported."""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def is_pro_form(tok: Token) -> bool:
    """`tok` is a one-word content `pro_form_content` found: the lone pro-form object of a cue verb."""
    head = tok.head
    if head.dep_ == "advmod" and tok.lower_ == "so":
        head = head.head  # "said so again"
    lemma = head.lemma_.lower()
    if head.i == tok.i or (lemma not in SAYING and lemma not in _BELIEVING):
        return False
    return pro_form_content(head, VerbCue(lemma, "speech", frozenset())) == [(tok.i, tok.i + 1)]
