"""Entities resolved within one article: who and what the text names, and every way it refers to them.

`find_entities(article, doc, dictionary)` starts from the parse's named entities (the statistical NER corrected by
the gazetteer ruler, see `dictionary.py`) and groups every reference to the same thing into one `Entity`:

- full name and surname ("Masoud Pezeshkian" ... "Pezeshkian"), whatever label the model gave the surname;
- acronym and full form ("AP" / "The Associated Press"), from the actor dictionary or from the initials;
- a definite description and the entity it points back to: a title ("the director" -> the person last introduced
  as "FBI Director Kash Patel") or an organisation's head noun ("the association", "the ministry", "the bureau");
- a pronoun in an attribution frame ("Belta quoted him as telling Lukashenko", "it said"), see `_resolve_pronouns`;
- a group named by a descriptor with a modifier that ties it to an actor ("Three ousted high-ranking FBI
  officials", "Iraqi police"), which later stages need as a participant although it is not a name.

Countries come out with kind "country" and their ISO3 code, cities with kind "place" and the code of their country;
CAMEO roles are the actor stage's job (`coding.py`), which reads the same text evidence through `titles.premodifiers`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from newsgraph.model import Article, Entity, EntityKind, Mention
from newsgraph.understand.actors.dictionary import ActorDictionary, ActorEntry
from newsgraph.understand.actors.keys import fold
from newsgraph.understand.actors.titles import appositive_title, descriptor_before, premodifiers
from newsgraph.understand.docview import DocIndex, index_for

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_DETERMINER_IDS = frozenset(get_string_id(w) for w in _DETERMINERS)  # LOWER ids
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_STOP = frozenset({"the", "of", "and", "for", "on", "in", "to", "&", "de"})
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
_PERSON_PRONOUNS = frozenset({"he", "him", "she", "her"})
_PRONOUN_IDS = frozenset(get_string_id(w) for w in (*_PERSON_PRONOUNS, "it"))  # LOWER ids
_THE = get_string_id("the")
_PLURAL_TAGS = frozenset(get_string_id(t) for t in ("NNS", "NNPS"))  # TAG ids
_POLICE = get_string_id("police")  # a LOWER id
# Descriptor roles that name institutions rather than people: a plural with one of these is no group of actors.
_NOT_GROUP_ROLES = frozenset({"IGO", "PPL"})
# Roles of offices held by a few named people: their plural without a country points back at them.
_OFFICES = frozenset({"GOV", "LEG", "MIL", "OPP"})
# Titles that say how a person relates to another, not what office they hold: used for the role, shown only when
# the text gives no proper title.
# Words right after an ambiguous name that only a US state takes ("Georgia Gov. Brian Kemp", "Georgia voters").
_STATE_CUES = frozenset(
    {
        "gov.",
        "governor",
        "state",
        "republicans",
        "democrats",
        "voters",
        "county",
        "legislature",
        "lawmakers",
        "senate",
    }
)
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ad|ash|an|ar)-(?=[A-Z])")
_RELATIONAL_TITLES = frozenset({"counterpart", "leader", "envoy", "official", "aide", "member"})


@dataclass
class _Cluster:
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


def _strip(index: DocIndex, span: Span, dictionary: ActorDictionary) -> Span | None:
    """Drop a leading determiner (unless the name itself has it) and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc, texts = index.doc, index.texts
    while end > start and (texts[end - 1] in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    if end > start and texts[end - 1].endswith(("'s", "’s")) and len(texts[end - 1]) > 2:
        # The tokenizer leaves "Smith’s" whole when the apostrophe is typographic: cut the suffix off by characters.
        trimmed = doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text) - 2)
        if trimmed is not None:
            start, end = trimmed.start, trimmed.end
    if end > start + 1 and index.lower[start] in _DETERMINER_IDS:
        entry = dictionary.find(doc[start:end].text)
        if not (entry and entry.name.casefold().startswith(doc[start].lower_ + " ")):
            start += 1
    if end <= start:
        return None
    if doc[end - 1].text.endswith(("'s", "’s")) and len(doc[end - 1].text) > 2:
        out = doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text) - 2)
        return out
    return doc[start:end]


def _head_noun(name: str) -> str:
    """The noun a description would reuse: "Federal Bureau of Investigation" -> "bureau"."""
    before_of = name.split(" of ")[0].split()
    return before_of[-1].casefold() if before_of else ""


def _acronym(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.casefold() not in _STOP]
    return "".join(w[0] for w in words if w[:1].isupper())


class _Builder:
    def __init__(
        self, article: Article, doc: Doc, dictionary: ActorDictionary, index: DocIndex | None
    ) -> None:
        self.article = article
        self.doc = doc
        self.d = dictionary
        self.clusters: dict[str, _Cluster] = {}
        self.index = index_for(article, doc, index)
        self.ent_at = self.index.ent_at
        self.ents = self.index.ents
        self.sent_starts = self.index.sent_chars if self.index.has_sents else [0]
        # (char start, cluster key) of every name mention, in text order: for "most recent mention" look-ups.
        self.timeline: list[tuple[int, str]] = []

    # -- helpers -----------------------------------------------------------------------------------------------
    def sent_of(self, char: int) -> int:
        return bisect.bisect_right(self.sent_starts, char) - 1

    def cluster(self, key: str, kind: EntityKind, first: int) -> _Cluster:
        c = self.clusters.get(key)
        if c is None:
            c = self.clusters[key] = _Cluster(key=key, kind=kind, first=first)
        c.first = min(c.first, first)
        return c

    def add_name(self, c: _Cluster, span: Span) -> None:
        m = Mention(span.text, span.start_char, span.end_char)
        c.names.append(m)
        self.timeline.append((m.start, c.key))

    # -- 1. named mentions ---------------------------------------------------------------------------------------
    def collect_names(self) -> list[tuple[Span, str]]:
        """Named spans with a provisional kind; single-word persons are resolved after all full names are known."""
        pending: list[tuple[Span, str]] = []
        for ent in self.ents:
            if ent.label_ not in NAME_LABELS:
                # An unknown name the model calls a product or work ("Montsame") right after a descriptor
                # ("the state news agency") is an organisation.
                if ent.label_ in ("PRODUCT", "WORK_OF_ART", "EVENT") and descriptor_before(
                    self.index, ent.start, self.d
                ):
                    pending.append((ent, "org"))
                continue
            span = _strip(self.index, ent, self.d)
            if span is None or not span.text.strip() or self.part_of_title(span):
                continue
            ent_id = ent.ent_id_
            if ent_id.startswith("country:"):
                pending.append((span, "country:" + ent_id.split(":")[1]))
            elif ent_id.startswith("city:"):
                pending.append((span, ent_id))
            elif ent_id.startswith("norp:"):
                if span.text.endswith("s") and fold(span.text) in self.d.adjectivals:
                    pending.append((span, "group-norp:" + ent_id.split(":")[1]))
            elif ent.label_ == "PERSON":
                stripped = self.strip_titles(span)
                if stripped is not None:
                    pending.append((stripped, self.classify(stripped, ent.label_)))
            else:
                pending.append((span, self.classify(span, ent.label_)))
        return pending

    def headline_names(self, pending: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
        """A headline in title case glues a surname to the words after it ("Kerry Pledges to Create Jobs" gives
        the name "Kerry Pledges"): a headline name that starts with the surname of a person the body names in
        full, and goes on with words that person's name lacks, is that surname alone."""
        title = next((b for b in self.article.blocks if b.kind == "title"), None)
        if title is None:
            return pending
        full: dict[str, set[str]] = {}
        for span, kind in pending:
            words = span.text.split()
            if kind == "person" and span.start_char >= title.end:
                for last in {words[-1], _ARTICLE_PREFIX.sub("", words[-1])}:
                    full.setdefault(last, set()).update(words)
        out: list[tuple[Span, str]] = []
        for span, kind in pending:
            words = span.text.split()
            if (
                span.start_char < title.end
                and len(words) > 1
                and words[0] in full
                and not set(words[1:]) <= full[words[0]]
                and not kind.startswith(("actor:", "country:", "city:"))
            ):
                out.append((span[:1], "person"))
            else:
                out.append((span, kind))
        return out

    def part_of_title(self, span: Span) -> bool:
        """ "Foreign" in "Omani Foreign Minister", "Agriculture" in "Polish Agriculture Minister": the model's
        fragment of a title, not a name."""
        end = span.end
        ends = self.d.title_ends
        if ends is None or self.index.folded[end - 1] in ends:
            for n in range(len(span) + 1, min(self.d.title_max, end) + 1):
                if self.index.title_at(end - n, end, self.d) is not None:
                    return True  # "State" ending "Minister of State"
        if not all(t.lower_ in self.d.portfolios for t in span):
            return False
        return end < len(self.doc) and self.index.title_at(end, end + 1, self.d) is not None

    def strip_titles(self, span: Span) -> Span | None:
        """The model sometimes takes the title into the name ("Defence Minister Ruslan Zhaksylykov")."""
        start = span.start
        while start < span.end - 1:
            limit = min(self.d.title_max, span.end - 1 - start)
            n = next(
                (k for k in range(limit, 0, -1) if self.index.title_at(start, start + k, self.d) is not None),
                0,
            )
            if n and self.index.texts[start][:1].isupper():
                start += n
            elif self.d.country_of(self.index.texts[start]):
                start += 1
            else:
                break
        return self.doc[start : span.end] if start < span.end else None

    def classify(self, span: Span, label: str) -> str:
        entry = self.d.find(span.text)
        if entry is not None:
            return "actor:" + entry.key
        iso3 = self.d.country_names.get(fold(span.text))
        if iso3:
            return "country:" + iso3
        city = self.d.city(span.text)
        if city:
            return f"city:{city[0]}:{city[1]}"
        if label == "PERSON" and len(span) == 1 and span.text.isupper() and len(span.text) <= 5:
            return "org"  # "BAA said": an acronym names an organisation, never a person
        if label == "PERSON" or self.looks_like_titled_person(span):
            return "person"
        if label == "ORG":
            return "org"
        if label in ("GPE", "LOC", "FAC"):
            return "place"
        return "skip"  # NORP without a country ("Western", "Republican")

    def looks_like_titled_person(self, span: Span) -> bool:
        """An ORG/GPE span right after a person title is a person the model mislabelled ("Attorney Jeanine Pirro")."""
        if len(span) > 3 or not all(t.text[:1].isupper() for t in span):
            return False
        pre = premodifiers(self.index, span.start, self.d)
        return pre.title_role is not None

    # -- 2. clustering -------------------------------------------------------------------------------------------
    def build_clusters(self, pending: list[tuple[Span, str]]) -> None:
        singles: list[tuple[Span, str]] = []
        for span, kind in pending:
            if kind.startswith("country:"):
                kind = self.disambiguate_country(span, kind)
            if kind.startswith("country:"):
                iso3 = kind.split(":")[1]
                c = self.cluster(kind, "country", span.start_char)
                c.country, c.canonical = iso3, self.d.countries[iso3].name
                self.add_name(c, span)
            elif kind.startswith("city:"):
                _, iso3, name = kind.split(":", 2)
                c = self.cluster(f"city:{iso3}:{name}", "place", span.start_char)
                c.country, c.canonical = iso3, name
                self.add_name(c, span)
            elif kind.startswith("group-norp:"):
                c = self.cluster("group:" + fold(span.text), "organisation", span.start_char)
                c.group, c.country = True, kind.split(":")[1]
                self.add_name(c, span)
            elif kind.startswith("actor:") and len(span) == 1 and self.d.entries[kind[6:]].kind == "person":
                singles.append((span, kind))  # a bare surname: a person named in full here comes first
            elif kind.startswith("actor:"):
                self.add_name(self.actor_cluster(kind, span.start_char), span)
            elif kind in ("person", "org") and len(span) == 1:
                singles.append((span, kind))
            elif kind == "person":
                self.add_name(self.cluster("person:" + fold(span.text), "person", span.start_char), span)
            elif kind == "org":
                self.add_name(self.cluster("org:" + fold(span.text), "organisation", span.start_char), span)
            elif kind == "place":
                self.add_name(self.cluster("place:" + fold(span.text), "place", span.start_char), span)
        self.resolve_singles(singles)

    def actor_cluster(self, kind: str, first: int) -> _Cluster:
        entry = self.d.entries[kind[6:]]
        c = self.cluster(kind, entry.kind, first)
        c.entry = entry
        if entry.kind in ("place", "country"):
            c.country = entry.country
        return c

    def disambiguate_country(self, span: Span, kind: str) -> str:
        """A country name that also names a US state ("Georgia") is the state when the text says so.

        Evidence for the state: "state of Georgia", "Atlanta, Georgia" (a US city before a comma), a US-state
        word right after it ("Georgia Gov.", "Georgia Republicans", "Georgia voters"), or an article that names
        other US states or cities and nothing of the country (its capital, its adjective).
        """
        iso3 = kind.split(":")[1]
        if fold(span.text) == "korea":
            # A bare "Korea" is the one Korea the article names in full, when it names only one.
            named = {fold(ent.text) for ent in self.ents}
            if "north korea" in named and "south korea" not in named:
                return "country:PRK"
        state = self.d.ambiguous.get(fold(span.text))
        if state is not None and state.ambiguous_with != iso3:
            state = None
        if state is None:
            return kind
        doc, i = self.doc, span.start
        before = doc[max(0, i - 2) : i].text.casefold()
        after = doc[span.end].text.casefold() if span.end < len(doc) else ""
        prev_city = self.d.city(doc[i - 2].text) if i >= 2 and doc[i - 1].text == "," else None
        if (
            before.endswith("state of")
            or after in _STATE_CUES
            or (prev_city and prev_city[0] == state.country)
        ):
            return "actor:" + state.key
        country = self.d.countries[iso3]
        cues = {fold(x) for x in (*country.capitals, *country.adjectivals, *country.demonyms)}
        has_country_cue = any(fold(ent.text) in cues for ent in self.ents)
        us_places = sum(
            1
            for ent in self.ents
            if ent.ent_id_.startswith("actor:")
            and (e := self.d.entries.get(ent.ent_id_[6:])) is not None
            and e.kind == "place"
            and e.country == state.country
            and fold(ent.text) != fold(span.text)
        ) + sum(1 for ent in self.ents if ent.ent_id_.startswith(f"city:{state.country}:"))
        if us_places and not has_country_cue:
            return "actor:" + state.key
        return kind

    def resolve_singles(self, singles: list[tuple[Span, str]]) -> None:
        """One-word names: a surname of a person named in full, an acronym of an organisation, or a name itself."""
        surnames: dict[str, set[str]] = {}
        acronyms: dict[str, str] = {}
        for c in self.clusters.values():
            forms = [m.text for m in c.names] + (list(c.entry.names) if c.entry else [])
            if c.kind == "person":
                for text in forms:
                    words = text.split()
                    if len(words) > 1:
                        surnames.setdefault(words[-1], set()).add(c.key)
                        if _ARTICLE_PREFIX.match(words[-1]):
                            # "Ali al-Sistani" ... "Sistani": Arabic names drop the article when shortened.
                            surnames.setdefault(_ARTICLE_PREFIX.sub("", words[-1]), set()).add(c.key)
                        surnames.setdefault(words[0], set()).add(c.key)  # "Xi", "Lula": family name first
            elif c.kind in ("organisation", "media"):
                for text in forms:
                    if len(text.split()) > 1:
                        acronyms.setdefault(_acronym(text), c.key)
        for span, kind in singles:
            text = span.text
            owners = surnames.get(text, set())
            if len(owners) == 1:
                self.add_name(self.clusters[next(iter(owners))], span)
            elif len(owners) > 1:
                # Two people share the word: the one named most recently before this mention.
                self.add_name(self.clusters[self.most_recent(span.start_char, owners)], span)
            elif text.isupper() and text in acronyms:
                self.add_name(self.clusters[acronyms[text]], span)
            elif kind.startswith("actor:"):
                self.add_name(self.actor_cluster(kind, span.start_char), span)
            elif kind == "person":
                self.add_name(self.cluster("person:" + fold(text), "person", span.start_char), span)
            else:
                self.add_name(self.cluster("org:" + fold(text), "organisation", span.start_char), span)
        self.reclaim_surnames(surnames)
        self.untagged_surnames(surnames)

    def untagged_surnames(self, surnames: dict[str, set[str]]) -> None:
        """Surnames of people named in full that the model left untagged ("Spokespeople for Patel and Pirro")."""
        if not surnames:
            return
        ent_at = self.ent_at
        for i in [i for i, pos in enumerate(self.index.pos) if pos == PROPN and ent_at[i] < 0]:
            tok = self.doc[i]
            if not tok.is_title:
                continue
            owners = surnames.get(tok.text)
            if owners and len(owners) == 1:
                self.add_name(self.clusters[next(iter(owners))], self.doc[tok.i : tok.i + 1])

    def reclaim_surnames(self, surnames: dict[str, set[str]]) -> None:
        """A place or country word that is also the surname of a person in the article ("Jim Jordan" ... "Jordan
        said") is that person when it speaks: the subject of an attribution verb. Anywhere else ("Jordan closed its
        border") the place reading stands, since countries act too."""
        for key in [k for k, c in self.clusters.items() if c.kind in ("country", "place")]:
            c = self.clusters[key]
            keep: list[Mention] = []
            for m in c.names:
                owners = surnames.get(m.text, set())
                span = self.doc.char_span(m.start, m.end)
                speaks = (
                    span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_ in SPEECH_VERBS
                )
                if len(owners) == 1 and speaks:
                    self.clusters[next(iter(owners))].names.append(m)
                    self.timeline = [(s, next(iter(owners)) if s == m.start else k) for s, k in self.timeline]
                else:
                    keep.append(m)
            c.names = keep
            if not keep:
                del self.clusters[key]

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

    # -- 3. titles -----------------------------------------------------------------------------------------------
    def attach_titles(self) -> None:
        for c in self.clusters.values():
            if c.kind != "person":
                continue
            found: list[tuple[int, int, str]] = []
            for n, m in enumerate(sorted(c.names, key=lambda m: m.start)):
                span = self.doc.char_span(m.start, m.end)
                if span is None:
                    continue
                pre = premodifiers(self.index, span.start, self.d)
                title = pre.title or appositive_title(span, self.d)
                if title:
                    # A proper title ("President") beats a relational one ("his Iranian counterpart").
                    rank = 1 if title.casefold() in _RELATIONAL_TITLES else 0
                    found.append((rank, n, title))
            if found:
                c.title = min(found)[2]
            words = {w.casefold() for w in (c.title or "").split()}
            c.heads = frozenset(words)

    # -- 4. descriptions: "the director", "the association" ------------------------------------------------------
    def resolve_descriptions(self) -> None:
        for c in self.clusters.values():
            if c.kind in ("organisation", "media") and not c.group:
                forms = [m.text for m in c.names] + (list(c.entry.names) if c.entry else [])
                c.heads = frozenset(h for h in (_head_noun(f) for f in forms) if h.isalpha())
        doc = self.doc
        lower = self.index.lower
        for i in [i for i, word in enumerate(lower[:-1]) if word == _THE]:
            det = doc[i]
            noun = doc[i + 1]
            if not noun.is_lower or not noun.is_alpha or self.ent_at[i + 1] >= 0:
                continue
            after = doc[i + 2] if i + 2 < len(doc) else None
            # "the director who ..." or "the head of ..." picks out someone new, not the one named before.
            if after is not None and after.lower_ in ("of", "who", "that", "which", "whose"):
                continue
            word = noun.lower_
            key = self.described(word, det.idx)
            if key:
                self.clusters[key].refs.append(
                    Mention(doc[i : i + 2].text, det.idx, noun.idx + len(noun.text))
                )

    def described(self, word: str, char: int) -> str:
        is_title = self.d.title_role([word]) is not None
        best = ""
        for start, key in self.timeline:
            if start >= char:
                break
            c = self.clusters.get(key)
            if c is None or word not in c.heads:
                continue
            if c.kind == "person" and not is_title:
                continue
            best = key
        return best

    # -- 5. pronouns in attribution frames --------------------------------------------------------------------------
    def resolve_pronouns(self) -> None:
        """Resolve "he/him/she/her/it" only where the pronoun is the subject or object of an attribution verb.

        Heuristic: a person pronoun refers to the most recent person named before it who is not named in the same
        sentence after it (in "Belta quoted him as telling Lukashenko", Lukashenko is the other participant, so
        "him" is the person talked about before: Pezeshkian). "it" as speaker refers to the most recent
        organisation or news outlet named in this or the two sentences before. Other pronouns are left alone:
        a wrong speaker is worse than none.
        """
        doc = self.doc
        for i in [i for i, lower in enumerate(self.index.lower) if lower in _PRONOUN_IDS]:
            tok = doc[i]
            low = tok.lower_
            if tok.dep_ not in ("nsubj", "dobj", "nsubjpass") or tok.head.lemma_ not in SPEECH_VERBS:
                continue
            char = tok.idx
            sent = self.sent_of(char)
            if low == "it":
                key = self.most_recent(char, kinds=("organisation", "media"))
                if key and self.sent_of(self.last_mention_before(key, char)) < sent - 2:
                    key = ""
            else:
                later = self.keys_in_sentence_after(sent, char)
                candidates = [k for k, c in self.clusters.items() if c.kind == "person" and k not in later]
                key = self.most_recent(char, candidates) if candidates else ""
                if key and self.last_mention_before(key, char) < 0:
                    key = ""
            if key:
                self.clusters[key].refs.append(Mention(tok.text, char, char + len(tok.text)))

    def last_mention_before(self, key: str, char: int) -> int:
        starts = [s for s, k in self.timeline if k == key and s < char]
        return max(starts) if starts else -1

    def keys_in_sentence_after(self, sent: int, char: int) -> set[str]:
        end = self.sent_starts[sent + 1] if sent + 1 < len(self.sent_starts) else self.index.chars
        return {k for s, k in self.timeline if char < s < end}

    # -- 6. groups: "Three ousted high-ranking FBI officials" -----------------------------------------------------
    def collect_groups(self) -> None:
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return
        # Only a chunk with a plural noun or "police" in it can have one for its root, or a chunk whose last word
        # ends a title ("the interior minister").
        plural = [t in _PLURAL_TAGS or w == _POLICE for t, w in zip(self.index.tag, self.index.lower, strict=True)]
        for i in self.index.sent_tokens:
            # The tagger calls a capitalised plural opening a sentence ("Rebels in Darfur ...") a proper noun.
            if i < len(plural) and self.index.folded[i].endswith("s") and (self.index.folded[i],) in self.d.descriptors:
                plural[i] = True
        title_ends = self.d.title_ends
        desc_ends = self.d.descriptor_ends
        for start, end, label in _noun_chunks(self.index):
            if not any(plural[start:end]):
                if title_ends is None or self.index.folded[end - 1] in title_ends:
                    self.titled_nameless(Span(doc, start, end, label=label))
                if desc_ends is None or self.index.folded[end - 1] in desc_ends:
                    self.institution(Span(doc, start, end, label=label))
                continue
            chunk = Span(doc, start, end, label=label)
            head = chunk.root
            if not plural[head.i]:
                continue
            role = self.group_role(chunk)
            if role is None and head.lower_.endswith("s") and self.tied(chunk, head.i):
                # "the Syrian leaders": a plural of a title with a country names a group of office holders ("the
                # two presidents" only points back at people named before).
                role = self.d.title_role([head.lower_[:-1]])
            if role is None and self.nationals(head.i):
                # "three Iraqis", "Palestinians": the country's people, coded by the country alone.
                self.add_group(chunk, head.i, "organisation")
                continue
            if not role or role in _NOT_GROUP_ROLES:
                continue
            if self.ent_at[head.i] >= 0 and self.ents[self.ent_at[head.i]].label_ in ("ORG", "PERSON"):
                continue  # the model already named it ("FBI Agents Association")
            office = self.d.title_role([head.lower_[:-1]]) if head.lower_.endswith("s") else None
            if office in _OFFICES and not self.tied(chunk, head.i):
                continue  # "their presidents", "the ministers": office holders the article names, not a group
            self.add_group(chunk, head.i, "organisation")
            for mod in chunk:
                # "Afghan and U.S.-led troops": the second modifier's troops are an actor of their own.
                if mod.dep_ == "conj" and mod.head.head.i == head.i and mod.head.dep_ in ("amod", "compound"):
                    self.add_group(doc[mod.i : head.i + 1], head.i, "organisation")

    def nationals(self, head: int) -> bool:
        """A nationality noun heading its own phrase ("two Japanese", "Afghans"), not an adjective ("Afghan troops")."""
        e = self.ent_at[head]
        tok = self.doc[head]
        return (
            e >= 0
            and self.ents[e].label_ == "NORP"
            and tok.dep_ not in ("amod", "compound", "poss")
            and self.d.country_of(tok.text) is not None
        )

    def tied(self, chunk: Span, head: int) -> bool:
        """Whether a name other than the head ties the chunk to a country or organisation."""
        return any(
            self.ent_at[t.i] >= 0 and self.ents[self.ent_at[t.i]].label_ in ("ORG", "GPE", "NORP")
            for t in chunk
            if t.i != head
        )

    def add_group(self, chunk: Span, head: int, kind: EntityKind) -> None:
        doc = self.doc
        start = chunk.start
        while start < head and (
            doc[start].lower_ in _DETERMINERS or doc[start].tag_ == "PRP$" or not doc[start].text[:1].isalnum()
        ):
            start += 1  # "the", "their", and feed debris such as "#39;s" are no part of the name
        span = doc[start : head + 1]
        c = self.cluster("group:" + fold(span.text), kind, span.start_char)
        c.group = True
        c.names.append(Mention(span.text, span.start_char, span.end_char))
        self.timeline.append((span.start_char, c.key))

    def institution(self, chunk: Span) -> None:
        """An institution named by its descriptor ("the Sudanese government", "Ukrainian TV", "the Bush
        administration", "the interior ministry") that the model did not tag: an actor all the same.

        Not when a named organisation of the article has that head noun (then "the ministry" describes it, and
        `resolve_descriptions` joins the two)."""
        head = chunk.root
        if head.i != chunk.end - 1 or head.pos_ not in ("NOUN", "PROPN") or len(chunk) > 6:
            return
        if self.d.title_role([head.text]) is not None:
            return  # a title ("Saudi Minister"): a person's, never an institution
        if any(self.ent_at[t.i] >= 0 and self.ents[self.ent_at[t.i]].label_ == "FAC" for t in chunk):
            return
        if self.ent_at[head.i] >= 0:
            return
        role = self.group_role(chunk)
        if not role or role in _NOT_GROUP_ROLES:
            return
        word = self.index.folded[head.i]
        if (word,) in self.d.agent_only:
            return  # Phoenix's role nouns include events and abstractions ("uprising"): only our own name bodies
        if any(
            c.kind in ("organisation", "media") and not c.group and any(_head_noun(m.text) == word for m in c.names)
            for c in self.clusters.values()
        ):
            return
        if len(chunk) == 1 or (len(chunk) == 2 and chunk[0].lower_ in _DETERMINERS):
            return  # a bare "the government" is a description, not a name; the actor stage reads it in context
        self.add_group(chunk, head.i, "organisation")

    def owner(self, i: int) -> bool:
        """Whether the name at token `i` says whose office a title is: a country or nationality ("Pakistan's",
        "French"), or an organisation that owns it ("the EU's foreign policy chief")."""
        ent = self.ents[self.ent_at[i]]
        if ent.label_ in ("GPE", "NORP"):
            return True
        return ent.label_ == "ORG" and ent.end < len(self.doc) and self.index.texts[ent.end] in ("'s", "’s")

    def titled_nameless(self, chunk: Span) -> None:
        """An office holder the text names by title alone ("the interior minister said"): an actor all the same.

        Not when a name follows (the title is that name's) or when a person named earlier holds the title (then
        it is a description of that person, which `resolve_descriptions` joins to them)."""
        head = chunk.root
        # A capitalised title stands before a name ("Saudi Minister of State Faisal ..."); one standing alone in
        # lower case is the nameless office holder, when something picks one out: "the", "a", "Pakistan's",
        # "French" (a bare "justice" in "face justice" is no person).
        if len(chunk) < 2 or chunk[0].pos_ not in ("DET", "PRON", "ADJ", "PROPN"):
            return
        if not head.is_lower or head.i != chunk.end - 1 or any(
            self.ent_at[t.i] >= 0 and not self.owner(t.i) for t in chunk
        ):
            return
        nxt = chunk.end
        if nxt < len(self.doc) and self.ent_at[nxt] >= 0 and self.ents[self.ent_at[nxt]].label_ == "PERSON":
            return
        role = None
        for n in range(min(self.d.title_max, len(chunk)), 0, -1):
            role = self.index.title_at(chunk.end - n, chunk.end, self.d)
            if role is not None:
                break
        if not role:
            return  # "the director" names no sector: only a named person's description
        word = self.index.folded[head.i]
        if any(c.kind == "person" and word in c.heads for c in self.clusters.values()):
            return
        self.add_group(chunk, head.i, "person")

    def group_role(self, chunk: Span) -> str | None:
        head = chunk.root.i
        folded = self.index.folded
        if self.d.descriptor_ends is not None and folded[head] not in self.d.descriptor_ends:
            return None  # every phrase looked up ends with the head
        for n in range(min(self.d.descriptor_max, head - chunk.start + 1), 0, -1):
            role = self.d.descriptors.get(tuple(folded[head - n + 1 : head + 1]))
            if role is not None:
                return role
        return None

    # -- 7. entities ---------------------------------------------------------------------------------------------
    def entities(self) -> tuple[Entity, ...]:
        out: list[Entity] = []
        for c in sorted(self.clusters.values(), key=lambda c: c.first):
            if not c.names:
                continue
            names = sorted(c.names, key=lambda m: m.start)
            texts = _distinct(m.text for m in names)
            forms = list(texts)
            if c.kind == "person" and c.entry is not None and c.entry.name not in forms:
                # A known person named only by surname still gets the full name ("Putin" -> "Vladimir Putin").
                forms.append(c.entry.name)
            name = c.canonical or max(forms, key=lambda t: (len(t), -forms.index(t)))
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

    def run(self) -> tuple[Entity, ...]:
        self.build_clusters(self.headline_names(self.collect_names()))
        self.timeline.sort()
        self.attach_titles()
        self.collect_groups()
        self.timeline.sort()
        self.resolve_descriptions()
        self.resolve_pronouns()
        return self.entities()


def _noun_chunks(index: DocIndex) -> list[tuple[int, int, int]]:
    """`doc.noun_chunks` as (start, end, label), read once per article."""
    return [(chunk.start, chunk.end, chunk.label) for chunk in index.doc.noun_chunks]


def _distinct(texts: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for t in texts:
        seen.setdefault(t, None)
    return list(seen)


def find_entities(
    article: Article, doc: Doc, dictionary: ActorDictionary, index: DocIndex | None = None
) -> tuple[Entity, ...]:
    """Every person, organisation, country, place and news outlet the article names, with all its mentions.

    `index` is `DocIndex(doc, doc_text(article, doc))` when the caller has built it already (the actor stage
    reads the same one): it is built here otherwise."""
    return _Builder(article, doc, dictionary, index).run()
