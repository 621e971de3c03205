"""The clusters the entity stage builds in one article, and the bookkeeping its steps share.

A `Cluster` gathers every mention of one thing the article names; a `Draft` holds the clusters of one
article with the timeline of their mentions in text order, which the later steps (`names`, `groups`,
`references`) read to find "the one named most recently before".
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import IDX, IS_ALPHA, IS_LOWER, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span

from newsgraph.model import Article, EntityKind, Mention
from newsgraph.understand.actors.dictionary import ActorDictionary, ActorEntry
from newsgraph.understand.actors.keys import fold
from newsgraph.understand.docview import DocIndex, index_for

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# Verbs that frame attribution: their subject or object pronoun is a speaker the quote stage needs resolved.
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "quote",
        "add",
        "note",
        "stress",
        "insist",
        "claim",
        "state",
        "write",
        "announce",
        "warn",
        "urge",
        "accuse",
        "describe",
        "report",
        "reply",
        "respond",
        "argue",
        "explain",
        "declare",
        "deny",
        "confirm",
        "told",
    ]
)


@dataclass
class Cluster:
    key: str
    kind: EntityKind
    first: int  # char offset of the first mention, for ordering
    country: str | None = None
    entry: ActorEntry | None = None
    canonical: str | None = None  # fixed canonical name (countries, cities)
    names: list[Mention] = field(default_factory=list)  # proper-name mentions
    refs: list[Mention] = field(default_factory=list)  # descriptions and pronouns resolved to it
    title: str | None = None
    heads: frozenset[str] = frozenset()  # folded head nouns of its names ("association", "bureau")
    group: bool = False


@dataclass(frozen=True)
class BodyWords:
    """What the body (the text after the headline) says of the words a headline also uses: the words it writes in
    lower case, with their lemmas; those it writes capitalised other than first in a sentence (names); its lower-case
    verbs' forms and lemmas; and those verbs' lemmas alone."""

    lower: frozenset[str]
    capital: frozenset[str]
    verbs: frozenset[str]
    verb_lemmas: frozenset[str]


def read_body_words(doc: Doc, body_start: int) -> BodyWords:
    """`BodyWords` of the words from character `body_start` on."""
    if not len(doc):
        return BodyWords(frozenset(), frozenset(), frozenset(), frozenset())
    strings = doc.vocab.strings
    # Read as arrays, and each distinct string id looked up once: a Token, or a string look-up, a word cost more
    # than the tests. SENT_START 1 is `is_sent_start`.
    rows = doc.to_array([IDX, IS_ALPHA, IS_LOWER, SENT_START, ORTH, LEMMA, POS, LOWER])
    rows = rows[(rows[:, 0] >= body_start) & (rows[:, 1] != 0)]
    is_lower = rows[:, 2] != 0
    low = rows[is_lower]
    verb = low[np.isin(low[:, 6], (VERB, AUX))]
    capital = rows[~is_lower & (rows[:, 3] != 1)]

    def words(*columns: np.ndarray) -> frozenset[str]:
        return frozenset(strings[k] for k in set(np.concatenate(columns).tolist()))

    return BodyWords(
        lower=words(low[:, 4], low[:, 5]),
        capital=words(capital[:, 7]),
        verbs=words(verb[:, 4], verb[:, 5]),
        verb_lemmas=words(verb[:, 5]),
    )


class Draft:
    """The entities of one article while they are being found."""

    def __init__(
        self, article: Article, doc: Doc, dictionary: ActorDictionary, index: DocIndex | None
    ) -> None:
        self.article = article
        self.doc = doc
        self.d = dictionary
        self.clusters: dict[str, Cluster] = {}
        self.index = index_for(article, doc, index)
        self.ent_at = self.index.ent_at
        self.ents = self.index.ents
        self.sent_starts = self.index.sent_chars if self.index.has_sents else [0]
        # (char start, cluster key) of every name mention, in text order: for "most recent mention" look-ups.
        self.timeline: list[tuple[int, str]] = []
        self._body_words: BodyWords | None = None

    def body_words(self) -> BodyWords:
        """The body's words (`BodyWords`), read once: the names and group stages both weigh a headline by them."""
        if self._body_words is None:
            title_end = next((b.end for b in self.article.blocks if b.kind == "title"), 0)
            self._body_words = read_body_words(self.doc, title_end)
        return self._body_words

    def sent_of(self, char: int) -> int:
        return bisect.bisect_right(self.sent_starts, char) - 1

    def cluster(self, key: str, kind: EntityKind, first: int) -> Cluster:
        c = self.clusters.get(key)
        if c is None:
            c = self.clusters[key] = Cluster(key=key, kind=kind, first=first)
        c.first = min(c.first, first)
        return c

    def add_name(self, c: Cluster, span: Span) -> None:
        m = Mention(span.text, span.start_char, span.end_char)
        c.names.append(m)
        self.timeline.append((m.start, c.key))

    def actor_cluster(self, kind: str, first: int) -> Cluster:
        entry = self.d.entries[kind[6:]]
        c = self.cluster(kind, entry.kind, first)
        c.entry = entry
        if entry.kind in ("place", "country"):
            c.country = entry.country
        return c

    def add_group(self, chunk: Span, head: int, kind: EntityKind) -> None:
        doc = self.doc
        start = chunk.start
        while start < head and (
            doc[start].lower_ in DETERMINERS or doc[start].tag_ == "PRP$" or not doc[start].text[:1].isalnum()
        ):
            start += 1  # "the", "their", and feed debris such as "#39;s" are no part of the name
        span = doc[start : head + 1]
        c = self.cluster("group:" + fold(span.text), kind, span.start_char)
        c.group = True
        c.names.append(Mention(span.text, span.start_char, span.end_char))
        self.timeline.append((span.start_char, c.key))

    def bracketed_owner(self, span: Span) -> Cluster | None:
        """ "the Malawi Farmers Union ( MFU )": the organisation named right before an acronym in brackets,
        which the acronym is, whatever language its letters spell the name in (Bosnia's "Party of Democratic
        Action ( SDA )"); None when no organisation's name ends there."""
        doc = self.doc
        i, j = span.start, span.end
        if i < 2 or j >= len(doc) or doc[i - 1].text != "(" or doc[j].text != ")":
            return None
        end = doc[i - 2].idx + len(doc[i - 2].text)
        for c in self.clusters.values():
            if c.kind in ("organisation", "media") and any(m.end == end for m in c.names):
                return c
        return None

    def most_recent(self, char: int, keys: Iterable[str] | None = None, kinds: Iterable[str] = ()) -> str:
        wanted = set(keys) if keys is not None else None
        kind_set = set(kinds)
        best = ""
        for start, key in self.timeline:
            if start >= char:
                continue
            c = self.clusters.get(key)
            if (
                c is None
                or (wanted is not None and key not in wanted)
                or (kind_set and c.kind not in kind_set)
            ):
                continue
            best = key  # timeline is in text order after sorting
        if not best and wanted:
            best = min(wanted)
        return best

    def last_mention_before(self, key: str, char: int) -> int:
        starts = [s for s, k in self.timeline if k == key and s < char]
        return max(starts) if starts else -1

    def keys_in_sentence_after(self, sent: int, char: int) -> set[str]:
        end = self.sent_starts[sent + 1] if sent + 1 < len(self.sent_starts) else self.index.chars
        return {k for s, k in self.timeline if char < s < end}


def head_noun(name: str) -> str:
    """The noun a description would reuse: "Federal Bureau of Investigation" -> "bureau"."""
    before_of = name.split(" of ")[0].split()
    return before_of[-1].casefold() if before_of else ""
