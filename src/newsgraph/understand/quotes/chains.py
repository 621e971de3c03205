"""Nested attributions: which frame of a sentence relays, holds or is part of another.

"It said Pezeshkian said ..." makes the outer source a relay of the inner one; "they say they
support ..." folds the inner attitude into the outer record; "tried to argue that ..." is one
attribution cued by both verbs. Split from `frames` (which finds the frames) by meaning: these
rules only read frames already found.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.marks import ALL_MARKS
from newsgraph.understand.quotes.tokens import to_infinitive

_PERSONAL = frozenset({"he", "she", "they", "we", "i", "it"})
_OWN_POSSESSIVE = frozenset({"his", "her", "their", "its", "our", "my"})


def link_chains(frames: list[Frame]) -> None:
    """Nested reporting: "It said Pezeshkian said ..." gives the inner quote via [It].

    The outer frame either contains the inner cue in its content (a clean parse) or stands
    directly before the inner speaker with nothing but "that" between (a broken one).
    """
    # Only frames of one sentence can chain: pair them within each sentence, in frame order.
    by_sentence: dict[int, list[Frame]] = {}
    for frame in frames:
        by_sentence.setdefault(frame.sent_start, []).append(frame)
    for inner in frames:
        if inner.speaker is None:
            continue
        for outer in by_sentence[inner.sent_start]:
            if _part_of(outer, inner, inner.speaker[0]) or _same_voice(outer, inner):
                inner.folded = True
            if outer is inner or outer.speaker is None:
                continue
            # "The minister, according to two officials, threatened to ...": the phrase hangs on
            # the inner cue, whose subject it leaves out of its content as too short a piece.
            on_cue = outer.lemma == "according to" and outer.cue.head.i == inner.cue.i
            contains = (
                outer.covers(inner.cue.i)
                and (outer.covers(inner.speaker[0]) or on_cue)
                and not inner.covers(outer.cue.i)
            )
            adjacent = (
                outer.cue.i < inner.speaker[0]
                and _own_subject(inner)
                and _adjacent(outer, inner, inner.speaker[0])
            )
            if not (contains or adjacent):
                continue
            inner.via[:0] = [*outer.via, outer.speaker]
            # The outer frame only relays when its content is the inner attribution as a
            # whole ("Belta said Smith said X"), not when it also reports other things ("Police
            # said the driver fled, explaining that ...": the fleeing is the police's report).
            first = inner.speaker[0] if _own_subject(inner) else inner.cue.i
            lo = min(first, inner.cue.i, *(s for s, _ in inner.content))
            hi = max([inner.cue.i + 1, inner.speaker[1], *(e for _, e in inner.content)])
            # A belief or intention inside reported speech ("they said the two countries
            # plan to ...") is part of what was said, not a new act of speech.
            reported = inner.kind == "speech" and _reports_words(inner)
            relays = reported and all(lo - 1 <= s and e <= hi + 1 for s, e in outer.content)
            if (adjacent and reported) or relays:
                outer.relay = True
            own = inner.kind != "speech" and (_holds_marks(inner) or _own_attitude(outer, inner))
            if contains and (own or not _reports_words(inner)):
                # "they say they support ...", "Belta quoted him as saying Belarus seeks ties
                # including “military ...”": the speaker's own attitude, or one told in their
                # quoted words, is part of what they said: reported in their record. So is a
                # stance on a thing told in anyone's report ("X says the platform will call for
                # a higher wage"): what is reported of it is the report's content.
                inner.folded = True


def _part_of(outer: Frame, inner: Frame, speaker_start: int) -> bool:
    """The inner frame (whose speaker begins at `speaker_start`; `link_chains` reads no frame
    without one) is part of what the outer one reports, whoever its own source is."""
    if outer is inner or not outer.covers(inner.cue.i):
        return False
    if outer.implicit and inner.kind != "speech":
        # "The congressman is said to be weighing a run": an attitude told inside a report
        # whose source is unnamed is what was reported, one attribution.
        return True
    return outer.covers(speaker_start) and _acted_on(inner)


def _same_voice(outer: Frame, inner: Frame) -> bool:
    """ "The Commission intends to propose new rules on bank capital": the inner cue and the thing it is about lie
    inside the outer content, spoken by the same words for the same source (a subject the inner verb shares):
    one source's one attribution, its inner act part of what the outer one tells, not a second record of a
    piece of it."""
    if outer is inner or inner.speaker is None or inner.speaker != outer.speaker or not outer.covers(inner.cue.i):
        return False
    if _reports_words(inner):
        return False  # "wants to tell voters that ...": the words told are the record (`flatten_attempts`)
    return all(outer.covers(s) and outer.covers(e - 1) for s, e in inner.content)


def _acted_on(frame: Frame) -> bool:
    """ "an admission that the senator was being criticized by donors": a passive cue whose source
    is its "by" agent tells what was done to its subject; inside another report it is part of what
    that report says, and the agent is no speaker of its own. Not a passive that reports words:
    a that-clause told by the agent ("was told by aides that ..."), nor a directive's to-clause
    ("was urged by the prime minister to resign", "had been ordered by her supervisor to shred the
    files"): telling, urging or ordering someone to act is a speech act of the agent's (PolNeAR
    codes directives as attributions), so the agent's own attribution, nested in the report."""
    head = frame.speaker_head
    if head is None or head.dep_ != "pobj" or head.head.dep_ != "agent" or head.head.head.i != frame.cue.i:
        return False
    doc = frame.cue.doc
    return not any(
        doc[s:e].root.dep_ == "ccomp" or (frame.kind == "speech" and to_infinitive(doc[s:e].root))
        for s, e in frame.content
    )


_REFUSALS = frozenset({"refuse", "decline"})


def flatten_attempts(frames: list[Frame]) -> None:
    """ "tried to argue that X", "wants to tell voters that X": an intention whose to-clause is
    the speaker's own report is one attribution, cued by both verbs, whose content is what was
    (to be) said; PolNeAR flattens the chain to it, so the intention is not reported apart.
    A refusal is the other way round: "refused to say whether ..." reports that nothing was
    said, so the refusal is the record and the words it holds are part of it."""
    by_cue = {f.cue.i: f for f in frames}
    for inner in frames:
        said = _issued_by(inner.cue)
        outer = by_cue.get(said.head.i)
        if _asked_to_talk(outer, inner, said):
            inner.folded = True
            continue
        if (
            outer is not None
            and outer is not inner
            and outer.kind == "intention"
            and said.dep_ == "xcomp"
            and inner.kind == "speech"
            and _reports_words(inner)
        ):
            if outer.lemma in _REFUSALS:
                inner.folded = True
            else:
                outer.relay = True


# Verbs that only issue a noun of saying ("make the argument", "lay out the case"): the noun is
# the speech act. "counter the argument", "reject the claim" act on someone else's.
_LIGHT_VERBS = frozenset({"make", "present", "put", "lay", "advance"})


def _asked_to_talk(outer: Frame | None, inner: Frame, said: Token) -> bool:
    """ "warned members not to speak about the race", "urged him to address the scandal": talk of a topic
    that someone is told to do (or not) is what the outer speaker asked for, part of that request, not
    talk anyone reports."""
    return (
        outer is not None
        and outer is not inner
        and outer.kind == "speech"
        and inner.kind == "speech"
        and said.dep_ == "xcomp"
        and to_infinitive(said)
        and not _reports_words(inner)
    )


def _issued_by(cue: Token) -> Token:
    """The verb a noun cue is issued by ("tried to make the argument that X": make), or the cue
    itself. Only a light verb issues it, and only a noun with no other owner ("make the rival's
    argument" restates one)."""
    if cue.dep_ != "dobj" or cue.pos_ != "NOUN" or cue.head.lemma_.lower() not in _LIGHT_VERBS:
        return cue
    owners = [c for c in cue.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")]
    if any(not (o.pos_ == "PRON" and o.lower_ in _OWN_POSSESSIVE) for o in owners):
        return cue
    return cue.head


def _reports_words(frame: Frame) -> bool:
    """The frame reports words (a clause, a to-clause, a quotation), not a stance taken towards
    a thing ("she had not decided whether to endorse anyone", "the platform will call for a
    higher wage"): only a report of words makes the outer report a relay of it."""
    doc = frame.cue.doc
    return bool(frame.content) and any(
        doc[s:e].root.pos_ in ("VERB", "AUX") or _holds_marks(frame) for s, e in frame.content
    )


def _own_subject(frame: Frame) -> bool:
    """The frame's speaker is its cue's own subject, not one it shares with a verb it is
    coordinated with or hangs from ("he would write ... but declined to say whom")."""
    head = frame.speaker_head
    if head is None:
        return False
    return head.head.i == frame.cue.i or frame.cue.dep_ not in ("conj", "xcomp", "advcl", "pcomp")


def _own_attitude(outer: Frame, inner: Frame) -> bool:
    """The inner attitude is the outer speaker's: the same subject, or a personal pronoun."""
    head, own = inner.speaker_head, outer.speaker_head
    if head is None or own is None:
        return False
    return head.i == own.i or (head.pos_ == "PRON" and head.lower_ in _PERSONAL)


def _holds_marks(frame: Frame) -> bool:
    """The frame's content holds quotation marks."""
    doc = frame.cue.doc
    return any(all(ch in ALL_MARKS for ch in doc[i].text) for s, e in frame.content for i in range(s, e))


def _adjacent(outer: Frame, inner: Frame, speaker_start: int) -> bool:
    """Nothing but "that" between the outer cue and the inner speaker, and the outer content
    no more than the inner attribution."""
    doc = inner.cue.doc
    if any(doc[i].lower_ != "that" for i in range(outer.cue.i + 1, speaker_start)):
        return False
    inner_end = max([inner.cue.i + 1, *(e for _, e in inner.content)])
    return all(speaker_start - 1 <= s and e <= inner_end + 1 for s, e in outer.content)
