"""A name's own descriptor: the noun phrase in front of it, in apposition to it, or in a relative clause on it, that
says what a named organisation or person is and whose it is.

"Russian oil giant Volganeft", "Volganeft, Russia's second-largest oil producer,", "Pakistan's largest Islamic
party, Jamaat-e-Rahmat,", "Hoshida Heavy Industries, which is based in Osaka", "Al-Waqt, a Kuwaiti daily": wire
copy places the names it cannot expect its readers to know by such a phrase, and only the phrase's own words
place the name (docs/actors.md, "Descriptors"): a country adjective, a possessive state, a place the body is
"based" or "registered" in, or "the country's" of a story placed in one country. A place the actor works in ("a
Canadian company with oil fields in southern Sudan"), the dateline, or another actor of the sentence never does,
and a country of birth ("a Lebanese-born American businessman") is not the person's country.

The entity stage reads the same phrases to find names the model missed and to tell an organisation the model
took for a person ("Al-Waqt, a Kuwaiti daily") from a person; the actor stage reads them for country and role.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.attrs import IS_UPPER
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from newsgraph.model import Entity
from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.placing import STATELESS
from newsgraph.understand.actors.shortforms import by_short_form
from newsgraph.understand.actors.sides import stance
from newsgraph.understand.actors.sites import based_at, posted_at, sent_to
from newsgraph.understand.actors.titles import PERSON_NOUNS, person_noun_role
from newsgraph.understand.docview import DocIndex

# Head nouns of a descriptor that say the name is an organisation, whatever label the model gave it.
ORG_NOUNS = frozenset(
    {
        *("group", "party", "bloc", "militia", "faction", "movement", "front", "organisation", "organization"),
        *("company", "firm", "giant", "conglomerate", "corporation", "concern", "maker", "manufacturer", "producer"),
        *("operator", "contractor", "subcontractor", "bank", "lender", "insurer", "retailer", "carrier", "airline"),
        *("exporter", "importer", "refiner", "miner", "steelmaker", "carmaker", "automaker", "shipbuilder"),
        *("daily", "weekly", "newspaper", "paper", "magazine", "broadcaster", "channel", "network", "agency"),
        *("station", "television", "radio", "website"),
        *("charity", "union", "federation", "association", "foundation", "church", "council", "coalition"),
        *("alliance", "brigade", "brigades", "army", "cartel", "fund", "subsidiary", "unit", "affiliate", "utility"),
    }
)
# Of those, the heads a later description of a named body may reuse ("the company", "the Russian oil firm"); a
# state's army, agency or council is an actor of its own, not a second name for a company or group named before.
_REUSED = ORG_NOUNS - {"army", "agency", "council", "unit", "fund", "network", "channel", "alliance", "coalition"}
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her"})
_POSSESSIVE = frozenset({"'s", "’s"})
# Participles that give the place a body sits in ("the Dubai-based company", "the Cyprus-registered holding").
_SEATS = frozenset({"based", "registered", "headquartered", "incorporated", "listed"})
_SEAT_LEMMAS = frozenset({"base", "register", "headquarter", "incorporate"})
# What may open a descriptor that stands before a name with a comma: the start of the sentence or of a clause.
_OPENERS = frozenset({"-", "--", "—", "(", ":", ";", "that"})
_AUXILIARY = frozenset({"AUX", "PART", "ADV"})  # what may stand between a subject and its verb ("have said")
_JOINERS = frozenset({"-", "of", "for", "de", "del", "du", "la", "without"})
# Participles of who runs or owns a body, joined by a hyphen to their owner ("state-run", "state-owned",
# "government-controlled"), which the parse reads as verbs: they belong to the descriptor. Not "-backed" or
# "-sponsored", whose country word is a side taken ("Iranian-backed militia"), not a home.
STATE_HELD = frozenset({"run", "owned", "controlled", "operated", "funded"})


@dataclass(frozen=True)
class Descriptor:
    """The descriptor phrase of a name, what it places the name in, and what it says the name is."""

    phrase: Span
    country: str | None
    role: str | None
    organisation: bool  # its head noun names an organisation ("group", "daily", "company")
    person: bool  # its head noun names one person ("engineer", "businessman", a title)


def _word(t: Token, index: DocIndex, d: ActorDictionary) -> bool:
    """Whether token `t` can stand inside a descriptor noun phrase: a lower-case modifier or noun, a country or
    nationality word, a possessive or a hyphen ("Russia's second-largest oil producer")."""
    if t.text in _POSSESSIVE:
        return True
    if t.text == "-":  # inside a word ("second-largest", "Dubai-based"), not a dash between clauses
        return not t.whitespace_ and t.i > 0 and not t.doc[t.i - 1].whitespace_
    if t.is_lower:
        held = t.lower_ in STATE_HELD and t.i > 0 and t.doc[t.i - 1].text == "-"  # "state-run", "state-owned"
        return t.pos_ in ("ADJ", "NOUN", "NUM", "ADV") or t.lower_ in _SEATS or t.lower_ == "born" or held or _noun(t, d)
    e = index.ent_at[t.i]
    return (
        (e >= 0 and index.ents[e].label_ in ("GPE", "NORP"))
        or (t.pos_ == "ADJ" and t.is_title)
        or d.country_of(t.text) is not None  # "Filipino maid", which the model may call a language
        or _seat_word(t.text) is not None  # "a U.S.-based engineering firm"
    )


def _bare_state(t: Token, index: DocIndex) -> bool:
    """Whether `t` is a proper noun the model tags a place (GPE: "Israel"), not a nationality (NORP: "Israeli")."""
    e = index.ent_at[t.i]
    return t.pos_ == "PROPN" and e >= 0 and index.ents[e].label_ == "GPE"


def _noun(t: Token, d: ActorDictionary) -> bool:
    """A noun the dictionaries know for a body or a person, whatever part of speech the model gave it ("a Kuwaiti
    daily", "Filipino maid")."""
    w = t.lower_
    return w in ORG_NOUNS or w in PERSON_NOUNS or (w,) in d.descriptors or d.title_role([w]) is not None


def _country(phrase: Span, index: DocIndex, d: ActorDictionary, home: str | None, person: bool = False) -> str | None:
    """The country a descriptor's own words give; none from a country of birth or a side taken ("pro-Russian"), nor
    a person's base ("the London-based envoy": where he lives, not whose he is; a body's seat is its own)."""
    doc = phrase.doc
    for t in phrase:
        after = doc[t.i + 1 : t.i + 3].text.replace(" ", "").lower()
        if after.startswith(("-born", "born")) or t.lower_.endswith("-born") or t.lower_.startswith(("pro-", "anti-")):
            continue
        if person and (based_at(t) or sent_to(t)):
            continue  # "the special envoy to Moldova": where he is sent, not whose he is
        if stance(t):
            continue  # "pro-Russian", "Iranian-backed": a side taken or a sponsor, not a home
        if t.lower_ == "country" and t.i + 1 < len(doc) and doc[t.i + 1].text in _POSSESSIVE:
            return home  # "the country's biggest mobile operator" of a story placed in one country
        e = index.ent_at[t.i]
        ent_id = index.ents[e].ent_id_ if e >= 0 else ""
        if ent_id.startswith(("country:", "norp:", "city:")):
            return ent_id.split(":")[1]
        found = d.country_of(t.text) or (city[0] if (city := d.city(t.text)) and not t.is_lower else None)
        if found:
            return found
        seat = _seat_word(t.text)  # "a U.S.-based engineering firm": the tokenizer keeps the seat in one word
        if seat and (found := d.country_of(seat) or (city[0] if (city := d.city(seat)) else None)):
            return found
    return None


def _seat_word(word: str) -> str | None:
    """The place of a one-token seat participle ("U.S.-based", "Dubai-registered"), or None."""
    place, dash, seat = word.rpartition("-")
    return place if dash and place[:1].isupper() and seat.lower() in _SEATS else None


def _read(phrase: Span, index: DocIndex, d: ActorDictionary, home: str | None) -> Descriptor | None:
    """A descriptor phrase ending in its head noun, read; None when it ends in no lower-case noun."""
    while len(phrase) and phrase[0].lower_ in _DETERMINERS:
        phrase = phrase[1:]
    if not len(phrase):
        return None
    head = phrase[-1]
    if head.lower_ in _SEATS:  # "Qatar-based Al-Sahra television": a body with a seat
        return Descriptor(phrase, _country(phrase, index, d, home), None, True, False)
    if not head.is_lower or (head.pos_ not in ("NOUN", "PROPN") and not _noun(head, d)):
        return None
    country = _country(phrase, index, d, home, person=head.lower_ not in ORG_NOUNS)
    words = [t.text for t in phrase if t.is_lower and t.text != "-"]
    role = d.head_role(words)
    folded = [w.casefold() for w in words]
    key = next((k for n in range(len(folded), 0, -1) if (k := tuple(folded[-n:])) in d.descriptors), None)
    if head.lower_ in PERSON_NOUNS and key in d.agent_only:
        role = None  # only Phoenix's agents code an "engineer" (CVL): the project leaves such a person's role open
    role = role or person_noun_role(words, d)
    if role == "IGO" and country:
        role = None  # "the main Ukrainian opposition bloc" is a bloc of parties inside one state
    person = head.lower_ in PERSON_NOUNS or d.title_role([head.text]) is not None
    return Descriptor(phrase, country, role, head.lower_ in ORG_NOUNS and not person, person)


def _after(span: Span, index: DocIndex, d: ActorDictionary) -> Span | None:
    """ "Kestrel Petroleum, a Canadian company with ...": the noun phrase after the name's comma."""
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    while j < len(doc) and doc[j].lower_ in _DETERMINERS:
        j += 1
    k = j
    while k < len(doc) and _word(doc[k], index, d):
        k += 1
    if k == j or (k < len(doc) and doc[k].pos_ in ("PROPN",) and not doc[k].is_lower):
        return None  # "Smith, the Kremlin's ...": a name goes on the phrase, which is then no descriptor of ours
    if j == i + 1 and _bare_state(doc[j], index) and (j + 1 >= len(doc) or doc[j + 1].text not in _POSSESSIVE):
        # "Hezbollah, Israel trade fire": a headline's comma stands for "and", and the second name is a side of the
        # story, not what the first is. A descriptor opens with a determiner, a possessive ("Russia's largest oil
        # firm") or a nationality ("Israeli army spokesman"), not with a state's bare name.
        return None
    verb = doc[k - 1].head.i
    if doc[k - 1].dep_ in ("nsubj", "nsubjpass") and k <= verb and all(t.pos_ in _AUXILIARY for t in doc[k:verb]):
        # "freed by Jan Kubis, Afghan officials said": the phrase is the subject of the verb right after it, not his
        # ("A and B, two French journalists held in Iraq, are alive" is theirs, whatever the parse hangs it on)
        return None
    return doc[i + 1 : k]


def _before(span: Span, index: DocIndex, d: ActorDictionary) -> Span | None:
    """ "Bolivia's largest union, the Central Obrera Andina, called ...": the noun phrase that opens the clause and
    stands before the name with a comma, the name closed by a comma of its own."""
    doc = span.doc
    start, end = _listed(span)  # "Two Italian aid workers, Laura Benedetti and Chiara Rossi, were ..."
    i = start - 1
    i -= 1 if i > 0 and doc[i].lower_ == "the" else 0  # "..., the Central Obrera Andina, ..."
    if i < 1 or doc[i].text != "," or end >= len(doc) or doc[end].text != ",":
        return None
    k = i - 1
    while k >= 0 and _word(doc[k], index, d):
        k -= 1
    start = k + 1
    while k >= 0 and (doc[k].lower_ in _DETERMINERS or doc[k].like_num):  # "Two Italian aid workers, ..."
        k -= 1
    opens = k < 0 or doc[k].text in _OPENERS or doc[k].is_sent_end or index.sentence_start(k + 1) == k + 1
    return doc[start:i] if start < i and opens else None


def _capital(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.text[:1].isupper()


def _listed(span: Span) -> tuple[int, int]:
    """Where the list of names that `span` stands in starts and ends: names joined by "and" ("Laura Benedetti and
    Chiara Rossi"), or by commas before a last "and" ("Antar Singh, Tilak Raj and Sukhdev Kumar")."""
    doc, start, end = span.doc, span.start, span.end
    anded, j = False, end
    while not anded and j + 1 < len(doc) and doc[j].lower_ in ("and", ",") and _capital(doc[j + 1]):
        anded = doc[j].lower_ == "and"
        j += 1
        while j < len(doc) and _capital(doc[j]):
            j += 1
        end = j if anded else end  # a comma joins names only in a list that an "and" closes
    while start >= 2 and _capital(doc[start - 2]):
        join = doc[start - 1].lower_
        if join == "and" and not anded:
            anded = True
        elif join != "," or not anded:
            break
        start -= 2
        while start > 0 and _capital(doc[start - 1]):
            start -= 1
    return start, end


def _plural(phrase: Span | None) -> bool:
    """Whether a descriptor speaks of more than one: a plural head ("journalists") or a number ("two")."""
    return phrase is not None and len(phrase) > 0 and (
        phrase[-1].tag_ in ("NNS", "NNPS") or any(t.like_num for t in phrase)
    )


def _chain(span: Span, index: DocIndex, d: ActorDictionary) -> Span | None:
    """ "Russian oil giant Volganeft", "Greek shipowner Yannis Karras": the modifiers in front of the name that
    hang on it, read back to the first word that does not."""
    doc, lo = span.doc, index.sentence_start(span.start)
    k = span.start - 1
    while k >= lo and _word(doc[k], index, d):
        k -= 1
    return doc[k + 1 : span.start] if k + 1 < span.start else None


def _apposed(span: Span, index: DocIndex, d: ActorDictionary) -> Span | None:
    """ "seized two American colleagues, Jack Hensley and Eugene Armstrong": the noun phrase before the names that
    the parse sets them in apposition to, the first name of a list standing for all of it; None when there is none
    or the phrase holds more than a descriptor's words."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head: Token | None = root.head
    if root.dep_ != "appos" or root.head.i >= span.start or root.head.pos_ not in ("NOUN", "PROPN"):
        head = _plural_before_list(span) or _ranked_apposition(span, d)
    if head is None:
        return None
    phrase = span.doc[head.left_edge.i : head.i + 1]
    return phrase if all(_word(t, index, d) or t.lower_ in _DETERMINERS for t in phrase) else None


def _plural_before_list(span: Span) -> Token | None:
    """ "seized two Slovak engineers, Jan Kolar and Petr Havel, near Kirkuk", whatever the parse makes of it: the
    plural noun the list of names follows with a comma, when a comma or the sentence's end closes the list."""
    doc = span.doc
    start, end = _listed(span)
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].tag_ not in ("NNS", "NNPS"):
        return None
    closed = end >= len(doc) or doc[end].text == "," or doc[end].is_sent_end or doc[end].text == "."
    return doc[start - 2] if closed else None


def _ranked_apposition(span: Span, d: ActorDictionary) -> Token | None:
    """ "killed a Canadian soldier, Cpl. Jamie Murphy, and an Afghan civilian": a rank between the comma and the
    name breaks the parse's apposition, and hangs the name beside the noun it names; the singular person noun right
    before the comma and the rank, when a comma or the sentence's end closes the name."""
    doc = span.doc
    start = span.start + (d.title_role([span[0].text]) is not None and len(span) > 1)
    rank = doc[start - 1] if start >= 3 and start - 1 >= span.start - 1 else None
    if rank is None or d.title_role([rank.text]) is None or doc[start - 2].text != ",":
        return None
    head = doc[start - 3]
    closed = span.end >= len(doc) or doc[span.end].text in (",", ".") or doc[span.end].is_sent_end
    return head if closed and head.tag_ == "NN" and head.lower_ in PERSON_NOUNS else None


def _nationals(phrase: Span, index: DocIndex, d: ActorDictionary) -> Descriptor | None:
    """ "two Americans": a plural of nationals, which gives the names listed after it their country alone."""
    head = phrase[-1]
    at = index.ent_at[head.i]
    if head.tag_ not in ("NNPS", "NNS") or at < 0 or index.ents[at].label_ != "NORP":
        return None
    country = _country(phrase[-1:], index, d, None)
    return Descriptor(phrase, country, None, False, True) if country else None


def _relative(span: Span, index: DocIndex, d: ActorDictionary, home: str | None) -> Descriptor | None:
    """ "Donaustahl, which is Austria's biggest steelmaker", "Hoshida Heavy Industries, which is based in Osaka"."""
    for clause in span.root.children:
        if clause.dep_ != "relcl":
            continue
        if clause.lemma_ in _SEAT_LEMMAS:
            for prep in clause.children:
                place = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep.lower_ == "in" else None
                if place is not None:
                    phrase = span.doc[place.left_edge.i : place.i + 1]
                    return Descriptor(phrase, _country(phrase, index, d, home), None, False, False)
        attr = next((a for a in clause.children if a.dep_ == "attr"), None) if clause.lemma_ == "be" else None
        if attr is not None:
            return _read(span.doc[attr.left_edge.i : attr.i + 1], index, d, home)
    return None


def _of_after(
    span: Span, index: DocIndex, d: ActorDictionary, home: str | None, owner: Callable[[Token], str | None] | None
) -> Descriptor | None:
    """ "Ali Hassan of the Iraqi Red Crescent", "the Anglican Church of Kenya": the body or state an "of" right
    after the name gives it, by its own country words or by the code of the actor named there. An age set off by
    commas may come first: "John Hale, 52, of Leeds" is from Leeds, as wire copy names a victim's home town."""
    doc, i = span.doc, span.end
    if i + 3 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 3
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    j = i + 1 + (doc[i + 1].lower_ == "the")
    k = j
    while k < len(doc) and (_word(doc[k], index, d) or (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper())):
        k += 1
    phrase = doc[j:k]
    if not len(phrase):
        return None
    country = _country(phrase, index, d, home)
    if country is None and owner is not None:
        country = next(filter(None, (owner(t) for t in phrase)), None)
    return Descriptor(phrase, country, None, False, False)


def own_descriptor(
    span: Span,
    index: DocIndex,
    d: ActorDictionary,
    home: str | None = None,
    owner: Callable[[Token], str | None] | None = None,
) -> Descriptor | None:
    """The descriptor of the name `span`: in apposition after it, before it with a comma, in front of it, or a
    relative clause on it; the first that places the name, else the first found. `home` is the country of a story
    placed in one ("the country's"); `owner(token)` the country of an actor named at a token, read when the
    phrase's own words give none ("the holding company of British airline Skyway")."""
    found: list[Descriptor] = []
    # Names listed under one plural descriptor share it ("Italian aid workers A and B", "A and B, two French
    # journalists"); a singular one is the nearest name's own ("A and B, an Iraqi interpreter": B's, not A's).
    start, end = _listed(span)
    after = _after(span.doc[start:end], index, d)
    chain = _chain(span.doc[start:end], index, d)
    after = after if end == span.end or _plural(after) else None
    chain = chain if start == span.start or _plural(chain) else None
    before = _before(span, index, d)
    before = before if (start, end) == (span.start, span.end) or _plural(before) else None
    apposed = _apposed(span, index, d)
    apposed = apposed if span.root.dep_ == "appos" or _plural(apposed) or _ranked_apposition(span, d) else None
    for phrase in (after, before, chain, apposed):
        read = _read(phrase, index, d, home) if phrase is not None else None
        read = read or (_nationals(phrase, index, d) if phrase is apposed and phrase is not None else None)
        if read is not None and read.country is None and owner is not None and phrase is not None:
            following = span.doc[phrase.end : phrase[-1].right_edge.i + 1]
            # "the top commander in Iraq": a place after "in" or "at" is where one serves, not whose one is.
            country = next(filter(None, (owner(t) for t in following if not (posted_at(t) or sent_to(t)))), None)
            read = Descriptor(read.phrase, country, read.role, read.organisation, read.person) if country else read
        if read is not None:
            found.append(read)
    for extra in (_relative(span, index, d, home), _of_after(span, index, d, home, owner)):
        if extra is not None:
            found.append(extra)
    return next((x for x in found if x.country), found[0] if found else None)


def described_names(index: DocIndex, d: ActorDictionary) -> list[tuple[Span, str]]:
    """Names the model left untagged that a descriptor says are an organisation or a person ("Kestrel Petroleum,
    a Canadian company, ..."): a run of capitalised proper nouns outside every entity, with its kind."""
    doc, out, texts = index.doc, [], index.texts
    # `_capital` and `is_upper` of every word, read from the index and the arrays instead of a Token each.
    capital = [p == PROPN and w[:1].isupper() for p, w in zip(index.pos, texts, strict=True)]
    upper = doc.to_array(IS_UPPER).tolist() if len(doc) else []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and index.ent_at[j] < 0 and (
            (capital[j] and not upper[j])
            # "Al-Waqt", "Hands of Hope": a hyphen or a short word between capitalised words
            or (texts[j] in _JOINERS and j > i and j + 1 < len(doc) and capital[j + 1])
        ):
            j += 1
        titles = j < len(doc) and index.ent_at[j] >= 0 and index.ents[index.ent_at[j]].label_ == "PERSON"
        if j > i and j - i <= 5 and texts[j - 1] not in _JOINERS and not titles:
            # (A run right before a person's name is the person's title: "army Chief of Staff Dan Halutz".)
            span = doc[i:j]
            phrase = _after(span, index, d) or _before(span, index, d) or _chain(span, index, d)
            read = _read(phrase, index, d, None) if phrase is not None else None
            if read is not None and (read.organisation or read.person):
                out.append((span, "org" if read.organisation else "person"))
        i = max(j, i + 1)
    return out


def describes_organisation(span: Span, index: DocIndex, d: ActorDictionary) -> bool:
    """Whether the name's own descriptor says it is an organisation ("Al-Waqt, a Kuwaiti daily", "the Egyptian
    opposition group Sawt al-Shaab")."""
    found = own_descriptor(span, index, d)
    return found is not None and found.organisation


def _described_kind(e: Entity, d: ActorDictionary) -> str | None:
    """ "person" or "organisation" when the entity is a description of one, with a country: "The Polish contractor",
    "a Russian oil firm" (singular, lower-case head noun); else None."""
    words = e.name.split()
    head = words[-1] if words else ""
    if not e.country or not head.islower() or e.role == "IGO":
        return None
    if e.kind == "person" and (head in PERSON_NOUNS or d.title_role([head]) is not None):
        return "person"
    return "organisation" if e.kind == "organisation" and head in _REUSED else None


def _one_word_person(e: Entity, kind: str | None) -> bool:
    return kind == "organisation" and e.kind == "person" and " " not in e.name and not e.title


def _named(e: Entity) -> bool:
    return e.kind in ("person", "organisation") and e.name.split()[-1][:1].isupper()


def by_description(entities: Sequence[Entity], doc: Doc, d: ActorDictionary, title_end: int) -> tuple[Entity, ...]:
    """A named person or organisation the text gives no country takes the one a description of its kind gives:
    a later definite one ("Gunmen seized Jan Kowalski ... The Polish contractor had been ...") describes the one
    of its kind named last before it; a headline's ("Russian oil firm faces tax claim") the first the lead names.
    Two descriptions that disagree give none. Last, a body's short name takes its full name's code
    (`shortforms.py`)."""
    found: dict[str, set[tuple[str, str | None]]] = {}
    for desc in entities:
        kind = _described_kind(desc, d)
        first = min(desc.mentions, key=lambda m: m.start) if kind and desc.mentions else None
        if first is None:
            continue
        # A single word the model called a person is as often a company ("Volganeft said"): an organisation's too.
        same = [e for e in entities if _named(e) and e.mentions and (e.kind == kind or _one_word_person(e, kind))]
        if first.start < title_end:  # a headline's description: the first of its kind the lead names
            body = [e for e in same if min(m.start for m in e.mentions) >= title_end]
            target = min(body, key=lambda e: min(m.start for m in e.mentions), default=None)
        else:
            token = doc.char_span(first.start, first.end, alignment_mode="expand")
            if token is None or token.start == 0 or doc[token.start - 1].lower_ != "the":
                continue
            if token.end < len(doc) and doc[token.end].pos_ == "PROPN":
                continue  # "the Russian oil firm Volganeft": the description of the name after it, no reference back
            before = [(max(m.start for m in e.mentions if m.start < first.start), e) for e in same
                      if any(m.start < first.start for m in e.mentions)]
            target = max(before, key=lambda p: p[0])[1] if before else None
            if any(e.country == desc.country for _, e in before):
                continue  # "Jalal Talabani met Robert Hale. The Iraqi president ...": the one already Iraqi
        # An international official is no state's president ("Annan met the Sudanese president"), and a body of no
        # state is no group of one ("Amnesty International accused ... the Janjaweed militia").
        if target is not None and not target.country and not target.group and target.role not in STATELESS:
            found.setdefault(target.id, set()).add((str(desc.country), desc.role))
    out = []
    for e in entities:
        codes = found.get(e.id, set())
        if len({c for c, _ in codes}) == 1:
            country, role = next(iter(codes))
            e = dataclasses.replace(e, country=country, role=e.role or role)
        out.append(e)
    return by_short_form(out)
