"""Turn the tokens that fill an event's source or target slot into actors.

The entity and actor stages run before events and own actor coding: when an entity mention
covers a participant, its entity (name, code) is the actor. This module adds what the event
coder needs on top of that:

- phrase heads: from a slot's head token to the words that name the actor ("Hungarian
  officials", "the FBI Agents Association"), through relative pronouns and appositions;
- coordination: "Belarus and Iran" is two actors;
- plural references: "their presidents", "the two countries" point back to the last pair of
  actors the article named together, because wire copy refers to a dyad that way constantly;
- a fallback coder for participants no entity covers, or whose entity carries no code:
  country names, capitals (metonyms for governments), demonyms ("Hungarian officials" ->
  HUNGOV), international organisations, role words, the actor dictionary, and names the
  article itself introduced with a nationality ("Iranian President Masoud Pezeshkian" makes a
  later "Pezeshkian" IRNGOV).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.model import ActorRef, Entity
from newsgraph.roles import CAMEO_ROLES
from newsgraph.understand.actors.sites import venue
from newsgraph.understand.docview import EntityLookup
from newsgraph.understand.events.clauses import called, led_by
from newsgraph.understand.events.codebook import Codebook
from newsgraph.understand.events.coordination import expand as expand
from newsgraph.understand.events.coordination import first_of_two, from_each
from newsgraph.understand.events.heads import (
    conflict_country,
    home_office_holder,
    leader_of,
    set_apart,
    suicide_bomber,
    title_role,
    titled_name,
)
from newsgraph.understand.events.match import TokenTable, conjuncts, read_tokens
from newsgraph.understand.events.pronouns import (
    VICTIM_OF,
    object_antecedents,
    of_objects,
    previous_subject,
    reporting_subject,
)

_REL_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
_QUANTITIES = frozenset({
    "hundred", "thousand", "dozen", "score", "million", "some", "many", "most", "all", "group", "number",
    "members", "member", "tens", "one", "two", "three", "several", "handful", "majority", "part", "third",
    "half"
})  # fmt: skip
# What carries people: an attack on "a convoy of aid workers" is on them.
_CARRIERS = frozenset({"convoy", "motorcade", "busload", "truckload", "boatload", "carload"})
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "flat"})
# Phrases longer than this are clauses, not names; stop collecting words there.
_MAX_NAME_TOKENS = 8


@dataclass
class ActorContext:
    """Per-article state for resolving actors: built once per article by the event stage."""

    doc: Doc
    lookup: EntityLookup
    codebook: Codebook
    dictionary: object | None = None  # the actor dictionary (None: role words and countries only)
    names: dict[str, str] = field(default_factory=dict)  # surname / full name -> code, from this article
    groups: list[tuple[int, tuple[ActorRef, ...]]] = field(default_factory=list)  # (char offset, dyad)
    home: str = ""  # the article's main country, for untitled-by-nationality office holders
    home_from_dateline: bool = False  # the dateline, not the text's words, placed the story
    text: str = ""  # the article's text, whose offsets are the Doc's (spaCy rebuilds Doc.text on each access)
    table: TokenTable = field(init=False)
    # The same words and slots come up again and again in one article: look each up once.
    word_codes: dict[str, str] = field(default_factory=dict, init=False)
    token_codes: dict[int, str] = field(default_factory=dict, init=False)
    dict_codes: dict[tuple[str, bool], str] = field(default_factory=dict, init=False)
    resolved: dict[tuple[int, int], tuple[ActorRef, ...]] = field(default_factory=dict, init=False)
    phrases: dict[int, tuple[Token, ...]] = field(default_factory=dict, init=False)
    phrase_countries: dict[int, str] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.doc.text
        self.table = read_tokens(self.doc)

    def word_code(self, text: str) -> str:
        code = self.word_codes.get(text)
        if code is None:
            code = self.word_codes[text] = _word_code(self.codebook, text, self.dictionary)
        return code

    def token_code(self, tok: Token) -> str:
        """word_code of one word."""
        code = self.token_codes.get(tok.i)
        if code is None:
            code = self.token_codes[tok.i] = self.word_code(tok.text)
        return code

    def dict_code(self, text: str, entries_only: bool = False) -> str:
        key = (text, entries_only)
        code = self.dict_codes.get(key)
        if code is None:
            code = self.dict_codes[key] = _dict_code(self.dictionary, text, entries_only)
        return code

    def remember_group(self, offset: int, actors: Sequence[ActorRef]) -> None:
        coded = tuple(a for a in actors if a.code)
        if len(coded) >= 2:
            self.groups.append((offset, coded))

    def group_before(self, offset: int) -> tuple[ActorRef, ...]:
        for start, actors in reversed(self.groups):
            if start <= offset:
                return actors
        return ()


def _dict_code(dictionary: object | None, text: str, entries_only: bool = False) -> str:
    """The actor dictionary's code for a name: an actor entry, else a country."""
    if dictionary is None or not text:
        return ""
    find = getattr(dictionary, "find", None)
    if callable(find):
        entry = find(text)
        if entry is not None and (getattr(entry, "country", None) or getattr(entry, "role", None)):
            fields = (getattr(entry, k, None) or "" for k in ("country", "role", "group"))  # group: IGOUNO
            return "".join(fields)
    country_of = getattr(dictionary, "country_of", None)
    if callable(country_of) and not entries_only:
        iso3 = country_of(text)
        if isinstance(iso3, str):
            return iso3
    return ""


def _word_code(book: Codebook, text: str, dictionary: object | None = None) -> str:
    """Country / IGO code of a country name, capital, demonym or organisation word."""
    if not text:
        return ""
    key = text if text.isupper() or "." in text else text.lower()
    code = book.actor_words.get(key, "") or book.actor_words.get(text.lower(), "")
    if code or dictionary is None:
        return code
    country_of = getattr(dictionary, "country_of", None)
    iso3 = country_of(text) if callable(country_of) else None
    city = getattr(dictionary, "city", None)
    if iso3 is None and " " in text and callable(city) and (found := city(text)):
        iso3 = found[0]  # "the Niger Delta" is Nigeria's: the longer name, before "Niger" alone
    return iso3 if isinstance(iso3, str) else ""


def name_tokens(ctx: ActorContext, head: Token) -> tuple[Token, ...]:
    """The words naming the actor whose syntactic head is `head`: its left modifiers and itself."""
    found = ctx.phrases.get(head.i)
    if found is not None:
        return found
    dep, children = ctx.table.dep, ctx.table.children
    h = head.i
    picked = [h]
    stack = [c for c in children[h] if c < h and dep[c] in _NAME_DEPS]
    while stack and len(picked) < _MAX_NAME_TOKENS:
        t = stack.pop()
        picked.append(t)
        stack.extend(c for c in children[t] if c < t and dep[c] in _NAME_DEPS)
    found = ctx.phrases[h] = tuple(ctx.table.tokens[i] for i in sorted(picked))
    return found


def country_in(ctx: ActorContext, tokens: Sequence[Token]) -> str:
    """The first country / IGO code among the words, trying longer word runs first."""
    n = len(tokens)
    index = [t.i for t in tokens]
    starts, ends = ctx.table.start, ctx.table.end
    for size in range(min(4, n), 0, -1):
        for i in range(n - size + 1):
            last = i + size - 1
            if index[last] - index[i] != size - 1:
                continue  # not adjacent words (the words are distinct and in text order)
            if size == 1:
                code = ctx.token_code(tokens[i])
            else:
                code = ctx.word_code(ctx.text[starts[index[i]] : ends[index[last]]])
            if code:
                return code
    return ""


def phrase_country(ctx: ActorContext, head: Token) -> str:
    """country_in over the words naming `head`; asked of the same heads again and again."""
    found = ctx.phrase_countries.get(head.i)
    if found is None:
        found = ctx.phrase_countries[head.i] = country_in(ctx, name_tokens(ctx, head))
    return found


def role_in(ctx: ActorContext, tokens: Iterable[Token]) -> str:
    roles, lemma = ctx.codebook.actor_roles, ctx.table.lemma
    for tok in sorted(tokens, key=lambda t: -t.i):  # the head (rightmost) word decides first
        role = roles.get(lemma[tok.i]) or roles.get(tok.lower_)
        if role:
            return role
    return ""


def phrase_head(table: TokenTable, tok: Token) -> Token:
    """Follow relative pronouns to their noun ("the association, which criticized ...")."""
    head = table.head[tok.i]
    if tok.lower_ in _REL_PRONOUNS and table.dep[head] == "relcl":
        return table.tokens[table.head[head]]
    return tok


def resolve(ctx: ActorContext, tok: Token) -> list[ActorRef]:
    """The actors a slot's head token stands for (empty when it names none)."""
    # One subject serves several verbs; plural references read the groups remembered so far (a new one: new answer).
    key = (tok.i, len(ctx.groups))
    found = ctx.resolved.get(key)
    if found is None:
        found = tuple(_resolve(ctx, tok))
        head = phrase_head(ctx.table, tok)
        leader = called(ctx.table, head.i) or (None if _named_body(ctx, head) else led_by(ctx.table, head.i))
        if leader is not None:
            # "A delegation led by Iran's deputy foreign minister" acts for its leader; a body its own
            # words name ("a UN panel led by a former banker", "an army team") stays the body's. "A group
            # calling itself X" is X, coded or not.
            found = tuple(_resolve(ctx, leader)) or found
        ctx.resolved[key] = found
    return list(found)


def _named_body(ctx: ActorContext, head: Token) -> bool:
    """Whether the words before a body's noun name whose it is: a country, an IGO or a role."""
    words = [w for w in name_tokens(ctx, head) if w.i != head.i]
    return bool(phrase_country(ctx, head)) or bool(role_in(ctx, words))


def _resolve(ctx: ActorContext, tok: Token) -> list[ActorRef]:
    table = ctx.table
    tok = phrase_head(table, tok)
    out: list[ActorRef] = []
    first_country = ""
    for n, head in enumerate(expand(table, tok)):
        if n and first_country and not _names_country(ctx, head):
            # "Israeli helicopters and tanks": the nationality before the first conjunct covers both.
            role = role_in(ctx, [head])
            if role:
                out.append(ActorRef(head.text, first_country + role, start=table.start[head.i], end=table.end[head.i]))
                continue
        split = _both_sides(ctx, head) or _split_modifiers(ctx, head) or from_each(ctx, head)
        if split:
            out.extend(split)
            continue
        ref = _resolve_one(ctx, head)
        if ref is None:
            continue
        if isinstance(ref, tuple):
            out.extend(ref)
        else:
            out.append(ref)
        if n == 0 and out and _names_country(ctx, head):
            first_country = out[0].country
    return out


def _names_country(ctx: ActorContext, head: Token) -> bool:
    """Whether the phrase itself names a nationality (a country word or a coded entity)."""
    ent = ctx.lookup.covering(ctx.table.start[head.i], ctx.table.end[head.i])
    if ent is not None and ent.country:
        return True
    return bool(phrase_country(ctx, head))


def _both_sides(ctx: ActorContext, head: Token) -> list[ActorRef]:
    """ "The government and communist rebels": the role noun the parser hung on the head is an actor of its own."""
    first = first_of_two(ctx.table, head, ctx.codebook.actor_roles)
    if first is None:
        return []
    sides = [_resolve_one(ctx, side) for side in (first, head)]
    refs = [a for ref in sides for a in ((ref,) if isinstance(ref, ActorRef) else ref or ())]
    # "Sudanese government and rebel negotiators", read as one side: the second is its role word's negotiators.
    second = [ctx.codebook.actor_roles.get(ctx.table.lemma[c], "") for c in conjuncts(ctx.table, first.i) if c < head.i]
    if len(refs) == 2 and second and second[0] and refs[1].country and refs[1].code == refs[0].code:
        refs[1] = ActorRef(name=refs[1].name, code=refs[1].country + second[0], start=refs[1].start, end=refs[1].end)
    if len({r.code for r in refs}) < 2 or len({r.country for r in refs if r.country}) > 1:
        # "State and local officials" are one side; "Senate and House negotiators" one country's, which
        # the first word alone cannot give: read the phrase as one actor.
        return []
    return refs


def _split_modifiers(ctx: ActorContext, head: Token) -> list[ActorRef]:
    """ "Hungarian and Romanian officials" names two actors: HUNGOV and ROUGOV."""
    table = ctx.table
    h = head.i
    for mod in table.children[h]:
        if mod > h:
            break
        if table.dep[mod] not in ("amod", "compound", "nmod"):
            continue
        conj = conjuncts(table, mod)
        if not conj:
            continue
        parts = [table.tokens[p] for p in (mod, *conj)]
        codes = [ctx.token_code(p) or _led_by(ctx, p) for p in parts]
        if not all(codes):
            return []
        role = role_in(ctx, [head])
        return [
            ActorRef(
                name=f"{p.text} {head.text}",
                code=c if c.startswith("IGO") else c + role,
                start=table.start[p.i],
                end=table.end[h],
            )
            for p, c in zip(parts, codes, strict=True)
        ]
    return []


def _led_by(ctx: ActorContext, word: Token) -> str:
    """ "U.S.-led troops": a force led by a country is coded by it, as the actor stage codes the phrase."""
    text = word.text
    return ctx.word_code(text[: -len("-led")]) if text.lower().endswith("-led") else ""


_PLURAL_HEADS = frozenset(
    {"country", "nation", "side", "leader", "president", "government", "neighbour", "neighbor", "ally"}
)


def _plural_reference(ctx: ActorContext, head: Token, words: Sequence[Token]) -> tuple[ActorRef, ...] | None:
    table = ctx.table
    lemma = table.lemma[head.i]
    plural_noun = table.tag[head.i] in ("NNS", "NNPS")
    if not plural_noun and lemma not in _PLURAL_HEADS:
        return None  # neither reading below can hold: skip reading the words
    lowered = {w.lower_ for w in words} | {table.tokens[c].lower_ for c in table.children[head.i]}  # "both" is a det
    is_plural_ref = ("their" in lowered and plural_noun) or (
        lowered & {"two", "both"} and lemma in _PLURAL_HEADS
    )
    if not is_plural_ref:
        return None
    start, end = table.start[head.i], table.end[head.i]
    group = ctx.group_before(start)
    if len(group) < 2 and lemma in {"country", "nation", "side"} and lowered & {"two", "both"}:
        # "urged both sides to ...": sides the text has not named are no actor, nor the story's government; "both
        # sides in Somalia's peace talks" are that country's.
        country = conflict_country(table, head.i, ctx.token_code)
        return (ActorRef(name=ctx.text[start:end], code=country, start=start, end=end),) if country else ()
    if not group:
        return None
    role = role_in(ctx, [head])
    if role and lemma not in {"country", "nation", "side"}:
        return tuple(
            ActorRef(
                name=a.name,
                code=_in_role(a, role),
                entity_id=a.entity_id,
                start=start,
                end=end,
            )
            for a in group
        )
    return tuple(
        ActorRef(name=a.name, code=a.code, entity_id=a.entity_id, start=start, end=end) for a in group
    )


def _resolve_one(ctx: ActorContext, head: Token) -> ActorRef | tuple[ActorRef, ...] | None:
    table, h = ctx.table, head.i
    tokens, dep, children, lemma, pos = table.tokens, table.dep, table.children, table.lemma[h], table.pos[h]
    if lemma in _QUANTITIES or lemma in _CARRIERS or pos == "NUM":
        # "Thousands of Nigerians", "hundreds of supporters": the actor is what is counted.
        counted = next(iter(of_objects(table, h)), None)
        if counted is not None:
            return _resolve_one(ctx, counted)
    people = _carried(ctx, h)
    if people is not None:
        return people
    words = name_tokens(ctx, head)
    start, end = table.start[words[0].i], table.end[words[-1].i]
    text = ctx.text[start:end]
    plural = _plural_reference(ctx, head, words)
    if plural is not None:
        return plural
    entity: Entity | None = ctx.lookup.covering(table.start[h], table.end[h]) or titled_name(table, ctx.lookup, h)
    head_role = title_role(table, ctx.codebook.actor_roles, h) or ("REB" if suicide_bomber(table, h) else "")
    if set_apart(table, h) and not country_in(ctx, words):
        # "a foreign engineer", "foreign oil workers": the text says they are not of the article's
        # country and names no other, so no country is known (never the dateline's); an actor
        # still, if the words name one without the adjective; a state's organ ("neighbouring governments",
        # "foreign troops") by its role alone, as the guidelines code such an actor.
        role = (entity.role if entity is not None else None) or head_role
        code = role if role in ("GOV", "MIL", "COP", "JUD", "LEG") else ""
        return ActorRef(name=text, code=code, start=start, end=end) if entity is not None or head_role else None
    if entity is not None and entity.group and not entity.country:  # an organisation's own tag: IGOUNO
        return ActorRef(name=entity.name, code=entity.code, entity_id=entity.id, start=start, end=end)
    if entity is not None and len(both := _members_of(ctx, head, words)) > 1:
        return both  # "foreign ministers of India and Pakistan": each is his own country's, whatever the entity
    if entity is not None and entity.country:
        code = entity.code
        if (entity.kind == "country" or not entity.role) and head_role and not _named_place(ctx, head, entity):
            code = entity.country + head_role  # "Ukraine's president", "Iranian officials"
        return ActorRef(name=entity.name, code=code, entity_id=entity.id, start=start, end=end)
    if entity is None and pos == "PRON" and (found := _antecedent(ctx, head)) is not None:
        return found
    members = _members_of(ctx, head, words) if entity is None else ()
    if members:
        return members
    if entity is None and (leader := leader_of(table, h)) is not None and (led := _resolve_one(ctx, tokens[leader])):
        return ActorRef(name=text, code=led.code, start=start, end=end) if isinstance(led, ActorRef) else led
    code = _code(ctx, head, words, text, entity, head_role)
    if entity is not None:
        return ActorRef(name=entity.name, code=code or entity.code, entity_id=entity.id, start=start, end=end)
    if code:
        return ActorRef(name=text, code=code, start=start, end=end)
    if head_role or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return ActorRef(name=text, code="", start=start, end=end)
    if pos != "PRON":
        for app in children[h]:
            if dep[app] != "appos":
                continue
            found = _resolve_one(ctx, tokens[app])
            if found is not None:
                return found
    return None


def _antecedent(ctx: ActorContext, head: Token) -> ActorRef | tuple[ActorRef, ...] | None:
    """The actor a pronoun stands for: the reporter of the clause it is the subject of, else the first of its
    antecedents that names an actor with a code."""
    speaker = reporting_subject(ctx.table, head)
    if speaker is not None:
        return _resolve_one(ctx, called(ctx.table, speaker.i) or speaker)
    for antecedent in (*object_antecedents(ctx.table, head), *filter(None, [previous_subject(ctx.table, head)])):
        found = _resolve_one(ctx, antecedent)
        codes = [found.code] if isinstance(found, ActorRef) else [a.code for a in found or ()]
        if found is not None and any(codes):
            return found
    return None


# Heads that name people by their place in a group: "leaders of Hamas" act as Hamas.
_MEMBER_HEADS = frozenset({
    "leader", "official", "representative", "envoy", "delegate", "delegation", "commander", "chief",
    "spokesman", "spokeswoman", "negotiator", "fighter", "activist", "supporter", "minister", "diplomat"
})  # fmt: skip


def _members_of(ctx: ActorContext, head: Token, words: Sequence[Token]) -> tuple[ActorRef, ...]:
    """ "leaders of Hamas and Islamic Jihad", "fighters of the Lord's Resistance Army": people told
    by their place in a named group are coded as that group; "the leaders of India and Pakistan"
    are each country's, in the head's role (INDGOV, PAKGOV)."""
    table = ctx.table
    if table.lemma[head.i] not in _MEMBER_HEADS or country_in(ctx, words):
        return ()
    found = tuple(r for o in of_objects(table, head.i) for r in resolve(ctx, o))
    if not found or not all(r.code for r in found):
        return ()
    role = role_in(ctx, [head])
    start, end = table.start[head.i], table.end[head.i]
    return tuple(
        ActorRef(name=r.name, code=_in_role(r, role), entity_id=r.entity_id, start=start, end=end) for r in found
    )




def _carried(ctx: ActorContext, h: int) -> ActorRef | tuple[ActorRef, ...] | None:
    """ "a car carrying Hamas militants": the people in it; "a ship carrying weapons" stays the ship."""
    table = ctx.table
    dep, children = table.dep, table.children
    carrying = [c for c in children[h] if dep[c] == "acl" and table.lemma[c] in ("carry", "transport")]
    carried = next((o for c in carrying for o in children[c] if dep[o] == "dobj"), None)
    people = _resolve_one(ctx, table.tokens[carried]) if carried is not None else None
    if people is not None and any(a.code for a in ((people,) if isinstance(people, ActorRef) else people)):
        return people
    return None


def _code(
    ctx: ActorContext, head: Token, words: Sequence[Token], text: str, entity: Entity | None, head_role: str
) -> str:
    """The code of a slot no entity with a country covers, from its own words, its entity's role and the
    article's country."""
    lemma, pos = ctx.table.lemma[head.i], ctx.table.pos[head.i]
    talks = ctx.codebook.classes.get("talks", frozenset())
    if (entity is not None and entity.kind == "place" and not entity.country) or lemma in talks:
        # "the Sea of Japan", "the Gulf of Aden": a place the entity stage puts in no country is in none,
        # whatever country its name holds; "six-party talks" are a meeting, not the party their name holds.
        return ""
    if entity is None and not head_role and pos == "NOUN" and _named_after_a_place(ctx, head, words):
        return ""  # "the Gaza plan", "the Darfur accord": a plan or a deal named after a town or region is about it
    code = _fallback_code(ctx, head, words, text)
    if not code[:3].isupper() or code[:3] in _ROLE_CODES:
        code = home_office_holder(ctx.home, words, entity.title if entity is not None else None) or code
    role = (entity.role if entity is not None else None) or head_role
    if (
        entity is not None
        and entity.role
        and len(code) >= 3
        and code[:3] not in _ROLE_CODES
        and code[:3] not in CAMEO_ROLES  # IGO, and a role alone (al Qaeda's INS): no country to add a role to
    ):
        code = code[:3] + entity.role  # the entity stage knows the role; we only add the country
    if (
        (not code or code in _ROLE_CODES)
        and role
        and ctx.home
        and lemma not in _OTHER_SIDE
        and (pos == "NOUN" or head_role)
    ):
        # "police", "the government", "demonstrators" with no nationality: the article's country,
        # the reading wire copy intends when it does not name one.
        code = ctx.home + role
    # "An MP accused ...": with no country known, the role alone, as the guidelines code such actors.
    return code or (role if head_role and lemma not in _OTHER_SIDE else "")


def _named_after_a_place(ctx: ActorContext, head: Token, words: Sequence[Token]) -> bool:
    """A plan or deal named by a town or region ("the Gaza plan") is about it; "London's plan" is its state's."""
    kinds = [ctx.codebook.classes.get(c, frozenset()) for c in ("abstract", "policy", "request", "claim")]
    places = [ctx.lookup.covering(w.idx, w.idx + len(w)) for w in words if w.dep_ == "compound" and ctx.token_code(w)]
    return any(ctx.table.lemma[head.i] in k for k in kinds) and bool(places) and all(p and p.kind == "place" for p in places)


def _named_place(ctx: ActorContext, head: Token, entity: Entity) -> bool:
    """Whether the head word is a place's own name, or part of it ("the West Bank": no bank)."""
    return bool(ctx.token_code(head)) or entity.kind == "place"


def _org_modifier(ctx: ActorContext, w: Token) -> str | None:
    ent = ctx.lookup.covering(ctx.table.start[w.i], ctx.table.end[w.i]) if ctx.table.dep[w.i] == "compound" else None
    if ent is None or ent.kind != "organisation" or not ent.code:
        return None
    # The phrase itself ("most wanted drug traffickers", CRM) speaks only when it names a country.
    return ent.code if ent.name.split()[-1].lower() != w.head.lower_ or ent.country else None


def _in_role(ref: ActorRef, role: str) -> str:
    """A country's code in the head noun's role ("their leaders" of Pakistan: PAKGOV); a code that already has
    a role, or is a role alone (al Qaeda's "INS"), keeps it: a role is no country to add one to."""
    return ref.code + role if len(ref.code) == 3 and ref.country else ref.code


# Words that name the other party, never the article's own country.
_OTHER_SIDE = frozenset({"counterpart", "ally", "neighbour", "neighbor", "rival", "enemy", "foreigner"})
_ROLE_CODES = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "REB", "OPP", "CVL", "BUS", "MED", "REF", "EDU", "LAB", "PTY", "AGR", "NGO"
})  # fmt: skip


def _fallback_code(ctx: ActorContext, head: Token, words: Sequence[Token], text: str) -> str:
    """`words` are the name_tokens of `head`, `text` their text."""
    table, pos = ctx.table, ctx.table.pos
    propn = " ".join(w.text for w in words if pos[w.i] == "PROPN")
    # A country in the name words ("Ukraine's president") is only a nationality: the head noun gives the role below.
    # A lower-case noun alone ("raided a house") is a word, not an institution sharing it (the House).
    # "A Taliban spokesman", "a senior FARC commander": the organisation his modifier names, as its entity is coded on
    # the article's date, before the dictionary's undated entry for that word (the Taliban ruled no state in 2004).
    code = (
        ("" if text.islower() and " " not in text else ctx.dict_code(text))
        or next(filter(None, (_org_modifier(ctx, w) for w in words)), None)
        or ctx.dict_code(propn, entries_only=pos[head.i] != "PROPN")
        or ("" if head.text.islower() else ctx.dict_code(head.text))
    )
    if code:
        return code
    named = [ctx.names.get(k) for k in (text, propn, head.text)]
    if any(named):
        return next(c for c in named if c)
    country = phrase_country(ctx, head)
    if not country:
        # "the president of Iran", "officials from Tehran"; "groups in Zimbabwe" only for common
        # nouns, since "the Red Cross (operating) in Iraq" is not Iraqi, nor "talks in Kenya" Kenya's.
        unplaced = pos[head.i] == "PROPN" or table.lemma[head.i] in ctx.codebook.classes.get("talks", ())
        preps: tuple[str, ...] = ("of", "from") if unplaced else ("of", "from", "in")
        if table.lemma[head.i] in VICTIM_OF:
            preps = preps[1:]  # "the captors of a British engineer" hold him; they are not British
        dep, tokens, children = table.dep, table.tokens, table.children
        for prep in children[head.i]:
            if prep < head.i or dep[prep] != "prep" or tokens[prep].lower_ not in preps:
                continue
            for pobj in (c for c in children[prep] if dep[c] == "pobj" and not venue(ctx.doc[c : c + 1])):
                country = phrase_country(ctx, tokens[pobj])  # "talks with rebel leaders in Asmara": not Eritrea's
                if country:
                    break
    if not country:
        return ""
    if country.startswith("IGO"):
        return country
    head_is_place = bool(ctx.token_code(head))
    role = "" if head_is_place else role_in(ctx, [w for w in words if not ctx.token_code(w)])
    return country + role
