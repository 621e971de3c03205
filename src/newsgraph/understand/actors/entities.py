"""Entities resolved within one article: who and what the text names, and every way it refers to them.

`find_entities(article, doc, dictionary)` starts from the parse's named entities (the statistical NER corrected by
the dictionary's ruler, see `dictionary.py`) and groups every reference to the same thing into one `Entity`:

- full name and surname ("Masoud Pezeshkian" ... "Pezeshkian"), whatever label the model gave the surname;
- acronym and full form ("AP" / "The Associated Press"), from the actor dictionary or from the initials;
- a definite description and the entity it points back to: a title ("the director" -> the person last introduced
  as "FBI Director Kash Patel") or an organisation's head noun ("the association", "the ministry", "the bureau");
- a pronoun in an attribution frame ("Belta quoted him as telling Lukashenko", "it said");
- a group named by a descriptor with a modifier that ties it to an actor ("Three ousted high-ranking FBI
  officials", "Iraqi police"), which later stages need as a participant although it is not a name.

Countries come out with kind "country" and their ISO3 code, cities with kind "place" and the code of their country;
CAMEO roles are the actor stage's job (`coding.py`), which reads the same text evidence through `titles.premodifiers`.

The steps live in their own modules and share one `clusters.Draft`: `names` (named mentions and which are the
same thing), `groups` (participants named by a description) and `references` (titles, descriptions, pronouns).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from newsgraph.model import Article, Entity
from newsgraph.understand.actors.clusters import Cluster, Draft
from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.groups import add_groups
from newsgraph.understand.actors.names import add_names
from newsgraph.understand.actors.nationals import add_lone_nationals
from newsgraph.understand.actors.references import attach_titles, resolve_descriptions, resolve_pronouns
from newsgraph.understand.docview import DocIndex


def find_entities(
    article: Article, doc: Doc, dictionary: ActorDictionary, index: DocIndex | None = None
) -> tuple[Entity, ...]:
    """Every person, organisation, country, place and news outlet the article names, with all its mentions.

    `index` is `DocIndex(doc, doc_text(article, doc))` when the caller has built it already (the actor stage
    reads the same one): it is built here otherwise."""
    draft = Draft(article, doc, dictionary, index)
    add_names(draft)
    draft.timeline.sort()
    attach_titles(draft)  # before groups: a person's title keeps "the interior minister" from being a new one
    add_groups(draft)
    add_lone_nationals(draft)
    draft.timeline.sort()
    resolve_descriptions(draft)
    resolve_pronouns(draft)
    return _entities(draft)


def _entities(draft: Draft) -> tuple[Entity, ...]:
    out: list[Entity] = []
    # Two entities named from one place ("U.S. contractors" and the "U.S." in it): the whole phrase first, the
    # word inside it after.
    def order(c: Cluster) -> tuple[int, int]:
        return c.first, -max((m.end for m in c.names if m.start == c.first), default=c.first)

    for c in sorted(draft.clusters.values(), key=order):
        if not c.names:
            continue
        names = sorted(c.names, key=lambda m: m.start)
        texts = _distinct(m.text for m in names)
        forms = list(texts)
        if c.kind == "person" and c.entry is not None and c.entry.name not in forms:
            # A known person named only by surname still gets the full name ("Putin" -> "Vladimir Putin").
            forms.append(c.entry.name)
        # Of two forms as long, one in normal case ("John Howard") before one a lead shouts ("JOHN Howard").
        name = c.canonical or max(forms, key=lambda t: (len(t), not _shouted(t), -forms.index(t)))
        if c.kind == "person" and _shouted(name):
            name = " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in name.split())
        aliases = tuple(t for t in texts if t != name)
        mentions = tuple(sorted({*names, *c.refs}, key=lambda m: (m.start, m.end)))
        country = c.country if c.kind in ("country", "place") or c.group else None
        out.append(
            Entity(
                id=f"e{len(out) + 1}",
                name=name,
                kind="media" if c.entry is not None and c.entry.kind == "media" else c.kind,
                mentions=mentions,
                title=c.title,
                country=country,
                aliases=aliases,
            )
        )
    return tuple(out)


def _shouted(name: str) -> bool:
    """A name with a word in capitals and one in normal case: the first word of a lead set in capitals."""
    words = name.split()
    return any(w.isupper() and len(w) > 1 for w in words) and any(w[:1].isupper() and not w.isupper() for w in words)


def _distinct(texts: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for t in texts:
        seen.setdefault(t, None)
    return list(seen)
