"""People the model missed right after their title: "Vice President Ratu Jope Seniloli", "Home Minister
Lutfozzaman Babar". The small model tags names it has seen; wire copy from Fiji, Bangladesh or Kyrgyzstan names
officials it has not, and a title phrase the role tables know, set before capitalised words in running text, is
how wire copy names a person: those words are the person's name, and the title then codes them as any titled
person's (docs/actors.md, "What the parse gets wrong").

Only in the body: a title-case headline capitalises every word ("Vice President Visits Troops"). Only words the
model left outside every entity, proper nouns, none of them a title word, a country, a people or a city.
"""

from __future__ import annotations

from spacy.symbols import PROPN
from spacy.tokens import Span

from newsgraph.understand.actors.clusters import Draft
from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.keys import fold
from newsgraph.understand.docview import DocIndex

# A name of up to four words; more is a run of something else ("Vice President Office Building Fund").
_MAX_NAME = 4


def titled_names(draft: Draft) -> list[tuple[Span, str]]:
    """The untagged names right after a title phrase in the body, each as (span, "person")."""
    index, d, doc = draft.index, draft.d, draft.doc
    body_start = next((b.end for b in draft.article.blocks if b.kind == "title"), 0)
    out: list[tuple[Span, str]] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and _free_capital(index, j):
            j += 1
        name = _after_title(index, d, i, j) if doc[i].idx >= body_start and j - i >= 2 else None
        if name is not None:
            out.append((doc[name:j], "person"))
        i = max(j, i + 1)
    return out


def _free_capital(index: DocIndex, j: int) -> bool:
    """A capitalised proper noun outside every entity, not written all in capitals (a dateline, an acronym)."""
    word = index.texts[j]
    return index.ent_at[j] < 0 and index.pos[j] == PROPN and word[:1].isupper() and not word.isupper()


def _after_title(index: DocIndex, d: ActorDictionary, i: int, j: int) -> int | None:
    """Where the name starts in the run of capitalised words [i, j): after the longest title phrase that opens
    it, when one to four words follow that are no title word, country, people or city; else None."""
    texts = index.texts
    for k in range(min(j - 1, i + d.title_max), i, -1):
        if d.title_role(texts[i:k]) is None:
            continue
        rest = texts[k:j]
        if len(rest) > _MAX_NAME or any(_not_a_name(d, w) for w in rest):
            return None
        return k
    return None


def _not_a_name(d: ActorDictionary, word: str) -> bool:
    folded = fold(word)
    return (
        d.title_word(word)
        or folded in d.adjectivals
        or folded in d.country_names
        or d.city(word) is not None
    )
