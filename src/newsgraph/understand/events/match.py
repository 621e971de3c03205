"""Match the pattern dictionary against one token of the dependency parse.

A trigger is a verb (or an event noun) whose lemma the codebook knows. Its sense is the first
one whose conditions hold on the token's dependents: direct object, prepositions, subject,
particles. Slots (subject, direct object, prepositional objects, the subject of a clausal
complement) are read straight off the tree, with the usual detours wire copy needs:

- passive voice: "X was attacked by Y" -> source Y (the `agent`), object slot X;
- subject inheritance: "Iran was ready to help Belarus" (help <- ready <- was <- Iran),
  "met Y and signed ..." (conjoined verbs share a subject), participles ("..., accusing him");
- object control: "urged Iran to release ..." -> the released-by actor is Iran;
- modality (`modality.py`): the nearest governing "plan/seek/ready/threaten/urge/refuse to"
  verb or adjective, auxiliaries (will -> intent; could/may/might/would -> hypothetical) and
  negation.

The tree is read from a TokenTable (`tree.py`), the article's parse read once, not through
spaCy's Token attributes: the same few verbs' children are walked many times per article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.understand.events.clauses import (
    OBJECT_CONTROL,
    asks_object,
    doer_verb,
    finite_above,
    has_to,
    next_act,
    set_off_claim,
    shared_object,
    trade_words,
)
from newsgraph.understand.events.clauses import complement_dep as complement_dep
from newsgraph.understand.events.codebook import Codebook, Sense
from newsgraph.understand.events.gates import gated
from newsgraph.understand.events.imported import catch_all, fallback_senses
from newsgraph.understand.events.tree import IOB_BEGIN as IOB_BEGIN
from newsgraph.understand.events.tree import IOB_INSIDE as IOB_INSIDE
from newsgraph.understand.events.tree import TokenTable as TokenTable
from newsgraph.understand.events.tree import conjuncts as conjuncts
from newsgraph.understand.events.tree import read_tokens as read_tokens
from newsgraph.understand.events.tree import subtree as subtree
from newsgraph.understand.events.verbforms import verb_lemma
from newsgraph.understand.events.voice import (
    ADJECTIVAL_GERUNDS,
    PASSIVE_SUBJ,
    blamed_by_be,
    passive_participle,
    patient,
    subject_undergoes,
)
from newsgraph.understand.events.voice import is_passive as is_passive
from newsgraph.understand.events.voice import reduced_relative as reduced_relative

_SUBJ = ("nsubj", "csubj", "expl")
# "attr": the small parser reads "is mediating" as be + attribute; the verb still has be's subject.
_INHERIT = ("xcomp", "conj", "advcl", "acomp", "pcomp", "attr")
PARTICLES = frozenset({"back", "off", "out", "down", "up", "away", "over", "aside"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_WHERE = frozenset({("in", "GPE"), ("in", "LOC")})  # "in Bangladesh": where an act is done
# Texts whose issuer does what a participle on them says ("adopted a resolution condemning X").
_DOCUMENTS = frozenset({"statement", "letter", "communique", "resolution", "declaration", "report"})
_ISSUING = frozenset({"issue", "release", "publish", "send", "adopt", "pass", "write", "sign"})
# Vehicles sent with a cargo, and the participles that name the cargo (`object_words`).
_CARRIERS = frozenset({
    "ship", "vessel", "boat", "plane", "aircraft", "helicopter", "truck", "lorry", "convoy", "flight", "train",
    "freighter", "tanker",
})  # fmt: skip
_CARRYING = frozenset({"carry", "load", "bring", "transport", "ferry"})
_MEASURES = frozenset({
    "ton", "tonne", "worth", "million", "billion", "number", "amount", "lot", "batch", "shipment",
    "consignment", "dozen", "hundred", "thousand", "kg", "kilogram", "package", "load", "cargo", "convoy",
    "supply", "quantity", "$", "part", "some", "all", "most", "mission", "team", "series", "wave", "round"
})  # fmt: skip


@dataclass(frozen=True)
class Match:
    trigger: Token
    key: str  # the codebook entry that matched: "fire", "call on", "hold"
    sense: Sense
    obj: Token | None  # the object slot (nsubjpass in the passive)
    passive: bool


def direct_object(table: TokenTable, tok: Token, share: bool = True) -> Token | None:
    """The verb's object; with `share`, the one it shares with a second verb (`shared_object`)."""
    dep, kids = table.dep, table.children[tok.i]
    for c in kids:
        if dep[c] in ("dobj", "obj"):
            return table.tokens[c]
    if is_passive(table, tok):
        for c in kids:
            if dep[c] in PASSIVE_SUBJ and table.pos[c] != "VERB":  # a clause subject: `patient` reads it
                return table.tokens[c]
        return patient(table, tok.i)
    if table.lemma[tok.i] in OBJECT_CONTROL:
        # "allowed U.N. inspectors to visit the site": the parser makes the object the subject of a "to" clause.
        for c in kids:
            if dep[c] == "ccomp" and has_to(table, c):
                subj = next((table.tokens[s] for s in table.children[c] if dep[s] == "nsubj"), None)
                if subj is not None:
                    return subj
    return shared_object(table, tok.i) if share else None


_WITH_ASKED = frozenset({"plead", "intercede", "reason"})


def addressee(table: TokenTable, tok: Token) -> Token | None:
    """Who a request is made of: "urged Iran", "called on Iran", "appealed to Iran"."""
    obj = direct_object(table, tok)
    if obj is not None and not is_passive(table, tok):
        return obj
    # "pleaded with Iran", "interceded with the rebels": whom one pleads with is asked.
    found = prep_objects(table, tok, ("on", "upon", "to", "with") if table.lemma[tok.i] in _WITH_ASKED else ("on", "upon", "to"))
    if found:
        return found[0]
    dep, pos = table.dep, table.pos
    return next(
        (table.tokens[c] for c in table.children[tok.i] if dep[c] == "dative" and pos[c] != "ADP"), None
    )


def prep_objects(table: TokenTable, tok: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    dep, tokens, children = table.dep, table.tokens, table.children
    out: list[Token] = []
    for c in children[tok.i]:
        if dep[c] in ("prep", "dative", "agent") and tokens[c].lower_ in preps:
            objs = [tokens[p] for p in children[c] if dep[p] in ("pobj", "pcomp")]
            objs = [o for o in objs if not any(p.i == o.i + 1 for p in objs)]  # "with [Kashmiri] [militants]"
            if objs and all(time_word(o) for o in objs):
                continue  # "on Monday", "for 60 days": when, not whom or what
            out += objs or _orphan_object(table, c)
    return out


def _orphan_object(table: TokenTable, prep: int) -> list[Token]:
    """The small parser sometimes reads "to five officers holed up in ..." as a preposition with
    no object followed by a clause whose subject is the officers: take that subject back."""
    dep, pos = table.dep, table.pos
    for t in range(prep + 1, min(prep + 7, len(table.tokens))):
        if dep[t] in ("nsubj", "nsubjpass") and table.head[t] > t and pos[t] in ("NOUN", "PROPN"):
            return [table.tokens[t]]
        if pos[t] in ("VERB", "AUX", "PUNCT"):
            break
    return []


def has_prep(table: TokenTable, tok: Token, obj: Token | None, preps: frozenset[str]) -> bool:
    return bool(prep_objects(table, tok, preps) or (obj is not None and prep_objects(table, obj, preps)))


def subject(table: TokenTable, tok: Token, depth: int = 0) -> Token | None:
    """The acting subject of a verb: its own, the passive agent's, or one it inherits."""
    dep, tokens, children = table.dep, table.tokens, table.children
    i = tok.i
    be = blamed_by_be(table, i)
    if be is not None:  # "X said Y was to blame": X blames; with no one saying so, no one known
        return subject(table, tokens[table.head[be]], depth + 1) if dep[be] == "ccomp" else None
    # A subject of a participle with a "by" agent is who the act is done to: the agent acts.
    for c in () if subject_undergoes(table, i) else children[i]:
        if dep[c] in _SUBJ and set_off_claim(table, c):
            # "a charge Asmara denied": the parser takes the claim noun for a subject, and the denier for
            # a second subject or for the noun's apposition.
            c = next((a for a in children[c] if dep[a] in ("appos", "compound") and a > c), -1)
            if c < 0:
                continue
            return tokens[c]
        if dep[c] in _SUBJ and tokens[c].lower_ != "there":
            if dep[i] == "relcl" and tokens[c].lower_ in _RELATIVE and table.head[i] != i:
                # "militants who killed two hostages": the relative pronoun stands for the noun.
                return tokens[table.head[i]]
            return tokens[c]
    if is_passive(table, tok):
        return _agent(table, tok)
    if depth > 4:
        return None
    h = table.head[i]
    head = tokens[h]
    if dep[i] == "relcl":
        return head
    if dep[i] == "xcomp" and is_passive(table, head):
        # Raising: "Obama is scheduled / expected to attend" -> Obama attends.
        raised = next((tokens[c] for c in children[h] if dep[c] in PASSIVE_SUBJ), None)
        if raised is not None:
            return raised
    if complement_dep(table, i) == "xcomp" and asks_object(table, h):
        obj = addressee(table, head)
        if obj is not None:
            return obj
    verb = doer_verb(table, i)
    if verb is not None:
        return subject(table, tokens[verb], depth + 1)
    if dep[i] == "advcl" and table.pos[h] in ("NOUN", "PROPN") and dep[h] == "nsubj" and _active(table, tok):
        # "The president, while visiting Vietnam, pledged": the parser hangs the clause on the
        # subject noun, which does it. Hung on any other noun (", killing five" on a place or a
        # victim) the noun is not the doer.
        return head
    finite = finite_above(table, i)
    if finite is not None:
        return subject(table, tokens[finite], depth + 1)
    if (dep[i] in _INHERIT or next_act(table, i)) and h != i:
        if dep[i] == "conj" and is_passive(table, head) and _active(table, tok):
            # "X was sworn in and appealed for troops": who the first act was done to does the second.
            return next((tokens[c] for c in children[h] if dep[c] in PASSIVE_SUBJ), None) or patient(table, h)
        return subject(table, head, depth + 1)
    if dep[i] == "acl" and table.lemma[h] in _DOCUMENTS and table.lemma[table.head[h]] in _ISSUING:
        return subject(table, tokens[table.head[h]], depth + 1)  # "issued a statement condemning X"
    if dep[i] == "acl" and table.pos[h] in ("NOUN", "PROPN") and _active(table, tok):
        # "rebels fighting the army": the noun acts; in "civilians imprisoned for ..." it is acted on.
        return head
    return None


def _agent(table: TokenTable, tok: Token) -> Token | None:
    """Who does a passive verb's act: its "by" agent."""
    # "was put under a curfew by U.S. forces": the parser may hang the agent on the phrase that completes the
    # verb; "was granted asylum by the United States": or on the object the passive keeps.
    agents = (
        prep_objects(table, tok, ("by",))
        or [a for p in prep_objects(table, tok, ("under", "into", "in")) for a in prep_objects(table, p, ("by",))]
        or [
            a
            for c in table.children[tok.i]
            if table.dep[c] == "dobj"
            for a in prep_objects(table, table.tokens[c], ("by",))
        ]
        # "killed in an Israeli air strike", "wounded in a rebel ambush": the attack's own modifier names the doer.
        or [a for a in prep_objects(table, tok, ("in",)) if table.lemma[a.i] in _ATTACKS]
    )
    return _before_direction(table, agents[0]) if agents else None


_ATTACKS = frozenset({"strike", "airstrike", "raid", "ambush", "attack", "assault", "bombing", "shelling", "offensive"})


_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outside"}
)


def _before_direction(table: TokenTable, tok: Token) -> Token:
    """ "hit by a roadside bomb north of Baghdad": the small parser makes the direction the
    agent and the bomb its compound; the agent is the noun before the direction."""
    if table.lemma[tok.i] in ADJECTIVAL_GERUNDS:
        return next((table.tokens[c] for c in table.children[tok.i] if table.dep[c] == "dobj"), tok)
    if table.lemma[tok.i] not in _DIRECTIONS:
        return tok
    before = [c for c in table.children[tok.i] if c < tok.i and table.dep[c] == "compound"]
    return table.tokens[before[-1]] if before else tok


def _active(table: TokenTable, tok: Token) -> bool:
    dep = table.dep
    # A past form that modifies a noun is its participle, whatever the tagger says ("citizens abducted in 1978"),
    # unless the noun is the root: then the parser took the main verb for a modifier ("The minister called for").
    modifier = dep[tok.i] == "acl" and dep[table.head[tok.i]] != "ROOT"
    participles = ("VBN", "VBD") if modifier else ("VBN",)
    return table.tag[tok.i] not in participles or any(
        dep[c] == "dobj" for t in (tok.i, *conjuncts(table, tok.i)) for c in table.children[t]
    )


# Spans an event noun is counted in: "two days of talks", "a new round of negotiations".
SPAN_NOUNS = frozenset({"day", "week", "hour", "month", "round", "series", "session"})


def clause_subject(table: TokenTable, tok: Token) -> Token | None:
    """Who a framed phrase belongs to: the noun it hangs from ("Pezeshkian, on a visit to Y"),
    else the subject of its verb ("X paid a visit", "their presidents said at talks")."""
    tokens, pos, dep = table.tokens, table.pos, table.dep
    head = table.head[tok.i]
    if dep[tok.i] == "pobj":
        prep = head
        # "Pezeshkian, on a visit to Belarus, said": the phrase is an aside about the name before
        # the comma, whatever the parser attached it to.
        before = tokens[prep - 2] if prep >= 2 and tokens[prep - 1].text == "," else None
        # Not the object of a phrase before the comma: "escorted by two jets, for talks".
        if (
            before is not None
            and dep[prep - 2] != "pobj"
            and (pos[prep - 2] in ("PROPN", "NOUN") or table.entity_type[prep - 2] or before.is_title)
        ):
            return before
        head = table.head[head]  # past the preposition
        if dep[head] == "dobj" and tokens[prep].lower_ == "of" and table.lemma[head] in SPAN_NOUNS:
            head = table.head[head]  # "began two days of talks": past the span to its verb
    if pos[head] in ("NOUN", "PROPN", "PRON") and head != tok.i:
        # "Pezeshkian, on a visit to Y, ...": the phrase describes its subject-noun; hanging from
        # any other noun ("calls for aid") it says nothing about who acts.
        return tokens[head] if dep[head] in ("nsubj", "nsubjpass", "appos") else None
    if pos[head] in ("VERB", "AUX"):
        if passive_participle(table, head):
            # "arrived, escorted by jets, for talks": the phrase the parser hung on the participle
            # belongs to the clause it describes, not to the escort.
            return subject(table, tokens[table.head[head]])
        return subject(table, tokens[head])
    return None


def _carried(table: TokenTable, acl: int) -> list[int]:
    """The things a carrying participle names: its object and the object's conjuncts, or what it is
    loaded "with"."""
    dep, children = table.dep, table.children
    heads = [c for c in children[acl] if dep[c] in ("dobj", "obj")]
    heads += [p for c in children[acl] if dep[c] == "prep" for p in children[c] if dep[p] == "pobj"]
    return heads + [c for h in heads for c in children[h] if dep[c] == "conj"]


# Heads of an armed body (the codebook's troops and police classes have them, but this reads the tree alone), and
# the words before one that say whose it is ("government troops", "rebel fighters"), not what is acted on.
_ARMED_HEADS = frozenset({"troop", "force", "soldier", "army", "police", "convoy", "patrol", "militia", "fighter"})
# Sites whose owner a modifier names: "stormed government buildings" acts on buildings, not on the government.
_SITES = frozenset({"building", "office", "headquarters", "compound", "palace", "residence", "installation", "facility"})
_OWNERS = frozenset({"government", "regime", "state", "opposition", "rebel", "party"})


def object_words(table: TokenTable, obj: Token) -> set[str]:
    """The object's lemma, its compound modifiers, and for a quantity ("25,000 tons of food aid",
    "$50,000 worth of goods") the words of what is measured."""
    dep, lemma, children, o = table.dep, table.lemma, table.children, obj.i
    words = {lemma[o], obj.lower_} | {lemma[c] for c in children[o] if dep[c] in ("compound", "amod")}
    if lemma[o] in _ARMED_HEADS or lemma[o] in _SITES:
        words -= _OWNERS  # "government troops" are troops: the modifier says whose, not what is acted on
    if o >= 2 and table.tokens[o - 1].text == "-" and table.start[o - 1] == table.end[o - 2]:
        # The tokenizer splits "self-rule", "cease-fire": the dictionaries write them whole.
        words |= {f"{table.tokens[o - 2].lower_}-{w}" for w in (lemma[o], obj.lower_)}
    if lemma[o] in _CARRIERS:
        # "ships carrying food and medicine", "a plane loaded with arms": what the carrier carries.
        for acl in (c for c in children[o] if dep[c] == "acl" and lemma[c] in _CARRYING):
            for thing in _carried(table, acl):
                words |= {lemma[thing]} | {lemma[c] for c in children[thing] if dep[c] in ("compound", "amod")}
    if lemma[o] in _MEASURES or table.pos[o] == "NUM" or table.tag[o] == "$":
        # "25,000 tons of food aid", "$500 million in military aid"
        for of in children[o]:
            if dep[of] != "prep" or table.tokens[of].lower_ not in ("of", "in"):
                continue
            for pobj in (p for p in children[of] if dep[p] == "pobj"):
                words |= {lemma[pobj]} | {lemma[c] for c in children[pobj] if dep[c] == "compound"}
    return words


@dataclass
class _Around:
    """What the senses of one verb test, read once for all of them (a verb has dozens of senses
    once the imported dictionary is merged): object words, the prepositions present, the subject."""

    table: TokenTable
    tok: Token
    obj: Token | None
    words: set[str] | None = None
    preps: set[str] | None = None
    subj: tuple[Token | None] | None = None
    imported_words: set[str] | None = None

    def object_words(self) -> set[str]:
        if self.words is None:
            self.words = object_words(self.table, self.obj) if self.obj is not None else set()
        return self.words

    def pattern_words(self) -> set[str]:
        """What an imported pattern's object words may name: the object's words, and an adjective
        or adverb after the verb ("remained defiant", "reacted angrily": "- * ANGRILY [111]")."""
        if self.imported_words is None:
            table, kids = self.table, self.table.children[self.tok.i]
            self.imported_words = trade_words(table, self.obj, self.object_words()) | {
                table.tokens[c].lower_ for c in kids if table.dep[c] in ("acomp", "oprd", "advmod")
            }
        return self.imported_words

    def has_prep(self, wanted: frozenset[str]) -> bool:
        if self.preps is None:
            table, found = self.table, set()
            for anchor in (self.tok, self.obj):
                if anchor is not None:
                    found |= {
                        table.tokens[c].lower_
                        for c in table.children[anchor.i]
                        if table.dep[c] in ("prep", "dative", "agent")
                    }
            self.preps = found
        return not self.preps.isdisjoint(wanted) and has_prep(self.table, self.tok, self.obj, wanted)

    def subject(self) -> Token | None:
        if self.subj is None:
            self.subj = (subject(self.table, self.tok),)
        return self.subj[0]


def _conditions_hold(around: _Around, sense: Sense, passive: bool) -> bool:
    table, tok, obj = around.table, around.tok, around.obj
    if sense.passive_only and not passive:
        return False
    if sense.no_object and obj is not None and table.dep[obj.i] != "pobj":  # a pobj: a prepositional verb
        return False
    if sense.objects and (obj is None or not around.object_words() & sense.objects):
        return False
    if sense.objects_all and not _names_all(around.pattern_words(), sense.objects_all):
        return False
    if sense.preps and not around.has_prep(sense.preps):
        return False
    if sense.pobj_all and not any(
        _names_all(object_words(table, p), sense.pobj_all)
        for p in (
            *prep_objects(table, tok, sense.preps),
            *(prep_objects(table, obj, sense.preps) if obj else ()),
        )
    ):
        return False
    if sense.subjects and not _word_before(table, tok, sense.subjects):
        subj = around.subject()
        # "King Abdullah flew to Cairo": a title before a name counts as the subject's word; a word
        # before a common noun does not ("Party activists attacked", "State workers protested").
        titles = (
            {table.lemma[c] for c in table.children[subj.i] if table.dep[c] == "compound"}
            if subj is not None and table.pos[subj.i] == "PROPN"
            else set()
        )
        # A two-word subject ("suicide bomber") names its head with the compound before it.
        pairs = (
            {
                f"{table.lemma[c].lower()} {table.lemma[subj.i].lower()}"
                for c in table.children[subj.i]
                if table.dep[c] == "compound"
            }
            if subj is not None
            else set()
        )
        if subj is None or not ({table.lemma[subj.i], subj.lower_} | titles | pairs) & sense.subjects:
            return False
    if sense.complements:
        lemmas = {table.lemma[t] for t in _clause_below(table, tok.i)}
        if not lemmas & sense.complements:
            return False
    return True


def _word_before(table: TokenTable, tok: Token, words: frozenset[str]) -> bool:
    """An imported pattern's word before the verb is its subject's head or an adverb on the verb
    ("- SHARPLY * [111]": "sharply attacked" is criticism; "ethnically cleansed")."""
    return any(table.dep[c] == "advmod" and table.tokens[c].lower_ in words for c in table.children[tok.i])


def _names_all(words: set[str], groups: tuple[frozenset[str], ...]) -> bool:
    """Every group (a word, or a synonym set's members) names one of the words."""
    return bool(words) and all(not g.isdisjoint(words) for g in groups)


def _clause_below(table: TokenTable, i: int) -> Iterator[int]:
    """The trigger's own clause: its subtree minus embedded and coordinated clauses."""
    dep, children = table.dep, table.children
    stack = list(children[i])
    while stack:
        t = stack.pop()
        if dep[t] in ("ccomp", "advcl", "conj", "relcl", "parataxis"):
            continue
        yield t
        stack.extend(children[t])


def clause_tokens(table: TokenTable, tok: Token) -> list[int]:
    """The indices of the trigger and the words of its own clause."""
    return [tok.i, *_clause_below(table, tok.i)]


def _keys(table: TokenTable, tok: Token, lemma: str, share: bool) -> Iterator[tuple[str, Token | None]]:
    """Codebook keys to try for a verb, most specific first, with the object slot for each.
    Only for a verb that starts a longer entry: any other has its lemma as its only key."""
    dep, tokens, children = table.dep, table.tokens, table.children
    kids = children[tok.i]
    obj = direct_object(table, tok, share)
    for c in kids:
        # The parser often labels a particle as an adverb ("fired back", "pulled out").
        if dep[c] == "prt" or (dep[c] == "advmod" and tokens[c].lower_ in PARTICLES):
            yield f"{lemma} {tokens[c].lower_}", obj
    if obj is not None:
        yield f"{lemma} {table.lemma[obj.i]}", None
    for c in kids:
        if dep[c] in ("acomp", "oprd"):
            yield f"{lemma} {tokens[c].lower_}", obj
        elif dep[c] == "ccomp" and (table.pos[c] == "ADJ" or table.lemma[c] == "be"):
            # "found the company guilty" / "ruled that the ban was illegal": the adjective's small clause; "not guilty" none.
            adj = c if table.pos[c] == "ADJ" else next((k for k in children[c] if dep[k] == "acomp"), None)
            small = next((tokens[k] for k in children[c] if dep[k] == "nsubj"), None)
            if adj is not None and not any(dep[k] == "neg" for k in (*children[adj], *children[c])):
                yield f"{lemma} {tokens[adj].lower_}", small if small is not None else obj
    for c in (c for c in kids if dep[c] in ("prep", "dative")):
        pobj = next((tokens[p] for p in children[c] if dep[p] == "pobj"), None)
        where = pobj is not None and (time_word(pobj) or (tokens[c].lower_, pobj.ent_type_) in _WHERE)
        if not where:
            # "pressed the court on Wednesday to ...", "gave aid to victims in Bangladesh": when and where are
            # no part of the verb ("press on", advance, is PETRARCH2's 190; "give in", yield, 080).
            yield f"{lemma} {tokens[c].lower_}", obj if obj is not None else pobj
    yield lemma, obj


def time_word(tok: Token) -> bool:
    """A date or time ("Wednesday", "last month", "at dawn"): what a time phrase's object is."""
    return tok.ent_type_ in ("DATE", "TIME")


def match_verb(table: TokenTable, tok: Token, book: Codebook) -> Match | None:
    """The first satisfied sense of the most specific key; None when no sense (or a null sense) holds.
    When nothing holds, or only a null catch-all, the imported patterns the merge left out are
    tried (`imported.py`). An object shared with a second verb is the first verb's only when one
    of its senses codes it: "The rebels withdrew and shelled the town" withdrew (087) from
    somewhere, and shelled the town."""
    found = _match_verb(table, tok, book, True)
    shared = direct_object(table, tok, False) is None and direct_object(table, tok) is not None
    if shared and (found is None or found.sense.code is None):
        return _match_verb(table, tok, book, False) or found
    return found


def _match_verb(table: TokenTable, tok: Token, book: Codebook, share: bool) -> Match | None:
    lemma = verb_lemma(table, tok, book)
    if lemma in book.phrasal:
        keys = list(_keys(table, tok, lemma, share))
    elif lemma in book.verbs:
        keys = [(lemma, direct_object(table, tok, share))]
    else:
        return None
    passive = is_passive(table, tok)
    arounds: dict[int, _Around] = {}
    # Only the senses the words after the verb may satisfy are tried (`gates.py`): the first that holds is the same.
    gates = book.verb_gates
    found = _first_sense(arounds, table, tok, keys, lambda key, around: gated(gates, key, around.pattern_words), passive)
    if found is not None and not catch_all(found.sense):
        return found
    obj = direct_object(table, tok, share)
    # An event noun the book codes as the object ("extend their ceasefire") tells the event by its noun
    # frame; an offer or a demand ("declined an offer") is what the verb acts on, as imported patterns say.
    if obj is not None and (w := table.lemma[obj.i]) in book.nouns and w not in book.classes.get("request", ()):
        return found

    def imported(key: str, around: _Around) -> list[Sense]:
        return fallback_senses(book, key, around.pattern_words)

    return _first_sense(arounds, table, tok, keys, imported, passive) or found


def _first_sense(
    arounds: dict[int, _Around],
    table: TokenTable,
    tok: Token,
    keys: list[tuple[str, Token | None]],
    senses_of: Callable[[str, _Around], Sequence[Sense] | None],
    passive: bool,
) -> Match | None:
    for key, obj in keys:
        around = arounds.get(-1 if obj is None else obj.i)
        if around is None:
            around = arounds[-1 if obj is None else obj.i] = _Around(table, tok, obj)
        for sense in senses_of(key, around) or ():
            if _conditions_hold(around, sense, passive):
                return Match(tok, key, sense, obj, passive)
    return None


def gerund_subject(table: TokenTable, i: int, book: Codebook, reactions: frozenset[str] = frozenset()) -> bool:
    """ "Fighting between rival militias killed 12": a gerund that is its clause's subject and
    a noun the codebook knows names the act as a noun, with its "between" sides, not a verb. So does a bare one
    the parser hangs as a clause on a verb of reaction ("UN condemns killing"): what is condemned, not done."""
    tok = table.tokens[i]
    if tok.tag_ != "VBG" or tok.lower_ not in book.nouns:
        return False
    if table.dep[i] == "xcomp" and all(table.pos[c] in ("SPACE", "PUNCT") for c in table.children[i]):
        return table.lemma[table.head[i]] in reactions
    return table.dep[i] in ("csubj", "nsubj", "nsubjpass")


def match_noun(table: TokenTable, tok: Token, book: Codebook) -> Match | None:
    lemma = tok.lower_ if tok.tag_ == "VBG" else table.lemma[tok.i]
    senses = book.nouns.get(lemma)
    if not senses:
        return None
    dep = table.dep
    if dep[tok.i] == "compound" and table.lemma[table.head[tok.i]] in book.classes.get("person", ()):
        return None  # "aid workers", "protest leaders": a kind of people, not an act
    modifiers = {table.lemma[c] for c in table.children[tok.i] if dep[c] in ("compound", "amod")}
    # "the suspension of military ties", "the delivery of grain": what the act is done to, told with "of".
    for of in table.children[tok.i]:
        if dep[of] == "prep" and table.tokens[of].lower_ == "of":
            for pobj in (p for p in table.children[of] if dep[p] == "pobj"):
                modifiers |= object_words(table, table.tokens[pobj])
    for sense in senses:
        if sense.preps and not has_prep(table, tok, None, sense.preps):
            continue
        if sense.objects and not modifiers & sense.objects:  # for a noun: "hunger strike"
            continue
        if sense.complements and not {table.lemma[t] for t in _clause_below(table, tok.i)} & sense.complements:
            continue  # "an attempt to kill": only a tried killing; "an attempt to mediate" is none
        return Match(tok, lemma, sense, None, False)
    return None
