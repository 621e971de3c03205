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
  HUNGOV), international organisations, role words, the actor dictionary when the gazetteer
  stage provides one, and names the article itself introduced with a nationality ("Iranian
  President Masoud Pezeshkian" makes a later "Pezeshkian" IRNGOV).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.model import ActorRef, Entity
from newsgraph.understand.codebook import Codebook
from newsgraph.understand.lookup import EntityLookup

_REL_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
_QUANTITIES = frozenset(
    {
        "hundred",
        "thousand",
        "dozen",
        "score",
        "million",
        "some",
        "many",
        "most",
        "all",
        "group",
        "number",
        "members",
        "member",
        "tens",
        "one",
        "two",
        "three",
        "several",
        "handful",
        "majority",
        "part",
        "third",
        "half",
    }
)
_PLURAL_REFS = frozenset(
    {
        "their",
        "both",
        "two",
        "sides",
        "countries",
        "nations",
        "leaders",
        "presidents",
        "governments",
        "neighbours",
        "neighbors",
        "allies",
    }
)
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "poss", "flat"})
# Phrases longer than this are clauses, not names; stop collecting words there.
_MAX_NAME_TOKENS = 8
# Titles that, placed before a name, make the person a state actor of the nationality beside it.
_GOV_TITLES = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "leader",
        "counterpart",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "emir",
        "prince",
        "sultan",
        "secretary",
        "governor",
        "diplomat",
        "official",
    }
)


@dataclass
class ActorContext:
    """Per-article state for resolving actors: built once per article by the event stage."""

    doc: Doc
    lookup: EntityLookup
    codebook: Codebook
    dictionary: object | None = None  # the gazetteer stage's actor dictionary, when present
    names: dict[str, str] = field(default_factory=dict)  # surname / full name -> code, from this article
    groups: list[tuple[int, tuple[ActorRef, ...]]] = field(default_factory=list)  # (char offset, dyad)
    home: str = ""  # the article's main country, for untitled-by-nationality office holders
    # spaCy rebuilds Doc.text by joining every token on each access; read it once per article.
    text: str = ""

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.doc.text

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
    """The gazetteer stage's actor dictionary's code for a name: an actor entry, else a country."""
    if dictionary is None or not text:
        return ""
    find = getattr(dictionary, "find", None)
    if callable(find):
        entry = find(text)
        if entry is not None and (getattr(entry, "country", None) or getattr(entry, "role", None)):
            return (getattr(entry, "country", None) or "") + (getattr(entry, "role", None) or "")
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
    return iso3 if isinstance(iso3, str) else ""


def name_tokens(head: Token) -> list[Token]:
    """The words naming the actor whose syntactic head is `head`: its left modifiers and itself."""
    tokens = [head]
    stack = [c for c in head.lefts if c.dep_ in _NAME_DEPS]
    while stack and len(tokens) < _MAX_NAME_TOKENS:
        tok = stack.pop()
        tokens.append(tok)
        stack.extend(c for c in tok.lefts if c.dep_ in _NAME_DEPS | {"det"} and c.dep_ != "det")
    return sorted(tokens, key=lambda t: t.i)


def country_in(book: Codebook, tokens: Sequence[Token], dictionary: object | None = None) -> str:
    """The first country / IGO code among the words, trying longer word runs first."""
    n = len(tokens)
    for size in range(min(4, n), 0, -1):
        for i in range(n - size + 1):
            run = tokens[i : i + size]
            if any(run[k + 1].i != run[k].i + 1 for k in range(size - 1)):
                continue
            text = run[0].doc[run[0].i : run[-1].i + 1].text
            code = _word_code(book, text, dictionary)
            if code:
                return code
    return ""


def role_in(book: Codebook, tokens: Iterable[Token]) -> str:
    for tok in sorted(tokens, key=lambda t: -t.i):  # the head (rightmost) word decides first
        role = book.actor_roles.get(tok.lemma_.lower()) or book.actor_roles.get(tok.lower_)
        if role:
            return role
    return ""


def learn_names(ctx: ActorContext, sents: Iterable[Span]) -> None:
    """Remember names the article introduces with a nationality: "Iranian President Masoud Pezeshkian"."""
    book, dic = ctx.codebook, ctx.dictionary
    for sent in sents:
        for tok in sent:
            if tok.pos_ != "PROPN" or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
                continue
            words = name_tokens(tok)
            country = country_in(
                book, [w for w in words if w.pos_ != "PROPN" or _word_code(book, w.text, dic)], dic
            )
            if not country:
                # Apposition: "Lukashenko, a close ally of ..." names no country; "Putin, the Russian
                # leader," does.
                for app in (c for c in tok.children if c.dep_ == "appos"):
                    country = country_in(book, name_tokens(app), dic)
                    if country:
                        words = words + name_tokens(app)
                        break
            if not country or country.startswith("IGO"):
                continue
            titled = any(w.lemma_.lower() in _GOV_TITLES for w in words)
            role = role_in(book, [w for w in words if w.pos_ != "PROPN"]) or ("GOV" if titled else "")
            propn = [w for w in words if w.pos_ == "PROPN" and not _word_code(book, w.text, dic)]
            if not propn:
                continue
            code = country + role
            full = " ".join(w.text for w in propn)
            ctx.names.setdefault(full, code)
            ctx.names.setdefault(propn[-1].text, code)


def learn_home(ctx: ActorContext, entities: Iterable[Entity], dateline: str | None) -> None:
    """The article's main country: the dateline's, else the one its words name most often.

    A "President X" or "the prime minister" with no nationality in an article about one
    country is that country's office holder far more often than not; wire copy names the
    nationality only when it is not the obvious one."""
    book, dic = ctx.codebook, ctx.dictionary
    if dateline:
        code = _word_code(book, dateline, dic)
        if code and not code.startswith("IGO"):
            ctx.home = code[:3]
            return
    counts: dict[str, int] = {}
    for ent in entities:
        if ent.country:
            counts[ent.country] = counts.get(ent.country, 0) + len(ent.mentions)
    if not counts:
        for tok in ctx.doc:
            if tok.pos_ in ("PROPN", "ADJ") and tok.is_title:
                code = _word_code(book, tok.text, dic)
                if code and not code.startswith("IGO"):
                    counts[code[:3]] = counts.get(code[:3], 0) + 1
    if counts:
        ctx.home = max(sorted(counts), key=lambda c: counts[c])


def phrase_head(tok: Token) -> Token:
    """Follow relative pronouns to their noun ("the association, which criticized ...")."""
    if tok.lower_ in _REL_PRONOUNS and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


_LISTABLE = ("PROPN", "NOUN", "PRON", "ADJ")


def expand(tok: Token) -> list[Token]:
    """A coordinated slot is several actors: "Belarus and Iran" -> [Belarus, Iran].

    The small parser often hangs the second conjunct on another word of the first name
    ("Barack [Obama] and Vladimir Putin") or reads a list as an apposition ("The US, Russia,
    and Switzerland"): conjuncts of the name's own words and listed proper-name appositions count.
    """
    out = [tok]
    anchors = [tok]
    if tok.ent_iob_ in ("B", "I"):
        anchors += [
            c for c in tok.subtree if c.i != tok.i and c.ent_iob_ == "I" and c.ent_type_ == tok.ent_type_
        ]
    for anchor in anchors:
        for c in anchor.conjuncts:
            if c.i > anchor.i and c.pos_ in _LISTABLE and all(c.i != o.i for o in out):
                out.append(c)
    if tok.pos_ == "PROPN":
        for app in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_):
            for item in (app, *app.conjuncts):
                if all(item.i != o.i for o in out):
                    out.append(item)
    return out


def resolve(ctx: ActorContext, tok: Token) -> list[ActorRef]:
    """The actors a slot's head token stands for (empty when it names none)."""
    tok = phrase_head(tok)
    out: list[ActorRef] = []
    first_country = ""
    for n, head in enumerate(expand(tok)):
        if n and first_country and not _names_country(ctx, head):
            # "Israeli helicopters and tanks": the nationality before the first conjunct covers both.
            role = role_in(ctx.codebook, [head])
            if role:
                out.append(
                    ActorRef(
                        name=head.text,
                        code=first_country + role,
                        start=head.idx,
                        end=head.idx + len(head.text),
                    )
                )
                continue
        split = _split_modifiers(ctx, head)
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
    ent = ctx.lookup.covering(head.idx, head.idx + len(head.text))
    if ent is not None and ent.country:
        return True
    return bool(country_in(ctx.codebook, name_tokens(head), ctx.dictionary))


def _split_modifiers(ctx: ActorContext, head: Token) -> list[ActorRef]:
    """ "Hungarian and Romanian officials" names two actors: HUNGOV and ROUGOV."""
    book = ctx.codebook
    for mod in head.lefts:
        if mod.dep_ not in ("amod", "compound", "nmod"):
            continue
        conj = [c for c in mod.conjuncts]
        if not conj:
            continue
        parts = [mod, *conj]
        codes = [_word_code(book, p.text, ctx.dictionary) for p in parts]
        if not all(codes):
            return []
        role = role_in(book, [head])
        return [
            ActorRef(
                name=f"{p.text} {head.text}",
                code=c if c.startswith("IGO") else c + role,
                start=p.idx,
                end=head.idx + len(head.text),
            )
            for p, c in zip(parts, codes, strict=True)
        ]
    return []


def _plural_reference(ctx: ActorContext, head: Token, words: Sequence[Token]) -> tuple[ActorRef, ...] | None:
    lowered = {w.lower_ for w in words}
    is_plural_ref = ("their" in lowered and head.tag_ in ("NNS", "NNPS")) or (
        lowered & {"two", "both"}
        and head.lemma_.lower()
        in {"country", "nation", "side", "leader", "president", "government", "neighbour", "neighbor", "ally"}
    )
    if not is_plural_ref:
        return None
    group = ctx.group_before(head.idx)
    if not group:
        return None
    role = role_in(ctx.codebook, [head])
    if role and head.lemma_.lower() not in {"country", "nation", "side"}:
        return tuple(
            ActorRef(
                name=a.name,
                code=a.code[:3] + role if len(a.code) == 3 else a.code,
                entity_id=a.entity_id,
                start=head.idx,
                end=head.idx + len(head.text),
            )
            for a in group
        )
    return tuple(
        ActorRef(
            name=a.name, code=a.code, entity_id=a.entity_id, start=head.idx, end=head.idx + len(head.text)
        )
        for a in group
    )


def _resolve_one(ctx: ActorContext, head: Token) -> ActorRef | tuple[ActorRef, ...] | None:
    if head.lemma_.lower() in _QUANTITIES or head.pos_ == "NUM":
        # "Thousands of Nigerians", "hundreds of supporters": the actor is what is counted.
        for of in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in of.children if c.dep_ == "pobj"):
                return _resolve_one(ctx, pobj)
    words = name_tokens(head)
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    text = ctx.text[start:end]
    plural = _plural_reference(ctx, head, words)
    if plural is not None:
        return plural
    entity: Entity | None = ctx.lookup.covering(head.idx, head.idx + len(head.text))
    head_role = ctx.codebook.actor_roles.get(head.lemma_.lower(), "")
    if entity is not None and entity.country:
        code = entity.code
        if (
            (entity.kind == "country" or not entity.role)
            and head_role
            and not _word_code(ctx.codebook, head.text, ctx.dictionary)
        ):
            code = entity.country + head_role  # "Ukraine's president", "Iranian officials"
        return ActorRef(name=entity.name, code=code, entity_id=entity.id, start=start, end=end)
    if entity is None and head.pos_ == "PRON":
        speaker = _reporting_subject(head)
        if speaker is not None:
            return _resolve_one(ctx, speaker)
    code = _fallback_code(ctx, head, words, text)
    if not code[:3].isupper() or code[:3] in _ROLE_CODES:
        code = _home_office_holder(ctx, words, entity) or code
    role = (entity.role if entity is not None else None) or head_role
    if (
        entity is not None
        and entity.role
        and len(code) >= 3
        and code[:3] not in _ROLE_CODES
        and not code.startswith("IGO")
    ):
        code = code[:3] + entity.role  # the entity stage knows the role; we only add the country
    if (
        (not code or code in _ROLE_CODES)
        and role
        and ctx.home
        and head.lemma_.lower() not in _OTHER_SIDE
        and (head.pos_ == "NOUN" or head_role)
    ):
        # "police", "the government", "demonstrators" with no nationality: the article's country,
        # the reading wire copy intends when it does not name one.
        code = ctx.home + role
    if entity is not None:
        return ActorRef(name=entity.name, code=code or entity.code, entity_id=entity.id, start=start, end=end)
    if code:
        return ActorRef(name=text, code=code, start=start, end=end)
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head_role:
        return ActorRef(name=text, code="", start=start, end=end)
    if head.pos_ != "PRON":
        for app in (c for c in head.children if c.dep_ == "appos"):
            found = _resolve_one(ctx, app)
            if found is not None:
                return found
    return None


# Words that name the other party, never the article's own country.
_OTHER_SIDE = frozenset({"counterpart", "ally", "neighbour", "neighbor", "rival", "enemy", "foreigner"})
_ROLE_CODES = frozenset(
    {
        "GOV",
        "MIL",
        "COP",
        "JUD",
        "LEG",
        "REB",
        "OPP",
        "CVL",
        "BUS",
        "MED",
        "REF",
        "EDU",
        "LAB",
        "PTY",
        "AGR",
        "NGO",
    }
)
_HEAD_TITLES = frozenset(
    {
        "president",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "prime",
        "vice-president",
        "monarch",
    }
)


def _home_office_holder(ctx: ActorContext, words: Sequence[Token], entity: Entity | None) -> str:
    """ "President Yoweri Museveni" in an article about Uganda: a head-of-government title with
    no nationality takes the article's main country."""
    if not ctx.home:
        return ""
    titles = {w.lower_ for w in words}
    if entity is not None and entity.title:
        titles |= {t.casefold() for t in entity.title.split()}
    if titles & _HEAD_TITLES:
        return ctx.home + "GOV"
    return ""


def _reporting_subject(pron: Token) -> Token | None:
    """ "Syria says it is willing ...": an unresolved subject pronoun of a reported clause refers
    to the reporting verb's subject, the commonest antecedent in wire copy."""
    if pron.lower_ not in ("it", "they", "he", "she", "we", "its", "their", "his", "her"):
        return None
    clause = pron.head
    if pron.dep_ == "poss":
        clause = clause.head
    for _ in range(3):
        if clause.dep_ == "ccomp" and clause.head.pos_ == "VERB":
            reporter = clause.head
            for c in reporter.children:
                if c.dep_ == "nsubj" and c.pos_ != "PRON":
                    return c
            return None
        if clause.dep_ in ("xcomp", "conj", "acomp") and clause.head.i != clause.i:
            clause = clause.head
            continue
        return None
    return None


def _fallback_code(ctx: ActorContext, head: Token, words: Sequence[Token], text: str) -> str:
    book = ctx.codebook
    propn = " ".join(w.text for w in words if w.pos_ == "PROPN")
    # A bare country from the name words ("Ukraine" in "Ukraine's president") is only a
    # nationality: the head noun still gives the role below. Named actors count whole.
    code = (
        _dict_code(ctx.dictionary, text)
        or _dict_code(ctx.dictionary, propn, entries_only=head.pos_ != "PROPN")
        or _dict_code(ctx.dictionary, head.text)
    )
    if code:
        return code
    for key in (text, " ".join(w.text for w in words if w.pos_ == "PROPN"), head.text):
        if key in ctx.names:
            return ctx.names[key]
    dic = ctx.dictionary
    country = country_in(book, words, dic)
    if not country:
        # "the president of Iran", "officials in Tehran"
        # "the president of Iran", "officials from Tehran"; "groups in Zimbabwe" only for common
        # nouns, since "the Red Cross (operating) in Iraq" is not Iraqi.
        preps = ("of", "from") if head.pos_ == "PROPN" else ("of", "from", "in")
        for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                country = country_in(book, name_tokens(pobj), dic)
                if country:
                    break
    if not country:
        return ""
    if country.startswith("IGO"):
        return country
    head_is_place = bool(_word_code(book, head.text, dic))
    role = "" if head_is_place else role_in(book, [w for w in words if not _word_code(book, w.text, dic)])
    return country + role
