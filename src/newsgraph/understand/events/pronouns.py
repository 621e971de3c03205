"""Antecedents of pronoun slots, read off the dependency tree: the subject pronoun of a reported
clause is the reporter ("Syria says it is willing"), an object pronoun in a clause hung on an
earlier act is that act's object ("expelled two diplomats, accusing them of spying"), and one in
an act of a group that holds someone is the person held ("kidnappers holding two aid workers
threatened to kill them"); and the subject pronoun of a clause of cause on an arrest is the arrested ("detained 40
activists after they occupied an office")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.events.clauses import next_act
from newsgraph.understand.events.tree import TokenTable


def reporting_subject(table: TokenTable, pron: Token) -> Token | None:
    """ "Syria says it is willing ...": an unresolved subject pronoun of a reported clause refers
    to the reporting verb's subject, the commonest antecedent in wire copy."""
    if pron.lower_ not in ("it", "they", "he", "she", "we", "its", "their", "his", "her"):
        return None
    heads, dep, pos = table.head, table.dep, table.pos
    clause = heads[pron.i]
    if dep[pron.i] == "poss":
        clause = heads[clause]
    for _ in range(3):
        if dep[clause] == "ccomp" and pos[heads[clause]] == "VERB":
            for c in table.children[heads[clause]]:
                if dep[c] == "nsubj" and pos[c] != "PRON":
                    return table.tokens[c]
            return None
        if dep[clause] in ("xcomp", "conj", "acomp") and heads[clause] != clause:
            clause = heads[clause]
            continue
        return None
    return None


_OBJECT_PRONOUNS = frozenset({"it", "him", "her", "them"})
# Prepositions of the addressee of a phrasal verb: "called on him", "appealed to them", "warned against it".
_ADDRESS = frozenset({"on", "to", "upon"})


def object_antecedents(table: TokenTable, pron: Token) -> list[Token]:
    """The candidate antecedents of an object pronoun, best first: the party an earlier act was done to
    (`_acted_on_before`), then for "him" / "her" the person named last before it (`_person_before`); the
    caller keeps the first that is an actor ("threatened on Tuesday to kill him": not Tuesday). The subject pronoun of a
    clause of cause on an arrest has one candidate, the arrested (`_punished_for`)."""
    punished = _punished_for(table, pron)
    if punished is not None:
        return [punished]
    person = _person_before(table, pron)
    joined = _subject_of_joined_clause(table, pron)
    return _acted_on_before(table, pron) + [t for t in (person, joined) if t is not None]


def _subject_of_joined_clause(table: TokenTable, pron: Token) -> Token | None:
    """ "Thousands of Palestinians marched on Friday, and Israeli troops fired tear gas to disperse them": "them"
    in a clause joined to an earlier one, with a subject of its own, refers to the earlier clause's subject when
    that clause acted on no one (`_acted_on_before` tries its objects first). The clause's own subject is never
    "them" ("troops raided the camp and arrested them": the arrested are not the troops)."""
    heads, dep = table.head, table.dep
    if pron.lower_ != "them":
        return None
    clause = heads[pron.i]
    if dep[pron.i] == "pobj":
        clause = heads[clause]  # "fired at them"
    while dep[clause] in ("xcomp", "advcl") and not _own_subject(table, clause) and heads[clause] != clause:
        clause = heads[clause]  # "fired tear gas to disperse them": the purpose's clause
    if dep[clause] != "conj" or not _own_subject(table, clause):
        return None
    earlier = heads[clause]
    return next(
        (table.tokens[c] for c in table.children[earlier] if dep[c] == "nsubj" and table.pos[c] != "PRON"), None
    )


def _own_subject(table: TokenTable, verb: int) -> bool:
    return any(table.dep[c] in ("nsubj", "nsubjpass") for c in table.children[verb])


# Acts done to someone for what they did, and the marks of the clause that tells what they did (session 21 targets).
_PUNISHING = frozenset({
    "arrest", "detain", "hold", "jail", "imprison", "sentence", "convict", "charge", "expel", "deport", "fine",
    "punish", "disqualify", "ban", "bar", "sack", "suspend", "execute",
})
_FOR_WHAT = frozenset({"after", "because"})
# What those who arrest do to make the arrest ("arrested five militants after they raided a hideout"): the clause's
# "they" is the arresters then.
_ARRESTING = frozenset({
    "raid", "search", "storm", "surround", "stop", "find", "discover", "seize", "question", "track", "trace",
    "catch", "intercept", "corner", "swoop", "receive", "learn", "identify", "launch",
})


def _punished_for(table: TokenTable, pron: Token) -> Token | None:
    """ "Police detained 40 activists after they occupied an office": the subject pronoun of a clause of time or
    cause on an arrest, a sentence or an expulsion is whom it was done to, for what they did; not its doer."""
    verb = table.head[pron.i]
    act = table.head[verb]
    if pron.lower_ not in ("he", "she", "they") or table.dep[pron.i] != "nsubj" or table.dep[verb] != "advcl":
        return None
    if table.lemma[act] not in _PUNISHING or table.pos[act] != "VERB" or table.lemma[verb] in _ARRESTING:
        return None
    if not any(table.dep[c] == "mark" and table.tokens[c].lower_ in _FOR_WHAT for c in table.children[verb]):
        return None
    return next((table.tokens[c] for c in table.children[act] if table.dep[c] in ("dobj", "nsubjpass")), None)


def _person_before(table: TokenTable, pron: Token) -> Token | None:
    """ "The group, which is holding Italian journalist Enzo Baldoni, threatened to kill him", "X was released, a
    day after gunmen seized him": "him" / "her" with no act before it to point back through refers to the person
    named last before it in its sentence, not the subject of its own verb (who would be "himself")."""
    if pron.lower_ not in ("him", "her") or _reported(table, table.head[pron.i]):
        return None  # "X said Cheney had helped him": in reported speech "him" is as often the speaker
    own = {c for c in table.children[table.head[pron.i]] if table.dep[c] in ("nsubj", "nsubjpass")}
    for t in reversed(range(pron.sent.start, pron.i)):
        tok = table.tokens[t]
        named = tok.ent_type_ == "PERSON" and table.pos[t] == "PROPN" and table.dep[t] != "compound"
        if named and t not in own:
            return tok
    return None


def _reported(table: TokenTable, verb: int) -> bool:
    """Whether the clause of `verb` is reported speech: a clausal complement, or a clause hung on one."""
    for _ in range(4):
        if table.dep[verb] == "ccomp":
            return True
        if table.dep[verb] not in ("xcomp", "conj", "advcl") or table.head[verb] == verb:
            return False
        verb = table.head[verb]
    return False


def _acted_on_before(table: TokenTable, pron: Token) -> list[Token]:
    """ "expelled two diplomats, accusing them of spying", "imposed sanctions on Syria, accusing it
    of ...": an object pronoun in a clause hung on an earlier act's verb (participle, purpose or
    conjoined clause) refers to the party that act was done to: its object, or the object of its
    "on / against / to" phrase. The candidates come best first; the caller keeps the first actor."""
    heads, dep, pos, children, tokens = table.head, table.dep, table.pos, table.children, table.tokens
    if pron.lower_ not in _OBJECT_PRONOUNS:
        return []
    clause = heads[pron.i]
    if dep[pron.i] == "pobj" and tokens[clause].lower_ in _ADDRESS and pos[heads[clause]] == "VERB":
        clause = heads[clause]  # "accused Blair of ... and called on him to resign": the addressee of a phrasal verb
    elif dep[pron.i] != "dobj":
        return []
    if pos[clause] == "VERB" and (held := _held_by_subject(table, clause, pron)):
        return held  # "abductors of a Japanese tourist beheaded him"
    for _ in range(3):
        if heads[clause] == clause:
            return []
        # "Gunmen who seized a driver said they would kill him": a reported clause is hopped only to reach the
        # party the speaker's own phrase holds.
        reported = dep[clause] == "ccomp"
        if reported and not any(dep[c] == "nsubj" and pos[c] == "PRON" for c in children[clause]):
            return []  # "a gunman who shot a policeman said soldiers had tortured him": him is the speaker
        if not reported and dep[clause] not in ("advcl", "xcomp", "conj") and not next_act(table, clause):
            return []
        clause = heads[clause]
        if pos[clause] != "VERB":
            return []
        held = _held_by_subject(table, clause, pron)
        if held or reported:
            return held
        objects = [c for c in children[clause] if dep[c] == "dobj" and c < pron.i]
        preps = [p for o in [clause, *objects] for p in children[o] if dep[p] == "prep"]
        found = [tokens[o] for o in objects if pos[o] in ("NOUN", "PROPN")] + [
            tokens[c]
            for p in preps
            if tokens[p].lower_ in ("on", "against", "to") and p < pron.i
            for c in children[p]
            if dep[c] == "pobj"
        ]
        if found:
            return found
    return []


# Agent nouns whose "of" names the one they harm, not the side they belong to ("the captors of a Briton").
VICTIM_OF = frozenset({"captor", "kidnapper", "abductor", "killer", "murderer", "assassin", "attacker", "hijacker"})


def of_objects(table: TokenTable, h: int) -> list[Token]:
    """The objects of the "of" phrases on token `h`."""
    return [
        table.tokens[p]
        for c in table.children[h]
        if table.dep[c] == "prep" and table.tokens[c].lower_ == "of"
        for p in table.children[c]
        if table.dep[p] == "pobj"
    ]


def _held_by_subject(table: TokenTable, clause: int, pron: Token) -> list[Token]:
    """The party the clause's subject holds, by a participle or relative clause on it: "kidnappers holding two
    aid workers threatened to kill them", "gunmen who seized a driver said they would kill him". The subject
    cannot be the object pronoun (that would be "themselves"), so the party its own phrase acts on is the one
    meant, when the number agrees."""
    found = []
    for subject in (c for c in table.children[clause] if table.dep[c] == "nsubj"):
        if table.lemma[subject] in VICTIM_OF:
            found += [o for o in of_objects(table, subject) if o.i < pron.i and o.pos_ in ("NOUN", "PROPN")]
        for verb in table.children[subject]:
            if table.dep[verb] in ("acl", "relcl") and table.pos[verb] == "VERB":
                found += [
                    table.tokens[o]
                    for o in table.children[verb]
                    if table.dep[o] == "dobj" and o < pron.i and table.pos[o] in ("NOUN", "PROPN")
                ]
    plural = pron.lower_ == "them"
    return [o for o in found if plural == (o.tag_ in _GROUP_TAGS or any(table.dep[c] == "conj" for c in table.children[o.i]))]


# Words that name a person, for "he" / "she" (a title or office without a name).
_PERSON_WORDS = frozenset({
    "spokesman", "spokeswoman", "president", "minister", "leader", "official", "premier", "chancellor", "king",
    "envoy", "ambassador", "commander", "general", "secretary", "cleric", "chief", "head", "governor", "mayor",
    "prosecutor", "judge", "diplomat", "negotiator", "man", "woman"
})  # fmt: skip
_GROUP_TAGS = frozenset({"NNS", "NNPS"})


def previous_subject(table: TokenTable, pron: Token) -> Token | None:
    """ "Karzai arrived in Islamabad on Monday. He met Musharraf.": the subject pronoun of a
    sentence with no antecedent of its own refers to a subject of the sentence before, the
    commonest antecedent in a wire lead. The first subject there that agrees wins: a person for
    "he" / "she", a plural or group for "they", a country or body for "it"."""
    low = pron.lower_
    # A passive subject ("They were charged") is as often the earlier sentence's patient: left alone.
    if low not in ("he", "she", "they", "it") or table.dep[pron.i] != "nsubj":
        return None
    governing = _governing_subject(table, pron)
    if governing is not None:
        return governing
    start = pron.sent.start
    if start == 0:
        return None
    previous = pron.doc[start - 1].sent
    subjects = sorted(
        (t for t in previous if table.dep[t.i] in ("nsubj", "nsubjpass") and table.pos[t.i] != "PRON"),
        key=lambda t: (_depth(table, t.i), t.i),
    )
    return next((t for t in subjects if _agrees(table, t, low)), None)


# Clauses whose subject pronoun may point back to the subject of the clause they hang on: a relative
# clause under a noun of that clause ("a raid in which they detained"), or a second clause joined to it
# ("were sent to the town, and they arrested ten people"). An adverbial clause may not share it ("will
# deploy missiles unless it drops its plans").
_SUBORDINATE = frozenset({"relcl", "conj"})
_SUBJECTS = ("nsubj", "nsubjpass")


def _governing_subject(table: TokenTable, pron: Token) -> Token | None:
    """ "Troops left Nablus after a raid in which they detained 40 men", "Troops were deployed to the
    border, where they clashed with rebels", "Soldiers were sent in, and they arrested ten people": the
    subject pronoun of a relative or conjoined clause refers to the subject (active or passive) of the
    clause it hangs under, when that subject comes first and agrees. A joined clause whose first clause
    also has an object that agrees ("Troops attacked the rebels and they fled") is left unresolved."""
    verb = table.head[pron.i]
    joined = table.dep[verb] == "conj"
    if table.dep[verb] not in _SUBORDINATE:
        return None
    i = table.head[verb]
    for _ in range(1 if joined else 6):
        if table.pos[i] in ("VERB", "AUX"):
            subj = next((c for c in table.children[i] if table.dep[c] in _SUBJECTS), None)
            if subj is None or table.pos[subj] == "PRON" or subj > pron.i:
                return None
            if not _agrees(table, table.tokens[subj], pron.lower_):
                return None
            if joined and _rival(table, i, pron):
                return None
            return table.tokens[subj]
        if table.head[i] == i:
            return None
        i = table.head[i]
    return None


def _rival(table: TokenTable, verb: int, pron: Token) -> bool:
    """Whether the first clause names a party acted on (its object, or the object of its preposition)
    that the pronoun could as well point to."""
    objects = [c for c in table.children[verb] if table.dep[c] == "dobj"]
    objects += [o for p in table.children[verb] if table.dep[p] == "prep" for o in table.children[p] if table.dep[o] == "pobj"]
    return any(o < pron.i and table.pos[o] != "PRON" and _agrees(table, table.tokens[o], pron.lower_) for o in objects)


def _agrees(table: TokenTable, tok: Token, pronoun: str) -> bool:
    tag, kind = tok.tag_, tok.ent_type_
    if pronoun in ("he", "she"):
        return tag in ("NN", "NNP") and (kind == "PERSON" or table.lemma[tok.i] in _PERSON_WORDS)
    if pronoun == "they":
        return tag in _GROUP_TAGS or any(table.dep[c] == "conj" for c in table.children[tok.i])
    return tag in ("NN", "NNP") and kind != "PERSON" and table.lemma[tok.i] not in _PERSON_WORDS


def _depth(table: TokenTable, i: int) -> int:
    depth = 0
    while table.head[i] != i and depth < 50:
        i, depth = table.head[i], depth + 1
    return depth
