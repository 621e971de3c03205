"""Support verbs: a verb that puts its object's act into force tells that act.

"EU ministers approved new sanctions against Belarus", "the Security Council backed sanctions
against Sudan", "Congress voted for sanctions on Syria", "agreed an arms embargo on Sudan": the
body that approves, adopts, backs or votes for a sanction is the one imposing it. A CAMEO coder
records the noun's act (163 impose sanctions) with the backer as source and the sanctioned side
as target, not the verb's own sense (080 yield for "approve", 051 endorse for "back" aimed at
whoever else the noun names). PETRARCH2's dictionary does the same for the verbs it lists
("AGREE TO SANCTIONS", "EXTEND SANCTIONS", "ANNOUNCE SANCTIONS", "APPLY SANCTION" are 163).

Only acts a body decides alone and then has carried out are carried: sanctions and embargoes
(163), blockades (191) and aid (07). Wars and talks are not: backing a war endorses it (051),
and backing talks is an intent to meet (036), since the other side still has to come. Verbs that ask for or weigh the act ("urged", "called for",
"considered"), undo it ("lifted", "eased") or are against it ("opposed", "criticised") keep their
own codes: they are not in SUPPORT_VERBS.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.understand.events.codebook import Codebook, Sense
from newsgraph.understand.events.match import (
    Match,
    TokenTable,
    direct_object,
    match_noun,
    prep_objects,
    subject,
)
from newsgraph.understand.events.voice import is_passive

# Verbs by which their subject enacts what the object names.
SUPPORT_VERBS = frozenset({
    "approve", "adopt", "back", "endorse", "support", "agree", "vote", "pass", "enact", "extend",
    "tighten", "toughen", "renew", "expand", "widen", "broaden", "impose", "introduce", "slap",
})  # fmt: skip
# "voted for sanctions", "agreed to / on an embargo": the act is the object of the verb's preposition.
_PREPOSITIONS = {"vote": ("for",), "agree": ("to", "on")}
# CAMEO codes of the acts a backer carries out itself: aid (07), sanctions and embargoes (163), a blockade (191).
# Not the rest of their roots: backing a war, an invasion or air strikes (190-195) is endorsing a fight, not
# fighting it, and backing an expulsion or a halt to talks (164-166) is the doer's act, not the backer's.
CARRIED = ("07", "163", "191")
# Roots of the acts whose critic or rejecter keeps its own code: aid, reduced relations, force.
_ACT_ROOTS = frozenset({"07", "16", "19"})
# Roots of verbs against what their object names: disapproval (11) and rejection (12).
AGAINST_ROOTS = frozenset({"11", "12"})


def carried(table: TokenTable, tok: Token, m: Match | None, book: Codebook) -> Match | None:
    """The match of a support verb recoded as the act its object names, aimed where that act's own
    target slots say (the noun's "against", "on", "to" phrase, or the verb's when the parser hangs it
    there); any other match unchanged."""
    lemma = table.lemma[tok.i]
    if lemma not in SUPPORT_VERBS:
        return _against(table, m, book)
    noun = _act_object(table, tok, lemma)
    found = match_noun(table, noun, book) if noun is not None else None
    if noun is None or found is None or not (found.sense.code or "-").startswith(CARRIED):
        return m
    if _another_states(table, tok, noun):
        return m
    return Match(tok, lemma, found.sense, noun, is_passive(table, tok))


def _another_states(table: TokenTable, verb: Token, noun: Token) -> bool:
    """ "Japan supported U.S. aid to Iraq", "Britain backed the Israeli blockade of Gaza": backing a state's
    own act endorses that state; the backer gives no aid and blockades nothing. A body's measure ("backed
    U.N. sanctions") is one its members impose by backing it, and a backer's own ("the U.S. Senate passed
    U.S. sanctions") is its act."""
    doer = subject(table, verb)
    own = {t.text for t in doer.subtree} if doer is not None else set()
    return any(
        table.dep[c] in ("poss", "compound", "amod")
        and table.tokens[c].ent_type_ in ("GPE", "NORP")
        and table.tokens[c].text not in own
        for c in table.children[noun.i]
    )


def _against(table: TokenTable, m: Match | None, book: Codebook) -> Match | None:
    """ "China criticised U.S. sanctions against Iran", "Britain opposed sanctions against Zimbabwe": a verb
    whose own sense is disapproval (11) or rejection (12) keeps it when its object is such an act, aimed at
    whoever the act's phrase names as its doer ("U.S. sanctions") or at no one. The imported patterns
    PETRARCH2 merged in code them as support for the side sanctioned (053) or as a debate (040), which puts
    the critic on the side of the one it does not address."""
    if m is None or not m.sense.imported or m.obj is None or (m.sense.code or "")[:2] in AGAINST_ROOTS:
        return m
    own = next((s for s in book.verbs.get(m.key, ()) if not s.imported and _unconditional(s)), None)
    if own is None or (own.code or "")[:2] not in AGAINST_ROOTS:
        return m
    found = match_noun(table, m.obj, book)
    if found is None or (found.sense.code or "")[:2] not in _ACT_ROOTS:
        return m
    return Match(m.trigger, m.key, own, m.obj, m.passive)


def _unconditional(sense: Sense) -> bool:
    """A sense that says what the verb does whatever its words: "criticise" is 111."""
    conditions = (sense.objects, sense.preps, sense.subjects, sense.complements)
    return sense.code is not None and not (any(conditions) or sense.no_object or sense.passive_only)


def _act_object(table: TokenTable, tok: Token, lemma: str) -> Token | None:
    """The noun a support verb acts on: its object, or the object of its preposition ("voted for")."""
    obj = direct_object(table, tok)
    if obj is None and lemma in _PREPOSITIONS:
        objs = prep_objects(table, tok, _PREPOSITIONS[lemma])
        obj = objs[0] if objs else None
    if obj is None or table.pos[obj.i] != "NOUN":
        return None
    return obj
