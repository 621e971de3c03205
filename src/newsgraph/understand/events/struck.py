"""Whom an act of force struck when the slot's own words do not say: victims a result clause
names by role or number alone ("fired rockets at the Israeli town of Sderot, wounding two
residents"), what a bomb set off beside ("outside the Australian embassy"), and the country a
struck thing of no known holder lies in ("fired mortars at the Green Zone in Baghdad")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.roles import CAMEO_ROLES, split_code
from newsgraph.understand.events.actors import ActorContext, country_in, resolve
from newsgraph.understand.events.guards import ARMED_ROLES, FORCE_ROOTS
from newsgraph.understand.events.heads import set_apart
from newsgraph.understand.events.match import Match, TokenTable, direct_object, prep_objects, subject


def counted_only(ctx: ActorContext, m: Match) -> tuple[ActorRef, ...]:
    """ "ambushed a convoy of Iraqi troops, killing five and wounding eight": victims told by a
    number alone are those the act before them struck: the first conjunct's victims ("killing
    three policemen and wounding 12"), else what the act the result clause follows was aimed at."""
    table, obj = ctx.table, m.obj
    if (m.sense.code or "")[:2] not in FORCE_ROOTS or obj is None or not _headcount(table, obj):
        return ()
    i = m.trigger.i
    refs: tuple[ActorRef, ...] = ()
    while not refs and table.dep[i] == "conj" and table.head[i] != i:
        i = table.head[i]
        first = direct_object(table, table.tokens[i])
        refs = tuple(r for r in resolve(ctx, first) if r.country) if first is not None else ()
    if table.dep[i] != "advcl" or table.tag[i] != "VBG":
        return refs or _people_where(ctx, table.tokens[i], obj)
    struck = struck_actors(ctx, table.tokens[table.head[i]])
    if not refs or not struck:
        return refs or struck
    # the first conjunct's victims, as `struck_victims` places them
    return tuple(_recountried(ctx, list(refs), struck[0].country))


# Quantity words that count people by themselves: "arrested dozens", "killed scores".
_HEADCOUNTS = frozenset({"dozen", "hundred", "score", "thousand"})


def _headcount(table: TokenTable, obj: Token) -> bool:
    """ "killed 12", "arrested dozens": a number of people with no noun ("dozens of students" is
    counted by what it counts, actors.resolve)."""
    if table.pos[obj.i] == "NUM":
        return True
    return table.lemma[obj.i] in _HEADCOUNTS and not prep_objects(table, obj, ("of",))


def _people_where(ctx: ActorContext, verb: Token, obj: Token) -> tuple[ActorRef, ...]:
    """People a main act's object counts with no noun ("troops killed 12 in the Gaza Strip",
    "police arrested dozens"): people of the place the act names, else of the story's country,
    as the guidelines code victims and suspects with no nationality. (A result clause's count,
    ", killing four", is the people its act struck, or no one known.)"""
    table = ctx.table
    country = next(
        (
            r.country
            for p in prep_objects(table, verb, ("in", "near", "at"))
            for t in places(ctx, p)
            for r in resolve(ctx, t)
            if r.country and r.country != "IGO"
        ),
        None,
    )
    if country is None and _named_act_abroad(ctx, verb):
        return ()  # "killed two in an attack on a U.S. base": the act named says whom, not the dateline
    country = country or ctx.home
    if not country:
        return ()
    return (ActorRef(name=obj.text, code=country + "CVL", start=table.start[obj.i], end=table.end[obj.i]),)


def _named_act_abroad(ctx: ActorContext, verb: Token) -> bool:
    """Whether the verb's "in" phrase names an act aimed at another country's side than the story's ("in an
    attack on a U.S. base"); "arrested dozens in a crackdown on Islamists" stays the story's people."""
    table = ctx.table
    aimed = {
        r.country
        for p in prep_objects(table, verb, ("in",))
        if table.lemma[p.i] in ctx.codebook.nouns
        for t in prep_objects(table, p, ("on", "against"))
        for r in resolve(ctx, t)
        if r.country
    }
    return bool(aimed) and ctx.home not in aimed


def struck_victims(ctx: ActorContext, m: Match, refs: list[ActorRef]) -> list[ActorRef]:
    """ "fired rockets at the Israeli town of Sderot, wounding two residents": victims a result
    clause names by their role alone are people of the country the act it follows struck, not of
    the dateline's (which only says where the story was filed)."""
    table = ctx.table
    i = m.trigger.i
    if table.dep[i] != "advcl" or table.tag[i] != "VBG" or (m.sense.code or "")[:2] not in FORCE_ROOTS:
        return refs
    struck = struck_country(ctx, table.tokens[table.head[i]])
    if not struck:
        return refs
    return _recountried(ctx, refs, struck)


def _recountried(ctx: ActorContext, refs: list[ActorRef], country: str) -> list[ActorRef]:
    """Victims named by role alone, as people of `country`, keeping their role. The entity link is
    left off on purpose: the entity keeps the one code it has across the article (the dateline's),
    and this event's victims are the struck country's people."""
    return [
        ActorRef(name=r.name, code=country + role_of(r.code), start=r.start, end=r.end)
        if r.code and not r.code.startswith(country) and not placed(ctx, r)
        else r
        for r in refs
    ]


def role_of(code: str) -> str:
    """The role part of a code: "PSECVL" and "CVL" are both civilians ("CVL")."""
    return code if code[:3] in CAMEO_ROLES else code[3:]


def placed(ctx: ActorContext, ref: ActorRef) -> bool:
    """Whether a reference's own words say its country ("two Iraqi policemen") or name it."""
    table = ctx.table
    words = [
        t
        for t in table.tokens
        if ref.start is not None and ref.end is not None and ref.start <= table.start[t.i] < ref.end
    ]
    return not words or any(table.pos[t.i] == "PROPN" for t in words) or bool(country_in(ctx, words))


def struck_country(ctx: ActorContext, verb: Token) -> str:
    """The country of what a verb of force acted on: its object or the "on / at / into / against"
    phrase of the verb or its object, as an actor or a place."""
    struck = struck_actors(ctx, verb)
    return struck[0].country if struck else ""


def struck_actors(ctx: ActorContext, verb: Token) -> tuple[ActorRef, ...]:
    """The first actor of a known state a verb of force acted on (see `struck_country`)."""
    table = ctx.table
    obj = direct_object(table, verb)
    doer = subject(table, verb)
    # A bomb that went off "outside the embassy" or "near a patrol" was set there to strike it.
    blast = doer is not None and table.lemma[doer.i] in ctx.codebook.classes.get("blast", frozenset())
    aimed = AIMED + _BESIDE if blast else AIMED
    things = ([obj] if obj is not None else []) + prep_objects(table, verb, aimed)
    if obj is not None:
        things += prep_objects(table, obj, AIMED)
    for thing in things:
        for r in resolve(ctx, thing):
            if r.country and r.country != "IGO":
                return (r,)
    return ()


# The prepositions an act of force is aimed with.
AIMED = ("on", "at", "into", "against")
# Where a bomb is set off beside what it is meant to strike.
_BESIDE = ("near", "outside", "beside")


# The prepositions by which a thing's own phrase says where it is.
LOCATING = ("near", "in", "outside", "at", "on")


def places(ctx: ActorContext, tok: Token) -> list[Token]:
    """`tok` when it names a place, else the place its "of" or its name words name ("the town of Doda")."""
    table = ctx.table
    # "the Rafah refugee camp": a place named before the noun places it.
    named = [
        table.tokens[c]
        for c in table.children[tok.i]
        if table.dep[c] == "compound" and table.pos[c] == "PROPN"
    ]
    for t in (tok, *prep_objects(table, tok, ("of",)), *named):
        entity = ctx.lookup.covering(table.start[t.i], table.end[t.i])
        if entity is not None and entity.kind == "place":
            return [t]
    return []


def located(ctx: ActorContext, thing: Token) -> tuple[ActorRef, ...]:
    """The country a struck thing's own phrase places it in: "a pipeline near Kirkuk", and the
    phrase of what it is part of or counts ("a section of a pipeline near Kirkuk", "dozens of
    houses in the Rafah camp")."""
    table = ctx.table
    whole = prep_objects(table, thing, ("of",))
    spots = [o for t in (thing, *whole) for o in prep_objects(table, t, LOCATING)]
    return tuple(r for o in spots for p in places(ctx, o) for r in resolve(ctx, p) if r.code)[:1]


# Places that stay where they are: a village attacked "in Darfur" lies there, wherever the parser hangs "in".
_SETTLEMENTS = frozenset({
    "village", "town", "city", "settlement", "hamlet", "camp", "district", "neighborhood", "neighbourhood",
    "suburb", "market", "marketplace", "mosque", "church", "temple", "shrine", "school", "hospital", "university",
})  # fmt: skip


def settled(ctx: ActorContext, m: Match, thing: Token) -> tuple[ActorRef, ...]:
    """The country of the place the verb's own phrase puts the act in, when the thing struck is a village, a
    town or a building that stays where it is ("attacked a village in Darfur", "raided a mosque in Basra")."""
    if ctx.table.lemma[thing.i] not in _SETTLEMENTS or ctx.table.pos[m.trigger.i] != "VERB":
        return ()  # a noun's "on" phrase is its target slot ("a raid on the camp"), no place of the act
    spots = prep_objects(ctx.table, m.trigger, LOCATING)
    return tuple(r for o in spots for p in places(ctx, o) for r in resolve(ctx, p) if r.code)[:1]


def where_it_lies(ctx: ActorContext, m: Match, things: list[Token]) -> tuple[ActorRef, ...]:
    """ "fired mortars at the Green Zone in Baghdad": force against a place or thing the text
    names but no code covers is aimed at the country its own phrase places it in; a person
    ("a foreign engineer in Kabul") is not the place they were in."""
    if (m.sense.code or "")[:2] not in FORCE_ROOTS:
        return ()
    table = ctx.table
    for thing in things:
        person = thing.ent_type_ in ("PERSON", "NORP") or table.lemma[thing.i] in ctx.codebook.actor_roles
        found = () if person or set_apart(table, thing.i) else located(ctx, thing)
        if found:
            return found
    return ()


# A frontier and the side beyond it: "sent troops to its border with Colombia".
_BORDERS = frozenset({"border", "frontier", "boundary"})


def posture_places(table: TokenTable, m: Match, slot: str, things: list[Token]) -> list[Token]:
    """Where forces are sent or alerted, with the other side of a border there: CAMEO 15's target is
    whom the source mobilises against ("to its border with Colombia"; "on alert along the frontier
    with Pakistan", where the parser hangs "along" on the alert)."""
    if not things and slot in ("along", "near"):
        things = [t for p in prep_objects(table, m.trigger, ("on",)) for t in prep_objects(table, p, (slot,))]
    beyond = [w for t in things if table.lemma[t.i] in _BORDERS for w in prep_objects(table, t, ("with",))]
    return [*things, *beyond]


# Buildings that stand for whoever holds them: "protested outside the offices of the U.N. agency".
_PREMISES = frozenset({"office", "headquarters", "compound", "residence", "building", "premises", "gate"})


# A likeness stands for whom it shows: "burned an effigy of President Bush" protests against him.
_LIKENESSES = frozenset({"effigy", "portrait", "picture", "poster", "image", "photograph", "photo", "flag"})
# Acts aimed at whoever holds a building: protests at it, raids, seizures and attacks on it.
_AT_PREMISES = frozenset({"14", "17", "18", "19"})


# What a state seeks or pursues, which one backs, criticises or rejects in whoever pursues it (session 21 targets).
_UNDERTAKINGS = frozenset({
    "bid", "plan", "program", "programme", "candidacy", "application", "policy", "campaign", "ambition", "quest",
    "drive", "effort", "stance", "position", "proposal", "initiative",
})
# Roots of a stand taken on what someone pursues: appeals, praise and support, demands, criticism, rejection.
_ON_UNDERTAKINGS = frozenset({"02", "05", "10", "11", "12"})


def premises_holder(table: TokenTable, tok: Token, code: str) -> list[Token]:
    """Whom a protest, a raid or an attack at a building or a likeness is aimed at: the holder or the one shown its
    "of" phrase names ("outside the office of the U.N. refugee agency", "raided the Moscow offices of Yukos",
    "burned an effigy of Bush"), else the thing itself. Support or criticism of what someone pursues is aimed at
    its possessor ("backed Russia's WTO bid": Russia, not the WTO the bid is for)."""
    if code[:2] in _ON_UNDERTAKINGS and table.lemma[tok.i] in _UNDERTAKINGS:
        # A pronoun ("backed its bid") is left to the phrase's other words, as before this rule.
        owner = [c for c in table.children[tok.i] if table.dep[c] == "poss" and table.pos[c] != "PRON"]
        return [table.tokens[owner[0]]] if owner else [tok]
    if code[:2] not in _AT_PREMISES or table.lemma[tok.i] not in _PREMISES | _LIKENESSES:
        return [tok]
    return prep_objects(table, tok, ("of",)) or [tok]


def force_code(code: str, sources: Sequence[ActorRef], targets: Sequence[ActorRef]) -> str:
    """Force by a state's troops is a fight (190), even with small arms; an attack by no one named on no armed
    side ("the attack on the oil company") is an assault (180), as the verbs code it."""
    if code == "180" and all(s.code[3:6] == "MIL" for s in sources):
        return "190"
    unknown = bool(sources) and all(not s.name and not s.code for s in sources)
    armed = any(split_code(t.code)[1][:3] in ARMED_ROLES for t in targets)
    return "180" if code == "190" and unknown and targets and not armed else code
