"""Words that tell an act without asserting it happened, read by `modality`:

- a headline's "X to VERB" ("Putin to visit Turkey", "Iran to free sailors") is the future the headline
  drops its "is" from: announced, as "will visit" is, not done;
- an act in a relative clause on "any" ("will use force against any militia that defies it") is a case
  the speaker imagines, not one the item tells;
- a verb whose past is its bare form ("or put them on trial") joined to a bare verb is bare, under the same
  modal words ("urged Washington to free them or put them on trial");
- a past-tense clause of time or cause ("would free them after Straw telephoned") is told as done, no purpose
  clause of the possible act it hangs on;
- an appeal or demand an intent verb governs ("agreed to press X to return") is not yet made;
- an act governed by a modal ("had offered to pay") inside the content of a report, claim or proposal
  ("a newspaper report that Libya had offered to pay") is someone's claim, as the bare act there is;
- an act someone is weighing ("is considering imposing martial law", "mulled sending troops") is an option, not
  done nor announced (`WEIGHED`);
- what an actor claims another did ("claimed that Syria had armed the rebels") is its accusation, not an act the
  item asserts; what it claims of itself is its own word on its own act (`claimed_of_another`);
- praise or thanks a call or a letter is made for ("telephoned Karzai to congratulate him") is what the call said:
  told as done, no purpose that may not have come about (`said_in_call`);
- what a ruling, finding or statement only expected or yet to come will say ("is expected to rule that the
  government violated the law", "will announce that X attacked") is no one's word yet (`untold`);
- the act a report or an adviser puts forward in the bare form ("the report suggests Iran resume talks") is
  proposed, not done (`untold`);
- what someone would not let another do ("the guards would not let the lawyers see the prisoner") is not done (`untold`);
- a future act hedged by the speaker ("would probably be sent home", "will likely visit") is a forecast, not an
  act announced: the guidelines code no act "expected by someone" (`hedged`)."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.understand.events.clauses import speaker_adjunct
from newsgraph.understand.events.codebook import Codebook
from newsgraph.understand.events.match import TokenTable, complement_dep, match_verb

_CLOSING = frozenset({".", "!", "?", '"', "”", "'"})
# Verbs of weighing whose complement is an option looked at, not an act done or announced.
WEIGHED = frozenset({"consider", "weigh", "mull", "contemplate", "ponder", "debate", "discuss", "study"})


def headline_to(table: TokenTable, i: int, aux: int) -> bool:
    """Whether `aux` is the "to" of a headline's main verb with its own subject: prose has no "Putin to visit"
    for a whole sentence, and closes its sentences with a stop."""
    if table.tokens[aux].lower_ != "to" or table.dep[i] != "ROOT":
        return False
    return any(table.dep[c] == "nsubj" for c in table.children[i]) and table.tokens[i].sent[-1].text not in _CLOSING


# Adverbs that make a future act a guess: a plan or an announcement is told without them.
_HEDGES = frozenset({"probably", "likely", "possibly", "perhaps", "maybe", "presumably"})


def hedged(table: TokenTable, i: int) -> bool:
    """ "would probably be sent home", "will likely visit": a hedge on a verb with a future or conditional aux."""
    kids = table.children[i]
    future = any(table.dep[c] == "aux" and table.tokens[c].lower_ in ("will", "would", "'ll", "wo") for c in kids)
    return future and any(table.dep[c] == "advmod" and table.tokens[c].lower_ in _HEDGES for c in kids)


def generic_relative(table: TokenTable, i: int) -> bool:
    """ "any militia that defied it": a relative clause on a noun "any" picks out no one who acted."""
    dep, h = table.dep, table.head[i]
    return dep[i] == "relcl" and any(dep[c] == "det" and table.tokens[c].lower_ == "any" for c in table.children[h])


def claimed_modal(
    table: TokenTable, head: int, is_claim: Callable[[TokenTable, int], bool], kind: str, book: Codebook
) -> bool:
    """Whether the modal word `head` ("offered" in "a report that Libya had offered to pay") heads the content of a
    claim (`is_claim` of the word its clause hangs on), or is an appeal or demand only intended ("agreed to press
    North Korea to return to talks": the pressing is not yet done)."""
    up = table.head[head]
    intended = up != head and table.dep[head] == "xcomp" and book.modal_verbs.get(table.lemma[up]) == "intent"
    if kind in ("appeal", "demand") and intended:
        return True
    # The parser hangs such a clause on its noun as a relative one as often as a complement ("report that ...").
    return up != head and complement_dep(table, head) in ("acl", "ccomp", "relcl") and is_claim(table, up)


_SELF = frozenset({"i", "we", "he", "she", "it", "they", "who"})
# Verbs that put forward an act without asking it of anyone as an appeal would (the modal verbs do that): with a
# bare verb, "suggests Iran resume talks" or "recommended that the army withdraw" tells a proposal, not the act.
_PROPOSING = frozenset({"suggest", "recommend", "advise"})
_SINGULAR = frozenset({"NN", "NNP"})


def _proposed(table: TokenTable, head: int) -> bool:
    """Whether `head` has a clause in the bare (mandative) form: its verb bare ("VB"), or in the plural present
    form with a singular subject ("Iran resume"), and no auxiliary."""
    for c in table.children[head]:
        if table.dep[c] != "ccomp" or any(table.dep[k] in ("aux", "auxpass") for k in table.children[c]):
            continue
        subjects = [k for k in table.children[c] if table.dep[k] == "nsubj"]
        if table.tag[c] == "VB" or (table.tag[c] == "VBP" and any(table.tag[k] in _SINGULAR for k in subjects)):
            return True
    return False


# Verbs of letting someone act: under "not", what they do not let happen does not happen.
_LETTING = frozenset({"let", "allow", "permit"})
# Auxiliaries of a telling not yet made; a reported "would tell X that ..." is the teller's word already given.
_UNMADE = frozenset({"will", "could", "may", "might", "'ll", "wo"})


def untold(table: TokenTable, head: int, expected: Callable[[TokenTable, int], bool]) -> bool:
    """Whether the clause under verb `head` is the content of a claim (`claimed_of_another`) or of a telling not yet
    made: "is expected to rule that ..." (`expected` reads the forecast word), "will / could say that ..."."""
    if claimed_of_another(table, head) or (table.lemma[head] in _PROPOSING and _proposed(table, head)):
        return True
    if table.lemma[head] in _LETTING and any(table.dep[c] == "neg" for c in table.children[head]):
        return True  # "would not let the lawyers see the prisoner": a meeting refused, never held
    if table.pos[head] != "VERB":
        return False
    up = table.head[head]
    forecast = up != head and table.dep[head] == "xcomp" and expected(table, up)
    return forecast or any(table.dep[c] == "aux" and table.tokens[c].lower_ in _UNMADE for c in table.children[head])


def claimed_of_another(table: TokenTable, head: int) -> bool:
    """Whether verb `head` is "claim" with a clause whose subject is not the claimant ("claimed that Syria had armed
    the rebels"); a pronoun there is taken to be the claimant ("claimed they had shot down a helicopter")."""
    if table.lemma[head] != "claim" or table.pos[head] != "VERB":
        return False
    claimants = {table.lemma[c] for c in table.children[head] if table.dep[c] == "nsubj"}
    for c in table.children[head]:
        if table.dep[c] == "ccomp":
            subjects = [s for s in table.children[c] if table.dep[s] == "nsubj"]  # "claimed 50 rebels were killed": its own act
            return any(table.lemma[s] not in claimants and table.tokens[s].lower_ not in _SELF for s in subjects)
    return False


def bare_past(table: TokenTable, i: int) -> bool:
    """ "urged Washington to free the men or put them on trial": a verb whose past is its bare form, tagged past
    beside a bare verb it is joined to, is bare too."""
    return table.tag[i] == "VBD" and table.tokens[i].lower_ == table.lemma[i] and table.tag[table.head[i]] == "VB"


# Marks of a clause of time or cause, which tells when or why, never what for.
_DONE_MARKS = frozenset({"after", "since", "because", "when", "once", "as"})


def told_done(table: TokenTable, i: int) -> bool:
    """ "would free them, after Straw telephoned Kharrazi": a past-tense clause of time or cause is told as done,
    whatever the possibility of the verb it hangs on; it is no purpose clause."""
    kids = table.children[i]
    return table.tag[i] == "VBD" and any(table.dep[c] == "mark" and table.tokens[c].lower_ in _DONE_MARKS for c in kids)


def no_purpose(table: TokenTable, i: int) -> bool:
    """Whether the clause `i` is none of the purpose of the verb it hangs on: the speaker's own act beside a report
    (`speaker_adjunct`), or a clause of time or cause told as done."""
    return speaker_adjunct(table, i) is not None or told_done(table, i)


# What a call or a letter is made for, when it is a word said in it: "telephoned X to congratulate him".
_CALLS = frozenset({"telephone", "phone", "call", "ring", "write", "cable"})
_SAID = frozenset({"congratulate", "thank", "praise", "commend", "hail", "condole", "apologise", "apologize"})


def said_in_call(table: TokenTable, i: int, head: int) -> bool:
    """Whether the "to" clause `i` on `head` is praise, thanks or condolence the call or letter `head` carries."""
    return table.lemma[head] in _CALLS and table.lemma[i] in _SAID


def claimed_wrong(table: TokenTable, book: Codebook, head: int) -> bool:
    """Whether "claim" at `head` says another actor did a wrong: an act of conflict (CAMEO roots 10-20) or arming or
    sheltering someone (07), as "claimed that Syria had armed the rebels": an accusation (112). A claim that others
    fled, won or agreed accuses no one."""
    if not claimed_of_another(table, head):
        return False
    for c in table.children[head]:
        if table.dep[c] == "ccomp":
            m = match_verb(table, table.tokens[c], book)
            code = m.sense.code if m is not None else None
            return code is not None and (code[:2] == "07" or "10" <= code[:2] <= "20")
    return False
