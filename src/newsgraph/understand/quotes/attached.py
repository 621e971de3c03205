"""Parts of an attribution the small parser hangs on the wrong word, put back (session 20). Each is a common
construction of wire copy that the parse breaks in one known way:

- the charge of "accused X of Y" read as a modifier of the one accused ("accused the bank of fraud" parsed
  as "the bank of fraud"): `charge_on_object`;
- the deed of "praised X for Y", "congratulated X on Y" read as a modifier of the one praised (session 25):
  `deed_on_object`;
- a source set after a long content, read as an apposition of the content's last noun with the cue as a
  second verb of the content ("The deal would send jobs to Asia, Trump, who ..., told a crowd"):
  `source_after_content`; or with that noun read as the cue's subject: `subject_read_from_content`;
- a participle cue hung on a passive verb ("was caught on tape bragging that ...", "was heard telling a
  colleague that ..."), or read as the object of the preposition before it ("recorded in 2005 bragging
  that ..."): `participle_host`, `passive_speaker`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.understand.quotes.lexicon import VerbCue
from newsgraph.understand.quotes.tokens import subtree_range, trim

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _one(tok: Token, people: frozenset[str]) -> bool:
    """A name or a word for people or a body of them: who or what an "of" phrase belongs to, never a charge."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _NAMES or tok.lemma_.lower() in people


def charge_on_object(verb: Token, cue: VerbCue, people: frozenset[str]) -> list[tuple[int, int]]:
    """ "The agency accused the bank of fraud", "accused the head of the agency of lying": a cue that addresses
    someone and tells the charge with "of" (accuse, warn), whose "of" phrase the parser hung on the one addressed.
    The chain of "of" phrases that starts at the object names first who is accused ("the head of the agency"),
    then the charge, which may have "of" phrases of its own ("accused the militia of theft of cattle"): the
    charge is the first that names no person, place or body. A single one that does belongs to the object
    ("warned the people of Ohio", "accused the head of the agency")."""
    if "of" not in cue.content or not cue.target:
        return []
    if verb.dep_ in ("advcl", "acl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []  # "set up a hotline to warn each other of accidents": talk meant, not talk reported
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    chain: list[Token] = []
    head = obj
    while head is not None:
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i), None)
        head = _pobj(prep) if prep is not None else None
        if head is not None:
            chain.append(head)
    if not chain or (len(chain) == 1 and _one(chain[0], people)):
        return []
    charge = next((t for t in chain if not _one(t, people)), chain[-1])
    return [subtree_range(charge)]


# What a "for", "on" or "over" phrase after a word for people names when it is no deed: a time, a place.
_NO_DEED = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def deed_on_object(verb: Token, cue: VerbCue, people: frozenset[str]) -> list[tuple[int, int]]:
    """ "complimented the staff on the quality of the report", "praised the nurses for their work": a verb of
    praise or blame whose object is the one judged tells the deed judged with "for", "on" or "over", which the
    parser may hang on that person, not on the verb. The person with the phrase is the content, as when the
    phrase hangs on the verb. A phrase naming people, a name, a time or a place says which ones they are or
    where ("praised the members on the committee", "thanked the lawyers for the family")."""
    if "quoted" not in cue.content or not cue.target:
        return []
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not _one(obj, people):
        return []
    for prep in obj.children:
        what = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ in ("for", "on", "over") else None
        if what is not None and not _one(what, people) and what.ent_type_ not in _NO_DEED:
            return [(obj.left_edge.i, prep.right_edge.i + 1)]
    return []


def _quoted(doc: Doc, start: int, end: int) -> bool:
    """Quotation marks stand in the words before the source: a quotation set before its cue ("“This is not who
    we are,” Ryan, the House speaker, said"), whose speaker the direct-quote reading finds (the name, not the
    apposition after it). These repairs are for reported contents only."""
    return any(t.is_quote for t in doc[start:end])


def source_after_content(
    verb: Token, speaks: bool, people: frozenset[str], target: bool = False
) -> tuple[tuple[int, int], Token, tuple[int, int]] | None:
    """ "Sanders will stay in the race ... in Philadelphia, his campaign manager, Jeff Weaver, said Tuesday": with a
    long content before it, the parser may hang the source on the content's last noun as an apposition and the
    cue on the content's verb as a second verb of it, with no subject. A finite cue of speech with no subject, no
    conjunction and no complement or object of its own (but the one it addresses, for a `target` cue: "told a
    crowd"), right after a comma that closes such an apposition (itself opened by a comma), has that apposition
    as its source and the clause before it as its content, when no quotation marks stand in it (`_quoted`).
    Returns the source's token range, its head and the content's range."""
    head = verb.head
    if not speaks or verb.dep_ != "conj" or head.i > verb.i or verb.tag_ not in _FINITE:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc", "mark", "ccomp", "xcomp") for c in verb.children):
        return None
    if any(c.dep_ == "dobj" for c in verb.children) and not target:
        return None  # "Trump mocked Clinton, the nominee, questioned her stamina ...": a list of the subject's acts
    doc = verb.doc
    if verb.i < 4 or doc[verb.i - 1].text != "," or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    source = None
    for tok in doc[head.left_edge.i : verb.i - 1]:
        end = tok.right_edge.i - 1 if doc[tok.right_edge.i].text == "," else tok.right_edge.i
        opened = tok.left_edge.i > head.left_edge.i and doc[tok.left_edge.i - 1].text == ","
        if tok.dep_ == "appos" and end == verb.i - 2 and opened and (source is None or tok.left_edge.i < source.left_edge.i):
            source = tok
    if source is None or not _one(source, people) or _quoted(doc, head.left_edge.i, source.left_edge.i):
        return None
    speaker = (source.left_edge.i, verb.i - 1)
    content = trim(doc, head.left_edge.i, source.left_edge.i - 1)
    return (speaker, source, content) if content[1] > content[0] else None


def participle_host(verb: Token) -> Token | None:
    """The verb a participle cue is an adjunct of ("was caught on tape bragging that ...", "spent the day in Iowa
    telling voters that ..."), also when the parser reads the participle as the object of the preposition before
    it ("was recorded in 2005 bragging that ...", "was caught on tape telling donors that ...")."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "advcl":
        host = verb.head
    elif verb.dep_ in ("pobj", "pcomp") and verb.head.dep_ == "prep":
        host = verb.head.head
    else:
        return None
    return host if host.pos_ in ("VERB", "AUX") and host.i < verb.i else None


# Verbs of perceiving or recording someone in the act: a participle under them in the passive tells what the
# one perceived was doing ("was caught on tape bragging", "was heard telling", "was seen on video saying").
_PERCEIVED = frozenset(
    {"catch", "hear", "overhear", "see", "record", "tape", "videotape", "film", "capture", "spot", "photograph"}
)


def passive_speaker(host: Token) -> Token | None:
    """The subject of a passive verb of perceiving or recording with no agent ("Trump was caught on tape bragging
    ...", "the senator was heard telling ..."): the one whose words were heard. Under other passives the
    participle's subject is not always the passive's ("was accused of saying ...", "was criticized Tuesday, with
    Democrats saying ..."), and with an agent the sentence names a second party: no one is chosen there."""
    if host.lemma_.lower() not in _PERCEIVED or any(c.dep_ == "agent" for c in host.children):
        return None
    return next((c for c in host.children if c.dep_ == "nsubjpass"), None)


def subject_read_from_content(
    verb: Token, people: frozenset[str]
) -> tuple[tuple[int, int], Token, tuple[int, int]] | None:
    """ "The tariffs would cost the state thousands of jobs in the mills, Senator Tom Reyes, who chairs the
    committee, told reporters": with the content before the cue, the parser may read the content's last noun
    phrase as the cue's subject, with the real source as its apposition. A subject that follows the cue's own
    clause with no comma before it, whose apposition (opened by a comma) ends at the comma right before the
    cue, leaves that apposition as the source; the content runs from the clause to the subject's end (with no
    quotation marks in it: `_quoted`)."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if clause is None or subject is None or subject.i < clause.i or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    doc = verb.doc
    before = doc[subject.left_edge.i - 1]
    if before.is_punct or before.is_quote:
        return None  # "The mills will close, Tom Reyes, the senator, said": the subject set off is the source
    source = next((c for c in subject.children if c.dep_ == "appos" and doc[c.left_edge.i - 1].text == ","), None)
    if source is None or not _one(source, people) or _quoted(doc, clause.left_edge.i, source.left_edge.i):
        return None
    end = source.right_edge.i - 1 if doc[source.right_edge.i].text == "," else source.right_edge.i
    if end != verb.i - 2:
        return None
    content = trim(doc, clause.left_edge.i, source.left_edge.i - 1)
    return ((source.left_edge.i, verb.i - 1), source, content) if content[1] > content[0] else None


def charge_on_agent(verb: Token, cue: VerbCue, people: frozenset[str]) -> list[tuple[int, int]]:
    """ "The mayor is accused by critics of favouring his donors": the passive of a cue that tells the charge
    with "of", whose "of" phrase the parser hung on the agent. The agent is the speaker (as "criticised by the
    union" gives the union); the phrase is the charge unless it names who the agent is ("by the people of
    Ohio")."""
    if "of" not in cue.content or not cue.target or any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children):
        return []
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    who = _pobj(agent) if agent is not None else None
    prep = next((c for c in who.children if c.dep_ == "prep" and c.lower_ == "of"), None) if who else None
    charge = _pobj(prep) if prep is not None else None
    if charge is None or _one(charge, people):
        return []
    return [subtree_range(charge)]


def cue_noun_objects(noun: Token) -> list[tuple[int, int]]:
    """ "took aim at the record", "claimed responsibility for the bombing": the noun is part of a verb-and-noun
    cue, and the preposition the parser hangs on it takes the cue's object (session 27)."""
    return [subtree_range(g) for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ in ("pobj", "pcomp")]
