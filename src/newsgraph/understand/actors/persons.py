"""What the text says about a person: the titles, descriptors and appositions of a named one, and the title
phrase of a nameless one ("the interior minister", "a spokesman for the ministry").

Split out of coding.py, which codes every kind of entity: `PersonEvidence` is the part of the coder that reads
people, and `Code` the evidence every part hands back. The coder supplies the look-ups declared here.
"""

from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence

from spacy.tokens import Span, Token

from newsgraph.model import Entity
from newsgraph.understand.actors.described import own_descriptor
from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.honorifics import honorific, office_premodifiers, surname_title
from newsgraph.understand.actors.keys import fold
from newsgraph.understand.actors.placing import STATELESS as _STATELESS
from newsgraph.understand.actors.placing import pronoun_owner
from newsgraph.understand.actors.plurals import plural_of
from newsgraph.understand.actors.sites import based_at, posted_at, sent_to
from newsgraph.understand.actors.titles import (
    SPEAKERS,
    Premodifiers,
    appositive,
    appositive_demonym,
    body_of,
    country_after,
    national_before,
    relative_office,
    title_of_country,
    title_phrase,
)
from newsgraph.understand.docview import DocIndex

# Titles that only say how someone relates to another actor; their role counts after a proper title's.
_RELATIONAL = frozenset({"counterpart", "leader", "envoy", "official", "aide", "member"})


# Armed groups outside a state's forces: their commanders are theirs, not an army's.
_ARMED = frozenset({"REB", "INS", "SEP"})
# Words that rank a title and name no body: "Labour's deputy leader" is no police deputy's.
_RANKS = frozenset({"deputy", "vice", "acting", "assistant", "interim", "senior", "former", "top", "chief"})


def _owned_role(title_role: str | None, body_role: str | None) -> str | None:
    """The role of a title the text ties to a body: a title with no sector or a government's takes the body's ("FBI
    Director": COP), and a military rank of an armed group or an international organisation is the group's ("an Abu
    Sayyaf commander": REB, "a NATO colonel": IGO)."""
    if not title_role or title_role == "GOV" or (title_role == "MIL" and body_role in _ARMED | _STATELESS):
        # An officer of NATO or the U.N. ("NATO spokeswoman Lieutenant-Colonel X") speaks for the organisation.
        return body_role or title_role
    return title_role


@dataclasses.dataclass
class Code:
    country: str | None = None
    role: str | None = None
    # How far the text speaks: for a person's role, "former" (a title the person left: "Former President Bill
    # Clinton"), "relational" (a bare "leader" the title gives no sector to) or "honorific" (only "Sheikh" or
    # "Mullah" speaks), each outranked by a dated entry's role for the day; for an organisation's country, "city"
    # (a city a word of its name spells).
    hint: str = ""


class PersonEvidence(ABC):
    """The coder's reading of people; the coder (coding._Coder) supplies the attributes and look-ups below."""

    index: DocIndex
    d: ActorDictionary
    home: str | None
    country_at: Mapping[int, str | None]
    by_char: dict[int, Entity]
    entities: list[Entity]

    @abstractmethod
    def code_of(self, entity: Entity) -> Code: ...

    @abstractmethod
    def names(self, e: Entity) -> list[Span]: ...

    @abstractmethod
    def entity_at(self, span: Span) -> Entity | None: ...

    @abstractmethod
    def owner_country(self, t: Token) -> str | None: ...

    def person_evidence(self, e: Entity) -> Code:
        proper: list[tuple[str | None, str | None]] = []
        relational: list[tuple[str | None, str | None]] = []
        honorary: list[tuple[str | None, str | None]] = []  # roles only an honorific gave ("Sheikh")
        formers: list[str | None] = []
        bare_roles: set[str] = set()  # roles only a bare relational title ("leader") gave
        for span in self.names(e):
            pre = office_premodifiers(self.index, span.start, self.d, self.country_at)
            # An honorific is no office: the person's own descriptor speaks first, the honorific only after it.
            honour = pre.title_role if honorific(pre.title) else None
            role, country = self.span_evidence(e, span, pre, None if honour is not None else pre.title_role)
            if role is None and country is None and not honour:
                continue
            if pre.former:
                formers.append(country)
                continue
            if role is None and honour:
                honorary.append((country, honour))
                continue
            ap = appositive(span, self.d) if pre.title is None else None
            # "Michael Howard, the Conservative leader": a bare relational title in apposition says no more than one
            # before the name ("leader Michael Howard"); the office the date gives him speaks ("opposition leader" does).
            bare = (pre.title is not None and pre.title.casefold() in _RELATIONAL) or (
                ap is not None and ap.lower_ in _RELATIONAL and role == title_phrase(ap, self.d)[0]
            )
            bucket = relational if bare else proper
            bucket.append((country, role or None))
            if bare and (pre.affiliation is None or role == pre.title_role):
                bare_roles.add(role or "")
        ordered = proper + relational + honorary
        role = next((r for _, r in ordered if r), None)
        country = next((c for c, _ in ordered if c), None) or next((c for c in formers if c), None)
        if role is None and formers:
            return Code(country, None, "former")
        if not any(r for _, r in proper + relational) and honorary:
            return Code(country, role, "honorific")
        weak = not any(r for _, r in proper) and role in bare_roles
        return Code(country, role, "relational" if weak else "")

    def span_evidence(
        self, e: Entity, span: Span, pre: Premodifiers, role: str | None
    ) -> tuple[str | None, str | None]:
        """Role and country one mention's own words give the person `e`: the title read before it (`role`, from
        `pre`) and its organisation, an apposition, an "of" phrase, a relative clause, a descriptor."""
        country = pre.country or national_before(self.index, span.start) or country_after(self.index, span, self.d)
        if pre.affiliation is not None:
            org = self.entity_at(pre.affiliation)
            if org is not None and _state_council_post(org, pre.title):
                org = None  # the U.N. Security Council has no secretary: "Security Council secretary" is a state's
            if org is not None and org.id != e.id:
                code = self.code_of(org)
                country = country or code.country
                role = _owned_role(role, code.role)
        if role is None and span.root.dep_ == "appos":
            # "The shadow chancellor, Helen Grant, ...": the name stands in apposition to its title.
            role, of_title = title_phrase(span.root.head, self.d)
            country = country or of_title
        # "met the German envoy to Liberia, Peter Lund, and the aides": an apposition the parser reads as one
        # more conjunct, of the place in the title's phrase; the title must end at the comma before the name.
        titled = self.title_entity(e, span) if span.root.dep_ in ("appos", "conj") else None
        if role is None and country is None and titled is not None:
            role, country = titled.role, titled.country  # "the British special envoy to Angola, Margaret Dunn"
        appos = appositive(span, self.d)
        if appos is not None:
            a_role, a_country = self.appositive_code(appos)
            role = role or a_role
            country = country or a_country
        country = country or appositive_demonym(span, self.d)
        if role is None and country is None:
            role, country = title_of_country(self.index, span, self.d)
        if role is None and country is None:
            role, country = relative_office(span, self.d)
        own = own_descriptor(span, self.index, self.d, self.home, self.owner_country) if not (role and country) else None
        if own is not None:
            role, country = role or own.role, country or own.country  # "Greek shipowner Yannis Karras"
        return role, country

    def nameless(self, e: Entity) -> bool:
        """A person the text names by title alone ("the interior minister", "Pakistan's interior minister") or by
        a common noun ("an Iraqi man", "a Turkish truck driver")."""
        words = e.name.split()
        if words and words[-1].islower():
            return True
        spans = self.names(e)
        if len(words) == 1 and spans and all(_one_of_a_people(s) for s in spans):
            return True  # "a Chechen", "an Egyptian": a member of a people, never a surname ("Kurd" is also a Pakistani's)
        # "Dale King", "Tariq Sheikh": a title word that ends a name after a name of its own is a surname.
        return self.d.title_role(words[-1:]) is not None and not surname_title(words, self.d)

    def nameless_evidence(self, e: Entity) -> Code:
        """The title's role and the country the title phrase itself names; nothing from words around it."""
        words = e.name.replace("'s", "").replace("’s", "").split()
        if words and fold(words[-1]) in SPEAKERS and (spoken := self.spoken_for(e)).hint == "body":
            return spoken  # "a spokeswoman for Tarvik Mining, a Canadian company": the body's code, before the title's
        role = next(
            (r for n in range(len(words), 0, -1) if (r := self.d.title_role(words[-n:])) is not None), None
        )
        own = self.d.title_role(words[-1:])  # the last word's own: "" for a title that serves a body
        armed = own == "MIL" and self.d.head_role(words[:-1]) in _ARMED  # "a militant commander", "rebel commander"
        if len(words) > 1 and (own == "" or (role == "GOV" and own == "GOV") or armed):
            # "an army spokesman", "a defence ministry official": a spokesman's role is his body's; and a leader,
            # chief or head of something that is no state ("a gang leader" CRM, "a union leader" LAB, "a student
            # leader" EDU) is that thing's, not a government's.
            role = self.d.head_role([w for w in words[:-1] if fold(w) not in _RANKS]) or role
        if not role and words:
            # A common noun for one person takes the role its plural names ("soldier": "soldiers" MIL).
            last = words[-1]
            role = self.d.head_role([*words[:-1], plural_of(fold(last))])
        if not role and len(words) > 1:
            role = self.d.head_role(words[:-1])
        group = self.spoken_for(e)
        if group.hint == "body" and group.role in _ARMED | {"OPP"}:
            # "a senior commander of the Al Aqsa Martyrs Brigades", "a leader of Hamas": the group's, not a state's.
            return Code(group.country, _owned_role(role, group.role))
        country = self.d.country_in(words) or (self.named_body_country(e, words[:-1]) if own == "" else None)
        # The longest name among the words, not only single ones: "a Red Cross spokeswoman" speaks for the Red Cross.
        spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1))
        owner = next(filter(None, map(self.d.find, spans)), None)
        if owner is not None and owner.role in _STATELESS:
            return Code(None, owner.role)  # "the EU's trade commissioner" speaks for the EU
        group = self.possessor(e) or (Code(owner.country, owner.role) if owner is not None else Code())
        if group.role in _STATELESS and group.country is None:
            return Code(None, group.role)  # "NATO's spokesman", as "the EU's trade commissioner": no state's
        if group.role in _ARMED | {"OPP"}:
            return Code(group.country, _owned_role(role, group.role))  # "Hezbollah's leader", as "a leader of Hamas"
        if owner is not None:
            country = country or owner.country
        if not role and not country:
            return self.spoken_for(e)
        if role == "JUD" and not country and (court := self.spoken_for(e)).hint == "body" and court.role in _STATELESS:
            return court  # "the prosecutor of the International Criminal Court" acts for the court, of no country
        owners = (pronoun_owner(s, self.by_char.get, lambda o: self.code_of(o).country) for s in self.names(e))
        if role in ("GOV", "LEG", "JUD") and {"former", "ex"} & {w.casefold() for w in words}:
            role = "ELI"  # "a former congressman", "a former minister": an office left, one of the country's elites
        return Code(country or next(filter(None, owners), None), role or None)  # "recalled its ambassador"

    def title_entity(self, e: Entity, span: Span) -> Code | None:
        """The code of the title phrase a name stands in apposition to, when the article holds it as an entity of
        its own ("Egypt's charge d'affaires, Samir Fahmy"; "the British special envoy to Angola, Margaret Dunn",
        the title and the comma with at most a short prepositional phrase between them, however the parse hangs
        it): a nameless office holder, a description ending in a lower-case word. None when there is no such
        entity or it gives no role."""
        doc = span.doc
        if span.start < 2 or doc[span.start - 1].text != ",":
            return None
        comma = doc[span.start - 1].idx
        for other in self.entities:
            words = other.name.split()
            if other.id == e.id or other.kind not in ("person", "organisation") or not words[-1].islower():
                continue
            for m in (m for m in other.mentions if m.end <= comma):
                gap = [t for t in doc.char_span(m.end, comma, alignment_mode="expand") or () if not t.is_space]
                if not gap or (gap[0].dep_ == "prep" and len(gap) <= 4 and gap[0].idx <= m.end + 1):
                    found = self.code_of(other)
                    # Only the country the title's own words name: "aid worker" placed by the story gives none.
                    own = self.d.country_in(other.name.replace("'s", "").replace("’s", "").split())
                    return Code(found.country if own else None, found.role) if found.role else None
        return None

    def named_body_country(self, e: Entity, body: Sequence[str]) -> str | None:
        """ "The Pakistani army said ... an army spokesman": the body a serving title's own noun names ("army") is
        the one the article names with a country word of its own, when all it names so agree."""
        head = fold(body[-1]) if body else ""
        named = (o.name.split() for o in self.entities if o.id != e.id and fold(o.name).split()[-1:] == [head])
        found = {c for words in named if (c := self.d.country_in(words))}
        return found.pop() if len(found) == 1 else None

    def possessor(self, e: Entity) -> Code | None:
        """The code of the entity that owns the phrase ("the Taliban's spokesman"), as coded on the article's date."""
        for s in self.names(e):
            for c in (c for c in s.root.children if c.dep_ == "poss"):
                # The possessor's own words, not only its head: "the Organisation of African Unity's
                # spokesman" hangs the name by its last word, where no entity begins.
                owners = (self.by_char.get(t.idx) for t in c.subtree)
                owner = next((o for o in owners if o is not None and o.id != e.id), None)
                if owner is not None:
                    found = self.code_of(owner)
                    return Code(found.country, found.role)
        return None

    def spoken_for(self, e: Entity) -> Code:
        """ "a spokesman for the interior ministry": the body the title's "for" or "of" phrase names gives the code."""
        bodies = (self.entity_at(b) for span in self.names(e) if (b := body_of(span)) is not None)
        body = next((b for b in bodies if b is not None and b.id != e.id), None)
        return Code() if body is None else dataclasses.replace(self.code_of(body), hint="body")

    def _speaking_state(self, token: Token) -> str | None:
        """The country that is the subject of a verb above `token` ("Iran said ..."), whose "its" an appositive of
        the clause most likely means; None when no state is such a subject."""
        for verb in token.ancestors:
            for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
                state = self.by_char.get(subj.idx)
                if state is not None and state.kind == "country":
                    return self.code_of(state).country
        return None

    def appositive_code(self, appos: Token) -> tuple[str | None, str | None]:
        """ "the Republican chairman of the Senate Judiciary Committee": the office's organisation gives the code."""
        role = title_phrase(appos, self.d)[0]  # "an Iraqi tribal leader": the title of two words, not "leader"
        if role in (None, "GOV"):
            # "a rebel spokesman", "an army spokesman": the modifier names the body the office belongs to.
            role = next(
                (r for t in appos.lefts if t.dep_ in ("amod", "compound") and (r := self.d.head_role([t.text]))),
                role,
            )
        # "Ken Marsh, a British engineer": the appositive's own nationality.
        country = next(
            (c for t in appos.lefts if t.dep_ in ("amod", "compound", "poss") and (c := self.d.country_of(t.text))),
            None,
        )
        if country is None and any(t.dep_ == "poss" and t.lower_ == "its" for t in appos.lefts):
            country = self._speaking_state(appos)  # "Turkey said gunmen seized X, its consul": Turkey's
        for child in appos.subtree:
            if child.i == appos.i:
                continue
            org = self.by_char.get(child.idx)
            if org is not None and org.kind in ("place", "country") and (posted_at(child) or based_at(child)):
                continue  # "the top commander in Iraq", "the London-based envoy": where he serves, not whose he is
            if org is not None and sent_to(child):
                continue  # "the special envoy to Moldova", "the ambassador to the OAS": where he is sent
            if org is not None and any(m.start <= appos.idx < m.end for m in org.mentions):
                continue  # the appositive's own noun ("the new commander"), a group only the story's home places
            if org is None and country is None and _owner_adjective(child, appos) and self.d.country_of(child.text):
                # "an interpreter for a South Korean supplier to the U.S. military": the first owner named, by
                # its adjective, is whom he works for; the bodies further on are the owner's customers.
                return role, self.d.country_of(child.text)
            if org is not None:
                code = self.code_of(org)
                country = country or code.country
                role = _owned_role(role, code.role)
        return role, country


def _owner_adjective(t: Token, appos: Token) -> bool:
    """Whether `t` is a nationality word on a noun of the appositive's own prepositional phrase ("for a South Korean
    supplier"), not on the appositive's noun itself."""
    return t.dep_ in ("amod", "compound") and t.head.i != appos.i and t.head.dep_ == "pobj" and t.head.head.head.i == appos.i


def _state_council_post(org: Entity, title: str | None) -> bool:
    """Whether a bare "Security Council" before a title is a state's security council (Russia's, Ukraine's), not
    the U.N.'s: its "secretary" is an office only the states' councils have."""
    return fold(org.name).endswith("security council") and fold(title or "") == "secretary"


def _one_of_a_people(span: Span) -> bool:
    """A capitalised noun under an indefinite article ("a Kurd", "an Afghan"): one of many, which a name never is."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children)
