"""Attribution frames that are not a reporting verb with its subject: "according to X",
headlines with a colon ("Pence: Flowers won't be at debate"), and claims a speaker rejects
("denied that ...", "dismissed claims by X that ...").

- "according to X" set off at the edge of its sentence or by commas covers the whole
  sentence ("The workers were sent home but the plant reopened, according to two
  officials."); inside a clause it covers that clause. A reporting clause inside the
  content ("“...,” Demir told reporters, according to TRN") is the inner attribution and
  the source a relay of it (chains.link_chains).
- "in X's view" (or opinion, estimation, judgment) gives X as the holder of the clause it is
  set in; "in a poll" ("leads by six points in a new poll") gives the poll as its source.
- A block that opens with a short noun phrase and a colon followed by a clause is an
  attribution when the phrase names someone (a name, or a source noun such as "poll");
  labels ("Update:", "Watch:") are not speakers.
- A passive reporting verb with no agent ("it was reported that ...") is an attribution
  whose source is not named: reported with no speaker.
- A noun cue ("his claim that ...", "her decision to ...") is read by `nouns`.
- A cue adjective holds the clause, the to-clause (intentions) or the "about" phrase it governs,
  for the copula's subject when that subject can hold an attitude ("donors are worried about
  ...", "Democrats are ready to block ...").
- Reported speech runs on into the next sentence of its paragraph when that sentence opens
  with "But"/"And"/"Also", holds no cue of its own and keeps the reported modal ("The museum,
  Obama said, would ... But it would also ..."): the attribution gets a second span.
- A rejected claim is attributed to its owner when the text names one ("dismissed claims
  by rights groups that ..."), else to nobody, and flagged: it is never the view of the one
  who rejects it.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.understand.quotes import labels
from newsgraph.understand.quotes.colons import after_colon
from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.lexicon import QuoteCues
from newsgraph.understand.quotes.marks import ALL_MARKS
from newsgraph.understand.quotes.nouns import claim_holder, of_claim
from newsgraph.understand.quotes.tokens import (
    CharIndex,
    is_mark,
    minus,
    sent_range,
    speaker_range,
    subject_range,
    subtree_range,
    to_infinitive,
    trim,
)
from newsgraph.understand.quotes.verdicts import passive_verdict

_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_SET_OFF = frozenset({",", "—", "–", "(", ")", ";"})
_HEADLINE_WORDS = 6  # a speaker before a headline colon is a short phrase


def according_frame(tok: Token) -> Frame | None:
    """ "according to X, ..." / "..., according to X.": X is the speaker of the content."""
    doc = tok.doc
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None or _manner(tok, source):
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


# "went according to plan", "according to tradition": fixed phrases of manner ("as planned"),
# not sources, when the noun stands bare (no article, possessor or modifier) -- or, with no
# possessor, when the phrase follows the verb it hangs on with no comma between ("went ahead
# according to the schedule the committee released", "will be seated according to the rules": as
# scheduled, as the rules require). Set off, or before its verb ("But according to the plan, troops
# would ..."), the phrase tells what the document says; so does a document someone has seen,
# obtained or published ("according to a draft plan seen by Reuters"), wherever it stands.
_MANNER_NOUNS = frozenset({"plan", "schedule", "script", "tradition", "custom", "protocol", "rule", "procedure"})
_READ_DOCUMENT = frozenset({"see", "obtain", "publish", "draw", "review"})


def _manner(tok: Token, source: Token) -> bool:
    if source.lemma_.lower() not in _MANNER_NOUNS or any(c.dep_ == "poss" for c in source.children):
        return False
    if not any(c.dep_ in ("det", "amod", "compound", "nummod") for c in source.children):
        return True
    verb = tok.head
    run_in = (
        verb.pos_ in ("VERB", "AUX")
        and verb.i < tok.i
        and not any(t.text in _SET_OFF for t in tok.doc[verb.i + 1 : tok.i])
    )
    return run_in and not _read_by_someone(source)


def _read_by_someone(noun: Token) -> bool:
    """ "a draft plan seen by Reuters", "the rules published by the commission": a document
    someone has read or issued, whose content the phrase reports."""
    return any(
        c.dep_ == "acl" and c.lemma_.lower() in _READ_DOCUMENT and any(a.dep_ == "agent" for a in c.children)
        for c in noun.children
    )


_VIEW_NOUNS = frozenset({"view", "opinion", "estimation", "judgment", "judgement"})


def view_frame(noun: Token, kind: str) -> Frame | None:
    """ "In the chairman's view, the party's problems began ...": the possessor holds the clause
    the phrase is set in (the phrase itself cut out), as with "according to"."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    if noun.lower_ == "words":
        # "In the words of one party official, the campaign is ...": the official's words.
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        return _set_in(noun, holder, "speech") if holder is not None else None
    if noun.lemma_.lower() not in _VIEW_NOUNS:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    return _set_in(noun, holder, kind) if holder is not None else None


def poll_frame(noun: Token, cues: QuoteCues) -> Frame | None:
    """ "The nominee leads by six points in a new poll": the poll is the source of the clause its
    "in" phrase is set in, unless that clause has a cue of its own ("were asked ... in the poll") or
    is itself what someone said ("Conway acknowledged that the campaign was behind in the polls": the
    standing in the polls is part of her words, and she their source)."""
    clause = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or cues.verb(clause.lemma_) is not None:
        return None
    if clause.dep_ == "ccomp" and cues.verb(clause.head.lemma_) is not None:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    return _set_in(noun, noun, "speech")


def _set_in(noun: Token, holder: Token, kind: str) -> Frame | None:
    """The clause an "in <noun>" phrase is set in, the phrase cut out, held by `holder`."""
    prep = noun.head
    clause = prep.head
    if clause.pos_ not in ("VERB", "AUX") or clause.i == prep.i:
        return None
    doc = noun.doc
    sent_start, sent_end = sent_range(noun)
    whole = (max(clause.left_edge.i, sent_start), min(clause.right_edge.i + 1, sent_end))
    phrase = (prep.i, prep.right_edge.i + 1)
    content = [r for r in (trim(doc, s, e) for s, e in minus(whole, phrase)) if r[1] - r[0] >= 3]
    if not content:
        return None
    return Frame(noun, noun.lemma_.lower(), kind, f"in {noun.text}", speaker_range(holder), holder, content)


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
        if lemma in cues.colon_labels or root.lower_ in cues.colon_labels or labels.interview_mark(words):
            continue
        named = root.ent_type_ in _NAME_LABELS or lemma in cues.colon_sources
        # Headline capitals hide names from the tagger ("Pence" as a noun) and Title Case makes
        # labels look like names ("Price Drop"): such a word is kept tentatively and must resolve
        # to a person or organisation (`labels`).
        tentative = not named and labels.unsure_name(root)
        if not (named or tentative):
            continue
        content = trim(doc, colon + 1, hi)
        said = [t for t in doc[content[0] : content[1]] if t.is_alpha]
        # Title Case hides the verb from the tagger ("Voters Abandon Party"): a clause then
        # shows only as three or more capitalised words.
        title_case = len(said) >= 3 and all(t.text[0].isupper() or t.is_stop for t in said)
        if not (title_case or labels.states(doc, *content)):
            continue
        frame = Frame(doc[colon], ":", "speech", ":", (lo, colon), root, [content])
        # Quoted words after the colon are someone's own: the phrase before it is who said them.
        quoting = any(t.text and all(ch in ALL_MARKS for ch in t.text) for t in doc[content[0] : content[1]])
        frame.tentative = tentative and not quoting
        out.append(frame)
    return out


_GOES_ON = frozenset({"but", "and", "also", "yet", "still"})
_REPORTED_MODALS = frozenset({"would", "could", "might", "should"})


def continue_reported(frames: Sequence[Frame], index: CharIndex, bounds: Sequence[tuple[int, int]]) -> None:
    """Give a frame whose content runs to its sentence's end the next sentence of its block
    too, when that sentence goes on with what was reported (see the module docstring)."""
    cues = {f.cue.i for f in frames}
    for frame in frames:
        if frame.kind != "speech" or not frame.content or frame.relay:
            continue
        doc = frame.cue.doc
        _, end = index.sent_range(frame.cue.i)
        last = frame.content[-1][1]
        if end >= len(doc) or any(not (t.is_punct or t.is_space) for t in doc[last:end]):
            continue
        nxt_start, nxt_end = index.sent_range(end)
        if nxt_end > bounds[frame.cue.i][1] or doc[nxt_start].lower_ not in _GOES_ON:
            continue
        sentence = doc[nxt_start:nxt_end]
        root = sentence.root
        modal = any(c.dep_ == "aux" and c.lower_ in _REPORTED_MODALS for c in root.children)
        if (
            modal
            and not any(t.i in cues for t in sentence)
            and not any(is_mark(t) and t.text in ALL_MARKS for t in sentence)
        ):
            frame.content.append(trim(doc, nxt_start + 1, nxt_end))


def implicit_source(verb: Token, kind: str = "speech") -> bool:
    """A passive reporting verb with no agent and a clause or "of" content: "it was reported
    that ...", "was accused of ...". Not "was asked to ...": the one asked is no source.
    A raised passive ("is said to ...", "is believed to ...") is one, of speech or belief."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive or verb.dep_ not in ("ROOT", "conj", "ccomp", "relcl"):
        return False
    if verb.lemma_.lower() in _RAISING and _raised_clause(verb) is not None:
        return True
    if _extraposed(verb):
        return True  # "It is widely believed that ...", "it is feared that ...": of any kind
    if passive_verdict(verb, kind) and not any(c.dep_ == "agent" for c in verb.children):
        return True  # "Pence is widely seen as a bridge to ...": a verdict of any kind, held by people unnamed
    return kind == "speech" and not any(c.dep_ in ("agent", "xcomp") for c in verb.children)


def _extraposed(verb: Token) -> bool:
    """A passive cue whose subject is "it" standing for the that-clause after it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return (
        subject is not None
        and subject.lower_ == "it"
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


# Passive cues that raise the subject of what they report ("X is said to be ill"): evidential
# "said", "reported", "believed", "thought", "alleged", "rumoured", "known", "understood". Not
# "expected" or "asked": those state a plan or a request, not a claim someone made.
_RAISING = frozenset({"say", "report", "believe", "think", "allege", "rumour", "rumor", "know", "understand"})


def _raised_clause(verb: Token) -> Token | None:
    """The to-clause of a raised passive with no agent ("is said to have fled")."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)), None
    )


def raised_passive(verb: Token) -> list[tuple[int, int]]:
    """ "The envoy is said to have left the capital": the subject and the to-clause are the
    content, the source is not named."""
    clause = _raised_clause(verb) if verb.lemma_.lower() in _RAISING else None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if clause is None or subject is None or (subject.pos_ == "PRON" and subject.lower_ == "it"):
        return []
    return [subtree_range(subject), trim(verb.doc, *subtree_range(clause))]


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
    claimed = of_claim(claim) if claim is not None and clause is None else None
    if claim is not None and claimed is not None:
        # "rejected the opposition's accusations of censorship": the accusers' claim.
        holder = claim_holder(claim)
        frame.content, frame.rejected = [claimed], True
        frame.speaker = speaker_range(holder) if holder is not None else None
        frame.speaker_head = holder
        return claim
    if claim is not None and clause is not None:
        start, end = subtree_range(clause)
        if doc_word(clause, start) == "that":
            start += 1
        frame.content = [trim(verb.doc, start, end)]
        holder = claim_holder(claim)
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


def adjective_frame(adj: Token, kind: str) -> Frame | None:
    """ "Many Democrats are afraid that ...": a belief held by the copula's subject; "the prime
    minister is determined to ...": an intention, with its to-clause; "donors are worried about his
    finances", "he was vague about how he would pay for it": what the attitude is about."""
    clause = next((c for c in adj.children if c.dep_ == "ccomp"), None)
    if clause is None and kind == "intention":
        clause = next((c for c in adj.children if c.dep_ == "xcomp" and to_infinitive(c)), None)
    preps = _adjective_objects(adj, kind)
    about = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in preps), None)
    if clause is None and about is not None:
        clause = next((g for g in about.children if g.dep_ in ("pobj", "pcomp")), None)
    # "McConnell was blunt: the Senate would not ...": how one spoke, and what, after a colon (`colons`).
    colon = after_colon(adj.head) if clause is None and kind == "speech" and adj.dep_ == "acomp" else None
    if clause is None and colon is None:
        return None
    if adj.dep_ == "acomp":
        subject = next((c for c in adj.head.children if c.dep_ == "nsubj"), None)
    elif adj.tag_ == "VBN":
        # The parser may hang the subject on the auxiliary ("Most Republicans are opposed to ...").
        subject = next((c for c in adj.children if c.dep_ in ("nsubjpass", "nsubj")), None) or next(
            (g for a in adj.children if a.dep_ == "auxpass" for g in a.children if g.dep_ == "nsubj"), None
        )
    else:
        return None
    if subject is None:
        return None
    content = [trim(adj.doc, *subtree_range(clause))] if clause is not None else [colon] if colon is not None else []
    return Frame(adj, adj.lemma_.lower(), kind, adj.text, subject_range(subject), subject, content)


# What an attitude adjective is about, of or with ("skeptical of the deal", "unhappy with both
# candidates", "angry at the media", "confident in the outcome"); "to" only for the stances that take
# it ("opposed to the deal"), not "critical to the economy" (essential). How openly one speaks takes
# only "about" ("vague about", not "candid with reporters": whom one speaks to).
_ADJECTIVE_PREPS = frozenset({"about", "over", "of", "with", "at", "in", "on"})
_TO_STANCES = frozenset({"opposed", "committed", "hostile", "sympathetic", "receptive"})


def _adjective_objects(adj: Token, kind: str) -> frozenset[str]:
    if kind == "speech":
        return frozenset({"about", "over"})
    return _ADJECTIVE_PREPS | ({"to"} if adj.lower_ in _TO_STANCES else frozenset())


def passive_adjective(tok: Token, cues: QuoteCues) -> bool:
    """ "The governor is convinced that ...": the parser reads the adjective as a passive verb, or as a
    participle complementing "is"; with an agent it is one ("the deal was opposed by Democrats")."""
    return (
        tok.tag_ == "VBN"
        and tok.lower_ in cues.adjectives
        and (tok.dep_ == "acomp" or any(c.dep_ == "auxpass" for c in tok.children))
        and not any(c.dep_ == "agent" for c in tok.children)
    )
