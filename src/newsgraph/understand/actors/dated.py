"""The dated actor dictionary: thousands of names whose code depends on the date (Phoenix/PETRARCH2, MIT).

`data/actors/phoenix/actors.tsv` (converted by `tools/convert_phoenix_actors.py`, format in docs/actors.md) names
people, organisations and armed groups with codes that hold between two dates: Tony Blair is `GBRGOV` from
1997-05-02 to 2007-06-27 and `GBRELI` (a former office holder) outside it. `DatedDictionary.code(name, on)` gives
the code that held on the article's date. The project's own dated files (`data/actors/dated/*.tsv`, same format, a
`kind` column for the `file` one) are read after Phoenix and replace its codes for the names they list: office
holders, militant and religious leaders compiled by the project for 1990-2025. The project's other entries
(`data/actors/*.yaml`, the user's files) are looked up first by the actor stage; a built-in YAML entry gives way to a
dated project entry of the same name (`dictionary.load_from_files`), a user's entry never does.

Look-ups are one dict access on the folded name (`dictionary.fold`), so their cost does not grow with the
dictionary: the actor stage asks once per entity name, never loops over entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

import pycountry

from newsgraph.data import location, read_tsv
from newsgraph.roles import first_role, igo_group
from newsgraph.understand.actors.keys import fold

# CAMEO codes that stand where a country would and name no state: the code's role is that prefix itself.
_STATELESS_PREFIXES = frozenset({"IGO", "IMG", "NGO", "MNC", "NGM"})


@dataclass(frozen=True)
class DatedCode:
    code: str  # as the source writes it: "GBRGOV", "IGOUNO", "PSEREBHMS"
    start: dt.date | None = None  # None: open (or no range at all)
    end: dt.date | None = None
    dated: bool = False

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorCode:
    """A code split the way newsgraph's entities carry it."""

    country: str | None
    role: str | None
    group: str | None = None  # an organisation's sub-tag after IGO ("UNO"): Entity.group


@dataclass
class DatedDictionary:
    codes: dict[str, tuple[DatedCode, ...]] = field(default_factory=dict)  # folded name -> its codes
    countries: frozenset[str] = frozenset()  # ISO3 codes a code may start with
    surnames: dict[str, tuple[str, ...]] = field(
        default_factory=dict
    )  # folded last word -> full folded names
    project: frozenset[str] = frozenset()  # folded names the project's own dated files give
    people: frozenset[str] = frozenset()  # folded full names (two words or more) of people
    # The project's organisations named in more than one word ("Liberal Democrats", "Jaish-e-Mohammed") or by an
    # acronym ("ELN"), as written: the entity stage tags them whole, so a shorter name inside one ("Democrats") never
    # stands for it, and the model need not know the hyphenated name of an armed group or its acronym.
    org_names: tuple[str, ...] = ()

    def __contains__(self, name: str) -> bool:
        return fold(name) in self.codes

    def code(self, name: str, on: dt.date | None) -> ActorCode | None:
        """The code `name` held on `on`; None when the dictionary does not know the name.

        On a date inside a dated range, that range's code (the latest-starting one when ranges overlap). Outside
        every range, the entry's undated code; with none, the country alone when all its codes agree on one (a
        former minister is still a citizen). With no date, the office (not ELI) range that ended last: the office a
        name is best known for."""
        found = self.codes.get(fold(name))
        if not found:
            return None
        dated = [c for c in found if c.dated]
        plain = [c for c in found if not c.dated]
        if on is not None:
            holding = [c for c in dated if c.holds_on(on)]
            if holding:
                return self.split(max(holding, key=lambda c: c.start or dt.date.min).code)
            if plain:
                return self.split(plain[0].code)
            countries = {self.split(c.code).country for c in found}
            return ActorCode(countries.pop(), None) if len(countries) == 1 else None
        if dated:
            # The office, not the years after it: a former office holder's open-ended ELI is no one's best-known code.
            offices = [c for c in dated if self.split(c.code).role != "ELI"] or dated
            return self.split(max(offices, key=lambda c: c.end or dt.date.max).code)
        return self.split(plain[0].code)

    def code_in_role(self, name: str, role: str) -> ActorCode | None:
        """With no date to choose by, the entry's last code of the family of `role` (state or armed), the one the
        text's own title points to ("rebel leader Guillaume Soro" is the rebel years' CIVREB, not his later
        seat in parliament); None when the name held none of that family."""
        family = _ROLE_FAMILY.get(role, role)
        fits = [
            c for c in self.codes.get(fold(name), ())
            if c.dated and _ROLE_FAMILY.get(r := self.split(c.code).role or "", r) == family
        ]
        return self.split(max(fits, key=lambda c: c.end or dt.date.max).code) if fits else None

    def surname_code(
        self, word: str, on: dt.date | None, within: frozenset[str] | None = None
    ) -> ActorCode | None:
        """A bare surname ("Bush said"): the country that nearly all known holders of the surname share then.

        Each name variant the dictionary lists counts one: a person wire copy names often has many ("George W.
        Bush", "President Bush", "the Bush administration"), one it rarely names has one. The country needs four
        fifths of them, the role all of that country's; otherwise the surname speaks for no one. The project's own
        dated figures known by the day (in office then, or before), the public figures an informed reader knows,
        speak first: "Blair" in 2004 is Tony Blair, whoever else Phoenix lists by that surname (a figure whose
        first office came later does not: "Hunt" in 2004 is no later minister). `within`: only holders of these countries count (those the
        article names: "Chavez" in a story about Venezuela)."""
        names = self.surnames.get(fold(word))
        if not names:
            return None
        own = [n for n in names if n in self.project and self.known_by(n, on)]
        if on is None and within is None:
            # With no date and no country named to choose by, a holder Phoenix lists under one spelling and for one
            # term only (a minister of a few months, "Ana Elena Townsend") is no one a reader knows by the surname
            # alone: the surname of an undated sports or business story ("Townsend", "McLoughlin") took that office.
            names = tuple(n for n in names if n in self.project or self._attested(n, names))
        return (own and self._surname_vote(own, on, within)) or self._surname_vote(names, on, within)

    def _attested(self, name: str, names: Sequence[str]) -> bool:
        """Whether a holder of a surname is known beyond one spelling and one term: an undated entry (an
        organisation's official, "Annan" as the UN's), a career of several dated ranges (Bob Dole's years in the
        Senate and as an elder), or another spelling of the same entry among `names`."""
        codes = self.codes.get(name, ())
        if not all(c.dated for c in codes) or len(codes) > 1:
            return True
        return any(n != name and self.codes.get(n) == codes for n in names)

    def known_by(self, name: str, on: dt.date | None) -> bool:
        """Whether the name had held a dated office by `on` (holding it still, or in the years after); with no date,
        any dated figure (dated codes then give the office a name is best known for). A figure whose first office
        came later was no public figure yet ("Hunt" in 2004)."""
        return any(c.dated and (on is None or c.start is None or c.start <= on) for c in self.codes.get(name, ()))

    def _surname_vote(
        self, names: Sequence[str], on: dt.date | None, within: frozenset[str] | None
    ) -> ActorCode | None:
        votes: dict[str | None, list[ActorCode]] = {}
        for n in names:
            found = self.code(n, on)
            if found is not None:
                votes.setdefault(found.country, []).append(found)
        if within is not None:
            votes = {k: v for k, v in votes.items() if k in within}
        if not votes:
            return None
        country = max(votes, key=lambda k: len(votes[k]))
        if len(votes[country]) < 0.8 * sum(len(v) for v in votes.values()):
            return None
        roles = {c.role for c in votes[country]}
        if country is None:
            # "Annan", "Solana": people of an international organisation have no country; their one role speaks,
            # and their organisation's tag when they share one.
            groups = {c.group for c in votes[country]}
            group = groups.pop() if len(groups) == 1 else None
            return ActorCode(None, roles.pop(), group) if len(roles) == 1 and None not in roles else None
        if len(roles) > 1 and roles - {"ELI"} == {"GOV"}:
            # "Bush" in 2004: the sitting president, not his father, a former one; wire copy names
            # the former office holder in full ("the elder Bush", "former President Bush").
            roles = {"GOV"}
        return ActorCode(country, roles.pop() if len(roles) == 1 else None)

    def variant_code(self, name: str, on: dt.date | None) -> ActorCode | None:
        """A full name the dictionary spells otherwise ("Hoshiyar Zebari" for Hoshyar Zebari, "Viktor Yanukovich"
        for Victor): the same surname, and a given name that is a transliteration of a known holder's (more than
        four fifths of its letters in common: five-letter names two letters apart are other names, "Jamie" and
        "James", "Maria" and "Mario"). The holders it may be must agree on the code."""
        words = fold(name).split()
        if len(words) < 2:
            return None
        found: set[ActorCode] = set()
        for full in self.surnames.get(words[-1], ()):
            given = full.split()[0]
            if given[:1] == words[0][:1] and SequenceMatcher(None, given, words[0]).ratio() > 0.8:
                code = self.code(full, on)
                if code is not None:
                    found.add(code)
        return found.pop() if len(found) == 1 else None

    def split(self, code: str) -> ActorCode:
        """ "GBRGOVBUS" -> GBR, GOV (the first CAMEO role); "IGOUNO" -> no country, IGO, group UNO; "MNCUSA" -> USA, BUS;
        "ELI" -> no country, ELI."""
        head = code[:3]
        if head in self.countries:
            return ActorCode(head, first_role(code[3:]))
        if head == "MNC" and code[3:6] in self.countries:
            # A company with its home country ("MNCUSA", Exxon): business of that country, as newsgraph codes firms.
            return ActorCode(code[3:6], "BUS")
        if head in _STATELESS_PREFIXES:
            return ActorCode(None, head, igo_group(code))
        return ActorCode(None, first_role(code))


def _date(text: str) -> dt.date | None:
    if len(text) != 8:
        return None
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        # The source has a few impossible days ("19780231"): the month is what it means.
        try:
            return dt.date(int(text[:4]), int(text[4:6]), 1)
        except ValueError:
            return None


def parse_code(cell: str) -> DatedCode:
    """`GBRGOV@19970502-20070627`, `GBRGOV@20100501-`, `GBRELI` -> DatedCode."""
    code, at, rng = cell.partition("@")
    if not at:
        return DatedCode(code)
    start, _, end = rng.partition("-")
    return DatedCode(code, _date(start), _date(end), dated=True)


def _rows() -> Iterator[tuple[list[str], list[DatedCode], bool, bool]]:
    """(names, codes, is a person, from the project's files) of every row: Phoenix first, then the project's own
    dated files (`actors/dated/*.tsv`, kind column instead of Phoenix's file column)."""
    for row in read_tsv("actors/phoenix/actors.tsv"):
        codes = [parse_code(c) for c in row["codes"].split()]
        yield row["names"].split("|"), codes, row["file"] == "C" and any(len(c.code) > 3 for c in codes), False
    for path in sorted(p.name for p in location("actors/dated").iterdir() if p.name.endswith(".tsv")):
        for row in read_tsv(f"actors/dated/{path}"):
            codes = [parse_code(c) for c in row["codes"].split()]
            yield row["names"].split("|"), codes, row["kind"] == "person", True


# Styles before a name made of given names ("Pope John Paul", "King Abdul Aziz"): the last of two or more given names
# is no surname ("Paul criticized the war" is not the pope). One name after the style is the one the holder is
# known by alone ("Benedict visited Turkey", "Abdullah met Bush").
_STYLED = frozenset({"pope", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan", "crown", "saint"})


# Acronyms of the project's organisations that are also English words, which an all-capitals line would spell.
_WORD_ACRONYMS = frozenset({"MEND", "AMIS"})


def _acronym(name: str) -> bool:
    """ "ELN", "SPLA": an organisation's acronym the model may leave untagged, never an ordinary word."""
    return len(name) >= 3 and name.isalpha() and name.isupper() and name not in _WORD_ACRONYMS


@lru_cache(maxsize=1)
def load_dated() -> DatedDictionary:
    """The converted Phoenix actor dictionary and the project's dated files, read once per process (Phoenix's role
    nouns, `agents.tsv`, are the actor dictionary's descriptors)."""
    d = DatedDictionary(countries=frozenset(c.alpha_3 for c in pycountry.countries))
    merged: dict[str, list[DatedCode]] = {}
    project: set[str] = set()
    shortened: dict[str, set[str]] = {}  # first two words of a three-word name -> the names
    tails: dict[str, set[str]] = {}  # last two words of a three-word name -> the names
    org_names: list[str] = []
    people: set[str] = set()
    for names, codes, person, own in _rows():
        if own and not person:
            org_names += [n for n in names if " " in n.strip() or "-" in n or _acronym(n)]
        for name in names:
            key = fold(name)
            if not key:
                continue
            if own and key not in project:
                # The project's entry replaces whatever Phoenix said of the name (its dates, its codes).
                project.add(key)
                merged[key] = []
            if person and " " in key:
                people.add(key)
                last = key.rsplit(" ", 1)[1]
                words = key.split()
                given_only = words[0] in _STYLED and len(words) > 2  # "pope john paul"; not "pope benedict"
                if not given_only and not (own and key in d.surnames.get(last, ())):
                    d.surnames[last] = (*d.surnames.get(last, ()), key)
                if len(words) == 3 and len(words[1]) > 2:
                    shortened.setdefault(" ".join(words[:2]), set()).add(key)
                    tails.setdefault(" ".join(words[1:]), set()).add(key)
            # The same name in two entries (two Presidents Bush): both sets of dates speak, the date decides.
            bucket = merged.setdefault(key, [])
            bucket.extend(c for c in codes if c not in bucket)
    d.codes = {k: tuple(v) for k, v in merged.items()}
    d.project = frozenset(project)
    d.people = frozenset(people)
    d.org_names = tuple(org_names)
    given = {k.split(" ", 1)[0] for k in d.codes if " " in k}
    for key, short in shortened.items():
        # "Augusto Pinochet" for "Augusto Pinochet Ugarte": news drops the second family name. Not when the
        # middle word is a given name ("John Paul Kavanagh" is no "John Paul"), nor over a full name of its own.
        if key not in d.codes and len(short) == 1 and key.split()[1] not in given:
            d.codes[key] = d.codes[next(iter(short))]
    for key, long in tails.items():
        # "Fogh Rasmussen" for "Anders Fogh Rasmussen": a double surname, written without the given name (or
        # the given name lost to the title before it). Not when the first word is itself a given name.
        if key not in d.codes and len(long) == 1 and key.split()[0] not in given:
            d.codes[key] = d.codes[next(iter(long))]
    # Surnames shared by more than a handful of people speak for none of them.
    d.surnames = {k: v for k, v in d.surnames.items() if len({d.codes[n] for n in v}) <= 8}
    return d


# Families of roles a career moves within (a minister becomes an opposition leader, an ex-president one of the
# elites; a rebel leader an insurgent): a title of another family than a dictionary entry's is someone else's.
_ROLE_FAMILY = {
    **dict.fromkeys(("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "OPP"), "state"),
    **dict.fromkeys(("REB", "INS", "SEP", "UAF"), "armed"),
}


def namesake(country: str | None, role: str | None, dated: ActorCode) -> bool:
    """Whether the dated entry for a person's name is another person of that name, given the country and role the
    person's own title in the text gives (a proper title: a former or bare relational one says too little): a
    role of another family ("Rebel commander Moussa Traore" against a Malian president of that name) or another
    country ("Kenyan businessman ..."). The text outranks the dictionary (issue 16's order), so the caller drops
    the namesake's code whole, its country with its role."""
    if country and dated.country and country != dated.country:
        return True
    if role and dated.role and role != dated.role and "ELI" not in (role, dated.role):
        # A standing (a cleric, an elder, ELI) goes with any career: "radical cleric Moqtada al-Sadr" leads a
        # militia, and is the dictionary's rebel leader, not his namesake.
        return _ROLE_FAMILY.get(role, role) != _ROLE_FAMILY.get(dated.role, dated.role)
    return False
