"""Match the pattern dictionary against one token of the dependency parse.

A trigger is a verb (or an event noun) whose lemma the codebook knows. Its sense is the first
one whose conditions hold on the token's dependents: direct object, prepositions, subject,
particles. Slots (subject, direct object, prepositional objects, the subject of a clausal
complement) are read straight off the tree, with the usual detours wire copy needs:

- passive voice: "X was attacked by Y" -> source Y (the `agent`), object slot X;
- subject inheritance: "Iran was ready to help Belarus" (help <- ready <- was <- Iran),
  "met Y and signed ..." (conjoined verbs share a subject), participles ("..., accusing him");
- object control: "urged Iran to release ..." -> the released-by actor is Iran;
- modality: the nearest governing "plan/seek/ready/threaten/urge/refuse to" verb or adjective,
  auxiliaries (will -> intent; could/may/might/would -> hypothetical) and negation.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.understand.codebook import Codebook, Sense

_SUBJ = ("nsubj", "csubj", "expl")
_PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
# "attr": the small parser reads "is mediating" as be + attribute; the verb still has be's subject.
_INHERIT = ("xcomp", "conj", "advcl", "acomp", "pcomp", "attr")
_WILL = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL = frozenset({"could", "may", "might", "would", "should", "can", "must", "ca"})
_OBLIGATION = frozenset({"must", "should"})
_PARTICLES = frozenset({"back", "off", "out", "down", "up", "away", "over"})
# "X said Y must do Z" is X demanding Z of Y; these verbs report such a demand.
SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "announce",
        "state",
        "declare",
        "insist",
        "argue",
        "add",
        "stress",
        "conclude",
        "reiterate",
        "write",
        "assert",
        "maintain",
        "emphasize",
        "emphasise",
    }
)
_NEGATION = frozenset({"not", "n't", "never", "no"})
# Verbs whose object is also the subject of their "to"-complement ("urged Iran to talk").
_OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "help",
        "allow",
        "force",
        "order",
        "persuade",
        "invite",
        "encourage",
        "tell",
        "press",
        "call",
        "pressure",
        "require",
        "instruct",
        "permit",
        "enable",
    }
)
_MEASURES = frozenset(
    {
        "ton",
        "tonne",
        "worth",
        "million",
        "billion",
        "number",
        "amount",
        "lot",
        "batch",
        "shipment",
        "consignment",
        "dozen",
        "hundred",
        "thousand",
        "kg",
        "kilogram",
        "package",
        "load",
        "cargo",
        "convoy",
        "supply",
        "quantity",
        "$",
        "part",
        "some",
        "all",
        "most",
        "mission",
        "team",
        "series",
        "wave",
        "round",
    }
)
# Governing verbs that pass a that-clause's event through their modality ("agreed that ... should cooperate").
_CCOMP_MODALS = frozenset(
    {"agree", "decide", "promise", "pledge", "vow", "demand", "insist", "threaten", "urge", "ask", "warn"}
)


@dataclass(frozen=True)
class Match:
    trigger: Token
    key: str  # the codebook entry that matched: "fire", "call on", "hold"
    sense: Sense
    obj: Token | None  # the object slot (nsubjpass in the passive)
    passive: bool


@dataclass(frozen=True)
class Modality:
    kind: str | None  # intent / threaten / appeal / demand / refuse, from a governing word
    head: Token | None  # the governing word
    will: bool
    hypothetical: bool
    negated: bool


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in _PASSIVE_SUBJ or c.dep_ == "auxpass" for c in tok.children)


def direct_object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("dobj", "obj"):
            return c
    if is_passive(tok):
        for c in tok.children:
            if c.dep_ in _PASSIVE_SUBJ:
                return c
    return None


def addressee(tok: Token) -> Token | None:
    """Who a request is made of: "urged Iran", "called on Iran", "appealed to Iran"."""
    obj = direct_object(tok)
    if obj is not None and not is_passive(tok):
        return obj
    found = prep_objects(tok, ("on", "upon", "to"))
    if found:
        return found[0]
    return next((c for c in tok.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)


def prep_objects(tok: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
            objs = [p for p in c.children if p.dep_ in ("pobj", "pcomp")]
            out += objs or _orphan_object(c)
    return out


def _orphan_object(prep: Token) -> list[Token]:
    """The small parser sometimes reads "to five officers holed up in ..." as a preposition with
    no object followed by a clause whose subject is the officers: take that subject back."""
    for t in prep.doc[prep.i + 1 : min(prep.i + 7, len(prep.doc))]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i and t.pos_ in ("NOUN", "PROPN"):
            return [t]
        if t.pos_ in ("VERB", "AUX", "PUNCT"):
            break
    return []


def has_prep(tok: Token, obj: Token | None, preps: frozenset[str]) -> bool:
    return bool(prep_objects(tok, preps) or (obj is not None and prep_objects(obj, preps)))


def subject(tok: Token, depth: int = 0) -> Token | None:
    """The acting subject of a verb: its own, the passive agent's, or one it inherits."""
    for c in tok.children:
        if c.dep_ in _SUBJ and c.lower_ != "there":
            return c
    if is_passive(tok):
        agents = prep_objects(tok, ("by",))
        return agents[0] if agents else None
    if depth > 4:
        return None
    head = tok.head
    if tok.dep_ == "relcl":
        return head
    if tok.dep_ == "xcomp" and is_passive(head):
        # Raising: "Obama is scheduled / expected to attend" -> Obama attends.
        raised = next((c for c in head.children if c.dep_ in _PASSIVE_SUBJ), None)
        if raised is not None:
            return raised
    if tok.dep_ == "xcomp" and head.lemma_.lower() in _OBJECT_CONTROL:
        obj = addressee(head)
        if obj is not None:
            return obj
    if tok.dep_ in _INHERIT and head.i != tok.i:
        return subject(head, depth + 1)
    active = tok.tag_ != "VBN" or any(c.dep_ == "dobj" for t in (tok, *tok.conjuncts) for c in t.children)
    if tok.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and active:
        # "rebels fighting the army": the noun acts; in "civilians imprisoned for ..." it is acted on.
        return head
    return None


def clause_subject(tok: Token) -> Token | None:
    """Who a framed phrase belongs to: the noun it hangs from ("Pezeshkian, on a visit to Y"),
    else the subject of its verb ("X paid a visit", "their presidents said at talks")."""
    head = tok.head
    if tok.dep_ == "pobj":
        prep = head
        # "Pezeshkian, on a visit to Belarus, said": the phrase is an aside about the name before
        # the comma, whatever the parser attached it to.
        before = prep.doc[prep.i - 2] if prep.i >= 2 and prep.doc[prep.i - 1].text == "," else None
        if before is not None and (before.pos_ in ("PROPN", "NOUN") or before.ent_type_ or before.is_title):
            return before
        head = head.head  # past the preposition
    if head.pos_ in ("NOUN", "PROPN", "PRON") and head.i != tok.i:
        # "Pezeshkian, on a visit to Y, ...": the phrase describes its subject-noun; hanging from
        # any other noun ("calls for aid") it says nothing about who acts.
        return head if head.dep_ in ("nsubj", "nsubjpass", "appos") else None
    if head.pos_ in ("VERB", "AUX"):
        return subject(head)
    return None


def object_words(obj: Token) -> set[str]:
    """The object's lemma, its compound modifiers, and for a quantity ("25,000 tons of food aid",
    "$50,000 worth of goods") the words of what is measured."""
    words = {obj.lemma_.lower(), obj.lower_} | {
        c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod")
    }
    if obj.lemma_.lower() in _MEASURES or obj.pos_ == "NUM" or obj.tag_ == "$":
        # "25,000 tons of food aid", "$500 million in military aid"
        for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
            for pobj in (c for c in of.children if c.dep_ == "pobj"):
                words |= {pobj.lemma_.lower()} | {
                    c.lemma_.lower() for c in pobj.children if c.dep_ == "compound"
                }
    return words


def _conditions_hold(sense: Sense, tok: Token, obj: Token | None, passive: bool) -> bool:
    if sense.passive_only and not passive:
        return False
    if sense.no_object and obj is not None:
        return False
    if sense.objects:
        if obj is None:
            return False
        words = object_words(obj)
        if not words & sense.objects:
            return False
    if sense.preps and not has_prep(tok, obj, sense.preps):
        return False
    if sense.subjects:
        subj = subject(tok)
        if subj is None or (subj.lemma_.lower() not in sense.subjects and subj.lower_ not in sense.subjects):
            return False
    if sense.complements:
        lemmas = {t.lemma_.lower() for t in _clause_tokens(tok)}
        if not lemmas & sense.complements:
            return False
    return True


def _clause_tokens(tok: Token) -> Iterator[Token]:
    """The trigger's own clause: its subtree minus embedded and coordinated clauses."""
    stack = list(tok.children)
    while stack:
        t = stack.pop()
        if t.dep_ in ("ccomp", "advcl", "conj", "relcl", "parataxis"):
            continue
        yield t
        stack.extend(t.children)


def clause_tokens(tok: Token) -> list[Token]:
    return [tok, *_clause_tokens(tok)]


def verb_lemma(tok: Token, book: Codebook) -> str:
    """The token's lemma, or when the lemmatizer got it wrong ("staged" -> "stag") the
    dictionary verb its inflected form comes from."""
    lemma = tok.lemma_.lower()
    if lemma in book.verbs:
        return lemma
    low = tok.lower_
    candidates = [low]
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
        ("es", ""),
        ("s", ""),
    ):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            candidates.append(low[: -len(suffix)] + repl)
    if len(low) > 4 and low[-3] == low[-4] and low.endswith(("ed", "ing")):  # "banned", "shelling"
        candidates.append(low[:-3] if low.endswith("ed") else low[:-4])
    return next((c for c in candidates if c in book.verbs), lemma)


def _keys(tok: Token, book: Codebook) -> Iterator[tuple[str, Token | None, bool]]:
    """Codebook keys to try for a verb, most specific first, with the object slot for each."""
    lemma = verb_lemma(tok, book)
    obj = direct_object(tok)
    for c in tok.children:
        # The parser often labels a particle as an adverb ("fired back", "pulled out").
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLES):
            yield f"{lemma} {c.lower_}", obj, False
    if obj is not None:
        yield f"{lemma} {obj.lemma_.lower()}", None, True
    for c in tok.children:
        if c.dep_ in ("acomp", "oprd"):
            yield f"{lemma} {c.lower_}", obj, False
    for c in tok.children:
        if c.dep_ in ("prep", "dative"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            yield f"{lemma} {c.lower_}", obj if obj is not None else pobj, False
    yield lemma, obj, False


def match_verb(tok: Token, book: Codebook) -> Match | None:
    """The first satisfied sense of the most specific key; None when no sense (or a null sense) holds."""
    passive = is_passive(tok)
    for key, obj, _ in _keys(tok, book):
        senses = book.verbs.get(key)
        if not senses:
            continue
        for sense in senses:
            if _conditions_hold(sense, tok, obj, passive):
                return Match(tok, key, sense, obj, passive)
    return None


def match_noun(tok: Token, book: Codebook) -> Match | None:
    senses = book.nouns.get(tok.lemma_.lower())
    if not senses:
        return None
    modifiers = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
    for sense in senses:
        if sense.preps and not has_prep(tok, None, sense.preps):
            continue
        if sense.objects and not modifiers & sense.objects:  # for a noun: "hunger strike"
            continue
        return Match(tok, tok.lemma_.lower(), sense, None, False)
    return None


def _flags(tok: Token) -> tuple[bool, bool, bool]:
    will = hypothetical = negated = False
    for c in tok.children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "advmod" and low in _NEGATION):
            negated = True
        elif c.dep_ == "aux" and low in _WILL:
            will = True
        elif (c.dep_ == "aux" and low in _HYPOTHETICAL) or (
            c.dep_ == "mark" and low in ("if", "unless", "whether")
        ):
            hypothetical = True
    return will, hypothetical, negated


def _reported_would(tok: Token) -> bool:
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
        return False
    return tok.dep_ == "ccomp" and tok.head.lemma_.lower() in SPEECH_VERBS


def obligation_clause(tok: Token) -> Token | None:
    """The reporting verb when `tok` is "Y must/should VERB" reported by it ("X said Y must ...")."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in tok.children):
        return tok.head
    return None


def _unless(tok: Token) -> bool:
    """ "will withdraw ... unless ..." is a conditional threat."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in tok.children
    )


def modality(tok: Token, book: Codebook) -> Modality:
    will, hypothetical, negated = _flags(tok)
    reporter = obligation_clause(tok)
    if reporter is not None:
        return Modality("demand", reporter, False, False, negated)
    if _unless(tok) and (will or hypothetical):
        return Modality("threaten", None, False, False, negated)
    if hypothetical and _reported_would(tok):
        # "X said they would meet Y": reported speech turns "will" into "would".
        will, hypothetical = True, False
    cur = tok
    for _ in range(4):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in ("xcomp", "ccomp", "acomp"):
            break
        lemma = head.lemma_.lower()
        kind: str | None = None
        if cur.dep_ == "xcomp" and head.pos_ == "ADJ":
            kind = book.modal_adjectives.get(lemma)
        elif cur.dep_ == "xcomp" or (cur.dep_ == "ccomp" and lemma in _CCOMP_MODALS):
            kind = book.modal_verbs.get(lemma)
        if cur.dep_ == "xcomp" and lemma == "fail":
            negated = True
        if kind is not None:
            w, h, n = _flags(head)
            anchor = head.head if head.pos_ == "ADJ" and head.dep_ == "acomp" else head
            w2, h2, n2 = _flags(anchor) if anchor.i != head.i else (False, False, False)
            return Modality(kind, head, will or w or w2, hypothetical or h or h2, negated or n or n2)
        if cur.dep_ == "acomp" or lemma == "be":
            cur = head
            continue
        break
    return Modality(None, None, will, hypothetical, negated)
