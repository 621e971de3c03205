"""Votes for a story's home country from the actors it names, when it has no dateline (`placing.home_country`
counts them beside its places and adjectives): the office holders and the groups that fight or oppose at home that
the dictionaries know, by how each acts in the text."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.model import Article, Entity
from newsgraph.understand.actors.dated import ActorCode
from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.sites import acting

# Verbs of bare speech: a leader who only speaks ("President Bush said ...") comments on any country's story.
_SPEECH = frozenset({"say", "tell", "add", "note", "state", "report", "comment", "explain", "stress", "write"})
# Roles of a state's office holders at home: a named one says whose politics the story is about.
_HOME_OFFICES = frozenset({"GOV", "LEG", "OPP", "JUD"})


def _office_holder_votes(
    entities: Sequence[Entity], d: ActorDictionary, article: Article, doc: Doc
) -> dict[str, int]:
    """With no dateline (a broadcaster's politics story, a scraped page), the named office holders the
    dictionaries know: one vote a person, however often named, two for one who acts ("Tony Blair", "Conservative
    leader Michael Howard" and "Foreign Secretary Jack Straw" make a British story, though "Iraq" is where the war
    they debate was), so a foreign leader quoted twice does not outvote the place where a story happens."""
    votes: defaultdict[str, int] = defaultdict(int)
    lands = {m.start: x.country for x in entities if x.kind in ("country", "place") and x.country for m in x.mentions}
    published = article.published
    day = published.date() if isinstance(published, dt.datetime) else published
    for e in entities:
        if e.kind != "person":
            continue
        entry = d.find(e.name)
        if entry is not None and entry.kind == "person":
            code: ActorCode | None = ActorCode(entry.country, entry.role)
        else:
            code = d.dated.code(e.name, day) if d.dated is not None else None
        if code is not None and code.country and code.role in _HOME_OFFICES:
            # One who acts ("President Hamid Karzai ordered ...") is the story's protagonist, as a country that
            # acts is: two votes, like a dateline; one who only speaks or is only named ("police loyal to X") one.
            spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in e.mentions]
            acts = any(s is not None and acting("country", s) and s.root.head.lemma_ not in _SPEECH for s in spans)
            # Not one whose act is aimed at another country ("Colin Powell urged Sudan", "pledged aid to Indonesia"):
            # that story is the other country's.
            aimed = any(s is not None and _aimed_at(s.root.head, lands, code.country) for s in spans)
            votes[code.country] += 2 if acts and not aimed else 1
    return votes


def named_votes(entities: Sequence[Entity], d: ActorDictionary, article: Article, doc: Doc) -> dict[str, int]:
    """The votes of the named office holders and home groups of a story with no dateline."""
    votes = dict(_office_holder_votes(entities, d, article, doc))
    for iso3, n in _home_group_votes(entities, d, article, doc).items():
        votes[iso3] = votes.get(iso3, 0) + n
    return votes


# Roles of groups that live and act in their own country: rebels, separatists, insurgents, the opposition.
_HOME_GROUPS = frozenset({"REB", "SEP", "INS", "OPP"})


def _home_group_votes(
    entities: Sequence[Entity], d: ActorDictionary, article: Article, doc: Doc
) -> dict[str, int]:
    """With no dateline, the named groups the dictionaries know to fight or oppose at home ("Tamil Tiger rebels",
    "the Muslim Brotherhood", "FARC"): two votes when one acts on no other country ("Tamil Tiger rebels accused the
    army": the army is Sri Lanka's), as a named office holder's act does. Only named ("a Hamas rocket hit Sderot"),
    such a group says nothing of where the story is: its acts often reach across a border."""
    votes: defaultdict[str, int] = defaultdict(int)
    lands = {m.start: x.country for x in entities if x.kind in ("country", "place") and x.country for m in x.mentions}
    published = article.published
    day = published.date() if isinstance(published, dt.datetime) else published
    for e in entities:
        if e.kind != "organisation":
            continue
        # The name, or the name before its group noun ("Tamil Tiger rebels", "FARC guerrillas").
        words = e.name.split()
        code = next(filter(None, (_group_code(d, n, day) for n in (e.name, " ".join(words[:-1])) if n)), None)
        if code is None or not code.country or code.role not in _HOME_GROUPS:
            continue
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in e.mentions]
        acts = any(s is not None and s.root.dep_ == "nsubj" and s.root.head.lemma_ not in _SPEECH for s in spans)
        aimed = any(s is not None and _aimed_at(s.root.head, lands, code.country) for s in spans)
        votes[code.country] += 2 if acts and not aimed else 0
    return votes


def _group_code(d: ActorDictionary, name: str, day: dt.date | None) -> ActorCode | None:
    entry = d.find(name)
    if entry is not None and entry.kind != "person":
        return ActorCode(entry.country, entry.role)
    return d.dated.code(name, day) if d.dated is not None else None


def _aimed_at(verb: Token, lands: dict[int, str], own: str) -> bool:
    """Whether a verb's object, or the object of a preposition on it, is a country or place not `own`'s ("urged
    Sudan", "flew to South Korea"; not "defended his Iraq policy", whose object is a policy)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    names = [t for o in objects for t in (o, *(c for c in o.children if c.dep_ == "compound" and o.pos_ == "PROPN"))]
    return any(lands.get(t.idx, own) != own for t in names)
