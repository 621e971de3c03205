"""Who is to speak in a to-clause whose verb is a cue (session 27): the controller of the infinitive.

"She was asked to explain ...": the subject of the passive is the one who is to explain. "The decision prompted
some residents to argue that ...", "the ruling led lawmakers to claim ...", "urged the minister to admit ...":
with an object before the to-clause, the object is the one who argues, claims or admits (object control), not
the subject of the verb above, which is what moved them ("the decision"). "promise" is the one verb of English
whose subject keeps control over an object ("promised voters to cut taxes").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.tokens import to_infinitive

_SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge"})


def controller(verb: Token) -> Token | None:
    """The word that is the subject of the to-clause `verb` (an xcomp): the passive subject of the verb above,
    or its object before the to-clause; `None` when the subject of the verb above is (subject control)."""
    head = verb.head
    passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    if not to_infinitive(verb) or head.lemma_.lower() in _SUBJECT_CONTROL:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
