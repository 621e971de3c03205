"""Acts told outside a finite main clause, read off the tree: which verb a gerund told beside
it belongs to ("said, after meeting X"), which finite verb a verb the parser joined to an
infinitive belongs to ("welcomed the decision to give up arms and pledged ..."), the object two
coordinated verbs share ("detained and questioned a journalist"), and the leader a body acts for
("a delegation led by Iran's deputy foreign minister"), and the reporting verb a speaker's own
adjunct belongs to ("said it would send troops, rejecting calls to ..."). match.subject and
match.direct_object read them, actors.resolve reads `led_by` for a body with no code of its own;
modality reads `adjunct_verb` to carry a planned, expected or possible act over to its gerund, and
`speaker_adjunct` to keep the reported clause's future or possibility off the speaker's act, and
`complement_dep` to read a complement the parser hung as an adverbial ("refused on Sunday to free",
"ruled out sending troops") as the complement it is, and `own_possibility` for a step a speaker says it may take
("said it could impose sanctions").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.events.contents import content_clause
from newsgraph.understand.events.tree import TokenTable

# Verbs whose "to" complement is what they ask of their object ("urged Y to ...").
OBJECT_CONTROL = frozenset(
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
        # session 18 verbal: "appealed to donors to send aid", "pleaded with / begged / implored them to".
        "appeal",
        "plead",
        "beg",
        "implore",
        "exhort",
    }
)
# Verbs whose "to" complement is their subject's own act, refused, agreed or planned ("refused to
# free", "vowed to fight"); see `complement_dep`.
_SUBJECT_CONTROL = frozenset({
    "refuse", "decline", "agree", "promise", "pledge", "vow", "offer", "threaten", "plan", "decide", "seek",
    "fail", "try", "attempt", "swear", "intend", "undertake", "resolve",
})  # fmt: skip
# Phrasal verbs whose gerund is their object ("ruled out sending troops").
_GERUND_TAKERS = frozenset({"rule out"})
# Prepositions of time and manner whose gerund is done by the clause's own subject. Not "since":
# "has rebuilt ties since lifting sanctions" tells history, the act that began what is reported.
_ADJUNCT_PREPS = frozenset({"after", "before", "while", "upon", "on", "in", "by"})
# Verbs whose "on" phrase is their object, the plan or topic, not a time: "agreed on holding
# talks", "is insisting on inspecting the sites", "is working on imposing sanctions".
_ON_OBJECT = frozenset({
    "insist", "agree", "decide", "work", "focus", "count", "plan", "depend", "concentrate", "rely",
    "settle", "embark", "comment", "vote", "negotiate", "talk", "bank", "dwell", "reflect", "elaborate",
    "press", "push", "keep", "go", "center", "centre", "compromise", "cooperate", "collaborate", "consult",
})  # fmt: skip
# Units of a span that puts a gerund well before the story: "two years after accusing Washington".
_LONG_AGO = frozenset({"year", "month", "decade"})
# Verbs that attribute a report ("..., officials said").
_ATTRIBUTION = frozenset({"say", "tell", "report", "add", "announce"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# What a bare first verb of "V and V OBJ" may carry: nothing that makes it a clause of its own.
_BARE_VERB_DEPS = frozenset({"nsubj", "aux", "neg", "cc", "conj", "advmod", "punct"})
# Verbs that report a statement, whose that-clause the small parser hangs a speaker's adjunct on.
_REPORTING = frozenset({
    "say", "tell", "announce", "state", "declare", "add", "warn", "insist", "claim", "confirm",
    "report", "write", "stress", "reiterate", "argue", "assert", "maintain", "charge", "allege",
})  # fmt: skip
# Acts done by saying: told as a participle after a reported clause, they are the speaker's own
# ("said Chile was plotting ..., accusing Santiago of ..."), as a participle of doing is the
# reported clause's ("police said gunmen attacked a convoy, killing three").
_SPOKEN_ACTS = frozenset({
    "accuse", "reject", "defy", "dismiss", "urge", "blame", "say", "add", "call", "warn", "vow",
    "insist", "threaten", "deny", "condemn", "criticise", "criticize", "praise", "welcome", "demand",
    "appeal", "plead", "describe", "brand", "label", "rule", "pledge", "promise", "hail", "cite",
    "charge", "complain", "protest", "refuse", "ask", "challenge", "repeat", "reiterate", "stress",
    "signal", "echo", "rebuff", "spurn", "snub", "denounce", "decry", "slam", "blast", "question",
})  # fmt: skip
# How far above the adjunct the reported clause's verb may sit ("was plotting to seize ..., accusing").
_REPORTED_CHAIN = ("xcomp", "conj")
# Bodies that act for whoever leads them: "a delegation led by Iran's deputy foreign minister".
_LED_BODIES = frozenset({"delegation", "team", "mission", "panel", "committee", "coalition", "force"})


def adjunct_verb(table: TokenTable, i: int) -> int | None:
    """ "said, after meeting X", "held talks before flying to Y", "joined X in condemning": a
    gerund under a time or manner preposition on a verb is that verb's subject's act, told
    beside it. Not "accused X of arming", "arrested for killing": the gerund is the object's act."""
    h = table.head[i]
    if table.dep[i] != "pcomp" or table.lemma[h] not in _ADJUNCT_PREPS or table.dep[h] != "prep":
        return None
    verb = table.head[h]
    if table.lemma[h] == "on" and h > verb and table.lemma[verb] in _ON_OBJECT:
        # "On arriving in Cairo, the envoy met": an "on" that opens the clause is still a time.
        return None
    if _long_ago(table, i, h):
        return None
    if table.lemma[h] == "in" and not any(
        table.dep[c] in ("dobj", "obj") and (table.pos[c] == "PROPN" or table.entity_type[c])
        for c in table.children[verb]
    ):
        # "joined Germany in condemning" tells a second act, done with the named partner; "took
        # part in investigating", "succeeded in persuading" only say what the first act was.
        return None
    if table.pos[verb] not in ("VERB", "AUX") or verb == h:
        return None
    if table.lemma[verb] in _ATTRIBUTION:
        # "Pakistan handed the suspect over, officials said, a week after capturing him": hung on
        # the attribution that follows the report, the gerund belongs to the reported clause.
        told = next((c for c in table.children[verb] if table.dep[c] == "ccomp" and c < verb), None)
        return told if told is not None else verb
    return verb


def speaker_adjunct(table: TokenTable, i: int) -> int | None:
    """ "Iran said it would resume enrichment, defying a European demand", "said the United States
    was plotting to kill him, accusing Washington of ...": a participle of saying, set off by a comma
    after a reported clause, is the speaker's act, which the small parser hangs on the reported
    verb. The reporting verb it belongs to, or None. Its doer is the speaker, and the reported
    clause's future, plan or possibility is not its own: the speaker did it by saying so."""
    if table.dep[i] != "advcl" or table.tag[i] != "VBG" or table.lemma[i] not in _SPOKEN_ACTS:
        return None
    if any(table.dep[c] in ("nsubj", "nsubjpass", "mark") for c in table.children[i]):
        return None
    first = min((i, *table.children[i]))
    if first == 0 or table.tokens[first - 1].text != ",":
        return None
    up = table.head[i]
    for _ in range(3):
        if table.dep[up] not in _REPORTED_CHAIN or table.head[up] == up:
            break
        up = table.head[up]
    reporter = table.head[up]
    # Not a clause told before its attribution ("The State Department summoned the envoy, accusing
    # Damascus of ..., a spokesman said"): there the adjunct is the clause's own doer's.
    if table.dep[up] != "ccomp" or not reporter < up < i or table.lemma[reporter] not in _REPORTING:
        return None
    return reporter if _speaker_acts(table, reporter, up, i) else None


# Modals of a reported future or possibility ("said it would send troops, rejecting calls ..."), and
# verbs of a reported plan ("said the rebels were planning to seize the port, accusing X of ...").
_PLANS = frozenset(
    {"plan", "plot", "prepare", "intend", "aim", "seek", "conspire", "scheme", "try", "attempt"}
)
_MODALS = frozenset({"would", "will", "could", "might", "may", "shall", "should", "can", "must"})


def _speaker_acts(table: TokenTable, reporter: int, told: int, i: int) -> bool:
    """Whether the adjunct `i` after the clause `told` is the speaker's act rather than the told
    clause's doer's. It is when the clause tells of the speaker itself ("said it would ...", "said
    the ministry had ..." with the ministry speaking), tells a future or possibility (a plan is
    announced by saying it), or the adjunct aims at the clause's own doer, who does not accuse
    himself ("said the United States was plotting ..., accusing Washington"). A reporter of someone
    else's deed ("police said gunmen attacked a convoy, killing three"; "officials said the rebels
    walked out, rejecting an offer") leaves the deed and its adjunct to the doer."""
    told_subj = next((c for c in table.children[told] if table.dep[c] in ("nsubj", "nsubjpass")), None)
    if told_subj is None:
        return False
    if table.pos[told_subj] == "PRON" and table.lemma[told_subj] not in ("there", "this", "that"):
        return True
    if table.lemma[told] in _PLANS or any(
        table.dep[c] == "aux" and table.lemma[c] in _MODALS for c in table.children[told]
    ):
        return True  # a future or a plan is told, not done: the act beside it is the telling's
    speaker = next((c for c in table.children[reporter] if table.dep[c] == "nsubj"), None)
    if speaker is not None and table.lemma[speaker] == table.lemma[told_subj]:
        return True
    aimed = [c for c in table.children[i] if table.dep[c] == "dobj"]
    return any(
        table.lemma[a] == table.lemma[told_subj]
        or (table.lemma[a] in _ONE_FORCE and table.lemma[told_subj] in _ONE_FORCE)
        or (table.tokens[a].ent_type_ == "GPE" and _national(table, told_subj))
        for a in aimed
    )


def _national(table: TokenTable, i: int) -> bool:
    """A country's name or people: "the United States", "Israeli agents" (a state the adjunct names again)."""
    return table.tokens[i].ent_type_ == "GPE" or any(
        table.dep[c] in ("amod", "compound") and table.tokens[c].ent_type_ in ("NORP", "GPE")
        for c in table.children[i]
    )


# Names of one armed force: "said Israeli troops killed two farmers, accusing the army of ...".
_ONE_FORCE = frozenset({"army", "troop", "soldier", "force", "military"})


def doer_verb(table: TokenTable, i: int) -> int | None:
    """The verb whose subject does what a gerund or participle beside it tells: `adjunct_verb`
    ("said, after meeting X"), else the reporting verb of a speaker's adjunct (`speaker_adjunct`:
    "said Y was plotting ..., accusing Y of ...": the speaker accuses)."""
    verb = adjunct_verb(table, i)
    return speaker_adjunct(table, i) if verb is None else verb


def _long_ago(table: TokenTable, i: int, prep: int) -> bool:
    """ "..., two years after accusing Washington of backing a coup in 2002": a gerund set years
    or months before the story, or dated by a year of its own, is background, not a new act."""
    if any(table.dep[c] == "npadvmod" and table.lemma[c] in _LONG_AGO for c in table.children[prep]):
        return True
    return any(
        t.ent_type_ == "DATE" and len(t.text) == 4 and t.text.isdigit() for t in table.tokens[i].subtree
    )


# Adverbs that make a verb the next act in a sequence ("seized the town, then executed three soldiers").
_NEXT = frozenset({"then", "later", "subsequently", "afterwards", "afterward"})


def next_act(table: TokenTable, i: int) -> bool:
    """ "Police arrested two men, then released them": a verb after ", then" that the small parser
    hangs on the verb before it with no relation (`dep`) is a second act of that verb's subject, as a
    conjoined verb is. Only a verb of its own tense with no subject of its own."""
    h = table.head[i]
    return (
        table.dep[i] == "dep"
        and h < i
        and table.pos[h] == "VERB"
        and table.tag[i] in _FINITE
        and table.lemma[i - 1] in _NEXT  # the parser hangs the "then" on either verb
        and table.dep[i - 1] == "advmod"
        and not any(table.dep[c] in ("nsubj", "nsubjpass") for c in table.children[i])
        # Not across another clause: in "killed three rebels, officials said, then denied it" the
        # denial may be the officials'; only a verb the "then" follows directly is the next act.
        and not any(table.pos[k] in ("VERB", "AUX") for k in range(h + 1, i))
    )


# Nouns a denial can take for the report it answers ("a charge Asmara denied").
# Nouns of a claim someone made: what a denial answers ("a charge Asmara denied") and what an inquiry looks into
# ("an inquiry into allegations that officers ...").
CLAIM_NOUNS = frozenset(
    {"allegation", "claim", "accusation", "charge", "report", "assertion", "suspicion", "complaint"}
)


def retort(table: TokenTable, told: int) -> bool:
    """ "Sudan accused Eritrea of arming rebels, a charge Asmara denied": the small parser makes the
    whole report the denial's complement (`told`). A complement that comes first, set off by a comma
    before the claim noun the denial governs, was told as fact; the denier only answers it."""
    denial = table.head[told]
    if told > denial or table.dep[told] != "ccomp":
        return False
    claims = [c for c in table.children[denial] if told < c < denial and table.lemma[c] in CLAIM_NOUNS]
    return any(set_off_claim(table, c) for c in claims)


def answered_report(table: TokenTable, i: int) -> int | None:
    """The verb of the report a denial `i` answers ("India accused Pakistan of ..., a charge Islamabad
    denied"): the clause the parser made its complement (`retort`), or the clause its claim noun is
    set beside when the parser reads the denial as the noun's relative clause."""
    told = next((c for c in table.children[i] if retort(table, c)), None)
    if told is not None:
        return told
    claim = table.head[i]
    if table.dep[i] != "relcl" or not set_off_claim(table, claim):
        return None
    up = table.head[claim]
    while table.pos[up] != "VERB" and table.head[up] != up and table.dep[up] not in ("ccomp", "relcl"):
        up = table.head[up]
    return up if table.pos[up] == "VERB" and up < claim else None


def set_off_claim(table: TokenTable, claim: int) -> bool:
    """ ", a charge ...": a claim noun with its article, after a comma; never anyone's act or its doer."""
    return (
        table.lemma[claim] in CLAIM_NOUNS
        and claim >= 2
        and table.lemma[claim - 1] in ("a", "an", "the")
        and table.tokens[claim - 2].text == ","
    )


def finite_above(table: TokenTable, i: int) -> int | None:
    """ "welcomed Libya's decision to give up arms and pledged to ...": a finite verb cannot share
    a "to" infinitive's clause, so when the parser joins one to an infinitive it is the second act
    of the nearest finite verb above; that verb, or None when the verb is no such conjunct."""
    h = table.head[i]
    if table.dep[i] != "conj" or table.tag[i] not in _FINITE or not to_infinitive(table, h):
        return None
    up = h
    while table.tag[up] not in _FINITE and table.head[up] != up:
        up = table.head[up]
    return up if up != h and table.tag[up] in _FINITE else None


def has_to(table: TokenTable, i: int) -> bool:
    """Whether the verb carries its own "to" ("to free", "to visit"), whatever the parser hung it on."""
    return any(table.dep[c] == "aux" and table.tokens[c].lower_ == "to" for c in table.children[i])


def to_infinitive(table: TokenTable, i: int) -> bool:
    """A bare "to" infinitive: "to free the hostages"."""
    return table.tag[i] == "VB" and has_to(table, i)


def shared_object(table: TokenTable, i: int) -> Token | None:
    """ "detained and questioned an American journalist", "shot and killed five rebels": a verb
    with nothing of its own, coordinated with a second verb that has no subject of its own,
    shares that verb's object (one act on one person, told with two verbs)."""
    dep, kids = table.dep, table.children[i]
    if not any(dep[c] == "cc" for c in kids) or any(dep[c] not in _BARE_VERB_DEPS for c in kids):
        return None
    for c in kids:
        if dep[c] == "conj" and table.pos[c] == "VERB" and c > i:
            if any(dep[o] in ("nsubj", "nsubjpass") for o in table.children[c]):
                return None
            return next((table.tokens[o] for o in table.children[c] if dep[o] in ("dobj", "obj")), None)
    return None


def led_by(table: TokenTable, i: int) -> Token | None:
    """ "A delegation led by Iran's deputy foreign minister held talks": a body led by someone
    acts for them; its leader says whose it is."""
    if table.lemma[i] not in _LED_BODIES:
        return None
    for c in table.children[i]:
        if table.dep[c] != "acl" or table.lemma[c] not in ("lead", "head"):
            continue
        for by in table.children[c]:
            if table.dep[by] == "agent":
                found = next((p for p in table.children[by] if table.dep[p] == "pobj"), None)
                if found is not None:
                    return table.tokens[found]
    return None


# Verbs that give a group its name: "a group calling itself X", "a group called X", "a cell known as X".
_NAMING = frozenset({"call", "know", "name", "style", "dub"})


def called(table: TokenTable, i: int) -> Token | None:
    """ "A group calling itself the Islamic Army in Iraq said ...", "a militant group known as Ansar al-Sunna": the
    name a group is called by (the oprd or the "as" object of a naming verb on it) says who it is."""
    for c in table.children[i]:
        if table.dep[c] != "acl" or table.lemma[c] not in _NAMING:
            continue
        for k in table.children[c]:
            if table.dep[k] in ("oprd", "attr"):
                return table.tokens[k]
            if table.dep[k] == "prep" and table.tokens[k].lower_ == "as":
                found = next((p for p in table.children[k] if table.dep[p] == "pobj"), None)
                if found is not None:
                    return table.tokens[found]
    return None


# Verbs of permission, whose "to" complement is what someone may do (`modality`: not told as done).
_PERMITTING = frozenset({"allow", "permit"})


def complement_dep(table: TokenTable, i: int) -> str:
    """The token's dependency, reading a "to"-clause the small parser hung as an adverbial
    clause after an intervening phrase ("pressed the court on Wednesday to uphold ...") as the
    object-control complement it is: only under an object-control verb with its object, or under a
    subject-control verb with none."""
    dep = table.dep[i]
    h = table.head[i]
    if content_clause(table, i):
        return "acl"  # "a demand that it give up enrichment": what the noun says, no relative clause
    if dep == "ccomp" and table.lemma[h] in _PERMITTING and has_to(table, i):
        return "xcomp"  # "allowed U.N. inspectors to visit": the parser gives the permitted act its own subject
    if dep != "advcl":
        return dep
    to = has_to(table, i)
    own_object = any(table.dep[c] in ("dobj", "obj", "dative") for c in table.children[h])
    if table.lemma[h] in _SUBJECT_CONTROL and to and table.tag[i] == "VB" and not own_object:
        # "refused on Sunday to free the hostages", "agreed on Monday to resume talks": a verb that
        # takes its own subject's infinitive has no purpose clause without an object of its own.
        return "xcomp"
    if table.tag[i] == "VBG" and _gerund_taker(table, h, i):
        return "xcomp"  # "ruled out sending troops": the parser hangs the gerund object as an adverbial
    if table.lemma[h] not in OBJECT_CONTROL:
        return dep
    if table.lemma[h] == "call":
        # "called on Y on Monday to ..."; "called a meeting to discuss" is a purpose clause.
        asked = called_through(table, h, ("on", "upon"))
    else:
        asked = any(table.dep[c] in ("dobj", "obj") for c in table.children[h])
    return "xcomp" if asked and to else dep


def _gerund_taker(table: TokenTable, h: int, i: int) -> bool:
    """Whether `h` is a phrasal verb whose gerund is its object ("ruled out sending"), with the
    gerund bare (no "after", no subject) and no other object."""
    kids = table.children
    phrasal = any(
        table.dep[c] == "prt" and f"{table.lemma[h]} {table.tokens[c].lower_}" in _GERUND_TAKERS for c in kids[h]
    )
    return (
        phrasal
        and not any(table.dep[c] in ("dobj", "obj") for c in kids[h])
        and not any(table.dep[c] in ("mark", "nsubj", "nsubjpass") for c in kids[i])
    )


# People named by their trade, whose compound names the trade ("drug dealer", "arms smuggler", "opium grower").
_TRADE_PEOPLE = frozenset(
    {"dealer", "trafficker", "smuggler", "lord", "baron", "kingpin", "boss", "courier", "runner", "grower", "seller"}
)


def trade_words(table: TokenTable, obj: Token | None, words: set[str]) -> set[str]:
    """The object words an imported pattern reads: for a person named by trade, the noun alone. "Arrested a drug
    dealer" seizes the dealer; PETRARCH's null "seize drugs" pattern is about the drugs."""
    if obj is not None and words & _TRADE_PEOPLE:  # "a drug dealer", "one of the most wanted drug traffickers"
        return {table.lemma[obj.i], obj.lower_} | (words & _TRADE_PEOPLE)
    return words


# The possibility a speaker gives a step of its own ("could", "may", "might"; "would" is the reported future).
_OWN_POSSIBLE = frozenset({"could", "may", "might"})
# Subjects by which a reported clause speaks of its own speaker: "the EU said it could ...".
_SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "i"})


def own_possibility(table: TokenTable, i: int, speech: frozenset[str]) -> bool:
    """ "The EU said it could impose sanctions on Sudan": verb `i` is a step the speaker of a `speech` verb says it
    may take itself, its subject a pronoun for the speaker; a third party's guess ("analysts said Iran could be
    sanctioned", "said the EU could act") is not the actor's own word."""
    head = table.head[i]
    if head == i or table.dep[i] != "ccomp" or table.lemma[head] not in speech:
        return False
    if not any(table.dep[c] == "nsubj" for c in table.children[head]):
        return False
    children = table.children[i]
    if any(table.dep[c] == "aux" and table.lemma[c] == "have" for c in children):
        return False  # "said it may have killed civilians": a possibility about the past, no warning
    return any(table.dep[c] == "aux" and table.tokens[c].lower_ in _OWN_POSSIBLE for c in children) and any(
        table.dep[c] == "nsubj" and table.tokens[c].lower_ in _SPEAKER_PRONOUNS for c in children
    )


def called_through(table: TokenTable, h: int, preps: tuple[str, ...]) -> bool:
    """Whether "call" at `h` asks someone through one of `preps` ("called on Y to", "called for Y to"): a party, not
    a day ("called Bush on Monday to discuss Iraq" is a telephone call)."""
    return any(
        table.dep[c] == "prep"
        and table.tokens[c].lower_ in preps
        and not any(table.dep[o] == "pobj" and table.tokens[o].ent_type_ in ("DATE", "TIME") for o in table.children[c])
        for c in table.children[h]
    )


def asks_object(table: TokenTable, h: int) -> bool:
    """Whether verb `h` asks its object to act ("urged Y to"): "called Bush to discuss Iraq" is a telephone call, and
    only "called on / upon Y to" asks Y."""
    return table.lemma[h] in OBJECT_CONTROL and (table.lemma[h] != "call" or called_through(table, h, ("on", "upon")))
