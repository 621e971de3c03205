"""Coordination in an event slot: the actors one slot head stands for when "and" joins them.

- "Belarus and Iran" is two actors, each its own conjunct;
- "The government and communist rebels", "Police and opposition supporters": the parser reads two role nouns joined
  by "and" as one phrase, the first noun a modifier of the second, whose own modifier is its conjunct. The actor
  stage gives each its own actor (`actors.groups._first_of_two`); here the slot finds both, so the event is told of
  both sides. A singular head ("a police and army spokesman") is one person however many bodies it speaks for.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.understand.events.tree import IOB_BEGIN, IOB_INSIDE, TokenTable, conjuncts, subtree

if TYPE_CHECKING:
    from newsgraph.understand.events.actors import ActorContext
    from newsgraph.understand.events.match import Match

_LISTABLE = ("PROPN", "NOUN", "PRON", "ADJ")


def expand(table: TokenTable, tok: Token) -> list[Token]:
    """A coordinated slot is several actors: "Belarus and Iran" -> [Belarus, Iran].

    The small parser often hangs the second conjunct on another word of the first name
    ("Barack [Obama] and Vladimir Putin") or reads a list as an apposition ("The US, Russia,
    and Switzerland"): conjuncts of the name's own words and listed proper-name appositions count.
    """
    i = tok.i
    pos, dep = table.pos, table.dep
    out = [i]
    first = _titled_first(table, i)
    if first is not None:
        out = [first, i]
    anchors = [i]
    if table.iob[i] in (IOB_BEGIN, IOB_INSIDE):
        kind = table.entity_type[i]
        anchors += [
            c
            for c in subtree(table, i)
            if c != i and table.iob[c] == IOB_INSIDE and table.entity_type[c] == kind
        ]
    for anchor in anchors:
        for c in conjuncts(table, anchor):
            if c > anchor and pos[c] in _LISTABLE and c not in out and not _folded_title(table, c):
                out.append(c)
    if pos[i] == "PROPN":
        for app in table.children[i]:
            if dep[app] != "appos" or pos[app] != "PROPN" or not table.entity_type[app]:
                continue
            for item in (app, *conjuncts(table, app)):
                if item not in out:
                    out.append(item)
    return [table.tokens[j] for j in out]


def _titled_first(table: TokenTable, i: int) -> int | None:
    """The first of two titled names the parser folded into the second's phrase: in "Indian Prime Minister Manmohan
    Singh and Pakistani President Pervez Musharraf met", "Singh" hangs on "Musharraf" as a modifier and the second
    title ("President") is Singh's conjunct. The first name is its own actor; None when the phrase is no such pair."""
    if table.pos[i] != "PROPN":
        return None
    for n in table.children[i]:
        if n > i or table.dep[n] not in ("nmod", "compound") or table.tokens[n].ent_type_ != "PERSON":
            continue
        joined = any(table.dep[c] == "cc" and table.tokens[c].lower_ == "and" for c in table.children[n])
        second = [c for c in table.children[n] if table.dep[c] == "conj" and n < c < i]
        if joined and second and all(table.pos[t] == "PROPN" for t in range(second[0], i)):
            return n
    return None


def _folded_title(table: TokenTable, c: int) -> bool:
    """Whether conjunct `c` is the second name's title a folded pair hangs on the first ("President" in "Manmohan
    Singh and Pakistani President Pervez Musharraf"): part of the second name, no third actor."""
    n = table.head[c]
    return table.dep[c] == "conj" and n != c and table.head[n] != n and _titled_first(table, table.head[n]) == n


_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def first_of_two(table: TokenTable, head: Token, roles: Mapping[str, str]) -> Token | None:
    """The first of two role nouns the parser joined under `head` ("government" in "The government and communist
    rebels"), None when the phrase is one actor: "Israeli and Palestinian negotiators" (no role noun first) or
    "a police and army spokesman" (one person)."""
    h = head.i
    if table.tag[h] not in _PLURAL_TAGS:
        return None
    for mod in table.children[h]:
        if mod > h:
            break
        if table.dep[mod] not in ("nmod", "compound") or table.pos[mod] not in ("NOUN", "PROPN"):
            continue
        joined = any(
            table.dep[c] == "cc" and table.tokens[c].lower_ == "and" and c == mod + 1
            for c in table.children[mod]
        )
        if joined:  # its conjunct hung on it, or the head itself ("Sudan's government and southern rebels")
            word = table.tokens[mod]
            return word if roles.get(table.lemma[mod]) or roles.get(word.lower_) else None
    return None


# Plural people a country sends to speak for it: what they do, its government does.
_SENT = frozenset({"representative", "negotiator", "delegate", "envoy", "emissary"})


def from_each(ctx: ActorContext, head: Token) -> list[ActorRef]:
    """ "Representatives from Georgia and Moldova", "officials from Serbia and Croatia": a plural body drawn
    from several countries is one actor per country, each in the body's role, so talks they hold are between
    the countries. Every listed name must code and each must be another country: "officials from the foreign
    and defence ministries" (one body named twice) and "protesters from Paris and Lyon" (one country) stay one
    actor. "Leaders of India and Pakistan" is the actor stage's own reading of an "of" phrase."""
    table = ctx.table
    h = head.i
    roles = ctx.codebook.actor_roles
    # A sentence-initial plural is often read as a proper name, whose lemma keeps its "s": try the singular too.
    words = (table.lemma[h], head.lower_, head.lower_.removesuffix("s"))
    role = next((roles[w] for w in words if w in roles), "") or ("GOV" if _SENT.intersection(words) else "")
    if table.tag[h] not in _PLURAL_TAGS or not role:
        return []
    for prep in table.children[h]:
        if prep < h or table.dep[prep] != "prep" or table.tokens[prep].lower_ != "from":
            continue
        for obj in (c for c in table.children[prep] if table.dep[c] == "pobj"):
            parts = [table.tokens[p] for p in (obj, *conjuncts(table, obj))]
            codes = [ctx.token_code(p) for p in parts]
            if len(parts) < 2 or not all(codes) or len({c[:3] for c in codes}) < len(codes):
                return []
            return [
                ActorRef(
                    name=f"{head.text} from {p.text}",
                    code=c + role if len(c) == 3 and not c.startswith("IGO") else c,
                    start=table.start[p.i],
                    end=table.end[p.i],
                )
                for p, c in zip(parts, codes, strict=True)
            ]
    return []


def reciprocal(m: Match) -> bool:
    """ "accused each other", "blamed one another", "expelled each other's diplomats": the act's object (or its
    holder) is the subject's sides themselves; and "Chirac and Schroeder pledged to work together": what two sides
    do "together" or "jointly" each does with the other."""
    if _together(m.trigger):
        return True
    if m.obj is None:
        return False
    words = [m.obj, *(c for c in m.obj.children if c.dep_ == "poss")]
    return any(
        (w.lower_ == "other" and any(d.lower_ == "each" for d in w.children))
        or (w.lower_ == "one" and any(d.lower_ == "another" for d in w.children))
        for w in words
    )


def _together(verb: Token) -> bool:
    clause = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return any(c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for v in clause for c in v.children)
