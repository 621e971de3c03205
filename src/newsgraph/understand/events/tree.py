"""One article's dependency parse, read once into plain lists (`read_tokens`), and the tree
walks the event stage repeats on it (`conjuncts`, `subtree`), as indices rather than spaCy Tokens."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS, TAG
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Token

from newsgraph.understand.events.captives import held_as_last_conjunct
from newsgraph.understand.events.mandates import mandated_clauses


@dataclass(frozen=True)
class TokenTable:
    """One article's parse, read once: the tokens, the attributes the event stage tests, and
    each token's children.

    spaCy builds a new Token object on every `doc[i]`, every step through a Span and every
    child `Token.children` yields, and looks a string up on every `.dep_` or `.lemma_`. The
    event stage walks the same verbs' children again and again (subject, object, modality,
    passive voice), so it reads the tree from these lists and makes no Token it does not return.
    """

    tokens: list[Token]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    lemma: list[str]  # lower-cased
    head: list[int]
    children: list[list[int]]  # in text order, as Token.children
    start: list[int]  # character offsets, as Token.idx
    end: list[int]
    iob: list[int]  # Token.ent_iob: 1 "I", 2 "O", 3 "B", 0 unset
    entity_type: list[int]  # the ent_type hash: 0 outside entities
    # Answers about one word's voice (`voice.is_passive`, `subject_undergoes`), by word: the event stage asks
    # them of the same verbs some 600 times an article, and the table never changes. Not copied by `replace`.
    voice: dict[tuple[str, int], bool] = field(default_factory=dict, init=False, repr=False, compare=False)


IOB_INSIDE, IOB_BEGIN = 1, 3
# Part-of-speech, tag and dependency names by hash, kept for the process: they are the parser's
# closed label sets, so this stays small however much text goes through. Lemmas are open-ended
# and are looked up per Doc.
_LABELS: dict[int, str] = {}


def _labels(keys: list[int], strings: StringStore) -> list[str]:
    try:
        return [_LABELS[k] for k in keys]
    except KeyError:
        for key in {k for k in keys if k not in _LABELS}:
            _LABELS[key] = strings[key]
        return [_LABELS[k] for k in keys]


def read_tokens(doc: Doc) -> TokenTable:
    """Read the Doc's parse into a TokenTable (one bulk `Doc.to_array`)."""
    if not len(doc):
        return TokenTable([], [], [], [], [], [], [], [], [], [], [])
    strings = doc.vocab.strings
    rows = doc.to_array([POS, TAG, DEP, LEMMA, IDX, ENT_IOB, ENT_TYPE, LENGTH, HEAD, ORTH, LOWER])
    pos, tag, dep, lemma, start, iob, ent_type = rows[:, :7].T.tolist()
    end = (rows[:, 4] + rows[:, 7]).tolist()
    # HEAD is an offset from the token, stored unsigned: read it back as signed.
    heads = [i + offset for i, offset in enumerate(rows[:, 8].astype("int64").tolist())]
    children: list[list[int]] = [[] for _ in heads]
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)
    lemmas = {key: strings[key].lower() for key in set(lemma)}
    words = [lemmas[k] for k in lemma]
    deps = _double_objects(_labels(dep, strings), heads, words)
    tokens = list(doc)  # one Token per word, kept for the table
    # The repairs read words' forms from the arrays, each distinct string looked up once.
    orth, lower = rows[:, 9].tolist(), rows[:, 10].tolist()
    if _HYPHEN in orth:
        texts = {key: strings[key] for key in set(orth)}
        _hyphenated_names(deps, heads, children, [texts[k] for k in orth])
    _coordinated_subjects(deps, heads, children)
    tags = _labels(tag, strings)
    lowers = {key: strings[key] for key in set(lower)}
    _past_conjuncts(deps, heads, children, tags, [lowers[k] != w for k, w in zip(lower, words, strict=True)])
    _fragment_verbs(deps, heads, children, _labels(pos, strings), words)
    _intransitive_fragments(deps, heads, children, _labels(pos, strings), words)
    _particle_objects(deps, heads, children)
    mandated_clauses(deps, heads, children, tags, words)
    _held_as_subjects(deps, heads, children, tags, words)
    held_as_last_conjunct(deps, heads, children, tags, words)
    _held_as_predicates(deps, heads, children, tags, words)
    _named_participles(deps, heads, children, tags, words)
    poses = _labels(pos, strings)
    _headline_verbs(doc, deps, heads, children, poses, tags, words)
    _verbless_sentences(doc, deps, heads, children, poses, tags)
    return TokenTable(
        tokens=tokens,
        pos=poses,
        tag=tags,
        dep=deps,
        lemma=words,
        head=heads,
        children=children,
        start=start,
        end=end,
        iob=iob,
        entity_type=ent_type,
    )


# Verbs of giving, whose two objects are a recipient and a thing given.
_GIVING = frozenset(
    {"offer", "give", "send", "grant", "promise", "hand", "lend", "pay", "award", "sell", "owe"}
)


def _double_objects(dep: list[str], heads: list[int], lemma: list[str]) -> list[str]:
    """Read a giving verb's two direct objects as English's double object: the first is the
    recipient ("offered Sudan 80 million euros", "gave the rebels an ultimatum"), which the small
    parser labels `dobj` like the thing given. Events then find the recipient where a dative stands. Of two
    predicates the parser gives a verb of naming, the first is what is named, its object."""
    # Each word's objects and predicates, in text order; a change touches only that word's own children.
    objects: dict[int, list[int]] = {}
    predicates: dict[int, list[int]] = {}
    for i, (label, head) in enumerate(zip(dep, heads, strict=True)):
        if head != i and label in _OBJECT_LABELS:
            (objects if label == "dobj" else predicates).setdefault(head, []).append(i)
    for head, found in objects.items():
        if len(found) == 2 and lemma[head] in _GIVING:
            dep[found[0]] = "dative"
    for head, found in predicates.items():
        if len(found) == 2 and head not in objects:
            dep[found[0]] = "dobj"  # "called Secretary of State Colin Powell an imbecile": the one named first
    return dep


_OBJECT_LABELS = frozenset({"dobj", "oprd"})
_HYPHEN = get_string_id("-")


def _hyphenated_names(dep: list[str], heads: list[int], children: list[list[int]], text: list[str]) -> None:
    """A hyphenated given name the tokenizer splits ("Roh Moo - hyun") that the small parser reads as three
    subjects (or objects) of one verb is one name: its last piece is the head, the others its compounds, so "Roh
    Moo-hyun and Junichiro Koizumi met" has one subject with a conjunct. Session 18 verbal."""
    for kids in children:
        for a, b, c in zip(kids, kids[1:], kids[2:], strict=False):
            if b == a + 1 and c == b + 1 and text[b] == "-" and dep[a] == dep[b] == dep[c] != "compound":
                # And a title read as one more such subject just before the name ("President Roh Moo-hyun").
                start = min([a, *children[a]])
                titles = [p for p in kids if p < a and dep[p] == dep[a] and max([p, *children[p]]) == start - 1]
                for piece in (*titles, a, b):
                    children[heads[piece]].remove(piece)
                    heads[piece], dep[piece] = c, "compound"
                    children[c].append(piece)
                children[c].sort()
                break


def _coordinated_subjects(dep: list[str], heads: list[int], children: list[list[int]]) -> None:
    """Two subjects of one verb with "and" between them are one coordinated subject, as the small parser misses
    with long titled names ("President Laurent Gbagbo and rebel leader Guillaume Soro agreed"): the second
    becomes the first's conjunct, so both sides of "agreed", "met" or "signed" are found (or the apposition of a
    title the first already has as its conjunct)."""
    # Each word's subjects, in text order: a repair turns a subject into a conjunct, so it changes no other
    # word's count of subjects.
    by_head: dict[int, list[int]] = {}
    for i, (label, head) in enumerate(zip(dep, heads, strict=True)):
        if label == "nsubj" and head != i:
            by_head.setdefault(head, []).append(i)
    for subjects in by_head.values():
        if len(subjects) != 2:
            continue
        first, second = subjects
        if not any(dep[c] == "cc" and first < c < second for c in children[first]):
            continue
        # "X and his Latvian counterpart Ilze Varna met": the name right after a conjunct title is that
        # title's apposition, the same person, not a third side.
        titled = [
            c for c in children[first] if dep[c] == "conj" and all(heads[k] == second for k in range(c + 1, second))
        ]
        to, label = (titled[0], "appos") if titled else (first, "conj")
        children[heads[second]].remove(second)
        heads[second], dep[second] = to, label
        children[to].append(second)
        children[to].sort()


def _past_conjuncts(
    dep: list[str], heads: list[int], children: list[list[int]], tag: list[str], inflected: list[bool]
) -> None:
    """A past-tense verb the small parser joins to the bare or -ing verb of a clause below a past one ("Japan
    demanded that Pyongyang explain ..., and threatened sanctions", "accused Iran of running a program and called
    on the Council") is the upper verb's second act, with its subject: a bare or -ing verb has no past conjunct.
    Not a verb whose past is its bare form ("urged them to free the men or put them on trial"), which may be bare.
    Session 18 verbal."""
    for verb, h in enumerate(heads):
        if dep[verb] != "conj" or tag[verb] != "VBD" or not inflected[verb] or tag[h] not in ("VB", "VBP", "VBG"):
            continue
        if dep[h] not in ("ccomp", "xcomp", "pcomp") or any(dep[c] in ("nsubj", "nsubjpass") for c in children[verb]):
            continue
        up = heads[heads[h]] if dep[h] == "pcomp" else heads[h]
        if tag[up] != "VBD" or up == h:
            continue
        children[h].remove(verb)
        heads[verb] = up
        children[up].append(verb)
        children[up].sort()


# Verbs whose bare participle before a "to" infinitive is a passive: someone else accuses, asks or orders the
# noun's referent to act ("Soldier accused in abuse case to plead guilty", "Iran asked on Monday to halt
# enrichment"). Verbs of the doer's own resolve ("threatened", "vowed", "agreed") read as the main verb.
_PASSIVE_BEFORE_TO = frozenset({
    "accuse", "arrest", "charge", "detain", "hold", "jail", "sentence", "convict", "ask", "urge", "call", "order",
    "tell", "force", "allow", "permit", "expect", "set", "elect", "appoint", "name", "choose", "pick", "select",
    "send", "invite", "encourage", "persuade", "pressure", "press", "warn", "advise", "require", "compel",
    "oblige", "authorize", "authorise", "train", "hire", "recruit", "deploy", "summon", "schedule", "slate",
    "tip", "bind", "cite", "free", "release", "sue", "indict", "question", "hospitalize", "bring", "fly"
})  # fmt: skip


def _fragment_verbs(
    dep: list[str], heads: list[int], children: list[list[int]], pos: list[str], lemma: list[str]
) -> None:
    """A sentence the small parser reads as one noun phrase ("Militants holding a man threatened on Monday to kill
    him": "threatened" as a participle on "man", misled by the phrase between the verb and its "to" clause) has a
    main verb it missed: a participle after the root noun, with no subject and no "by" agent, a phrase and then a
    "to" infinitive of its own, is that verb, and the root noun its subject. A participle that is one keeps its
    reading: "a man threatened by militants" has an agent, "the force sent to Iraq" no infinitive, "villagers
    forced to flee" no phrase before it, and "suspects arrested in Madrid on Friday to appear in court" a verb
    whose bare participle is a passive (`_PASSIVE_BEFORE_TO`)."""
    for root, h in enumerate(heads):
        if h != root or pos[root] not in ("NOUN", "PROPN") or dep[root] != "ROOT":
            continue
        for verb in _descendants(root, children):
            if dep[verb] != "acl" or pos[verb] != "VERB" or verb < root or lemma[verb] in _PASSIVE_BEFORE_TO:
                continue
            kids = children[verb]
            if any(dep[c] in ("nsubj", "nsubjpass", "agent", "auxpass") for c in kids):
                continue
            infinitive = next(
                (c for c in kids if c > verb and dep[c] in ("advcl", "xcomp") and _to_infinitive(c, dep, pos, children)),
                None,
            )
            if infinitive is None or not any(dep[c] == "prep" and c < infinitive for c in kids):
                continue
            _promote(verb, root, dep, heads, children)
            dep[infinitive] = "xcomp"
            break  # one main verb a sentence; the next sentence's root may need its own


# Verbs with no passive ("protested", "marched", "fled"): a participle of one on a noun is no reduced relative.
_NO_PASSIVE = frozenset({"protest", "march", "rally", "demonstrate", "riot", "flee", "die", "clash"})


def _intransitive_fragments(
    dep: list[str], heads: list[int], children: list[list[int]], pos: list[str], lemma: list[str]
) -> None:
    """ "Hundreds of students protested outside the embassy": the small parser reads the verb as a participle on the
    root noun ("students [who were] protested"), leaving the sentence no verb. A verb with no passive cannot be such
    a participle: with no subject of its own it is the main verb, and the root noun its subject."""
    for root, h in enumerate(heads):
        if h != root or pos[root] not in ("NOUN", "PROPN") or dep[root] != "ROOT":
            continue
        for verb in _descendants(root, children):
            if dep[verb] != "acl" or lemma[verb] not in _NO_PASSIVE or verb < root:
                continue
            if any(dep[c] in ("nsubj", "nsubjpass", "auxpass", "aux", "agent") for c in children[verb]):
                continue
            _promote(verb, root, dep, heads, children)
            break


def _promote(verb: int, root: int, dep: list[str], heads: list[int], children: list[list[int]]) -> None:
    """Make `verb` its sentence's main verb, and the root noun it hung on its subject."""
    children[heads[verb]].remove(verb)
    heads[verb], dep[verb] = verb, "ROOT"
    heads[root], dep[root] = verb, "nsubj"
    children[verb].append(root)
    children[verb].sort()


def _particle_objects(dep: list[str], heads: list[int], children: list[list[int]]) -> None:
    """A phrasal verb's object the small parser hangs on the particle ("sealed off [the West Bank]", as if "off"
    were a preposition) is the verb's direct object, when the verb has none."""
    for prt, verb in enumerate(heads):
        if dep[prt] != "prt" or any(dep[c] == "dobj" for c in children[verb]):
            continue
        for obj in [c for c in children[prt] if dep[c] == "pobj"][:1]:
            children[prt].remove(obj)
            heads[obj], dep[obj] = verb, "dobj"
            children[verb].append(obj)
            children[verb].sort()


# What someone is held or taken as, told by a bare noun after the verb: "held hostage", "taken captive".
_HELD_AS = frozenset({"hostage", "captive", "prisoner"})
_TAKE_AS = frozenset({"hold", "take", "keep"})


def _held_as_subjects(
    dep: list[str], heads: list[int], children: list[list[int]], tag: list[str], lemma: list[str]
) -> None:
    """ "Two Italian women held hostage in Iraq were freed": the small parser reads "held" as the main verb and
    the bare "hostage" after it as the passive subject of "were freed". The noun says what the women were held
    as, so it is the object of "held", as the parser has it in "two drivers held hostage for a week were freed";
    the freed are then the ones held (`voice.patient`)."""
    for noun, verb in enumerate(heads):
        held = noun - 1
        if (
            dep[noun] != "nsubjpass"
            or lemma[noun] not in _HELD_AS
            or tag[noun] != "NN"
            or held < 0
            or lemma[held] not in _TAKE_AS
            or tag[held] not in _PAST
            or heads[verb] != held
            or any(dep[c] in ("det", "nummod", "poss", "amod") for c in children[noun])
        ):
            continue
        children[verb].remove(noun)
        heads[noun], dep[noun] = held, "dobj"
        children[held].append(noun)
        children[held].sort()


def _held_as_predicates(
    dep: list[str], heads: list[int], children: list[list[int]], tag: list[str], lemma: list[str]
) -> None:
    """ "Took two French journalists hostage", "are holding seven drivers hostage": the bare noun after the
    object says what the people are held as (an object predicate), which the small parser reads as a second
    object, or as the object with the people for a compound before it. The people are the object."""
    for noun, verb in enumerate(heads):
        if (
            dep[noun] != "dobj"
            or lemma[noun] not in _HELD_AS
            or tag[noun] != "NN"
            or lemma[verb] not in _TAKE_AS
            or any(dep[c] in ("det", "nummod", "poss", "amod") for c in children[noun])
        ):
            continue
        if any(dep[c] == "dobj" and c < noun for c in children[verb]):
            dep[noun] = "oprd"
            continue
        people = [c for c in children[noun] if dep[c] == "compound" and c == noun - 1 and tag[c] == "NNS"]
        for c in people:
            children[noun].remove(c)
            heads[c], dep[c], dep[noun] = verb, "dobj", "oprd"
            children[verb].append(c)
            children[verb].sort()


# Verbs of naming that take an object and what it is called ("called his views outdated").
_NAMING = frozenset({"call", "brand", "label", "term", "deem", "consider"})
_PAST = frozenset({"VBN", "VBD"})
_AUXILIARIES = frozenset({"be", "have", "do"})


def _named_participles(
    dep: list[str], heads: list[int], children: list[list[int]], tag: list[str], lemma: list[str]
) -> None:
    """ "Called his views outdated": the small parser reads the object and a participle verdict
    after it as a clause ("views outdated" a ccomp with a subject and no auxiliary). It is the verb of
    naming's object and its predicate, as "called the plan a disaster" is parsed."""
    for verb, kids in enumerate(children):
        if lemma[verb] not in _NAMING or any(dep[c] in ("dobj", "oprd") for c in kids):
            continue
        # "call", "brand", "label" and "term" take no finite clause, so a past form the tagger reads as finite is the
        # verdict too; "consider" and "deem" may take one ("consider the reforms worked"), read here as a verdict.
        verdicts = [c for c in kids if dep[c] == "ccomp" and tag[c] in _PAST and lemma[c] not in _AUXILIARIES]
        for clause in verdicts[:1]:
            own = children[clause]
            subj = [c for c in own if dep[c] == "nsubj" and c < clause]
            if len(subj) != 1 or any(dep[c] in ("aux", "auxpass", "dobj", "mark") for c in own):
                continue
            own.remove(subj[0])
            heads[subj[0]], dep[subj[0]], dep[clause] = verb, "dobj", "oprd"
            kids.append(subj[0])
            kids.sort()


# Verbs a headline tells in the present whose "-s" form the small parser takes for a plural noun ("EU denounces
# arrest"): reactions and refusals, whose object is an act named as a noun. Not those whose "-s" form is as often
# a plural noun ("Ukraine protests enter second week", "Iraq bans remain", "Bush plans visit").
_HEADLINE_VERBS = frozenset(
    {"denounce", "condemn", "urge", "slam", "reject", "deplore", "criticize", "criticise", "hail", "welcome"}
    | {"deny", "oppose", "seek", "mull", "suspend", "accept", "approve", "endorse"}
)
_CLOSERS = frozenset({".", "!", "?", '"', "”", "'"})


def _headline_verbs(
    doc: Doc, dep: list[str], heads: list[int], children: list[list[int]], pos: list[str], tag: list[str], lemma: list[str]
) -> None:
    """ "EU denounces arrest": in a headline (no closing stop) the small parser reads a present verb as a plural noun
    and the act noun after it as the main verb, so that the EU would arrest. A plural noun of a verb a headline
    tells (`_HEADLINE_VERBS`), after a name and right before a root verb in its base form, is the main verb; the
    root is its object, and the name its subject."""
    for n in range(1, len(dep) - 1):
        root = n + 1
        if tag[n] != "NNS" or lemma[n] not in _HEADLINE_VERBS or dep[root] != "ROOT" or tag[root] not in ("VB", "VBP"):
            continue
        if heads[n] != root or tag[n - 1] not in ("NNP", "NNPS") or doc[n].sent[-1].text in _CLOSERS:
            continue
        subjects = [c for c in children[root] if c < n and dep[c] in ("nsubj", "compound")] + [
            c for c in children[n] if dep[c] in ("compound", "nsubj")
        ]
        children[root].remove(n)
        for c in subjects:
            children[heads[c]].remove(c)
            heads[c], dep[c] = n, "nsubj"
            children[n].append(c)
        heads[root], dep[root] = n, "dobj"
        children[n].append(root)
        heads[n], dep[n], tag[n], pos[n] = n, "ROOT", "VBZ", "VERB"
        tag[root], pos[root] = "NN", "NOUN"
        children[n].sort()


def _verbless_sentences(
    doc: Doc, dep: list[str], heads: list[int], children: list[list[int]], pos: list[str], tag: list[str]
) -> None:
    """ "Israel relaxed travel restrictions on Palestinians.": the small parser reads a past verb between a name and
    a noun as an adjective on the noun ("Israel-relaxed restrictions"), leaving the sentence no verb. A sentence of
    running text (one that ends with a stop) has one: a past form on the root noun, right after a noun or with a
    subject of its own, and no other verb in the sentence, is its verb, the noun before it its subject and the root
    noun its object. "The newly elected president." has no noun before the participle, and "U.S.-led troops
    attacked" another verb."""
    for root, h in enumerate(heads):
        if h != root or dep[root] != "ROOT" or pos[root] not in ("NOUN", "PROPN") or doc[root].sent[-1].text not in _CLOSERS:
            continue
        verbs = [c for c in children[root] if c < root and dep[c] == "amod" and tag[c] in ("VBD", "VBN")]
        below = _descendants(root, children)
        if len(verbs) != 1 or any(pos[i] in ("VERB", "AUX") for i in below if i != verbs[0]):
            continue
        verb = verbs[0]
        subject = next((c for c in children[verb] if dep[c] == "nsubj"), None)
        if subject is None and (verb == 0 or heads[verb - 1] != root or pos[verb - 1] not in ("NOUN", "PROPN")):
            continue
        if subject is None:
            subject = verb - 1
            for c in [c for c in children[root] if c <= subject]:
                children[root].remove(c)
                heads[c], dep[c] = (verb, "nsubj") if c == subject else (subject, dep[c])
                children[heads[c]].append(c)
            children[subject].sort()
        children[root].remove(verb)
        heads[verb], dep[verb], pos[verb] = verb, "ROOT", "VERB"
        heads[root], dep[root] = verb, "dobj"
        children[verb].append(root)
        children[verb].sort()


def _to_infinitive(verb: int, dep: list[str], pos: list[str], children: list[list[int]]) -> bool:
    return any(dep[a] == "aux" and pos[a] == "PART" and a < verb for a in children[verb])


def _descendants(i: int, children: list[list[int]]) -> list[int]:
    out, todo = [], list(children[i])
    while todo:
        c = todo.pop()
        out.append(c)
        todo.extend(children[c])
    return sorted(out)


def conjuncts(table: TokenTable, i: int) -> list[int]:
    """Token.conjuncts, as indices: the other members of the coordination `i` belongs to."""
    heads, dep, children = table.head, table.dep, table.children
    first = i
    while heads[first] != first and dep[first] == "conj":
        first = heads[first]
    members = [first]
    for word in members:  # grows as it goes: conjuncts of conjuncts
        members.extend(c for c in children[word] if c > word and dep[c] == "conj")
    return [m for m in members if m != i]


def subtree(table: TokenTable, i: int) -> list[int]:
    """Token.subtree, as indices and in its order."""
    children = table.children
    out: list[int] = []

    def walk(t: int) -> None:
        for c in children[t]:
            if c < t:
                walk(c)
        out.append(t)
        for c in children[t]:
            if c > t:
                walk(c)

    walk(i)
    return out
