"""Nominal events: an act told as a noun with its actors ("X's visit to Y", "talks between X
and Y", "the attack on the police headquarters", "a Ugandan assassination attempt"), and the
target slots verb and noun matches share.

The source of a nominal event is the doer its own phrase names (nounactors: its possessor, an
actor word modifying it, a "by" agent) or the sides "between" which it happens, else the subject of
the clause the phrase belongs to when the clause frames it ("X paid a visit", "X, on a visit to Y").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.background import background
from newsgraph.understand.events.clauses import answered_report, to_infinitive
from newsgraph.understand.events.criticised import criticised_doers
from newsgraph.understand.events.guards import FORCE_ROOTS, GRIEVANCES
from newsgraph.understand.events.hosts import host_of, visited_state
from newsgraph.understand.events.match import (
    PARTICLES,
    SPAN_NOUNS,
    Match,
    TokenTable,
    clause_subject,
    direct_object,
    prep_objects,
    reduced_relative,
    subject,
)
from newsgraph.understand.events.modality import derive, modality
from newsgraph.understand.events.nounactors import (
    LIGHT_VERBS,
    act_agents,
    dated_earlier,
    ended_force,
    held_under,
    investigated,
    names_no_act,
    noun_code,
    told_with_doer,
    unreal,
)
from newsgraph.understand.events.nountold import denied_by_no, named_only, only_possible
from newsgraph.understand.events.owners import pronoun_owner
from newsgraph.understand.events.struck import (
    AIMED,
    counted_only,
    force_code,
    located,
    posture_places,
    premises_holder,
    settled,
    struck_victims,
    where_it_lies,
)

# An actor no text names: the unknown perpetrator of "three civilians were killed".
UNKNOWN = ActorRef(name="")
# Codes (3-digit prefixes) never aimed at the actor's own forces: posture (15x), withdrawal (087x).
_AWAY_FROM_OWN = frozenset({"150", "151", "152", "153", "154", "155", "087"})
_FRAMING_PREPS = frozenset({"on", "during", "at", "for", "in"})
# "denied any role in the killing", "dismissed reports of an attack": what is denied is no event.
_DENIALS = frozenset({"deny", "dismiss", "refute"})
# "X survived / escaped an attack": X is the attack's target.
_SUFFER_VERBS = frozenset({"survive", "escape", "suffer", "repel", "repulse", "withstand"})
# "Macedonia won U.S. recognition", "Iraq secured a pledge of aid": X is who the act is given to.
_RECEIVING_VERBS = frozenset({"win", "gain", "receive", "earn", "get", "secure", "obtain"})


@dataclass(frozen=True)
class Frame:
    """One coded act of a clause or noun phrase, before it becomes Event records."""

    match: Match
    code: str
    sources: tuple[ActorRef, ...]
    targets: tuple[ActorRef, ...]
    negated: bool
    hypothetical: bool
    confidence: float


# Words for a part of something ("most of its sanctions", "half of the prisoners").
_PARTS = frozenset({"most", "some", "all", "part", "half", "many", "much", "rest", "bulk", "majority", "several"})


def _slot_tokens(table: TokenTable, m: Match, slot: str) -> list[Token]:
    tok = m.trigger
    tokens, dep, children = table.tokens, table.dep, table.children
    if slot == "dobj":
        if m.passive and reduced_relative(table, tok.i) and any(dep[c] in ("dobj", "obj") for c in children[tok.i]):
            # "workers held hostage by a gang": the object the participle keeps is said of its noun,
            # which is who the act is done to.
            return [tokens[table.head[tok.i]]]
        return [m.obj] if m.obj is not None else []
    if slot == "iobj":
        found = [tokens[c] for c in children[tok.i] if dep[c] == "dative" and table.pos[c] != "ADP"]
        if not found and m.passive and any(dep[c] == "dobj" for c in children[tok.i]):
            # "A dissident was granted asylum": a passive that keeps its object has the recipient as subject.
            found = [tokens[c] for c in children[tok.i] if dep[c] == "nsubjpass"]
        return found
    if slot == "xsubj":
        return [
            tokens[s]
            for c in children[tok.i]
            if dep[c] in ("ccomp", "xcomp")
            for s in children[c]
            if dep[s] == "nsubj"
        ]
    if slot == "xobj":
        # "will help rebuild Somalia", "threatened to execute him": the object of the infinitive. The
        # parser makes a "to" infinitive after an adverbial ("threatened on Tuesday to behead a
        # hostage") a clause of its own, and one on a noun ("an attempt to kill the minister") its
        # modifier: either is still the infinitive the word governs.
        return [
            tokens[o]
            for c in children[tok.i]
            if dep[c] == "xcomp" or (dep[c] in ("advcl", "acl") and to_infinitive(table, c))
            for o in children[c]
            if dep[o] == "dobj"
        ]
    if slot == "poss":
        return [tokens[c] for c in children[tok.i] if dep[c] == "poss"]
    return _prep_slot(table, m, slot)


def _prep_slot(table: TokenTable, m: Match, slot: str) -> list[Token]:
    """The objects of the preposition `slot` that tell an act's target, wherever the parser hung it."""
    tok = m.trigger
    tokens, dep, children = table.tokens, table.dep, table.children
    found = prep_objects(table, tok, (slot,))
    if not found and slot == "from":
        # "pulled its troops out of Iraq": "out of" is "from", whatever word the parser hangs "of" on.
        found = [
            t
            for c in table.children[tok.i]
            if tokens[c].lower_ in ("out", "away") and dep[c] in ("prep", "prt", "advmod")
            for t in prep_objects(table, tokens[c], ("of",))
        ]
    if not found and dep[tok.i] == "dobj" and table.lemma[table.head[tok.i]] in LIGHT_VERBS:
        # "issued a sharp rebuke to Washington": the parser hangs the noun's target on its light verb.
        found = prep_objects(table, tokens[table.head[tok.i]], (slot,))
    obj = m.obj if m.obj is not None else direct_object(table, tok)
    if not found and obj is not None:
        found = prep_objects(table, obj, (slot,))
    if not found and obj is not None and (table.lemma[obj.i] in _PARTS or table.pos[obj.i] == "NUM"):
        # "lifted most of its sanctions against Libya": the part's phrase hangs on what it is part of.
        found = [t for whole in prep_objects(table, obj, ("of",)) for t in prep_objects(table, whole, (slot,))]
    if not found and obj is not None and slot == "to":
        # "returned paintings looted by the Nazis to Poland", "sent ships carrying food to Sri Lanka":
        # the parser hangs where the thing went on the participle that describes it.
        found = [
            t
            for c in children[obj.i]
            if dep[c] == "acl" and table.tag[c] in ("VBN", "VBG") and table.lemma[c] in _BOUND_FOR
            for t in prep_objects(table, tokens[c], (slot,))
        ]
    if not found:
        # "pulled its troops out of Lebanon": a two-word preposition hangs the phrase on its particle.
        found = [
            t
            for c in children[tok.i]
            if dep[c] in ("prt", "advmod", "prep") and tokens[c].lower_ in PARTICLES
            for t in prep_objects(table, tokens[c], (slot,))
        ]
    if not found and obj is None:
        # "spoke by telephone with X", "met on Monday with X": the parser hangs the target's
        # phrase on the phrase before it rather than on the verb; a two-word preposition ("pulled
        # out of talks with X") puts one more preposition between.
        # A particle carries the phrase too: "walked away from talks with X".
        hangers = [tok.i, *(c for c in children[tok.i] if dep[c] in ("prt", "advmod") and tokens[c].lower_ in PARTICLES)]
        preps = [c for h in hangers for c in children[h] if dep[c] == "prep" and tokens[c].lower_ != slot]
        preps += [c2 for c in preps for c2 in children[c] if dep[c2] == "prep" and tokens[c2].lower_ != slot]
        found = [
            t
            for c in preps
            for p in children[c]
            if dep[p] == "pobj"
            for t in prep_objects(table, tokens[p], (slot,))
        ]
    return found


def targets_of(ctx: ActorContext, m: Match, sources: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    found = _targets_of(ctx, m, sources) or host_of(ctx, m, sources)  # "was in Cairo for talks": Egypt
    found = visited_state(ctx, m, sources, found)  # "visited British troops in Basra": Iraq
    if (m.sense.code or "")[:3] in _AWAY_FROM_OWN:
        # "guerrillas paraded their fighters": posture and withdrawal are never aimed at the doer
        # itself; nor posture at its own armed forces and police ("raised the number of its troops").
        codes = {s.code for s in sources if s.code}
        forces = {s.country for s in sources if s.country} if (m.sense.code or "")[:2] == "15" else set()
        found = tuple(
            t for t in found if not (t.code in codes or (t.country in forces and t.code[3:6] in ("MIL", "COP")))
        )
    return found


def _targets_of(ctx: ActorContext, m: Match, sources: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    source_spans = {(s.start, s.end) for s in sources}
    source_countries = {s.country for s in sources if s.country}
    doers = _doers_reacted_to(ctx, m, source_spans)
    if doers:
        return doers
    told = answered_report(ctx.table, m.trigger.i) if (m.sense.code or "")[:2] == "12" else None
    if told is not None and (accuser := subject(ctx.table, ctx.table.tokens[told])) is not None:
        return tuple(r for r in resolve(ctx, accuser) if r.code)  # a denial aims at the accuser
    probed = (m.sense.code or "")[:2] == "09"
    held = held_under(ctx.table, m.trigger) if probed else None
    if held is not None:
        return tuple(r for r in resolve(ctx, held) if (r.start, r.end) not in source_spans)
    for slot in m.sense.target:
        refs: list[ActorRef] = []
        things = _slot_tokens(ctx.table, m, slot)
        if (m.sense.code or "")[:2] == "15":
            things = posture_places(ctx.table, m, slot, things)
        things = [h for t in things for h in premises_holder(ctx.table, t, m.sense.code or "")]
        if probed:
            things = [a for t in things for a in investigated(ctx.table, t, _active_verb(ctx.table, m))] or things
        for tok in things:
            criticised = criticised_doers(ctx, m, tok, source_countries)
            if criticised == () and (m.sense.code or "")[:2] == "14":
                continue  # "protested against the war in Iraq outside the U.S. embassy": the embassy, not Iraq
            if criticised == ():
                return ()  # violence whose doer goes unnamed: its victims are not the ones criticised
            if criticised is not None:
                refs += [r for r in criticised if (r.start, r.end) not in source_spans]
                continue
            own = (m.sense.code or "")[:3] in _AWAY_FROM_OWN and _own(ctx.table, tok)
            refs += [
                r
                for r in resolve(ctx, tok)
                if (r.start, r.end) not in source_spans and not (own and r.country in source_countries)
            ]
        if refs and not any(r.code for r in refs):
            refs = list(where_it_lies(ctx, m, things)) or refs
        if refs:
            return tuple(_their_government(ctx, r, sources) for r in struck_victims(ctx, m, refs))
    counted = tuple(r for r in counted_only(ctx, m) if (r.start, r.end) not in source_spans)
    if counted:
        return counted
    return tuple(_their_government(ctx, r, sources) for r in _object_holder(ctx, m, source_spans))


def _active_verb(table: TokenTable, m: Match) -> Token | None:
    """The trigger when it is a verb in the active voice, whose "by" phrase is no agent of its own."""
    return m.trigger if table.pos[m.trigger.i] == "VERB" and not m.passive else None


# Verbs that put an act off: PETRARCH2 codes them as rejections (12), but of nothing its doer is told.
_PUTTING_OFF = frozenset({"delay", "postpone", "defer", "put off", "adjourn"})


# Participles that say where a thing goes ("ships carrying food to", "arms destined for", "aid earmarked to"):
# their "to" phrase is the main verb's destination. Not "a team assigned to the embassy".
_BOUND_FOR = frozenset({
    "carry", "destine", "earmark", "head", "bind", "bound", "ship", "loot", "steal", "transport", "deliver",
    "send", "fly", "truck", "smuggle", "take", "bring",
})  # fmt: skip


# Roots of a reaction to what someone did: an appeal, praise, a demand, criticism, a rejection.
_REACTIONS = frozenset({"02", "05", "10", "11", "12"})


def _doers_reacted_to(
    ctx: ActorContext, m: Match, source_spans: set[tuple[int | None, int | None]]
) -> tuple[ActorRef, ...]:
    """ "welcomed the release of prisoners by Israel", "condemned Iran's arrest of two sailors": a
    reaction to an act aims at who did it (its possessor, actor word or "by" agent), not at whom it
    was done to."""
    obj = m.obj
    if obj is None or "dobj" not in m.sense.target or (m.sense.code or "")[:2] not in _REACTIONS:
        return ()
    if m.key in _PUTTING_OFF:
        return ()  # "the delivery of a verdict by the court was postponed": no one's act is rejected
    if ctx.table.lemma[obj.i] not in ctx.codebook.nouns:
        return ()
    return tuple(r for r in act_agents(ctx, obj) if r.code and (r.start, r.end) not in source_spans)


# Roles of domestic non-state actors, and the bare words that name "their" government.
_DOMESTIC = frozenset({"REB", "OPP", "CVL", "LAB", "EDU", "PTY", "AGR", "INS", "SEP"})
_GOVERNMENT = frozenset({"government", "authorities", "regime"})
_BARE_GOVERNMENT_WORDS = _GOVERNMENT | {
    "the",
    "government-held",
    "positions",
    "forces",
    "troops",
    "officials",
}


def _their_government(ctx: ActorContext, ref: ActorRef, sources: Sequence[ActorRef]) -> ActorRef:
    """ "NAIROBI - Sudanese rebels accused the government of ...": a bare "the government" is the
    government of the rebels' or opposition's own country, not of the dateline's, which only
    says where the story was filed (the fallback gives a bare role the article's country)."""
    countries = {s.country for s in sources}
    if (
        not ctx.home
        or ref.country != ctx.home
        or not _bare_government(ref.name)
        or len(countries) != 1
        or not all(s.code[3:6] in _DOMESTIC for s in sources)
    ):
        return ref
    (country,) = countries
    if not country or country == ctx.home or country == "IGO":
        return ref
    return ActorRef(
        name=ref.name, code=country + ref.code[3:], entity_id=ref.entity_id, start=ref.start, end=ref.end
    )


def _object_holder(
    ctx: ActorContext, m: Match, source_spans: set[tuple[int | None, int | None]]
) -> tuple[ActorRef, ...]:
    """When the object is no actor, the actor it belongs to: "rejected a European proposal",
    "attacked the government's tax", "banned an opposition rally", "welcomed the decision by
    Serbia", "called for the resignation of the minister", "welcomed the deal between X and Y". CAMEO aims such an act at the holder
    of the plan, the rally or the office; the source's own belongings are no target ("put its
    troops on alert")."""
    table, owner = ctx.table, pronoun_owner(ctx, m)  # "rejected their proposal": the proposal's owner
    thing = None if owner else _thing_acted_on(ctx, m)
    if thing is None or resolve(ctx, thing):
        return owner
    force = (m.sense.code or "")[:2] in FORCE_ROOTS
    holders = (
        act_agents(ctx, thing)
        or _held_by(ctx, thing)
        or tuple(r for o in prep_objects(table, thing, ("of", "between")) for r in resolve(ctx, o))
        # A group noun compounded with the object owns it: "government positions", "opposition rally"; not
        # one counted in a hyphened word ("six-party talks").
        or tuple(
            r
            for c in table.children[thing.i]
            if (table.dep[c] == "compound" and table.pos[c] == "NOUN" and table.tokens[c - 1].text != "-")
            or (
                # "rebel hideouts"; not a participle ("suspected insurgent hideouts": no suspect owns them)
                force and table.dep[c] == "amod" and table.pos[c] != "VERB" and table.lemma[c] in ctx.codebook.actor_roles
            )
            for r in resolve(ctx, table.tokens[c])
            if r.code
        )
    )
    if not holders and force:
        # Force or coercion against a thing or a spot is aimed at the country it lies in, as its
        # own phrase places it: "blew up a pipeline near Kirkuk", "a curfew on the town of Doda".
        # Only the thing's own phrase, as the parser attaches it: a place on the verb ("attacked
        # the convoy on Monday in Baghdad") is not read here. The parser often hangs "in Baghdad"
        # on the thing itself, and then the thing is Baghdad's, as a place struck is its country's.
        holders = located(ctx, thing) or settled(ctx, m, thing)
    return tuple(r for r in holders if (r.start, r.end) not in source_spans)


# Participles that say who holds a thing: "rebel-held towns", "government-controlled areas".
_HOLDING = frozenset({"hold", "control", "occupy", "run"})


def _held_by(ctx: ActorContext, thing: Token) -> tuple[ActorRef, ...]:
    """The holder a "-held" or "-controlled" modifier names, before the noun ("rebel-held towns")
    or as a "by" agent after it ("positions held by Maoist rebels")."""
    table = ctx.table
    for c in table.children[thing.i]:
        if table.dep[c] not in ("amod", "acl") or table.lemma[c] not in _HOLDING:
            continue
        owners = [
            table.tokens[o] for o in table.children[c] if table.dep[o] in ("npadvmod", "compound", "nmod")
        ]
        refs = tuple(
            r for o in owners + prep_objects(table, table.tokens[c], ("by",)) for r in resolve(ctx, o)
        )
        if any(r.code for r in refs):
            return tuple(r for r in refs if r.code)
    return ()


def _thing_acted_on(ctx: ActorContext, m: Match) -> Token | None:
    """What an act is done to when it names no actor: the object ("rejected a European
    proposal"), or for force and coercion the object of its target preposition ("an assault on
    insurgent positions", "air strikes on rebel hideouts")."""
    table = ctx.table
    force = (m.sense.code or "")[:2] in FORCE_ROOTS
    if "dobj" in m.sense.target:
        if m.obj is None or m.passive or _own(table, m.obj):
            return None
        if force and table.lemma[m.obj.i] in ctx.codebook.classes.get("weapon", frozenset()):
            # "hurled a grenade at a bus stand in Srinagar": the weapon is the means; the act is
            # done to what it was aimed at.
            aimed = prep_objects(table, m.trigger, AIMED) or prep_objects(table, m.obj, AIMED)
            return aimed[0] if aimed else None
        return m.obj
    # Other acts are done to a proposal or a demand in their phrase only: "bowed to opposition
    # demands", "turned its back on a U.S. request" are aimed at who made it.
    classes = ctx.codebook.classes
    wanted = None if force else classes.get("request", frozenset()) | classes.get("claim", frozenset())
    for slot in m.sense.target:
        if slot not in ("iobj", "xsubj", "xobj", "poss", "between", "with", "by"):
            found = _slot_tokens(table, m, slot)
            if found and (wanted is None or table.lemma[found[0].i] in wanted):
                return found[0]
    return None


def _own(table: TokenTable, tok: Token) -> bool:
    """ "its troops": the subject's own forces. CAMEO 15 (posture) is aimed at an adversary, so
    "India put its troops on alert" has no target in them, nor has a withdrawal (087) in the
    troops it pulls out; other acts on one's own people ("disarm its militias", "evacuate its
    citizens") keep them."""
    return any(table.dep[c] == "poss" and table.tokens[c].tag_ == "PRP$" for c in table.children[tok.i])


def noun_frame(ctx: ActorContext, m: Match) -> tuple[Frame | None, Token | None]:
    """A nominal event and the modal word it consumed ("promised to continue aid to Y")."""
    assert m.sense.code is not None
    tok = m.trigger
    table = ctx.table
    with_doer = told_with_doer(ctx, tok, m.sense.code)
    untold = _denied(table, tok.i) or named_only(table, tok.i)  # "denied any role in", "a report on the massacre"
    if (background(table, tok.i) and not with_doer) or _asked_for(ctx, tok.i) or untold:
        return None, None
    if table.dep[tok.i] in ("nsubj", "nsubjpass") and dated_earlier(table, tok):
        return None, None  # "the capture of Saddam in December was a turning point": an earlier event named
    dep = table.dep
    sources = act_agents(ctx, tok, m.sense.symmetric) or _givers(ctx, tok)
    symmetric_between = False
    if not sources:
        between = prep_objects(table, tok, ("between",))
        if not between and dep[tok.i] == "nsubj" and m.sense.symmetric:
            # "Fighting raged / erupted between X and Y": the sides hang on the clause's verb.
            between = prep_objects(table, table.tokens[table.head[tok.i]], ("between",))
        if between:
            # "fighting between Azerbaijanis and Armenians", "talks between X and Y"
            sources = tuple(r for b in between for r in resolve(ctx, b))
            symmetric_between = len(sources) >= 2
    framed = _framed_by_clause(ctx, tok.i) and not ended_force(table, tok.i, m.sense.code)
    subj = clause_subject(table, tok) if framed else None
    if not sources and subj is not None:
        sources = tuple(resolve(ctx, subj))
    survivors = () if symmetric_between else _survivors(ctx, tok)
    targets = () if symmetric_between else targets_of(ctx, m, sources) or survivors
    # "The attack on X killed nine" tells its event as its clause's subject; "X survived an
    # assassination attempt" tells it as what its target came through.
    told = dep[tok.i] in ("nsubj", "nsubjpass", "ROOT") or bool(survivors)
    if not sources and told and m.sense.code[:2] in FORCE_ROOTS and any(t.code for t in targets):
        # "The attack on the police headquarters killed nine": the event is told (the noun is
        # its clause's subject) with its target, not its attacker. A force noun elsewhere
        # ("a launchpad for its invasion of Y") only names an event.
        sources = (UNKNOWN,)
    elif not sources or not any(s.code for s in sources):
        return None, None
    code, negated, head = noun_code(ctx, tok, m.sense.code, subj), denied_by_no(table, tok), None
    if code is None:
        return None, None
    # A sense needs its target as force ("a strike on the town"); read as a walkout or a
    # protesters' blockade, "a strike against pension reform" needs none.
    needs_target = m.sense.needs_target and code[:2] == m.sense.code[:2]
    if (needs_target and not targets) or names_no_act(ctx, tok, m.sense.code, sources):
        return None, None
    code = force_code(code, sources, targets)
    hypothetical = unreal(table, tok) or only_possible(table, tok)  # "Israel's planned pullout", "if talks fail"
    if framed and dep[tok.i] == "dobj":
        # The verb that tells the act decides: "launched the long-threatened offensive" happened,
        # whatever the noun's modifier says of the time before.
        mod = modality(table, table.tokens[table.head[tok.i]], ctx.codebook)
        derived = derive(ctx.codebook, code, mod)
        if derived is None:
            return None, None
        code, derived_hypothetical = derived
        hypothetical = derived_hypothetical or mod.hypothetical
        negated, head = mod.negated or negated, mod.head
    return Frame(m, code, sources, targets, negated, hypothetical, 0.5), head


def _framed_by_clause(ctx: ActorContext, i: int) -> bool:
    """Whether a nominal event belongs to its clause's subject: "X, on a visit to Y, said",
    "X paid a visit to Y", "their presidents said at talks". An arbitrary object ("neutralize
    sanctions") does not make the subject the sanctions' author."""
    table = ctx.table
    if table.dep[i] == "pobj":
        prep = table.head[i]
        measure = table.head[prep]  # "began two days of talks": the span's light verb frames the talks
        if (
            table.tokens[prep].lower_ == "of"
            and table.lemma[measure] in SPAN_NOUNS
            and table.dep[measure] == "dobj"
        ):
            return table.lemma[table.head[measure]] in LIGHT_VERBS
        # The phrase frames the clause when it hangs on the clause's verb or on its subject ("X,
        # on a visit to Y, said"); on another noun it says what that noun is about: in "the
        # government's ban on opposition rallies" the government holds no rally.
        actor_noun = table.pos[measure] in ("PROPN", "PRON") or table.lemma[measure] in ctx.codebook.actor_roles
        on_clause = table.pos[measure] in ("VERB", "AUX") or (
            table.dep[measure] in ("nsubj", "nsubjpass") and actor_noun
        )
        return (
            on_clause
            and table.tokens[prep].lower_ in _FRAMING_PREPS
            and not (prep and table.lemma[prep - 1] in GRIEVANCES)
        )
    if table.dep[i] == "dobj":
        return table.lemma[table.head[i]] in LIGHT_VERBS
    return False


def _survivors(ctx: ActorContext, tok: Token) -> tuple[ActorRef, ...]:
    """The target of an act of force told as what its victim came through: "a Hamas leader
    survived an assassination attempt", "the convoy escaped an ambush"; of any act, who received it."""
    table = ctx.table
    if table.dep[tok.i] != "dobj" or table.lemma[table.head[tok.i]] not in _SUFFER_VERBS | _RECEIVING_VERBS:
        return ()
    subj = subject(table, table.tokens[table.head[tok.i]])
    return tuple(resolve(ctx, subj)) if subj is not None else ()


def _givers(ctx: ActorContext, tok: Token) -> tuple[ActorRef, ...]:
    """ "Montenegro won recognition from Russia", "received an invitation from Egypt": who gave the act
    its receiver won, named by the "from" phrase."""
    table = ctx.table
    if table.dep[tok.i] != "dobj" or table.lemma[table.head[tok.i]] not in _RECEIVING_VERBS:
        return ()
    givers = prep_objects(table, tok, ("from",)) or prep_objects(table, table.tokens[table.head[tok.i]], ("from",))
    return tuple(r for g in givers for r in resolve(ctx, g))


def _asked_for(ctx: ActorContext, i: int) -> bool:
    """ "Calls for talks", "urged sanctions", "demanded an investigation", "hopes for talks": the
    act is what an appeal, a demand or a hope asks for, not something that happened (the verb
    codes the appeal)."""
    table = ctx.table
    if _wished_for(table, i):
        return True
    head = table.head[i]
    if table.dep[i] == "pobj" and table.tokens[head].lower_ == "for":
        head = table.head[head]
    elif table.dep[i] not in ("dobj", "pobj") or (table.dep[i] == "dobj" and _declared(table, head)):
        return False  # "called a strike", "called a blockade": declared, as "called for a strike" is asked for
    return ctx.codebook.modal_verbs.get(table.lemma[head]) in ("appeal", "demand")


def _declared(table: TokenTable, verb: int) -> bool:
    """ "called a strike" declares it; "called the attack a crime" only names it (`oprd`)."""
    return table.lemma[verb] == "call" and all(table.dep[c] not in ("oprd", "xcomp", "ccomp") for c in table.children[verb])


# Nouns of what is hoped for, planned, offered or asked: the act they name has not happened.
_WISHES = frozenset({
    "hope", "prospect", "plan", "call", "chance", "possibility", "proposal", "bid", "push", "demand",
    "request", "appeal", "idea", "offer", "expectation", "likelihood", "threat", "fear", "risk",
    "preparation"
})  # fmt: skip


# Verbs of readying: "prepared for an assault", "braced for an attack" tell an act still to come.
_READYING = frozenset({"prepare", "mass", "brace", "ready", "gear", "mobilize", "mobilise", "train", "poise"})


def _wished_for(table: TokenTable, i: int) -> bool:
    """ "Hopes for a resumption of peace talks", "calls for sanctions", "the prospect of an
    attack": a noun in the "for" or "of" phrase of a hope, a plan or a request (through at most
    two such phrases) names an act wished or feared, not one told."""
    for _ in range(3):
        if table.dep[i] != "pobj" or table.tokens[table.head[i]].lower_ not in ("for", "of"):
            return False
        i = table.head[table.head[i]]
        if table.lemma[i] in _WISHES:
            return True
        if table.pos[i] == "VERB":
            # "began preparations on Monday for a summit": the parser hangs the "for" phrase on
            # the verb of the wish noun; "massed for an attack": what forces ready for is to come.
            return table.lemma[i] in _READYING or any(
                table.dep[c] == "dobj" and table.lemma[c] in _WISHES for c in table.children[i]
            )
    return False


def _denied(table: TokenTable, i: int) -> bool:
    """ "Syria denied any role in the killing": a noun inside what a denial verb denies tells the
    claim denied, not an act (the denial itself is the verb's event)."""
    dep, heads = table.dep, table.head
    for _ in range(5):
        if dep[i] not in ("dobj", "pobj", "prep", "compound", "amod") or heads[i] == i:
            return False
        i = heads[i]
        if table.lemma[i] in _DENIALS and dep[i] != "prep":
            return True
    return False


def _bare_government(name: str) -> bool:
    """ "the government", "government positions", "the authorities": no nationality named."""
    words = set(name.lower().split())
    return bool(words & _GOVERNMENT) and words <= _BARE_GOVERNMENT_WORDS
