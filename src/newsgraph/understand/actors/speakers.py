"""Who a pronoun subject of reported speech stands for: "The African Union said it would send more troops".

Wire copy reports a body's plans in its own clause: "X said it would ...", "X said they had ...". The pronoun is
the reporting verb's subject, the speaker, unless a name stands between; a pronoun the sentence gives no named
speaker for stays itself.
"""

from __future__ import annotations

from spacy.tokens import Token

_PRONOUNS = frozenset({"it", "they", "we"})
_SPEECH = frozenset({"say", "announce", "tell", "state", "confirm", "add", "insist", "warn", "promise", "pledge"})


def reported_subject(subject: Token) -> Token:
    """The named subject of the verb of saying whose clause `subject` (a pronoun) opens; else `subject`."""
    if subject.lower_ not in _PRONOUNS:
        return subject
    for verb in subject.head.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if speaker is None:
            continue
        if verb.lemma_.lower() in _SPEECH and speaker.pos_ != "PRON":
            return speaker
        return subject  # a subject of another verb comes first: the pronoun is not the speaker's
    return subject
