"""The actors a noun's own phrase names as the doers of the act it tells: its possessor ("Iran's
attack"), an actor word before it ("a U.S. air raid"), a "by" agent, and for a verb's subject that
names an act ("A Hamas bombing killed ...") the act's own agents; and whether a noun in a
background phrase ("after", "amid") tells its event with those actors (the guidelines code it
then) rather than only naming an earlier one; and who an investigation is aimed at, as what it
looks into names them ("an inquiry into graft by two ministers", "is under investigation"). Those doers also
decide what a force noun is (`noun_code`): "a strike by rail workers" is a walkout, "a blockade by villagers" an
obstruction."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, country_in, resolve
from newsgraph.understand.events.clauses import CLAIM_NOUNS
from newsgraph.understand.events.guards import (
    BACKGROUND_PREPS,
    EARLIER,
    FORCE_ROOTS,
    figurative_noun,
    labour_strike,
    protesters_blockade,
)
from newsgraph.understand.events.match import TokenTable, prep_objects, subject, subtree
from newsgraph.understand.events.nountold import unarmed_battle

# Verbs that carry an event noun as their object ("paid a visit", "opened talks", "expressed
# condemnation", "expanded an investigation"): the noun tells the event, the subject does it.
LIGHT_VERBS = frozenset({
    "make", "pay", "express", "voice", "expand", "widen", "broaden", "issue", "begin", "start",
    "continue", "resume", "attend", "undertake", "join", "wrap", "end",
    "conclude", "open", "launch", "hold", "stage", "organize", "organise", "call", "mount", "lead",
    "announce", "carry", "conduct", "mastermind", "orchestrate", "commit", "perpetrate", "plot",
    # Verbs that hand over what their object says: "extended an invitation", "gave a promise", "granted
    # recognition", "sent congratulations", "lodged a request", "renewed its appeal".
    "extend", "give", "grant", "send", "deliver", "lodge", "submit", "renew", "reiterate"
})  # fmt: skip


def act_agents(ctx: ActorContext, tok: Token, mutual: bool = False) -> tuple[ActorRef, ...]:
    """Who does the act a noun names, as the noun phrase itself says: its possessor ("Iran's
    attack"), an actor word before it ("Iranian drone attack", "U.S. aid"), or a "by" agent.
    Never what it is done to: in "the bombing of the embassy" the embassy is the target."""
    table = ctx.table
    tokens, dep, kids = table.tokens, table.dep, table.children[tok.i]
    poss = [tokens[c] for c in kids if dep[c] == "poss"]
    if poss:
        refs = tuple(resolve(ctx, poss[0]))
        if refs:
            return refs
    if not mutual:
        for c in kids:
            # The modifier must name the actor itself, not a role ("military aid" is no actor).
            # For a mutual act it names the topic, not a side: "Korea talks", "Iran nuclear talks".
            premodifier = dep[c] in ("compound", "amod") or _premodifying_name(table, c, tok.i)
            if premodifier and c < tok.i and _names_actor(ctx, tokens[c], tok) and not _topic(ctx, tok, c):
                refs = tuple(r for r in resolve(ctx, tokens[c]) if r.code)
                if refs:
                    return refs
    agents = by_agents(table, tok)  # "an air strike by government forces"
    if not agents and table.lemma[tok.i] in ctx.codebook.classes.get("doer_of", frozenset()):
        agents = prep_objects(table, tok, ("of",))  # "the withdrawal of Syrian troops from Lebanon"
    # "a strike called by unions", "an attack carried out by militants": the light verb's agent.
    agents = agents or [
        a
        for c in kids
        if dep[c] == "acl" and table.lemma[c] in LIGHT_VERBS
        for a in prep_objects(table, tokens[c], ("by",))
    ]
    # "a bombing claimed by Zarqawi's group": the group that claims the act did it. One it is "blamed on" is only
    # accused of it (an accusation, 112, by whoever blames), which the item does not assert.
    agents = agents or [
        a for c in kids if dep[c] == "acl" and table.lemma[c] == "claim" for a in prep_objects(table, tokens[c], ("by",))
    ]
    return tuple(resolve(ctx, agents[0])) if agents else ()


def _premodifying_name(table: TokenTable, c: int, noun: int) -> bool:
    """ "A U.S. military offensive": the parser labels a name before the noun's own modifiers "nmod"; it is a
    premodifier as a compound is. Only a proper name, with the noun's own modifiers and nothing else between
    ("Spaniards back troop pullout" and "Activists fear Uzbek crackdown", headlines the parser misreads, are
    none)."""
    return (
        table.dep[c] == "nmod"
        and table.pos[c] == "PROPN"
        and c + 1 < noun
        and all(table.head[k] == noun and table.dep[k] in ("amod", "compound") for k in range(c + 1, noun))
    )


# Verbs whose subject carries out the act their object names: "starts a pullout", "extends a mission".
_CARRYING = frozenset({
    "start", "begin", "launch", "make", "extend", "complete", "finish", "announce", "halt", "end", "stop", "suspend",
    "resume", "continue", "expand", "speed", "delay", "step", "scale", "order", "plan", "prepare", "conduct",
})  # fmt: skip


def _topic(ctx: ActorContext, tok: Token, c: int) -> bool:
    """ "Manila starts Iraq pullout", "Seoul extends Iraq mission": a country's name compounded before an act noun
    that another actor's verb takes as its object is where or what the act is about; the verb's subject does it.
    An adjective ("an Iranian offer") and a group's name ("foil Hamas attack") still name the doer."""
    table = ctx.table
    if table.dep[c] != "compound" or table.pos[c] != "PROPN" or table.dep[tok.i] not in ("dobj", "obj"):
        return False
    ent = ctx.lookup.covering(table.start[c], table.end[c])
    if ent is None or ent.kind != "country":
        return False  # "Police foil Hamas attack": a group named before its act does it
    verb = table.head[tok.i]
    if table.lemma[verb] not in _CARRYING:
        return False  # "won U.S. recognition", "condemns Israel raid": the country does the act the subject meets
    subj = next((k for k in table.children[verb] if table.dep[k] == "nsubj" and k != c), None)
    return subj is not None and any(r.code for r in resolve(ctx, table.tokens[subj]))


# Nouns that count repeated acts: "a wave of arrests by police" is the police's arrests.
_RUNS = frozenset({"wave", "series", "spate", "string", "rash", "round", "campaign", "flurry"})


def by_agents(table: TokenTable, tok: Token) -> list[Token]:
    """The "by" agent of an act noun, also where the parser hangs it on the noun's "of" object
    or on the noun that counts the acts: in "the killing of two workers by gunmen" and "a wave of
    arrests of activists by police" the "by" phrase names who acted, whichever word it hangs on."""
    found = prep_objects(table, tok, ("by",)) or [
        a for o in prep_objects(table, tok, ("of",)) for a in prep_objects(table, o, ("by",))
    ]
    of = table.head[tok.i]
    run = table.head[of]
    if (
        found
        or table.dep[tok.i] != "pobj"
        or table.tokens[of].lower_ != "of"
        or table.lemma[run] not in _RUNS
    ):
        return found
    return prep_objects(table, table.tokens[run], ("by",))


# Police and army operations an arrest, a seizure or a killing is made in.
SWEEPS = frozenset({"raid", "sweep", "crackdown", "operation", "search", "swoop", "roundup"})


def _names_actor(ctx: ActorContext, tok: Token, act: Token) -> bool:
    table = ctx.table
    if table.lemma[act.i] in SWEEPS and table.lemma[tok.i] in ctx.codebook.actor_roles:
        return True  # "a police raid", "an army sweep": the force that makes it
    ent = ctx.lookup.covering(table.start[tok.i], table.end[tok.i])
    if ent is not None and ent.kind == "place":
        return False  # "the Jakarta bombing", "a Baghdad car bomb": where it happened, not who did it
    if ent is not None and ent.country:
        return True
    if table.lemma[tok.i] in ctx.codebook.actor_roles:
        # "an Indian army offensive": a role word with its own nationality names the actor.
        own = [table.tokens[c] for c in table.children[tok.i] if table.dep[c] in ("amod", "compound")]
        return bool(own) and bool(country_in(ctx, own))
    return bool(country_in(ctx, [tok]))


def told_with_doer(ctx: ActorContext, tok: Token, code: str) -> bool:
    """ "after the abduction of three aid workers by Abu Sayyaf guerrillas", "amid protests by
    opposition supporters", "amid clashes between French troops and government supporters": a noun
    in a background phrase that names its doer in a "by" phrase, or both sides "between" which it
    happens, tells the event with its actors (the guidelines code such an event), unless its phrase
    dates it to an earlier time ("the 2002 bombing", "clashes ... in May", "clashes that have
    killed 3,000 people since 2000"). Only a word that places it now or just before tells it
    ("after", "amid", "despite": "since" and "before" name other times). A truce in place is a
    state, not an act, and is never told so. A material act or a protest ("protests by") may be
    told with its "by" doer; a verbal one only with both its sides, since "amid accusations by
    Peru" names a mood, not an act."""
    table = ctx.table
    if (
        not _in_background_phrase(table, tok.i)
        or table.tokens[table.head[tok.i]].lower_ not in _TELLING_PREPS
        or code[:3] in _STATES
        or dated_earlier(table, tok)
        or _measured_back(table, table.head[tok.i])
    ):
        return False
    force = code[:2] in FORCE_ROOTS
    # A protest (14) is a crowd's act in the street, though the codebook's quad class counts it verbal.
    material = force or code[:2] == "14" or ctx.codebook.code(code).quad_class in (2, 4)
    if material and any(r.code for a in by_agents(table, tok) for r in resolve(ctx, a)):
        return True
    sides = [r for b in prep_objects(table, tok, ("between",)) for r in resolve(ctx, b) if r.code]
    return len(sides) >= 2


def told_as_object(ctx: ActorContext, verb_code: str | None, obj: Token | None) -> bool:
    """ "The State Department condemned a Chinese crackdown on churches", "Syria welcomed the
    Israeli withdrawal": the object of a reaction to an act (one that presupposes it happened)
    that names its own doer tells that act too (the item asserts it happened, with its actors);
    the reaction verb only comments on it and does not consume it. An object with no doer of its
    own ("condemned the attack"), a planned one ("condemned a planned offensive") or one only
    discussed, backed, opposed or threatened names the act only."""
    if verb_code is None or obj is None or ctx.codebook.code(verb_code).quad_class not in (1, 3):
        return False
    table = ctx.table
    verb = table.lemma[table.head[obj.i]]
    if verb in _CONVENING and table.lemma[obj.i] in ctx.codebook.classes.get("talks", ()):
        # "hosted / brokered talks between Sudan and Darfur rebels": the talks took place, and the
        # two sides that held them are named; the host's act does not stand for theirs.
        sides = {r.code for b in prep_objects(table, obj, ("between",)) for r in resolve(ctx, b) if r.code}
        return len(sides) >= 2 and not unreal(table, obj)
    if verb not in REACTIONS or unreal(table, obj):
        return False
    return table.pos[obj.i] == "NOUN" and any(r.code for r in act_agents(ctx, obj))


# Verbs of a third party that brings two sides to a meeting it does not hold with them.
_CONVENING = frozenset({"host", "broker", "mediate", "chair", "sponsor", "convene", "organise", "organize"})


# Verbs of reaction that presuppose the act happened ("condemned the Israeli raid"): discussing,
# backing, opposing, threatening or rejecting an act says nothing of whether it took place.
REACTIONS = frozenset({
    "condemn", "deplore", "protest", "welcome", "praise", "mourn", "denounce", "criticise", "criticize",
    "decry", "hail", "applaud", "lament", "regret", "slam", "blast", "assail", "commend", "salute",
    "castigate", "lambaste", "censure", "laud"
})  # fmt: skip


# Background words after which a noun with its actors tells a fresh event, not another time's.
_TELLING_PREPS = frozenset({"after", "following", "amid", "amidst", "despite"})
# Codes (3-digit prefixes) of acts that leave a state behind: "amid a truce between X and Y"
# names the truce in place (087: de-escalation), not its declaring.
_STATES = frozenset({"087"})
# Date words that place an act before the story's days: wire copy dates today's acts by weekday
# ("on Monday", "this week"); a month, a year or "last month" dates an earlier one.
_OTHER_TIMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "month", "year", "decade", "century", "ago", "spring",
    "summer", "autumn", "winter"
})  # fmt: skip


# Prepositions of a clause's own date ("was amended in 2001"), not of another act it names ("came after a 2002 raid").
_DATING_PREPS = frozenset({"in", "on", "since", "during"})
_SPANS = frozenset({"week", "month", "year", "decade", "century"})


def _span(table: TokenTable, t: int) -> bool:
    """ "His second in a month", "the first in two years": a length of time, no date ("last year" is one)."""
    return table.lemma[t] in _SPANS and not any(table.lemma[k] in EARLIER for k in table.children[t])


def dated_earlier(table: TokenTable, tok: Token) -> bool:
    """Whether a noun's own phrase dates it to another time: an earlier-time modifier ("the
    2002 bombing", "last year's war"), a date in its phrase before the story's days ("in May",
    "last month", "since 2000"), or a clause telling it has lasted "since" some time
    ("that has held since June"). A subject's act is dated by its clause too: "the tribunal's indictment of
    Milosevic was amended in 2001" names an act of another time."""
    for c in table.children[tok.i]:
        if c < tok.i and (table.tokens[c].ent_type_ == "DATE" or table.lemma[c] in EARLIER):
            return True
    verb = table.head[tok.i]
    clause = [verb] if table.dep[tok.i] in ("nsubj", "nsubjpass") and verb != tok.i else []
    dating = [
        t
        for v in clause
        for c in table.children[v]
        if table.dep[c] == "npadvmod" or table.tokens[c].lower_ in _DATING_PREPS
        for t in subtree(table, c)
        if not _span(table, t)
    ]
    ranked = _ranking_appositions(table, tok.i)
    for t in [*subtree(table, tok.i), *dating]:
        word = table.tokens[t]
        if t == tok.i or t in ranked:
            continue
        if word.ent_type_ == "DATE" and (table.lemma[t] in _OTHER_TIMES or (word.is_digit and len(word) == 4)):
            return True
        if word.lower_ == "since" and table.dep[t] == "prep" and table.pos[table.head[t]] in ("VERB", "AUX"):
            return True
    return False


def _ranking_appositions(table: TokenTable, i: int) -> set[int]:
    """The words of an apposition in the act's phrase that ranks the act among others ("Putin's visit to Turkey,
    the first by a Kremlin leader in 30 years", the parser often hanging it on the place: "a visit to Libya, the
    first since 1943"): its dates are the earlier acts', not this one's."""
    return {
        t
        for c in subtree(table, i)
        if table.dep[c] == "appos" and (table.tokens[c].ent_type_ == "ORDINAL" or table.tag[c] == "JJS")
        for t in subtree(table, c)
    }


def _measured_back(table: TokenTable, prep: int) -> bool:
    """ "four months after their abduction by the Islamic Army", "a year after the bombing by":
    a span of weeks or more before "after" puts the act at another time than the story's, as a
    date in its own phrase does ("hours after" still tells the story's news). The parser may hang "after" on the
    span itself ("..., a year after his indictment by the tribunal")."""
    spans = _OTHER_TIMES | {"week"}
    before = table.head[prep]
    return any(table.dep[c] == "npadvmod" and table.lemma[c] in spans for c in table.children[prep]) or (
        before == prep - 1 and table.lemma[before] in spans
    )


def _in_background_phrase(table: TokenTable, i: int) -> bool:
    """Whether the noun is the object of "after", "since", "amid" ... itself (not of a judging
    "for": "blamed X for a raid by rebels" names the charge)."""
    return table.dep[i] == "pobj" and table.tokens[table.head[i]].lower_ in BACKGROUND_PREPS


# Subjects that name a violent act rather than an actor: "a roadside bombing killed ...",
# "violence swept the city, killing 30", "a wave of car bombings hit the capital". (The toll of
# clashes or fighting is the mutual act's own, coded with its sides: "clashes between X and Y
# killed nine" is X->Y and Y->X, no third act.)
EVENT_SUBJECTS = frozenset({
    "bombing", "explosion", "blast", "attack", "bomb", "mine", "shell", "rocket", "missile", "airstrike",
    "strike", "raid", "shelling", "gunfire", "ambush", "landmine", "minefield", "grenade", "mortar",
    "drone", "violence", "unrest", "riot", "rioting", "bloodshed", "barrage", "salvo", "volley",
    "bombardment", "assault", "offensive", "wave", "round"
})  # fmt: skip
# Fire told with the side that fired it ("killed by Israeli tank fire"): that side is the doer.
# Bare "a fire" is no subject of an act (an accident: guards.unattributed_violence reads it so).
_FIRE = frozenset({"fire", "shellfire"})


def subject_actors(ctx: ActorContext, subj: Token | None, subj_lemma: str) -> tuple[ActorRef, ...]:
    if subj is None:
        return ()
    if subj_lemma in EVENT_SUBJECTS:
        # "A Hamas bombing killed ...": the act's own agent, never its target ("the bombing of
        # the embassy killed four": the embassy did not kill).
        return act_agents(ctx, subj) or _outside_target_phrases(ctx, subj)
    if subj_lemma in _FIRE:
        return act_agents(ctx, subj)
    return tuple(resolve(ctx, subj))


def _outside_target_phrases(ctx: ActorContext, act: Token) -> tuple[ActorRef, ...]:
    """The actors an act's noun phrase names, less the act itself read as an actor and those its
    "of / on / against / at / in" phrases name: what the act was done to, or where."""
    table = ctx.table
    inside = {
        (table.start[t], table.end[t])
        for c in table.children[act.i]
        if table.dep[c] == "prep" and table.tokens[c].lower_ in ("of", "on", "against", "at", "in")
        for t in subtree(table, c)
    }
    starts = {s for s, _ in inside}
    at = table.start[act.i]
    return tuple(
        r
        for r in resolve(ctx, act)
        if r.start not in starts and not (r.start is not None and r.end is not None and r.start <= at < r.end)
    )


# Modifiers that make the act a noun names one only planned or thought of, not one told:
# "Israel's planned pullout", "a possible invasion", "the promised withdrawal".
UNREAL = frozenset({
    "planned", "proposed", "possible", "threatened", "expected", "promised", "potential", "future",
    "intended", "prospective", "imminent", "mooted", "suggested", "likely", "envisaged", "anticipated"
})  # fmt: skip
# Verbs a truce in place is the subject of: "the truce collapsed / held / broke down" tells of
# the state, not of anyone declaring it.
_STATE_VERBS = frozenset({
    "collapse", "hold", "break", "crumble", "falter", "unravel", "fail", "expire", "last", "survive",
    "end", "shatter", "violate", "breach"
})  # fmt: skip
# Verbs of meeting: "met X at a summit" tells the meeting once, by the verb ("sat with X at
# talks" or "spoke at a conference" codes no meeting of its own, and keeps the noun's).
_MEETING_VERBS = frozenset({"meet", "confer", "consult"})
# Verbs whose "on / over / about" phrase is a topic: "talked on Sunday about a truce".
_TALKING_VERBS = _MEETING_VERBS | {"talk", "discuss", "negotiate"}
# Roles that do not demonstrate: "the military's march on Baghdad" is an advance.
_MARCHING_FORCES = frozenset({"MIL", "GOV"})


# Nouns whose compound modifier names what they offer, plan or discuss, not an act done.
# ("a ceasefire agreement" or "an aid package" is the ceasefire or the aid itself, and stays.)
_CONTENT_HOLDERS = frozenset({
    "offer", "proposal", "plan", "bid", "call", "demand", "deadline", "request", "initiative",
    "roadmap", "blueprint"
})  # fmt: skip


def _looked_into(table: TokenTable, tok: Token) -> bool:
    """Whether an investigation noun tells an act of investigating: it has what it looks into
    ("a probe into the bombing"), a "by" doer, a verb that opens or conducts it ("police opened an
    investigation"), or its possessor's ("the committee's inquiry concluded"); what is "under
    investigation" is looked into. A named one with none of these ("NASA's Genesis probe", "the
    Hutton inquiry cleared ...") is a thing or a body, not an act."""
    if prep_objects(table, tok, ("into", "of", "against", "by")):
        return True
    head, kids = table.head[tok.i], table.children[tok.i]
    if table.dep[tok.i] == "pobj" and table.tokens[head].lower_ == "under":
        return True
    if table.dep[tok.i] == "dobj" and table.lemma[head] in LIGHT_VERBS:
        return True
    named = any(table.dep[c] == "compound" and table.pos[c] == "PROPN" for c in kids)
    return not named and any(table.dep[c] == "poss" for c in kids)


# Verbs whose object is an act only played out: "simulating a Chinese invasion", "rehearsed an amphibious assault".
_PLAYED = frozenset({"simulate", "rehearse", "practise", "practice", "mimic"})


# Verbs whose object is an act only feared or awaited: "fearing a U.S. assault", "expect an offensive".
_AWAITED = frozenset({"fear", "dread", "expect", "anticipate", "await", "predict", "forecast"})


def unreal(table: TokenTable, tok: Token) -> bool:
    """Whether a modifier makes the noun's act planned, feared or possible only, or a drill plays it out."""
    h = table.head[tok.i]
    if h != tok.i and table.dep[tok.i] in ("dobj", "obj") and table.lemma[h] in _PLAYED | _AWAITED:
        return True
    return any(table.dep[c] in ("amod", "advmod") and table.tokens[c].lower_ in UNREAL for c in table.children[tok.i])


def names_no_act(ctx: ActorContext, tok: Token, code: str, sources: tuple[ActorRef, ...]) -> bool:
    """Nouns of an event kind that tell no act of their own: the content of an offer, a plan or
    talks ("a Hamas truce offer", "ceasefire talks": the offer or the talks are the act), an
    investigation with nothing it looks into and no one opening it ("NASA's Genesis probe", "the
    Hutton inquiry cleared ..."), a request an act was done "at" or "on", a truce in place that holds or collapses, the topic
    of talks ("talks on a truce between X and Y"), a summit a meeting verb already tells ("met Y
    at a summit"), a march by an army or a government (an advance, not a demonstration), a coup only
    plotted, and an offer or a request another verb acts on."""
    table = ctx.table
    i, dep = tok.i, table.dep
    head = table.head[i]
    talks = ctx.codebook.classes.get("talks", frozenset())
    if dep[i] == "compound" and (table.lemma[head] in _CONTENT_HOLDERS or table.lemma[head] in talks):
        return True
    if code[:2] == "09" and not _looked_into(table, tok):
        return True
    if code[:3] in _STATES and dep[i] in ("nsubj", "nsubjpass") and table.lemma[head] in _STATE_VERBS:
        return True
    if code[:2] == "14" and any(s.code[3:6] in _MARCHING_FORCES for s in sources) and table.lemma[i] == "march":
        return True
    if dep[i] == "dobj" and table.lemma[head] in _PLOTTING and table.lemma[i] in _COUPS:
        return True  # "plotted a coup against the president": a coup planned, not staged
    if unarmed_battle(ctx, tok, sources):
        return True  # "the battle over the budget between the White House and Congress"
    if _acted_on(ctx, tok):
        return True
    if dep[i] != "pobj":
        return False
    prep, over = table.tokens[head].lower_, table.head[head]
    if prep in ("at", "on", "upon") and table.lemma[i] in ctx.codebook.classes.get("request", frozenset()):
        return True  # "entered Najaf at the invitation of", "upheld on appeal": how the act came about
    if prep in ("at", "during") and code[:2] == "04":
        return table.lemma[over] in _MEETING_VERBS
    if prep not in ("on", "over", "about", "regarding"):
        return False
    # The parser hangs "on a truce" on the talks or on the verb holding them.
    return table.lemma[over] in talks or table.lemma[over] in _TALKING_VERBS or any(
        dep[c] == "dobj" and table.lemma[c] in talks for c in table.children[over]
    )


# A coup is told done by the verb that stages it; one plotted or planned is a plan (PETRARCH2 codes
# "plan * coup against" a threat, 138, not force).
_COUPS = frozenset({"coup", "putsch"})
_PLOTTING = frozenset({"plot", "plan", "prepare"})


# The light verbs that make or voice an offer or a request ("granted / ended the request" act on it).
_TELLING = LIGHT_VERBS - {"grant", "end", "conclude", "wrap", "join", "attend", "continue", "expand", "widen"}


# A deployment others protest, approve or debate is a policy ("protested the deployment of troops to
# Iraq"): told as an act only as its clause's subject or by a light verb ("announced the deployment").
_POLICIES = frozenset({"deployment"})


def _acted_on(ctx: ActorContext, tok: Token) -> bool:
    """ "accepted the Israeli demand", "welcomed Japan's offer", "bowed to rebel demands": an offer or a
    request another verb acts on is that verb's matter, not an act told of its own (a light verb that
    makes or voices it tells it: "made an offer"); so is a deployment."""
    table = ctx.table
    if table.lemma[tok.i] not in ctx.codebook.classes.get("request", frozenset()) | _POLICIES:
        return False
    head = table.head[tok.i]
    if table.dep[tok.i] == "dobj":
        return table.lemma[head] not in _TELLING
    return (
        table.dep[tok.i] == "pobj"
        and table.tokens[head].lower_ in ("to", "on", "with")
        and table.pos[table.head[head]] in ("VERB", "AUX")
    )


def noun_code(ctx: ActorContext, tok: Token, code: str, subj: Token | None) -> str | None:
    """A force noun's code once the guards have read it: a figurative attack is criticism (111),
    a strike by workers or people a walkout (143), a blockade by them an obstruction (144); a
    "strike" by anyone else that is no force ("a late strike by the striker") is no event."""
    if code == "171" and _armed_raid(ctx, tok):
        return "190"
    if code[:2] not in ("19", "14"):
        return code
    if code[:2] == "19" and figurative_noun(ctx, tok):
        return "111"
    poss = [ctx.table.tokens[c] for c in ctx.table.children[tok.i] if ctx.table.dep[c] == "poss"]
    by = prep_objects(ctx.table, tok, ("by",))
    doer = poss[0] if poss else by[0] if by else subj
    if code[:3] == "143" and ctx.table.lemma[tok.i] == "strike":
        return code if doer is None or labour_strike(ctx, tok, doer) else None
    if code[:3] == "191" and doer is not None and protesters_blockade(ctx, doer):
        return "144"
    return "143" if code[:2] == "19" and labour_strike(ctx, tok, doer) else code


def _armed_raid(ctx: ActorContext, tok: Token) -> bool:
    """A raid that is an armed attack (190), not a police or army raid (171): one told by its dead
    ("a raid into the camp left 12 dead") or made by armed men ("a raid by Hutu rebels", "by
    communist guerrillas")."""
    table = ctx.table
    if table.dep[tok.i] == "nsubj" and table.lemma[table.head[tok.i]] in _TOLL_VERBS:
        return True
    # Rebels and insurgents (CAMEO REB, INS) are armed men however the text names them.
    irregular = ctx.codebook.classes.get("irregular", frozenset())
    return any(
        table.lemma[a.i] in irregular
        or a.lower_ in irregular
        or any(r.code[3:6] in ("REB", "INS") for r in resolve(ctx, a))
        for a in by_agents(table, tok)
    )


# Verbs that tell an act by its toll: "left 12 dead", "killed five", "wounded 20".
_TOLL_VERBS = frozenset({"leave", "kill", "wound", "injure", "claim"})


def investigated(table: TokenTable, tok: Token, verb: Token | None = None) -> list[Token]:
    """Who an investigation is aimed at, when what it looks into names them: the subject of a
    claim's "that" clause (`_alleged`) or of a "whether" clause ("an inquiry into whether Italy had
    broken EU rules"), or the doer of the act looked into ("into alleged graft by two former
    ministers"); `verb` is the active verb that opened the investigation, if one did."""
    kids = table.children[tok.i]
    if table.pos[tok.i] in ("VERB", "AUX"):
        if not any(table.dep[k] == "mark" and table.tokens[k].lower_ in ("whether", "if") for k in kids):
            return []
        return [table.tokens[k] for k in kids if table.dep[k] in ("nsubj", "nsubjpass")]
    # The parser may hang the act's "by" on an active verb ("opened an inquiry on Monday into fraud by a
    # businessman"), where it names no agent of the verb's own.
    by = prep_objects(table, tok, ("by",)) or (prep_objects(table, verb, ("by",)) if verb is not None else [])
    return _alleged(table, tok) or by


def held_under(table: TokenTable, tok: Token) -> Token | None:
    """ "The minister is under investigation by prosecutors": the clause's subject is who is
    investigated; the "by" agent investigates."""
    prep = table.head[tok.i]
    if table.dep[tok.i] != "pobj" or table.tokens[prep].lower_ != "under":
        return None
    return subject(table, table.tokens[table.head[prep]])


def _alleged(table: TokenTable, tok: Token) -> list[Token]:
    """Who an investigation is aimed at when it is into a claim: the subject of the claim's "that"
    clause ("opened an investigation into allegations that army officers sold weapons")."""
    if table.lemma[tok.i] not in CLAIM_NOUNS:
        return []
    return [
        table.tokens[s]
        for c in table.children[tok.i]
        if table.dep[c] in ("acl", "ccomp")
        and any(table.tokens[k].lower_ == "that" for k in table.children[c])
        for s in table.children[c]
        if table.dep[s] in ("nsubj", "nsubjpass")
    ]


# Verbs that end what their object names: whoever ends fighting does not fight by it.
_ENDING = frozenset({"end", "halt", "stop", "conclude"})


def ended_force(table: TokenTable, i: int, code: str) -> bool:
    """ "under a deal to end weeks of fighting", "agreed to halt the offensive": force a light verb of
    ending takes as its object (or as what a span of time is "of") is no act of its subject's; nor is a strike
    or a protest ("the government ordered the workers back, ending a walkout": the government did not walk out)."""
    if code[:2] not in FORCE_ROOTS | {"14"}:
        return False
    head = table.head[i]
    if table.dep[i] == "pobj" and table.tokens[head].lower_ == "of":
        measure = table.head[head]  # "end weeks of fighting": the span's verb
        return table.dep[measure] == "dobj" and table.lemma[table.head[measure]] in _ENDING
    return table.dep[i] == "dobj" and table.lemma[head] in _ENDING
