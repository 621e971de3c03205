"""The passive voice, read off the tree: whether a verb is passive, and who it acts on.

A verb is passive with its own auxiliary ("was attacked by Y"), as a bare participle on a noun
with a "by" agent ("hostages seized by gunmen"), as a participle clause with one ("died, ambushed
by insurgents"), raised under a passive reporting verb ("were reported killed") or in "X was to
blame". Its patient is the passive subject, the noun the participle hangs on, or the subject it
inherits; its doer is the "by" agent (match.subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.events.tree import TokenTable

PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
# Participles wire copy uses as adjectives before a noun ("by visiting U.S. envoys", "by warring factions"): the
# small parser makes the participle the object of "by" and the noun its object; the noun is the agent.
ADJECTIVAL_GERUNDS = frozenset({"visiting", "visit", "rule", "ruling", "govern", "governing", "war", "warring"})


def is_passive(table: TokenTable, tok: Token) -> bool:
    known = table.voice.get(("passive", tok.i))
    if known is None:
        dep = table.dep
        known = table.voice["passive", tok.i] = (
            any(dep[c] in PASSIVE_SUBJ or dep[c] == "auxpass" for c in table.children[tok.i])
            or reduced_relative(table, tok.i)
            or subject_undergoes(table, tok.i)
            or passive_participle(table, tok.i)
            or _raisedpatient(table, tok.i) is not None
            or blamed_by_be(table, tok.i) is not None
        )
    return known


def blamed_by_be(table: TokenTable, i: int) -> int | None:
    """The "be" of "X was to blame": X is blamed, as in a passive; whoever says so blames."""
    h = table.head[i]
    if table.lemma[i] == "blame" and table.dep[i] == "xcomp" and h != i and table.lemma[h] == "be":
        return h
    return None


def _raisedpatient(table: TokenTable, i: int) -> Token | None:
    """The raised subject of a bare passive participle under a passive reporting verb: in
    "five soldiers were reported killed" the soldiers were killed, they did not kill. (With
    "to": "are reported to have been killed" carries its own auxpass; "is expected to attend"
    is active and the raised subject acts.)"""
    dep, h = table.dep, table.head[i]
    if dep[i] != "xcomp" or table.tag[i] != "VBN" or h == i:
        return None
    if any(dep[c] in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in table.children[i]):
        return None
    if not any(dep[c] == "auxpass" for c in table.children[h]):
        return None
    return next((table.tokens[c] for c in table.children[h] if dep[c] in PASSIVE_SUBJ), None)


def reduced_relative(table: TokenTable, i: int) -> bool:
    """ "hostages seized by gunmen": a bare past participle on a noun with a "by" agent is a
    passive clause about that noun (the noun is the patient, the agent acts). Without an agent
    ("the five people killed", "the plan approved last year") it only labels the noun. A noun the
    parser hangs on it as an object ("workers held hostage by a gang", "a pilot taken prisoner by
    rebels") is then a predicate on the patient, not a second patient, when the agent names someone.
    The tagger may call such a participle a past tense (VBD); hung on a noun as "acl" it is none."""
    dep, kids = table.dep, table.children[i]
    return (
        dep[i] == "acl"
        and table.tag[i] in ("VBN", "VBD")
        and table.pos[table.head[i]] in ("NOUN", "PROPN", "PRON")
        and not any(dep[c] in ("auxpass", "aux") for c in kids)
        and any(dep[c] == "agent" and (_someone_by(table, c) or not _has_object(table, i)) for c in kids)
    )


# Words that give a participle a time of its own: "freed on Monday", "expelled last week", "released overnight".
_TIMES = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "overnight",
    "weekend", "week", "month", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
})


def told_participle(table: TokenTable, i: int) -> bool:
    """ "The two women, freed by their captors on Monday, flew home": a bare participle set off by a comma after its
    noun, with a time of its own, tells an act done then (news), where "the plan proposed by X" only labels the noun
    (`reduced_relative`)."""
    h = table.head[i]
    if table.dep[i] != "acl" or not h < i - 1 or table.tokens[i - 1].text != ",":
        return False
    below = [c for c in table.children[i] if table.dep[c] in ("prep", "npadvmod", "advmod")]
    words = below + [p for c in below for p in table.children[c] if table.dep[p] == "pobj"]
    return any(table.tokens[w].lower_ in _TIMES for w in words)


def labelling_participle(table: TokenTable, i: int) -> bool:
    """ "a militant wanted over two plots", "the talks sought by Iran": a bare past participle on a noun with no
    agent and no auxiliary only labels the noun (see `reduced_relative`); it tells no act of the noun's."""
    dep, kids = table.dep, table.children[i]
    return (
        dep[i] == "acl"
        and table.tag[i] == "VBN"
        and table.pos[table.head[i]] in ("NOUN", "PROPN")
        # An object makes it a misread main verb ("Sharon's cabinet approved on Sunday his plan").
        and not any(dep[c] in ("auxpass", "aux", "agent", "nsubj", "nsubjpass", "dobj", "obj") for c in kids)
    )


def _has_object(table: TokenTable, i: int) -> bool:
    return any(table.dep[c] in ("dobj", "obj") for c in table.children[i])


def subject_undergoes(table: TokenTable, i: int) -> bool:
    """ "Journalist held by Iraqi group", "An Italian journalist held by an Iraqi group was freed": a
    participle with a "by" agent and no auxiliary is a passive the parser gave a subject, from a headline that
    drops its "is" or a reduced relative it read as the main verb. The subject undergoes the act; the agent
    does it (only a passive takes a "by" agent)."""
    known = table.voice.get(("undergoes", i))
    if known is None:
        dep, kids = table.dep, table.children[i]
        known = table.voice["undergoes", i] = (
            table.tag[i] in ("VBN", "VBD")
            and table.lemma[i] not in _BY_VERBS
            and any(dep[c] == "agent" and _someone_by(table, c) for c in kids)
            and any(dep[c] == "nsubj" for c in kids)
            and not any(dep[c] in ("aux", "auxpass", "nsubjpass") for c in kids)
        ) or headline_participle(table, i) or _participle_only(table, i) or _held_as(table, i)
    return known


# What someone is held or kept as: the bare noun of a state, not an object ("held hostage", not "held a hostage").
_HELD_AS = frozenset({"hostage", "captive", "prisoner"})


def held_captive(table: TokenTable, i: int) -> Token | None:
    """Who "held hostage" says is held: the subject of a reduced relative read as a clause (`_held_as`)."""
    if not _held_as(table, i):
        return None
    return next((table.tokens[c] for c in table.children[i] if table.dep[c] == "nsubj"), None)


def _held_as(table: TokenTable, i: int) -> bool:
    """ "Two drivers held hostage in Iraq for a week were freed": "held" with a bare singular "hostage" for its only
    object and no auxiliary is a reduced relative the parser read as a clause; its subject is the one held. One
    who holds a hostage holds "a hostage", "two hostages", or someone "hostage"."""
    dep, kids = table.dep, table.children[i]
    # "..., with hundreds of children held hostage": a circumstance of the clause it hangs on, whose doer holds them.
    held = table.lemma[i] in ("hold", "keep") or table.tokens[i].lower_ == "taken"  # "took" may be a past tense
    if not held or table.tag[i] not in ("VBN", "VBD") or dep[i] == "pcomp":
        return False
    objects = [c for c in kids if dep[c] in ("dobj", "obj")]
    return (
        len(objects) == 1
        and table.lemma[objects[0]] in _HELD_AS
        and (table.tag[objects[0]] == "NN" or table.lemma[objects[0]] == "captive")  # "held captive": JJ
        and not any(dep[c] in ("det", "nummod", "poss", "amod") for c in table.children[objects[0]])
        and any(dep[c] == "nsubj" for c in kids)
        and not any(dep[c] in ("aux", "auxpass", "nsubjpass") for c in kids)
    )


# Past participles that are no past tense ("took", not "taken"), of acts done to someone: with a subject and no
# auxiliary they are a reduced relative the parser read as a clause ("a driver taken hostage in Iraq was freed").
_PARTICIPLES_ONLY = frozenset(
    {"taken", "beaten", "slain", "stolen", "thrown", "overthrown", "driven", "forgiven", "shaken", "given", "chosen"}
    | {"sworn", "hidden", "forbidden", "withdrawn", "shown", "seen", "known", "bitten", "written", "broken", "drawn"}
)


def _participle_only(table: TokenTable, i: int) -> bool:
    """ "Two French journalists taken hostage in August were freed": a participle that cannot be a past tense, with
    a subject and no auxiliary, tells what was done to its subject."""
    kids = table.children[i]
    return (
        table.tokens[i].lower_ in _PARTICIPLES_ONLY
        and any(table.dep[c] == "nsubj" for c in kids)
        and not any(table.dep[c] in ("aux", "auxpass", "nsubjpass") for c in kids)
    )


# Acts whose doer a subject with no object cannot be: "Chechen president killed", "Aid workers seized" (lemmas).
_DONE_TO = frozenset({
    "kill", "seize", "free", "release", "arrest", "detain", "wound", "injure", "kidnap", "abduct", "shoot",
    "execute", "behead", "jail", "sentence", "convict", "charge", "indict", "expel", "deport", "capture", "ambush",
    "assassinate", "murder", "slay", "stab", "imprison", "rescue", "snatch", "hang", "bomb", "attack",
    # session 19 lead: raids and sieges a headline tells of a place or people ("Al-Jazeera office raided")
    "raid", "storm", "shell", "besiege", "hijack", "torture", "massacre", "extradite", "oust", "summon",
    # session 20 lead: verbs of backing, refusing, blaming and targeting, which take an object in every sense the
    # coder reads ("Arms embargo backed", "Embassy targeted in bombing"); not "warn", which also takes a clause
    # ("Annan warned || ... warned that the crisis could spread").
    "back", "endorse", "approve", "reject", "ratify", "veto", "condemn", "criticize", "criticise", "praise", "hail",
    "accuse", "blame", "ban", "outlaw", "sanction", "censure", "reprimand", "pardon", "acquit", "sack",
    "appoint", "elect", "re-elect", "reelect", "nominate", "deploy", "recall", "evacuate", "target",
    "order",
})


_CLOSING = (".", "!", "?", '"', "”", "'")


def headline_participle(table: TokenTable, i: int) -> bool:
    """ "Chechen president killed", "Italian aid workers seized": a headline drops the "is" of its passive, and
    the parser reads the participle as a past tense with the patient for its subject. A main verb of a violent or
    coercive act in a sentence with no closing stop (a headline; prose closes its sentences), with a subject and
    no object or auxiliary, tells what was done to the subject."""
    dep, kids = table.dep, table.children[i]
    if table.tag[i] not in ("VBN", "VBD") or dep[i] != "ROOT" or table.lemma[i] not in _DONE_TO:
        return False
    if any(dep[c] in ("dobj", "obj", "aux", "auxpass", "nsubjpass", "ccomp", "xcomp", "dative") for c in kids):
        return False
    if not any(dep[c] == "nsubj" for c in kids):
        return False
    return table.tokens[i].sent[-1].text not in (".", "!", "?", '"', "”", "'")


def headline_expected(table: TokenTable, i: int) -> bool:
    """ "Turkish Cypriots expected to back plan": a headline drops the "are" of "are expected to", and the parser
    reads an active "expected" with its subject and complement, or hangs it on the noun ("opposition expected to
    back vote"). A bare "expected" with a "to" complement and no auxiliary or object is the passive forecast,
    someone else's: on a noun anywhere, as a main verb with its subject only in a sentence with no closing stop
    (in prose "Iran expected to reply" is Iran's own expectation)."""
    dep, kids = table.dep, table.children[i]
    if table.lemma[i] != "expect" or table.tag[i] not in ("VBN", "VBD") or dep[i] not in ("ROOT", "acl"):
        return False
    if any(dep[c] in ("dobj", "obj", "aux", "auxpass", "dative") for c in kids) or not any(
        dep[c] == "xcomp" for c in kids
    ):
        return False
    if dep[i] == "acl":
        return True
    return any(dep[c] == "nsubj" for c in kids) and table.tokens[i].sent[-1].text not in _CLOSING


def _someone_by(table: TokenTable, by: int) -> bool:
    """Whether a "by" phrase names a doer: not a bare singular noun of means ("conferred by telephone", "travelled
    by car"), which the parser also labels an agent."""
    objs = [c for c in table.children[by] if table.dep[c] == "pobj" and table.lemma[c] not in _COUNTS]
    return any(table.tag[o] != "NN" or table.children[o] for o in objs)


# Verbs whose own preposition is "by" ("abided by the truce", "stood by its ally", "stopped by the office"): the
# parser's "agent" there is their object, and the verb is active.
_BY_VERBS = frozenset({"abide", "stand", "stick", "swear", "live", "go", "come", "drop", "stop", "pass", "walk", "get"})
# "fled by the thousands": a "by" of how many, not of who.
_COUNTS = frozenset({"thousand", "hundred", "million", "dozen", "score", "busload", "truckload"})


def passive_participle(table: TokenTable, i: int) -> bool:
    """ "Three soldiers died, ambushed by insurgents near Baquba": a bare past participle clause
    with a "by" agent is passive, and its patient is the subject of the clause it hangs on. So is one
    before that clause with no agent ("Expelled from Zimbabwe on Monday, the reporter flew home"): its
    subject was expelled, it expelled no one."""
    dep = table.dep
    return (
        dep[i] == "advcl"
        and table.tag[i] == "VBN"
        and table.head[i] != i
        and not any(
            dep[c] in ("dobj", "obj", "nsubj", "nsubjpass", "auxpass", "aux") for c in table.children[i]
        )
        and (any(dep[c] == "agent" for c in table.children[i]) or i < table.head[i])
    )


def patient(table: TokenTable, i: int) -> Token | None:
    """Who a passive verb with no subject of its own acts on: the noun a reduced relative hangs
    from ("hostages seized by gunmen"), or the raised subject of its clause."""
    clause = next((c for c in table.children[i] if table.dep[c] in PASSIVE_SUBJ and table.pos[c] == "VERB"), None)
    if clause is not None:
        return _held_subject(table, clause)
    if reduced_relative(table, i):
        return table.tokens[table.head[i]]
    if subject_undergoes(table, i):
        return next(table.tokens[c] for c in table.children[i] if table.dep[c] == "nsubj")
    if passive_participle(table, i):
        h = table.head[i]
        return next(
            (table.tokens[c] for c in table.children[h] if table.dep[c] in ("nsubj", *PASSIVE_SUBJ)), None
        )
    be = blamed_by_be(table, i)
    if be is not None:
        return next((table.tokens[c] for c in table.children[be] if table.dep[c] == "nsubj"), None)
    return _raisedpatient(table, i) or _raised_to_passive(table, i) or _freed_captives(table, i)


def _held_subject(table: TokenTable, clause: int) -> Token:
    """The passive subject that is a clause: "A Filipino driver held hostage in Iraq was freed", where the parser
    makes "held" the subject of "was freed", means the driver held; any other clause is its own verb."""
    if _held_as(table, clause) or _participle_only(table, clause):
        return next((table.tokens[c] for c in table.children[clause] if table.dep[c] == "nsubj"), table.tokens[clause])
    return table.tokens[clause]


def _freed_captives(table: TokenTable, i: int) -> Token | None:
    """ "Two French journalists taken hostage in August were freed": a passive with no subject of its own joined
    to a reduced relative the parser read as a clause ("taken hostage", "held hostage") acts on that clause's
    subject, the people held."""
    dep, h = table.dep, table.head[i]
    if dep[i] not in ("conj", "advcl", "ccomp") or h == i or not (_held_as(table, h) or _participle_only(table, h)):
        return None
    if not any(dep[c] == "auxpass" for c in table.children[i]):
        return None
    return next((table.tokens[c] for c in table.children[h] if dep[c] == "nsubj"), None)


def _raised_to_passive(table: TokenTable, i: int) -> Token | None:
    """The subject a "to be / to have been" passive complement inherits: in "two guards are
    said to have been wounded" or "the convoy appears to have been ambushed" the guards and the
    convoy are who the act was done to (the complement has no subject of its own)."""
    dep, h = table.dep, table.head[i]
    kids = table.children[i]
    if dep[i] != "xcomp" or h == i or not any(dep[c] == "auxpass" for c in kids):
        return None
    if any(dep[c] in ("nsubj", "nsubjpass") for c in kids):
        return None
    return next((table.tokens[c] for c in table.children[h] if dep[c] in ("nsubj", *PASSIVE_SUBJ)), None)
