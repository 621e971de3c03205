"""Contents the small parser misreads, put back together: what a cue says when the parse splits or
hangs it elsewhere. Each reading is of a common attribution the parse breaks in one known way:

- a to-clause with its own subject read as a clause ("want the party to say so"): `own_subject_to`;
- a finding told as an object with what is found after it ("A poll found Clinton ahead by five
  points"): `finding`;
- a past-tense cue read as an adjective of its object ("Trump promised tax cuts"): `object_as_head`;
- the reported clause after the one told read as a relative clause on them ("told the convention
  that Trump had sacrificed nothing"): `that_clause_read_as_relative`;
- the object of a verb of calling holding its own verdict ("called the race rigged", "calling Trump a
  con artist"): `verdict_in_object`;
- the preposition of a phrasal cue hung on the place or the people spoken to ("spoke on the Senate floor
  about the nomination", "talked to reporters about the deal"): `prep_past_venue`;
- the to-clause of one told or urged hung on them as a modifier ("told a protester to leave"):
  `infinitive_on_addressee`;
- a reporting clause before a semicolon read as the complement of the one after it ("Comey said ...;
  Republicans said ..."): `across_semicolon`;
- a name that is also an English verb opening a sentence, read as an order whose object is the cue
  ("Trump hopes to win Ohio" read as "trump the hopes"): `name_read_as_verb`;
- the question of "asked if ..." read as a condition (an adverbial clause): `question_as_adverbial`;
- a second verb of the speaker read as the clause said ("said yes, then hedged"): `second_predicate`;
- what a verb of permission lets someone do read as a clause conceded ("allowed reporters to stay"):
  `permitted`;
- the rest of the modified clause hung on an "as" clause set inside it ("The nominee is, as Clinton said,
  unfit for the job"): `as_clause_end`.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.lexicon import QuoteCues, VerbCue
from newsgraph.understand.quotes.tokens import subtree_range, to_infinitive

_FINDING = frozenset({"find", "show", "suggest"})  # what a poll or a study reports


def own_subject_to(clause: Token) -> bool:
    """ "the party to say so": a to-infinitive with a subject of its own before it."""
    return to_infinitive(clause) and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)


# What a poll, a study or an inquiry finds or shows ("A poll found Clinton ahead in Ohio"), and the records and
# projections that show a state of things ("the budget office's projections show premiums rising").
_FINDERS = frozenset(
    {"poll", "survey", "study", "report", "analysis", "review", "investigation", "audit", "inquiry", "probe",
     "research", "data", "datum", "figure", "count", "tally", "census", "polling", "projection", "estimate",
     "forecast", "record", "filing", "document", "number", "statistic"}
)  # fmt: skip


def finding(verb: Token, cue: VerbCue) -> list[tuple[int, int]]:
    """ "A Quinnipiac poll found Clinton ahead of Trump by five points", "the report found no evidence
    that ...", "polls show the race tied": the finding of a poll or a study told as an object with what
    is found of it after it (a small clause the parser splits into an object and modifiers of the verb).
    The object and all that follows it in the verb's phrase are the finding."""
    if cue.lemma not in _FINDING:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if subject is None or obj is None or subject.lemma_.lower() not in _FINDERS:
        return []
    return [(obj.left_edge.i, verb.right_edge.i + 1)]


def object_as_head(verb: Token, cue: VerbCue) -> list[tuple[int, int]]:
    """ "Trump promised tax cuts for ...": a past-tense cue with its own subject that the parser hangs on
    its object noun as a modifier ("promised" read as an adjective of "cuts"); the noun phrase after it is
    the object."""
    if not {"object", "topic"} & cue.content or verb.dep_ != "amod" or verb.tag_ != "VBD":
        return []
    noun = verb.head
    if noun.i <= verb.i or noun.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return [(verb.i + 1, noun.right_edge.i + 1)]


_FILLED = frozenset({"dobj", "attr", "acomp", "oprd", "dative"})


def that_clause_read_as_relative(clause: Token) -> bool:
    """ "told the convention that Trump had sacrificed nothing": the reported clause the parser hangs on
    the one told as a relative clause. It is no relative when it has its own subject and the place "that"
    would fill is taken: the verb has an object or a complement besides it. The parser may also hang it as a
    clause of the noun with "that" as its conjunction ("telling a colleague that the bill was dead"), which
    on a person told is the clause told."""
    that = clause.left_edge
    if clause.dep_ not in ("relcl", "acl") or that.lower_ != "that" or that.i != clause.head.i + 1:
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i for c in clause.children)
    if clause.dep_ == "acl":
        # "makes such big promises that voters stop ...": after "so" or "such" the clause says what follows, not
        # what was told.
        result = any(t.lower_ in ("so", "such") for t in clause.head.subtree if t.i < clause.head.i)
        return subject and that.dep_ == "mark" and not result
    filled = any(c.dep_ in _FILLED and c.i != that.i for c in clause.children)
    return subject and filled


def verdict_in_object(obj: Token, people: frozenset[str]) -> bool:
    """The object of a verb of calling that holds its own verdict, as the parser reads two objects:
    "called the race rigged" (a participle or adjective right after the noun; not after a word for
    people, "called the witnesses seated at the table") or "calling Trump a con artist" (the name hung
    on the verdict noun, before its article)."""
    after = obj.lemma_.lower() not in people and any(c.dep_ in ("acl", "amod") and c.i == obj.i + 1 and c.tag_ in ("VBN", "JJ") for c in obj.children)
    name_first = any(
        c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and any(d.dep_ == "det" and c.i < d.i for d in obj.children)
        for c in obj.children
    )
    return after or name_first


# Where, before whom or to whom one speaks: "spoke on the floor about", "talked to reporters about".
_VENUE_PREPS = frozenset({"on", "at", "in", "to", "with", "before", "during"})


def prep_past_venue(verb: Token) -> list[Token]:
    """The prepositions the parser hung on the object of the verb's own phrase of place or audience, right
    after it ("spoke on the Senate floor about Garland's nomination": "about"), where they are the verb's. Not
    "of", the noun's own ("spoke on condition of anonymity" is no "spoke of")."""
    found = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _VENUE_PREPS or prep.i < verb.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            found += [
                c
                for c in obj.children
                if c.dep_ == "prep" and c.i > obj.i and c.lower_ != "of" and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
            ]
    return found


def preposition_elsewhere(verb: Token, cue: VerbCue, target: Token | None) -> list[tuple[int, int]]:
    """What a phrasal cue's preposition takes when the parser hung it off the verb: on the place or the
    audience ("spoke on the Senate floor about the nomination"), or on the one asked ("asked the candidates
    about the tax")."""
    if " " not in cue.lemma or "object" not in cue.content:
        return []
    if cue.target:
        preps = [p for p in target.children if p.dep_ == "prep"] if target is not None else []
    else:
        preps = prep_past_venue(verb)
    return [
        subtree_range(g)
        for p in preps
        if cue.lemma.endswith(" " + p.lower_)
        for g in p.children
        if g.dep_ in ("pobj", "pcomp")
    ]


# Nouns for the doer of an act ("protester", "senator", "activist", "historian"): someone one can tell.
_PERSON_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians")


def infinitive_on_addressee(target: Token | None, people: frozenset[str]) -> list[tuple[int, int]]:
    """ "Security guards told a protester to leave the rally": the parser hangs the to-clause of a verb
    that addresses someone on the one addressed (an acl), as if it said which protester. When the one
    addressed is a person (a name, a pronoun, a word for people), the person with the to-clause is what
    was asked of them, as "urged Congress to act" is read ("a plan to act" stays a noun's own clause)."""
    if target is None or not (
        target.pos_ in ("PROPN", "PRON")
        or target.lemma_.lower() in people
        or target.lower_.endswith(_PERSON_SUFFIXES)
    ):
        return []
    clause = next((c for c in target.children if c.dep_ == "acl" and to_infinitive(c) and c.i > target.i), None)
    return [] if clause is None else [(target.left_edge.i, clause.right_edge.i + 1)]


def across_semicolon(verb: Token, clause: Token) -> bool:
    """ "Comey said no prosecutor would bring the case; Republicans said he had gone easy": a semicolon
    joins two sentences, each with its own cue; a clause before it is never the content of a cue after it
    (a content set before its cue ends at a comma: "..., Republicans said")."""
    if clause.i > verb.i:
        return False
    return any(t.text == ";" for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def name_read_as_verb(noun: Token, cues: QuoteCues) -> Frame | None:
    """ "Trump hopes to win Pennsylvania", "Trump plans to visit Mexico": the small parser reads a surname that
    is also a verb, opening a sentence, as an order ("trump!") and the cue verb after it as its plural object,
    with the cue's to-clause or clause hung on that noun (or on the name). A capitalised word opening the
    sentence, read as its root with the bare plural of a cue verb right after it as its object, and a
    to-clause or a clause after them, is the source, the cue and the content the sentence states."""
    name = noun.head
    cue = cues.verbs.get(noun.lemma_.lower())
    if (
        cue is None
        or noun.tag_ != "NNS"
        or noun.dep_ != "dobj"
        or name.i != noun.i - 1
        or not (name.is_sent_start and name.is_title and name.dep_ == "ROOT" and name.pos_ in ("VERB", "NOUN"))
        or any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)
    ):
        return None
    # The cue's clause hangs on the cue read as a noun, or on the name read as the sentence's verb.
    after = [c for c in (*noun.children, *name.children) if c.i > noun.i]
    clause = next((c for c in after if c.dep_ in ("acl", "advcl", "xcomp", "ccomp", "relcl")), None)
    if clause is None or (
        clause.dep_ in ("acl", "advcl", "xcomp") and not (to_infinitive(clause) and "infinitive" in cue.content)
    ):
        return None
    return Frame(noun, cue.lemma, cue.kind, noun.text, (name.i, name.i + 1), name, [subtree_range(clause)])


_ASKING = frozenset({"ask", "wonder", "inquire", "question"})


def question_as_adverbial(cue: VerbCue, clause: Token) -> bool:
    """ "Asked if he would support the nominee, ...": after a verb of asking, "if" opens the question asked,
    which the parser reads as a condition."""
    return cue.lemma in _ASKING and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children)


def second_predicate(verb: Token, clause: Token) -> bool:
    """ "Kasich said yes, then hedged": a finite verb with no subject of its own, set off by a comma after the
    cue, is the speaker's next act, which the parser hangs on the cue as the clause said."""
    if clause.i < verb.i or clause.tag_ not in ("VBD", "VBZ"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in clause.children):
        return False
    return any(t.text == "," for t in verb.doc[verb.i + 1 : clause.left_edge.i + 1])



def as_clause_end(verb: Token) -> int:
    """Where the "as" clause of `verb` ends: after the comma that closes it when the parser hung words after
    that comma on it ("The nominee is, as Clinton said on Monday, unfit for the job": "unfit" is the modified
    clause's, not Clinton's clause's), else after its last word."""
    end = verb.right_edge.i + 1
    comma = next((c for c in verb.rights if c.dep_ == "punct" and c.text == ","), None)
    if comma is not None and any(c.i > comma.i for c in verb.children):
        return comma.i + 1
    return end


# Verbs that concede a claim with a that-clause ("allowed that he erred", "granted that ...") and permit an act
# with a to-clause.
_PERMITTING = frozenset({"allow", "grant"})


def permitted(verb: Token, clause: Token) -> bool:
    """ "The judge allowed reporters to stay": a to-clause after a verb of permission (with its own subject or
    not) is what was permitted, which the parser may read as a clause; only a that-clause is a claim conceded."""
    return verb.lemma_.lower() in _PERMITTING and to_infinitive(clause)
