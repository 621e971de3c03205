"""Who is to speak in a to-clause whose verb is a cue (session 27): the controller of the infinitive.

"She was asked to explain ...": the subject of the passive is the one who is to explain. "The decision prompted
some residents to argue that ...", "the ruling led lawmakers to claim ...", "urged the minister to admit ...":
with an object before the to-clause, the object is the one who argues, claims or admits (object control), not
the subject of the verb above, which is what moved them ("the decision"). Only verbs that tell the act was
done give the object control here (causing "prompt", "lead", "force", "persuade"): what someone was urged,
asked or allowed to say ("urged the ministry to reassure growers by explaining ...") was not said by them, and stays
inside the request; after any other verb a to-clause tells the subject's purpose ("interrupted her to say
...", "called reporters to announce ..."), and the subject speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.tokens import to_infinitive

# Verbs whose object did the act of the to-clause after it (implicative causatives).
_OBJECT_CONTROL = frozenset({
    "prompt", "lead", "cause", "drive", "spur", "inspire", "provoke", "trigger", "force", "compel", "persuade",
    "convince", "get",
})


def controller(verb: Token) -> Token | None:
    """The word that is the subject of the to-clause `verb` (an xcomp): the passive subject of the verb above,
    or the object before the to-clause of a verb that made them act; `None` when the subject of the verb above
    is (subject control, purpose) or the act was only asked for."""
    head = verb.head
    passive = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return passive
    if not to_infinitive(verb) or head.lemma_.lower() not in _OBJECT_CONTROL:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
