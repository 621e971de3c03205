"""The reporting clause of wire copy where the parser hangs it oddly, and the edges of what it reports.

Reported speech in news copy puts its reporting clause in a few fixed places: after the content and set off
by a comma ("..., the Asahi newspaper reported on Saturday."), inverted ("..., added the official."), inside
the content ("The talks, the minister said, will resume"), or first with its own adjuncts before a bare
clause ("said late on Wednesday the president had signed ..."). The small parser reads the first two as a
clause of their own (an adverbial clause or a conjunct of the content's verb, the inverted subject as an
object) and hangs the cue's adjuncts on the reported verb. These rules read each place as the reporting
clause English syntax makes it, take the second half of a report after a source set off by commas ("The
ceasefire is holding, said the envoy, and aid convoys have reached ..."), give a bare reported clause the
subject the parser hung on the cue, and cut a content where a second source's own report begins ("The army
said 12 rebels were killed, while the rebels said ..."): two sources set side by side, not one inside the
other.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.lexicon import QuoteCues, VerbCue
from newsgraph.understand.quotes.tokens import minus, sent_range

# Conjunctions that set a second source's report beside the first, inside one sentence.
_CONTRASTING = frozenset({"while", "whereas", "but", "although", "though"})
# Conditions on what is warned of or threatened: part of the warning, never of the act of warning.
_CONDITIONS = frozenset({"if", "unless"})
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})
_NAMING = frozenset({"call", "dub", "style", "name", "label", "brand"})
# Verbs whose object is the one addressed: "..., told reporters." names the audience, never an inverted source.
_ADDRESSING = frozenset({"tell", "inform", "assure", "brief", "remind", "notify", "advise", "urge", "persuade"})


def content_before(verb: Token, cue: VerbCue, speaker_start: int | None) -> list[tuple[int, int]]:
    """ "..., the source added." / "..., he said." / "The museum, Mr. Obama said, would ...": the cue hangs from
    the content (or from its last conjunct, "X did A, but Y did B, the source added"), set off by commas when
    it stands inside it. The parser may also make a final reporting clause an adverbial clause or a conjunct
    of the content's verb ("..., the Asahi newspaper reported on Saturday."): one that ends the sentence, with
    its own subject right after the comma and no conjunction of its own, is the same reporting clause."""
    placed = verb.dep_ in ("parataxis", "ccomp") or _final(verb, cue) or _medial(verb, cue)
    if verb.head.i == verb.i or not ("clause" in cue.content and placed):
        return []
    doc = verb.doc
    head = verb.head.head if verb.head.dep_ in ("aux", "auxpass") else verb.head  # hung on "was" in "X, he said, was"
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    edge = verb.left_edge.i
    if speaker_start is not None and speaker_start > edge:
        edge = speaker_start
    set_off = any(doc[k].text in (",", "—", "–") for k in (edge - 1, edge) if k >= 0)
    # The person told is the addressee, not a complement ("..., officials told the AP.").
    own = any(
        c.dep_ in ("mark", "ccomp", "xcomp") or (c.dep_ == "dobj" and not cue.target) for c in verb.children
    )
    if not set_off or own:
        return []
    lo, hi = sent_range(head)
    whole = (max(head.left_edge.i, lo), min(head.right_edge.i + 1, hi))
    return minus(whole, (edge, verb.right_edge.i + 1))


def _final(verb: Token, cue: VerbCue) -> bool:
    """A speech cue read as an adverbial clause or a conjunct of the verb before it that is in fact the
    reporting clause set after its content: finite, it ends its sentence, its subject opens it right after a
    comma, and it has no conjunction ("while", "and") that would make it a clause of its own."""
    if cue.kind != "speech" or verb.dep_ not in ("advcl", "conj") or verb.head.i > verb.i:
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False  # ", saying in a statement that ...": a participle shares the subject, it reports after
    doc = verb.doc
    edge = verb.left_edge
    if edge.text == ",":  # the parser may hang the comma on the cue
        edge = doc[edge.i + 1]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    opens = subject.left_edge.i if subject is not None else verb.i  # "..., warned the governor."
    if opens != edge.i or edge.i == 0 or doc[edge.i - 1].text != ",":
        return False
    if any(c.dep_ in ("mark", "cc") for c in verb.children):
        return False
    return _ends_sentence(verb)


def _medial(verb: Token, cue: VerbCue) -> bool:
    """ "If elected, Trump has promised, he would appoint a special prosecutor": a reporting clause set off by
    commas inside the clause it reports, which the parser reads as an adverbial clause of that clause's verb
    (as it reads "The deal, Obama said, would ..." as a parenthetical). Finite, its subject opens it right after
    a comma, a comma closes it, and it has no conjunction, object or clause of its own."""
    if cue.kind != "speech" or verb.dep_ != "advcl" or verb.head.i < verb.i:
        return False
    tensed = ("VBD", "VBZ", "VBP")
    if verb.tag_ not in tensed and not any(c.dep_ == "aux" and c.tag_ in tensed for c in verb.children):
        return False  # "Asked about it, ...": a participle shares the main clause's subject
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
        return False
    end = verb.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return False
    return not any(c.dep_ in ("mark", "cc", "ccomp", "xcomp", "dobj") for c in verb.children)


def _ends_sentence(verb: Token) -> bool:
    doc = verb.doc
    end = sent_range(verb)[1]
    return all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : end])


def inverted_source(verb: Token) -> Token | None:
    """ "The search would go on, added the official.": after a content set off before it, a cue with no
    subject of its own has its subject after it (quotative inversion), which the parser reads as an object."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() in _ADDRESSING or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    before = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    # "Prices will rise, warned the governor.": the parser may make the cue a conjunct of the content.
    hung = verb.dep_ in ("advcl", "conj") and verb.head.i < verb.i and _ends_sentence(verb)
    if not (before or hung) or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    after = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return after if after is not None and after.pos_ in ("NOUN", "PROPN") else None


def settle(verb: Token, cue: VerbCue, ranges: list[tuple[int, int]], cues: QuoteCues | None) -> list[tuple[int, int]]:
    """The content's edges as the reporting clause sets them: the cue's own adjuncts the parser hung on the
    reported clause are the cue's; a second source's report after a contrasting conjunction is not part of
    the first's; the condition on what is warned of is part of the warning."""
    out = []
    for start, end in ranges:
        if end <= verb.i and _own_object(verb, cue, cues):
            continue
        if start > verb.i:
            start = _with_subject(verb, cue, _past_own_adjuncts(verb, start, end), end)
            end = _before_second_report(verb, start, end, cues)
        out.append((start, end))
    if len(out) == 1 and out[0][1] <= verb.i:
        out.extend(_second_half(verb, cues))
    return _with_condition(verb, cue, out)


def _second_half(verb: Token, cues: QuoteCues | None) -> list[tuple[int, int]]:
    """ "The ceasefire is holding, said the U.N. envoy, and aid convoys have reached the northern towns.": a
    reporting clause set off by commas on both sides is a parenthesis inside the report, so a clause
    conjoined after it, with a subject of its own, is the report's second half, which the parser hangs on
    the cue, when it keeps the first half's tense ("..., the minister said, and the markets fell" goes back to
    the writer's narrative). A conjunct with no subject ("..., the minister said, and left the room") may be
    the source's next act, and one that is a cue ("..., he said, and added that ...") is."""
    doc = verb.doc
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
    if conj is None or (cues is not None and conj.lemma_.lower() in cues.verbs):
        return []
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
        return []
    cc = next((c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i), None)
    if cc is None or doc[cc.i - 1].text != "," or conj.left_edge.i != cc.i + 1:
        return []
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return []  # the cue's own complement: "said nothing, and ..."
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if first is None or _tense(first) != _tense(conj):
        return []
    return [(cc.i, conj.right_edge.i + 1)]


def _tense(clause: Token) -> str:
    """A clause's tense as the sequence of tenses reads it: modal, present (perfect included) or past."""
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    if any(v.tag_ == "MD" for v in verbs):
        return "modal"
    if any(v.tag_ in ("VBZ", "VBP") for v in verbs):
        return "present"
    return "past" if any(v.tag_ == "VBD" for v in verbs) else ""


def _with_subject(verb: Token, cue: VerbCue, start: int, end: int) -> int:
    """ "said the secretary-general was deeply concerned": a finite reported clause has a subject; when the
    parser hangs the noun phrase between the cue and the clause's verb on the cue instead, that phrase is the
    clause's subject (not so for the one told, "told reporters ...")."""
    doc = verb.doc
    clause = doc[start]
    if cue.target or start <= verb.i + 1 or clause.pos_ not in ("AUX", "VERB") or clause.head.i != verb.i:
        return start
    if clause.tag_ not in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return start
    phrase = doc[verb.i + 1]
    while phrase.head.i != verb.i and verb.i < phrase.head.i < start:
        phrase = phrase.head
    if phrase.head.i != verb.i or phrase.pos_ not in ("NOUN", "PROPN") or phrase.left_edge.i != verb.i + 1:
        return start
    return verb.i + 1 if phrase.right_edge.i + 1 == start else start


def _own_object(verb: Token, cue: VerbCue, cues: QuoteCues | None) -> bool:
    """ "Troops took the bridge, the army reported heavy losses.": a reporting clause set after its content
    leaves its object unsaid (the content is what it reports); one with an object of its own after a comma
    is a second clause, not the source of the first (the one told, "..., officials told the AP", the one
    quoted, "..., the agency quoted Smith as saying", and an inverted source, "..., added the official", are
    no such object)."""
    quoting = cues.quoting_verbs if cues is not None else frozenset({"quote", "cite"})
    if cue.target or verb.lemma_.lower() in quoting or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME")
        for c in verb.children
    )


def _past_own_adjuncts(verb: Token, start: int, end: int) -> int:
    """ "said late on Wednesday the president had signed ...", "would say only that ...": with no "that"
    before it, a reported clause begins at its subject, so a phrase of time or place between the cue and that
    subject tells when or where it was said; "only" before "that" limits the saying."""
    doc = verb.doc
    if start == verb.i + 1 and doc[start].lower_ == "only" and start + 1 < end and doc[start + 1].lower_ == "that":
        return start + 2
    first = doc[start]
    if first.dep_ not in ("prep", "npadvmod") or first.head.i <= first.i or first.head.i >= end:
        return start
    clause = first.head
    if any(c.dep_ == "mark" for c in clause.children):
        return start
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i), None)
    if subject is None or first.right_edge.i + 1 != subject.left_edge.i:
        return start
    if not any(t.ent_type_ in ("DATE", "TIME", "GPE", "LOC") for t in first.subtree):
        return start
    return subject.left_edge.i


def _before_second_report(verb: Token, start: int, end: int, cues: QuoteCues | None) -> int:
    """The content ends before an adverbial clause inside it that is a report of its own, by a source of its
    own, set beside the first by a contrasting conjunction ("The army said 12 rebels had been killed, while
    the rebels said they had lost two men"): the writer sets two sources side by side."""
    doc = verb.doc
    for k in range(start, end):
        tok = doc[k]
        if tok.dep_ not in ("advcl", "conj") or tok.i == verb.i or not _speech(tok, cues):
            continue
        opener = next((c for c in tok.children if c.dep_ in ("mark", "cc") and c.lower_ in _CONTRASTING), None)
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if opener is None or subject is None or opener.i > subject.i or tok.left_edge.i <= start:
            continue
        cut = min(opener.i, tok.left_edge.i)
        while cut > start and doc[cut - 1].is_punct:
            cut -= 1
        return cut
    return end


def _speech(tok: Token, cues: QuoteCues | None) -> bool:
    lemma = tok.lemma_.lower()
    if cues is None:
        return lemma in ("say", "tell", "report", "add", "claim")
    cue = cues.verbs.get(lemma)
    return cue is not None and cue.kind == "speech" and "clause" in cue.content


def _with_condition(verb: Token, cue: VerbCue, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "warned of a supply crunch if investment did not pick up": the parser hangs the condition on the cue,
    but one warns of a consequence under a condition, not conditionally; the condition is what was warned."""
    if "of" not in cue.content or len(ranges) != 1:
        return ranges
    start, end = ranges[0]
    for clause in verb.children:
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        if clause.dep_ == "advcl" and mark is not None and mark.lower_ in _CONDITIONS and clause.left_edge.i == end:
            return [(start, clause.right_edge.i + 1)]
    return ranges


def self_named(verb: Token, cue: VerbCue) -> bool:
    """ "a group calling itself the Islamic Army in Iraq": a verb of naming with a reflexive object and a
    proper name as the name gives a name someone goes by, no verdict ("called himself a victim" is one)."""
    if cue.lemma not in _NAMING or not any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVE for c in verb.children):
        return False
    named = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp", "ccomp") and c.i > verb.i]
    return any(c.pos_ == "PROPN" for c in named)
