"""A verdict told in the passive: "Pence is widely seen as a bridge to evangelical voters", "The deal is viewed
by many Republicans as a giveaway to Iran", "Clinton is considered the front-runner", "Trump was described by
aides as furious".

The active "Others see the slide as a sign that ..." reads the object with its "as" verdict as what is held or
said (`content`). In the passive the one judged is the subject, and the verdict hangs from the verb: the stage
found no object and so no content. The subject and the verdict are the content; its source is the "by" agent,
or, with none, people the text does not name (PolNeAR's implicit sources), as "is said to ..." has.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.tokens import subtree_range

# A relative pronoun names the one judged only through its antecedent ("Pence, who is seen as ..."); "it" is
# the writer's own ("it is seen as a test").
_NO_SUBJECT = frozenset({"it", "who", "which", "that", "whom"})
_VERDICT_WORDS = frozenset({"pobj", "pcomp", "amod", "acomp"})


def passive_verdict(verb: Token, kind: str, content: frozenset[str] = frozenset({"as"})) -> list[tuple[int, int]]:
    """The subject and the verdict of a passive cue of verdicts (`as` in its `content`) as token ranges: the "as"
    phrase, or, for a belief, a second object the parser reads as a predicate ("is considered the front-runner").
    Not a speech cue's bare predicate: "was pronounced dead", "was named chairman" are acts of office, not
    verdicts told. Empty when the verb is no such passive."""
    if "as" not in content:
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _NO_SUBJECT:
        return []
    verdict = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i and kind == "belief"), None)
    phrase = next(
        (
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ in _VERDICT_WORDS for g in c.children)
        ),
        None,
    )
    if phrase is not None:
        verdict = next(g for g in phrase.children if g.dep_ in _VERDICT_WORDS)
    if verdict is None:
        return []
    return [subtree_range(subject), subtree_range(verdict)]
