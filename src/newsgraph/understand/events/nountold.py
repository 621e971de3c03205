"""Whether an act told as a noun is told at all, and as real: a noun that is only the topic of a work or a
discussion ("a report on the massacre", "a documentary about the invasion", "began a debate on the pullout"),
or what a relative clause says its noun "led to", tells nothing; one in a clause of condition ("if the talks between X and Y fail") or the object of a verb told
as only possible ("would welcome a visit by X") is hypothetical; one "no" denies ("no talks have been held") is
negated. And a battle no armed side fights ("the battle over the budget between the White House and
Congress", "Microsoft's legal battle with the EU") is figurative, as the guidelines read "battle over the
budget": no force."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.guards import ARMED_ROLES
from newsgraph.understand.events.match import TokenTable, prep_objects

# Works and discussions whose "on" or "about" phrase names their topic: the act there is what they are
# about, which the item does not tell ("a U.N. report on the 1995 massacre", "a book on the assassination").
_WORKS = frozenset(
    {"report", "book", "documentary", "film", "movie", "study", "article", "exhibition", "exhibit", "seminar",
     "debate", "lecture", "conference", "symposium", "play", "novel", "essay", "paper", "survey", "series",
     "programme", "program", "story", "hearing", "workshop", "dossier", "memoir", "biography", "thesis", "history"}
)
_TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})
# Verbs of consequence: "led to", "resulted in", "culminated in".
_LEADING_TO = frozenset({"lead", "result", "culminate"})
# Modals that tell an act as only possible: "would welcome a visit", "could face sanctions". ("Will" tells
# what is announced, which the guidelines code.)
_POSSIBLE = frozenset({"would", "could", "might", "may", "should"})
_CONDITIONS = frozenset({"if", "unless"})
# Nouns of a contest that is force only when an armed side fights it.
_CONTESTS = frozenset({"battle"})
# CAMEO roles of armed sides: the armed roles the guards know, and the police.
_ARMED = ARMED_ROLES | {"COP"}


def named_only(table: TokenTable, i: int) -> bool:
    """Whether the noun only names an act: the topic a work or a discussion is "on" or "about" (wherever the
    parser hung the phrase: on the work itself, or on the verb whose object the work is, "began a debate on
    Monday on"), or what a relative clause recounts its noun "led to" ("the investigation that ultimately led
    to X's indictment of Y has come under scrutiny": the clause tells the investigation's history, background
    to the news)."""
    if table.dep[i] != "pobj":
        return False
    prep = table.head[i]
    if table.tokens[prep].lower_ in ("to", "in") and table.lemma[table.head[prep]] in _LEADING_TO:
        return table.dep[table.head[prep]] == "relcl"
    if table.tokens[prep].lower_ not in _TOPIC_PREPS:
        return False
    over = table.head[table.head[i]]
    if table.lemma[over] in _WORKS:
        return True
    return table.pos[over] in ("VERB", "AUX") and any(
        table.dep[c] == "dobj" and table.lemma[c] in _WORKS for c in table.children[over]
    )


def only_possible(table: TokenTable, tok: Token) -> bool:
    """Whether the noun's clause is a condition ("if the talks fail") or the verb that takes it as its object
    tells an act only possible ("Japan would welcome a visit by the Chinese president")."""
    cur = tok.i
    for _ in range(8):
        head = table.head[cur]
        if head == cur:
            return False
        if table.pos[head] in ("VERB", "AUX"):
            kids = table.children[head]
            if any(table.dep[c] == "mark" and table.tokens[c].lower_ in _CONDITIONS for c in kids):
                return True
            return (
                cur == tok.i
                and table.dep[cur] == "dobj"
                and any(table.dep[c] == "aux" and table.tokens[c].lower_ in _POSSIBLE for c in kids)
            )
        cur = head
    return False


def denied_by_no(table: TokenTable, tok: Token) -> bool:
    """ "No talks between the two leaders have been held": the determiner denies the act."""
    return any(table.dep[c] == "det" and table.tokens[c].lower_ == "no" for c in table.children[tok.i])


def unarmed_battle(ctx: ActorContext, tok: Token, sources: tuple[ActorRef, ...]) -> bool:
    """Whether a battle has no armed side among its doers and the sides it is fought "with", "against" or
    "between": then it is a political or legal contest, no force."""
    table = ctx.table
    if table.lemma[tok.i] not in _CONTESTS:
        return False
    sides = [
        *sources,
        *(r for o in prep_objects(table, tok, ("with", "against", "between")) for r in resolve(ctx, o)),
    ]
    return not any(s.code[3:6] in _ARMED for s in sides if s.code)
