"""Attribution frames told by a noun: "his claim that ...", "her refusal to ...", "allegations of
fraud", "the union's support for the nominee", "Her argument is that ...".

A noun cue holds an attribution with a that-clause or a to-clause (intentions and requests). A
claim noun's "of" phrase is the claim ("allegations of fraud": someone alleged fraud); a stance
noun with a named holder holds what its own preposition takes ("the union's support for X", "the
case for X"). Its holder is the possessor, the agent of "by"/"from" (or "between"/"among" parties),
an organisation, a person or a party compounded with it ("the White House plan to", "a Republican
proposal to"), or the subject of a verb that only issues or holds the noun ("the court made a
decision to ...", "took the position that ...", "unveiled a plan to ..."); with none, a
that-clause or claim is still attributed, to a source the text does not name (PolNeAR's implicit
sources), while a to-clause is only a plan ("plans to widen the road"). The noun may also be the
subject of "is" with its content as the complement ("The senator's view is that ...", "The
campaign's goal is to register ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.quotes.colons import after_colon
from newsgraph.understand.quotes.frame import Frame
from newsgraph.understand.quotes.tokens import speaker_range, subtree_range, to_infinitive, trim

# Verbs that add little but tense to a noun cue: "made a decision to", "issued a warning that",
# "expressed concern about". Their subject holds the noun's attitude (support-verb constructions).
LIGHT_VERBS = frozenset(
    {"make", "issue", "express", "voice", "give", "offer", "raise", "reach", "deliver", "release",
     "repeat", "renew", "reiterate", "share", "air"}
)  # fmt: skip
# Verbs that issue, present or hold a noun cue without adding to it: "unveiled a plan to ...",
# "put forward a proposal to ...", "has long held the view that ...", "took the position that
# ...", "signaled a willingness to ...". Their subject is the holder, as a light verb's is; they
# do not, as light verbs do, make a view of what the noun is "about" ("took questions about his
# health": the questions are the reporters').
_HOLDING_VERBS = LIGHT_VERBS | {
    "hold", "adopt", "unveil", "announce", "put", "float", "present", "submit", "signal",
    "outline", "propose", "lay", "spell"
}  # fmt: skip
# Verbs whose subject is what an attitude is aimed at, not its holder: "has faced questions about
# her emails", "drew criticism for his remarks", "received praise from both parties for ...". The
# holder is a "from" phrase or goes unnamed (PolNeAR's implicit source).
_RECEIVING = frozenset(
    {"face", "draw", "receive", "attract", "spark", "prompt", "trigger", "provoke", "earn", "endure", "field"}
)
_TO_CLAUSE_KINDS = frozenset({"intention", "request"})
# Who a name compounded with the noun can be: "the White House plan to", "a Republican proposal to",
# "the Obama administration's ...". Not a place ("the Paris agreement to cut emissions").
_COMPOUND_HOLDERS = frozenset({"ORG", "NORP", "PERSON"})


def noun_frame(noun: Token, kind: str, objects: frozenset[str] = frozenset()) -> Frame | None:
    """ "his claim that ...", "a decision by X to ...": a noun cue with its content, and a holder
    as `_noun_holder` finds it. With none, a that-clause or an "allegations of" phrase still
    states what someone holds, whose source the text does not name ("fears that the dam
    could fail grew"); a to-clause with no holder names a plan, not anyone's attribution. `objects`
    are the prepositions taking what the noun is about, for or against ("support for")."""
    holder = _noun_holder(noun)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in _RECEIVING:
        received = _received(noun, kind, holder, objects)
        if received is not None:
            return received
    if kind == "stance":  # "made the case for the deal": its object, with a holder, is all it holds
        topic = _topic(noun, "speech", holder, objects) if holder is not None else None
        topic = topic or (_copular_content(noun, kind) if holder is not None else None)
        return (
            None
            if holder is None or topic is None
            else Frame(noun, noun.lemma_.lower(), "speech", noun.text, speaker_range(holder), holder, [topic])
        )
    proposition = _that_content(noun, holder) or of_claim(noun)
    topic = _topic(noun, kind, holder, objects) if holder is not None and not _material(noun) else None
    content = proposition or _to_content(noun, kind) or topic
    if content is None and holder is not None:
        # "Her argument is that ...", "The campaign's goal is to ...": with a holder named, as
        # "The fear is that ..." alone is the writer's own framing.
        content = _copular_content(noun, kind)
    if content is None:
        return None
    frame_kind = "speech" if kind == "request" else kind
    if holder is None:
        if not proposition or _relative_that(noun):
            return None
        implicit = Frame(noun, noun.lemma_.lower(), frame_kind, noun.text, None, None, [content])
        implicit.implicit = True
        return implicit
    if holder.lower_ in ("who", "which", "that") and holder.head.dep_ == "relcl":
        holder = holder.head.head
    start, end = speaker_range(holder)
    if start < content[0] < end:
        end = content[0] - (noun.doc[content[0] - 1].lower_ == "that")  # the clause hung on the holder
    return Frame(noun, noun.lemma_.lower(), frame_kind, noun.text, (start, end), holder, [content])


# "military support", "offered support for the offensive": help given, not a view held.
_MATERIAL_KINDS = frozenset(
    {"military", "financial", "economic", "material", "logistical", "air", "naval", "technical"}
)
_HELP = frozenset({"support", "backing", "help", "assistance"})
_GIVING = frozenset({"offer", "give", "provide", "send", "pledge", "supply", "extend", "lend", "receive"})


def _material(noun: Token) -> bool:
    """Whether a stance noun names material help rather than a view ("military support for X")."""
    if noun.lemma_.lower() not in _HELP:
        return False  # "offered rare praise for": praise given is still a view
    if any(c.dep_ == "amod" and c.lower_ in _MATERIAL_KINDS for c in noun.children):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _GIVING


def _that_content(noun: Token, holder: Token | None = None) -> tuple[int, int] | None:
    """The that-clause of a noun cue, as a token range. The parser may hang it on a holder named after
    the noun ("assurances from the nominee that he would ..."): a "that" marking a clause there is
    no relative pronoun, so the clause is the noun's."""
    doc = noun.doc
    after = [] if holder is None or holder.i < noun.i else list(holder.children)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
        # "offered assurances to nervous members that the majority was safe": past the one addressed, the
        # parser hangs the clause on the light verb, which has no clause of its own.
        after += [c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.i]
    for child in [*noun.children, *after]:
        if child.dep_ in ("acl", "ccomp", "appos", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in child.children
        ):
            if _claim_gap(child):
                return None
            start, end = subtree_range(child)
            return trim(doc, start + (doc[start].lower_ == "that"), end)
    return None


# Verbs whose object is a claim, a belief or a plan itself ("made the claim", "dispel the belief").
_CLAIM_TAKERS = frozenset(
    {"make", "repeat", "dispel", "echo", "spread", "voice", "reject", "dismiss", "deny", "embrace",
     "accept", "raise", "express", "level", "air", "debunk", "refute", "fuel", "dispute", "announce", "unveil"}
)  # fmt: skip


def _claim_gap(clause: Token) -> bool:
    """ "the claim that his rival had made", "a belief that the emails did little to dispel": a "that"
    clause in which a verb that takes claims as its object ("make", "dispel") has none is a relative
    clause about the noun (the parser marks its "that" as a conjunction), not the noun's content."""
    for tok in clause.subtree:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _CLAIM_TAKERS:
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "prt", "dative") for c in tok.children):
            return True
    return False


def _to_content(noun: Token, kind: str) -> tuple[int, int] | None:
    """The to-clause of an intention or request noun, as a token range; an "of" with a gerund says
    the same ("the party's hopes of winning back the House", "her goal of balancing the budget")."""
    if kind not in _TO_CLAUSE_KINDS:
        return None
    doc = noun.doc
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "xcomp") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in child.children
        ):
            return trim(doc, *subtree_range(child))
        if child.dep_ == "prep" and child.lower_ == "of":
            gerund = next((g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if gerund is not None:
                return trim(doc, *subtree_range(gerund))
    return None


def _copular_content(noun: Token, kind: str) -> tuple[int, int] | None:
    """The complement of "is" when the noun cue is its subject: a that-clause, or a to-clause for an
    intention or request ("The senator's view is that ...", "Their goal is to ..."), or the clause a colon
    after it opens ("His message was simple: ...", `colons`)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    for child in verb.children:
        if child.i < noun.i or child.dep_ not in ("ccomp", "xcomp", "attr"):
            continue
        if child.pos_ not in ("VERB", "AUX"):
            continue
        marks = {m.lower_ for m in child.children if m.dep_ == "mark"}
        if "that" in marks or (child.dep_ == "ccomp" and not marks):
            start, end = subtree_range(child)
            return trim(noun.doc, start + (noun.doc[start].lower_ == "that"), end)
        if kind in _TO_CLAUSE_KINDS and to_infinitive(child):
            return trim(noun.doc, *subtree_range(child))
    return after_colon(verb)  # "Obama's message was simple: voters should not be fooled"


# Nouns whose "of" phrase is the claim itself: "allegations of torture" reports that someone
# alleged torture. Not "report" or "statement", whose "of" phrase is as often their author
# ("the report of the commission"), nor "charge" ("in charge of"), nor "suggestion" ("no
# suggestion of wrongdoing" denies there was one).
# A boast's "of" phrase is what it claims ("his boasts of being a self-made man").
_OF_CLAIM_NOUNS = frozenset({"allegation", "accusation", "claim", "rumour", "rumor", "complaint", "boast"})


def of_claim(noun: Token) -> tuple[int, int] | None:
    """ "allegations of torture", "claims of abuse": the object of "of" is what was claimed."""
    if noun.lemma_.lower() not in _OF_CLAIM_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
    if obj is None or obj.pos_ == "PRON":
        return None
    return trim(noun.doc, *subtree_range(obj))


def _topic(noun: Token, kind: str, holder: Token, objects: frozenset[str]) -> tuple[int, int] | None:
    """What a held stance or view is about, for or against. "voters expressed concern about the tax",
    "lawmakers voiced doubts over the cost": a view a light verb reports expressed ("her remarks about the
    judge" only names the remarks). "the union's support for the nominee", "the mayor's opposition to the
    pipeline", "criticism of the deal by unions": the noun's own preposition for its object (`objects`,
    from the lexicon), with the holder named apart ("of" then names no author)."""
    light = noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS
    allowed = set(objects)
    if light and kind in ("speech", "belief"):
        allowed |= {"about", "over"}
    # The parser hangs the phrase on the noun, after it on the light verb, or on the holder named after the
    # noun ("concerns from donors about his finances", "a disagreement between the parties over the cost").
    after = holder.i > noun.i and holder.head.head.i == noun.i
    preps = [*noun.children, *(c for c in noun.head.children if c.i > noun.i and light)]
    # Not an "of" phrase that is part of the holder's name ("a rebuke from the Chamber of Commerce").
    preps += [c for c in holder.children if c.i > holder.i and after and not _of_name(c)]
    prep = next((c for c in preps if c.dep_ == "prep" and c.lower_ in allowed and c.i > noun.i), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if obj is None or obj.pos_ == "PRON" or (prep is not None and prep.lower_ == "on" and _where_or_when(obj)):
        return None
    start, end = subtree_range(obj)
    if start <= holder.i < end:
        if holder.head.lower_ != "among" or holder.head.head.i != obj.i:
            return None
        end = holder.head.i  # "support for the measure among Republicans": the holders cut off
    return trim(noun.doc, start, end)


# What "on" names when it tells where or when words were said, not what they were about: "his remarks on
# the Senate floor", "comments on Twitter", "on the campaign trail", "on Tuesday", "on condition of anonymity".
_VENUES = frozenset(
    {"floor", "trail", "stage", "air", "camera", "record", "show", "program", "programme", "television", "tv",
     "radio", "phone", "podium", "tour", "visit", "trip", "day", "night", "morning", "evening", "afternoon",
     "occasion", "eve", "anniversary", "website", "site", "page", "network", "channel", "call", "condition",
     "behalf", "way", "plane", "flight", "line", "stump", "set", "panel", "broadcast", "interview"}
)  # fmt: skip
_WHERE_OR_WHEN = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORG"})


def _where_or_when(obj: Token) -> bool:
    """The object of "on" tells where, when or through what the words were said; or the parser made a clause
    of the words after it ("remarks on Twitter angered donors")."""
    first = obj.left_edge
    if obj.dep_ == "pobj" and obj.pos_ in ("VERB", "AUX") and obj.tag_ != "VBG":
        return True
    return any(t.ent_type_ in _WHERE_OR_WHEN or t.lemma_.lower() in _VENUES for t in (obj, first))


def _of_name(prep: Token) -> bool:
    """An "of" phrase naming a name's part ("the Chamber of Commerce", "the Bank of America")."""
    return prep.lower_ == "of" and any(g.pos_ == "PROPN" for g in prep.children)


# Verbs whose object the noun itself is when "that" opens a relative clause the parser read as
# a complement ("a statement that the campaign released"): producing or receiving a text.
_TEXT_VERBS = LIGHT_VERBS | {
    "publish", "send", "post", "write", "read", "sign", "file", "see", "hear", "receive"
}  # fmt: skip


def _relative_that(noun: Token) -> bool:
    """ "a statement that the campaign released on Monday": the clause lacks the object the noun
    fills, so it tells which statement, not what it said."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "appos")), None)
    return (
        clause is not None
        and clause.lemma_.lower() in _TEXT_VERBS
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass") for c in clause.children)
    )


# Nouns for those who hold a stance on something ("a critic of the deal"): the subject of "is" is
# the holder. Not the name they stand beside ("Ryan, a critic of the deal, said ..."): a speaker's
# description, told as background to what they say.
_STANCE_HOLDERS = frozenset(
    {"critic", "supporter", "opponent", "proponent", "advocate", "champion", "defender", "backer", "foe",
     "skeptic", "sceptic", "fan"}
)  # fmt: skip


def _named_by_stance(noun: Token) -> Token | None:
    """ "Trump has been a vocal critic of the deal": who the stance noun says holds the stance."""
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.lower_ != "it"), None)


def _noun_holder(noun: Token) -> Token | None:
    """Whose claim or decision: the possessor, "by"/"from" X, or the subject of a light verb."""
    if noun.lemma_.lower() in _STANCE_HOLDERS:
        return _named_by_stance(noun)  # "a critic of the deal" names no holder of its own
    holder = claim_holder(noun) or _compound_holder(noun) or _among(noun)
    if holder is not None:
        return holder
    verb = noun.head
    if noun.dep_ == "dobj":
        # "sought assurances from the nominee that ...": the parser hangs "from" on the verb.
        source = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i), None
        )
        found = next((g for g in source.children if g.dep_ == "pobj"), None) if source is not None else None
        if found is not None:
            return found
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _HOLDING_VERBS:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ in ("conj", "xcomp"):
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ != "it":
            return subject
    return None


def claim_holder(noun: Token) -> Token | None:
    """Whose claim: "the union's allegation", "claims by rights groups", "reports from X", "a
    disagreement between the parties"."""
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is not None:
        return holder
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "between", "among"):
            found = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None


def _compound_holder(noun: Token) -> Token | None:
    """A name or a party compounded with the noun: "the White House plan", "a Republican proposal"."""
    for child in noun.children:
        if child.i > noun.i or child.ent_type_ not in _COMPOUND_HOLDERS:
            continue
        if (child.dep_ == "compound" and child.pos_ == "PROPN") or (
            child.dep_ == "amod" and child.ent_type_ == "NORP"
        ):
            return child
    return None


def _among(noun: Token) -> Token | None:
    """ "Support for the measure among Republicans": the parser hangs "among" on the noun's own
    object, which it cannot modify (a measure is not among people): it names the holders."""
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            among = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "among"), None)
            found = next((g for g in among.children if g.dep_ == "pobj"), None) if among is not None else None
            if found is not None:
                return found
    return None


def _received(noun: Token, kind: str, holder: Token | None, objects: frozenset[str]) -> Frame | None:
    """ "has faced questions about her emails", "drew criticism from veterans over his remarks": the
    attitude with what it is about, held by the "from" phrase or by no one named. The noun goes into
    the content ("questions about her emails"): what the subject faced is that attitude."""
    if _that_content(noun, holder) or of_claim(noun) or _to_content(noun, kind):
        return None  # "faced allegations that ...": the claim itself, read as any noun's
    verb = noun.head
    allowed = objects | {"about", "over"}
    # The parser hangs the phrase on the noun, on the verb, or on the holder after it ("from teachers over ...").
    after = holder is not None and holder.i > noun.i
    preps = [*noun.children, *(c for c in verb.children if c.i > noun.i)]
    preps += [c for c in holder.children if c.i > holder.i] if holder is not None and after else []
    prep = next((c for c in preps if c.dep_ in ("prep", "dative") and c.lower_ in allowed), None)
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if prep is None or obj is None or obj.pos_ == "PRON":
        return None
    doc = noun.doc
    content = [(noun.left_edge.i, noun.i + 1), trim(doc, prep.i, obj.right_edge.i + 1)]
    frame_kind = "speech" if kind in ("request", "stance") else kind
    if holder is None:
        implicit = Frame(noun, noun.lemma_.lower(), frame_kind, noun.text, None, None, content)
        implicit.implicit = True
        return implicit
    start, end = speaker_range(holder)
    # "from teachers over the cuts": the topic is not the holder.
    end = prep.i if start < prep.i < end else end
    return Frame(noun, noun.lemma_.lower(), frame_kind, noun.text, (start, end), holder, content)
