"""Event coding: who did what to whom, in CAMEO and PLOVER, with the sentence as evidence.

For each sentence of the parsed article:

1. every verb the codebook knows is matched to one sense (match), which names the
   CAMEO code and where the target sits; nouns the codebook knows ("visit", "talks",
   "sanctions") make nominal events when a verb has not already used them;
2. modality rewrites the code: "plans to / is ready to / will" + a cooperative action becomes
   the matching "express intent" code (03x), "threatened to" a threat (13x), "urged X to" an
   appeal (02x) by the urging actor to X, "demanded" a demand (10x), "refused to" a rejection
   (12x); could/may/might flag the event hypothetical, negation flags it negated (negated
   events are kept so a reader can see "did not meet", with negated=True);
3. the slots become actors through the in-article entities (actors), one event per
   source-target pair; symmetric actions with a coordinated subject and no other target
   ("Belarus and Iran agreed") give X->Y and Y->X;
4. each event gets the date mentioned in its own clause (else the sentence, else the article's publication
   date) and the place named in its clause (else in the sentence, else the dateline's place).

A reported event belongs to its own clause: in "It said Pezeshkian said Iran was ready to help
Belarus", the reporting verbs are not events (plain "say" is no CAMEO event here) and the event
is Iran -> Belarus. Speech acts that are events themselves (accuse, urge, praise, deny) are
coded with the speaker as source.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from newsgraph.model import ActorRef, Article, DateMention, Entity, Event, Place, Quote
from newsgraph.model import Span as TextSpan
from newsgraph.understand.docview import EntityLookup
from newsgraph.understand.events.actors import ActorContext, resolve
from newsgraph.understand.events.asking import asked_adverbially
from newsgraph.understand.events.background import as_recalled, told_before
from newsgraph.understand.events.captors import captor_frames
from newsgraph.understand.events.codebook import Codebook, Sense
from newsgraph.understand.events.coordination import reciprocal
from newsgraph.understand.events.guards import agency_credits, commerce
from newsgraph.understand.events.imported import catch_all
from newsgraph.understand.events.initials import misread_nouns
from newsgraph.understand.events.judged import judged_frames
from newsgraph.understand.events.learn import learn_home, learn_names
from newsgraph.understand.events.match import (
    Match,
    TokenTable,
    clause_tokens,
    direct_object,
    gerund_subject,
    match_noun,
    match_verb,
    prep_objects,
    subject,
    subtree,
)
from newsgraph.understand.events.modality import (
    SPEECH_VERBS,
    Modality,
    forecast,
    modality,
    obligation_clause,
    states_position,
)
from newsgraph.understand.events.nominal import UNKNOWN, Frame, noun_frame
from newsgraph.understand.events.nounactors import LIGHT_VERBS, REACTIONS, SWEEPS, act_agents, told_as_object
from newsgraph.understand.events.oneact import agents_told_after, one_attack, one_protest
from newsgraph.understand.events.output import (
    attach_quotes,
    date_for,
    in_lead,
    locative_spans,
    once_per_article,
    one_telling,
    own_state_unknown,
    place_for,
    placed_target,
    sentence_bounds,
)
from newsgraph.understand.events.revenge import revenge_aimed
from newsgraph.understand.events.sports import off_the_field
from newsgraph.understand.events.support import carried
from newsgraph.understand.events.verbframe import verb_frame

# An appeal or demand to sign or meet is made by one side of the mutual act to the other, and
# so is a refusal or a threat ("threatened to stop cooperating with X" is not X's threat).
_DIRECTED_ROOTS = frozenset({"02", "10", "12", "13"})
# An intent (03) is its speaker's: "X is willing to hold talks with Y" says nothing of Y's intent.
# Sides named together ("X and Y agreed to ...") both state it, and stay mutual.
_INTENT = frozenset({"03"})
# Material cooperation (06) and the intent to it (031) named by sides together with no one else
# ("A and B agreed to share intelligence", "A and B will cooperate in fighting drugs") is between
# them: CAMEO codes the sharing of an act both sides do as A->B and B->A. So is a consultation
# or negotiation (040, 046) the two sides are the subject of ("A and B resumed talks").
_MUTUAL_WHEN_PAIRED = ("06", "031", "040", "046")
# What makes a second verb's act one of its own, aimed where its object says (`_participles`).
_OWN_OBJECT = frozenset({"dobj", "obj", "dative", "attr", "oprd", "ccomp"})
_MATERIAL_QUADS = frozenset({2, 4})
_BARE_DEMAND = Sense(code="100", target=("dobj",))  # "X said Y must VERB": a demand even when VERB is no event
# "X ordered / urged Y to VERB" when VERB is no event: still a demand or appeal to Y.
_BARE_DEMAND_OF = Sense(code="100", target=("dobj", "xsubj"))
_BARE_APPEAL = Sense(code="020", target=("dobj", "xsubj", "on"))


def find_events(
    article: Article,
    doc: Doc,
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    places: Sequence[Place],
    quotes: Sequence[Quote],
    codebook: Codebook,
    dictionary: object | None = None,
) -> tuple[Event, ...]:
    """Every coded event in the article, in text order.

    Quoted speech is coded like any other text (the quote's words carry their own subjects);
    an event whose verb is a quote's cue ("accused", "urged", "denied") is linked to that
    quote, so statements reach the event data with their words attached. `dictionary`
    is the actor dictionary, used only for participants no entity codes;
    by default the one `load_codebook` attached to the codebook.
    """
    if dictionary is None:
        dictionary = codebook.actors
    ctx = ActorContext(
        doc=doc, lookup=EntityLookup(entities), codebook=codebook, dictionary=dictionary, text=article.text
    )
    learn_names(ctx)
    learn_home(ctx, entities, article.dateline)
    groups = _group_heads(ctx)
    triggers = _triggers(ctx)
    events: list[Event] = []
    told: list[Frame] = []
    for sent in doc.sents:
        for i in _within(groups, sent):
            ctx.remember_group(ctx.table.start[i], resolve(ctx, ctx.table.tokens[i]))
        frames = _frames(ctx, triggers, sent) + judged_frames(ctx, sent) + captor_frames(ctx, sent)
        told += [f for f in frames if not _reacted_to(ctx, f)]
        frames = [f for f in frames if not (_reacted_to(ctx, f) and _retold(ctx, f, told))]
        bounds = sentence_bounds(ctx.text, sent) if frames else (0, 0)
        for frame in frames:
            events.extend(_events(ctx, article, bounds, frame, dates, places))
    credits = agency_credits(article)
    if credits:
        events = [e for e in events if not (_in_credit(e.source, credits) or _in_credit(e.target, credits))]
    events = one_telling(own_state_unknown(off_the_field(events, article), entities), codebook)
    return once_per_article(attach_quotes(events, quotes), article)


def _reacted_to(ctx: ActorContext, f: Frame) -> bool:
    """Whether a frame is an act told as the object of a reaction ("condemned the Israeli raid")."""
    table, i = ctx.table, f.match.trigger.i
    return table.dep[i] == "dobj" and table.pos[i] == "NOUN" and table.lemma[table.head[i]] in REACTIONS


def _retold(ctx: ActorContext, f: Frame, told: list[Frame]) -> bool:
    """ "Militants beheaded a hostage. Bulgaria condemned the beheading of its citizen": an act
    a reaction names that the article has already told with a verb, an act of the same kind
    (CAMEO quad class) by the same doer's country or on the same target's, is that one act."""
    book = ctx.codebook
    kind = book.code(f.code).quad_class
    doers = {s.country for s in f.sources if s.country}
    aims = {t.country for t in f.targets if t.country}
    return any(
        book.code(g.code).quad_class == kind
        and (doers & {s.country for s in g.sources} or aims & {t.country for t in g.targets})
        for g in told
    )


def _in_credit(actor: ActorRef | None, credits: list[tuple[int, int]]) -> bool:
    """Whether the actor is the story's agency credit ("(AP)"): the reporter, not a participant."""
    if actor is None or actor.start is None:
        return False
    return any(s <= actor.start < e for s, e in credits)


_GROUP_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "compound"})


def _group_heads(ctx: ActorContext) -> list[int]:
    """Participants with a conjunct ("Belarus and Iran"), in text order: the pairs a later
    "the two countries" may point back to."""
    dep, heads = ctx.table.dep, ctx.table.head
    return sorted(
        {
            heads[i]
            for i, d in enumerate(dep)
            if d == "conj" and heads[i] != i and dep[heads[i]] in _GROUP_DEPS
        }
    )


@dataclass(frozen=True)
class _Triggers:
    """The words each kind of trigger can be, over the whole article (token indices, in order).
    Picked out in one go so the sentence loop never looks at the other words."""

    verbs: list[int]
    nouns: list[int]  # only those the codebook lists: match_noun finds nothing for others
    reported: list[int]  # complements of speech verbs: where obligation_clause can hold
    asks: list[int]  # appeal and demand verbs


def _triggers(ctx: ActorContext) -> _Triggers:
    table, book = misread_nouns(ctx.table, ctx.codebook.nouns), ctx.codebook
    pos, tag, dep, lemma, heads = table.pos, table.tag, table.dep, table.lemma, table.head
    gerunds = {i for i in range(len(pos)) if gerund_subject(table, i, book, REACTIONS)}
    verbs = [
        i
        for i, p in enumerate(pos)
        if (p == "VERB" or (p not in ("NOUN", "PROPN") and tag[i].startswith("VB"))) and i not in gerunds
    ]
    return _Triggers(
        verbs=verbs,
        nouns=[i for i, p in enumerate(pos) if (p == "NOUN" and lemma[i] in book.nouns) or i in gerunds],
        reported=[i for i, d in enumerate(dep) if d == "ccomp" and lemma[heads[i]] in SPEECH_VERBS],
        asks=[
            i for i in verbs if pos[i] == "VERB" and book.modal_verbs.get(lemma[i]) in ("appeal", "demand")
        ],
    )


def _within(found: list[int], sent: Span) -> list[int]:
    return found[bisect_left(found, sent.start) : bisect_left(found, sent.end)]


def _frames(ctx: ActorContext, triggers: _Triggers, sent: Span) -> list[Frame]:
    book, table = ctx.codebook, ctx.table
    tokens, dep, heads, kids, lemma = table.tokens, table.dep, table.head, table.children, table.lemma
    frames: list[Frame] = []
    used = _recalled(table, _within(triggers.verbs, sent))  # tokens a verb match consumed, never nominal triggers
    consumed_heads: set[int] = set()  # modal verbs whose complement produced an event
    verb_matches: list[Match] = []
    restating: set[tuple[int, str]] = set()
    manner: set[int] = set()
    for i in _within(triggers.verbs, sent):
        if (
            i in used
            or states_position(table, tokens[i])
            or forecast(table, tokens[i])
            or told_before(table, tokens[i])
        ):
            continue
        m = carried(table, tokens[i], match_verb(table, tokens[i], book), book)
        if m is not None:
            verb_matches.append(m)
            if lemma[i] in LIGHT_VERBS and (catch_all(m.sense) or _own_request(m, book)):
                # "opened talks with X", "issued an appeal": the light verb leaves its object's noun to be coded.
                continue
            # An act a real statement names with its doer is told too; one only a hypothetical or
            # denied statement names ("a resolution that would have condemned X's offensive") is not.
            told = told_as_object(ctx, m.sense.code, m.obj) and _asserted(modality(table, tokens[i], book))
            if m.obj is not None and not told:
                used.add(m.obj.i)
            _restated(ctx, m, restating, manner, told)
            used.update(_rejected_requests(table, book, m))
            used.update(c for c in kids[i] if dep[c] == "prt" or (dep[c] == "dobj" and not told))
    noun_frames: list[Frame] = []
    for i in _within(triggers.nouns, sent):
        if i not in used and i not in manner:
            m = match_noun(table, tokens[i], book)
            if m is not None and m.sense.code is not None and (i, m.sense.code[:2]) not in restating:
                frame, mod_head = noun_frame(ctx, m)
                if frame is not None:
                    noun_frames.append(frame)
                    if mod_head is not None:
                        consumed_heads.add(mod_head.i)
    # Complements first, so the modal verb they sit under is known to be consumed.
    verb_matches.sort(key=lambda m: -_depth(heads, m.trigger.i))
    for m in verb_matches:
        if m.trigger.i in consumed_heads or m.sense.code is None:
            continue
        mod = modality(table, m.trigger, book)
        frame = verb_frame(ctx, m, mod)
        if frame is None:
            continue
        if mod.head is not None:
            consumed_heads.add(mod.head.i)
        frames.append(frame)
    matched = {m.trigger.i for m in verb_matches if m.sense.code is not None}
    frames += _bare_frames(ctx, triggers, sent, matched | consumed_heads, matched)
    frames = one_attack(table, _participles(table, book, agents_told_after(table, frames)))
    frames = revenge_aimed(table, one_protest(table, frames))
    frames += _new_nouns(frames, noun_frames)
    frames = [f for f in frames if not commerce(f.code, f.sources, f.targets)]
    return sorted(frames, key=lambda f: f.match.trigger.i)


def _own_request(m: Match, book: Codebook) -> bool:
    """An offer or a request a light verb carries under an imported pattern ("issued an appeal")."""
    w = m.obj.lemma_ if m.obj is not None else ""
    return m.sense.imported and w in book.nouns and w in book.classes.get("request", frozenset())


def _rejected_requests(table: TokenTable, book: Codebook, m: Match) -> set[int]:
    """ "turned its back on a U.S. request": what a rejection (12) answers is no act told of its own."""
    if (m.sense.code or "")[:2] != "12":
        return set()
    requests = book.classes.get("request", frozenset())
    anchors = [m.trigger.i] + ([m.obj.i] if m.obj is not None else [])
    return {
        p
        for a in anchors
        for c in table.children[a]
        if table.dep[c] == "prep"
        for p in table.children[c]
        if table.dep[p] == "pobj" and table.lemma[p] in requests
    }


def _recalled(table: TokenTable, verbs: Iterable[int]) -> set[int]:
    """The words of "as agreed at a summit in 1999" clauses (`as_recalled`): no event is coded in them."""
    return {j for i in verbs if as_recalled(table, table.tokens[i]) for j in subtree(table, i)}


def _asserted(mod: Modality) -> bool:
    return not (mod.hypothetical or mod.negated)


def _participles(table: TokenTable, book: Codebook, frames: list[Frame]) -> list[Frame]:
    """ "The United States stepped up pressure on Syria, imposing sanctions that ...": a trailing
    participle with no subject of its own tells more of its main act, by the same doer: with no
    target of its own it is aimed where the main act is, when it is an act of the same kind (CAMEO's
    quad class). "Visited Israel, condemning the attack on a synagogue" aims the criticism elsewhere.
    So does a second verb sharing the subject: "met his Indian counterpart and agreed to reopen a
    bus service" agreed with him; "accused Britain and threatened to expel" threatened Britain. A
    second verb with an object of its own that names no actor acts on that thing: "met Putin and
    praised the agreement" praised no one; "killed two militants and demolished three houses" hit
    the houses of the place's people (the country), not the militants' (`_scene`)."""
    by_trigger = {f.match.trigger.i: f for f in frames}
    out: list[Frame] = []
    for f in frames:
        i = f.match.trigger.i
        main = by_trigger.get(table.head[i])
        told_more = (table.dep[i] == "advcl" and table.tag[i] == "VBG") or table.dep[i] == "conj"
        if (
            main is None
            or main is f
            or not told_more
            or any(table.dep[c] in ("nsubj", "nsubjpass") for c in table.children[i])
            or {s.code for s in f.sources} != {s.code for s in main.sources}
        ):
            out.append(f)
            continue
        quad = book.code(f.code).quad_class
        if not f.targets and main.targets and quad == book.code(main.code).quad_class:
            own = table.dep[i] == "conj" and any(table.dep[c] in _OWN_OBJECT for c in table.children[i])
            f = replace(f, targets=_scene(main.targets, quad) if own else main.targets)
        out.append(f)
    return out


def _scene(targets: tuple[ActorRef, ...], quad: int) -> tuple[ActorRef, ...]:
    """The target a material act on a thing takes from the act before it: the country (not an IGO,
    not a role) of that act's targets; none for a verbal act (quad classes 1 and 3)."""
    if quad not in _MATERIAL_QUADS:
        return ()
    return tuple(
        replace(t, code=t.country, entity_id=None) for t in targets if t.country and t.country != "IGO"
    )


def _new_nouns(frames: list[Frame], noun_frames: list[Frame]) -> list[Frame]:
    """A noun restating a verb's event ("hosted X ... for a meeting") adds nothing, unless it
    names the target the verb lacks ("the bombing of the embassy killed four guards")."""
    verb_keys = {(f.code[:2], s.code, bool(f.targets)) for f in frames for s in f.sources}
    return [
        f
        for f in noun_frames
        if not any(
            (f.code[:2], s.code, t) in verb_keys
            for s in f.sources
            for t in ((True,) if f.targets else (True, False))
        )
    ]


def _restated(
    ctx: ActorContext, m: Match, restating: set[tuple[int, str]], manner: set[int], told: bool = False
) -> None:
    """Add the nouns a coded verb's own phrases restate: "provided $50 million in aid" (a noun
    of the verb's root in its object or "in" phrase names what the verb does), "arrested ... in
    a raid" and "recalled its ambassador in protest" (the manner of the act): none is a second
    event. An object `told` with its own doers ("hosted talks between X and Y") is one."""
    if m.sense.code is None:
        return
    table = ctx.table
    root, dep, kids, tokens = m.sense.code[:2], table.dep, table.children, table.tokens
    if m.obj is not None and not told:
        restating.update((t, root) for t in subtree(table, m.obj.i))
    # An arrest or a seizure "in a raid" or "during a sweep" tells how it was done: the raid is
    # that coercion (the guidelines code raids 17), not a second act of force.
    # So is a raid or an attack a killing was done "in" or "during": one act, told twice.
    force = root in ("17", "18", "19")
    for c in kids[m.trigger.i]:
        if dep[c] == "prep" and (tokens[c].lower_ == "in" or (force and tokens[c].lower_ == "during")):
            restating.update((t, root) for t in subtree(table, c))
            if force:
                restating.update(
                    (t, r)
                    for t in subtree(table, c)
                    if table.lemma[t] in SWEEPS and _done_by_the_doer(ctx, m, t)
                    for r in ("17", "18", "19")
                )
            manner.update(
                p for p in kids[c] if dep[p] == "pobj" and not any(dep[d] == "det" for d in kids[p])
            )


def _done_by_the_doer(ctx: ActorContext, m: Match, sweep: int) -> bool:
    """Whether a raid a killing was done during is the killer's own: it names no doer of its own
    ("during a raid on a village") or the killer's. "Militants killed two policemen during a
    police raid on their hideout" tells two acts, the police's raid and the militants' killing."""
    own = {r.code for r in act_agents(ctx, ctx.table.tokens[sweep]) if r.code}
    if not own:
        return True
    # A passive's subject is the victim: its doer is the "by" agent ("were killed by militants").
    doers = prep_objects(ctx.table, m.trigger, ("by",)) if m.passive else [subject(ctx.table, m.trigger)]
    if m.passive and not doers:
        return True  # "three men were killed in a police raid": the raid's force killed them
    return any(own & {r.code for r in resolve(ctx, d)} for d in doers if d is not None)


def _bare_frames(
    ctx: ActorContext, triggers: _Triggers, sent: Span, skip_asks: set[int], matched: set[int]
) -> list[Frame]:
    """Appeals and demands whose asked-for act is no event: "X said Y must / should VERB",
    "X urged Y to VERB"."""
    book, table = ctx.codebook, ctx.table
    tokens, dep, lemma, kids = table.tokens, table.dep, table.lemma, table.children
    frames: list[Frame] = []
    for i in _within(triggers.reported, sent):
        tok = tokens[i]
        if i not in matched and obligation_clause(table, tok) is not None:
            m = Match(tok, lemma[i], _BARE_DEMAND, direct_object(table, tok), False)
            frame = verb_frame(ctx, m, modality(table, tok, book))
            if frame is not None:
                frames.append(frame)
    for i in _within(triggers.asks, sent):
        if (
            i not in skip_asks
            and not any(dep[c] == "prt" for c in kids[i])
            and any(_infinitive_or_that(table, c) or asked_adverbially(table, c, i, book) for c in kids[i])
        ):
            tok = tokens[i]
            sense = _BARE_APPEAL if book.modal_verbs[lemma[i]] == "appeal" else _BARE_DEMAND_OF
            m = Match(tok, lemma[i], sense, direct_object(table, tok), False)
            frame = verb_frame(ctx, m, modality(table, tok, book))
            if frame is not None:
                frames.append(frame)
    return frames


def _infinitive_or_that(table: TokenTable, i: int) -> bool:
    """A "to VERB" or "that ..." complement: what an appeal or demand asks for ("told X that" only says)."""
    dep, tokens = table.dep, table.tokens
    if dep[i] not in ("xcomp", "ccomp") or (dep[i] == "ccomp" and table.lemma[table.head[i]] == "tell"):
        return False
    return any(
        (dep[c] == "aux" and tokens[c].lower_ == "to") or (dep[c] == "mark" and tokens[c].lower_ == "that")
        for c in table.children[i]
    )


def _depth(heads: list[int], i: int) -> int:
    depth = 0
    while heads[i] != i and depth < 50:
        i = heads[i]
        depth += 1
    return depth


def _implied_government(source: ActorRef) -> ActorRef | None:
    """PLOVER's convention for a protest with no named recipient: it is aimed at the
    protesters' own government. The implied actor has no span: nothing in the text names it."""
    country = source.country
    if not country or country == "IGO" or source.code[3:6] == "GOV":
        return None  # a government at a rally ("Koizumi spoke at a rally") protests against no one
    return ActorRef(name=f"{country} government (implied)", code=country + "GOV")


def _joint(m: Match) -> bool:
    """ "A and B began joint exercises": an act both sides do together is mutual."""
    return m.obj is not None and any(c.lower_ in ("joint", "bilateral") for c in m.obj.children)


def _between_sides(frame: Frame) -> bool:
    """Whether the act is one between two sides ("clashed", or a result clause after it: ", killing four")."""
    mutual = frame.match.sense.symmetric or frame.match.trigger.dep_ == "advcl"
    return mutual and len({x.code for x in frame.sources}) >= 2


def _pairs(frame: Frame) -> list[tuple[ActorRef, ActorRef | None]]:
    if len(frame.sources) >= 2 and reciprocal(frame.match):
        # Each side does it to the other, whatever the phrase itself resolved to (CAMEO: A->B, B->A).
        return [(s, t) for s in frame.sources for t in frame.sources if s is not t]
    if not frame.targets and frame.code[:2] == "14":
        implied = [(s, _implied_government(s)) for s in frame.sources]
        return [(s, t) for s, t in implied if t is not None] or [(s, None) for s in frame.sources]
    if frame.targets:
        pairs: list[tuple[ActorRef, ActorRef | None]] = [
            (s, t)
            for s in frame.sources
            for t in frame.targets
            if not (s.entity_id and s.entity_id == t.entity_id)
            and (s.start, s.end, s.name) != (t.start, t.end, t.name)
            # "Police and rebels clashed, killing four officers": in a mutual act of two sides the
            # other side killed them; "police and soldiers arrested two police officers" is no such act.
            and not (_between_sides(frame) and s.code == t.code)
        ]
        if frame.match.sense.symmetric and frame.code[:2] not in _DIRECTED_ROOTS | _INTENT:
            # A mutual act ("A held talks with B", "A fought B", "A signed a deal with B") is
            # done by both sides: CAMEO codes it A->B and B->A.
            pairs += [(t, s) for s, t in pairs if t is not None and s is not UNKNOWN]
        return pairs
    if (
        (frame.match.sense.symmetric or _joint(frame.match) or frame.code.startswith(_MUTUAL_WHEN_PAIRED))
        and frame.code[:2] not in _DIRECTED_ROOTS
        and len(frame.sources) >= 2
    ):
        return [(s, t) for s in frame.sources for t in frame.sources if s is not t]
    return [(s, None) for s in frame.sources]


_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _time_spans(table: TokenTable, trigger: Token) -> list[tuple[int, int]]:
    """Where the event's own time expression may stand: its clause, minus the words inside its participants'
    noun phrases ("condemned the Sept. 11 attacks": that date is the attacks', not the condemnation's). A
    participle adjunct with no time of its own happened when its head did ("raided the camp on Tuesday,
    killing three")."""

    def own(head: Token) -> list[tuple[int, int]]:
        out = []
        for i in clause_tokens(table, head):
            j = table.head[i]
            while j != head.i and table.pos[j] not in _NOUN_POS and table.head[j] != j:
                j = table.head[j]
            # "on Tuesday", "in 1990": a time phrase on the verb itself is its own, though its word is a noun.
            on_verb = table.dep[i] == "pobj" and table.head[table.head[i]] == head.i
            if j == head.i or on_verb:
                out.append((table.start[i], table.end[i]))
        return out

    spans = own(trigger)
    if table.dep[trigger.i] in ("advcl", "conj") and table.head[trigger.i] != trigger.i:
        spans += own(table.tokens[table.head[trigger.i]])
    return spans


def _events(
    ctx: ActorContext,
    article: Article,
    bounds: tuple[int, int],
    frame: Frame,
    dates: Sequence[DateMention],
    places: Sequence[Place],
) -> list[Event]:
    """The events of one frame; `bounds` are its sentence's, the evidence span."""
    info = ctx.codebook.code(frame.code)
    start, end = bounds
    date, precision = date_for(article, _time_spans(ctx.table, frame.match.trigger), start, end, dates)
    actor_spans = [
        (a.start, a.end)
        for a in (*frame.sources, *frame.targets)
        if a.start is not None and a.end is not None
    ]
    lead = in_lead(article, start)
    place = place_for(
        article, locative_spans(ctx.table, frame.match.trigger), start, end, places, actor_spans, lead
    )
    trigger = frame.match.trigger
    out: list[Event] = []
    for source, target in _pairs(frame):
        out.append(
            Event(
                source=None if source is UNKNOWN else source,
                target=placed_target(target, places),
                cameo=info.code,
                plover=info.plover,
                plover_mode=info.plover_mode,
                goldstein=info.goldstein,
                quad_class=info.quad_class,
                evidence=TextSpan(start, end),
                evidence_text=article.text[start:end],
                date=date,
                date_precision=precision,
                place=place,
                negated=frame.negated,
                hypothetical=frame.hypothetical,
                confidence=frame.confidence,
                # The word itself, or the whole construction when one matched ("call on", "open fire").
                trigger=frame.match.key if " " in frame.match.key else trigger.text,
            )
        )
    return out
