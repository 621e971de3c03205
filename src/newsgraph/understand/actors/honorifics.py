"""Words on a person's name that name no office: honorifics of standing or religion, and title words that are the
name's own last word.

"Sheikh Ibrahim Qudsi, the founder of Hamas": "Sheikh" tells the man's standing (a tribal elder, a cleric, a
ruling family's member), not what he does; his own descriptor, the founder of Hamas, says that, and outranks the
honorific. An honorific alone gives at most its own role (ELI, a community's elite), never a government's, and
the person takes the story's home country as "a cleric" does ("DOHA - Sheikh Hamad" is Qatar's; a sheikh in a
story from London coming out British is the lesser harm than a Gulf ruler with no country). A ruler the dated
dictionary knows keeps the office the dictionary gives him, and an office title before the honorific ("UAE Foreign
Minister Sheikh Abdullah") is his office.

"Dale King interviewed ...", "Tariq Sheikh appealed ...": a title word that ends a name is a surname. A title
counts before the name or as the head of the person's own descriptor, never as the name's last word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.keys import fold
from newsgraph.understand.actors.titles import Premodifiers, premodifiers
from newsgraph.understand.docview import DocIndex

# Honorifics: roles.yaml lists them as ELI titles, so that they are read (and kept off the name) as titles are.
HONORIFICS = frozenset(
    {
        *("sheikh", "sheik", "shaikh", "mullah", "mollah", "mawlawi", "maulana", "mufti", "imam", "hojatoleslam"),
        *("sayyid", "sayyed", "ayatollah", "grand ayatollah", "rabbi"),
        *("pope", "patriarch"),  # a church's head: the dated dictionary's office for the pope outranks it
    }
)


def honorific(title: str | None) -> bool:
    """Whether a title read before a name is an honorific of standing or religion, not an office."""
    return title is not None and fold(title) in HONORIFICS


def office_premodifiers(
    index: DocIndex, start: int, d: ActorDictionary, country_at: Mapping[int, str | None] | None = None
) -> Premodifiers:
    """What stands in front of the name at token `start`, read past an honorific to the office title before it:
    "UAE Foreign Minister Sheikh Abdullah" holds the office (Foreign Minister, of the UAE); "Sheikh" only tells his
    standing. The honorific's own reading when no office stands before it."""
    pre = premodifiers(index, start, d, country_at)
    if pre.title is None or not honorific(pre.title):
        return pre
    n = len(pre.title.split())
    if start - n < 0 or fold(index.doc[start - n : start].text) != fold(pre.title):
        return pre
    office = premodifiers(index, start - n, d, country_at)
    if office.title is None or honorific(office.title):
        return pre
    return office


def surname_title(words: Sequence[str], d: ActorDictionary) -> bool:
    """Whether the title word that ends a person's name is its surname ("Dale King", "Marian Scott King", "Tariq
    Sheikh"): a word before it is a name of its own, a given name or a capitalised word that is no title word, no
    minister's field, no country's and no acronym ("Prime Minister", "Iraqi Deputy Minister", "FBI Director" are
    titles alone)."""
    for word in words[:-1]:
        w = word.removesuffix("'s").removesuffix("’s")
        if w in d.given_names:
            return True
        if not w[:1].isupper() or w.isupper() or d.country_of(w) is not None:
            continue
        if not d.title_word(w) and fold(w) not in d.portfolios:
            return True
    return False
