"""Actor codes: each entity's country (ISO 3166-1 alpha-3) and CAMEO agent role.

`code_actors(article, doc, entities, dictionary)` returns the entities with `country` and `role` filled, so that
`entity.code` is the CAMEO-style actor code ("BLRGOV", "USACOP", "IGO"). Evidence is taken in this order, the first
that speaks deciding (docs/actors.md has the full scheme):

1. The text: a title or descriptor in front of or beside the name ("Belarusian President" -> BLR GOV, "FBI
   Director" -> the FBI's code, "Sen." -> LEG, "U.S. Attorney" -> USA JUD, "state news agency" -> MED), the words
   inside an organisation's name ("Iranian Foreign Ministry" -> IRN GOV), and the modifiers of a group ("Minneapolis
   police officers" -> USA COP).
2. The actor dictionary entry the entity's name matches (bare "Putin" -> RUS GOV).
3. Defaults: a country is its own actor with no role ("Belarus" -> BLR); a capital city acting as the subject of a
   verb stands for its government ("Washington imposed sanctions" -> USA GOV); a group or office holder whose role
   the text gives but whose country it does not takes the place its "of" phrase names ("residents of Kandahar"),
   staff their employer's country, else the article's home country when the article places its story (docs/
   actors.md, "Defaults"). Named people with no title, and stateless or foreign groups, take no default.

An entity with no evidence keeps an empty code rather than a guessed one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from newsgraph.model import Article, Entity
from newsgraph.understand.actors.antecedents import earlier_country
from newsgraph.understand.actors.dated import ActorCode, DatedDictionary, namesake
from newsgraph.understand.actors.described import by_description, own_descriptor
from newsgraph.understand.actors.dictionary import ActorDictionary, ActorEntry
from newsgraph.understand.actors.entities import find_entities
from newsgraph.understand.actors.keys import fold, uncounted
from newsgraph.understand.actors.persons import Code as _Code
from newsgraph.understand.actors.persons import PersonEvidence
from newsgraph.understand.actors.placing import ABROAD as _ABROAD
from newsgraph.understand.actors.placing import SENT_ABROAD as _SENT_ABROAD
from newsgraph.understand.actors.placing import STATELESS as _STATELESS
from newsgraph.understand.actors.placing import home_country, members, placed_in, set_apart
from newsgraph.understand.actors.residents import resident_home
from newsgraph.understand.actors.seat import capital_country, organ_home, seat_country
from newsgraph.understand.actors.sides import not_home
from newsgraph.understand.actors.speakers import reported_subject
from newsgraph.understand.actors.titles import (
    SPEAKERS,
    THINGS,
    body_of,
    descriptor_before,
    descriptor_start,
    premodifiers,
)
from newsgraph.understand.docview import DocIndex, index_for

# A group head whose own role is this generic takes the more specific role of the organisation modifying it
# ("FBI officials" are COP, not just GOV).
_GENERIC = frozenset({"GOV", "CVL", ""})
# Family nouns: the family of someone the story names is of that person's people, as civilians.
_KIN = frozenset(
    {"relatives", "relative", "family", "families", "wife", "wives", "husband", "widow", "widows", "mother"}
    | {"mothers", "father", "fathers", "parents", "son", "sons", "daughter", "daughters", "brother", "sister"}
)
_LED = re.compile(r"-(led|backed|based|allied|trained)$")
# Settlements in the Palestinian territories are Israel's (its settlers are Israeli citizens, ISR CVL).
_SETTLED = {"PSE": "ISR", "ISR": "ISR"}
# Nouns for the staff of an employer: with no owner in their own phrase, the article's business is theirs.
_WORKFORCE = frozenset({"employees", "staff", "workers", "crew", "staffers", "engineers", "technicians", "drivers"})
# Sects and ethnic communities: their leaders are a community's elites, living in one state (not the "Arab and
# Muslim leaders" of several states).
_SECTS = frozenset(
    {"sunni", "shiite", "shia", "shi'ite", "kurdish", "hindu", "sikh", "christian", "tamil", "druze", "alawite"}
)
# Verbs whose object is troops a side commits or takes away: the troops are that side's.
_SENDING = frozenset({"send", "deploy", "dispatch", "station", "withdraw", "pull", "commit", "contribute", "redeploy"})
_TRADERS = frozenset({"BUS", "NGO"})  # companies and aid groups work across borders
_STANDING = frozenset({"GOV", "OPP"})  # a party's standing, which only its own state's politics sets
_NON_ACTION = frozenset({"be", "have", "lie", "remain", "sit", "locate", "become"})
_INNER_KINDS = frozenset({"organisation", "media", "person", "place"})  # actors a group's name may hold


def _of_no_state(dated: ActorCode) -> bool:
    """A dated code of no state's: an international body's official, or a leader of a transnational armed group
    the dated file gives no country (bin Laden, al-Zawahiri: INS), whatever country the story names. An aid worker
    the file gives a country ("Simona Pari": ITANGO) is that country's, not an international body's."""
    return (dated.role in _STATELESS or dated.role == "INS") and not dated.country


def _no_state(text: _Code) -> bool:
    """A title that names no state's office: none, or only the country of an international mandate ("Bosnia's
    international peace envoy Paddy Ashdown")."""
    return not text.country or not text.role or text.role in _STATELESS


class _Coder(PersonEvidence):
    def __init__(
        self,
        article: Article,
        doc: Doc,
        entities: Sequence[Entity],
        dictionary: ActorDictionary,
        index: DocIndex | None,
    ) -> None:
        self.article = article
        self.doc = doc
        self.d = dictionary
        self.entities = list(entities)
        self.by_folded_name = {fold(o.name): o for o in reversed(self.entities)}  # the first entity of each name
        self.index = index_for(article, doc, index)
        self.codes: dict[str, _Code] = {}
        self.name_spans: dict[str, list[Span]] = {}  # entity id -> names()
        self.by_char: dict[int, Entity] = {}
        # Where two mentions start at one character ("Arafat" in "Arafat's senior aides"), the shorter is the
        # name read inside the longer phrase.
        pairs = sorted(((m, ent) for ent in entities for m in ent.mentions), key=lambda p: p[0].end - p[0].start)
        for m, ent in pairs:
            self.by_char.setdefault(m.start, ent)
        # Countries the entity stage decided for place names (a "Georgia" that is the US state), by mention start.
        self.country_at: dict[int, str | None] = {
            m.start: e.country for e in entities if e.kind in ("country", "place") for m in e.mentions
        }
        # `load_actor_dictionary` attaches the dated dictionary: the stage never loads it (one built by hand codes
        # from its own entries only).
        self.dated = dictionary.dated or DatedDictionary()
        published = article.published
        self.day: dt.date | None = published.date() if isinstance(published, dt.datetime) else published
        self.placed: set[str] = set()  # countries a place in the story puts it in (`residents.resident_home`)
        self.home = home_country(article, doc, self.entities, self.index, dictionary, self.place_country, self.placed)
        self.seat = seat_country(article, doc, self.entities, self.index, dictionary, self.place_country, self.home)
        self.filed_in = capital_country(article, dictionary)  # a visiting minister's "the ministry" may be the host's

    def foreign(self, e: Entity, role: str | None = None) -> bool:
        """A group its own words set apart from the article's country ("neighbouring governments", "foreign
        troops", "Western diplomats"), or office holders of a region rather than a state ("Arab and Muslim
        leaders", "European ministers"): the home country is not theirs."""
        if not self.is_group(e):
            return False
        return set_apart(fold(e.name).split(), role)

    def is_thing(self, e: Entity) -> bool:
        """A ship, aircraft or work named right after the noun that says so ("the tanker Sea Star", "the film
        Silent River"): it cannot act, so it gets no actor code."""
        # The noun, not the verb: "Gunmen storm Gaza police post" is no storm named "Gaza police".
        # A thing's name is a proper name: "stormed parliament" (a headline's "storm" read as a noun) is no storm.
        return any(
            span.start > 0
            and span.text[:1].isupper()
            and self.index.folded[span.start - 1] in THINGS
            and self.doc[span.start - 1].pos_ in ("NOUN", "PROPN")
            for span in self.names(e)
        )

    def place_country(self, e: Entity) -> str | None:
        """The country of a name the dated dictionary knows as a place ("Najaf", "Darfur": a country code, no
        role), whatever label the model gave it."""
        if e.kind not in ("place", "organisation") or e.name[:1].islower() or e.name.casefold() in self.d.adjectivals:
            return None  # "the Chinese" are people of a country, not a place
        found = self.dated.code(e.name, self.day)
        return found.country if found is not None and found.role is None else None

    def span(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def entity_at(self, span: Span) -> Entity | None:
        for t in span:
            e = self.by_char.get(t.idx)
            if e is not None:
                return e
        return None

    def code_of(self, entity: Entity) -> _Code:
        found = self.codes.get(entity.id)
        if found is None:
            self.codes[entity.id] = _Code()  # guards against cycles (an org named inside its own title)
            found = self.codes[entity.id] = self.compute(entity)
        return found

    # -- evidence -------------------------------------------------------------------------------------------------
    def compute(self, e: Entity) -> _Code:
        if e.kind == "country":
            return _Code(e.country, None)
        if e.kind == "place":
            return _Code(e.country or self.dated_code(e).country, "GOV" if self.metonymic(e) else None)
        if self.is_thing(e):
            return _Code(None, None)
        ethnic = self.by_folded_name.get("ethnic " + fold(e.name))
        if ethnic is not None:
            return self.code_of(ethnic)  # "Albanians" where the article says "ethnic Albanians": that people
        entry, dated = self.entry_code(e)
        text = (
            self.nameless_evidence(e) if e.kind == "person" and self.nameless(e)
            else self.person_evidence(e) if e.kind == "person" else self.name_evidence(e)
        )
        if e.kind == "person" and _of_no_state(dated) and text.hint != "former" and _no_state(text):
            # A known official of an international body ("chief prosecutor Luis Moreno Ocampo", "the U.N. envoy to
            # Sudan, Jan Pronk"): the title names an office in that body, so no state's role or home is his.
            return _Code(None, dated.role)
        if e.kind == "person" and not text.hint and namesake(text.country, text.role, dated):
            held = self.dated.code_in_role(e.name, text.role) if self.day is None and text.role else None
            dated = held if held is not None and not namesake(text.country, text.role, held) else ActorCode(None, None)
        country = text.country or dated.country or e.country
        role = text.role if text.role else dated.role
        if text.hint == "former" and dated.role == "GOV" and (" " not in e.name.strip() or self.day is None):
            role = "ELI"  # "Former President Bush" in 2004 (a surname's sitting holder), or undated: the office left
        elif text.hint in ("former", "relational", "honorific") and dated.role:
            role = dated.role  # "Conservative leader David Cameron" in 2009: the dated entry says opposition
        elif text.hint == "former":
            role = "ELI"  # a former office holder is one of the country's elites, no longer its government
        if e.kind != "person" and dated.role:
            # For organisations the dictionary entry is name-level evidence, more specific than a head noun; an IGO
            # has no country, not even one a word of its name spells ("Organization of American States").
            role, country = dated.role, (None if dated.role == "IGO" else country)
        if e.kind != "person" and dated.country and text.hint == "city":
            # The same holds against a city or an actor a word of the name spells: "Morgan Stanley" is American,
            # not of Stanley in the Falklands. A country word inside the name ("Bank of Japan") still speaks first.
            country = dated.country
        if (tied := self.belonging(e, country, role, text)) is not None:
            return tied
        if country is None and self.is_group(e) and fold(e.name).split()[-1] in _WORKFORCE:
            country = self.employer_country(e)
        # "Kurds", "Islamists": a community with no role, of the item's country (docs/actors.md, "Communities")
        community = (self.is_group(e) and self.d.head_role(e.name.split()) == "") or fold(e.name).startswith("ethnic ")
        country = country or earlier_country(e, self.entities, lambda o: self.code_of(o).country, self.is_group(e), self.filed_in)
        if (
            country is None
            and (role or community or (e.kind == "person" and fold(e.name).split()[-1] in SPEAKERS))
            and role not in _STATELESS
            and not (entry and (entry.role in _STATELESS or not entry.country))  # al Qaeda: stateless by its entry
            and not self.foreign(e, role)
            and text.hint != "body"  # "a spokesman for Medisans" speaks for it (a "Sheikh" alone: the story's)
            and not (role in _TRADERS and self.unplaced_name(e, entry))
            and not _SENT_ABROAD.intersection(fold(e.title or e.name).split()[-1:])  # "the envoy", "Ambassador X"
        ):
            # The Palestinian Authority has no army: troops in a story placed in the territories are Israel's.
            country = _SETTLED.get(self.home or "") if role == "MIL" and self.home == "PSE" else self.home
            country = organ_home(role, self.seat, country, fold(e.name).split()[-1])  # "SOFIA - the Foreign Ministry"
            country = resident_home(role, country, self.placed, fold(e.name).split()[-1])
        return _Code(country, role)

    def entry_code(self, e: Entity) -> tuple[ActorEntry | None, ActorCode]:
        """The project entry a name of the entity matches (or None), and the code the dictionaries give it."""
        entry = next((x for x in (self.d.find_name(m.text) for m in self.names(e)) if x is not None), None)
        # The project's own entries outrank the dated dictionary (docs/actors.md, precedence), except a built-in
        # entry the project's dated files also know: their dates say which office the name held then.
        dated = self.dated_code(e) if entry is None else ActorCode(entry.country, entry.role)
        if entry is not None and entry.key in self.d.dated_first:
            dated = self.dated_code(e) if self.dated_code(e) != ActorCode(None, None) else dated
        if entry is not None and (entry.generic or self.home in entry.generic_in) and self.home:
            # "the Supreme Court" of a story from Jerusalem is Israel's. A party's standing (GOV, OPP) is its own
            # state's: another state's Labour Party keeps no British role, and Britain's keeps its dated one.
            own = self.home == entry.country
            standing = entry.role in _STANDING
            dated = ActorCode(self.home, dated.role if own and standing else None if standing else entry.role)
        return entry, dated

    def belonging(self, e: Entity, country: str | None, role: str | None, text: _Code) -> _Code | None:
        """The code of a group its own words tie to others than the story: a named body's people ("officials of
        CareBridge": of its country, or of none), settlers and people abroad; None for any other."""
        kin = self.members_body(e, kin=True)
        if kin is not None:
            return _Code(kin.country or country, "CVL", "body")  # "the mother of a U.S. soldier": his people's
        body = self.members_body(e)
        if body is not None:
            return _Code(country or body.country, body.role if role in _GENERIC else role, "body")
        sender = self.sender(e) if country is None and role in ("MIL", "COP") else None
        if sender is not None:
            # "The African Union sent troops to Darfur": the troops are the AU's, not the story's country's.
            return _Code(sender.country, "IGO" if sender.role == "IGO" else role, "body")
        last = fold(e.name).split()[-1]
        if (self.is_group(e) and last in _ABROAD) or last in ("settler", "settlements"):
            return _Code(self.settled(e, text.country), role or None)
        return None

    def sender(self, e: Entity) -> _Code | None:
        """The actor that sends, deploys or withdraws troops or police with no country of their own ("NATO agreed to
        send more troops"), when it names a country or an international body; None for any other."""
        for span in self.names(e) if self.is_group(e) else ():
            verb = span.root.head
            # "riot police sent by Beijing": the agent of the participle sends them.
            by = [o for c in span.root.children if c.dep_ == "acl" and c.lemma_.lower() in _SENDING
                  for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            other = self.entity_at(span.doc[by[0].left_edge.i : by[0].i + 1]) if by else None
            if other is not None and other.id != e.id and (sent := self.code_of(other)).country:
                return sent
            if span.root.dep_ != "dobj" or verb.lemma_.lower() not in _SENDING:
                continue
            # "agreed to send": the one who agreed sends; "urged NATO to send": the one urged does.
            doer = verb.head if verb.dep_ == "xcomp" else verb
            asked = next((c for c in doer.children if c.dep_ == "dobj"), None) if doer is not verb else None
            subj = asked or next((c for c in doer.children if c.dep_ == "nsubj"), None)
            subj = reported_subject(subj) if subj is not None else None  # "the AU said it would send troops"
            other = self.entity_at(span.doc[subj.left_edge.i : subj.i + 1]) if subj is not None else None
            code = self.code_of(other) if other is not None and other.id != e.id else None
            if code is not None and (code.country or code.role == "IGO"):
                return code
        return None

    def unplaced_name(self, e: Entity, entry: object) -> bool:
        """A named organisation no dictionary knows and whose name is more than an institution's descriptor
        ("Kestrel Oil Co", unlike "the Interior Ministry"). A company or aid group named so, with no words of its
        own placing it, takes no country from the story: wire copy reports foreign firms and relief groups where
        they work as often as local ones (docs/actors.md, "Descriptors")."""
        if e.kind != "organisation" or entry is not None or self.is_group(e):
            return False
        words = tuple(fold(w) for w in e.name.split() if fold(w) != "the")
        return words not in self.d.descriptors and self.d.titles.get(words) is None

    def settled(self, e: Entity, own: str | None) -> str | None:
        """Settlers and expatriates belong to another state than the story's: only their own words speak (`own`:
        "Filipino expatriates"), or for settlers and settlements in Palestine or Israel the state settling them."""
        words = fold(e.name).split()
        if words[-1] not in ("settlers", "settler", "settlements"):
            return own  # one settler ("a Jewish settler") is settled as the many are
        return "ISR" if "jewish" in words else _SETTLED.get(own or self.home or "", own)

    def employer_country(self, e: Entity) -> str | None:
        """ "A Turkish construction company ... the lives of 10 employees": staff with no owner in their own
        phrase work for the business the article names, when it names businesses of one country only."""
        found = {
            code.country
            for other in self.entities
            if other.id != e.id and other.kind == "organisation"
            and (code := self.code_of(other)).role == "BUS"
            and code.country
        }
        return found.pop() if len(found) == 1 else None

    def dated_code(self, e: Entity) -> ActorCode:
        """The dated dictionary's code for the entity on the article's date: its names, then (for a person) its
        title with a name ("President Bush"), then a bare surname every known holder of which agrees on."""
        # A person's alias that names a country ("Jordan" for the novelist Ruth Jordan) is the country's entry, not hers.
        texts = [t for t in (e.name, *e.aliases) if e.kind != "person" or self.d.country_of(t) is None]
        if e.kind == "person" and e.title:
            # The titled name first: "Pope John Paul" is the dictionary's pope, where the bare "John Paul" may be
            # some other holder of those two names.
            texts = [f"{e.title} {t}" for t in texts] + texts
        words = e.name.split()
        if len(words) > 2 and self.d.title_role(words[:1]) is not None:
            texts.append(" ".join(words[1:]))  # "General Laurent Nkunda", a name the model took whole for a body
        for text in texts:
            found = self.dated.code(text, self.day)
            if found is not None:
                return found
        adjective = all(span.root.pos_ == "ADJ" for span in self.names(e))  # "a Chechen prisoner"
        surname = " " not in e.name and not self.nameless(e) and not adjective and not self.qualifier(e)
        if e.kind == "person" and surname and self.d.head_role([e.name]) is None:
            # Only a person the article names by surname alone (a bare title, "the president", a role noun, a
            # headline's "Bank", or an adjective is no surname): a full name the dictionary does not know is someone
            # else than the dictionary's holder of that surname (unless it only spells the given name otherwise).
            found = self.dated.surname_code(e.name, self.day)
            named = frozenset(x.country for x in self.entities if x.kind == "country" and x.country)
            found = found or self.dated.surname_code(e.name, self.day, named)
            if found is not None:
                return found
        elif e.kind == "person":
            return self.dated.variant_code(e.name, self.day) or ActorCode(None, None)
        return ActorCode(None, None)

    def qualifier(self, e: Entity) -> bool:
        """Every mention opens a sentence and qualifies the common noun after it ("Riot police fired ...", "Bush
        fires raged ..."): there the capital letter says nothing, and a word qualifying a noun names no one."""
        spans = self.names(e)
        return bool(spans) and all(
            s.start == s.sent.start and s.root.dep_ == "compound" and s.root.head.pos_ == "NOUN" for s in spans
        )

    def names(self, e: Entity) -> list[Span]:
        """The spans of the entity's proper-name mentions (kept: every kind of evidence reads them)."""
        out = self.name_spans.get(e.id)
        if out is None:
            out = self.name_spans[e.id] = []
            for m in e.mentions:
                if m.text == e.name or m.text in e.aliases:
                    s = self.span(m.start, m.end)
                    if s is not None:
                        out.append(s)
        return out

    def name_evidence(self, e: Entity) -> _Code:
        """Organisations and groups: country words and actors inside the name, its head noun, what stands before."""
        country: str | None = None
        role: str | None = None
        org_role: str | None = None
        # The country read so far is a city's or another actor's that a word of the name spells: the whole name's
        # own dictionary entry knows better ("Morgan Stanley", "the Congress party" of India).
        by_city = False
        stateless_body = False  # the name's body is one of no country ("al Qaeda suspects")
        for span in self.names(e):
            # Words as the dictionary writes them: "passers-by" is one word there, three tokens here.
            role = role or self.d.name_head_role(span.text.split())
            common = descriptor_start(span, self.d)  # "Riot police": a descriptor's words are no names of their own
            for t in span:
                if not_home(t) or (t.i > span.start and t.doc[t.i - 1].lower_ == "ethnic") or t.i >= common:
                    continue  # a side taken ("pro-Russian"), an envoys' base, or a people ("ethnic Albanians")
                if country is None and t.i != span.root.i:
                    country = self.whole_country(e, span, t)
                # "U.S.-led troops": the leading country is the group's ("Iranian-backed" is a sponsor: `stance`).
                found = self.d.country_of(_LED.sub("", t.text))
                if found is None:
                    found = self.spelled_city(t)
                    by_city = by_city or (country is None and found is not None)
                if found is None and t.i != span.root.i and (inner := self.inner_actor(e, t)) is not None:
                    found, inner_role, spelled = inner
                    stateless_body = stateless_body or (org_role is None and bool(inner_role) and not found)
                    org_role = org_role or inner_role
                    by_city = by_city or (spelled and country is None and found is not None)
                country = country or found
            # A group set apart from the story ("foreign forces", "foreign troops in Iraq", "envoys in Damascus") is not
            # of where it is; a ministry is of the capital it sits in ("the Defence Ministry in The Hague said").
            abroad = fold(e.name).split()[-1] in _ABROAD | _SENT_ABROAD or self.foreign(e, role)
            if country is None and (self.is_group(e) or fold(e.name).endswith("ministry")):
                country = placed_in(span, self.by_char.get, lambda o: self.code_of(o).country, role, e.name, abroad)
            pre = premodifiers(self.index, span.start, self.d, self.country_at)
            country = country or pre.country or (self.shared_nationality(span) if self.is_group(e) else None)
            if country is None and self.is_group(e):
                country = self.d.region_of([t.text for t in span])  # "European diplomats": a region when no country speaks
            if role is None:
                role = descriptor_before(self.index, span.start, self.d)
            if not self.is_group(e):
                # "Halvorsen, the Norwegian shipping firm, said ...": the name's own descriptor says what it is and
                # whose, before a city a word of the name spells ("Al-Quds Martyrs Battalion, a Palestinian group").
                own = own_descriptor(span, self.index, self.d, self.home, self.owner_country)
                if own is not None and own.country and (country is None or by_city):
                    country, by_city = own.country, False
                role = role or (own.role if own is not None else None)
        if self.is_group(e):
            role = self.holders_role(e, role)
        if (role in _GENERIC or role is None) and org_role:
            role = org_role
        if org_role in _STATELESS and self.is_group(e):
            # "the UN tribunal", "NATO troops": a body of an international organisation is that organisation's.
            return _Code(None, org_role)
        if stateless_body and country is None and self.is_group(e):
            # "three al Qaeda suspects" arrested in Kenya are the network's people, not Kenya's: a body of no
            # country gives its members none, not the story's.
            return _Code(None, org_role, "body")
        return _Code(country, role or None, "city" if by_city else "")

    def shared_nationality(self, span: Span) -> str | None:
        """ "eight British sailors and marines": a plural joined to another shares the nationality before the
        first when it has no modifier of its own."""
        root = span.root
        if root.dep_ != "conj" or root.head.pos_ != "NOUN" or any(c.dep_ in ("amod", "compound") for c in root.children):
            return None
        return next(
            (c for t in root.head.children if t.dep_ == "amod" and t.i < root.head.i and (c := self.d.country_of(t.text))),
            None,
        )

    def inner_actor(self, e: Entity, t: Token) -> tuple[str | None, str | None, bool] | None:
        """The country and role of an actor a word inside the name names ("Hamas militants", "Darfur rebels"), and
        whether a dictionary entry spells it (a city's or another actor's country the whole name's entry may
        overrule); None when the word names none."""
        inner = self.d.find_word(t.text, t.ent_type_ == "NORP", t.i > 0 and t.nbor(-1).lower_ == "the")
        if inner is not None and inner.key != fold(e.name):
            return (*inner.word_code(self.home), True)
        other = self.by_char.get(t.idx)
        # A place the dictionaries know only as a place ("Darfur rebels") gives its country alone.
        if other is not None and other.id != e.id and other.kind in _INNER_KINDS:
            code = self.code_of(other)
            return code.country, (code.role if other.kind != "place" else None), False
        return None

    def holders_role(self, e: Entity, role: str | None) -> str | None:
        """The role of a group named by the plural of a title, where it says more than the head noun's own."""
        words = fold(e.name).split()
        if len(words) > 1 and self.d.title_role([words[-2], words[-1][:-1]]) == "OPP":
            return "OPP"  # "opposition lawmakers": the title of two words says more than its head noun
        if role is None and e.name.endswith("s"):
            # "Syrian leaders", "Arab and Muslim leaders": the plural of a title names its holders.
            role = self.d.title_role([e.name.split()[-1][:-1]]) or None
            if role == "GOV" and any(w in _SECTS for w in words):
                role = "ELI"  # "Sunni leaders" lead a community, as tribal leaders do, not a state
        return role

    def spelled_city(self, t: Token) -> str | None:
        """The country of a city word `t` spells; none for an acronym the dictionary knows ("SANA" is no Sanaa)."""
        city = None if t.text.isupper() and self.d.find(t.text) is not None else self.d.city(t.text)
        return city[0] if city else None

    def whole_country(self, e: Entity, span: Span, t: Token) -> str | None:
        """ "North Korea's foreign ministry", "North Korean troops": a country of two words inside a name is that
        country, not the one its last word alone names ("Korea")."""
        inside = self.by_char.get(t.idx)
        if inside is not None and inside.id != e.id and inside.kind == "country":
            return self.code_of(inside).country
        if t.i + 1 < span.end:
            return self.d.country_of(f"{t.text} {t.nbor().text}")
        return None

    def owner_country(self, t: Token) -> str | None:
        """The country of an organisation, outlet or country named at token `t` ("the holding company of British
        airline Skyway": the owner the descriptor names)."""
        other = self.by_char.get(t.idx)
        return self.code_of(other).country if other is not None and other.kind in ("organisation", "media", "country") else None

    def members_body(self, e: Entity, kin: bool = False) -> _Code | None:
        """The code of the organisation a group of its own people belongs to ("officials of CareBridge"), or with
        `kin` of the actor a family belongs to."""
        bodies = (body_of_members(span, self.by_char.get, kin) for span in self.names(e)) if self.is_group(e) else ()
        body = next((b for b in bodies if b is not None and b.id != e.id), None)
        return None if body is None else self.code_of(body)

    def is_group(self, e: Entity) -> bool:
        """A descriptor group ("journalists", "Iraqi police") rather than a named organisation."""
        # A count before it says how many ("15 Shiites"), not what the group is.
        name, last = uncounted(e.name)
        # A capitalised descriptor opening a sentence ("Rebels in Darfur ...") is a group too, and so is a people
        # or faith named with its branch or country ("Shiite Muslims", "Iraqi Kurds"): a community noun ends it.
        known = self.d.descriptors.get((fold(last),))
        return bool(name[:1].islower() or last.islower() or (known is not None and (" " not in name or known == "")))

    def metonymic(self, e: Entity) -> bool:
        """A capital that does something ("Washington imposed sanctions", "Moscow said") is its government."""
        if fold(e.name) not in self.d.capital_cities and not any(
            fold(m.text) in self.d.capital_cities for m in e.mentions
        ):
            return False
        for span in self.names(e):
            if span.text.isupper() and span.start == span.sent.start:
                continue  # a dateline ("KABUL, June 1 (Reuters) -") says where the story was filed, not who acts
            root = span.root
            while root.dep_ == "conj" and root.head.i != root.i:  # "Minsk and Tehran are undertaking ..."
                root = root.head
            if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and root.head.lemma_ not in _NON_ACTION:
                return True
        return False

    def run(self) -> tuple[Entity, ...]:
        out = []
        for e in self.entities:
            code = self.code_of(e)
            # An organisation the text calls a news agency or outlet ("the state news agency Montsame") is media.
            kind = (
                "media"
                if e.kind == "organisation" and code.role == "MED" and not self.is_group(e)
                else e.kind
            )
            group = self.group_of(e) if code.role == "IGO" and not code.country else None
            out.append(dataclasses.replace(e, country=code.country, role=code.role, kind=kind, group=group))
        return tuple(out)

    def group_of(self, e: Entity) -> str | None:
        """An organisation's sub-tag ("UNO"; docs/actors.md, "International organisations"): the entry of its
        name or of words of its name ("NATO troops"), else of the organisation its title names ("U.N.
        Secretary-General Kofi Annan"), else its dated entry's."""
        for span in self.names(e):
            for i in range(len(span)):
                for j in range(min(len(span), i + 4), i, -1):
                    entry = self.d.find(span[i:j].text)
                    if entry is not None and entry.group:
                        return entry.group
            affiliation = premodifiers(self.index, span.start, self.d, self.country_at).affiliation
            org = self.entity_at(affiliation) if e.kind == "person" and affiliation is not None else None
            if org is not None and org.id != e.id and (group := self.group_of(org)):
                return group
            body = body_of(span) if e.kind == "person" else None  # "the prosecutor of the ICC"
            org = self.entity_at(body) if body is not None else None
            if org is not None and org.id != e.id and (group := self.group_of(org)):
                return group
        return self.dated_code(e).group


def code_actors(
    article: Article,
    doc: Doc,
    entities: Sequence[Entity],
    dictionary: ActorDictionary,
    index: DocIndex | None = None,
) -> tuple[Entity, ...]:
    """The entities with country (ISO3) and role (CAMEO agent code) filled from text, dictionary and defaults.

    `index`: the `DocIndex` the entity stage read the Doc into, when the caller kept it."""
    title = next((b for b in article.blocks if b.kind == "title"), None)
    return by_description(_Coder(article, doc, entities, dictionary, index).run(), doc, dictionary, title.end if title else 0)


def find_actors(
    article: Article, doc: Doc, dictionary: ActorDictionary, index: DocIndex | None = None
) -> tuple[Entity, ...]:
    """The actor stage: every entity the article names, with its mentions and its actor code."""
    return code_actors(article, doc, find_entities(article, doc, dictionary, index), dictionary, index)


def body_of_members(span: Span, entity_at: Callable[[int], Entity | None], kin: bool = False) -> Entity | None:
    """The organisation a group of its own people belongs to ("officials of CareBridge International", "staff of
    the aid group Medisans", "delegates from the government"): its people are its actors, of its country or of none, never of the story's. With
    `kin`, the actor whose family the phrase names ("relatives of the Japanese hostages")."""
    if not (span.root.lower_ in _KIN if kin else members(span.root.lower_)):
        return None
    for prep in span.root.children:
        # "accused foreign forces of backing the rebels": an "of" before a gerund tells a charge, not a body.
        if prep.dep_ == "prep" and prep.lower_ in ("of", "from") and not any(c.dep_ == "pcomp" for c in prep.children):
            for tok in prep.subtree:
                other = entity_at(tok.idx)
                owner = kin or (other is not None and other.kind in ("organisation", "media"))
                if other is not None and owner and not span.start <= tok.i < span.end:
                    return other
    return None
