"""The frame of one verb match: its code once modality and the precision guards have read it,
and the actors in its source and target slots (find.py gathers the matches of a sentence).

A verb's source is its subject, a passive's "by" agent, or the subject a participle or
infinitive inherits (match.subject); its target is the sense's slot (nominal.targets_of).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.model import ActorRef
from newsgraph.roles import split_code
from newsgraph.understand.events.actors import ActorContext, phrase_head, resolve
from newsgraph.understand.events.assault import one_sided
from newsgraph.understand.events.authors import authored
from newsgraph.understand.events.backers import backed_by
from newsgraph.understand.events.clauses import has_to
from newsgraph.understand.events.coordination import reciprocal
from newsgraph.understand.events.describing import describes_noun
from newsgraph.understand.events.documents import asking_voice, document_authors
from newsgraph.understand.events.goods import taken_goods
from newsgraph.understand.events.guards import (
    ARMED_ROLES,
    CRITICISM_VERBS,
    FORCE_ROOTS,
    abstract_object,
    accident_result,
    armed_force,
    called_verdict,
    counted_victims,
    figurative_noun,
    idle_warning,
    information_release,
    labour_strike,
    personnel,
    press_audience,
    spoken_attack,
    state_protest,
    street_violence,
    taken_person,
    unattributed_violence,
    when_doer,
)
from newsgraph.understand.events.hostages import ransomed, unnamed_holder
from newsgraph.understand.events.insurgency import insurgents_against, unseen_hand
from newsgraph.understand.events.match import (
    Match,
    TokenTable,
    addressee,
    direct_object,
    prep_objects,
    reduced_relative,
    subject,
    subtree,
)
from newsgraph.understand.events.modality import Modality, derive, modality, purpose
from newsgraph.understand.events.nominal import UNKNOWN, Frame, targets_of
from newsgraph.understand.events.nounactors import EVENT_SUBJECTS, subject_actors
from newsgraph.understand.events.nountold import denied_by_no
from newsgraph.understand.events.placed import placed_people
from newsgraph.understand.events.rivals import rivals_attack
from newsgraph.understand.events.struck import located
from newsgraph.understand.events.unasserted import claimed_wrong
from newsgraph.understand.events.voice import held_captive, labelling_participle, told_participle

_NON_AGENTS = frozenset({
    "resolution", "report", "statement", "plan", "proposal", "decision", "law", "bill", "agreement",
    "treaty", "deal", "policy", "measure", "move", "program", "programme", "decree", "document", "letter",
    "declaration", "accord", "initiative", "effort"
})  # fmt: skip


def verb_frame(ctx: ActorContext, m: Match, mod: Modality) -> Frame | None:
    """The event frame of a verb match under its modality (`modality(m.trigger)`)."""
    assert m.sense.code is not None
    table = ctx.table
    derived = _scheduled(m, mod) or derive(ctx.codebook, m.sense.code, mod)
    if derived is None:
        return None
    guarded = _guarded_code(ctx, m, derived[0], mod)
    if guarded is None:
        return None
    code, hyp_from_intent = guarded, derived[1]
    # A refusal derived from a negated act ("will not provide aid") already carries the "not"; a rejecting word's
    # own "not" ("did not reject the offer") negates the rejection; "no talks have been held" denies the act.
    negated = mod.negated and not (code[:2] == "12" and m.sense.code[:2] != "12" and mod.kind != "refuse")
    negated = negated or (m.obj is not None and denied_by_no(table, m.obj))
    subj = subject(table, m.trigger)
    if subj is not None and not m.sense.reverse and _non_agent(ctx, subj, derived[0]):
        return None
    subj_lemma = table.lemma[subj.i] if subj is not None else ""
    sources = _doers(ctx, subj, subj_lemma, code, derived[0])
    targets = _protected_abroad(code, sources, _targets(ctx, m, code, sources))
    if _untold_demand(m, targets, mod):
        return None
    if subj is None and m.passive and not sources:
        doer, sources = _passive_doer(ctx, m, code)  # "were killed when gunmen opened fire"
        if doer is not None and (sources or table.lemma[doer.i] in EVENT_SUBJECTS):  # "... when a bomb exploded"
            subj, subj_lemma = doer, table.lemma[doer.i]
    if subj is None and m.passive and not sources and code[:2] == "15":
        sources = _own_forces(ctx, m)
    if subj is None and m.passive and not sources:
        sources = _passive_authority(ctx, m, code, targets)
    if subj_lemma in EVENT_SUBJECTS and not sources:
        targets = targets or tuple(r for t in ([m.obj] if m.obj is not None else []) for r in resolve(ctx, t))
    if mod.kind in ("appeal", "demand") and mod.head is not None:
        code, sources, targets = _asked(ctx, m, mod.head, code, sources, targets)
    # An act as subject ("a bombing killed", "violence swept the city") leaves its doer unknown
    # only for an act of force; "violence swept Iraq" investigates nothing.
    act_subject = subj_lemma in EVENT_SUBJECTS and code[:2] in FORCE_ROOTS
    unknown_source = not sources and ((subj is None and m.passive) or act_subject)
    if unknown_source or m.passive or subj_lemma in EVENT_SUBJECTS:
        recoded = unattributed_violence(ctx, m, code, subj, unknown_source)
        if recoded is None:
            return None
        code = recoded
    if unknown_source and (targets or counted_victims(ctx.table, m.obj)):
        # "Three civilians were killed", "a roadside bombing killed a soldier": the victim is
        # known, the perpetrator is not; PLOVER and CAMEO code such events with an empty source (foreign troops hit
        # in another country's war: that country's insurgents, as an informed reader knows).
        sources = insurgents_against(ctx, m, code, targets) or (UNKNOWN,)
    if m.sense.reverse:
        sources, targets = unseen_hand(ctx, m, code, targets, sources) or _sentenced_by(ctx, m, sources), sources
    if not (sources := sources or unnamed_holder(ctx, subj, m, code)):  # "a group holding two drivers": kept
        return None
    code = one_sided(ctx, m, taken_goods(ctx, m, taken_person(ctx, m, code, sources)), sources, targets)
    if m.sense.needs_target and not targets and not _two_sides_meet(code, sources, m):
        return None
    hypothetical = mod.hypothetical or hyp_from_intent or _meant(ctx, m, code)
    return Frame(
        m, code, sources, targets, negated, hypothetical, _confidence(sources, targets, hypothetical)
    )


def _protected_abroad(code: str, sources: Sequence[ActorRef], targets: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    """ "Iraqi troops arrived in Falluja": military protection or peacekeeping (074) is given in another state; a
    place in the troops' own country is no one protected (session 21 targets)."""
    own = {s.country for s in sources if s.country}
    return tuple(t for t in targets if t.code not in own) if code[:3] == "074" else targets


def _targets(ctx: ActorContext, m: Match, code: str, sources: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """The match's target slots, else what the clause says the act is aimed at: force and posture
    through their purpose ("to disperse protesters"), posture through what it is called ("in a
    show of force aimed at Taiwan"), an appeal for calm through where calm is asked."""
    held = held_captive(ctx.table, m.trigger.i)
    if held is not None:  # "drivers held hostage in Iraq": the drivers, not the place or the noun "hostage"
        return tuple(r for r in resolve(ctx, held) if r.code)
    if code[:3] == "181" and (held_for := ransomed(ctx, m)):  # "a ransom for the release of a trader": the trader
        return held_for
    targets = placed_people(ctx, targets_of(ctx, m, sources)) or authored(ctx, m, code, tuple(sources))
    if not targets and code[:2] in FORCE_ROOTS:
        return _aimed_through_purpose(ctx, m.trigger, sources)
    if not targets and code[:2] == "02":
        return _calm_asked_in(ctx, m)
    if not targets and code[:2] == "13":
        return _conditioned(ctx, m.trigger, sources)
    if not targets and (code[:2] == "07" or code[:3] == "033"):
        return placed_people(ctx, _aimed_through_purpose(ctx, m.trigger, sources, _HELPING))
    readied = _readied_against(ctx, m.trigger, sources) if code[:2] == "15" else ()
    if readied:
        return readied  # whom the attack readied for is aimed at, before the place it would be in
    if code[:2] == "15" and not any(t.code for t in targets):
        return _shown_to(ctx, m.trigger, sources) or _aimed_through_purpose(ctx, m.trigger, sources) or targets
    return targets


_CONDITIONS = frozenset({"if", "unless"})


def _conditioned(ctx: ActorContext, verb: Token, sources: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """Whom a threat with no object of its own is aimed at: the subject of its condition, who must act or refrain
    ("threatened to resume enrichment if the EU failed to deliver", "warned it would boost its deterrent if the
    United States kept up its policy"). Read on the threatened act and the verbs it hangs on."""
    table, i = ctx.table, verb.i
    verbs = [i, *(c for c in table.children[i] if table.dep[c] in ("xcomp", "ccomp"))]
    while table.dep[i] in ("xcomp", "ccomp") and table.head[i] != i and len(verbs) < 6:
        i = table.head[i]
        verbs.append(i)
    for clause in (c for v in verbs for c in table.children[v] if table.dep[c] == "advcl"):
        if any(table.dep[c] == "mark" and table.lemma[c] in _CONDITIONS for c in table.children[clause]):
            subjects = [table.tokens[c] for c in table.children[clause] if table.dep[c] == "nsubj"]
            found = tuple(r for t in subjects for r in resolve(ctx, t) if r.code and r not in sources)
            if found:
                return found
    return ()


def _own_forces(ctx: ActorContext, m: Match) -> tuple[ActorRef, ...]:
    """ "Indian troops were put on high alert", "troops were deployed along the border": forces moved
    or alerted by no named agent are their own state's, which the CAMEO source of 15x is (any
    organised armed group's own forces, in the codebook's note to 150)."""
    if m.obj is None:
        return ()
    return tuple(r for r in resolve(ctx, m.obj) if r.code[3:6] in ("MIL", "COP"))


# Purposes that act against their object: force used for them is aimed at it.
_AGAINST = frozenset(
    {"disperse", "repel", "stop", "punish", "crush", "quell", "subdue", "dislodge", "oust", "evict", "capture"}
    | {"arrest", "kill", "flush", "drive", "break", "push", "block", "deter", "halt", "clear", "rout", "prevent"}
)

# Purposes that help their object: aid given or pledged for them goes to it.
_HELPING = frozenset({"help", "rebuild", "reconstruct", "support", "assist", "aid", "fund", "finance", "feed"})


def _aimed_through_purpose(
    ctx: ActorContext, verb: Token, sources: Sequence[ActorRef], purposes: frozenset[str] = _AGAINST
) -> tuple[ActorRef, ...]:
    """ "Police fired tear gas to disperse protesters": force used in order to act against someone
    is aimed at them, and the purpose clause's object names whom. Not force used to protect,
    rescue or support someone ("air strikes to protect civilians"): they are not its target. Aid
    given or pledged "to rebuild Iraq", "to help victims" goes to whom the purpose names (`_HELPING`)."""
    table = ctx.table
    spans = {(s.start, s.end) for s in sources}
    for c in table.children[verb.i]:
        if table.dep[c] not in ("advcl", "xcomp") or not has_to(table, c):
            continue
        if table.lemma[c] not in purposes:
            continue
        obj = direct_object(table, table.tokens[c])
        if obj is None and table.lemma[c] == "help":  # "to help rebuild Iraq": the helped act's object
            obj = next((direct_object(table, table.tokens[x]) for x in table.children[c] if table.dep[x] == "xcomp"), None)
        refs = tuple(r for r in resolve(ctx, obj) if (r.start, r.end) not in spans) if obj is not None else ()
        if any(r.code for r in refs):
            return refs
    return ()


# What an appeal asks of everyone in a place: "called for an end to the violence in Darfur".
_CALM = frozenset(
    {"end", "calm", "restraint", "halt", "ceasefire", "cease-fire", "truce", "peace", "cessation", "stop"}
)


def _calm_asked_in(ctx: ActorContext, m: Match) -> tuple[ActorRef, ...]:
    """ "appealed for calm in Ivory Coast", "called for an end to the violence in Darfur": an appeal
    for calm with no addressee is addressed to those where the calm is asked, the place's country."""
    table = ctx.table
    asked = [m.obj] if m.obj is not None else []
    asked += prep_objects(table, m.trigger, ("for",))
    for thing in (t for t in asked if table.lemma[t.i] in _CALM):
        # The parser may hang "in X" on the verb; right after the noun it still says where.
        after = [
            c for c in table.children[m.trigger.i] if c == thing.i + 1 and table.tokens[c].lower_ == "in"
        ]
        for spot in (thing, *prep_objects(table, thing, ("to", "of"))):
            places = prep_objects(table, spot, ("in",)) + [
                table.tokens[o] for c in after for o in table.children[c] if table.dep[o] == "pobj"
            ]
            named = tuple(r for o in places for r in resolve(ctx, o) if r.country)
            found = named or located(ctx, spot)
            if found:
                return found[:1]
    return ()


def _asked(
    ctx: ActorContext,
    m: Match,
    head: Token,
    code: str,
    sources: tuple[ActorRef, ...],
    targets: tuple[ActorRef, ...],
) -> tuple[str, tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """ "X urged Y to release ...": the appeal or demand (`head`) is X's, addressed to Y (or to
    the embedded actor). Code, sources and targets of the embedded match once read so."""
    assert m.sense.code is not None
    asker = subject(ctx.table, head)
    asked = addressee(ctx.table, head)
    asker_refs = asking_voice(ctx, asker) if asker is not None else ()
    own_side = {s.country for s in sources if s.country}
    if (
        asked is None
        and asker_refs
        and own_side
        and {a.country for a in asker_refs} <= own_side
        and _opposition(asker_refs) == _opposition(sources)
    ):
        # "X said the two countries need to build ties": an obligation X puts on its own
        # side is a statement of intent (03), not an appeal to anyone. One addressed to a
        # named actor ("pressed the court to rule") stays an appeal, whatever its country.
        return ctx.codebook.derived("intent", m.sense.code) or m.sense.code, sources, targets
    asked_refs = tuple(resolve(ctx, asked)) if asked is not None else ()
    return code, asker_refs, asked_refs or sources or targets


# Bodies that arrest, expel, ban and impose curfews, and the verbs that report a statement. (Not
# JUD: lawyers share it, and a lawyer who reports an arrest speaks for the arrested.)
_AUTHORITIES = frozenset({"COP", "MIL", "GOV"})
_SAYING = frozenset({"say", "tell", "report", "add", "announce", "confirm"})


# "in a show of force aimed at Taiwan": what a display of might is, and the words that say at whom.
_SHOWS = frozenset({"show", "display", "demonstration", "warning", "message", "signal"})
_AIMING = frozenset({"aim", "direct", "target"})


def _shown_to(ctx: ActorContext, verb: Token, sources: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """ "staged exercises in a show of force aimed at Taiwan": CAMEO 15's target is whom the source
    shows its forces to, and the phrase that calls the act a show of force names whom."""
    table = ctx.table
    spans = {(s.start, s.end) for s in sources}
    shows = [t for t in prep_objects(table, verb, ("in", "as")) if table.lemma[t.i] in _SHOWS]
    aims = [
        table.tokens[a]
        for show in shows
        for a in subtree(table, show.i)
        if table.lemma[a] in _AIMING and table.dep[a] == "acl"
    ]
    for aim in aims:
        for t in prep_objects(table, aim, ("at",)):
            refs = tuple(r for r in resolve(ctx, t) if (r.start, r.end) not in spans)
            if any(r.code for r in refs):
                return refs
    return ()


def _readied_against(ctx: ActorContext, verb: Token, sources: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """ "prepared for an assault on rebels in Fallujah", "massed for an offensive against Hamas": the posture's
    target is whom the attack it readies for is aimed at, not the place it would be in."""
    table, attacks = ctx.table, ctx.codebook.classes.get("attack", frozenset())
    spans = {(s.start, s.end) for s in sources}
    for noun in prep_objects(table, verb, ("for",)):
        if table.lemma[noun.i] not in attacks:
            continue
        for t in prep_objects(table, noun, ("on", "against")):
            refs = tuple(r for r in resolve(ctx, t) if (r.start, r.end) not in spans)
            if any(r.code for r in refs):
                return refs
    return ()


def _reporting_authority(
    ctx: ActorContext, verb: Token, targets: Sequence[ActorRef]
) -> tuple[ActorRef, ...]:
    """ "Two militants were arrested on Monday, police said", "a curfew was imposed on the city, the
    army said": coercion told in a passive with no doer, reported by the home authority that does
    such acts (police, troops, the government), is that authority's. Not one of another country
    than the people it was done to, or than the place it was done in."""
    table = ctx.table
    head = table.head[verb.i]
    saying = [
        v
        for v in (head, *(c for c in table.children[verb.i] if table.dep[c] in ("parataxis", "ccomp")))
        if v != verb.i and table.lemma[v] in _SAYING and table.pos[v] == "VERB"
    ]
    hit = {t.country for t in targets if t.country}
    # "Three Pakistanis were arrested in Dubai, Pakistani police said": another country's police arrested them.
    placed = _placed(ctx, verb)
    for v in saying:
        for c in table.children[v]:
            if table.dep[c] != "nsubj" or any(table.dep[k] == "poss" for k in table.children[c]):
                continue  # "his aides said": a speaker for someone speaks for whoever that is
            refs = tuple(
                r for r in resolve(ctx, table.tokens[c]) if r.code[3:6] in _AUTHORITIES and r.country == ctx.home
            )
            if refs and hit <= {r.country for r in refs} and placed <= {r.country for r in refs}:
                return refs
    return ()


def _scheduled(m: Match, mod: Modality) -> tuple[str, bool] | None:
    """ "will indict", "plans to charge", "is due to sentence": a court's or a prosecutor's act to
    come is scheduled, not done and no threat; it keeps its code, unreal (the guidelines code no
    event only expected)."""
    court = m.key in _COURT_ACTS or "trial" in m.sense.objects | m.sense.complements or m.key.endswith(" trial")
    if court and m.sense.code is not None and (mod.will or mod.kind == "intent") and not mod.negated:
        return m.sense.code, True
    return None


def _passive_authority(ctx: ActorContext, m: Match, code: str, targets: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """Who did an act told in a passive with no doer, when the text or the act itself says."""
    sent = m.trigger if m.key in _SENT_FROM else None
    # "was extradited from Britain to Spain": only a state sends someone away from its soil.
    found = tuple(r for p in prep_objects(ctx.table, sent, ("from",)) for r in resolve(ctx, p) if r.country) if sent else ()
    authority = code[:2] == "17" and m.key not in _CRIMES
    found = found or (_reporting_authority(ctx, m.trigger, targets) if authority else ())
    court = m.key in _COURT_ACTS or (m.key in ("hand", "hand down") and code == "173")  # "was handed a sentence"
    return found or (_home_court(ctx, m.trigger, targets) if court else ())


_SENT_FROM = frozenset({"extradite", "deport"})
# Thefts the police report ("weapons were stolen from an arms store, police said") are no act of theirs.
_CRIMES = frozenset({"steal", "loot", "rob", "plunder", "burgle", "ransack", "pillage", "smuggle"})


def _sentenced_by(ctx: ActorContext, m: Match, receivers: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """ "received a 15-year prison sentence": what only a court hands out, received from no one named,
    is the home judiciary's, as a passive "was sentenced" is."""
    return _home_court(ctx, m.trigger, receivers) if (m.sense.code or "").startswith("173") else ()


def _placed(ctx: ActorContext, verb: Token) -> set[str]:
    """The countries of the places an act is told as done in ("were arrested in Dubai")."""
    return {r.country for p in prep_objects(ctx.table, verb, ("in", "at", "near", "outside")) for r in resolve(ctx, p) if r.country}


# Acts only a court or a prosecutor does: told in a passive with no doer, they are the judiciary's.
_COURT_ACTS = frozenset({"sentence", "convict", "jail", "imprison", "charge", "indict", "acquit", "find guilty"})


def _home_court(ctx: ActorContext, verb: Token, targets: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
    """ "A Russian scientist was jailed for 15 years", "two Turkish journalists were charged": only
    a court or prosecutors sentence, convict or charge, so the act told with no doer is the
    judiciary's (JUD) of the country the story is told from, as any reader knows; not when the
    accused or the place is another country's ("a Briton was jailed in Dubai"), whose courts did it."""
    countries = {t.country for t in targets if t.country}
    if not ctx.home or not countries or not countries | _placed(ctx, verb) <= {ctx.home}:
        return ()
    accused = {t.entity_id for t in targets}
    if not ctx.home_from_dateline and not any(
        e.country == ctx.home and e.id not in accused for e in ctx.lookup.entities()
    ):
        return ()  # "Two Greek fishermen were charged with spying": their nationality alone says not whose court
    return (ActorRef(name=f"{ctx.home} judiciary (implied)", code=ctx.home + "JUD"),)


def _two_sides_meet(code: str, sources: Sequence[ActorRef], m: Match) -> bool:
    """ "Government negotiators and southern rebels resumed peace talks in Kenya": a consultation
    whose subject names both sides needs no other counterpart (each is the other's, find._pairs);
    the place it is held in is not one. Nor does an act on "each other" ("blamed each other")."""
    if len(sources) >= 2 and reciprocal(m):
        return True
    mutual = code[:3] in ("040", "046") or m.sense.symmetric
    return mutual and len({s.code for s in sources if s.code}) >= 2


def _meant(ctx: ActorContext, m: Match, code: str) -> bool:
    """An act told as a purpose ("sent troops to help disarm") was meant, not done; but "went on
    strike to protest the law": the purpose of a protest act is the protest itself, as real as
    that act ("will hold a rally on Saturday to protest" has not happened yet)."""
    if not purpose(ctx.table, m.trigger.i, ctx.codebook):
        return False
    if code[:2] != "14":
        return True
    head = ctx.table.tokens[ctx.table.head[m.trigger.i]]
    mod = modality(ctx.table, head, ctx.codebook)
    return mod.will or mod.hypothetical or mod.kind is not None


# Storms, quakes and epidemics: what they do is no one's act.
_NATURE = frozenset({
    "typhoon", "hurricane", "cyclone", "storm", "tornado", "earthquake", "quake", "tremor", "flood", "flooding",
    "tsunami", "avalanche", "landslide", "mudslide", "drought", "wildfire", "eruption", "heatwave", "lightning",
    "epidemic", "outbreak", "virus", "disease",
})  # fmt: skip


def _doers(ctx: ActorContext, subj: Token | None, subj_lemma: str, code: str, said_code: str) -> tuple[ActorRef, ...]:
    """The subject's actors, or the named author of a document that says something (`documents`), with the armed
    forces a backing participle adds to an act of force (`backers`)."""
    own = subject_actors(ctx, subj, subj_lemma) or document_authors(ctx, subj, said_code)
    return backed_by(ctx, subj, code, own)


def _non_agent(ctx: ActorContext, subj: Token, code: str) -> bool:
    """ "a resolution that aims to tighten sanctions": documents and plans do not act; a body
    named after one does ("the World Food Programme delivered aid"). Nor do storms and quakes.
    What a statement or resolution says is its named author's verbal act (`documents`)."""
    table = ctx.table
    head = phrase_head(table, subj).i
    # The head, or for a name ("Typhoon Songda") the words before it: "Flood victims" still act.
    name = table.pos[head] == "PROPN"
    named = {table.lemma[c] for c in table.children[head] if name and table.dep[c] == "compound"} | {table.lemma[head]}
    if named & _NATURE:
        return True  # "Typhoon Songda lashed the coast": nature is no one's act
    if table.lemma[head] not in _NON_AGENTS or document_authors(ctx, subj, code):
        return False
    return not (ctx.table.pos[head] == "PROPN" and any(r.code for r in resolve(ctx, subj)))


def _opposition(actors: Sequence[ActorRef]) -> bool:
    """Whether the actors are rebels, insurgents, separatists or the opposition: a side that
    asks its own country's government to act appeals to it (rebels said the president must ...)."""
    return any(a.code[3:6] in ("REB", "INS", "SEP", "OPP") for a in actors if a.code)


# Verbs of sending someone away, which only the host can do (a recall is the sender's).
_EXPELLING = frozenset({"expel", "deport", "eject", "kick", "order", "throw"})


def _passive_doer(ctx: ActorContext, m: Match, code: str) -> tuple[Token | None, tuple[ActorRef, ...]]:
    """Who did a passive act with no agent: "were killed when gunmen opened fire" (`when_doer`), or
    for an expelled diplomat the country he is posted to ("Georgia's ambassador to Russia was
    expelled", "were expelled from Iraq"): only the host can expel an envoy (CAMEO 161)."""
    if code.startswith("161") and m.obj is not None and ctx.table.lemma[m.trigger.i] in _EXPELLING:
        posts = prep_objects(ctx.table, m.trigger, ("from",)) + prep_objects(ctx.table, m.obj, ("to", "in"))
        hosts = tuple(r for t in posts for r in resolve(ctx, t) if r.code)
        if hosts:
            return None, hosts
    return when_doer(ctx, m.trigger)


def _untold_demand(m: Match, targets: tuple[ActorRef, ...], mod: Modality) -> bool:
    """ "Miller resigned", "will step down": acceding to demands (0831) none of which is told, neither by a target
    nor by a sense that names the pressure ("resigned under pressure from protesters")."""
    return m.sense.code == "0831" and not targets and mod.kind in (None, "intent") and not m.sense.complements


def _guarded_code(ctx: ActorContext, m: Match, code: str, mod: Modality) -> str | None:
    """The code of a verb match once the precision guards have read it; None when it reports no event."""
    assert m.sense.code is not None
    disasters = ctx.codebook.classes.get("disaster", frozenset())
    if (
        personnel(ctx, m, code)
        or idle_warning(ctx, m)
        or accident_result(ctx.table, m, code, disasters)
        or press_audience(ctx, m, code)
    ):
        return None
    if describes_noun(ctx, m):
        return None  # "a bus carrying recruits", "settlements surrounding Jerusalem": what or where the noun is
    if m.key == "oppose" and _opposed_to(ctx.table, m.trigger):
        return None
    if m.key == "claim" and code == "112" and not claimed_wrong(ctx.table, ctx.codebook, m.trigger.i):
        return None
    # A participle labelling its noun with no agent is left out only for wishes, appeals and demands (02, 03, 10),
    # which a noun so labelled never makes: "troops stationed near the border" may still tell their posture.
    labels = reduced_relative(ctx.table, m.trigger.i) or (
        code[:2] in ("02", "03", "10") and labelling_participle(ctx.table, m.trigger.i)
    )
    if labels and code[:2] not in FORCE_ROOTS and not told_participle(ctx.table, m.trigger.i):
        # "hostages seized by gunmen" reports the seizure; "the plan proposed by X", "a
        # delegation led by Y" only describe the noun, so a bare participle codes force only, unless it is set
        # off with a time of its own ("the women, freed by their captors on Monday, flew home").
        return None
    if spoken_attack(ctx, m, code) or rivals_attack(ctx, m, code):
        return "111"
    verdict = called_verdict(ctx, m)
    if verdict is not None:
        return verdict or None
    armed = (
        armed_force(ctx, m, code)
        or information_release(ctx, m, code)
        or street_violence(ctx, m, code)
        or state_protest(ctx, m, code)
    )
    if armed is not None:
        return armed
    if code[:2] == "19" and m.obj is not None and not m.passive:
        # "launched a verbal attack on", "launched a strike against the government": the noun
        # the light verb carries says whether the act is force at all.
        if figurative_noun(ctx, m.obj, m.trigger):
            return None if mod.kind is not None else "111"
        if labour_strike(ctx, m.obj, subject(ctx.table, m.trigger)):
            return "143"
    if m.key == "clash" and code[:2] == "19" and _over_an_issue(ctx, m):
        return "110"  # "France and the U.S. clashed over Iraq": a quarrel, as "battle over the budget" is
    if m.sense.code[:2] in FORCE_ROOTS and abstract_object(ctx, m):
        # "attacked the plan", "fight against corruption": figurative force is criticism or nothing.
        if m.key.split()[0] not in CRITICISM_VERBS or mod.kind is not None:
            return None
        return "111"
    return code


def _over_an_issue(ctx: ActorContext, m: Match) -> bool:
    """A clash "over" an issue between sides none of which is armed, police or a crowd: states, leaders,
    ministers, parties. Troops or protesters clashing "over" something still fight."""
    table = ctx.table
    if not prep_objects(table, m.trigger, ("over",)):
        return False  # "over the weekend" is a time, which `prep_objects` leaves out
    subj = subject(table, m.trigger)
    sides = [t for t in (subj, *prep_objects(table, m.trigger, ("with",))) if t is not None]
    classes = ctx.codebook.classes
    fighters_or_crowds = classes.get("crowd", frozenset()) | classes.get("military", frozenset())
    refs = [r for t in sides for r in resolve(ctx, t)]
    armed = any(split_code(r.code)[1][:3] in (*ARMED_ROLES, "COP", "CVL") for r in refs if r.code)
    return bool(refs) and not armed and not any(table.lemma[t.i] in fighters_or_crowds for t in sides)


def _opposed_to(table: TokenTable, tok: Token) -> bool:
    """ "Israelis opposed to the pullout rallied": the verb takes an object, so "opposed to" with no
    "be" is the adjective, which says who the Israelis are (the parser often makes it the main verb);
    the rally is the act. "X is opposed to Y" and "X opposed Y" stay the disapproval (110)."""
    kids = table.children[tok.i]
    return (
        table.tag[tok.i] in ("VBN", "VBD")
        and any(table.dep[c] == "prep" and table.tokens[c].lower_ == "to" for c in kids)
        and not any(table.dep[c] in ("aux", "auxpass", "dobj") for c in kids)
        and table.lemma[table.head[tok.i]] != "be"  # "is opposed to": the parser's be + complement
    )


def _confidence(sources: tuple[ActorRef, ...], targets: tuple[ActorRef, ...], hypothetical: bool) -> float:
    """Higher when the source, and then the target, are coded; lower for a hypothetical event."""
    confidence = 0.7 if any(s.code for s in sources) else 0.4
    if targets and any(t.code for t in targets):
        confidence += 0.1
    if hypothetical:
        confidence -= 0.2
    return round(confidence, 2)
