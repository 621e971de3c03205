"""A document's report after a reduced relative the parser reads as the sentence's verb, or fused with its noun.

"Court papers filed Friday allege that ...", "Records released Friday show that ...", "Court filings
made public Wednesday say ...": news names a text by what was done to it (filed, released, obtained,
unsealed) and then reports what it says. The small parser often takes the participle ("filed") for the
verb of the sentence and the cue after it for a noun (its object, "allege") or for a verb with no
subject, so the text goes unread as the source: no record, or one whose speaker is the day ("Friday").
The words are the same report as "The lawsuit alleges that ...", which the stage reads. The same
misreading without a participle fuses a plural text noun with the bare cue ("The papers allege that ...":
"papers" a noun modifying "allege").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.lexicon import QuoteCues, VerbCue
from newsgraph.understand.quotes.tokens import to_infinitive, trim

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How far back from the cue the participle may stand: the words between are its own phrase (its date, place,
# agent, "made public"); a verb or a comma there means the cue heads another clause.
_MAX_GAP = 8


def cue_after_participle(tok: Token, cues: QuoteCues) -> Frame | None:
    """ "Court papers filed Friday allege that the university misled students": `tok` is a cue verb in the
    present tense ("allege", "says") left with no subject of its own, after a text noun and the participle
    that follows it ("papers filed") or fused with it (`_fused_noun`), with a clause of its own after it. The
    text noun's phrase up to the cue is the source, the clause the content. `None` when the sentence is not
    read so."""
    cue = _present_cue(tok, cues)
    if cue is None or any(c.dep_ in _SUBJECTS for c in tok.children):
        return None
    if to_infinitive(tok):
        return None  # "The ruling led lawmakers to claim that ...": an infinitive, not the sentence's verb
    participle = _participle_before(tok, cues)
    noun = tok.doc[participle.i - 1] if participle is not None else _fused_noun(tok, cues)
    content = _clause_after(tok) if noun is not None else None
    if noun is None or content is None:
        return None
    start = min([noun.left_edge.i, *(c.left_edge.i for c in tok.lefts if c.i < noun.i)])
    return Frame(tok, cue.lemma, cue.kind, tok.text, (start, tok.i), noun, [content])


def _fused_noun(tok: Token, cues: QuoteCues) -> Token | None:
    """ "The papers allege that ...": the same misreading without a participle takes the text noun right before
    the cue for a noun modifying it ("the papers-allege"), as in "the court papers"."""
    noun = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if noun is None or noun.dep_ != "compound" or noun.head.i != tok.i or not _text_noun(noun, cues):
        return None
    return noun


def _present_cue(tok: Token, cues: QuoteCues) -> VerbCue | None:
    """The clause-taking cue `tok` is a present-tense form of ("allege", "says"), whatever the tagger made
    of it: the misreading tags the bare form as a noun as often as a verb."""
    word = tok.lower_
    cue = cues.verbs.get(word) or (cues.verbs.get(word[:-1]) if word.endswith("s") else None)
    return cue if cue is not None and "clause" in cue.content else None


def _participle_before(tok: Token, cues: QuoteCues) -> Token | None:
    """The participle naming what was done to a text ("filed", "released", "made"), right after the text noun
    and in the same phrase before the cue, with nothing between it and the cue but its own modifiers."""
    doc = tok.doc
    start = max(tok.sent.start, tok.i - _MAX_GAP)
    for i in range(tok.i - 1, start, -1):
        word = doc[i]
        if word.is_punct or (word.pos_ in ("VERB", "AUX") and word.tag_ not in ("VBN", "VBD")):
            return None
        if word.tag_ not in ("VBN", "VBD"):
            continue
        noun = doc[i - 1]
        # The participle is a text's ("papers filed"): the noun is its subject in the misreading, or the
        # participle modifies it in a sound parse of the phrase. A cue there ("Officials said Friday
        # claims ...") is a report of its own, read by the stage.
        own = (noun.head.i == word.i and noun.dep_ in _SUBJECTS) or (word.head.i == noun.i and word.dep_ == "acl")
        if own and _text_noun(noun, cues) and word.lemma_.lower() not in cues.verbs:
            return word
        return None
    return None


def _text_noun(noun: Token, cues: QuoteCues) -> bool:
    """A noun for a text, in the plural too when the tagger took it for a name ("Records released ...")."""
    word = noun.lower_
    return noun.lemma_.lower() in cues.text_nouns or (word.endswith("s") and word[:-1] in cues.text_nouns)


def _clause_after(tok: Token) -> tuple[int, int] | None:
    """The clause right after the cue (after "that"): a verb whose subject opens it, to that verb's end or, when
    the parser hung the cue itself inside it (its subtree the whole sentence), to the sentence's end."""
    doc = tok.doc
    first = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that")
    for word in doc[first : tok.sent.end]:
        subject = next((c for c in word.children if c.dep_ in _SUBJECTS and c.i >= first), None)
        if word.pos_ not in ("VERB", "AUX") or subject is None:
            continue
        if subject.left_edge.i != first:
            return None  # the clause after the cue is not what it reports
        end = tok.sent.end if word.is_ancestor(tok) else word.right_edge.i + 1
        start, end = trim(doc, first, end)
        return (start, end) if end > start else None
    return None
