"""Attribution frames that are not a reporting verb with its subject: "according to X",
headlines with a colon ("Pence: Flowers won't be at debate"), and claims a speaker rejects
("denied that ...", "dismissed claims by X that ...").

- "according to X" set off at the edge of its sentence or by commas covers the whole
  sentence ("The workers were sent home but the plant reopened, according to two
  officials."); inside a clause it covers that clause. A reporting clause inside the
  content ("“...,” Demir told reporters, according to TRN") is the inner attribution and
  the source a relay of it (frames._link_chains).
- A block that opens with a short noun phrase and a colon followed by a clause is an
  attribution when the phrase names someone (a name, or a source noun such as "poll");
  labels ("Update:", "Watch:") are not speakers.
- A passive reporting verb with no agent ("it was reported that ...") is an attribution
  whose source is not named: reported with no speaker.
- A rejected claim is attributed to its owner when the text names one ("dismissed claims
  by rights groups that ..."), else to nobody, and flagged: it is never the view of the one
  who rejects it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.lexicon import QuoteCues
from newsgraph.understand.quotes.tokens import minus, sent_range, speaker_range, subtree_range, trim

_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_SET_OFF = frozenset({",", "—", "–", "(", ")", ";"})
_HEADLINE_WORDS = 6  # a speaker before a headline colon is a short phrase


def according_frame(tok: Token) -> Frame | None:
    """ "according to X, ..." / "..., according to X.": X is the speaker of the content."""
    doc = tok.doc
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    sent_start, sent_end = sent_range(tok)
    phrase = (tok.i, max(tok.right_edge.i, source.right_edge.i) + 1)
    before = doc[tok.i - 1].text if tok.i > sent_start else ""
    rest = [t for t in doc[phrase[1] : sent_end] if not (t.is_punct or t.is_space)]
    head = tok.head if tok.head.i != tok.i else tok
    if tok.i == sent_start or before in _SET_OFF or not rest:
        whole = (sent_start, sent_end)  # set off: the source vouches for the sentence
    else:
        whole = (max(head.left_edge.i, sent_start), min(head.right_edge.i + 1, sent_end))
    content = [r for r in (trim(doc, s, e) for s, e in minus(whole, phrase)) if r[1] - r[0] >= 3]
    if not content:
        return None
    return Frame(tok, "according to", "speech", "according to", speaker_range(source), source, content)


def headline_frames(doc: Doc, blocks: Sequence[tuple[int, int]], cues: QuoteCues) -> list[Frame]:
    """ "Pence: Flowers won't be at debate": a block opening with a speaker and a colon."""
    out: list[Frame] = []
    for lo, hi in blocks:
        colon = next(
            (i for i in range(lo + 1, min(hi, lo + _HEADLINE_WORDS + 1)) if doc[i].text == ":"), None
        )
        if colon is None or colon + 2 >= hi:
            continue
        words = doc[lo:colon]
        if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
            continue
        root = words.root
        lemma = root.lemma_.lower()
        if lemma in cues.colon_labels or root.lower_ in cues.colon_labels:
            continue
        named = root.ent_type_ in _NAME_LABELS or root.pos_ == "PROPN" or lemma in cues.colon_sources
        # Headline capitals hide names from the tagger ("Pence" as a noun): a capitalised
        # noun is kept tentatively and must resolve to a person or organisation.
        tentative = not named and root.pos_ == "NOUN" and root.text[:1].isupper()
        if not (named or tentative):
            continue
        content = trim(doc, colon + 1, hi)
        said = [t for t in doc[content[0] : content[1]] if t.is_alpha]
        # Title Case hides the verb from the tagger ("Voters Abandon Party"): a clause then
        # shows only as three or more capitalised words.
        title_case = len(said) >= 3 and all(t.text[0].isupper() or t.is_stop for t in said)
        if not (title_case or any(t.pos_ in ("VERB", "AUX") for t in said)):
            continue
        frame = Frame(doc[colon], ":", "speech", ":", (lo, colon), root, [content])
        frame.tentative = tentative
        out.append(frame)
    return out


def implicit_source(verb: Token) -> bool:
    """A passive reporting verb with no agent and a clause or "of" content: "it was reported
    that ...", "was accused of ...". Not "was asked to ...": the one asked is no source."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    agent_or_task = any(c.dep_ in ("agent", "xcomp") for c in verb.children)
    return passive and not agent_or_task and verb.dep_ in ("ROOT", "conj", "ccomp", "relcl")


def _claim_clause(noun: Token) -> Token | None:
    """The that-clause stating a claim: "claims (by X) that ...", however the parser hung it."""
    for tok in noun.subtree:
        if (
            tok.dep_ in ("acl", "ccomp", "relcl", "appos")
            and tok.pos_ in ("VERB", "AUX")
            and any(m.lower_ == "that" and m.dep_ == "mark" for m in tok.children)
            and any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in tok.children)
        ):
            return tok
    return None


def _holder(noun: Token) -> Token | None:
    """Whose claim: "the union's allegation", "claims by rights groups", "reports from X"."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is not None:
        return holder
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            found = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def reject(frame: Frame, cues: QuoteCues) -> Token | None:
    """Turn a rejecting frame ("denied that ...", "dismissed claims that ...") into the claim's
    attribution: its owner when named, else nobody (the frame is marked `rejected`).
    Returns the claim noun it consumed, so the noun's own frame is not reported twice."""
    verb = frame.cue
    claim = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in cues.claim_nouns
        ),
        None,
    )
    clause = _claim_clause(claim) if claim is not None else None
    if claim is not None and clause is not None:
        start, end = subtree_range(clause)
        if doc_word(clause, start) == "that":
            start += 1
        frame.content = [trim(verb.doc, start, end)]
        holder = _holder(claim)
        if holder is not None and holder.i < clause.i:
            frame.rejected = True
            frame.speaker, frame.speaker_head = speaker_range(holder), holder
            if frame.speaker[0] <= clause.i < frame.speaker[1]:
                frame.speaker = (frame.speaker[0], min(frame.speaker[1], clause.left_edge.i))
            return claim
        frame.rejected = True
        frame.speaker, frame.speaker_head = None, None
        return claim
    if any(c.dep_ == "ccomp" for c in verb.children) and frame.content:
        # "denied that police used tear gas": whose claim it was is not said.
        frame.rejected = True
        frame.speaker, frame.speaker_head = None, None
    return None


def doc_word(tok: Token, i: int) -> str:
    return str(tok.doc[i].lower_)
