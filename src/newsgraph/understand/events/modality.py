"""Modality of an event verb: what governs it, and whether it happened.

Read off the dependency tree (a TokenTable, see match):

- the nearest governing "plan/seek/ready/threaten/urge/refuse to" verb or adjective, which
  turns the embedded code into intent (03x), a threat (13x), an appeal (02x), a demand (10x)
  or a refusal (12x) through the codebook's `derive` tables;
- auxiliaries: will -> intent; could/may/might/would -> hypothetical, also for a purpose clause
  under such a verb ("missiles it could use to threaten Y"), but coercion a speaker says it may
  use itself is a threat ("said it could impose sanctions");
- negation ("did not", "never", "failed to");
- reported obligation: "X said Y should / needs to VERB" is X's appeal to Y, "must" or a
  demand word a demand;
- statement verbs ("insisted that ...") that report a position rather than an event.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.understand.events import unasserted
from newsgraph.understand.events.asking import asked_adverbially, asked_with_subject, asking_kind
from newsgraph.understand.events.clauses import adjunct_verb, own_possibility, retort, speaker_adjunct
from newsgraph.understand.events.codebook import Codebook
from newsgraph.understand.events.match import TokenTable, complement_dep, is_passive
from newsgraph.understand.events.voice import headline_expected

# "attempted / tried to VERB" in the past: the act was tried (CAMEO codes tried force as the act).
_ATTEMPTS = frozenset({"attempt", "try"})
_FORCE = frozenset({"18", "19", "20"})
# Verbs whose that-clause tells an act the speaker says did not happen (the denial is coded 12).
_DENIALS = frozenset({"deny", "dismiss", "refute"})
# The content of a claim is not asserted by the item that reports it (the guidelines code what the
# item asserts happened): "allegations / reports / rumours that X attacked Y", "alleged that ...".
# So is the content of a demand, a request or a proposal ("refused demands that it free the
# sailors"): what is asked for has not happened.
_CLAIM_NOUNS = frozenset({
    "allegation", "claim", "report", "rumour", "rumor", "accusation", "charge", "suspicion", "speculation",
    "demand", "request", "call", "appeal", "proposal", "suggestion", "ultimatum",
})  # fmt: skip
_ALLEGE_VERBS = frozenset({"allege"})
_POLLS = frozenset({"poll", "survey"})
# "was allowed / permitted to VERB": what someone may do, granted or refused, is not told as done.
_PERMISSIONS = frozenset({"allow", "permit"})
# "was plotting to kill him", "conspired to overthrow": a plot is an intention kept secret, which
# someone else tells; CAMEO codes intent (03) and threats (13) as they are expressed, so the plotted
# act is neither done nor announced.
_PLOTS = frozenset({"plot", "conspire", "scheme"})
# "threatened to stop cooperating", "vowed to keep fighting": an aspect verb passes its
# complement on to the modal above it; stopping an act means it no longer happens.
_STOPS = frozenset({"stop", "cease", "halt", "quit", "end"})
_ASPECTS = frozenset({"keep", "continue", "start", "begin", "resume"})
# CAMEO roots whose announced form is intent (03x: cooperation) or a threat (13x: protest, force, violence).
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
_THREAT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
_ANNOUNCED_ROOTS = frozenset({"15"})
# CAMEO roots coded only once the act is under way: an announced one is not yet an event.
_UNANNOUNCED_ROOTS = frozenset({"09"})
# Intent verbs of consent or commitment: what they announce is agreed, not brandished.
_CONSENTING = frozenset({"agree", "accept", "consent", "offer", "pledge", "promise"})
_WILL = frozenset({"will", "shall", "'ll", "wo"})
_TIME_MARKS = frozenset({"when", "once", "after", "before", "until"})
_HYPOTHETICAL = frozenset({"could", "may", "might", "would", "should", "can", "must", "ca"})
_OBLIGATION = frozenset({"must", "should"})
_POSSIBLE = frozenset({"could", "may", "might", "would", "can", "ca"})
_WOULD = frozenset({"would"})
_TO = frozenset({"to"})
# Verbs whose complement is a bare infinitive ("help the police restore order", "let them go").
_BARE_INFINITIVE_HEADS = frozenset({"help", "let", "make"})
# "is expected / likely to visit": someone else's expectation, not the actor's announced act
# (the guidelines code no event "expected by someone else").
_EXPECTED_VERBS = frozenset({"expect"})
_EXPECTED_ADJECTIVES = frozenset({"likely", "unlikely"})
# "both sides seem keen to keep talking": how an act looks to the writer is no act announced.
_SEEMING = frozenset({"seem", "appear"})
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
# Governing verbs that pass a that-clause's event through their modality ("agreed that ... should cooperate").
_CCOMP_MODALS = frozenset(
    {"agree", "decide", "promise", "pledge", "vow", "demand", "threaten", "urge", "ask", "warn"}
)
_PLAIN_SPEECH = SPEECH_VERBS - _CCOMP_MODALS  # verbs that report a clause and govern nothing of it
# Verbs that hold a position: with a that-clause they report a statement ("insisted he had been
# involved", "maintained it was legal"), which CAMEO does not code; the clause's own event, if
# any, is coded from the clause.
STATEMENT_VERBS = frozenset(
    {"insist", "maintain", "stress", "emphasize", "emphasise", "argue", "assert", "reiterate", "contend"}
)
# "X said Y needs to / has to VERB": obligation told with a verb instead of an auxiliary.
_OBLIGATION_VERBS = frozenset({"need", "have"})
# Verbs whose that-clause with a bare (subjunctive) verb states a requirement: a demand (10).
_MANDATIVE_VERBS = frozenset({"insist"})


@dataclass(frozen=True)
class Modality:
    kind: str | None  # intent / attempt / threaten / appeal / demand / refuse / possible, from a governing word
    head: Token | None  # the governing word
    will: bool
    hypothetical: bool
    negated: bool


def _flags(table: TokenTable, i: int) -> tuple[bool, bool, bool]:
    will, hypothetical, negated = False, unasserted.generic_relative(table, i) or unasserted.hedged(table, i), False
    dep, tokens = table.dep, table.tokens
    for c in table.children[i]:
        d = dep[c]
        if d == "neg":
            negated = True
        elif d in ("advmod", "aux", "mark"):
            low = tokens[c].lower_
            if d == "advmod" and low in _NEGATION:
                negated = True
            elif d == "aux" and (low in _WILL or unasserted.headline_to(table, i, c)):
                will = True
            elif (d == "aux" and low in _HYPOTHETICAL) or (
                d == "mark" and low in ("if", "unless", "whether")
            ):
                hypothetical = True
            elif low in _TIME_MARKS and dep[i] == "advcl" and _has_aux(table, table.head[i], _WILL):
                # "will top the agenda when the board meets next week": a clause of time on a future act is
                # future too, expected and not yet done; one in the past tense ("will free them after
                # Hezbollah freed ...") is done.
                hypothetical = hypothetical or table.tag[i] not in ("VBD", "VBN")
    return will, hypothetical, negated


def _has_aux(table: TokenTable, i: int, words: frozenset[str]) -> bool:
    dep, tokens = table.dep, table.tokens
    return any(dep[c] == "aux" and tokens[c].lower_ in words for c in table.children[i])


def _reported_would(table: TokenTable, i: int) -> bool:
    """ "said / vowed / warned that X would VERB": the future told in the past, not a possibility."""
    if table.dep[i] != "ccomp" or table.lemma[table.head[i]] not in SPEECH_VERBS | _CCOMP_MODALS:
        return False
    return _has_aux(table, i, _WOULD) and not unasserted.hedged(table, i)  # "would probably": a guess


def _any_object(table: TokenTable, i: int) -> bool:
    dep, tokens = table.dep, table.tokens
    return any(
        dep[o] == "dobj" and any(dep[d] == "det" and tokens[d].lower_ == "any" for d in table.children[o])
        for o in table.children[i]
    )


def obligation_clause(table: TokenTable, tok: Token) -> Token | None:
    """The reporting verb when `tok` is "Y must/should/needs to VERB" reported by it
    ("X said Y must ...")."""
    i = tok.i
    h = table.head[i]
    if (
        table.dep[i] == "xcomp"
        and table.lemma[h] in _OBLIGATION_VERBS
        and _has_aux(table, i, frozenset({"to"}))
    ):
        i, obligation = h, True  # "Y needs to VERB": the obligation is the "need" clause
    else:
        obligation = _has_aux(table, i, _OBLIGATION) or _mandative(table, i)
    if table.dep[i] != "ccomp" or table.lemma[table.head[i]] not in SPEECH_VERBS:
        return None
    return table.tokens[table.head[i]] if obligation else None


def _mandative(table: TokenTable, i: int) -> bool:
    """ "insisted that the Authority crack down": a bare verb with its own subject and no
    auxiliary under "insist" is what is required of that subject, as "must" says it. (The
    tagger often reads the bare form after a singular subject, "Chile withdraw", as present.)"""
    kids, dep, tag = table.children[i], table.dep, table.tag
    subjects = [c for c in kids if dep[c] == "nsubj"]
    return (
        table.lemma[table.head[i]] in _MANDATIVE_VERBS
        and bool(subjects)
        and (tag[i] == "VB" or (tag[i] == "VBP" and tag[subjects[0]] in ("NN", "NNP")))
        and not any(dep[c] in ("aux", "auxpass") for c in kids)
    )


def states_position(table: TokenTable, tok: Token) -> bool:
    """ "insisted / maintained / stressed that ...": a statement verb with a that-clause."""
    dep = table.dep
    return table.lemma[tok.i] in STATEMENT_VERBS and any(dep[c] == "ccomp" for c in table.children[tok.i])


def forecast(table: TokenTable, tok: Token) -> bool:
    """ "is expected to visit": the passive "expect" with its complement is someone's forecast of
    the act, not an event of its own (nor is the act a claim, see `_expected_by_others`)."""
    return (
        table.lemma[tok.i] in _EXPECTED_VERBS
        and (is_passive(table, tok) or headline_expected(table, tok.i))
        and any(table.dep[c] == "xcomp" for c in table.children[tok.i])
    )


def _unless(table: TokenTable, i: int) -> bool:
    """ "will withdraw ... unless ..." is a conditional threat."""
    dep, tokens, children = table.dep, table.tokens, table.children
    return any(
        dep[c] == "advcl" and any(dep[m] == "mark" and tokens[m].lower_ == "unless" for m in children[c])
        for c in children[i]
    )


def _under_possibility(table: TokenTable, i: int) -> bool:
    """ "missiles it could use to threaten Y": a purpose clause under a could/may/might verb is only possible too."""
    dep, tokens = table.dep, table.tokens
    for _ in range(3):
        if dep[i] not in ("xcomp", "advcl") or table.head[i] == i or unasserted.no_purpose(table, i):
            return False
        i = table.head[i]
        if any(dep[c] == "aux" and tokens[c].lower_ in _POSSIBLE for c in table.children[i]):
            return True
    return False


def _unasserted(table: TokenTable, i: int, lead: int, book: Codebook) -> bool:
    """A possible act, one beside an unasserted one, a stated condition's, or what a poll finds."""
    return (
        _under_possibility(table, i)
        or _beside_unasserted(table, i, book)
        or _stated_condition(table, lead)
        or _polled(table, lead)
    )


# Words that open a condition the parser does not mark "if": "provided (that) X cooperates", "providing X
# disarms", "as long as X keeps the truce", "on condition that X leaves".
_PROVISOS = frozenset({"provided", "providing", "long", "condition"})


def _stated_condition(table: TokenTable, i: int) -> bool:
    """ "agreed to open talks, provided Zagreb cooperates": the clause of a condition is not asserted."""
    h = table.head[i]
    if h == i or table.tokens[h].lower_ not in _PROVISOS:
        return False
    word = table.tokens[h].lower_
    if word == "long":  # "as long as": the "as" marks the clause
        return any(table.dep[c] == "mark" and table.tokens[c].lower_ == "as" for c in table.children[i])
    if word == "condition":
        return table.dep[i] in ("acl", "ccomp") or any(table.tokens[c].lower_ == "that" for c in table.children[i])
    return table.dep[i] in ("ccomp", "advcl", "pcomp")


_POLLS = frozenset({"poll", "survey", "opinion"})


def _polled(table: TokenTable, i: int) -> bool:
    """ "Most Japanese oppose the deployment, a poll showed", "..., according to a survey", "A survey found that"
    (the finding verb parsed as the poll's modifier): what a poll finds is opinion (the guidelines code no opinions)."""
    dep, lemma, kids, h = table.dep, table.lemma, table.children, table.head[i]
    polls = [c for c in kids[h] if dep[c] == "nsubj"] + [table.head[h]] * (dep[h] == "acl")
    if h != i and dep[i] == "ccomp" and any(lemma[c] in _POLLS for c in polls):
        return True
    return any(
        lemma[c] == "accord" and any(lemma[o] in _POLLS for t in kids[c] for o in kids[t] if dep[o] == "pobj")
        for c in kids[i]
    )


def purpose(table: TokenTable, i: int, book: Codebook) -> bool:
    """ "sent troops to help disarm the militias", "trained units to patrol": an infinitive of
    purpose tells what the actor meant to do, not an act that happened (the guidelines code what
    an item asserts). The purpose is an adverbial "to" clause, or the "to" complement of a verb
    with an object that is not a modal word ("urged Y to ..." is an appeal, see `modality`)."""
    dep, heads, lemma = table.dep, table.head, table.lemma
    i = _lead_verb(table, i)  # "to meet X and sign Y": both are the purpose
    for _ in range(3):
        head, rel = heads[i], complement_dep(table, i)
        if rel == "acl" and head != i and _has_aux(table, i, _TO) and table.tag[i] == "VB":
            # "sent an envoy to press Khartoum", "deployed troops to guard the border": the
            # noun's errand, which the item does not say was carried out.
            return True
        if head == i or rel not in ("xcomp", "advcl", "ccomp"):
            return False
        if rel == "ccomp":
            if lemma[head] not in _BARE_INFINITIVE_HEADS or table.tag[i] not in ("VB", "VBP"):
                return False
            i = head  # a bare infinitive ("to help the police restore order") shares its head's purpose
            continue
        infinitive = _has_aux(table, i, _TO) and table.tag[i] == "VB"
        if lemma[head] in book.modal_verbs or lemma[head] in book.modal_adjectives:
            # A "to" clause the parser left adverbial under a modal verb has not happened. Under an active verb
            # of asking ("pleaded with Y on Sunday to free ...") `modality` reads it as what is asked, and the
            # appeal is coded; the asking verb's own purpose is then read on up. Its complement is meant when the
            # modal verb is itself a purpose ("headed to Sudan to try to end the fighting").
            asking = asked_adverbially(table, i, head, book)
            if infinitive and rel == "advcl" and not asking:
                return True
            if rel != "xcomp" and not (rel == "advcl" and asking):
                return False
            i = head
            continue
        if infinitive and (rel == "advcl" or any(dep[c] == "dobj" for c in table.children[head])):
            return not unasserted.said_in_call(table, i, head)
        i = head
    return False


def _lead_verb(table: TokenTable, i: int) -> int:
    """ "will send troops and join a U.N. force", "urged Iran to freeze enrichment and cooperate":
    a bare verb coordinated with another, with no subject or modal of its own, is under the same
    modal words as the first; the first conjunct, or the verb itself."""
    while (
        table.dep[i] == "conj"
        and (table.tag[i] == "VB" or unasserted.bare_past(table, i))
        and table.head[i] != i
        and not any(
            table.dep[c] in ("nsubj", "nsubjpass")
            or (table.dep[c] == "aux" and table.tokens[c].lower_ != "to")
            for c in table.children[i]
        )
    ):
        i = table.head[i]
    return i


def _clause_flags(table: TokenTable, i: int) -> tuple[bool, bool, bool, int]:
    """`_flags` of the verb, with the future or possibility of the first conjunct it shares (`_lead_verb`)."""
    will, hypothetical, negated = _flags(table, i)
    lead = _lead_verb(table, i)
    if lead != i:
        # "will not withdraw from Gaza and dismantle settlements": the "not" covers both.
        lead_will, lead_hypothetical, lead_negated = _flags(table, lead)
        will, hypothetical, negated = (
            will or lead_will,
            hypothetical or lead_hypothetical,
            negated or lead_negated,
        )
    return will, hypothetical, negated, lead


def _beside_unasserted(table: TokenTable, i: int, book: Codebook) -> bool:
    """ "will cooperate with France in hunting down militants", "plans to visit Israel before
    meeting Abbas", "is expected to travel to Sudan after meeting Mubarak": an act told beside a
    planned, expected, possible or future one (`adjunct_verb`) is no more asserted than it is. Not
    a bare future before an "after" gerund: "will pull out of the talks after rejecting the offer"
    tells a rejection already made."""
    beside = adjunct_verb(table, i)
    if beside is None:
        return False
    for _ in range(4):
        # "will decide on sending troops after meeting his generals": up to the first verb that is
        # not itself a gerund.
        up = table.head[beside]
        while table.pos[up] == "ADP" and table.head[up] != up:
            up = table.head[up]
        if table.tag[beside] != "VBG" or up == beside or table.pos[up] not in ("VERB", "AUX"):
            break
        beside = up
    mod = modality(table, table.tokens[beside], book)
    after = table.lemma[table.head[i]] == "after"
    return (
        mod.hypothetical
        or mod.kind not in (None, "attempt")
        or (mod.will and not after)
        or purpose(table, beside, book)
    )


def modality(table: TokenTable, tok: Token, book: Codebook) -> Modality:
    spoken = _spoken(table, tok, book)
    if spoken is not None:
        return spoken
    will, hypothetical, negated, lead = _clause_flags(table, tok.i)
    hypothetical = hypothetical or _unasserted(table, tok.i, lead, book)
    reporter = obligation_clause(table, tok)
    if reporter is not None:
        return Modality(_obligation_kind(table, tok, reporter, book), reporter, False, False, negated)
    if (will or hypothetical) and _unless(table, tok.i):
        return Modality("threaten", None, False, False, negated)
    if hypothetical and own_possibility(table, tok.i, _PLAIN_SPEECH):
        return Modality("possible", table.tokens[table.head[tok.i]], False, False, negated)  # derive() decides
    if hypothetical and _reported_would(table, tok.i) and not _any_object(table, tok.i):
        # "X said they would meet Y": reported speech turns "will" into "would". An act on "any"
        # object ("would condemn any strike") is conditional on one happening: it stays hypothetical.
        will, hypothetical = True, False
    dep, pos, heads = table.dep, table.pos, table.head
    cur = lead
    for _ in range(4):
        head = heads[cur]
        rel = complement_dep(table, cur)
        if head != cur and rel in ("acl", "ccomp") and (_claimed_content(table, head) or _poll_finding(table, head)):
            # "allegations that its peacekeepers abused", "alleged that troops had fired", "denied
            # reports that troops crossed": someone's claim, which the item does not assert.
            hypothetical = True
            break
        if head == cur or rel not in ("xcomp", "ccomp", "acomp", "advcl"):
            break
        lemma = table.lemma[head]
        if rel == "advcl" and not asked_adverbially(table, cur, head, book):
            break
        if rel == "xcomp" and (_expected_by_others(table, head) or lemma in _PERMISSIONS | _PLOTS | unasserted.WEIGHED):
            hypothetical = True  # "will not be allowed to travel": a permission says nothing of the act
            break
        kind: str | None = None
        if rel == "xcomp" and pos[head] == "ADJ":
            kind = book.modal_adjectives.get(lemma)
        elif rel in ("xcomp", "advcl") or (
            rel == "ccomp" and (lemma in _CCOMP_MODALS or asked_with_subject(table, cur, head, book))
        ):
            kind = _modal_kind(table, head, book)
        if (rel == "xcomp" and _undone(table, head)) or (rel == "ccomp" and lemma in _DENIALS and not retort(table, cur)):
            # "failed to reach", "too small to protect", "denied its troops had shelled the village": negated.
            negated = True
        if kind is not None:
            hypothetical = hypothetical or unasserted.claimed_modal(table, head, _claimed_content, kind, book)
            return _governed(table, kind, head, Modality(None, None, will, hypothetical, negated))
        if dep[cur] == "acomp" or lemma == "be":
            cur = head
            continue
        # "stopped fighting", "agreed to end fighting": what is stopped is not done (not "ended up fighting").
        negated = negated or (rel == "xcomp" and lemma in _STOPS and not any(dep[c] == "prt" for c in table.children[head]))
        if rel == "xcomp" and lemma in _STOPS | _ASPECTS and complement_dep(table, head) == "xcomp":
            cur = head
            continue
        break
    return Modality(None, None, will, hypothetical, negated)


def _obligation_kind(table: TokenTable, tok: Token, reporter: Token, book: Codebook) -> str:
    """ "X said Y should / needs to VERB" is X's appeal to Y (CAMEO 02); "must" / "has to" or a demand word
    ("demanded that Y ...") is the more forceful demand (10), as the CAMEO manual's own examples for 10 code "said Y
    must ensure ..."."""
    forceful = (
        _has_aux(table, tok.i, frozenset({"must"}))
        or (table.dep[tok.i] == "xcomp" and table.lemma[table.head[tok.i]] == "have")
        or _mandative(table, tok.i)
    )
    return "demand" if forceful or book.modal_verbs.get(table.lemma[reporter.i]) == "demand" else "appeal"


def _undone(table: TokenTable, head: int) -> bool:
    """A head whose complement did not happen: "failed to reach", "denied arming the militias", an adjective with
    "too" ("far too small to protect civilians")."""
    if table.lemma[head] == "fail" or table.lemma[head] in _DENIALS:
        return True
    return table.pos[head] == "ADJ" and any(table.tokens[c].lower_ == "too" for c in table.children[head])


def _modal_kind(table: TokenTable, head: int, book: Codebook) -> str | None:
    """The derivation a modal verb applies, its particle first: "ruled out sending troops" refuses
    the sending as "refused to send" does; "rule" alone is a court's."""
    for c in table.children[head]:
        if table.dep[c] == "prt":
            kind = book.modal_verbs.get(f"{table.lemma[head]} {table.tokens[c].lower_}")
            if kind is not None:
                return kind
    return asking_kind(table, head, book)


def _spoken(table: TokenTable, tok: Token, book: Codebook) -> Modality | None:
    """ "said it would send troops, rejecting calls to ...": the speaker's act (`speaker_adjunct`) is
    as real as the saying, whatever the reported clause's future or possibility; None for any other act."""
    saying = speaker_adjunct(table, tok.i)
    if saying is None:
        return None
    will, hypothetical, negated = _flags(table, tok.i)
    said = modality(table, table.tokens[saying], book)
    return Modality(None, None, will or said.will, hypothetical or said.hypothetical, negated or said.negated)


def _poll_finding(table: TokenTable, head: int) -> bool:
    """ "Polls show most Israelis support the plan": what a poll or survey finds is an opinion, not an act."""
    return table.pos[head] == "VERB" and any(
        table.dep[c] == "nsubj" and table.lemma[c] in _POLLS for c in table.children[head]
    )


def _claimed_content(table: TokenTable, head: int) -> bool:
    """Whether a clause under `head` is the content of a claim: a noun of claim, a verb of alleging or claiming what
    another did, or an expectation with its own subject ("few expect him to give up", "expects that X will ...")."""
    lemma = table.lemma[head]
    alleged = lemma in _ALLEGE_VERBS | _EXPECTED_VERBS or unasserted.untold(table, head, _expected_by_others)
    return (table.pos[head] == "NOUN" and lemma in _CLAIM_NOUNS) or alleged


def _expected_by_others(table: TokenTable, head: int) -> bool:
    """ "is expected to visit" (passive) or "is likely to visit": a forecast, not an announcement."""
    if table.pos[head] == "ADJ":
        seeming = table.dep[head] == "acomp" and table.lemma[table.head[head]] in _SEEMING
        return table.lemma[head] in _EXPECTED_ADJECTIVES or seeming
    passive = is_passive(table, table.tokens[head]) or headline_expected(table, head)
    return table.lemma[head] in _EXPECTED_VERBS and passive


def _governed(table: TokenTable, kind: str, head: int, below: Modality) -> Modality:
    """The modality of an act under the modal word `head` of this kind; `below` holds the flags
    read on the way up from the act."""
    heads, pos, dep = table.head, table.pos, table.dep
    w, h, n = _flags(table, head)
    anchor = heads[head] if pos[head] == "ADJ" and dep[head] == "acomp" else head
    w2, h2, n2 = _flags(table, anchor) if anchor != head else (False, False, False)
    if (
        kind == "intent"
        and table.lemma[head] in _ATTEMPTS
        and table.tag[head] in ("VBD", "VBN")
        and not (below.will or w)
    ):
        kind = "attempt"  # "attempted to assassinate": it was tried, not intended
    # "urged Y not to attack", "threatened to stop cooperating": the "not" is part of what is
    # asked or threatened; the appeal or threat itself was made.
    negated = below.negated and kind not in ("threaten", "appeal", "demand")
    return Modality(
        kind, table.tokens[head], below.will or w or w2, below.hypothetical or h or h2, negated or n or n2
    )


def _ordered_done(head: Token | None) -> bool:
    """ "ordered them freed", "ordered the leader arrested": an order told with the act's passive
    participle asks no one to act; an authority's order to free or arrest someone is the act
    itself, as "ordered the arrest of" is (173). "ordered the troops to withdraw" stays a demand."""
    return (
        head is not None
        and head.lemma_ == "order"
        # the tagger may call the participle a past tense; "to free" would be a bare form (VB)
        and any(c.dep_ in ("xcomp", "ccomp") and c.tag_ in ("VBN", "VBD") for c in head.children)
    )


def derive(book: Codebook, code: str, mod: Modality) -> tuple[str, bool] | None:
    """Apply a governing modal to the code: (new code, hypothetical) or None to drop the event."""
    root = code[:2]
    if mod.kind == "intent":
        if root in _COOPERATIVE_ROOTS:
            if mod.negated:
                # "will not / refuses to / did not agree to provide aid" is a refusal (12x).
                return book.derived("refuse", code) or code, False
            derived = book.derived("intent", code)
            return (derived, False) if derived else (code, True)
        if (
            root in _ANNOUNCED_ROOTS
            and mod.head is not None
            and mod.head.lemma_.lower() in _CONSENTING
            and not any(t.lower_ in ("if", "unless", "against") for t in mod.head.subtree)  # a condition, a foe
        ):
            # "NATO agreed to send more troops to Afghanistan": a posture agreed to is announced, as with
            # "will send", and threatens no one.
            return code, False
        if root in _THREAT_ROOTS and not (mod.head is not None and mod.head.dep_ == "acl"):
            # A declared intention to use force or pressure is a threat (CAMEO 13): "vowed to
            # fight on", "wants to attack", "plans to impose sanctions". A participle that only
            # describes a noun ("arrested militants planning to attack the embassy") declares
            # nothing: the planned act stays unreal.
            return book.derived("threaten", code) or code, False
        return code, True
    if mod.kind == "attempt":
        if root in _FORCE:
            # CAMEO codes a tried act of force as the act (185: an attempted assassination).
            return ("185" if code == "186" else code), False
        return derive(book, code, Modality("intent", mod.head, mod.will, mod.hypothetical, mod.negated))
    if mod.kind == "demand" and _ordered_done(mod.head):
        return code, False
    if mod.kind == "possible":
        # "said it could impose sanctions": coercion its own doer says it may use warns the target (CAMEO 13's
        # "warnings with serious potential repercussions"); any other step stays a possibility.
        threat = root in _THREAT_ROOTS and root not in _ANNOUNCED_ROOTS
        return (book.derived("threaten", code) or code, False) if threat else (code, True)
    if mod.kind in ("threaten", "appeal", "demand", "refuse"):
        derived = book.derived(mod.kind, code)
        return (derived, False) if derived else None
    if mod.will and mod.negated and root in _COOPERATIVE_ROOTS:
        return book.derived("refuse", code) or code, False
    if mod.will and root in _COOPERATIVE_ROOTS:
        derived = book.derived("intent", code)
        if derived:
            return derived, False
    if mod.will and root in _UNANNOUNCED_ROOTS:
        # "would set up an inquiry", "will investigate": CAMEO codes 09 only for investigations
        # being or already carried out (090 usage note), and has no intent code for them.
        return code, True
    if mod.will and root in _THREAT_ROOTS and root not in _ANNOUNCED_ROOTS:
        # An announced future conflict action is a threat: "will withdraw its force unless",
        # "said they would blockade Paris". A posture announced ("will send 1,500 more troops to
        # Iraq") threatens no one by itself: it is coded as announced.
        return book.derived("threaten", code) or code, False
    return code, False
