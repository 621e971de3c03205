"""Background: the nouns and clauses that name an earlier or surrounding event rather than tell one ("after the
2001 attacks", "since the war", "the 2002 bombing", "to mark the anniversary of the massacre", "as agreed at the
1999 summit"). The guidelines code such an event only when the item tells it with its actors."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.events.guards import BACKGROUND_PREPS, EARLIER, GRIEVANCES
from newsgraph.understand.events.match import TokenTable

# People named by a past act they took part in ("a bombing suspect", "murder victims"): the act
# only describes them, and the item does not tell it.
_PARTY_NOUNS = frozenset({"suspect", "victim", "survivor", "convict", "defendant", "accused"})


def background(table: TokenTable, i: int) -> bool:
    """A noun inside "after / since / amid ..." names an earlier or surrounding event, and so
    does one dated by its own modifier ("the 2002 attack", "last year's war")."""
    tokens = table.tokens
    for c in table.children[i]:
        if c < i and ((tokens[c].ent_type_ == "DATE" and not _duration(table, c)) or tokens[c].lower_ in EARLIER):
            return True
        if c < i and tokens[c].lower_ in _COMING:
            return True  # "the planned talks", "upcoming elections": still to come, not told
    if table.dep[i] == "compound" and table.lemma[table.head[i]] in _PARTY_NOUNS:
        return True
    cur = i
    for _ in range(6):
        head = table.head[cur]
        if head == cur or table.pos[head] in ("VERB", "AUX"):
            return False
        if table.dep[cur] == "pobj" and table.tokens[head].lower_ in BACKGROUND_PREPS:
            return True
        if table.dep[cur] == "pobj" and table.dep[head] == "prep" and _in_grievance(table, head):
            return True  # "in protest at the U.S. assault on Falluja": the cause, not a told event
        if (
            table.dep[cur] == "pobj"
            and table.tokens[head].lower_ == "of"
            and (
                table.lemma[table.head[head]] in _RECALLING | _FOLLOWING | _AWAITING
                or _coming_round(table, table.head[head])
            )
        ):
            return True  # "to mark the anniversary of the bombings", "in the aftermath of the war", "ahead of talks"
        if table.dep[cur] == "pobj" and table.tokens[head].lower_ == "for" and _judged_for(table, head):
            return True
        if table.dep[cur] == "pobj" and _held_for(table, head):
            return True  # "arrested a suspect in the bombing of the embassy": what they are held for, not told
        cur = head
    return False


# Verbs of custody and trial: what one is held or tried "over" or "for" is the act one is accused of.
_CUSTODY = frozenset({
    "arrest", "detain", "hold", "charge", "question", "convict", "sentence", "try", "jail", "imprison", "indict",
    "interrogate", "quiz", "extradite", "acquit", "prosecute", "seize", "capture", "nab",
})


def _held_for(table: TokenTable, prep: int) -> bool:
    """Whether the preposition `prep` gives the act a suspect is held or tried for: on the suspect ("a suspect in
    the bombing"), or on a verb of custody, after "over" or "for" ("detained two men over the killing"), or after
    "in" when its object is a suspect ("arrested a suspect in the bombing"). Not "arrested him in a raid": a
    custody verb's "in" otherwise tells how or where it was done."""
    word, head = table.tokens[prep].lower_, table.head[prep]
    if word not in ("in", "over", "for"):
        return False
    if table.lemma[head] in _PARTY_NOUNS:
        return True
    if table.pos[head] != "VERB" or table.lemma[head] not in _CUSTODY:
        return False
    if word in ("over", "for"):
        return True
    return any(table.dep[c] == "dobj" and table.lemma[c] in _PARTY_NOUNS for c in table.children[head])


def _duration(table: TokenTable, c: int) -> bool:
    """ "a two-day strike", "a week-long blockade": how long the act lasts, not when it was."""
    hyphened = any(table.tokens[k].text == "-" for k in table.children[c])
    return hyphened and table.lemma[c] in ("long", "day", "week", "month", "year", "hour", "night")


def _in_grievance(table: TokenTable, prep: int) -> bool:
    """Whether the preposition `prep` follows a grievance noun of a reason phrase ("in protest at", "in response
    to"), wherever the parse hangs it; not a verb's ("protested against Thailand's expulsion of ..." tells it)."""
    return any(table.pos[g] == "NOUN" and table.lemma[g] in GRIEVANCES for g in {table.head[prep], prep - 1})


# Nouns whose "of" names an earlier event recalled, not told.
_RECALLING = frozenset({"anniversary", "memory", "memorial", "commemoration"})
# Nouns that say "after", as "after" does: the event they name is background, but a relative
# clause on it may tell it fresh with its toll ("in the wake of a bombing that killed 12").
_FOLLOWING = frozenset({"aftermath", "wake"})
# "freed prisoners ahead of talks": the event named is still to come, as after "before"; the item does not tell it.
_AWAITING = frozenset({"ahead"})
# "the next round of talks", "planned talks": marks of an event still to come (a "new" round may be under way).
_COMING = frozenset({"next", "upcoming", "planned", "forthcoming", "proposed", "future", "scheduled"})


def _coming_round(table: TokenTable, noun: int) -> bool:
    """ "the next round of six-party talks": a round or session still to come names talks not yet held."""
    return table.lemma[noun] in ("round", "session") and any(
        table.tokens[c].lower_ in _COMING for c in table.children[noun] if c < noun
    )


def recalled_clause(table: TokenTable, tok: Token) -> bool:
    """ "the anniversary of the bombings that killed 191 people": a relative clause whose pronoun
    stands for an event an anniversary or a memorial recalls retells it; it is no new one. (After
    "after" the clause may tell a fresh event with its toll: "arrests after a bombing that killed 12".)"""
    i = tok.i
    noun = table.head[i]
    prep = table.head[noun]
    return (
        table.dep[i] == "relcl"
        and any(
            table.dep[c] in ("nsubj", "nsubjpass") and table.tokens[c].lower_ in _RELATIVE
            for c in table.children[i]
        )
        and table.dep[noun] == "pobj"
        and table.tokens[prep].lower_ == "of"
        and table.lemma[table.head[prep]] in _RECALLING
    )


_RELATIVE = frozenset({"that", "which"})


def told_before(table: TokenTable, tok: Token) -> bool:
    """A relative clause that only retells (`recalled_clause`) or only describes an actor (`describes_actor`), or a
    bare gerund that names the occasion of the clause's act (`named_occasion`)."""
    return recalled_clause(table, tok) or describes_actor(table, tok) or named_occasion(table, tok)


# Prepositions of time and cause whose bare gerund names an event as a noun would ("after shooting").
_OCCASIONS = frozenset({"after", "before", "following", "over"})


def named_occasion(table: TokenTable, tok: Token) -> bool:
    """ "Israel imposes curfew on Nablus after shooting", "Police detain five after bombing": headline style drops
    the article, and a gerund with nothing of its own (no object, no adverb, no phrase) after "after" names the
    event the clause answers, as "after a shooting" would; its doer is unknown, not the clause's subject. A gerund
    with anything of its own is the subject's own act ("after shooting him", "after shooting at soldiers")."""
    i = tok.i
    return (
        table.tag[i] == "VBG"
        and table.dep[i] == "pcomp"
        and table.tokens[table.head[i]].lower_ in _OCCASIONS
        and all(table.pos[c] in ("SPACE", "PUNCT") for c in table.children[i])  # a headline's break after it
    )


def describes_actor(table: TokenTable, tok: Token) -> bool:
    """ "Belarus and Iran, two countries that have backed Russia's war, ...": a relative clause in the present or
    the perfect on a noun set beside an actor's name says what the actor is or has long done; the lead tells its
    news elsewhere. (A past clause there may tell a fresh act: "the group, which seized two drivers on Monday".)"""
    i = tok.i
    noun = table.head[i]
    return (
        table.dep[i] == "relcl"
        and table.dep[noun] == "appos"
        and any(table.dep[c] == "nsubj" and table.tokens[c].lower_ in _RELATIVE | {"who"} for c in table.children[i])
        and (
            table.tag[i] in ("VBZ", "VBP")
            or any(table.dep[c] == "aux" and table.lemma[c] == "have" for c in table.children[i])
        )
    )


def as_recalled(table: TokenTable, tok: Token) -> bool:
    """ "urged Russia to withdraw, as agreed at a summit in 1999", "as promised": an "as" clause
    with no subject of its own points back at an earlier commitment; it tells no new event, and
    neither does what it names ("a summit in 1999")."""
    i = tok.i
    kids = table.children[i]
    return (
        table.dep[i] == "advcl"
        and table.tag[i] in ("VBD", "VBN")
        and any(table.dep[c] == "mark" and table.tokens[c].lower_ == "as" for c in kids)
        and not any(table.dep[c] in ("nsubj", "nsubjpass", "expl") for c in kids)
    )


# Verbs that judge, punish or reward someone "for" an act: the act is the charge or the grievance
# ("sentenced for attacks on U.S. troops", "blamed X for the raid"), named, not told.
_JUDGING = frozenset({
    "sentence", "convict", "jail", "imprison", "arrest", "detain", "charge", "indict", "try", "execute", "hang",
    "fine", "punish", "blame", "criticise", "criticize", "condemn", "denounce", "fault", "accuse", "rebuke",
    "praise", "thank", "apologise", "apologize", "honour", "honor", "reward"
})


def _judged_for(table: TokenTable, prep: int) -> bool:
    """Whether a "for" phrase hangs on a judging verb or on its object."""
    head = table.head[prep]
    if table.pos[head] not in ("VERB", "AUX") and table.dep[head] in ("dobj", "nsubjpass"):
        head = table.head[head]
    # "two men wanted for the killing of a journalist": what someone is wanted for is the charge
    # (the parser may read "men wanted" as a clause, so only the words "wanted for" are asked for).
    return table.lemma[head] in _JUDGING or (table.lemma[head] == "want" and prep == head + 1)
