"""Who a speaker phrase refers to: a named entity, a described group, an anonymous source,
or nobody we can vouch for.

Resolution order, most trustworthy first: the entity stage's own mentions (which include
the pronouns and titles it resolved), then names in the phrase, then a definite
description matched against earlier names ("the association" -> the one association
named before), then pronouns against the people or organisations of the last sentences.
An analyst would rather see "speaker unknown" than a wrong name, so every fallback
refuses to choose between two candidates: a pronoun with two possible people before it
stays unresolved unless one of them is the speaker of the running quotes.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from newsgraph.model import ActorRef, Entity, Mention
from newsgraph.understand.docview import EntityLookup
from newsgraph.understand.quotes.lexicon import QuoteCues
from newsgraph.understand.quotes.tokens import CharIndex, speaker_range

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_THING_PRONOUNS = frozenset({"it", "its"})
_ALL_PRONOUNS = _PERSON_PRONOUNS | _THING_PRONOUNS
_NOT_NAMES = _ALL_PRONOUNS | {"they", "them", "their"}
_LABEL_KIND = {"PERSON": "person", "ORG": "organisation", "NORP": "country", "GPE": "country", "FAC": "place"}
_INDEFINITE = frozenset({"a", "an", "one", "two", "three", "four", "several", "some", "many", "other", "few"})
_DEFINITE = frozenset({"the", "this", "that"})
_WINDOW_SENTENCES = 3
_PLURAL_PRONOUNS = frozenset({"they", "them"})
# Heads of a definite description that can stand for any named organisation ("the company").
_ORGANISATION_NOUNS = frozenset(
    {"company", "firm", "group", "association", "union", "party", "agency", "organisation",
     "organization", "bank", "ministry", "department", "charity", "institute", "council", "committee"}
)  # fmt: skip
_MALE_PRONOUNS = frozenset({"he", "him", "his"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers"})
# Words beside a name that tell a person's gender: honorifics and gendered role nouns.
_MALE_WORDS = frozenset(
    {"mr", "mr.", "sir", "lord", "king", "prince", "duke", "spokesman", "chairman", "congressman",
     "businessman", "councilman", "assemblyman", "husband", "father", "son", "brother", "uncle",
     "grandfather", "boy", "man", "actor", "widower", "monsieur", "herr", "señor"}
)  # fmt: skip
_FEMALE_WORDS = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady", "dame", "queen", "princess", "duchess",
     "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "assemblywoman",
     "wife", "mother", "daughter", "sister", "aunt", "grandmother", "girl", "woman", "actress", "widow",
     "madame", "frau", "señora"}
)  # fmt: skip
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})


@dataclass(frozen=True)
class Speaker:
    ref: ActorRef | None  # None: we cannot say who it is
    text: str
    start: int  # char offsets of the speaker phrase
    end: int
    kind: str  # person | organisation | media | country | group | unknown
    anonymous: bool = False


class _Name(NamedTuple):
    # A tuple rather than a frozen dataclass: an article builds dozens, and a frozen
    # dataclass's __init__ costs several times as much.
    start: int
    end: int
    key: str  # entity id, or the case-folded last word of the name
    ref: ActorRef
    kind: str
    words: frozenset[str]  # the name's words and the titles standing by it, lower-cased
    subject: bool = False  # the name is the subject of its clause

    @property
    def gender(self) -> str | None:
        return gender_of(self.words)


class SpeakerResolver:
    """Resolves speaker phrases of one article, remembering the speakers already seen."""

    def __init__(
        self, doc: Doc, entities: Sequence[Entity], cues: QuoteCues, index: CharIndex | None = None
    ) -> None:
        self.doc = doc
        self.cues = cues
        self.index = index or CharIndex(doc)
        self.sent_starts = self.index.sent_starts
        self.lookup = EntityLookup(entities)
        self.has_entities = bool(entities)
        self.entities = entities
        self.seen: list[tuple[int, Speaker]] = []  # (char offset, speaker), in text order
        self.last_fits = 0  # how many candidates the last pronoun had in its window
        self._names: list[_Name] = []  # names_before(): built so far
        self._built = 0  # how many of _pending_mentions have been looked at

    # -- name inventory -------------------------------------------------------------
    @cached_property
    def names(self) -> list[_Name]:
        """Names a description or pronoun can point back to, in text order."""
        return self.names_before(None)

    def names_before(self, offset: int | None) -> list[_Name]:
        """`names`, complete at least for names starting before char `offset` (None: all).

        Built as far as asked: most articles resolve every speaker through the entity stage's
        mentions, and a description or pronoun looks back only at the names before it."""
        if not self.has_entities:
            return self._ner_names
        pending = self._pending_mentions
        while self._built < len(pending) and (offset is None or pending[self._built][0] < offset):
            _, ent, m = pending[self._built]
            self._built += 1
            name = self._mention_name(ent, m)
            if name is not None:
                self._names.append(name)
        return self._names

    @cached_property
    def _pending_mentions(self) -> list[tuple[int, Entity, Mention]]:
        # Sorted by start, ties in entity and mention order (the order of a stable sort of all names).
        found = [(m.start, ent, m) for ent in self.entities for m in ent.mentions]
        found.sort(key=lambda item: item[0])
        return found

    def _mention_name(self, ent: Entity, m: Mention) -> _Name | None:
        if m.text.lower() in _NOT_NAMES:
            return None
        doc = self.doc
        rng = self.index.tokens(m.start, m.end)
        root = Span(doc, rng[0], rng[1]).root if rng is not None else None
        if root is not None and _modifier(root):
            return None
        title_words = set((ent.title or "").lower().split())
        words = set(m.text.lower().split()) | set(ent.name.lower().split()) | title_words
        if rng is not None:
            words |= _titles_around(doc, rng[0], rng[1], root)
        ref = ActorRef(ent.name, ent.code, ent.id, m.start, m.end)
        subject = root is not None and _is_subject(root)
        return _Name(m.start, m.end, ent.id, ref, ent.kind, frozenset(words), subject)

    @cached_property
    def _ner_names(self) -> list[_Name]:
        """Without the entity stage's mentions: the names spaCy found."""
        doc = self.doc
        out: list[_Name] = []
        for span in self.index.ents:
            kind = _LABEL_KIND.get(span.label_)
            if kind is None or _modifier(span.root):
                continue
            if self.cues.is_media_name(span.text):
                kind = "media"
            words = {t.lower_ for t in span} | _titles_around(doc, span.start, span.end)
            ref = ActorRef(span.text, "", None, span.start_char, span.end_char)
            if kind == "country" and span.root.tag_ == "NNP" and span.root.dep_ in _ARGUMENT_DEPS:
                # The small model tags unfamiliar surnames ending in -ian as nationalities.
                kind = "person"
            key = name_key(span.text, kind)
            subject = _is_subject(span.root)
            out.append(_Name(span.start_char, span.end_char, key, ref, kind, frozenset(words), subject))
        out.sort(key=lambda n: n.start)
        return out

    # -- public -----------------------------------------------------------------------
    def resolve(self, start_i: int, end_i: int, head: Token) -> Speaker:
        doc = self.doc
        if end_i > start_i:
            index = self.index
            text = index.span_text(doc, start_i, end_i)
            start, end = index.starts[start_i], index.ends[end_i - 1]
        else:
            phrase = doc[start_i:end_i]
            text = phrase.text
            start, end = phrase.start_char, phrase.end_char
        lower = head.lower_
        if head.pos_ == "PRON" or lower in _ALL_PRONOUNS:
            return self._pronoun(text, start, end, head)
        if any(c.dep_ == "conj" for c in head.children):
            # "Mr. Grassley and Mr. Leahy": several speakers, not the first one alone.
            return Speaker(ActorRef(text, "", None, start, end), text, start, end, "group")
        name = _name_span(doc, head, start_i, end_i, self.index)
        if (
            name is None
            and head.tag_ == "NN"
            and (head.lemma_.lower() in self.cues.media_nouns or head.lemma_.lower() in _ORGANISATION_NOUNS)
        ):
            # "the Tempo agency", "the Northwind company": the name standing before the noun.
            names = [t.i for t in doc[start_i : head.i] if t.pos_ == "PROPN" and t.dep_ == "compound"]
            if names and names[-1] == head.i - 1:
                lo = names[-1]
                while lo - 1 in names:
                    lo -= 1
                name = (lo, head.i)
        if name is not None:
            return self._named(text, start, end, name)
        return self._described(text, start, end, head)

    def named_elsewhere(self, start_i: int, end_i: int) -> Speaker | None:
        """The person or organisation the article names in full whose surname or name these
        words are ("Pence: ..." in a headline, "Mike Pence" in the body), if exactly one."""
        text = self.index.span_text(self.doc, start_i, end_i)
        folded = text.casefold().removeprefix("the ")
        found = {
            n.key: n
            for n in self.names_before(None)
            if n.kind in ("person", "organisation") and name_key(n.ref.name, n.kind) == folded
        }
        if len(found) != 1:
            return None
        name = next(iter(found.values()))
        start, end = self.index.starts[start_i], self.index.ends[end_i - 1]
        ref = ActorRef(name.ref.name, name.ref.code, name.ref.entity_id, start, end)
        return Speaker(ref, text, start, end, name.kind)

    def remember(self, speaker: Speaker) -> None:
        if speaker.ref is not None:
            self.seen.append((speaker.start, speaker))

    def _pronoun(self, text: str, start: int, end: int, head: Token) -> Speaker:
        """A pronoun speaker: our own reading of the context when it is sure (gender, number,
        the running quotes' speaker), else the entity stage's resolution when it agrees in
        gender, else unknown."""
        lower = head.lower_
        if lower in _PERSON_PRONOUNS:
            mine = self._antecedent(text, start, end, ("person",), lower)
        elif lower in _THING_PRONOUNS:
            mine = self._antecedent(text, start, end, ("media", "organisation"), lower)
        elif lower in _PLURAL_PRONOUNS:
            mine = self._plural(text, start, end, head)
        else:
            mine = Speaker(None, text, start, end, "unknown")
            self.last_fits = 0
        if mine.ref is not None:
            return mine
        ent = self.lookup.covering(head.idx, head.idx + len(head))
        # The entity stage looks further back; its answer counts only where the window
        # offered nobody of the right kind (not where it offered two and could not choose).
        fitting_kind = ent is not None and (ent.kind == "person") == (lower in _PERSON_PRONOUNS)
        if (
            ent is not None
            and fitting_kind
            and not self.last_fits
            and ent.name.lower() != lower
            and lower not in _PLURAL_PRONOUNS
        ):
            wanted = _pronoun_gender(lower)
            known = self._genders(start).get(ent.id)
            if wanted is None or known is None or known == wanted:
                return Speaker(ActorRef(ent.name, ent.code, ent.id, start, end), text, start, end, ent.kind)
        return mine

    def _genders(self, before: int) -> dict[str, str | None]:
        """Each referent's gender from its mentions before char `before` (None: unknown or
        contradictory), in one pass over the names a reader has seen by then."""
        seen: dict[str, set[str]] = {}
        for n in self.names_before(before):
            if n.start >= before:
                break
            g = n.gender
            seen.setdefault(n.key, set())
            if g is not None:
                seen[n.key].add(g)
        return {k: (next(iter(v)) if len(v) == 1 else None) for k, v in seen.items()}

    # -- named --------------------------------------------------------------------------
    def _named(self, text: str, start: int, end: int, name: tuple[int, int]) -> Speaker:
        doc = self.doc
        span = Span(doc, name[0], name[1])  # Span() skips the slice checks doc[a:b] runs in Python
        ent = self.lookup.covering(span.start_char, span.end_char)
        if ent is not None and ent.kind not in ("organisation", "media"):
            return Speaker(ActorRef(ent.name, ent.code, ent.id, start, end), text, start, end, ent.kind)
        media = self.cues.is_media_name(span.text) or bool(
            ({t.lower_ for t in span} | _titles_around(doc, name[0], name[1])) & self.cues.media_nouns
        )
        if ent is not None:
            ent_kind = "media" if media and ent.kind in ("organisation", "media") else ent.kind
            return Speaker(ActorRef(ent.name, ent.code, ent.id, start, end), text, start, end, ent_kind)
        label = span.root.ent_type_ or next((t.ent_type_ for t in span if t.ent_type_), "")
        kind: str = (
            "media" if media else _LABEL_KIND.get(label, "person" if span.root.pos_ == "PROPN" else "unknown")
        )
        # A surname alone ("Lukashenko") takes the full name the article gives it elsewhere
        # (a summary bullet may use the surname before the body names the person in full).
        full = span.text
        if not self.has_entities and kind != "media":
            surname = span[-1].lower_
            fuller = [
                n
                for n in self.names
                if n.kind == "person" and n.key == surname and len(n.ref.name) > len(full)
            ]
            if fuller and (kind == "person" or len(span) == 1):
                earlier = [n for n in fuller if n.start < start]
                full = (earlier[-1] if earlier else fuller[0]).ref.name
                kind = "person"
        return Speaker(ActorRef(full, "", None, start, end), text, start, end, kind)

    # -- described ----------------------------------------------------------------------
    def _described(self, text: str, start: int, end: int, head: Token) -> Speaker:
        doc = self.doc
        ent = self.lookup.covering(head.idx, head.idx + len(head))
        if ent is not None:
            return Speaker(ActorRef(ent.name, ent.code, ent.id, start, end), text, start, end, ent.kind)
        lemma = head.lemma_.lower()
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod", "poss")}
        low = text.lower()
        marked = any(m in low for m in self.cues.anonymity_markers)
        plural = head.tag_ in ("NNS", "NNPS")
        anonymous_head = lemma in self.cues.anonymous_heads or head.lower_ in self.cues.anonymous_heads
        media = lemma in self.cues.media_nouns
        if (dets & _DEFINITE) and not plural and not marked:
            antecedent = self._by_description(lemma, start)
            if antecedent is not None:
                ref = ActorRef(antecedent.ref.name, antecedent.ref.code, antecedent.ref.entity_id, start, end)
                return Speaker(ref, text, start, end, antecedent.kind)
            if lemma in _ORGANISATION_NOUNS:
                # "Northwind Energy cut its forecast ... the company said": the one organisation
                # named in the last sentences.
                orgs = {
                    n.key: n
                    for n in self.names_before(start)
                    if self._window_start(start) <= n.start < start and n.kind == "organisation"
                }
                if len(orgs) == 1:
                    only = next(iter(orgs.values()))
                    ref = ActorRef(only.ref.name, only.ref.code, only.ref.entity_id, start, end)
                    return Speaker(ref, text, start, end, only.kind)
            if lemma in ("source",):
                return Speaker(
                    ActorRef(text, "", None, start, end), text, start, end, "group", anonymous=True
                )
            # "the company said" with no company named before: we cannot tell which.
            return Speaker(None, text, start, end, "media" if media else "unknown")
        # Unnamed but identified groups ("three ousted FBI officials" who sued) are not
        # anonymous sources; a source, an unnamed single official or an explicit marker
        # ("familiar with the matter", "on condition of anonymity") is.
        named = any(t.ent_type_ == "PERSON" for t in Span(doc, head.left_edge.i, head.i + 1))
        anonymous = not named and (
            marked or lemma == "source" or (anonymous_head and not plural and bool(dets & _INDEFINITE))
        )
        # Affiliation of an unnamed group ("FBI officials"): carry the organisation's code.
        codes = set()
        phrase = self.index.tokens(start, end) or (head.i, head.i + 1)
        for tok in Span(doc, phrase[0], phrase[1]):
            org = self.lookup.covering(tok.idx, tok.idx + len(tok)) if tok.i != head.i else None
            # A place is where the group is ("diplomats in Brussels"), not whom it speaks for.
            if org is not None and org.code and org.kind != "place":
                codes.add(org.code)
        # One affiliation is the group's; "mediators from Saudi Arabia and the United States" has none.
        code = codes.pop() if len(codes) == 1 else ""
        kind = "media" if media else "group"
        return Speaker(ActorRef(text, code, None, start, end), text, start, end, kind, anonymous=anonymous)

    def _by_description(self, lemma: str, before: int) -> _Name | None:
        """The one earlier name whose words or titles include `lemma` ("the president")."""
        matches: dict[str, _Name] = {}
        for n in self.names_before(before):
            if n.start >= before:
                break
            if lemma in n.words:
                matches[n.key] = n
        for _, sp in self.seen:
            if sp.start >= before or sp.ref is None:
                continue
            if lemma in {w.lower() for w in sp.text.split()} | {w.lower() for w in sp.ref.name.split()}:
                matches.setdefault(
                    sp.ref.entity_id or name_key(sp.ref.name, sp.kind),
                    _Name(sp.start, sp.end, "", sp.ref, sp.kind, frozenset()),
                )
        if len(matches) == 1:
            return next(iter(matches.values()))
        return None

    # -- pronouns -------------------------------------------------------------------------
    def _window_start(self, start: int) -> int:
        """Char offset where a pronoun's antecedents may start: three sentences back."""
        rng = self.index.tokens(start, start + 1)
        if rng is None or not self.sent_starts:
            return 0
        here = max(0, bisect.bisect_right(self.sent_starts, rng[0]) - 1)
        return int(self.index.starts[self.sent_starts[max(0, here - _WINDOW_SENTENCES + 1)]])

    def _antecedent(
        self, text: str, start: int, end: int, kinds: tuple[str, ...], pronoun: str = ""
    ) -> Speaker:
        """The referent of "he"/"she"/"it": the speaker of the running quotes when gender allows
        and no other fitting person became the subject since ("X said ... She added" is X);
        else the one candidate of the right gender in the window; else nobody."""
        window_start = self._window_start(start)
        wanted = _pronoun_gender(pronoun)
        candidates: dict[str, _Name] = {}
        for n in self.names_before(start):
            if n.start >= start:
                break
            if n.start >= window_start and n.kind in kinds:
                candidates[n.key] = n  # the latest mention of each referent
        known = self._genders(start) if candidates else {}
        genders = {key: known.get(key) for key in candidates}
        recent: tuple[int, Speaker] | None = None
        for pos, sp in self.seen:
            if window_start <= pos < start and (sp.kind in kinds or _surname_read_as_body(sp, kinds)) and sp.ref is not None:
                key = sp.ref.entity_id or name_key(sp.ref.name, sp.kind)
                if wanted is None or genders.get(key) in (None, wanted):
                    recent = (pos, sp)
        fits = [n for k, n in candidates.items() if wanted is None or genders[k] in (None, wanted)]
        chosen: tuple[ActorRef, str] | None = None
        said = recent[1].ref if recent is not None else None
        if recent is not None and said is not None:
            own = said.entity_id or name_key(said.name, recent[1].kind)
            # Someone else of the right gender made the subject after those quotes: the text moved on.
            later = [n for n in fits if n.subject and n.start > recent[0] and n.key != own]
            chosen = (later[-1].ref, later[-1].kind) if later else (said, recent[1].kind)
        elif len(fits) == 1:
            chosen = (fits[0].ref, fits[0].kind)
        else:
            sure = [n for n in fits if wanted is not None and genders[n.key] == wanted]
            # Failing gender, the subject of the latest main clause naming one of them.
            subjects = [n for n in fits if n.subject]
            pick = sure[0] if len(sure) == 1 else subjects[-1] if subjects else None
            chosen = (pick.ref, pick.kind) if pick is not None else None
        self.last_fits = len(fits)
        if chosen is None:
            return Speaker(None, text, start, end, "unknown")
        ref, kind = chosen
        return Speaker(ActorRef(ref.name, ref.code, ref.entity_id, start, end), text, start, end, kind)

    def _plural(self, text: str, start: int, end: int, head: Token) -> Speaker:
        """ "they": the group that spoke last in the window, else the last plural subject named
        before the pronoun in the window ("The lawmakers voted ... They said ...")."""
        window_start = self._window_start(start)
        for pos, sp in reversed(self.seen):
            if window_start <= pos < start and sp.kind == "group" and sp.ref is not None and not sp.anonymous:
                ref = sp.ref
                return Speaker(
                    ActorRef(ref.name, ref.code, ref.entity_id, start, end), text, start, end, "group"
                )
        doc = self.doc
        lo = self.index.tokens(window_start, window_start + 1)
        earlier = range(head.i - 1, (lo[0] if lo else 0) - 1, -1)
        plurals = [
            doc[i]
            for i in earlier
            if doc[i].dep_ in ("nsubj", "nsubjpass")
            and doc[i].pos_ != "PRON"
            and (doc[i].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in doc[i].children))
        ]
        # A main clause's subject before a subject inside a clause ("Police said two men had
        # been arrested. They added ..." is the police): the referent the text continues.
        plurals.sort(key=lambda t: not _is_subject(t))
        for tok in plurals:
            rng = speaker_range(tok)
            found = self.resolve(rng[0], rng[1], tok)
            if found.ref is None:
                return Speaker(None, text, start, end, "unknown")
            ref = found.ref
            return Speaker(
                ActorRef(ref.name, ref.code, ref.entity_id, start, end), text, start, end, found.kind
            )
        return Speaker(None, text, start, end, "unknown")


def _surname_read_as_body(sp: Speaker, kinds: tuple[str, ...]) -> bool:
    """ "Rendell said ... He added": a one-word speaker with no code that the entity stage took for an organisation
    is a person's surname when "he" or "she" speaks next."""
    return "person" in kinds and sp.kind == "organisation" and sp.ref is not None and not sp.ref.code and (
        " " not in sp.ref.name.strip()
    )


def _is_subject(root: Token) -> bool:
    """The name is the subject of its sentence's main verb, or stands in apposition to it:
    the referent a later "he" or "she" most likely continues (centering)."""
    tok = root.head if root.dep_ == "appos" else root
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"


def gender_of(words: frozenset[str] | set[str]) -> str | None:
    """ "m" or "f" when the words by a name say so (an honorific, a gendered role noun)."""
    male, female = bool(words & _MALE_WORDS), bool(words & _FEMALE_WORDS)
    if male == female:
        return None
    return "m" if male else "f"


def _pronoun_gender(pronoun: str) -> str | None:
    if pronoun in _MALE_PRONOUNS:
        return "m"
    if pronoun in _FEMALE_PRONOUNS:
        return "f"
    return None


def _modifier(tok: Token) -> bool:
    """A name used as a modifier ("a Clinton surrogate", "the Trump administration") does not
    introduce someone a later "he" or "she" can refer to."""
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN" and tok.i < tok.head.i


def name_key(name: str, kind: str) -> str:
    """One key per referent: a person by surname, anything else by its name without "the"."""
    folded = name.casefold().strip()
    if kind == "person":
        return folded.split()[-1] if folded.split() else folded
    return folded.removeprefix("the ")


def _titles_around(doc: Doc, start: int, end: int, root: Token | None = None) -> set[str]:
    """Nouns standing right before a name or in apposition to it: "state news agency Belta",
    "President Alexander Lukashenko", "Kash Patel, the FBI director". `root` is the name's
    root token when the caller has it already."""
    words: set[str] = set()
    i = start - 1
    while i >= 0 and start - i <= 5:
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.ent_type_ == "PERSON":
            break
        words.add(tok.lower_)
        words.add(tok.lemma_.lower())
        i -= 1
    if root is None:
        root = Span(doc, start, end).root
    for child in root.children:
        if child.dep_ == "appos":
            words.update(t.lemma_.lower() for t in child.subtree if t.pos_ in ("NOUN", "PROPN"))
    if root.dep_ == "appos":
        words.update(
            t.lemma_.lower()
            for t in Span(doc, root.head.left_edge.i, root.head.i + 1)
            if t.pos_ in ("NOUN", "PROPN")
        )
    return words


def _name_span(doc: Doc, head: Token, start_i: int, end_i: int, index: CharIndex) -> tuple[int, int] | None:
    """The proper name inside a speaker phrase, preferring the one at the phrase's head."""
    if head.ent_type_ in _LABEL_KIND or head.pos_ == "PROPN":
        ent = index.ent_at(head.i)
        if ent is not None:
            return ent.start, ent.end
        lo = head.i
        while lo - 1 >= start_i and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ in ("compound", "flat"):
            lo -= 1
        return lo, head.i + 1
    # "Belarusian state news agency Belta": the parser may hang the name beside the noun, as
    # its appositive or as a second subject; a name inside a modifier ("mediators from Saudi
    # Arabia") is an affiliation, not the speaker.
    for tok in Span(doc, start_i, end_i):
        if tok.i <= head.i or tok.pos_ != "PROPN":
            continue
        appositive = tok.dep_ == "appos" and tok.head.i == head.i
        sibling = tok.dep_ == "nsubj" and tok.head.i == head.head.i and tok.i == head.i + 1
        if appositive or sibling:
            return _name_span(doc, tok, start_i, end_i, index)
    return None
