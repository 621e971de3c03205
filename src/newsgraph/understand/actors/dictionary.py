"""Gazetteers and the actor dictionary: the facts the entity and actor stages look names up in.

Two things come out of here, both built once per process from the files in `newsgraph/data/`:

- `load_actor_dictionary(settings)`: an `ActorDictionary` with every country (names, variants, adjectival forms,
  demonyms, capitals, large cities; ISO 3166 names from pycountry), the actors of `data/actors/*.yaml` (IGOs, media,
  state institutions, leaders, US states), the title and descriptor words that give CAMEO roles, and a list of given
  names. Extra files named in `settings.actors` (comma-separated, YAML or TSV) are added last, so a user's entry with
  the same name as a built-in one replaces it.
- `gazetteer_patterns(settings)`: spaCy `EntityRuler` patterns for all of that. Names are phrase patterns (matched on
  ORTH by a PhraseMatcher, so cost does not grow with their number); a handful of token patterns re-assert the
  statistical model's multi-token PERSON and institution ORG spans, which a shorter gazetteer hit inside them would
  otherwise overwrite ("Jim Jordan", "the Iranian Foreign Ministry"), and recognise "given name + capitalised word"
  as a person ("Jeanine Pirro", which the small model calls an ORG).

Each pattern carries an id the entity stage reads back from `Span.ent_id_`: "country:BLR", "norp:BLR",
"city:BLR:Minsk", "actor:<key>", or "keep" for re-asserted model spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any, cast

import pycountry
import yaml

from newsgraph.data import HeaderError, location, read_tsv, read_yaml
from newsgraph.errors import UsageError
from newsgraph.model import EntityKind
from newsgraph.roles import CAMEO_ROLES, first_role, igo_group
from newsgraph.settings import Settings
from newsgraph.understand.actors.dated import DatedDictionary, load_dated
from newsgraph.understand.actors.keys import fold

KINDS: frozenset[str] = frozenset({"person", "organisation", "country", "place", "media"})
# Prepositions inside an organisation's name before a country ("Ministry of Defence of Brazil", "Bank in Iraq").
NAME_PREPOSITIONS = ("of", "for", "on", "in")
# CAMEO's international regions (manual 1.1b3, Table 3.3): codes that stand where a country would ("Europe" is EUR).
CAMEO_REGIONS = frozenset({
    "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM",
    "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST",
})  # fmt: skip
LABELS: Mapping[str, str] = {
    "person": "PERSON",
    "organisation": "ORG",
    "media": "ORG",
    "country": "GPE",
    "place": "GPE",
}
# Wire style (Reuters, AP) gives a bare "Congo" to the Democratic Republic, the larger and far more reported one;
# the other is "Congo Republic" or "Congo-Brazzaville" (the entity stage reads Brazzaville for it, names.py).
_WIRE_NAMES = {"Congo": "COD", "Congo Republic": "COG"}
# Likewise a bare "Korean" (a hostage, a firm, a diplomat) is South Korean: the North is always "North Korean".
_WIRE_ADJECTIVALS = {"Korean": "KOR"}
# Head words that end institution names; a model ORG span ending in one is kept whole against shorter gazetteer hits.
INSTITUTION_HEADS = [
    "Ministry",
    "Committee",
    "Department",
    "Association",
    "Court",
    "Council",
    "Agency",
    "Army",
    "Forces",
    "Party",
    "Union",
    "Bank",
    "Commission",
    "Office",
    "Service",
    "Services",
    "Police",
    "Guard",
    "Guards",
    "Corps",
    "Assembly",
    "Parliament",
    "Congress",
    "University",
    "Institute",
    "Organization",
    "Organisation",
    "Company",
    "Corporation",
    "Authority",
    "Administration",
    "Bureau",
    "Front",
    "Movement",
    "Foundation",
    "Alliance",
    "Navy",
    "Command",
    "Directorate",
    "Board",
    "Federation",
    "League",
    "Embassy",
    "Consulate",
    "Government",
    "Cabinet",
    "Senate",
    "Tribunal",
    "Republic",
    "Times",
    "Post",
    "News",
    "Agency",
    "Journal",
    "Television",
    "Radio",
    "Group",
]

_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(text: str) -> str:
    return _SLUG.sub("-", text.casefold()).strip("-")


@dataclass(frozen=True)
class ActorEntry:
    key: str
    name: str
    kind: EntityKind
    country: str | None = None
    role: str | None = None
    title: str | None = None
    aliases: tuple[str, ...] = ()
    state: bool = False  # state-owned media: speaks with its government's voice
    ambiguous_with: str | None = None  # ISO3 of a country the same name also names (Georgia)
    source: str = ""
    # A name many states' institutions bear ("Supreme Court", "Senate"): `country` is only the default, and a
    # story placed in another country means that country's institution.
    generic: bool = False
    # States where the name is their own institution's though it is not generic everywhere ("Congress": the U.S.
    # one by default, but Manila's or Quito's in a story placed in the Philippines or Ecuador).
    generic_in: tuple[str, ...] = ()
    group: str | None = None  # an IGO's sub-tag, from the entry's `cameo` code ("IGOUNO" -> "UNO")

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def word_code(self, home: str | None) -> tuple[str | None, str | None]:
        """Country and role the entry gives as a word inside a longer name, in a story whose home is `home`: a name
        many states' bodies bear ("Labour" in "the Labour Department" of a Washington story) is the home's, with
        its standing role only in its own state, as the whole name is (`coding.entry_code`); the default's with no
        home."""
        if home is None or not (self.generic or home in self.generic_in):
            return self.country, self.role
        return home, self.role if home == self.country else None


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    names: tuple[str, ...]  # name first, then variants and ISO names
    adjectivals: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None
    capitals: tuple[str, ...]  # the capital and its other spellings
    cities: tuple[str, ...]


@dataclass
class ActorDictionary:
    """Everything the entity and actor stages look up, keyed for O(1) access."""

    countries: dict[str, Country] = field(default_factory=dict)
    entries: dict[str, ActorEntry] = field(default_factory=dict)
    titles: dict[tuple[str, ...], str] = field(default_factory=dict)  # folded tokens -> role ("" = no sector)
    descriptors: dict[tuple[str, ...], str] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    portfolios: frozenset[str] = frozenset()  # folded words naming a minister's field ("agriculture")
    ambiguous: dict[str, ActorEntry] = field(
        default_factory=dict
    )  # folded name -> place that shares a country's name
    country_names: dict[str, str] = field(default_factory=dict)  # folded name/variant -> ISO3
    adjectivals: dict[str, str] = field(default_factory=dict)  # folded adjectival or demonym -> ISO3
    cities: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded city -> (ISO3, canonical city)
    capital_cities: frozenset[str] = frozenset()  # folded capital names (for metonymy: "Moscow said")
    by_name: dict[str, str] = field(default_factory=dict)  # folded actor name/alias -> entry key
    title_max: int = 1
    descriptor_max: int = 1
    # The last word of every title and descriptor phrase: a phrase ending in another word is in
    # neither table, so a look-up can stop there. None: not worked out (look everything up).
    title_ends: frozenset[str] | None = None
    title_words: frozenset[str] = frozenset()  # every folded word of a title phrase ("prime", "minister")
    descriptor_ends: frozenset[str] | None = None
    agent_only: frozenset[tuple[str, ...]] = frozenset()  # descriptors only Phoenix's agents list
    regions: dict[str, str] = field(
        default_factory=dict
    )  # folded region adjective ("european") -> CAMEO region
    dated_first: frozenset[str] = (
        frozenset()
    )  # keys of built-in entries the project's dated files know better
    # The dated Phoenix dictionary (dated.py), read with the rest so no article pays for loading it.
    dated: DatedDictionary | None = None

    def entry(self, key: str) -> ActorEntry | None:
        return self.entries.get(key)

    def find(self, text: str) -> ActorEntry | None:
        """The actor named `text` (any alias, case- and dot-insensitive), or None."""
        key = self.by_name.get(fold(text))
        return self.entries[key] if key else None

    def find_name(self, text: str) -> ActorEntry | None:
        """`find` for a name as the text writes it: words in lower case are a common noun, never one state's body
        every spelling of which is capitalised ("a rebel congress" of a party is no U.S. Congress). A name many
        states' bodies bear (`generic`: "the senate", "the communists") is the home state's either way."""
        entry = self.find(text)
        if entry is not None and text.islower() and not entry.generic and not any(n.islower() for n in entry.names):
            return None
        return entry

    def find_word(self, text: str, people_word: bool, after_the: bool) -> ActorEntry | None:
        """`find` for a word the model may read as a people's ("Hindu pilgrims", `people_word`: tagged NORP): such a
        word names no outlet whose every name takes "The" ("The Hindu") unless "the" stands before it."""
        entry = self.find(text)
        if entry is not None and people_word and not after_the and all(n.startswith("The ") for n in entry.names):
            return None
        return entry

    def country_of(self, text: str) -> str | None:
        """ISO3 for a country name, variant, adjectival form or demonym."""
        folded = fold(text)
        return self.country_names.get(folded) or self.adjectivals.get(folded)

    def country_in(self, words: Sequence[str]) -> str | None:
        """The first country the words name, two words before one: "a senior North Korean official" is North
        Korea's, not South Korea's as "Korean" alone would say."""
        for i, word in enumerate(words):
            found = (i + 1 < len(words) and self.country_of(f"{word} {words[i + 1]}")) or self.country_of(word)
            if found:
                return found
        return None

    def region_of(self, words: Sequence[str]) -> str | None:
        """The CAMEO region a group's words name ("European diplomats" -> EUR, "Latin American leaders" -> LAM)."""
        folded = [fold(w) for w in words]
        pairs = [" ".join(folded[i : i + 2]) for i in range(len(folded) - 1)]
        return next((self.regions[w] for w in (*pairs, *folded) if w in self.regions), None)

    def city(self, text: str) -> tuple[str, str] | None:
        return self.cities.get(fold(text))

    def title_role(self, words: Sequence[str]) -> str | None:
        """Role for a title phrase ("Sen.", "Attorney General"); "" for a title without a sector; None if not a title."""
        return self.titles.get(tuple(w.casefold() for w in words))

    def title_word(self, word: str) -> bool:
        """Whether `word` is a word of some title phrase ("Prime" of "prime minister")."""
        folded = word.casefold()
        return folded in self.title_words if self.title_words else any(folded in k for k in self.titles)

    def head_role(self, words: Sequence[str]) -> str | None:
        """Role from the longest descriptor that ends a name ("Iranian Foreign Ministry" -> "foreign ministry")."""
        folded = [w.casefold() for w in words]
        for n in range(min(self.descriptor_max, len(folded)), 0, -1):
            role = self.descriptors.get(tuple(folded[-n:]))
            if role is not None:
                return role
        return None

    def name_head_role(self, words: Sequence[str]) -> str | None:
        """`head_role` of an organisation's name; a name of capitalised words ending in "Alliance" or "Bloc"
        ("Tamil National Alliance", "United Progressive Alliance") is a coalition of parties or factions inside a
        state, not the inter-governmental alliance the bare noun stands for ("the alliance" of a NATO story).
        A name with a preposition and a country after it is headed by the words before the country ("Ministry of
        Defence of Brazil", "Central Bank of Malawi"); other names keep their own head ("Army of Islam", a
        movement, is no state's army)."""
        cuts = [
            i
            for i in range(len(words) - 1, 0, -1)
            if words[i] in NAME_PREPOSITIONS
            and self.country_of(" ".join(words[i + 1 :]).removeprefix("the ")) is not None
        ]
        role = self.head_role(words) or next((r for i in cuts if (r := self.head_role(words[:i]))), None)
        named = len(words) > 1 and all(
            w[:1].isupper() for w in words if w.casefold() not in ("of", "for", "the")
        )
        return None if role == "IGO" and named else role


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _read_countries() -> list[Country]:
    rows: list[Country] = []
    for row in read_tsv("countries.tsv"):
        iso3 = row["iso3"].strip()
        names = [row["name"].strip(), *_split(row["variants"])]
        record = pycountry.countries.get(alpha_3=iso3)
        if record is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(record, attr, None)
                # ISO's inverted forms ("Iran, Islamic Republic of") never appear in running text.
                if value and "," not in value and "(" not in value and value not in names:
                    names.append(value)
        names = [n for n in names if _WIRE_NAMES.get(n, iso3) == iso3]
        names += [n for n, owner in _WIRE_NAMES.items() if owner == iso3 and n not in names]
        capital = row["capital"].strip() or None
        rows.append(
            Country(
                iso3=iso3,
                name=names[0],
                names=tuple(names),
                adjectivals=_split(row["adjectivals"])
                + tuple(a for a, owner in _WIRE_ADJECTIVALS.items() if owner == iso3),
                demonyms=_split(row["demonyms"]),
                capital=capital,
                capitals=((capital,) if capital else ()) + _split(row["capital_variants"]),
                cities=_split(row["cities"]),
            )
        )
    return rows


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _entry(raw: Mapping[str, Any], source: str, countries: Mapping[str, Country]) -> ActorEntry:
    name = str(raw.get("name") or "").strip()
    if not name:
        raise UsageError(f"actor dictionary {source}: an entry has no name: {dict(raw)!r}")
    kind = str(raw.get("kind") or "organisation").strip()
    if kind == "organization":
        kind = "organisation"
    if kind not in KINDS:
        raise UsageError(f"actor dictionary {source}: {name}: kind {kind!r} is not one of {sorted(KINDS)}")
    country = str(raw.get("country") or "").strip().upper() or None
    if country is not None and country not in countries and country not in CAMEO_REGIONS:
        raise UsageError(f"actor dictionary {source}: {name}: unknown ISO 3166 alpha-3 country {country!r}")
    role = str(raw.get("role") or "").strip().upper() or None
    if role is not None and role not in CAMEO_ROLES:
        raise UsageError(f"actor dictionary {source}: {name}: {role!r} is not a CAMEO agent code")
    ambiguous = str(raw.get("ambiguous_with") or "").strip().upper() or None
    return ActorEntry(
        key=_slug(name),
        name=name,
        kind=cast(EntityKind, kind),
        country=country,
        role=role,
        title=(str(raw["title"]).strip() or None) if raw.get("title") else None,
        aliases=tuple(a.strip() for a in _as_list(raw.get("aliases")) if a.strip() and a.strip() != name),
        state=bool(raw.get("state", False)),
        ambiguous_with=ambiguous,
        source=source,
        generic=bool(raw.get("generic", False)),
        generic_in=tuple(str(x).strip().upper() for x in _as_list(raw.get("generic_in"))),
        group=igo_group(str(raw.get("cameo") or "").strip().upper()) if role == "IGO" else None,
    )


def _read_yaml(path: str | Path) -> dict[str, Any]:
    try:
        data = read_yaml(path) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError(f"actor dictionary {path}: {exc}") from exc
    if isinstance(data, list):
        data = {"actors": data}
    if not isinstance(data, dict):
        raise UsageError(f"actor dictionary {path}: expected a mapping with an 'actors' list")
    return data


def _read_tsv(path: str | Path) -> dict[str, Any]:
    """TSV actor files: columns name, aliases (| separated), kind, country, role, title; '#' lines are comments."""
    try:
        rows = read_tsv(path, required="name", quoted=True)
    except (OSError, HeaderError) as exc:
        raise UsageError(f"actor dictionary {path}: {exc}") from exc
    actors = []
    for row in rows:
        item: dict[str, Any] = {k: v.strip() for k, v in row.items() if k}
        item["aliases"] = list(_split(item.get("aliases", "")))
        actors.append(item)
    return {"actors": actors}


def _read_any(path: str | Path) -> dict[str, Any]:
    """A built-in file (by its name in the data package) or a user's (by path), YAML or TSV."""
    if isinstance(path, Path) and not path.is_file():
        raise UsageError(f"actor dictionary {path}: no such file")
    if PurePath(path).suffix.lower() in (".tsv", ".tab", ".txt"):
        return _read_tsv(path)
    return _read_yaml(path)


_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


def _phrase_table(table: Mapping[str, Any], source: str) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for role, words in (table or {}).items():
        role_code = str(role or "").strip().upper()
        if role_code and role_code not in CAMEO_ROLES:
            raise UsageError(f"actor dictionary {source}: {role_code!r} is not a CAMEO agent code")
        for word in _as_list(words):
            out[tuple(word.casefold().split())] = role_code
            # The tokenizer splits "hostage-takers" at its hyphen: the phrase is looked up token by token too.
            out.setdefault(tuple(_HYPHEN.sub(" - ", word.casefold()).split()), role_code)
    return out


def _agent_phrases() -> Iterator[tuple[tuple[str, ...], str]]:
    """(words, role) of the converted Phoenix agents dictionary (data/actors/phoenix/agents.tsv, MIT): the first
    CAMEO agent code of each phrase's codes ("GOVMIL" -> GOV); codes newsgraph does not use (religions) are left out."""
    for row in read_tsv("actors/phoenix/agents.tsv"):
        role = first_role(row["code"])
        if role:
            yield tuple(row["phrase"].split()), role


def _builtin_files() -> list[str]:
    """The names of the built-in actor files (`actors/*.yaml`), in the order they are read."""
    return sorted(
        f"actors/{p.name}"
        for p in location("actors").iterdir()
        if PurePath(p.name).suffix in (".yaml", ".yml", ".tsv")
    )


def user_files(settings: Settings) -> tuple[str, ...]:
    return tuple(p.strip() for p in settings.actors.split(",") if p.strip())


def load_actor_dictionary(settings: Settings) -> ActorDictionary:
    """The built-in dictionary plus the files in `settings.actors` (cached per list of files)."""
    return load_from_files(user_files(settings))


@lru_cache(maxsize=8)
def load_from_files(extra: tuple[str, ...]) -> ActorDictionary:
    d = ActorDictionary()
    d.countries = _countries_with_regions()
    for country in d.countries.values():
        for name in country.names:
            d.country_names.setdefault(fold(name), country.iso3)
        for adj in (*country.adjectivals, *country.demonyms):
            d.adjectivals.setdefault(fold(adj), country.iso3)
        for capital in country.capitals:
            d.cities[fold(capital)] = (country.iso3, country.capital or capital)
        for city in country.cities:
            d.cities.setdefault(fold(city), (country.iso3, city))
    d.capital_cities = frozenset(fold(c) for country in d.countries.values() for c in country.capitals)

    given: set[str] = set()
    portfolios: set[str] = set()
    files: list[str | Path] = [*_builtin_files(), *(Path(p).expanduser() for p in extra)]
    for path in files:
        data = _read_any(path)
        source = PurePath(path).name if isinstance(path, str) else str(path)
        for raw in data.get("actors") or []:
            if not isinstance(raw, Mapping):
                raise UsageError(f"actor dictionary {source}: each actor must be a mapping, got {raw!r}")
            entry = _entry(raw, source, d.countries)
            old = d.entries.get(entry.key)
            if old is not None:
                # A later file overrides an earlier entry of the same name: drop the old names first.
                for name in old.names:
                    if d.by_name.get(fold(name)) == old.key:
                        del d.by_name[fold(name)]
            d.entries[entry.key] = entry
            for name in entry.names:
                d.by_name[fold(name)] = entry.key
        d.titles.update(_phrase_table(data.get("titles") or {}, source))
        d.descriptors.update(_phrase_table(data.get("descriptors") or {}, source))
        given.update(_as_list(data.get("given_names")))
        portfolios.update(w.casefold() for w in _as_list(data.get("portfolios")))
        d.regions.update(_regions(data.get("regions") or {}, source))
    agent_only: set[tuple[str, ...]] = set()
    for words, role in _agent_phrases():
        # Phoenix's role nouns fill in what roles.yaml and the user's files do not say.
        if words not in d.descriptors:
            d.descriptors[words] = role
            agent_only.add(words)
    d.agent_only = frozenset(agent_only)
    # Given names that are also place or country names would turn "Jordan Valley" into a person.
    d.given_names = frozenset(g for g in given if fold(g) not in d.country_names and fold(g) not in d.cities)
    d.portfolios = frozenset(portfolios)
    d.ambiguous = {fold(e.name): e for e in d.entries.values() if e.ambiguous_with and e.kind == "place"}
    d.title_max = max((len(k) for k in d.titles), default=1)
    d.descriptor_max = max((len(k) for k in d.descriptors), default=1)
    d.title_ends = frozenset(k[-1] for k in d.titles if k)
    d.title_words = frozenset(w for k in d.titles for w in k)
    d.descriptor_ends = frozenset(k[-1] for k in d.descriptors if k)
    d.dated = load_dated()
    d.dated_first = _dated_first(d, d.dated)
    return d


def _countries_with_regions() -> dict[str, Country]:
    """The countries by ISO3, each with the regions the places stage knows inside it ("Darfur", "the Niger
    Delta") among its places, so that the actor stage reads "Niger Delta" as Nigeria's, not as "Niger" and a word."""
    countries = {c.iso3: c for c in _read_countries()}
    for row in read_tsv("places/aliases.tsv"):
        lies_in = countries.get(row["target"]) if row["kind"] == "region" else None
        if lies_in is not None:
            countries[lies_in.iso3] = replace(lies_in, cities=(*lies_in.cities, row["alias"]))
    return countries


def _regions(table: Mapping[str, Any], source: str) -> Iterator[tuple[str, str]]:
    """(folded adjective, CAMEO region) of a file's `regions` table; a code outside CAMEO's regions is refused."""
    for region, words in table.items():
        if region not in CAMEO_REGIONS:
            raise UsageError(f"actor dictionary {source}: {region!r} is not a CAMEO region code")
        yield from ((fold(w), region) for w in _as_list(words))


def _dated_first(d: ActorDictionary, dated: DatedDictionary) -> frozenset[str]:
    """Keys of the built-in entries the project's dated files also name. A built-in entry knows an office holder or a
    party as of 2025; the dated files know when each office was held, so for these names the actor stage asks them
    first. An entry from the user's files keeps its say."""
    builtin = {PurePath(p).name for p in _builtin_files()}
    return frozenset(
        key
        for name in dated.project & d.by_name.keys()
        if d.entries[key := d.by_name[name]].source in builtin
    )
