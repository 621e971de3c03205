"""Votes for a story's home country from the actors it names, when it has no dateline (`placing.home_country`
counts them beside its places and adjectives): the office holders and the groups that fight or oppose at home that
the dictionaries know, by how each acts in the text."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Article, Entity
from newsgraph.understand.actors.dated import ActorCode
from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.sites import acting

# Verbs of bare speech: a leader who only speaks ("President Bush said ...") comments on any country's story.
_SPEECH = frozenset({"say", "tell", "add", "note", "state", "report", "comment", "explain", "stress", "write"})
# Roles of a state's office holders at home: a named one says whose politics the story is about.
_HOME_OFFICES = frozenset({"GOV", "LEG", "OPP", "JUD"})


def named_votes(entities: Sequence[Entity], d: ActorDictionary, article: Article, doc: Doc) -> dict[str, int]:
    """With no dateline (a broadcaster's politics story, a scraped page), the votes of the named actors the
    dictionaries know to belong at home.

    - An office holder: one vote a person, however often named, two for one who acts ("Tony Blair", "Conservative
      leader Michael Howard" and "Foreign Secretary Jack Straw" make a British story, though "Iraq" is where the war
      they debate was), so a foreign leader quoted twice does not outvote the place where a story happens.
    - A group that fights or opposes at home ("Tamil Tiger rebels", "the Muslim Brotherhood", "FARC"): two votes
      when it acts ("Tamil Tiger rebels accused the army": the army is Sri Lanka's). Only named ("a Hamas rocket hit
      Sderot"), such a group says nothing of where the story is: its acts often reach across a border.

    Neither votes twice for an act aimed at another country ("Colin Powell urged Sudan", "pledged aid to
    Indonesia"): that story is the other country's."""
    votes: defaultdict[str, int] = defaultdict(int)
    lands = {m.start: x.country for x in entities if x.kind in ("country", "place") and x.country for m in x.mentions}
    published = article.published
    day = published.date() if isinstance(published, dt.datetime) else published
    for e in entities:
        person = e.kind == "person"
        code = _office_code(d, e, day) if person else _home_group_code(d, e, day) if e.kind == "organisation" else None
        if code is None:
            continue
        spans = [s for m in e.mentions if (s := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None]
        # One who acts ("President Hamid Karzai ordered ...") is the story's protagonist, as a country that acts is;
        # one who only speaks or is only named ("police loyal to X") is not.
        acts = any(_subject_of_verb(s, person) and s.root.head.lemma_ not in _SPEECH for s in spans)
        aimed = any(_aimed_at(s.root.head, lands, code.country or "") for s in spans)
        votes[code.country or ""] += 2 if acts and not aimed else int(person)
    return dict(votes)


def _subject_of_verb(span: Span, person: bool) -> bool:
    """Whether a person's name is a verb's subject as a country's that acts is (`acting`), a group's its subject."""
    return acting("country", span) if person else span.root.dep_ == "nsubj"


def _office_code(d: ActorDictionary, e: Entity, day: dt.date | None) -> ActorCode | None:
    """A named person's code, when it is an office at home (`_HOME_OFFICES`) of a country."""
    entry = d.find(e.name)
    if entry is not None and entry.kind == "person":
        code: ActorCode | None = ActorCode(entry.country, entry.role)
    else:
        code = d.dated.code(e.name, day) if d.dated is not None else None
        bare = " " not in e.name and e.name[:1].isupper() and d.head_role([e.name]) is None
        if code is None and d.dated is not None and bare and d.title_role([e.name]) is None:
            # A surname alone ("Blunkett defends new powers") is the office holder the coder would take it for,
            # when the known holders of that surname agree (`DatedActors.surname_code`).
            code = d.dated.surname_code(e.name, day)
    return code if code is not None and code.country and code.role in _HOME_OFFICES else None


# Roles of groups that live and act in their own country: rebels, separatists, insurgents, the opposition.
_HOME_GROUPS = frozenset({"REB", "SEP", "INS", "OPP"})


def _home_group_code(d: ActorDictionary, e: Entity, day: dt.date | None) -> ActorCode | None:
    """A named group's code, by its name or the name before its group noun ("Tamil Tiger rebels", "FARC
    guerrillas"), when it is a group at home (`_HOME_GROUPS`) of a country."""
    words = e.name.split()
    code = next(filter(None, (_group_code(d, n, day) for n in (e.name, " ".join(words[:-1])) if n)), None)
    return code if code is not None and code.country and code.role in _HOME_GROUPS else None


def _group_code(d: ActorDictionary, name: str, day: dt.date | None) -> ActorCode | None:
    entry = d.find(name)
    if entry is not None and entry.kind != "person":
        return ActorCode(entry.country, entry.role)
    return d.dated.code(name, day) if d.dated is not None else None


def _aimed_at(verb: Token, lands: dict[int, str], own: str) -> bool:
    """Whether a verb's object, or the object of a preposition on it, is a country or place not `own`'s ("urged
    Sudan", "flew to South Korea"; not "defended his Iraq policy", whose object is a policy)."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    # "urged Sudan to disarm the militias": the one urged is the subject the parser gives the infinitive; not the
    # subject of an opinion ("insists Iraq is safer"), which is no act aimed at it.
    objects += [
        g
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp") and any(t.tag_ == "TO" for t in c.children)
        for g in c.children
        if g.dep_ == "nsubj"
    ]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    names = [t for o in objects for t in (o, *(c for c in o.children if c.dep_ == "compound" and o.pos_ == "PROPN"))]
    return any(lands.get(t.idx, own) != own for t in names)
