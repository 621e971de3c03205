"""Whether a block that opens "X: ..." is a headline attribution or a label with its text (session 27).

"Kovar: Tariffs won't rise this year" gives a speaker and what they said. Real pages also open blocks with
a colon that names no one: the marks of an interview ("Q: ...", "A: ..."), the heads of shop and sports
listings in Title Case ("Hot Deal: ...", "Sports Wrap: ..."), and rows of a roster or a form ("John R.
Miller: Theft of a vehicle, held without bond", "Purpose of Loan: To expand ..."). Three things tell them
apart:

- a single letter before the colon is an interview's mark, never a name;
- Title Case makes the tagger read common nouns as proper ones ("Price Drop"), as it hides names in
  headlines as nouns: a proper noun the entity model does not take for a name is as unsure as a capitalised
  noun, and is kept only when the article names that person or body in full elsewhere;
- what a speaker says after the colon is a statement: a clause with a finite verb, a predicate with its own
  subject ("Clinton ready to lead"), or a headline's participle or to-infinitive right after its noun ("Two
  men arrested after robbery", "Talks to resume next week", "No plans to invade", "France ready to send
  troops"). A list of charges closed by a participle after a comma ("Possession of cocaine, held without
  bond") or a bare to-infinitive ("To finance ...") is the text of a field, not someone's words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def interview_mark(words: Span) -> bool:
    """ "Q" or "A" before the colon: who asks and who answers, not a speaker's name."""
    return len(words) == 1 and len(words[0].text) == 1


def unsure_name(root: Token) -> bool:
    """A capitalised word before the colon that the entity model does not take for a name."""
    return root.pos_ in ("NOUN", "PROPN") and root.text[:1].isupper() and root.ent_type_ not in _NAME_LABELS


def states(doc: Doc, start: int, end: int) -> bool:
    """The words in [start, end) hold a statement (see the module docstring)."""
    for tok in doc[start:end]:
        if tok.tag_ in _FINITE or any(c.dep_ in _SUBJECTS and start <= c.i < end for c in tok.children):
            return True
        if tok.pos_ == "VERB" and _headline_verb(tok, start):
            return True
    return False


def _headline_verb(verb: Token, start: int) -> bool:
    """ "Two men arrested", "Talks with Kyiv to resume": a participle or to-infinitive hung on a noun before it
    with no comma between, the headline's passive or future (not a participle closing a list after a comma,
    nor "To finance ..." with nothing before it)."""
    head = verb.head
    infinitive = verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive and head.pos_ == "ADJ" and head.dep_ == "amod" and head.head.i < head.i:
        head = head.head  # "France ready to send troops": the adjective after its noun is the headline's predicate
    if not (verb.dep_ == "acl" or infinitive) or not start <= head.i < verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return False  # "No plans to invade" is parsed with the infinitive as the noun's xcomp
    return not any(t.text == "," for t in verb.doc[head.i + 1 : verb.i])
