"""From coded events to the article's Event records: quotes, repeats, dates and places.

- attach_quotes: an event whose verb is a quote's cue carries the quote's words;
- one_telling: a target-less telling beside a targeted one of the same act is dropped, and so is a
  meeting of one actor with itself;
- own_state_unknown: a state organ the article's country was lent to, acting on that very state, keeps its
  role alone;
- placed_target: a place acted on is coded by its country;
- guests_visit: a visit hosted (043) is the guest's visit to the host too (042), in one_telling;
- once_per_article: the same event told in headline, summary and lead is kept once;
- date_for: the date of an event's own clause, else the article's, with its precision;
- place_for: the place a locative phrase attaches to the event, else the dateline's for the
  headline's and lead's events.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence

from spacy.tokens import Span, Token

from newsgraph.model import ActorRef, Article, DateMention, DatePrecision, Entity, Event, Place, Quote
from newsgraph.roles import split_code
from newsgraph.understand.events.codebook import Codebook
from newsgraph.understand.events.match import TokenTable, direct_object, subtree


def one_telling(events: Sequence[Event], book: Codebook | None = None) -> list[Event]:
    """ "A suicide bomber blew himself up on a bus, killing eight Israelis": one act told with a
    verb of its own and its victims is one event; the telling with no target adds nothing beside
    one of the same sentence, source and root that has a target. A visit hosted is the guest's too (`guests_visit`)."""
    events = guests_visit(events, book) if book is not None else list(events)
    targeted = {
        (e.evidence.start, e.source.code if e.source else "", e.cameo[:2])
        for e in events
        if e.target is not None and not e.negated and not e.hypothetical
    }
    return [
        e
        for e in events
        if e.target is not None
        or e.negated
        or e.hypothetical
        or (e.evidence.start, e.source.code if e.source else "", e.cameo[:2]) not in targeted
        if not _self_consulted(e)
    ]


# Organs of a state: one of them acts on its state from inside it, never on the state as another side.
_STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})


def own_state_unknown(events: Sequence[Event], entities: Sequence[Entity]) -> list[Event]:
    """ "The ministry thanked Japan for its help": a bare "ministry" takes the article's main country only when
    nothing names another; when that country is the very state it thanks, accuses or visits, the ministry is
    another state's, and which one the item does not say. The guidelines code an actor whose country cannot be
    known by its role alone (GOV), as "the government" is where nothing places it."""
    kinds = {e.id: e for e in entities}
    out: list[Event] = []
    for e in events:
        s, own = e.source, kinds.get(e.source.entity_id or "") if e.source is not None else None
        organ = s is not None and own is not None and not own.country and own.role in _STATE_ORGANS
        if organ and s is not None and s.country and s.country in _states_named(e, entities):
            e = dataclasses.replace(e, source=dataclasses.replace(s, code=s.code[3:]))
        out.append(e)
    return out


def _states_named(e: Event, entities: Sequence[Entity]) -> set[str]:
    """The state a target is, by its name alone ("Japan"), or whose act a word of talk or cooperation is about
    ("welcomed Russia's decision": a target no entity of its own covers, coded by that country alone). Force and
    coercion reach a state's own places and people from inside it ("raided Kabul's main market")."""
    t = e.target
    if t is None or t.start is None or t.end is None:
        return set()
    states = [x for x in entities if x.kind == "country" and x.country]
    if t.entity_id is not None:
        named = [x for x in states if x.id == t.entity_id]
        return {x.country or "" for x in named if any((m.start, m.end) == (t.start, t.end) for m in x.mentions)}
    if e.cameo[:2] >= "15":
        return set()
    lo, hi = t.start, t.end
    inside = {x.country or "" for x in states if any(lo <= m.start and m.end <= hi for m in x.mentions)}
    return inside & {t.code}


def _self_consulted(e: Event) -> bool:
    """ "on a rare visit by a Western minister to the isolated state": a visit or a meeting (04) is between two
    sides; one whose source and target are the same actor is a slot misread, not a consultation (session 18
    verbal)."""
    s, t = e.source, e.target
    if e.cameo[:3] == "042" and s is not None and t is not None and len(t.code) == 3 and t.code == s.code[:3]:
        return True  # "Kerry headed to Pennsylvania": a trip inside one's own country visits no other side
    if e.cameo[:2] != "04" or s is None or t is None or s.code != t.code:
        return False
    # A visit made or hosted (042, 043) goes to another side whatever names it; a meeting of one code with an unnamed
    # other ("Putin met regional governors") may be a domestic one.
    return s.entity_id == t.entity_id or e.cameo[:3] in ("042", "043")


def guests_visit(events: Sequence[Event], book: Codebook) -> list[Event]:
    """ "Allawi was received by Kuwait's emir", "Putin hosted Chirac in Sochi": CAMEO codes a visit as a pair, the
    host's 043 and the guest's 042 (PETRARCH2's "VISIT [043:042]"); a hosting told alone gets the guest's visit
    to the host's country, unless the two are of one country (a domestic reception is no visit abroad)."""
    if not any(e.cameo == "043" for e in events):
        return list(events)
    visit = book.code("042")
    guests = [
        dataclasses.replace(
            e,
            source=e.target,
            target=e.source,
            cameo=visit.code,
            plover=visit.plover,
            plover_mode=visit.plover_mode,
            goldstein=visit.goldstein,
            quad_class=visit.quad_class,
        )
        for e in events
        if e.cameo == "043" and e.source is not None and e.target is not None and _abroad(e.source, e.target)
    ]
    # "hosted talks between Sudan's government and the rebels": talks hosted for two sides are their meeting, and
    # "hosted Chirac and Schroeder" a summit; only a guest received alone is told to visit.
    hostings = [(e.evidence.start, e.trigger, _actor(e.source)) for e in events if e.cameo == "043"]
    guests = [g for g in guests if hostings.count((g.evidence.start, g.trigger, _actor(g.target))) == 1]
    told = {(_actor(e.source), _actor(e.target), e.cameo[:3]) for e in events}
    return [*events, *(g for g in guests if (_actor(g.source), _actor(g.target), "042") not in told)]


def _abroad(host: ActorRef, guest: ActorRef) -> bool:
    return bool(host.country and guest.country and host.country != guest.country)


def placed_target(target: ActorRef | None, places: Sequence[Place]) -> ActorRef | None:
    """ "Rebels seized the town of Bukavu": a place acted on is coded by its country, as the
    guidelines code "the city of Najaf" IRQ; the gazetteer knows the town the actor stages do not."""
    if target is None or target.code or target.start is None or target.end is None:
        return target
    for p in places:
        if p.country and p.start <= target.start and target.end <= p.end:
            return dataclasses.replace(target, code=p.country)
    return target


_Key = tuple[str, str, str, bool, bool]  # (source, target, code, negated, hypothetical)


@dataclasses.dataclass
class _Lead:
    """The body's events (not the headline's), indexed by what a headline may share with them."""

    groups: dict[_Key, list[int]] = dataclasses.field(default_factory=dict)
    loose: dict[_Key, _Key] = dataclasses.field(default_factory=dict)  # by countries, not actors
    by_act: dict[tuple[str, str, bool, bool], list[_Key]] = dataclasses.field(default_factory=dict)
    by_doer: dict[tuple[str, str, bool, bool], _Key] = dataclasses.field(default_factory=dict)
    by_word: dict[tuple[str, bool, bool], _Key] = dataclasses.field(default_factory=dict)
    by_force: dict[tuple[str, str, bool, bool], _Key] = dataclasses.field(default_factory=dict)
    forces: set[_Key] = dataclasses.field(default_factory=set)  # the acts of force
    by_sufferer: dict[tuple[str, str], list[_Key]] = dataclasses.field(default_factory=dict)  # by target and root

    def add(self, n: int, e: Event) -> None:
        key = (_actor(e.source), _actor(e.target), e.cameo, e.negated, e.hypothetical)
        self.groups.setdefault(key, []).append(n)
        self.loose.setdefault((_country(e.source), _country(e.target), e.cameo, e.negated, e.hypothetical), key)
        self.by_act.setdefault((_country(e.target), e.cameo, e.negated, e.hypothetical), []).append(key)
        self.by_sufferer.setdefault((_country(e.target), e.cameo[:2]), []).append(key)
        self.by_doer.setdefault((_country(e.source), e.cameo[:2], e.negated, e.hypothetical), key)
        for told in (_stem(e.trigger or ""), e.cameo[:2]):  # the word, and the root, that tell it
            self.by_word.setdefault((told, e.negated, e.hypothetical), key)
        if e.cameo[:2] in _FORCE_ROOTS:
            # Force is one act whether told as an assault or a fight ("Students kill guard" 190 over 180).
            self.by_doer.setdefault((_country(e.source), "force", e.negated, e.hypothetical), key)
            self.by_force.setdefault((_country(e.source), _country(e.target), e.negated, e.hypothetical), key)
            self.by_force.setdefault(("struck", _country(e.target), e.negated, e.hypothetical), key)
            self.by_force.setdefault(("by " + _role(e.source), _country(e.target), e.negated, e.hypothetical), key)
            self.forces.add(key)

    def force_by_role(self, e: Event) -> _Key | None:
        """The lead's act of force on the same side by a doer of the same role: "Suicide bomber kills eight on
        Jerusalem bus" over "A Palestinian suicide bomber ... killing eight Israelis" (a headline drops the doer's
        nationality, and the story's home lends its own)."""
        if e.cameo[:2] not in _FORCE_ROOTS or not _role(e.source) or not _country(e.target):
            return None
        return self.by_force.get(("by " + _role(e.source), _country(e.target), e.negated, e.hypothetical))

    def force_undone(self, e: Event) -> _Key | None:
        """The act of force a headline's doerless one tells: "Palestinian boy killed" over "soldiers shot dead a
        Palestinian boy" (force on the same side), else the lead's one act of force ("Farmer killed" names no
        nationality the lead gives him)."""
        if e.cameo[:2] not in _FORCE_ROOTS:
            return None
        struck = self.by_force.get(("struck", _country(e.target), e.negated, e.hypothetical)) if e.target else None
        only = [k for k in self.forces if k[3:] == (e.negated, e.hypothetical)] if len(self.forces) == 1 else []
        return struck or (only[0] if only else None)


def once_per_article(events: Sequence[Event], article: Article) -> tuple[Event, ...]:
    """One event per (source, target, code, flags): a story's headline, summary and lead tell
    its main event again and again. The kept event's evidence is the best sentence (body text
    before the headline, then the most confident, then the first), `num_mentions` how many told it."""
    titles = [(b.start, b.end) for b in article.blocks if b.kind == "title"]

    def in_title(e: Event) -> bool:
        return any(s <= e.evidence.start < t for s, t in titles)

    lead = _Lead()
    for n, e in enumerate(events):
        if not in_title(e):
            lead.add(n, e)
    groups = lead.groups
    for n, e in enumerate(events):
        if in_title(e):
            # A headline names the actor by its country ("Kenya arrests ...") where the lead
            # names the police: the same event when country, target and code agree.
            key = (_actor(e.source), _actor(e.target), e.cameo, e.negated, e.hypothetical)
            if key not in groups:
                key = lead.loose.get(
                    (_country(e.source), _country(e.target), e.cameo, e.negated, e.hypothetical), key
                )
            same_act = lead.by_act.get((_country(e.target), e.cameo, e.negated, e.hypothetical), [])
            if key not in groups and e.source is not None and not e.source.code and len(set(same_act)) == 1:
                # "Pope urges end to violence" over "Pope Benedict urged an end to ...": a
                # headline source with no code is the lead's actor of the one same act.
                key = same_act[0]
            if key not in groups and (e.target is None or not e.target.code or e.cameo[:2] == "14"):
                # "Israeli Raid Kills Five" over "Israeli troops raided ..., killing five
                # Palestinians": a headline act with no target that the lead tells with the same
                # root and the same doer's country is that act; so is a headline's protest ("Pakistanis
                # rally") whose target the lead names ("against the U.S. raid").
                root = "force" if e.cameo[:2] in _FORCE_ROOTS else e.cameo[:2]
                key = lead.by_doer.get((_country(e.source), e.cameo[:2], e.negated, e.hypothetical)) or lead.by_doer.get(
                    (_country(e.source), root, e.negated, e.hypothetical), key
                )
            if key not in groups and e.cameo[:2] in _FORCE_ROOTS and _actor(e.source):
                # "Bombers strike U.S. embassy" (195) over "Suicide bombers struck the U.S. embassy" (1831): force
                # between the same sides' countries is the lead's one act, whatever word the headline tells it with.
                key = lead.by_force.get((_country(e.source), _country(e.target), e.negated, e.hypothetical), key)
            if key not in groups:
                key = lead.force_by_role(e) or key
            if key not in groups and not (e.source is not None and e.source.code):
                # "Aid workers seized" over "Gunmen seized two aid workers": a headline act with no doer, or one
                # with no code ("Ossetians seize ..."), is the lead's act told with the same word, else its act of
                # force on the same side, else one of the same root.
                key = (
                    lead.by_word.get((_stem(e.trigger or ""), e.negated, e.hypothetical))
                    or lead.force_undone(e)
                    or lead.by_word.get((e.cameo[:2], e.negated, e.hypothetical), key)
                )
            if key not in groups and e.source is not None and e.source.code and not (e.target and e.target.code):
                # "EU renews Zimbabwe sanctions", "Sudan sanctions unlikely" over "... sanctions on Zimbabwe's leaders":
                # a headline names the country an act falls on before its noun, where the lead tells the one act of
                # that root on it, done or only weighed; the lead's telling is the event.
                suffered = set(lead.by_sufferer.get((_country(e.source), e.cameo[:2]), []))
                key = suffered.pop() if len(suffered) == 1 else key
            groups.setdefault(key, []).append(n)
    return _best_of(events, groups.values(), in_title)


_FORCE_ROOTS = frozenset({"18", "19", "20"})


def _stem(word: str) -> str:
    """A verb without its ending, so a headline's present ("seize", "kills") meets the lead's past ("seized",
    "killed")."""
    word = word.lower()
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word.removesuffix("e") if len(word) > 3 else word


def _actor(a: ActorRef | None) -> str:
    return "" if a is None else (a.code or a.name)


def _country(a: ActorRef | None) -> str:
    return "" if a is None else (a.country or a.name)


def _role(a: ActorRef | None) -> str:
    """The role block of an actor's code ("REB" of "PSEREB"); "" for none or a bare country."""
    return "" if a is None or not a.code else split_code(a.code)[1][:3]


def _best_of(
    events: Sequence[Event], groups: Iterable[list[int]], in_title: Callable[[Event], bool]
) -> tuple[Event, ...]:
    """Each group's best telling (body text before the headline, then the most confident, then the first), with
    how many sentences told it, in the order of the texts."""
    kept: list[tuple[int, Event]] = []
    for same in groups:
        n = min(same, key=lambda i: (in_title(events[i]), -events[i].confidence, i))
        sentences = {events[i].evidence.start for i in same}
        best = events[n]
        kept.append(
            (n, dataclasses.replace(best, num_mentions=len(sentences)) if len(sentences) > 1 else best)
        )
    return tuple(e for _, e in sorted(kept, key=lambda ne: ne[0]))


def attach_quotes(events: list[Event], quotes: Sequence[Quote]) -> tuple[Event, ...]:
    """Link each event to the quote its trigger introduces: same sentence, and the trigger
    is the quote's cue word. Continuations (no cue) never link."""
    by_cue: dict[tuple[int, int], list[Quote]] = {}
    for q in quotes:
        if q.cue is not None and q.cue_start is not None:
            by_cue.setdefault((q.cue_start, q.cue_end or q.cue_start), []).append(q)
    if not by_cue:
        return tuple(events)
    out: list[Event] = []
    for ev in events:
        linked = ev
        trigger = (ev.trigger or "").lower()
        for (cue_start, _), qs in by_cue.items():
            q = qs[0]
            inside = ev.evidence.start <= cue_start < ev.evidence.end
            if inside and trigger and (q.cue or "").lower().split()[0] in trigger.split():
                # The longest quote sharing the cue is the whole statement (a partial quote
                # inside an indirect one shares its cue).
                whole = max(qs, key=lambda x: x.end - x.start)
                linked = dataclasses.replace(ev, quote_start=whole.start, quote_end=whole.end)
                break
        out.append(linked)
    return tuple(out)


def sentence_bounds(article_text: str, sent: Span) -> tuple[int, int]:
    text = article_text[sent.start_char : sent.end_char]  # Span.text joins its tokens anew
    lead = len(text) - len(text.lstrip())
    return sent.start_char + lead, sent.start_char + len(text.rstrip())


def date_for(
    article: Article, spans: list[tuple[int, int]], start: int, end: int, dates: Sequence[DateMention]
) -> tuple[str | None, DatePrecision]:
    """`spans`: where the words of the event's own clause are."""
    inside = [d for d in dates if d.value and start <= d.start and d.end <= end]
    own = [d for d in inside if any(s < d.end and d.start < e for s, e in spans)]
    if own:
        return own[0].value, own[0].precision
    if article.published is not None:
        value = article.published.date() if hasattr(article.published, "date") else article.published
        return value.isoformat(), article.date_precision if article.date_precision != "unknown" else "day"
    return None, "unknown"


def place_for(
    article: Article,
    spans: list[tuple[int, int]],
    start: int,
    end: int,
    places: Sequence[Place],
    actor_spans: list[tuple[int, int]],
    lead: bool = True,
) -> Place | None:
    """The place a locative phrase attaches to the event (`spans`: "in Minsk", "near the
    border"), else the dateline's for an event of the headline or lead; never any other place
    word of the sentence (an actor, a destination, a background event's place)."""

    def is_actor(p: Place) -> bool:
        return any(s <= p.start and p.end <= e for s, e in actor_spans)

    inside = [p for p in places if start <= p.start and p.end <= end and not is_actor(p)]
    own = [p for p in inside if any(s <= p.start and p.end <= e for s, e in spans)]
    if own:
        return own[0]
    if lead and article.dateline:
        wanted = article.dateline.strip().casefold()
        for p in places:
            if p.name.casefold() == wanted:
                return p
    return None


_LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "around", "across", "into", "from", "off"}
)


def locative_spans(table: TokenTable, trigger: Token) -> list[tuple[int, int]]:
    """Where a locative phrase of the event sits: "in / at / near ..." on the event word, its
    object, or (for an event noun) the verb that frames it ("met for talks in Minsk")."""
    anchors = [trigger.i]
    obj = direct_object(table, trigger) if table.pos[trigger.i] in ("VERB", "AUX") else None
    if obj is not None:
        anchors.append(obj.i)
    head = table.head[trigger.i]
    if table.pos[trigger.i] == "NOUN" and head != trigger.i:
        if table.dep[trigger.i] == "pobj":
            head = table.head[head]
        anchors.append(head)
    out: list[tuple[int, int]] = []
    for a in anchors:
        for c in table.children[a]:
            if table.dep[c] == "prep" and table.tokens[c].lower_ in _LOCATIVE_PREPS:
                words = subtree(table, c)
                out.append((table.start[words[0]], table.end[words[-1]]))
    return out


def in_lead(article: Article, start: int) -> bool:
    """Whether a sentence is in the headline or the first paragraph, which the dateline places."""
    first = next((b for b in article.blocks if b.kind == "paragraph"), None)
    return any(b.kind == "title" and b.start <= start < b.end for b in article.blocks) or (
        first is not None and first.start <= start < first.end
    )
