"""Names the dated dictionary knows that the model left untagged or mislabelled: full names of known people
outside every entity ("Morgan Tsvangirai, who leads ..."), and a known figure's bare surname ("Musharraf
survived ...", "Uganda's Museveni") that the small model tags as nothing, a nationality, a place or a product.
"""

from __future__ import annotations

import datetime as dt

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span

from newsgraph.understand.actors.clusters import Draft
from newsgraph.understand.actors.keys import fold


def known_surname(draft: Draft, span: Span) -> bool:
    """One capitalised word the dated dictionary knows as the surname of people who share a country ("Uganda's
    Museveni", "Karzai Rival Concedes"), which the model called a nationality, a place or a product: the person.
    A country, city or nationality word never is (the gazetteer tags those with an id first)."""
    if len(span) != 1 or span.ent_id_ or not span.text[:1].isupper() or span.text.isupper():
        return False
    text = span.text
    if draft.d.country_names.get(fold(text)) or draft.d.city(text) or fold(text) in draft.d.adjectivals:
        return False
    if span.end < len(draft.doc) and (draft.index.folded[span.end],) in draft.d.descriptors:
        return (
            False  # "Chechen rebels", "Chechen Rebels Seize School": a word qualifying a group is no person
        )
    return surname_of_known_people(draft, text)


def body_surname(draft: Draft, span: Span) -> str | None:
    """ "Del Ponte Says Serbia Shields Mladic": a headline name the model called a place, an organisation or a
    person apart is the surname of a person the body names in full: that full name ("Carla Del Ponte"). So is a
    body's "Suu Kyi" after "Aung San Suu Kyi" (a full name as the dated dictionary completes the model's)."""
    title = next((b for b in draft.article.blocks if b.kind == "title"), None)
    headline = title is not None and span.start_char < title.end
    tail = " " + span.text
    for e in draft.ents:
        if e.label_ != "PERSON" or (e.start_char < title.end if title and headline else e.end_char > span.start_char):
            continue  # a headline's name is a person of the body; a body's name one named before it
        for full in (e, _known_longer(draft, e)):
            if full is not None and full.text.endswith(tail):
                return full.text
    return None


def surname_of_known_people(draft: Draft, text: str) -> bool:
    dated = draft.d.dated
    if dated is None:
        return False
    # Holders of the surname that agree, or that agree among the countries the article names ("Uribe").
    named = frozenset(e.ent_id_.split(":")[1] for e in draft.ents if e.ent_id_.startswith("country:"))
    day = article_day(draft)
    if dated.surname_code(text, day) is None and dated.surname_code(text, day, named) is None:
        return False
    own = dated.codes.get(fold(text), ())
    return not own or any(len(c.code) > 3 for c in own)  # a word the dictionary has as a place is that place


def untagged_people(draft: Draft) -> list[tuple[Span, str]]:
    """Full names of people the dated dictionary knows that the model left untagged ("Morgan Tsvangirai, who
    leads ..."): a run of two to four capitalised proper nouns outside every entity, named exactly so; and a
    known figure's bare surname (`_bare_surname`)."""
    dated, doc, ent_at = draft.d.dated, draft.doc, draft.ent_at
    if dated is None or not dated.people:
        return []
    out: list[tuple[Span, str]] = []
    # This runs over every word: the arrays and the length are read once, and a word outside every entity that is
    # no noun is passed over here, as `_bare_surname` would.
    pos, texts, size = draft.index.pos, draft.index.texts, len(doc)
    i = 0
    while i < size:
        j = i
        while j < size and ent_at[j] < 0 and pos[j] == PROPN and texts[j][:1].isupper():
            j += 1
        if 2 <= j - i <= 4 and fold(doc[i:j].text) in dated.people:
            out.append((doc[i:j], "person"))
        elif j - i <= 1 and ent_at[i] < 0 and pos[i] in _NOUNS and _bare_surname(draft, i):
            out.append((doc[i : i + 1], "person"))
        i = max(j, i + 1)
    return out


# Where a bare surname stands as a noun of its own: a subject, an object, a conjunct, a possessor. Not a word that
# qualifies the noun after it ("Bush fires", "Rice prices", "the Blair government"): it names no one there. The
# small tagger calls an unknown surname opening a sentence a common noun ("Musharraf escaped ...").
_NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "dative"})
_NOUNS = frozenset({PROPN, NOUN})
# Surnames of the project's figures that are also ordinary English words: opening a sentence ("Snow covered the
# roofs", "Rice is a staple") the word is more likely the word. The model tags such people itself when they are.
_ORDINARY_WORDS = frozenset({
    "army", "baker", "burns", "bush", "caldera", "cook", "cooper", "darling", "delay", "fox", "front", "gallant",
    "gang", "garland", "gates", "harper", "hijab", "holder", "hunt", "i", "jihad", "lasso", "lay", "lynch", "major",
    "may", "mesa", "movement", "pace", "pen", "perry", "power", "rice", "ridge", "royal", "salami", "sessions",
    "short", "slim", "snow", "son", "straw", "struck", "sultan", "sun", "sung", "tiro", "top", "tutu", "wade",
    "wine", "frost", "king", "young", "little", "white", "black", "green", "wood", "rich", "hope", "hill",
    "tenet", "jobs", "summers", "ramadan", "rama", "lama", "mahdi", "sen", "ping", "reid", "bell", "lamb", "wolf",
    "bird", "mills", "sharp", "love", "best", "park", "trump", "pence", "will", "grant",
})  # fmt: skip


def article_day(draft: Draft) -> dt.date | None:
    """The article's date, which says who held an office then."""
    published = draft.article.published
    return published.date() if isinstance(published, dt.datetime) else published


def _bare_surname(draft: Draft, i: int) -> bool:
    """ "Musharraf survived an attempt on his life": the bare surname of a figure the project's own dated files
    know (the public figures an informed reader knows), standing as a noun of its own, which the model left
    untagged. Phoenix's thousands of lesser names are not enough: too many surnames are ordinary words."""
    dated = draft.d.dated
    if dated is None or i >= len(draft.doc) or draft.ent_at[i] >= 0 or draft.index.pos[i] not in _NOUNS:
        return False
    tok = draft.doc[i]  # after the checks on the index: most words fail them, and a Token costs one each
    if tok.dep_ not in _NOUN_SLOTS or not tok.text[:1].isupper() or fold(tok.text) in _ORDINARY_WORDS:
        return False
    if len(tok.text) < 3 or not any(
        n in dated.project and dated.known_by(n, article_day(draft)) for n in dated.surnames.get(fold(tok.text), ())
    ):
        return False  # "Ma": two letters are too many people's surname, and too many words'; an undated figure's too
    return known_surname(draft, draft.doc[i : i + 1])


# The generic head a party's name may take or drop ("the UMP party", "the Congress party").
_PARTY = frozenset({"party"})
# Titles of a peer that the model leaves off the name ("Lord Butler", "Baroness Amos").
_PEERS = frozenset({"lord", "lady", "baroness", "baron", "dame", "sir"})


def known_shape(draft: Draft, span: Span) -> list[Span]:
    """A model name reshaped to the names the dictionaries know: "Aung San" before an untagged "Suu Kyi" is the
    person the dictionary knows as "Aung San Suu Kyi"; "Roh Moo-hyun's Uri Party" is the person and his party, two names; "the UMP party" is the UMP and "the Congress party" the Congress party (the generic head
    "party" taken off or on, whichever the dictionaries name); "Lord Butler" keeps the peer's title the model
    left off. A span the dictionaries know as it stands, or whose parts they do not know, is left whole."""
    doc = draft.doc
    if len(span) == 0:
        return [span]
    if (longer := _known_longer(draft, span)) is not None:
        return [longer]
    if span.end < len(doc) and doc[span.end].lower_ in _PARTY and _known(draft, doc[span.start : span.end + 1].text):
        return [doc[span.start : span.end + 1]]  # the longer name the dictionaries know ("Congress party")
    if _known(draft, span.text):
        return [span]
    for k in range(span.start + 1, span.end - 1):
        if doc[k].text in ("'s", "’s") and _known(draft, doc[span.start : k].text):
            return [doc[span.start : k], doc[k + 1 : span.end]]  # the possessor and the thing possessed
    if len(span) > 1 and doc[span.end - 1].lower_ in _PARTY and _known(draft, doc[span.start : span.end - 1].text):
        return [doc[span.start : span.end - 1]]
    peer = span.start > 0 and doc[span.start - 1].lower_ in _PEERS and doc[span.start - 1].text[:1].isupper()
    if peer and _known(draft, doc[span.start - 1 : span.end].text):
        return [doc[span.start - 1 : span.end]]
    return [span]


def _known_longer(draft: Draft, span: Span) -> Span | None:
    """ "Aung San Suu Kyi": a model name that stops short of the full name of a person the dated dictionary knows,
    the rest of which the model left untagged (one to three capitalised proper nouns right after it)."""
    dated, doc = draft.d.dated, draft.doc
    if dated is None:
        return None
    for end in range(min(span.end + 3, len(doc)), span.end, -1):
        rest = range(span.end, end)
        free = all(draft.ent_at[j] < 0 and draft.index.pos[j] == PROPN and draft.index.texts[j][:1].isupper() for j in rest)
        if free and fold(doc[span.start : end].text) in dated.people:
            return doc[span.start : end]
    return None


def _known(draft: Draft, text: str) -> bool:
    dated = draft.d.dated
    return draft.d.find(text) is not None or (dated is not None and text in dated)
