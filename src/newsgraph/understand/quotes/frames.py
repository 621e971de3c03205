"""Attribution frames read off the dependency parse: who (speaker) said (cue) what (content).

A frame is found from a cue word and its syntactic neighbours, never from word order alone:
the content is the cue verb's clausal complement (ccomp: "said that ..."), its to-clause
(xcomp: "urged X to ..."), its "of" phrase ("accused X of ..."), or, when the cue follows
the content ("..., he said."), the clause the cue verb hangs from. The speaker is the cue's
subject; a participle without one ("..., adding that ...", "..., accusing him of ...")
borrows the subject of the verb it modifies. "X quoted Y as saying ..." makes Y the
speaker and X a reporting source (`via`). "according to X" makes X the speaker of the
clause it modifies.

Word order is used only where the small parser is known to break: a speaker separated from
its verb by a parenthetical ("Pezeshkian, on a visit to Belarus, said ...") is often left
without an nsubj arc, so a name directly before the cue (parenthetical skipped) is taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from newsgraph.understand.quotes import attached, control, misparsed, participles, tagging
from newsgraph.understand.quotes import constructs as quote_constructs
from newsgraph.understand.quotes import nouns as quote_nouns
from newsgraph.understand.quotes import reporting as reporting_clause
from newsgraph.understand.quotes.chains import flatten_attempts, link_chains
from newsgraph.understand.quotes.content import (
    FINITE,
    content_of,
    continued_report,
    coordinated_report,
    is_duration,
)
from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.lexicon import FINDING_NOUNS, QuoteCues, VerbCue
from newsgraph.understand.quotes.overlaps import set_apart
from newsgraph.understand.quotes.tokens import (
    CharIndex,
    is_mark,
    sent_range,
    speaker_range,
    subject_range,
    to_infinitive,
    trim,
)

_SUBJ = ("nsubj", "csubj")
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})
_GERUND_PREPS = frozenset({"by", "after", "before", "while", "in", "when", "despite", "without", "upon"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
_HOLDER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# Agent nouns that name people whatever their field ("economist", "politician").
_AGENT_SUFFIXES = ("ist", "ists", "ian", "ians")
# Verbs whose subject puts out a text ("issued a statement saying ..."), not one who gets it.
_ISSUING = frozenset(
    {"issue", "release", "publish", "send", "post", "write", "sign", "deliver", "read", "tweet",
     "carry", "hold", "display", "put", "file"}
)  # fmt: skip


def _name_before(cue: Token) -> Token | None:
    """A name right before the cue, skipping one comma-delimited parenthetical."""
    sent_start = sent_range(cue)[0]
    i = cue.i - 1
    if i >= sent_start and cue.doc[i].text == ",":
        # Walk back to the opening comma of "X, on a visit to Belarus, said".
        j = i - 1
        while j >= sent_start and cue.doc[j].text != "," and cue.doc[j].tag_ not in FINITE:
            j -= 1
        if j < sent_start or cue.doc[j].text != ",":
            return None
        i = j - 1
    if i < sent_start:
        return None
    tok = cue.doc[i]
    if tok.ent_type_ in _NAME_LABELS or tok.pos_ == "PROPN":
        return tok
    return None


def _subject(verb: Token, depth: int = 0, people: frozenset[str] = frozenset()) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in _SUBJ and not is_mark(c)]
    if subjects:
        # "The museum, Jonas Varga said, would ...": with two subjects the parser gave the
        # cue, the speaker is the one next to it; the other begins the reported clause.
        before = [c for c in subjects if c.i < verb.i]
        child = before[-1] if before else subjects[0]
        if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
            return verb.head
        if child.lower_ in _REFLEXIVE:
            # "He had himself questioned ...": the parser makes the emphatic "himself" a subject; it stands for
            # the subject before it, hung on the verb, on its auxiliary or on the verb above.
            return _before_reflexive(verb, child) or child
        return child
    if (quantity := tagging.quantity_as_article(verb)) is not None:
        return quantity  # "Some worry that ...": read as "some worry", a noun phrase
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    if any(c.dep_ in ("nsubjpass", "expl") for c in verb.children):
        return None
    if (inverted := reporting_clause.inverted_source(verb)) is not None:
        return inverted  # "..., added the official."
    reporting = coordinated_report(verb) or continued_report(verb, people)
    if depth < 3 and reporting is not None:
        return _subject(reporting, depth + 1, people)
    # Participles and conjoined verbs share the subject of the verb they hang from, as does
    # a gerund after a preposition ("responded by saying ...", "began by saying ...").
    shares_head = verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"))
    # A to-clause of purpose or manner ("went on to say ...", "took to Twitter to say ...")
    # and one after an adjective ("was quick to say ...") are spoken by the main subject.
    shares_head = shares_head or (verb.dep_ == "advcl" and to_infinitive(verb))
    if depth < 3 and verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and to_infinitive(verb):
        return _subject(verb.head.head, depth + 1)
    if depth < 3 and verb.dep_ == "xcomp":
        # "The bank is expected to say ...", "she was asked to explain ...", "prompted residents to argue ...":
        # the passive's subject or the object is the one who is to speak (`control`).
        controller = control.controller(verb)
        if controller is not None and not is_mark(controller):
            return controller
    host = attached.participle_host(verb)
    passive = attached.passive_speaker(host) if host is not None else None
    if passive is not None:
        return passive  # "was caught on tape bragging that ...": the passive's subject
    if depth < 3 and host is not None and verb.dep_ == "pobj" and verb.head.lower_ in _GERUND_PREPS:
        return _subject(host, depth + 1)  # "spent 2005 in Florida bragging that ..." read as "in ... bragging"
    if depth < 3 and shares_head and verb.head.i != verb.i:
        return _subject(verb.head, depth + 1)
    after_prep = verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in _GERUND_PREPS
    if depth < 3 and after_prep and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head.head, depth + 1)
    if tagging.verb_read_as_participle(verb):
        return verb.head  # "The clerk, Maria Hollis, confessed to ...": the verb read as a participle
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return _issuer(verb.head)
    if verb.tag_ in FINITE:
        return _name_before(verb)
    return None


def _before_reflexive(verb: Token, reflexive: Token) -> Token | None:
    """The subject an emphatic reflexive the parser made a subject stands for ("He had himself questioned")."""
    heads = {verb.i, verb.head.i, *(c.i for c in verb.children if c.dep_ == "aux")}
    start = sent_range(verb)[0]
    return next(
        (t for t in reversed(verb.doc[start : reflexive.i]) if t.dep_ == "nsubj" and t.head.i in heads), None
    )


def _issuer(noun: Token) -> Token:
    """ "a letter warning that ...", "postings saying ...": the words of a text or a group are
    theirs; a text someone issued ("the ministry issued a statement saying ...") is its issuer's."""
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _ISSUING:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
        if subject is not None:
            return subject
    return noun


def _verb_cue(tok: Token, cues: QuoteCues) -> VerbCue | None:
    if tok.pos_ not in ("VERB", "AUX") and not tagging.verb_read_as_noun(tok, cues):
        return None  # "the House hope the governor will sign": a verb read as a noun is still one
    lemma = cues.lemma(tok.lower_, tok.lemma_)
    children = list(tok.children)
    # A particle the lexicon does not list makes another verb: "find out whether ...",
    # "tell apart", "write off", "show up" report nothing.
    prts = [c.lower_ for c in children if c.dep_ == "prt"]
    if prts and not any((lemma, p) in cues.phrasal for p in prts):
        return None
    if lemma not in cues.phrasal_verbs:
        return cues.verb(lemma)
    for child in children:
        # "called for elections", not "called up a squad for the match": a preposition is the
        # verb's own only before its object and with no other particle.
        if child.dep_ == "prep" and any(
            c.dep_ == "prt" or (c.dep_ == "dobj" and c.i < child.i) for c in children
        ):
            # "asked him about heroin": a cue whose preposition takes what is said names the one it
            # addresses before it.
            asked = cues.phrasal.get((lemma, child.lower_))
            if asked is not None and _asks_about(asked) and not any(c.dep_ == "prt" for c in children):
                return asked
            continue
        if child.dep_ == "dobj":
            # "asked the candidates about the tax": the parser may hang the preposition on the one asked.
            for prep in child.children:
                asked = cues.phrasal.get((lemma, prep.lower_)) if prep.dep_ == "prep" else None
                if asked is not None and _asks_about(asked):
                    return asked
        if child.dep_ == "prep" and any(is_duration(g) for g in child.children if g.dep_ == "pobj"):
            continue  # "has argued for years that ...": how long, not what for
        # "made clear that ...": the parser may read the adjective as a clause of its own, and
        # the particle right after the verb as an adverb ("brushed aside the questions").
        # A noun may make the phrase too ("took aim at", "took issue with").
        particle = child.dep_ in ("advmod", "dobj") and child.i == tok.i + 1
        if particle or child.dep_ in ("prt", "acomp", "prep", "ccomp", "oprd"):
            phrasal = cues.phrasal.get((lemma, child.lower_))
            if phrasal is not None and not _asks_about(phrasal):
                return phrasal
    single = cues.verb(lemma)
    if single is not None and "clause" in single.content:
        # "insisted in an interview on Sunday that ...": a verb that reports a clause keeps that reading.
        return single
    # "called it a common ailment during bids for office": a verb whose own object is there needs no preposition
    # from the place or the audience.
    told = any(c.dep_ in ("dobj", "oprd", "ccomp") for c in tok.children)
    for prep in () if told else misparsed.prep_past_venue(tok):
        phrasal = cues.phrasal.get((lemma, prep.lower_))
        if phrasal is not None and "object" in phrasal.content and not phrasal.target:
            return phrasal  # "spoke on the Senate floor about the nomination"
    return single


def _asks_about(cue: VerbCue) -> bool:
    """A phrasal cue that addresses someone and whose preposition takes the content ("asked X about Y"): it
    is a cue only with the one addressed named. "was asked about the economy in the poll", "when asked about
    the recording" tell a question put by no one named, not what anyone said."""
    return cue.target and "object" in cue.content


def _quoting_frame(verb: Token, cues: QuoteCues) -> Frame | None:
    """ "X quoted Y as saying ...": Y is the speaker, X a reporting source.

    A "quote"/"cite" without "as saying" is not this construction (it falls back to the
    ordinary cue path: "cited the figure")."""
    speaker: Token | None = None
    outlet: Token | None = None
    inner: Token | None = None
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            speaker = child
        elif child.dep_ in ("nsubj", "agent"):
            outlet = (
                child
                if child.dep_ == "nsubj"
                else next((g for g in child.children if g.dep_ == "pobj"), None)
            )
        elif child.dep_ in ("prep", "advcl") and child.lower_ == "as":
            inner = next(
                (g for g in child.children if g.dep_ in ("pcomp", "pobj") and g.pos_ == "VERB"), None
            )
        elif child.dep_ == "advcl" and child.tag_ == "VBG" and inner is None and child.i < verb.i + 4:
            inner = child
    if speaker is None or inner is None:
        return None
    cue = _verb_cue(inner, cues)
    if cue is None:
        return None
    content, quoted_only, target = content_of(inner, cue, None, cues)
    if not content:
        # The content stands before the quoting verb: "“...,” it quoted X as saying."
        content, _, _ = content_of(verb, cues.verbs["say"])
    frame = Frame(
        inner, cue.lemma, cue.kind, inner.text, speaker_range(speaker), speaker, content, quoted_only, target
    )
    if outlet is not None:
        frame.via.append(subject_range(outlet) if outlet.dep_ == "nsubj" else speaker_range(outlet))
    return frame


def _block_bounds(doc: Doc, blocks: Sequence[tuple[int, int]], index: CharIndex) -> list[tuple[int, int]]:
    """For each token, the token range of the text block (title, bullet, paragraph) holding it.

    The parser does not always end a sentence at a paragraph break, so frames are clipped
    to their block: an attribution never runs from one paragraph into the next.
    """
    bounds = [(0, len(doc))] * len(doc)
    for start, end in blocks:
        rng = index.tokens(start, end)
        if rng is None:
            continue
        for i in range(*rng):
            bounds[i] = rng
    return bounds


def _clip(frame: Frame, lo: int, hi: int) -> Frame | None:
    def inside(r: tuple[int, int] | None) -> bool:
        return r is not None and lo <= r[0] and r[1] <= hi

    frame.content = [(max(s, lo), min(e, hi)) for s, e in frame.content if e > lo and s < hi]
    frame.content = [r for r in (trim(frame.cue.doc, s, e) for s, e in frame.content) if r[1] > r[0]]
    frame.quoted_only = [(max(s, lo), min(e, hi)) for s, e in frame.quoted_only if e > lo and s < hi]
    frame.via = [v for v in frame.via if inside(v)]
    if frame.target is not None and not lo <= frame.target.i < hi:
        frame.target = None
    if (frame.rejected or frame.implicit) and frame.speaker is None:
        return frame
    if not inside(frame.speaker):
        if frame.speaker_head is None or not lo <= frame.speaker_head.i < hi:
            return None
        frame.speaker = (max(frame.speaker[0], lo), min(frame.speaker[1], hi)) if frame.speaker else None
    return frame


def find_frames(
    doc: Doc, cues: QuoteCues, blocks: Sequence[tuple[int, int]] = (), index: CharIndex | None = None
) -> list[Frame]:
    """Every attribution frame in the document, in order of their cue words.

    `blocks` are the character ranges of the article's blocks; frames stay inside one.
    """
    index = index or CharIndex(doc)
    bounds = _block_bounds(doc, blocks, index)
    ranges = [r for r in (index.tokens(s, e) for s, e in blocks) if r is not None]
    raw = _raw_frames(doc, cues) + quote_constructs.headline_frames(doc, ranges, cues)
    frames = [c for c in (_clip(f, *bounds[f.cue.i]) for f in raw) if c is not None]
    frames.sort(key=lambda f: f.cue.i)
    for frame in frames:
        frame.sent_start = index.sent_range(frame.cue.i)[0]
        set_apart(frame)
    link_chains(frames)
    flatten_attempts(frames)
    quote_constructs.continue_reported(frames, index, bounds)
    return frames


@lru_cache(maxsize=4)
def _sorted_ids(ids: frozenset[int]) -> npt.NDArray[np.uint64]:
    return np.array(sorted(ids), dtype=np.uint64)


def _candidates(doc: Doc, cues: QuoteCues) -> list[int]:
    """Indices of tokens whose lemma or lower-cased form is a cue word (read from the Doc's
    arrays: building a Token object for every word costs more than the rest of the stage;
    the membership test runs in numpy, a binary search of the sorted cue ids)."""
    if not len(doc) or not cues.trigger_ids:
        return []
    ids = _sorted_ids(cues.trigger_ids)
    rows = doc.to_array([LEMMA, LOWER])
    pos = np.minimum(np.searchsorted(ids, rows), len(ids) - 1)
    hits: list[int] = np.flatnonzero((ids[pos] == rows).any(axis=1)).tolist()
    return hits


def _raw_frames(doc: Doc, cues: QuoteCues) -> list[Frame]:
    frames: list[Frame] = []
    claimed: set[int] = set()
    quoting_by_verb: dict[int, Frame] = {}
    for i in _candidates(doc, cues):
        tok = doc[i]
        lemma = tok.lemma_.lower()
        if tok.i in claimed:
            continue
        if lemma in cues.quoting_verbs and tok.pos_ == "VERB":
            quoting = _quoting_frame(tok, cues)
            if quoting is not None:
                claimed.add(quoting.cue.i)
                quoting_by_verb[tok.i] = quoting
                frames.append(quoting)
                continue
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            according = quote_constructs.according_frame(tok)
            if according is not None:
                frames.append(according)
            continue
        if (tok.pos_ == "ADJ" and lemma in cues.adjectives) or quote_constructs.passive_adjective(tok, cues):
            adjective = quote_constructs.adjective_frame(tok, cues.adjectives[tok.lower_ if tok.tag_ == "VBN" else lemma])
            if adjective is not None and adjective.speaker_head is not None:
                # "The shelters were ready to open": readiness and worry are a holder's.
                adjective.unsure_holder = not can_hold(adjective.speaker_head, cues)
                frames.append(adjective)
            continue
        if tok.pos_ == "NOUN" and lemma in FINDING_NOUNS:
            poll = quote_constructs.poll_frame(tok, cues)
            if poll is not None:
                frames.append(poll)
            continue
        misread = misparsed.name_read_as_verb(tok, cues) if tok.pos_ == "NOUN" else None
        misread = misread or participles.cue_after_participle(tok, cues)  # "papers filed Friday allege"
        misread = misread or tagging.cue_read_as_object(tok, cues)  # "Some in the Senate hope to ..."
        if misread is not None:
            frames.append(misread)  # "Trump hopes to win Ohio" read as "trump the hopes"
            continue
        if tok.pos_ == "NOUN" and lemma in cues.nouns and not tagging.verb_read_as_noun(tok, cues):
            noun = quote_constructs.view_frame(tok, cues.nouns[lemma]) or quote_nouns.noun_frame(
                tok, cues.nouns[lemma], cues.noun_objects.get(lemma, frozenset())
            )
            if noun is not None:
                frames.append(noun)
            continue
        cue = _verb_cue(tok, cues)
        if cue is None:
            continue
        outer = quoting_by_verb.get(tok.head.i) if tok.dep_ in ("advcl", "conj") else None
        frame = _fronted_frame(tok, cue, cues) or _cue_verb_frame(tok, cue, cues, outer, claimed)
        if frame is not None:
            frames.append(frame)
    return frames


def _cue_verb_frame(
    tok: Token, cue: VerbCue, cues: QuoteCues, outer: Frame | None, claimed: set[int]
) -> Frame | None:
    """The frame of a cue verb: its speaker is its subject, the person an `outer` quoting verb quotes ("Belta
    quoted him as saying ..., noting that ..."), or nobody the text names. A claim the speaker rejects goes
    into `claimed`, so that its own verb makes no frame of it."""
    subject = _subject(tok, people=cues.people_nouns)
    subj_range = subject_range(subject, tok) if subject is not None else None
    content, quoted_only, target = content_of(
        tok, cue, subj_range[0] if subj_range is not None else None, cues
    )
    if outer is not None and outer.speaker is not None and not any(c.dep_ == "nsubj" for c in tok.children):
        # "Belta quoted him as saying ..., noting that ...": the quoted person notes.
        frame = Frame(
            tok,
            cue.lemma,
            cue.kind,
            tok.text,
            outer.speaker,
            outer.speaker_head,
            content,
            quoted_only,
            target,
        )
        frame.via = list(outer.via)
        return frame
    if subject is None and not content:
        content = quote_constructs.raised_passive(tok)
    asked = _asked_of_subject(tok, cue)  # "Asked whether ..., Trump said": the asker goes unnamed
    unsaid = _thing_granted(tok, cue, cues)  # "were denied entry": an act of office, no claim denied
    if (subject is None or asked) and content and not unsaid and (asked or quote_constructs.implicit_source(tok, cue.kind)):
        # "It was reported that ...", "X was accused of ...": an attribution whose source
        # the text does not name (PolNeAR's implicit sources): reported with no speaker.
        implicit = Frame(tok, cue.lemma, cue.kind, tok.text, None, None, content, quoted_only, target)
        implicit.implicit = True
        return implicit
    if subject is None or subj_range is None:
        return None
    if subject.lower_ == "it" and (any(c.dep_ == "expl" for c in tok.children) or _impersonal(tok, subject)):
        return None
    if _reports_nothing(tok, cue, subject, cues):
        return None
    # Beliefs and intentions need content; a bare "he said" can still own an adjacent quote.
    if cue.kind != "speech" and not content:
        return None
    text = tok.text
    prt = next((c for c in tok.children if c.dep_ == "prt" or (c.dep_ == "advmod" and c.i == tok.i + 1)), None)
    if prt is not None and (tok.lemma_.lower(), prt.lower_) in cues.phrasal:
        text = f"{tok.text} {prt.text}"
    frame = Frame(tok, cue.lemma, cue.kind, text, subj_range, subject, content, quoted_only, target)
    frame.unsure_holder = _unsure_holder(tok, cue, content, subject, cues)
    if tok.dep_ == "relcl" and subject.i == tok.head.i:
        # "cities that support the rules": the words naming the source are "that", read as the
        # antecedent the way "she" is read as the person named before.
        frame.relative = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ in _RELATIVE), None)
    if cue.lemma in cues.rejecting:
        claim = quote_constructs.reject(frame, cues)
        if claim is not None:
            claimed.add(claim.i)
    return frame


def _fronted_frame(tok: Token, cue: VerbCue, cues: QuoteCues) -> Frame | None:
    """ "The deal would send jobs to Asia, Trump, who ..., told a crowd": a source after a long content that the
    parse hangs on the content (`attached`); the frame of the source, the cue and the content before them."""
    speaks = cue.kind == "speech" and "clause" in cue.content
    fronted = attached.source_after_content(tok, speaks, cues.people_nouns, cue.target) or (
        attached.subject_read_from_content(tok, cues.people_nouns) if speaks else None
    )
    if fronted is None:
        return None
    return Frame(tok, cue.lemma, cue.kind, tok.text, fronted[0], fronted[1], [fronted[2]])


_NOT_DONE = frozenset({"decline", "refuse"})


def _idiom_of_no_speech(verb: Token, cue: VerbCue, subject: Token) -> bool:
    """ "time will tell whether ...": an idiom of waiting, no one speaks; "declined to comment on the
    report": the formula for saying nothing."""
    if cue.lemma == "tell" and subject.lemma_.lower() == "time":
        return True
    return cue.lemma.startswith("comment") and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NOT_DONE


def _unsure_holder(verb: Token, cue: VerbCue, content: list[tuple[int, int]], subject: Token, cues: QuoteCues) -> bool:
    """The subject may name no one who holds the attitude: see `_attitude`; and "the bill addresses the
    backlog": a law or a plan deals with a problem by what it does, not by what it says."""
    if cue.personal and subject.lemma_.lower() in cues.text_nouns:
        return True
    return _attitude(verb, cue, content) and not can_hold(subject, cues)


# Verbs of leave given: a to-clause under them is talk allowed, not talk reported.
_PERMITTING = frozenset({"authorize", "authorise", "allow", "permit", "clear", "empower"})


def _purpose_only(verb: Token, cue: VerbCue) -> bool:
    """ "called the prime minister to discuss the summit", "spoke on condition of anonymity to discuss
    private talks": talk of a topic in a to-clause of purpose, or one hung on a noun, is talk meant, not
    talk reported ("declined to discuss the inquiry", a to-clause complement, still reports)."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "was not authorized to discuss the matter publicly": talk one may (not) do, not talk done.
    permitted = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PERMITTING
    return to and (permitted or ("topic" in cue.content and verb.dep_ in ("advcl", "acl")))


# Words that open a passive participle of time ("said no when asked if ...", "once told that ...").
_WHEN = frozenset({"when", "after", "once", "as", "before", "until", "whenever"})


def _reports_nothing(verb: Token, cue: VerbCue, subject: Token, cues: QuoteCues) -> bool:
    """A cue verb with a subject that still reports no attribution: an idiom, talk meant or allowed, an act of
    office, or an attitude under "if" or "whether" ("asked if he would support the nominee": asked about or
    supposed, not held)."""
    supposed = cue.kind != "speech" and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children)
    return (
        supposed
        or _idiom_of_no_speech(verb, cue, subject)
        or reporting_clause.self_named(verb, cue)
        or _purpose_only(verb, cue)
        or _thing_granted(verb, cue, cues)
        or _noun_reports_it(verb, cue, cues)
    )


def _noun_reports_it(verb: Token, cue: VerbCue, cues: QuoteCues) -> bool:
    """ "expressed hope that the ceasefire would hold", "voiced concern about the quotas": a verb whose content is
    only its object is a light verb (`nouns.LIGHT_VERBS`) when that object is a cue noun: the noun's own frame,
    held by the verb's subject, reports the attribution, and the verb adds none ("expressed her condolences",
    with no cue noun, stays the verb's)."""
    if cue.content & {"clause", "infinitive", "object", "as", "of"} or verb.lemma_.lower() not in quote_nouns.LIGHT_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.nouns for c in verb.children)


def _thing_granted(verb: Token, cue: VerbCue, cues: QuoteCues) -> bool:
    """ "The city denied the permit", "the judge rejected the motion": a rejecting cue whose object is what an
    authority grants or withholds (`granted_nouns`) tells an act of office, unless a verdict goes with it
    ("dismissed the lawsuit as frivolous") or a clause says what was denied."""
    if cue.lemma not in cues.rejecting:
        return False
    if any(c.dep_ in ("ccomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in cues.granted for c in verb.children)


def _asked_of_subject(verb: Token, cue: VerbCue) -> bool:
    """A fronted passive participle of a verb addressed to someone ("Asked whether ...,", "Told that
    ...,", "Urged to ...,"), or one after "when" or "after" ("“No,” Trump said when asked if ..."): the
    subject of the clause it hangs from is the one addressed, not the source."""
    return (
        cue.target
        and verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and (verb.i < verb.head.i or any(c.lower_ in _WHEN and c.i < verb.i for c in verb.children))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in verb.children)
    )


def _impersonal(verb: Token, subject: Token) -> bool:
    """ "It is too early to say whether ...", "it is hard to tell ...": a to-infinitive cue whose
    "it" is the subject of the verb above it names no one who speaks."""
    return subject.head.i != verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _attitude(verb: Token, cue: VerbCue, content: list[tuple[int, int]]) -> bool:
    """A cue whose words also name what things do ("supports", "refused", "considers"), a passive cue whose
    subject is the content ("was rejected by the council"), or one whose content is a noun phrase ("stressed
    the costs", "expects a close race"; trucks stress a bridge): the source must hold an attitude."""
    told_of = any(verb.doc[s:e].root.pos_ in ("NOUN", "PROPN") for s, e in content)
    passive = any(c.dep_ == "agent" for c in verb.children)
    return cue.holder or told_of or (bool({"object", "topic", "judged"} & cue.content) and passive)


def can_hold(tok: Token, cues: QuoteCues) -> bool:
    """`tok` heads a phrase that can hold an attitude: a name, a pronoun, a number ("the two"), or a noun for
    people, a group or an institution ("the engine refused to start" names no intention)."""
    if tok.pos_ in ("PROPN", "PRON", "NUM") or tok.ent_type_ in _HOLDER_LABELS or _named_elsewhere(tok):
        return True
    lemma = tok.lemma_.lower()
    if lemma in cues.holder_nouns or lemma in cues.anonymous_heads or lemma in cues.media_nouns:
        return True
    return len(lemma) > 6 and lemma.endswith(_AGENT_SUFFIXES)


def _named_elsewhere(tok: Token) -> bool:
    """ "Trump opposes the deal": a capitalised word opening a sentence that the small model reads as a common
    noun ("trump", "pence", "sanders") is a name when the same word stands as a name elsewhere in the text: as a
    proper noun heading its phrase ("Donald Trump", not the "Evidence" of "the Evidence Act") or in the named
    entity of a person or a group."""
    if not tok.is_title or not tok.is_sent_start or tok.pos_ != "NOUN":
        return False
    return any(
        t.i != tok.i
        and t.text == tok.text
        and ((t.pos_ == "PROPN" and t.dep_ != "compound") or t.ent_type_ in ("PERSON", "NORP"))
        for t in tok.doc
    )

