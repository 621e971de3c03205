"""What a cue says: the content a reporting verb governs, read off the dependency parse.

The content is the cue verb's clausal complement (ccomp: "said that ..."), its to-clause (xcomp: "urged X to
..."), its object or "of" phrase ("accused X of ..."), the verdict of "called X a disgrace", or, when the cue
follows the content ("..., he said."), the clause the cue verb hangs from. Where the small parser is known to
break (a reported clause made adverbial or a second subject, a reporting verb coordinated inside what was
said), the misparse is read as the complement it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.understand.quotes import misparsed, reporting, tagging
from newsgraph.understand.quotes.attached import (
    charge_on_agent,
    charge_on_object,
    cue_noun_objects,
    deed_on_object,
)
from newsgraph.understand.quotes.gerunds import bare_gerund, gerund_after_to
from newsgraph.understand.quotes.lexicon import QuoteCues, VerbCue
from newsgraph.understand.quotes.proforms import pro_form_content
from newsgraph.understand.quotes.relatives import relative_content
from newsgraph.understand.quotes.senses import other_sense
from newsgraph.understand.quotes.tokens import minus, sent_range, subtree_range, to_infinitive, trim
from newsgraph.understand.quotes.verdicts import passive_verdict

FINITE = frozenset({"VBD", "VBZ", "VBP"})
_COORDINATED_CUES = frozenset(
    {"say", "tell", "add", "report", "state", "announce", "warn", "urge", "insist", "deny", "accuse",
     "promise", "vow", "threaten", "ask", "demand", "argue", "note", "stress", "claim", "call",
     "predict", "acknowledge", "admit", "suggest", "explain", "complain", "concede", "contend",
     "assert", "pledge", "confirm", "declare", "maintain", "reiterate", "emphasize", "write"}
)  # fmt: skip
_COMPLEMENTIZERS = frozenset({"that", "if", "whether", "why", "how"})
_SAY_LIKE = frozenset({"say", "tell", "report", "quote", "write", "add", "state"})
_FINDING = frozenset({"find", "show", "suggest"})  # what a poll or a study reports
_ADVERBIAL_THAT = frozenset({"so", "such", "now", "given", "except", "provided"})
# Participles that go on with a report already begun ("..., adding that ..."); "saying"
# is left out: "vetoed the bill, saying ..." gives the vetoing subject's reason.
_CONTINUING = frozenset({"add", "note", "stress", "emphasize", "emphasise", "reiterate", "explain"})
# Of those, the one that says something new, not only goes on with what was said: it is the
# speaker's only when no one else in the reported clause could have said it (`_speaker_goes_on`).
_FRESH = frozenset({"explain"})
_SPEAKING_NAMES = frozenset({"PERSON", "NORP", "ORG"})
# Nouns for the doer of an act ("driver", "protester", "investor", "activist", "guardian").
_PERSON_SUFFIXES = ("er", "or", "ist", "ian")
# Reports a continuing participle goes on from: verbs of saying, and those of ruling, finding and
# arguing a claim ("ruled that the law was void, explaining that ...").
_GOES_ON_FROM = _SAY_LIKE | {"rule", "find", "conclude", "argue", "contend", "testify", "claim", "insist"}


@dataclass
class _Said:
    """What the children of one cue verb say, gathered in order (token ranges)."""

    content: list[tuple[int, int]] = field(default_factory=list)
    quoted_only: list[tuple[int, int]] = field(default_factory=list)
    target: Token | None = None
    complement: Token | None = None
    people: frozenset[str] = frozenset()  # words for people: an object naming one is no thing judged
    texts: frozenset[str] = frozenset()  # words for texts: an object naming one is a thing judged
    gatherings: frozenset[str] = frozenset()  # an audience: the one addressed, not a topic
    judged: Token | None = None  # the object a verb of judgment judges ("attacked his record")


def content_of(
    verb: Token, cue: VerbCue, speaker_start: int | None = None, cues: QuoteCues | None = None
) -> tuple[list[tuple[int, int]], list[tuple[int, int]], Token | None]:
    """The content of `verb` as cue `cue` reads it, the content that counts only inside quotation marks (see
    `Frame.quoted_only`), and the one addressed or talked about (`target`). `cues` tells words for people
    from words for texts, for the objects of verbs of judgment."""
    said = _Said()
    if cues is not None:
        said.people, said.texts, said.gatherings = cues.people_nouns, cues.text_nouns, cues.gatherings
    for child in verb.children:
        _read_child(said, verb, cue, child)
    _read_object(said, verb, cue)
    if said.judged is not None and not said.content:
        said.content.append(_with_complements(verb, said.judged))
    content = said.content or _passive_object(said, verb, cue) or misparsed.object_as_head(verb, cue) or misparsed.finding(verb, cue) or charge_on_object(verb, cue, said.people) or charge_on_agent(verb, cue, said.people) or deed_on_object(verb, cue, said.people) or relative_content(verb, cue) or passive_verdict(verb, cue.kind, cue.content)
    if cue.holder and "object" in cue.content and " " not in cue.lemma and _gives_with(verb):
        # "supported the farmers with cash", "favoured the town with a visit": with what is
        # given named, the verb tells of help, not of a stance.
        content = []
    if not content:
        content = reporting.content_before(verb, cue, speaker_start)
    if not content and "clause" in cue.content:
        content = (
            _subject_as_content(verb)
            or _clause_on_phrase(verb)
            or _inverted_complement(verb)
            or tagging.clause_read_as_modifier(verb)  # "warned that the shutdown could last weeks"
            or (_as_clause(verb) if cue.kind == "speech" else [])
        )
    content = [r for r in (trim(verb.doc, s, e) for s, e in reporting.settle(verb, cue, content, cues)) if r[1] > r[0]]
    if not content and not said.quoted_only:
        content = pro_form_content(verb, cue)  # "said so", "denied it", "said that again"
    return content, said.quoted_only, said.target


def _read_child(said: _Said, verb: Token, cue: VerbCue, child: Token) -> None:
    dep = child.dep_
    if dep == "dobj" and cue.lemma.endswith(" " + child.lower_):
        said.content.extend(cue_noun_objects(child))  # "took aim at", "claimed responsibility for"
        return
    if dep in ("ccomp", "oprd") and cue.lemma.endswith(" " + child.lower_):
        # "made (it) clear that ...": the adjective of the phrasal cue is no content; the
        # clause the parser hangs on it is.
        said.content.extend(subtree_range(c) for c in child.children if c.dep_ in ("ccomp", "advcl"))
    elif dep == "ccomp" and "clause" in cue.content and not (cue.kind != "speech" and _question(child)):
        clause = None if _after_own_object(verb, cue, child) else _complement(verb, child, said.people)
        if clause is not None:
            said.content.append(clause)
    elif (
        (dep == "advcl" and "clause" in cue.content and _misparsed_complement(verb, child))
        or (dep == "advcl" and misparsed.question_as_adverbial(cue, child))
        or (dep == "advcl" and _misparsed_request(verb, cue, child))
        or (
            dep == "xcomp"
            and "infinitive" in cue.content
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            and not (cue.kind != "speech" and _question(child))  # "decide how to vote": no plan yet
        )
        # "opposes raising taxes": a gerund is the stance's object; "admitted taking it": a clause, in short.
        or (dep == "xcomp" and {"object", "clause"} & cue.content and bare_gerund(child))
        # "want the party to say so", "expects the Senate to act": a to-clause with its own subject,
        # which the parser reads as a clause (ccomp) -- what the source wants of someone else.
        or (dep == "ccomp" and "infinitive" in cue.content and "clause" not in cue.content and misparsed.own_subject_to(child))
    ):
        said.content.append(subtree_range(child))
    elif dep == "dobj" and _judged(said, cue, child):
        said.judged = child
        said.target = said.target or (child if cue.target else None)
    elif dep in ("dobj", "dative") and cue.target and child.pos_ in ("PROPN", "PRON", "NOUN"):
        if dep == "dobj" and "as" in cue.content and said.target is not None and said.target.i < child.i:
            said.complement = child  # "called the rules a disaster": the parser's second object
        elif said.target is None or dep == "dative":
            said.target = child
        if dep == "dobj" and "quoted" in cue.content:
            # "attacked “the hateful ideology ...”": what was attacked, in the speaker's words.
            said.quoted_only.append(subtree_range(child))
    elif dep == "dobj" and ("object" in cue.content or _small_clause(child, cue)):
        said.content.append(_with_complements(verb, child))
    elif dep == "dobj" and "quoted" in cue.content:
        said.quoted_only.append(subtree_range(child))
    elif dep in ("oprd", "attr", "acomp") and "as" in cue.content:
        earlier = said.complement
        if said.target is None and earlier is not None and earlier.pos_ in ("PROPN", "PRON", "NOUN"):
            said.target = earlier  # "called Trump dangerous": the parser reads both as predicates
        said.complement = child
    elif dep == "prep" and said.target is not None and _blamed_for(cue, said.target, child):
        # "criticized the administration for its handling of ...": who is blamed and for what.
        said.content.append((said.target.left_edge.i, child.right_edge.i + 1))
    elif dep == "prep" and (_stance_prep(verb, cue, child) or (child.lower_ == "of" and "of" in cue.content) or ("clause" in cue.content and gerund_after_to(child))):
        said.content.extend(subtree_range(g) for g in child.children if g.dep_ in ("pcomp", "pobj"))
    elif dep == "prep" and child.lower_ == "as" and "as" in cue.content:
        # "portrayed the governor as soft on crime": an adjective verdict hangs from "as" as a modifier.
        verdicts = ("pobj", "pcomp", "amod", "acomp")
        said.complement = next((g for g in child.children if g.dep_ in verdicts), said.complement)


_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})


def _judged(said: _Said, cue: VerbCue, obj: Token) -> bool:
    """ "criticized the decision", "highlighted the need for ...": the object of a verb of judgment or of
    communication about a topic is what was judged or told of when it is a common noun and names no person
    ("criticized the mayor" names whom). For a verb that also names physical acts ("attacked", "defended"),
    only an object naming someone's deed, idea or text -- with a possessor or an "of" phrase, or a text --
    is judged: "attacked his rival's record", not "attacked an army base"."""
    if not {"topic", "judged"} & cue.content:
        return False
    if obj.pos_ != "NOUN" or obj.ent_type_ in _NAMES or obj.lemma_.lower() in said.people:
        return False
    if cue.target and obj.lemma_.lower() in said.gatherings:
        return False  # "addressed a joint meeting of Congress": the audience spoken to
    if other_sense(obj):
        return False  # "valued the stake at $2 billion": a price put on it, no esteem
    if "topic" in cue.content:
        return True
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in obj.children)
    return owned or obj.lemma_.lower() in said.texts


# Prepositions that take a noun's own complement ("his agenda for his first 100 days", "a challenge to
# the senator"), which the small parser often hangs on the verb; "in", "at", "during" tell where and when.
_NOUN_COMPLEMENTS = frozenset({"for", "to", "on", "about", "against", "over", "of"})


def _with_complements(verb: Token, obj: Token) -> tuple[int, int]:
    """The object with the complements of its noun the parser hung on the verb right after it."""
    start, end = subtree_range(obj)
    for child in verb.rights:
        adjoins = child.i >= end and child.dep_ == "prep" and child.left_edge.i == end
        if adjoins and child.lower_ in _NOUN_COMPLEMENTS and not any(is_duration(g) for g in child.children):
            end = child.right_edge.i + 1
    return start, end


def _gives_with(verb: Token) -> bool:
    """The verb has an object and then a "with" phrase naming what was given. A name after "with" is
    no gift but the object's partner, which the parser hangs on the verb ("opposed trade deals with
    China")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and c.i > obj.i
        and not any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_) for g in c.children)
        for c in verb.children
    )


_WH_WORDS = frozenset({"how", "when", "where", "what", "which", "who", "whom", "whether"})


def _question(clause: Token) -> bool:
    """ "consider whether to ...", "learn if ...", "decide whether ...", "decide how to vote": a question is
    weighed or waited on, not believed or intended."""
    if clause.left_edge.lower_ in _WH_WORDS and to_infinitive(clause):
        return True
    return clause.left_edge.lower_ in ("whether", "if") or any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children
    )


def _misparsed_request(verb: Token, cue: VerbCue, clause: Token) -> bool:
    """ "challenged its rival to release ...": the parser reads the to-clause right after the
    one addressed as one of purpose; after a cue that asks something of someone it is what was
    asked."""
    if "infinitive" not in cue.content or not cue.target:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    addressed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return addressed is not None and clause.left_edge.i == addressed.right_edge.i + 1


def _blamed_for(cue: VerbCue, target: Token, prep: Token) -> bool:
    """ "criticized X for Y", "praised X for Y", "criticized X over Y", "attacked X on trade": a verb of
    praise or blame reports a judgment when a "for", "over" or "on" phrase after its object names the
    deed or the issue; "for years", "on Monday" tell how long or when. So does a stance verb whose
    object is the one it judges ("blamed the president for the shutdown")."""
    judges = "quoted" in cue.content or ("object" in cue.content and cue.target)
    if not judges or prep.lower_ not in ("for", "over", "on") or prep.i < target.i:
        return False
    what = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    if what is None or is_duration(what):
        return False
    # "attacked the rebels on the outskirts", "a convoy on the road to Kandahar", "in Basra": with a
    # verb that also names a physical act, "on"/"over" a spot or a place says where it happened, not
    # the issue judged. A verb of judgment alone judges over a place too ("criticised China over Taiwan").
    if prep.lower_ == "for" or "judged" not in cue.content:
        return True
    return what.lemma_.lower() not in _SPOTS and what.ent_type_ not in ("GPE", "LOC", "FAC")


_SPOTS = frozenset(
    {"outskirts", "outskirt", "road", "highway", "street", "edge", "border", "frontier", "front", "side", "coast",
     "bank", "island", "route", "way", "bridge", "hill", "ridge", "field", "ground", "sea", "river", "city", "town"}
)


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "while"})


def is_duration(tok: Token) -> bool:
    """ "for ten minutes", "for an hour", "for years": how long, not what for."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in _TIME_UNITS


_AFTER_PARTICLE = frozenset({"at", "against", "on", "about", "with"})
# "looked ahead to the campaign", "looks forward to the debate": after a particle of time the object comes with
# "to" (after others "to" names whom one speaks to: "spoke out to reporters").
_AHEAD = frozenset({"ahead", "forward"})


def _stance_prep(verb: Token, cue: VerbCue, prep: Token) -> bool:
    """ "argued for X", "ruled against X", "blamed Y for X": a "for"/"against" phrase is the
    content of a cue that takes it as a particle or after its object; elsewhere it tells how
    long or why ("applauded for ten minutes")."""
    # "lashed out at the judge", "took aim at his record": a phrasal cue's object follows its second word.
    after_particle = " " in cue.lemma and prep.i > 0 and verb.doc[prep.i - 1].lower_ == cue.lemma.split()[-1]
    particle = cue.lemma.split()[-1]
    follows = prep.lower_ in _AFTER_PARTICLE or (prep.lower_ == "to" and particle in _AHEAD)
    own = cue.lemma.endswith(" " + prep.lower_) or (after_particle and follows)
    if (prep.lower_ not in ("for", "against") and not own) or "object" not in cue.content:
        return False
    if any(is_duration(g) for g in prep.children if g.dep_ == "pobj"):
        return False  # "argued for an hour"
    # "was blamed for X": the passive subject is the object the phrase follows.
    return own or any(c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i for c in verb.children)


def _complement(verb: Token, child: Token, people: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The range of a clausal complement (ccomp) of the cue verb, None when it is none after all."""
    if (
        (child.i < verb.i or _trailing_source(verb, child))
        and child.lemma_.lower() in _SAY_LIKE | _FINDING
        and any(c.dep_ == "nsubj" for c in child.children)
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in child.children)
    ):
        # "It said Pezeshkian, on a visit, said ...", "Voters think X, a poll found": the parser hangs the
        # outer reporting clause under the inner verb; it is a source, not content.
        return None
    if misparsed.across_semicolon(verb, child) or misparsed.second_predicate(verb, child) or misparsed.permitted(verb, child):
        return None
    if child.left_edge.pos_ == "SCONJ" and child.left_edge.lower_ not in _COMPLEMENTIZERS:
        # "told Stumpf, after he admitted ...": a misattached adverbial clause.
        return None
    start, end = subtree_range(child)
    for conj in child.children:
        outer = coordinated_report(conj) if conj.i > child.i else None
        if outer is not None and outer.i == verb.i:
            end = min(end, conj.left_edge.i)
    going_on = _continuing_participle(child, verb, people)
    if going_on is not None:
        end = min(end, going_on.left_edge.i - 1)
    return start, end


def _after_own_object(verb: Token, cue: VerbCue, clause: Token) -> bool:
    """ "declared a $916 million loss ..., a deduction so large it could ...": a cue that addresses no
    one and has an object before the clause uses the verb in another sense (a loss declared, a plan
    announced); the clause the parser hangs on it belongs inside the object's phrase."""
    if cue.target or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False  # "anticipated that turnout would ...": the clause's subject read as the object
    return any(c.dep_ == "dobj" and c.pos_ != "PRON" and verb.i < c.i < clause.i for c in verb.children)


def _trailing_source(verb: Token, child: Token) -> bool:
    """A clause after a comma that follows the cue's own complement (", a new poll found"): the report's
    source set after it, not a second thing said."""
    first = child.left_edge  # the parser may hang the comma on the clause itself
    before = first if first.text == "," else child.doc[first.i - 1] if first.i > 0 else None
    return (
        before is not None
        and before.text == ","
        and any(c.dep_ == "ccomp" and c.i < child.i for c in verb.children if c.i != child.i)
    )


def _read_object(said: _Said, verb: Token, cue: VerbCue) -> None:
    """What the parser hung on the object instead of the verb: an "of" phrase, a verdict."""
    target = said.target
    if not said.content:
        said.content.extend(misparsed.preposition_elsewhere(verb, cue, target))
    if not said.content and "of" in cue.content and target is not None:
        # "accused the opposition of sabotaging ...": the parser often hangs "of" on the object.
        for prep in target.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                said.content.extend(
                    subtree_range(g)
                    for g in prep.children
                    if g.dep_ in ("pcomp", "pobj") and g.pos_ == "VERB"
                )
    if not said.content and "clause" in cue.content and target is not None:
        said.content.extend(subtree_range(c) for c in target.children if misparsed.that_clause_read_as_relative(c))
    if not said.content and "infinitive" in cue.content:
        said.content.extend(misparsed.infinitive_on_addressee(target, said.people))
    if said.complement is None and target is not None and "as" in cue.content:
        # "called the plan “a disgrace”": the verdict is often parsed as the object's appositive.
        said.complement = next((c for c in target.children if c.dep_ in ("appos", "oprd")), None)
        # "derided the senator as a loser": the parser hangs the "as" phrase on the object.
        said.complement = said.complement or next(
            (g for c in target.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"),
            None,
        )
        if said.complement is None and misparsed.verdict_in_object(target, said.people):
            said.content.append(subtree_range(target))
    if said.complement is not None and target is None and "as" in cue.content:
        # "called Trump unfit for office": the one judged parsed inside the verdict's phrase.
        first = said.complement.left_edge
        if first.i == verb.i + 1 and first.pos_ in ("PROPN", "PRON") and first.i < said.complement.i:
            said.content.append(subtree_range(said.complement))
    if said.complement is not None:
        # "called the deal “a disgrace”", "described X as Y": quoted words in the verdict are
        # the speaker's; with an object before it, "X ... Y" is what was said about X.
        complement = said.complement
        said.quoted_only.append(subtree_range(complement))
        if target is not None and verb.i < target.i < complement.i:
            # What qualifies the verdict goes with it ("called it a common ailment during campaigns").
            end = complement.right_edge.i + 1
            for child in verb.rights:
                if child.i >= end and child.dep_ in ("prep", "npadvmod") and child.left_edge.i == end:
                    end = child.right_edge.i + 1
            said.content.append((target.left_edge.i, end))


def _passive_object(said: _Said, verb: Token, cue: VerbCue) -> list[tuple[int, int]]:
    """ "The plan was rejected by the council", "the decision was criticized by Democrats": with its agent
    named, a passive cue's subject is what the agent supports, rejects or judges (the active verb's object,
    read as `_judged` reads it: "the mayor was criticized by ..." names whom), or the deed it is judged for
    ("the senator was criticized by Democrats for his vote": as `_blamed_for` reads the active; a "for" the
    parser hangs on the agent stays there, as the speaker's phrase would then hold it too)."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    # Only one judged has a deed judged: a thing is itself what is judged ("the plan was criticized by Democrats
    # for its cost" judges the plan, as "Democrats criticized the plan for its cost" does).
    named = subject is not None and (subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in _NAMES)
    one = subject if named or (subject is not None and subject.lemma_.lower() in said.people) else None
    deed = one and next((p for p in verb.children if p.dep_ == "prep" and _blamed_for(cue, one, p)), None)
    if deed is not None:
        return [subtree_range(g) for g in deed.children if g.dep_ in ("pobj", "pcomp")]
    if not {"object", "topic", "judged"} & cue.content or subject is None or subject.pos_ == "PRON":
        return []
    return [subtree_range(subject)] if "object" in cue.content or _judged(said, cue, subject) else []


def _subject_as_content(verb: Token) -> list[tuple[int, int]]:
    """ "The talks stalled, people familiar with the matter told the AP.": the parser makes the
    reported clause a second subject; set off by a comma, it is the content."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    first = subjects[0] if len(subjects) == 2 else None
    if (
        first is not None
        and doc[first.right_edge.i + 1].text == ","
        and first.right_edge.i + 1 < subjects[1].i
    ):
        return [subtree_range(first)]
    return []


def _clause_on_phrase(verb: Token) -> list[tuple[int, int]]:
    """ "told lawmakers in a letter that agents had found ...", "said in a statement that ...":
    the parser hangs the that-clause on the noun before it as a relative clause; one opened by
    "that" as a conjunction, with a subject of its own, is the cue's complement."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        # The first such clause in the phrase ("said in a letter that she sent on Friday that
        # the bill would fail": the relative "that" is no conjunction, the second one is).
        for clause in prep.subtree:
            if clause.dep_ in ("relcl", "acl", "ccomp") and _that_clause(clause):
                return [subtree_range(clause)]
    return []


def _inverted_complement(verb: Token) -> list[tuple[int, int]]:
    """ "..., after he admitted under questioning he had not been disciplined": with a phrase
    between, the small parser may make the reported clause the head and the cue an adverbial
    clause hanging from it. A clause that follows the cue's own words, with a subject of its
    own and no conjunction, is what the cue reports."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i < verb.i or head.pos_ not in ("VERB", "AUX"):
        return []
    if not any(c.dep_ == "mark" for c in verb.children):
        return []  # the misparse keeps the cue's own conjunction ("after") on the cue
    start = verb.right_edge.i + 1
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != start or any(c.dep_ == "mark" for c in head.children):
        return []
    return [(start, head.right_edge.i + 1)]


def _that_clause(clause: Token) -> bool:
    """The clause opens with "that" as a conjunction (a mark, or tagged IN where the parser
    took it for the relative's object) and has a subject of its own."""
    mark = next(
        (c for c in clause.children if c.dep_ == "mark" or (c.tag_ == "IN" and c.lower_ == "that")), None
    )
    subject = any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who") for c in clause.children
    )
    return mark is not None and mark.i == clause.left_edge.i and _complementizer_that(mark) and subject


def _as_clause(verb: Token) -> list[tuple[int, int]]:
    """ "As the minister noted, the reforms are overdue": a speech cue in an "as" clause set off by
    commas, with no complement of its own, reports the clause it modifies ("As he said goodbye" has one; a belief
    is left out: "shares fell as traders worried" is when, not what, they thought)."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return []
    # "As X put it": "it" stands for the clause reported, not an object of its own.
    # "As the minister told parliament": the one told is addressed, not said.
    if any(
        c.dep_ in ("dobj", "ccomp", "xcomp") and not _put_it(verb, c) and not _told(verb, c)
        for c in verb.children
    ):
        return []
    head = verb.head
    lo, hi = sent_range(head)
    # Set off by commas ("As X noted, ...", "..., as X noted, ..."): an "as" clause run into the
    # sentence is one of time or manner ("Shares fell as the bank warned").
    left, right = verb.left_edge.i, misparsed.as_clause_end(verb)
    doc = verb.doc
    before = left == lo or doc[left - 1].text == ","
    after = doc[right - 1].text == "," or right >= hi or doc[right].text == "," or doc[right].is_punct
    if not (before and after):
        return []
    whole = (max(head.left_edge.i, lo), min(head.right_edge.i + 1, hi))
    return minus(whole, (left, right))


def continued_report(verb: Token, people: frozenset[str] = frozenset()) -> Token | None:
    """The reporting verb a continuing participle goes on from, when the parser hung the
    participle on the reported clause ("said the vote would pass, adding that ..."). `people`
    are words for people (see `_continuing_participle`)."""
    clause = verb.head
    if clause.dep_ != "ccomp":
        return None
    going_on = _continuing_participle(clause, clause.head, people)
    return clause.head if going_on is not None and going_on.i == verb.i else None


def _put_it(verb: Token, child: Token) -> bool:
    return verb.lemma_.lower() == "put" and child.dep_ == "dobj" and child.lower_ == "it"


def _told(verb: Token, child: Token) -> bool:
    return verb.lemma_.lower() == "tell" and child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN", "PRON")


def coordinated_report(verb: Token) -> Token | None:
    """ "X said the law was illegal and urged Y to veto it": the parser joins "urged" to the
    reported clause ("was"); a reporting verb without a subject coordinated inside what was
    said belongs with the verb that reported it. Returns that outer reporting verb."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in _COORDINATED_CUES:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clause = verb.head
    outer = clause.head
    if clause.dep_ == "ccomp" and outer.i < clause.i and outer.lemma_.lower() in _COORDINATED_CUES:
        return outer
    return None


def _misparsed_complement(verb: Token, clause: Token) -> bool:
    """ "Trump said after the convention he would not ...": the small parser often makes the
    reported clause an adverbial one when a phrase stands between. A finite clause with its
    own subject and no subordinating conjunction after a speech verb is its complement; so is
    one opened by a bare "that" ("tweeted late Wednesday that ..."), which opens no adverbial
    clause unless "so", "such" or "now" stands before it."""
    if clause.i < verb.i:
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    if marks and not (len(marks) == 1 and _complementizer_that(marks[0])):
        return False
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    finite = clause.tag_ in FINITE or any(
        c.dep_ == "aux" and c.tag_ in ("MD", *FINITE) for c in clause.children
    )
    return has_subject and finite


def _complementizer_that(mark: Token) -> bool:
    """ "that" opening a clause, not "so that", "such that", "now that"."""
    before = mark.doc[mark.i - 1].lower_ if mark.i > 0 else ""
    return mark.lower_ == "that" and before not in _ADVERBIAL_THAT


def _small_clause(child: Token, cue: VerbCue) -> bool:
    """ "Polls show the race tightening": a gerund object with its own subject before it is the
    clause a speech cue reports (the small parser hangs the subject on the gerund)."""
    if cue.kind != "speech" or "clause" not in cue.content or child.tag_ != "VBG":
        return False
    return any(c.i < child.i and c.dep_ in ("compound", "nsubj", "det", "poss") for c in child.children)


def _continuing_participle(clause: Token, verb: Token, people: frozenset[str] = frozenset()) -> Token | None:
    """ "said the committee would meet, adding that ...": a reporting participle set off by a
    comma at the end of a reported clause goes on with the report; the parser hangs it on the
    reported verb. It is cut from the clause and read as the reporting verb's own (frames)."""
    if verb.lemma_.lower() not in _GOES_ON_FROM:
        return None
    for child in clause.children:
        if (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.lemma_.lower() in _CONTINUING
            and child.i > clause.i
            and child.doc[child.left_edge.i - 1].text == ","
            and (child.lemma_.lower() not in _FRESH or _speaker_goes_on(clause, verb, people))
        ):
            return child
    return None


def _speaker_goes_on(clause: Token, verb: Token, people: frozenset[str]) -> bool:
    """ "Police said the driver fled the scene, explaining that he had panicked": a participle that
    says something new is the act of the reported clause's subject when that subject is someone
    else who can speak (a name, a word for a person); it goes on with the report when the subject
    is the speaker (the same word, or a pronoun) or a thing ("ruled that the law was void,
    explaining that ...": a law explains nothing)."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    if speaker is not None and subject.lemma_.lower() == speaker.lemma_.lower():
        return True
    lemma = subject.lemma_.lower()
    person = subject.ent_type_ in _SPEAKING_NAMES or subject.pos_ == "PROPN" or lemma in people
    return not (person or (len(lemma) > 4 and lemma.endswith(_PERSON_SUFFIXES)))
