"""Precision guards for the event coder, each from the CAMEO codebook and the coding guidelines.

- Figurative force: an act of force aimed at an argument, a policy or a social ill ("attacked
  the plan", "fight against corruption") is criticism (111) when the verb can be verbal, else
  no event (CAMEO codes material force only against actors and their property).
- Personnel: forcing out, ousting or expelling an organisation's staff ("forced out agents",
  "ousted the head of the field office") is a personnel decision, like firing them, not
  coercion (17); arresting them (173) still is.
- Agency credits: "(AP)" closing a headline or "(Reuters) -" opening a lead names who reports
  the story, never a participant in it.
- Armed attackers: a force verb read as criticism because of its object ("attacked the
  government", "hit government troops") is force when the subject is an armed actor: CAMEO's
  verbal reading of "attack" belongs to politicians, not to troops and rebels.
- Background: an event noun inside "after / since / amid / over ..." or dated by its own modifier
  ("the 2002 attack") names an earlier event the item does not tell; it is not a new event.
"""

from __future__ import annotations

import re

from newsgraph.model import Article
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.match import Match, TokenTable, prep_objects, subject

# A noun under these names an earlier or surrounding event as background ("after the 2001
# attacks", "since the war", "amid the fighting") or the grievance a statement is about
# ("criticised Japan over the minister's visit"): the item does not tell it, so it is not coded.
BACKGROUND_PREPS = frozenset(
    {"after", "before", "since", "following", "amid", "amidst", "despite", "until", "over"}
)
EARLIER = frozenset({"last", "previous", "earlier", "former", "past", "recent"})
# Force and coercion roots: with an abstract object they are figurative ("attacked the plan").
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# Verbs whose figurative use against an argument or policy is criticism (CAMEO 111); other
# force verbs with such an object ("fight corruption", "battle inflation") code nothing.
CRITICISM_VERBS = frozenset({
    "attack", "assail", "hit", "blast", "strike", "slam", "hammer", "bombard", "savage", "lash", "fire",
    "target"
})  # fmt: skip


def abstract_object(ctx: ActorContext, m: Match) -> bool:
    """Whether the act is aimed at an argument, a policy or a social ill rather than at an actor
    or a thing: the direct object, else what "against / on" names, is an abstract noun."""
    if m.sense.objects or m.sense.objects_all:
        # The sense itself names its object ("impose martial law", "declare a curfew"): the
        # dictionary already read the object literally, so it is not figurative.
        return False
    abstract = ctx.codebook.classes.get("abstract", frozenset())
    table = ctx.table
    obj = m.obj if m.obj is not None and not m.passive else None
    aimed = [obj] if obj is not None else prep_objects(table, m.trigger, ("against", "on"))
    return any(table.lemma[t.i] in abstract and not resolve(ctx, t) for t in aimed)


# Actor roles that fight: their "attack" on a government or its troops is force.
ARMED_ROLES = frozenset({"MIL", "REB", "INS", "SEP", "UAF"})


def armed_force(ctx: ActorContext, m: Match, code: str) -> str | None:
    """The force code of a criticism sense ("attack" + "government") whose subject is armed,
    as the built-in senses code it (an irregular group assaults, 180; others fight, 190)."""
    if code[:2] != "11" or m.key.split()[0] not in CRITICISM_VERBS or m.passive:
        return None
    abstract = ctx.codebook.classes.get("abstract", frozenset())
    if m.obj is not None and ctx.table.lemma[m.obj.i] in abstract:
        return None  # "rebels attacked the government's plan" is still criticism
    subj = subject(ctx.table, m.trigger)
    if subj is None or not any(r.code[3:6] in ARMED_ROLES for r in resolve(ctx, subj)):
        return None
    return "180" if ctx.table.lemma[subj.i] in ctx.codebook.classes.get("irregular", frozenset()) else "190"


def background(table: TokenTable, i: int) -> bool:
    """A noun inside "after / since / amid ..." names an earlier or surrounding event, and so
    does one dated by its own modifier ("the 2002 attack", "last year's war")."""
    tokens = table.tokens
    for c in table.children[i]:
        if c < i and (tokens[c].ent_type_ == "DATE" or tokens[c].lower_ in EARLIER):
            return True
    cur = i
    for _ in range(6):
        head = table.head[cur]
        if head == cur or table.pos[head] in ("VERB", "AUX"):
            return False
        if table.dep[cur] == "pobj" and table.tokens[head].lower_ in BACKGROUND_PREPS:
            return True
        cur = head
    return False


def personnel(ctx: ActorContext, m: Match, code: str) -> bool:
    """A coercion code other than arrest whose object is staff: a personnel decision."""
    if code[:2] != "17" or code.startswith("173") or m.obj is None:
        return False
    staff = ctx.codebook.classes.get("staff", frozenset())
    return ctx.table.lemma[m.obj.i] in staff


# "... Somalia (AP)", "GAZA (Reuters) - ...", "AFP - ...": a short parenthesised or dashed credit.
_TITLE_CREDIT = re.compile(r"\(([^()]{1,40})\)\s*$")
_LEAD_CREDIT = re.compile(
    r"^(?:[^\n()]{0,60}?\(([^()]{1,40})\)|([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}))\s+[-\u2013\u2014]+\s"
)


def agency_credits(article: Article) -> list[tuple[int, int]]:
    """Character spans of the agency credits in the article's title and at its lead's opening."""
    spans: list[tuple[int, int]] = []
    for block in article.blocks:
        text = article.text[block.start : block.end]
        if block.kind == "title":
            m = _TITLE_CREDIT.search(text)
            if m:
                spans.append((block.start + m.start(), block.start + m.end()))
        elif block.kind == "paragraph" and not any(
            b.kind == "paragraph" and b.start < block.start for b in article.blocks
        ):
            m = _LEAD_CREDIT.match(text)
            if m:
                g = 1 if m.group(1) is not None else 2
                spans.append((block.start + m.start(g), block.start + m.end(g)))
    return spans
