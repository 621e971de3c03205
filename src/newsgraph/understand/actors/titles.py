"""What stands before or beside a name and says who the named one is: titles, descriptors, appositions.

"Belarusian President Alexander Lukashenko", "FBI Director Kash Patel", "the state news agency Belta", "Chuck
Grassley, the Republican chairman of ...": the entity stage reads these to give people their titles and to tell
organisations from people; the actor stage reads the same words for country and role. Split out of entities.py,
which clusters the mentions.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.plurals import plural_of
from newsgraph.understand.docview import DocIndex

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# Words that put a title in the past: "Former Egyptian President Hosni Mubarak" no longer holds the office.
_FORMER = frozenset({"former", "ex", "ex-"})
# Common nouns for one person: not titles, but a nationality on one says whose national the person is ("British
# engineer Ken Marsh", "Ken Marsh, a British engineer", "a Turkish truck driver").
PERSON_NOUNS = frozenset(
    {
        *("man", "woman", "boy", "girl", "child", "teenager", "civilian", "citizen", "national", "resident"),
        *("driver", "contractor", "engineer", "worker", "employee", "technician", "translator", "interpreter"),
        *("tourist", "pilgrim", "student", "hostage", "captive", "victim", "prisoner", "detainee", "businessman"),
        *("soldier", "policeman", "sailor", "pilot", "guard", "farmer", "fisherman", "trader", "priest", "missionary"),
        *("cook", "cameraman", "teacher", "labourer", "laborer", "shepherd", "shopkeeper", "merchant", "volunteer"),
        *("bodyguard", "mechanic", "villager", "youth", "scientist", "physicist", "economist", "banker", "writer"),
        *("author", "poet", "novelist", "artist", "singer", "actor", "actress", "athlete", "climber", "geologist"),
        *("maid", "housemaid", "nanny", "nurse", "doctor", "surgeon", "shipowner", "tycoon", "magnate", "financier"),
        *("billionaire", "entrepreneur", "industrialist", "filmmaker", "photographer", "architect", "professor"),
        *("defector", "migrant", "immigrant", "refugee", "monk", "nun", "imam", "cleric", "bishop", "rabbi"),
        *("colleague", "compatriot", "companion", "co-worker"),
    }
)



def person_noun_role(words: Sequence[str], dictionary: ActorDictionary) -> str | None:
    """The role a common noun for one person ending `words` takes from its plural ("hostage": "hostages" CVL,
    "policeman": "policemen" COP, "aid worker": "aid workers" NGO); None when it is no such noun or the plural
    names no role in the project's own lists."""
    if not words or words[-1].casefold() not in PERSON_NOUNS:
        return None
    last = words[-1]
    plural = plural_of(last.casefold())
    if (plural.casefold(),) in dictionary.agent_only:
        return None  # only Phoenix's agents list codes it ("engineers" CVL): the project leaves the person's role open
    return dictionary.head_role([*words[:-1], plural])


# Nouns for things named right after them ("the tanker Sea Star", "the film Silent River"): such a name cannot act.
THINGS = frozenset(
    {
        *("ship", "tanker", "vessel", "freighter", "ferry", "yacht", "trawler", "carrier", "submarine", "frigate"),
        *("plane", "aircraft", "airliner", "jet", "helicopter", "satellite", "spacecraft", "rocket", "missile"),
        *("film", "movie", "book", "novel", "album", "song", "play", "painting", "opera", "musical", "documentary"),
        *("hurricane", "storm", "typhoon", "cyclone"),
    }
)
# Titles of people who speak for a body: the body the text attaches them to ("a spokesman for the interior ministry")
# or, when it names none, the story's own country, is theirs.
SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Ranks only one state's forces hold, which name the state as "U.S. Attorney" does: "Spc." (specialist, the U.S.
# Army's E-4 grade, as wire style abbreviates it; no other army the 2004 wire reports on has it). "Pfc." is left
# out: the Philippine army writes it too.
_RANK_STATES = {"spc.": "USA"}


@dataclass(frozen=True)
class Premodifiers:
    """What stands in front of a name: "Belarusian President", "FBI Director", "D.C. US Attorney"."""

    title: str | None = None
    title_role: str | None = None  # None: no title; "": a title without a sector ("Director")
    country: str | None = None
    affiliation: Span | None = None  # an ORG the title attaches to ("FBI" in "FBI Director")
    former: bool = False  # "former President": the title's country still holds, its office does not


def _possessive_state(
    index: DocIndex, i: int, lo: int, dictionary: ActorDictionary, country_at: Mapping[int, str | None] | None
) -> str | None:
    """When token `i` is the "'s" of a state ("Russia's Foreign Ministry", "Israel's Supreme Court"), that state's
    country, which owns the name after it ("" when the dictionary does not know the state); else None."""
    if index.doc[i].tag_ != "POS" or i <= lo or index.ent_at[i - 1] < 0:
        return None
    owner = index.ents[index.ent_at[i - 1]]
    if owner.label_ != "GPE":
        # "Sri Lanka's navy", where the model tags "Sri Lanka's" a person: the place the entity stage found there.
        placed = country_at.get(index.doc[owner.start].idx) if country_at is not None else None
        return placed if placed and owner.end <= i + 1 else None
    return _country_of_span(owner, dictionary, country_at) or ""


def premodifiers(
    index: DocIndex,
    start: int,
    dictionary: ActorDictionary,
    country_at: Mapping[int, str | None] | None = None,
) -> Premodifiers:
    """Read back from token `start` over titles and the names that qualify them, within the sentence.
    "Belarusian President Alexander Lukashenko": title President, country BLR. "FBI Director Kash Patel": title
    Director, affiliation FBI; "Karzai's spokesman": affiliation Karzai. "Russia's Foreign Ministry": country RUS. `country_at` maps a name's start offset to
    the country the entity stage decided for it (a "Georgia" that is the US state); else the ruler's reading."""
    doc, ents, ent_at, texts, folded = index.doc, index.ents, index.ent_at, index.texts, index.folded
    i = start - 1
    title: str | None = None
    role: str | None = None
    country: str | None = None
    affiliation: Span | None = None
    former = False
    lo = index.sentence_start(start)
    while i >= lo:
        e = ent_at[i]
        if title is not None and (passed := _passed_over(index, i, lo)):
            former = former or passed == "former"
            i -= 1
            continue
        # Every title phrase looked up below ends with word i: none can match unless it ends a title.
        title_here = dictionary.title_ends is None or folded[i] in dictionary.title_ends
        # A title the model took for a name ("Minister of State" with "State" as ORG) is still a title.
        spans_title = e >= 0 and title_here and _title_over_name(index, i, lo, dictionary)
        if e >= 0 and (ents[e].label_ in ("GPE", "NORP", "ORG") or _served(index, e, title)) and not spans_title:
            ent = ents[e]
            if ent.label_ in ("ORG", "PERSON"):
                affiliation = affiliation or ent
            elif found := _country_of_span(ent, dictionary, country_at):
                country = country or found
            elif ent.label_ != "NORP":  # a NORP ("Republican", "Western") qualifies but names no country
                break
            i = ent.start - 1
            continue
        matched = _title_ending_at(index, i, lo, dictionary, title_here)
        if matched is not None and title is None:
            words, role = matched
            text = " ".join(words)
            # A title may name its country itself: "U.S. Attorney".
            country = country or next(filter(None, map(dictionary.country_of, words[:-1])), _RANK_STATES.get(text.casefold()))
            title = text[:1].upper() + text[1:] if text.islower() and len(words) == 1 else text
        past = _past_person_noun(index, i, lo) if matched is None and title is None and country is None else None
        if past is not None:
            i, title = past, ""  # "British engineer Ken Marsh": no title, but the nationality is the person's
            continue
        if matched is None:
            if title is not None and doc[i].lower_ in dictionary.portfolios and texts[i][:1].isupper():
                i -= 1  # "Polish Agriculture Minister": the field belongs to the title
                continue
            shared = _plural_title_of_pair(index, i, lo, dictionary) if title is None else None
            if shared is not None:
                return shared
            country = country or _possessive_state(index, i, lo, dictionary, country_at) or None
            break
        i -= len(matched[0])
    return Premodifiers(title or None, role, country, affiliation, former)


def _served(index: DocIndex, e: int, title: str | None) -> bool:
    """Whether entity `e` is a person whose possessive owns the title read after it ("Karzai's spokesman Jawed
    Ludin"): the person he serves, an affiliation as an organisation is."""
    ent = index.ents[e]
    return title is not None and ent.label_ == "PERSON" and ent.end < len(index.doc) and index.texts[ent.end] in _POSSESSIVE


def _passed_over(index: DocIndex, i: int, lo: int) -> str:
    """What token `i`, before a title already read, is when reading may go on past it: "possessive" ("Britain's
    shadow home secretary": the country owns the title), "former" ("former Egyptian President", "Egypt's former
    president", "ex-President"), "hyphen" (inside "Lieutenant-Colonel"), or "" when it is none of them."""
    texts, folded = index.texts, index.folded
    if texts[i] in _POSSESSIVE and i - 1 >= lo and index.ent_at[i - 1] >= 0:
        return "possessive"
    if folded[i] in _FORMER or (texts[i] == "-" and i > lo and folded[i - 1] == "ex"):
        return "former"
    doc = index.doc
    if texts[i] == "-" and i > lo and not doc[i].whitespace_ and not doc[i - 1].whitespace_:
        return "hyphen"  # "NATO spokeswoman Lieutenant-Colonel X": a hyphen joins the words of one rank
    return ""


def _past_person_noun(index: DocIndex, i: int, lo: int) -> int | None:
    """The token before a common noun for a person ending at `i` and its lower-case modifiers ("truck driver", "aid
    worker", "nuclear scientist"), or None when token `i` is no such noun."""
    doc = index.doc
    if index.folded[i] not in PERSON_NOUNS or not doc[i].is_lower:
        return None
    i -= 1
    while i >= lo and doc[i].is_lower and doc[i].dep_ in ("compound", "amod"):  # "nuclear scientist"
        i -= 1
    return i


def _title_over_name(index: DocIndex, i: int, lo: int, dictionary: ActorDictionary) -> bool:
    """Whether a title of two words or more ends at token `i`, the last word of a name."""
    folded = index.folded
    return any(
        dictionary.titles.get(tuple(folded[i - n + 1 : i + 1])) is not None
        for n in range(2, min(dictionary.title_max, i - lo + 1) + 1)
    )


def _title_ending_at(
    index: DocIndex, i: int, lo: int, dictionary: ActorDictionary, title_here: bool
) -> tuple[list[str], str] | None:
    """The longest title ending at token `i` (its words, its role), not reaching back before `lo`."""
    texts, folded = index.texts, index.folded
    for n in range(min(dictionary.title_max, i - lo + 1) if title_here else 1, 0, -1):
        words = texts[i - n + 1 : i + 1]
        found_role = dictionary.titles.get(tuple(folded[i - n + 1 : i + 1])) if title_here else None
        if found_role is None and n == 1 and words[0].endswith("s") and words[0].islower():
            found_role = dictionary.title_role([words[0][:-1]])  # "presidents Lukashenko and Pezeshkian"
            if found_role is not None:
                words = [words[0][:-1]]
        if found_role is not None:
            return words, found_role
    return None


def _plural_title_of_pair(
    index: DocIndex, i: int, lo: int, dictionary: ActorDictionary
) -> Premodifiers | None:
    """A plural title in front of the first name of a pair is the second one's title too: "presidents Alexander
    Lukashenko and Masoud Pezeshkian" (token `i` is the "and" or comma between the two)."""
    doc, ents, ent_at = index.doc, index.ents, index.ent_at
    if i - 1 < lo or doc[i].lower_ not in ("and", ",") or ent_at[i - 1] < 0:
        return None
    first = ents[ent_at[i - 1]]
    if first.label_ != "PERSON":
        return None
    shared = premodifiers(index, first.start, dictionary)
    before = doc[first.start - 1] if first.start > 0 else None
    if shared.title and before is not None and before.lower_.endswith("s") and before.is_lower:
        return shared
    return None


def _country_of_span(
    span: Span, dictionary: ActorDictionary, country_at: Mapping[int, str | None] | None = None
) -> str | None:
    if country_at is not None and span.start_char in country_at:
        return country_at[span.start_char]
    ent_id = span.ent_id_
    if ent_id.startswith(("country:", "norp:", "city:")):
        return ent_id.split(":")[1]
    return dictionary.country_of(span.text)


def descriptor_before(index: DocIndex, end: int, dictionary: ActorDictionary) -> str | None:
    """Role of a descriptor right before token `end`: "state news agency Belta", "the opposition party Fidesz"."""
    if (
        end > 0
        and dictionary.descriptor_ends is not None
        and index.folded[end - 1] not in dictionary.descriptor_ends
    ):
        return None  # every phrase looked up ends with word end - 1
    for n in range(min(dictionary.descriptor_max, end), 0, -1):
        role = dictionary.descriptors.get(tuple(index.folded[end - n : end]))
        if role:
            return role
    return None


def _own_apposition(span: Span, child: Token) -> bool:
    """Whether an apposition the parse hangs on a name is the name's own: a singular one only right after it or
    its age ("A and B, an Iraqi interpreter" is B's, wherever the parse hangs it), a plural one ("A and B, two French
    journalists") the whole list's."""
    plural = child.tag_ in ("NNS", "NNPS") or any(t.like_num for t in child.lefts)
    if plural:
        return True
    if child.left_edge.i < span.end:
        return False  # "Jacques Chirac, the French president, and Gerhard Schroeder": the title is Chirac's
    between = span.doc[span.end : child.left_edge.i]
    return all(t.is_punct or t.like_num for t in between)  # "Simon Leach, 41, a British engineer"


def _appositions(span: Span) -> Iterator[Token]:
    """The appositions that are the name's own, also one the parse hangs on the first name of its list ("Tony Blair
    and Jacques Chirac, the French president": Chirac's)."""
    root = span.root
    heads = [root]
    while heads[-1].dep_ == "conj" and heads[-1].head.i != heads[-1].i:
        heads.append(heads[-1].head)
    for head in heads:
        yield from (c for c in head.children if c.dep_ == "appos" and _own_apposition(span, c))


def appositive(span: Span, dictionary: ActorDictionary) -> Token | None:
    """The title noun in apposition to a name: "Chuck Grassley, the Republican chairman of ..." -> "chairman"."""
    for child in _appositions(span):
        if (
            dictionary.title_role([child.text]) is not None or (child.is_lower and child.lower_ in PERSON_NOUNS)
        ):
            return child  # a title, or a common noun for a person ("Ken Marsh, a British engineer")
    return None


# Nouns for one national that are no adjective and no plural the country table lists (which keeps them out of
# the gazetteer: "a Briton" stays an actor of its own, not a nationality word).
NATIONALS = {
    **dict.fromkeys(("briton", "englishman", "englishwoman", "scotsman", "welshman"), "GBR"),
    **dict.fromkeys(("frenchman", "frenchwoman"), "FRA"),
    **dict.fromkeys(("dutchman", "dutchwoman"), "NLD"),
    **dict.fromkeys(("irishman", "irishwoman"), "IRL"),
    "spaniard": "ESP",
    # Before a name or in apposition only ("Pole Jan Nowak", "Jan Nowak, a Pole"): alone, these words are also
    # a post, a given name and a slang word, so the country table does not list them.
    "pole": "POL", "brit": "GBR", "scot": "GBR",
}


def national_before(index: DocIndex, start: int) -> str | None:
    """ "Briton Kenneth Bigley", "Frenchman Georges Malbrunot": the country of a national's noun just before the
    name at token `start`, standing as his title; None when there is none."""
    return NATIONALS.get(index.folded[start - 1]) if start > 0 and index.texts[start - 1][:1].isupper() else None


def appositive_demonym(span: Span, dictionary: ActorDictionary) -> str | None:
    """ "Kenneth Brigham, a Briton, ...", "Sayed Moussa, an Egyptian, ...": the country a nationality noun in
    apposition to a name gives the person; None when there is none."""
    for child in _appositions(span):
        if child.text[:1].isupper():
            found = dictionary.adjectivals.get(child.text.casefold()) or NATIONALS.get(child.lower_)
            if found:
                return found
    return None


def appositive_title(span: Span, dictionary: ActorDictionary) -> str | None:
    token = appositive(span, dictionary)
    return token.text if token is not None else None


# Verbs by which a relative clause gives a person's office: "Pedro Alvarado, who heads Bolivia's main union".
_LEADS = frozenset({"head", "lead", "run", "chair", "command", "direct"})


def _owner_country(head: Token, dictionary: ActorDictionary) -> str | None:
    """The country a noun phrase's own words give: its adjective ("the Bolivian union") or its possessive state
    ("Bolivia's main union", "Sri Lanka's army", "Bolivia's coca growers' union")."""
    words = [t.text for t in head.subtree if t.i < head.i]
    for n, word in enumerate(words):
        found = dictionary.country_of(" ".join(words[n : n + 2])) or dictionary.country_of(word)
        if found:
            return found
    return None


def relative_office(span: Span, dictionary: ActorDictionary) -> tuple[str | None, str | None]:
    """Role and country of the office a relative clause gives a name ("Morgan Tsvangirai, who leads Zimbabwe's
    main opposition party": OPP, ZWE), from the led thing's own words; (None, None) when there is none."""
    for clause in span.root.children:
        if clause.dep_ != "relcl" or clause.lemma_ not in _LEADS:
            continue
        for obj in clause.children:
            if obj.dep_ == "dobj":
                words = [t.text for t in obj.lefts if t.dep_ in ("compound", "amod")] + [obj.text]
                return dictionary.head_role(words) or None, _owner_country(obj, dictionary)
    return None, None


def title_of_country(index: DocIndex, span: Span, dictionary: ActorDictionary) -> tuple[str | None, str | None]:
    """ "The foreign minister of Mali, Amadou Sidibe, ...": a title with an "of" phrase naming a state, set before
    the name with a comma. The parse often hangs the name on the "of"; the words are read instead."""
    doc, i = index.doc, span.start - 1
    if i < 2 or doc[i].text != ",":
        return None, None
    j = i - 1
    while j > 0 and index.ent_at[j] >= 0 and index.ent_at[j] == index.ent_at[i - 1]:
        j -= 1  # back over the state's name
    country = dictionary.country_of(doc[j + 1 : i].text) if j < i - 1 else None
    if country is None:
        return None, None
    j -= 1 if index.folded[j] == "the" else 0
    if index.folded[j] != "of":
        return None, None
    lo = index.sentence_start(j)
    for n in range(min(dictionary.title_max, j - lo), 0, -1):
        role = dictionary.titles.get(tuple(index.folded[j - n : j]))
        if role is not None:
            return role or None, country
    return None, None


def country_after(index: DocIndex, span: Span, dictionary: ActorDictionary) -> str | None:
    """ "Foreign Minister Ahmed Mansour of Tanzania", "Prime Minister Lars Brenning of Sweden": AP style puts a
    person's country in an "of" phrase right after the name. Only a country's name (or its capital) counts."""
    i = span.end
    if i + 1 >= len(index.doc) or index.folded[i] != "of" or index.ent_at[i + 1] < 0:
        return None
    ent = index.ents[index.ent_at[i + 1]]
    if ent.start != i + 1 or not ent.ent_id_.startswith(("country:", "city:")):
        return None
    return ent.ent_id_.split(":")[1]


def body_of(span: Span) -> Span | None:
    """The phrase a title's "for" or "of" attaches it to: "the interior ministry" in "a spokesman for the interior
    ministry"; None when there is none."""
    for prep in span.root.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return span.doc[obj.left_edge.i : obj.i + 1]
    return None


def descriptor_start(span: Span, dictionary: ActorDictionary) -> int:
    """Where the descriptor phrase of two words or more that ends `span` starts ("Riot police", "border guards"), or
    `span.end` when there is none: its words are common nouns, never names of their own."""
    for n in range(len(span), 1, -1):
        if tuple(t.lower_ for t in span[-n:]) in dictionary.descriptors:
            return span.end - n
    return span.end


def title_phrase(head: Token, dictionary: ActorDictionary) -> tuple[str | None, str | None]:
    """Role and country of the title phrase ending at `head` ("shadow chancellor", "Britain's interior
    minister"), from its own words only."""
    words = [t.text for t in head.lefts if t.dep_ in ("compound", "amod", "poss")] + [head.text]
    words = [w for w in words if w not in ("'s", "’s")]
    for n in range(len(words), 0, -1):
        role = dictionary.title_role(words[-n:])
        if role is not None:
            country = dictionary.country_in(words[:-n])
            return role or None, country
    return None, None
