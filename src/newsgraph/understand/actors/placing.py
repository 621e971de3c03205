"""Where an article places its story: the home country a group or office holder with no country of its own takes.

`home_country(article, doc, entities, index, dictionary, place_country)` counts the article's dateline, its place
and country names and its country adjectives, and returns the country they point to most (docs/actors.md,
"Defaults"), or None when the article does not place its story.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Article, Entity, Place
from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.keys import fold
from newsgraph.understand.actors.loyalty import loyal_to
from newsgraph.understand.actors.named import named_votes
from newsgraph.understand.actors.sides import stance
from newsgraph.understand.actors.sites import (
    ABROAD_IN_HEADLINES,
    acting,
    asked_for,
    elsewhere,
    foreign_trade,
    foreigner_taken,
    locative,
    modifier,
    venue,
)
from newsgraph.understand.docview import DocIndex

# A state's bodies that serve at home, and those that speak for it abroad (words of their names).
# Its opposition, lawmakers and authorities too: CAMEO's OPP and LEG are a state's own politics.
_DOMESTIC = frozenset({"police", "policemen", "court", "courts", "judiciary", "prosecutors", "interior", "parliament"}
                      | {"opposition", "lawmakers", "legislators", "authorities"}
                      # session 19 lead: those who take up arms against their own state fight at home
                      | {"rebels", "separatists", "insurgents", "guerrillas"})
_ABROAD_BODIES = frozenset({"foreign", "embassy", "consulate"})
# Roles that belong to no country: an IGO official is not a citizen of the article's home country.
STATELESS = frozenset({"IGO", "NGO", "IMG", "INT", "MNC", "UNO", "IRC", "AMN", "GRP", "PKO"})
# Words that set a group apart from the article's country ("foreign troops", "Western diplomats").
NOT_HOME = frozenset(
    {"foreign", "neighboring", "neighbouring", "other", "international", "western", "regional", "world", "overseas",
     "multinational"}
    # Peacekeepers serve in a country not their own, and so does one of them; an embassy is a foreign state's.
    | {"peacekeepers", "peacekeeper", "peacekeeping", "embassy", "embassies", "consulate"}
)
# Roles of a state's organs that act abroad as well as at home ("troops raided a camp in the Gaza Strip").
_STATE_ABROAD = frozenset({"GOV", "MIL", "SPY", "LEG", "JUD"})
# Groups that live outside the state they belong to: the place the story is in is not their country.
# One of them ("a foreigner", "an expatriate") lives abroad as the group does.
ABROAD = frozenset({"settlers", "expatriates", "expats", "foreigners", "immigrants", "emigres", "exiles"}
                   | {"expatriate", "expat", "foreigner", "immigrant", "emigre", "exile"})
# Titles of people a state sends to another: "the envoy" in a story from Damascus is not Syria's; nor are
# "Envoys" or "Ambassadors" who meet its king. A mediator comes from a third party to both sides. Diplomats a story
# names by no country are those posted where it is ("Tripoli-based diplomats said"), other states' envoys.
SENT_ABROAD = frozenset({"envoy", "ambassador", "counterpart", "emissary", "consul", "mediator", "diplomat"}
                        | {"envoys", "ambassadors", "counterparts", "emissaries", "consuls", "mediators", "diplomats"})
_PORTFOLIO = [["ministry"], ["minister"], ["ministers"], ["office"], ["affairs"], ["secretary"], ["policy"]]
# Plurals of states and their heads: "regional" before them means several states of the region.
_REGION_STATES = frozenset({"powers", "states", "countries", "nations", "governments", "leaders"})
# Adjectives of a region or civilisation, not a state: office holders they qualify come from several states.
_SUPRANATIONAL = frozenset({"arab", "african", "european", "asian", "latin", "gulf", "balkan", "nordic", "muslim"})
# Heads of a group of a body's own people: "officials of" a body are its staff, "critics of" it are not.
_MEMBERS = frozenset(
    {"officials", "members", "leaders", "staff", "staffers", "employees", "workers", "fighters", "troops", "soldiers",
     "forces", "delegates", "representatives", "spokesmen", "aides", "negotiators", "diplomats", "activists"}
)
# Acts of force and seizure a group does where it lives, and a crowd's street protests: their place places it.
_ASSEMBLY_VERBS = frozenset({"protest", "march", "rally", "demonstrate", "gather", "riot", "chant", "block"})
# Leaving a place under threat: who flees a town lived in it ("Families fled Falluja", "fled from Darfur").
_FLEEING = frozenset({"flee", "escape"})
_FORCE_VERBS = frozenset(
    {"kill", "kidnap", "abduct", "attack", "bomb", "shoot", "fire", "seize", "storm", "ambush", "behead", "execute"}
    | {"raid", "loot", "burn", "blow", "detonate", "clash", "fight", "capture", "hijack", "torch", "shell", "wound"}
    | {"murder", "assassinate", "massacre", "strike", "hit", "hold", "take", "overrun", "besiege", "occupy", "stab"}
)
# The places stage's feature of a country or continent: a name that may only modify ("U.S. troops").
_WHOLE = frozenset({"country", "continent"})


def _dateline_country(article: Article, d: ActorDictionary) -> str | None:
    if not article.dateline:
        return None
    head = article.dateline.split(",")[-1].strip()
    first = article.dateline.split(",")[0].strip()
    city = d.city(head) or d.city(first)
    found = d.country_of(head) or (city[0] if city else None)
    if found is None and d.dated is not None:
        # A town the dated dictionary knows as a place ("RANGOON", "SRINAGAR", "GROZNY"): a country code, no role.
        place = d.dated.code(first.title(), None)
        found = place.country if place is not None and place.role is None else None
    return found


def home_country(
    article: Article,
    doc: Doc,
    entities: Sequence[Entity],
    index: DocIndex,
    d: ActorDictionary,
    place_country: Callable[[Entity], str | None],
    placed: set[str] | None = None,
) -> str | None:
    """The article's own country: the one its dateline and its place and country names point to most.

    Each mention of a country or a place in it counts one, two where it is the place something happens ("in
    Baghdad"), an adjective ("Hungarian") one, the dateline two (a reporter's dateline is usually where the story's
    officials are, but a story filed from Moscow about Budapest is about Hungary); adjectives of one country two at
    most. A venue of talks counts one, however often named (parties from elsewhere meet there), and a dateline in
    the venue's country one; with no dateline, a country the headline names two. At least two votes are needed,
    unless the dateline alone has them. `place_country` gives the country of a name the dated dictionary knows
    as a place. `placed`, when given, gets the countries that place the story as a place does: the dateline, a town
    or region named, a country something happens in, and the state whose office holders act in it; not a country
    that is only an adjective, a modifier, or a state acting on others from outside (`residents.resident_home`)."""
    placed = placed if placed is not None else set()
    counts: defaultdict[str, float] = defaultdict(float)
    named: defaultdict[str, int] = defaultdict(int)  # votes of names that stand alone, for ties
    dateline = _dateline_country(article, d)
    venues: set[str] = set()
    if dateline:
        counts[dateline] = 0  # counted below, once the venues are known; first in the order of ties
    for e in entities:
        # A place the entity stage left without a country ("Chechnya") may be one the dated dictionary knows.
        country = (e.country if e.kind in ("country", "place") else None) or place_country(e)
        if country:
            for m in e.mentions:  # an adjective ("an Israeli air strike") votes in `_adjective_votes`
                if m.text[:1].isupper() and (fold(m.text) not in d.adjectivals or fold(m.text) in d.country_names):
                    # Where the story happens ("in Baghdad", "the city of Najaf") and a country that acts
                    # ("Pakistan will provide ...": the story's protagonist) weigh like a dateline.
                    span = doc.char_span(m.start, m.end, alignment_mode="expand")
                    if asked_for(span):
                        continue  # the country a kidnapper's demand is aimed at, from outside the story
                    named[country] += not modifier(span)
                    if venue(span) and country != dateline:
                        # Where parties from elsewhere meet ("talks with rebels in Oslo"): a country the story names,
                        # one vote however often, but not where it happens. A meeting in the dateline's own country
                        # ("told a news conference in Baghdad", filed from Baghdad) is the story's own place.
                        counts[country] += country not in venues
                        venues.add(country)
                        continue
                    strong = locative(span) or acting(e.kind, span) or headlined(article, span, dateline)
                    strong = strong or _domestic_owner(span)
                    counts[country] += 2 if strong else 1
                    if e.kind == "place" or locative(span) or _possessor(span) or _of_a_place(span):
                        placed.add(country)  # "in Baghdad", "Colombia's pipeline", "Rebels shell Burundi capital"
                    elif headlined(article, span, dateline) and _of_people(span, d):
                        placed.add(country)  # "Ivory Coast rebels say no": the headline's people are its
    holders = named_votes(entities, d, article, doc) if not dateline else {}
    placed.update([*holders, *([dateline] if dateline else [])])
    for iso3, n in [*_adjective_votes(index, d, venues, placed).items(), *holders.items()]:
        counts[iso3] += n
    return _winner(counts, named, dateline, venues)


def _winner(counts: defaultdict[str, float], named: dict[str, int], dateline: str | None, venues: set[str]) -> str | None:
    """The home country of `home_country`'s votes, once the dateline's are added; None when none has enough."""
    if dateline:
        # A dateline in the country of the talks it reports is the venue's (a reporter files from where the talks
        # are): it weighs one, though it still places a story nothing else places.
        counts[dateline] += 1 if dateline in venues else 2
    if counts:
        # A tie goes to the country the text itself names most (talks on Darfur filed from Abuja are Sudan's),
        # then to the first counted (the dateline): a country only adjectives and modifiers name ("Italian aid
        # workers", "U.S. troops" in a story from Baghdad) describes foreigners in the story, not its place.
        iso3 = max(counts, key=lambda k: (counts[k], named[k]))
        if counts[iso3] >= 2 or iso3 == dateline:
            return iso3
    return None


# A country's own press: "Pakistan's Dawn newspaper reported that the army ..." tells of its country's army.
_OWN_PRESS = frozenset({"newspaper", "daily", "television", "tv", "radio", "media", "press"})


def _stance(ent: Span) -> bool:
    """Whether a nationality only names a side taken ("pro-Russian", "anti-American": `sides.stance` of its first
    word) or a sponsor ("Rwandan-backed rebels": of its last)."""
    return stance(ent[0]) or stance(ent[-1])


def _domestic_owner(span: Span | None) -> bool:
    """Whether a country owns a body that serves at home ("Ukraine's parliament", "Pakistan's Supreme Court") or
    its own press ("France's Le Monde newspaper"): it places the story as "the Ukrainian parliament" does
    (`_adjective_votes`)."""
    if span is None or span.root.dep_ != "poss":
        return False
    head = span.root.head
    return any(t.lower_ in _DOMESTIC or t.lower_ in _OWN_PRESS for t in (head, *head.lefts))


_PLACE_HEADS = frozenset({"capital", "city", "town", "village", "province", "region", "district", "border", "coast"})
# Seas and other expanses whose name holds a people's adjective ("the Indian Ocean", "the Persian Gulf", "the Korean
# Peninsula"): the adjective is part of the name, no state's share of the place, so it places nothing.
_EXPANSES = frozenset({"ocean", "sea", "gulf", "bay", "strait", "straits", "channel", "peninsula"})


def _state_part(head: Token) -> bool:
    """Whether `head`, a name after a country adjective, is where something happens and no sea's name."""
    return head.pos_ == "PROPN" and head.lower_ not in _EXPANSES and locative(head.doc[head.i : head.i + 1])


def headlined(article: Article, span: Span | None, dateline: str | None) -> bool:
    """Whether a country's mention in the headline of a story with no `dateline` names what the story is about
    ("Uganda rebels kill villagers"): it weighs like a dateline. Not people abroad ("U.S. troops kill 10")."""
    title_end = next((b.end for b in article.blocks if b.kind == "title"), 0)
    if dateline or span is None or span.start_char >= title_end:
        return False
    owner = span.root
    while owner.dep_ in ("compound", "amod", "poss", "nmod") and owner.head.i != owner.i:
        owner = owner.head
    if owner.dep_ not in ("nsubj", "nsubjpass", "ROOT") and owner.lemma_.lower() not in _PLACE_HEADS:
        return False  # "Iraqis Plead With U.S.", "Iran Rejects EU Offer": a counterpart; "shell Burundi capital" a place
    head = span.root.head
    return not (modifier(span) and (head.lemma_.lower() in ABROAD_IN_HEADLINES or head.lower_ in ABROAD_IN_HEADLINES))


def _of_a_place(span: Span | None) -> bool:
    """Whether a country's name modifies a noun for a place in it ("Rebels shell Burundi capital")."""
    return span is not None and modifier(span) and span.root.head.lemma_.lower() in _PLACE_HEADS


def _of_people(span: Span | None, d: ActorDictionary) -> bool:
    """Whether a country's name modifies a noun for a group of people ("Ivory Coast rebels"), not an act or a thing
    ("U.S. strike hit wedding")."""
    return span is not None and modifier(span) and (span.root.head.lower_,) in d.descriptors


def _possessor(span: Span | None) -> bool:
    """Whether a country's name owns what follows it ("Colombia's Cano Limon pipeline", "Iraq's north")."""
    return span is not None and span.root.dep_ == "poss"


def _adjective_votes(index: DocIndex, d: ActorDictionary, venues: set[str], placed: set[str]) -> dict[str, int]:
    """The votes of the article's country adjectives: one each ("Chinese engineers": the people an adjective
    describes are the story's), two at most for one country (no more than a dateline: the people a story keeps
    calling "Jordanian" or "Chinese", a driver, workers, their embassy, are often foreigners in it, and the
    kidnappers of a Jordanian in Baghdad are Iraq's); but two for a state's domestic body ("Pakistani police", "the
    Belarusian Interior Ministry": a state's police, courts and interior ministry serve at home), and none from a
    foreign ministry or embassy, which speaks for its citizens abroad. The country of a venue's adjective goes to
    `venues` instead; that of an adjective on a place noun ("the Peruvian town of Ilave") to `placed` as well."""
    adjectives: defaultdict[str, int] = defaultdict(int)
    domestic: set[str] = set()
    for ent in index.ents:
        if ent.label_ == "NORP" and ent.ent_id_.startswith("norp:"):
            iso3 = ent.ent_id_[5:]
            if _stance(ent):
                continue  # "pro-Russian rebels": a side taken, not a home
            head = ent.root.head
            phrase = [*(t.lower_ for t in head.lefts), head.lower_] if ent.root.dep_ in ("amod", "compound") else []
            if venue(head.doc[head.i : head.i + 1]):
                venues.add(iso3)  # "talks in the Kenyan town of Naivasha": the country hosts the talks
                continue
            if any(w in _ABROAD_BODIES for w in phrase):
                continue  # "the Jordanian embassy", "Syrian Foreign Minister X": they speak for their state abroad
            if phrase and foreigner_taken(head):
                continue  # "militants holding a Turkish truck driver": he is abroad, not the story's country
            adjectives[iso3] += 1
            if ent.root.dep_ in ("amod", "compound") and head.lemma_.lower() in _PLACE_HEADS:
                placed.add(iso3)
            elif ent.root.dep_ in ("amod", "compound") and _state_part(head):
                domestic.add(iso3)  # "in Indian Kashmir": the state's part of a place, where the story happens
                placed.add(iso3)
        elif ent.label_ == "ORG":  # "Chile's Supreme Court" votes too; "the Hungarian Foreign Ministry" does not
            phrase = [t.lower_ for t in ent]
            if any(w in _ABROAD_BODIES for w in phrase):
                continue
            found = [x for t in ent if (x := d.adjectivals.get(t.lower_) or d.country_names.get(t.lower_))]
            for iso3 in found:
                adjectives[iso3] += 1
            iso3 = found[0] if found else ""
        else:
            continue
        if iso3 and any(w in _DOMESTIC for w in phrase):
            domestic.add(iso3)
            placed.add(iso3)  # "Pakistani police arrested ...": a state's police serve at home
    return {iso3: 2 if iso3 in domestic else min(n, 2) for iso3, n in adjectives.items()}


def with_place_countries(
    entities: Sequence[Entity], places: Sequence[Place], d: ActorDictionary | None = None, doc: Doc | None = None
) -> tuple[Entity, ...]:
    """The entities, each place the actor dictionary left without a country ("the town of Bouake") given the country
    the places stage geocoded its mentions to, when they all agree: a town that is attacked or seized is an actor of
    its country (events_guidelines.md codes a place acted on by its country, as it does "Falluja").

    Then, when the actor stage found no home country (no dateline, and no place the actor dictionary knows) but
    every town and province the places stage found lies in one country ("Reuters - Insurgents in Najaf ..."), the
    groups and nameless office holders left without one take it, as they take a home country (docs/actors.md,
    "Defaults"). `d` tells a capitalised role noun opening a sentence ("Insurgents in Najaf") from a name; `doc`,
    the parsed article, tells a venue of talks from a town the story happens in."""
    placed = _placed(entities, places)
    # A venue of talks abroad ("talks in Oslo") is no town the story happens in, nor a capital a kidnapper's
    # condition is aimed at ("unless Warsaw pulls out").
    setting = _setting([p for p in places if doc is None or not elsewhere(doc.char_span(p.start, p.end, "expand"))])
    if setting is None:
        return placed
    # Where the actor stage had a home, every such group has it already: only those it could not place change.
    return tuple(dataclasses.replace(e, country=setting) if not e.country and _takes_home(e, d) else e for e in placed)


def members(head: str) -> bool:
    """Whether a group's head noun names a body's own people ("officials", "fighters" of it)."""
    return head in _MEMBERS


def set_apart(words: Sequence[str], role: str | None) -> bool:
    """Whether a group's own words (folded) set it apart from the article's country ("neighbouring governments",
    "foreign troops", "Western diplomats"), or make office holders of a region rather than a state ("Arab and
    Muslim leaders", "European ministers"): the home country is not theirs."""
    # "foreign troops" are someone else's; the foreign ministry is the state's own
    words = [w for n, w in enumerate(words) if not (w == "foreign" and words[n + 1 : n + 2] in _PORTFOLIO)]
    return any(w in NOT_HOME and own_region(w, words) for w in words) or (
        role == "GOV" and any(w in _SUPRANATIONAL for w in words)
    )


def own_region(word: str, words: Sequence[str]) -> bool:
    """Whether `word` of a group's name sets it apart from the story's country: "regional" does so for states
    ("regional powers"), not for one body nor a state's own people ("regional warlords", "regional officials")."""
    return word != "regional" or words[-1] in _REGION_STATES


def _setting(places: Sequence[Place]) -> str | None:
    """The one country of the article's towns and provinces, if they name one only."""
    found = {p.country for p in places if p.feature not in _WHOLE}
    return found.pop() if len(found) == 1 else None


def _takes_home(e: Entity, d: ActorDictionary | None) -> bool:
    """A group or nameless office holder the text gives a role but no country of its own words, which takes the
    story's home: not a stateless body, not one set apart as foreign or living abroad, not a named person."""
    words = e.name.casefold().split()
    return (
        e.kind in ("organisation", "person")
        and bool(words)
        and (e.name.split()[-1].islower() or (d is not None and len(words) == 1 and (fold(e.name),) in d.descriptors))
        and bool(e.role)
        and e.role not in STATELESS
        and not set_apart(words, e.role)
        and not any(w in ABROAD for w in words)
        and words[-1] not in SENT_ABROAD
    )


def _placed(entities: Sequence[Entity], places: Sequence[Place]) -> tuple[Entity, ...]:
    at = {p.start: p.country for p in places if p.country}
    # A country the article names otherwise confirms the geocoder's reading of an ambiguous town name.
    named = {e.country for e in entities if e.country and e.kind != "place"}
    out = []
    for e in entities:
        if e.kind == "place" and not e.country:
            found = {at[m.start] for m in e.mentions if m.start in at}
            if len(found) == 1 and found <= named:
                e = dataclasses.replace(e, country=found.pop())
        out.append(e)
    return tuple(out)


def placed_in(
    span: Span,
    entity_at: Callable[[int], Entity | None],
    country_of: Callable[[Entity], str | None],
    role: str | None = None,
    name: str = "",
    abroad: bool = False,
) -> str | None:
    """The country of the place a group's own phrase puts it in: "rebels in Darfur", "insurgents from Najaf",
    or of the place or country its "of" phrase names ("residents of Najaf", "the victims of Russia's school
    siege": a group defined by where or what it belongs to); else, for a group of `role` that acts where it lives,
    of the place its own act happens in ("Gunmen kidnapped two drivers in Baghdad"), but never of a venue of talks,
    nor for a group its `name` sets apart as foreign ("Foreign fighters", though a headline calls them "Fighters");
    only the act of a mention that is the group's whole name counts.
    `entity_at` maps a token's character offset to the entity named there; `country_of` gives an entity's country.
    A group from `abroad` ("peacekeepers", "foreign troops") is of no place it serves in, only of the one it comes
    from ("Peacekeepers from Bangladesh"); not as a verb's object, whose "from" is often where it leaves
    ("withdrew its peacekeepers from Liberia")."""
    if abroad:
        return None if span.root.dep_ == "dobj" else _own_place(span, entity_at, country_of, ("from",))
    own = (
        pronoun_owner(span, entity_at, country_of)
        or loyal_to(span, entity_at, country_of)
        or _own_place(span, entity_at, country_of)
        or _state_partner(span, entity_at, country_of, role)
    )
    if own is None and role is not None and role not in _STATE_ABROAD:
        return _act_place(span, entity_at, country_of, name or span.text, role)
    return own


_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
_OWNERS = frozenset({"country", "organisation", "media", "place"})
# Acts a state does to another's people, not its own ("expelled its ambassador", "detained its citizens"): the
# pronoun there points past the verb's subject, to the actor of the clause above.
_AGAINST_OWN = frozenset(
    {"expel", "detain", "arrest", "kill", "attack", "seize", "capture", "kidnap", "abduct", "shoot", "deport"}
    | {"jail", "imprison", "execute", "sentence", "charge", "accuse", "condemn", "criticize", "criticise", "raid"}
    | {"bomb", "threaten", "harass", "beat", "torture", "hold", "hang", "behead", "convict", "punish", "sanction"}
)
# Nouns whose possessor is the state or body they belong to. Not a relation to another party: "their captors",
# "its attackers", "their hostages" are of the other side. Nor a mission abroad: "closed its embassy in Yemen"
# reduces relations with Yemen, and the event coder reads the host from the embassy's place.
_BELONGING = _MEMBERS | {
    "citizens", "nationals", "ambassador", "envoy", "militiamen", "militia",
    "supporters", "police", "army", "navy", "spokesman", "spokeswoman", "peacekeepers", "government", "ministry",
    "leader", "leaders", "founder", "chief",
    # a side's arms are its forces ("the U.S. military said its warplanes had struck"): owned, never the other side's
    "warplanes", "jets", "helicopters", "gunships", "tanks", "warships", "aircraft", "planes", "bombers", "drones",
}


def pronoun_owner(
    span: Span, entity_at: Callable[[int], Entity | None], country_of: Callable[[Entity], str | None]
) -> str | None:
    """The country of the actor a possessive pronoun in the phrase points back to: the subject of the clause the
    phrase stands in, or of a clause above it ("Poland will cut the number of its soldiers in Iraq", "Japan said
    its troops would stay", "India told its citizens in Iraq to leave"); the object of a verb that asks its object to
    act ("urged Pakistan to pull back its troops"). The owner outranks a place the phrase names: its soldiers in
    Iraq are Poland's. Only for nouns of belonging: "their captors" are not of the captives' country. None when
    no pronoun owns the phrase, or the clause's actor has no country."""
    doc = span.doc
    pronoun = next((t.lower_ for t in span.root.children if t.dep_ == "poss" and t.lower_ in _OWNER_PRONOUNS), None)
    if pronoun is None and span.start > 0 and doc[span.start - 1].lower_ in _OWNER_PRONOUNS:
        pronoun = doc[span.start - 1].lower_
    if pronoun is None or span.root.lower_ not in _BELONGING:
        return None
    prev, node = span.root, span.root.head
    while node.i != prev.i:
        # "Britain had expelled its ambassador": a state acts so on another's people, not its own; read on up.
        if node.pos_ in ("VERB", "AUX") and node.lemma_ not in _AGAINST_OWN:
            deps = ("dobj", "nsubj", "nsubjpass") if prev.dep_ == "xcomp" else ("nsubj", "nsubjpass")
            for dep in deps:
                actor = next((c for c in node.children if c.dep_ == dep and not span.start <= c.i < span.end), None)
                # An entity is keyed by where its mention starts: "South Korea's government" at "South".
                other = next(filter(None, (entity_at(t.idx) for t in actor.subtree)), None) if actor else None
                # "its" is a state's, a body's or a capital's ("Washington told its citizens"), never a group's of
                # many ("students"); a state with a plural name ("the Philippines") is one.
                plural = actor is not None and actor.tag_ in ("NNS", "NNPS")
                # "the families of hostages held in Mali": an actor whose own phrase names a place may have that
                # place's country, not its own.
                placed = actor is not None and any(c.dep_ == "prep" for c in actor.children)
                # "his government", "their army": a person's or a people's own state ("a Japanese hostage pleaded
                # with his government"); "its" is never a person's.
                kinds = {"its": _OWNERS, "their": _OWNERS | {"person"}}.get(pronoun, {"person"})
                if pronoun in ("his", "her") and actor is not None and actor.tag_ == "NN":
                    kinds = kinds | {"organisation"}  # "a Filipino truck driver begged his government": one of a kind
                if other is not None and other.kind in kinds and not placed and not (
                    pronoun == "its" and plural and other.kind != "country"
                ):
                    return country_of(other)
                if actor is not None and dep != "dobj":
                    return None  # the clause's actor is no state or body: the pronoun is not read further up
        prev, node = node, node.head
    return None


# Roles of a state's armed or political opponents and of its own organs, and the heads of each side of a pair.
_OPPONENTS = frozenset({"REB", "OPP", "INS", "SEP"})
_ORGANS = frozenset({"GOV", "MIL"})
# Only a state's political organs: its troops or forces may be a foreign state's ("Clashes between U.S.
# troops and Shi'ite militiamen").
_STATE_SIDES = frozenset({"government", "regime", "authorities", "junta"})
_OPPONENT_SIDES = frozenset(
    {"rebels", "insurgents", "separatists", "guerrillas", "militants", "opposition", "militias", "rebel"}
)


def _state_partner(
    span: Span,
    entity_at: Callable[[int], Entity | None],
    country_of: Callable[[Entity], str | None],
    role: str | None,
) -> str | None:
    """The country of the other side of a state and its opponents paired by "and": "Sudan's government and
    southern rebels signed a deal in Nairobi" (the rebels are Sudan's, not the venue's); "The government and
    Darfur rebels met in Abuja" (the government is Sudan's). None for any other pair, or when the other side
    names no country."""
    root = span.root
    if role in _OPPONENTS:
        wanted = _STATE_SIDES
    elif role in _ORGANS and root.lower_ in _STATE_SIDES:
        wanted = _OPPONENT_SIDES
    else:
        return None
    if root.dep_ == "conj":
        partner = root.head
    else:
        # The parser often glues the pair into one phrase: "[Sudan's government and southern] rebels".
        glued = [c for c in root.lefts if any(g.lower_ == "and" for g in c.children)]
        partner = glued[0] if glued else root.head
    # "Sudanese government negotiators and southern rebels": a government's people stand for its side.
    side = partner.lower_ in wanted or any(c.dep_ == "compound" and c.lower_ in wanted for c in partner.children)
    if not side or partner.i == root.i:
        return None
    pair = sorted({*partner.subtree, *root.subtree}, key=lambda t: t.i)
    conj = next((t for t in pair if t.lower_ == "and"), None)
    if conj is None:
        return None
    for tok in (t for t in pair if (t.i < conj.i) != (span.start < conj.i)):  # the other side's words
        other = entity_at(tok.idx)
        if other is not None and other.kind in ("country", "organisation", "place") and (found := country_of(other)):
            return found
    return None


def _act_place(
    span: Span,
    entity_at: Callable[[int], Entity | None],
    country_of: Callable[[Entity], str | None],
    name: str,
    role: str,
) -> str | None:
    """The country of the place where the group's own act of force or of protest happens: "in"/"near" of the verb it
    is the subject of ("Gunmen kidnapped two drivers in Baghdad", "protesters marched in Amman"). Not a statement,
    which a group makes abroad, nor an opposition's meeting or rally; not for a group set apart as foreign or
    living abroad, nor for envoys."""
    root = span.root
    words = fold(name).split()
    if fold(span.text) != fold(name):
        return None  # a shorter mention ("Journalists" in a headline) may leave out the group's own country word
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "nsubj":
        root = root.head.head  # "Thousands of protesters marched ...": the count is the subject
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        root = root.head  # "a rocket fired by militants from Gaza": the agent of the participle does the act
    if root.dep_ not in ("nsubj", "agent") or root.head.pos_ != "VERB" or set_apart(words, None):
        return None
    if any(w in ABROAD for w in words) or words[-1] in SENT_ABROAD:
        return None
    # The verb the group is the subject of, and those joined to it ("Families loaded cars and fled Falluja").
    for verb in [root.head, *(c for c in root.head.children if c.dep_ == "conj" and c.pos_ == "VERB")]:
        # "Families fled Falluja": the town they lived in; not tourists or reporters, who flee where they visit.
        fled = verb.lemma_ in _FLEEING and root.dep_ == "nsubj" and not foreign_trade(words)
        force = verb.lemma_ in _FORCE_VERBS
        if not force and not fled and (role == "OPP" or verb.lemma_ not in _ASSEMBLY_VERBS):
            # "Rebels told reporters in Nairobi" said it abroad; "opposition leaders gathered in Johannesburg" are
            # politicians abroad; but "protesters marched in Amman" are people of the place they march in.
            continue
        # A force's act comes "from" where it is ("rockets fired from the Gaza Strip"); people flee what they leave.
        preps = ("in", "near", "inside", "from") if force or fled else ("in", "near", "inside")
        objects = [c for c in verb.children if fled and c.dep_ == "dobj"]
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children]
        for obj in objects:
            other = _named_at(obj, entity_at) if obj.dep_ in ("pobj", "dobj") else None
            if other is not None and other.kind in ("country", "place"):
                return country_of(other)
    return None


def _named_at(obj: Token, entity_at: Callable[[int], Entity | None]) -> Entity | None:
    """The entity a preposition's or verb's object names, from its first word ("the Gaza Strip": at "Gaza"); none
    for a venue of talks."""
    if venue(obj.doc[obj.i : obj.i + 1]):
        return None
    return entity_at(obj.idx) or next(filter(None, (entity_at(c.idx) for c in obj.lefts if c.dep_ == "compound")), None)


def _own_place(
    span: Span,
    entity_at: Callable[[int], Entity | None],
    country_of: Callable[[Entity], str | None],
    preps: tuple[str, ...] = ("in", "from", "near", "of"),
) -> str | None:
    """The country of the place or body a group's own phrase names ("rebels in Darfur", "residents of Najaf")."""
    for prep in span.root.children:
        if prep.lower_ not in preps:
            continue
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "near"):
            # "near" a town places a group there; "near India" puts it outside India.
            kinds: tuple[str, ...] = ("place",) if prep.lower_ == "near" else ("country", "place", "organisation")
            for obj in prep.children:
                other = _named_at(obj, entity_at) if obj.dep_ == "pobj" else None
                if other is None and obj.dep_ == "pobj" and prep.lower_ == "in":
                    # "rebels in Prime Minister Sharon's Likud party": the body the common noun's own name gives
                    other = next(filter(None, (entity_at(c.idx) for c in obj.children if c.dep_ == "compound")), None)
                if other is not None and other.kind in kinds:
                    found = country_of(other)
                    if found:
                        return found
        elif prep.dep_ == "prep" and prep.lower_ == "of":
            # Members or staff of a body ("officials of a Dutch relief group") are that body's people.
            kinds = ("country", "place", "organisation") if members(span.root.lower_) else ("country", "place")
            for tok in prep.subtree:
                other = entity_at(tok.idx)
                if other is not None and other.kind in kinds:
                    found = country_of(other)
                    if found:
                        return found
    return None
