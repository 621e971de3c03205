"""The record one attribution is read into while the quote stage works: the frames module and
the constructions (`constructs`) both build it, so it lives apart from either."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token


@dataclass
class Frame:
    """One attribution found in a sentence (token indices; `content` may be empty).

    `quoted_only` content (the object of "called", the "as" phrase of "described") holds
    an attribution only for words inside quotation marks: "called the plan a 'disgrace'".
    """

    cue: Token
    lemma: str
    kind: str
    cue_text: str
    speaker: tuple[int, int] | None  # token range [start, end) of the speaker phrase
    speaker_head: Token | None
    content: list[tuple[int, int]] = field(default_factory=list)
    quoted_only: list[tuple[int, int]] = field(default_factory=list)
    target: Token | None = None
    via: list[tuple[int, int]] = field(default_factory=list)  # outermost first
    relay: bool = False  # content is another frame: report the inner one only
    sent_start: int = 0  # first token of the cue's sentence (set by find_frames)
    rejected: bool = False  # the content is a claim the cue's subject rejects (constructs)
    tentative: bool = False  # kept only when the speaker resolves to a person or organisation
    implicit: bool = False  # a passive cue with no agent: the source is not named
    relative: Token | None = None  # "who"/"which"/"that" naming the speaker, whose antecedent is `speaker`
    # An attitude whose subject is no word for a person or a body of people ("the bridge
    # supports ...", "the engine refused to ..."): kept only when the subject is an actor.
    unsure_holder: bool = False
    folded: bool = False  # an attitude inside another speaker's quoted words: part of their record

    def addressed_end(self) -> int:
        """The last word of the cue and the one it addresses right after it ("told reporters", "urged residents"):
        a quotation after them is what was told, as one right after a bare cue is ("X said: “...”")."""
        target = self.target
        return target.right_edge.i if target is not None and target.i > self.cue.i else self.cue.i

    def covers(self, i: int) -> bool:
        return any(s <= i < e for s, e in self.content + self.quoted_only)
