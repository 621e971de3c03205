"""Choosing which place a name means: the scoring behind `places.find_places`.

Every candidate entry of a name gets a score: a prior (log10 population; national
capitals and countries up, US states slightly down, GeoNames alternate names down) plus
what the article says:

- qualifiers: "Paris, Texas", "Tbilisi, Georgia", "Atlanta, Ga." decide both names (the
  head must lie inside the qualifier; the qualifier must contain the head);
- the dateline: a wire dateline names a city ("WASHINGTON" is the capital, not the state;
  "ALEXANDRIA, La." the one in Louisiana), and later mentions of that name follow it;
- the countries in play: other places' countries and actors' countries (capped, so one
  long list cannot swamp a prior), and at a lower weight their neighbours (Georgia the
  country in a story about Russia and Armenia);
- US states in play: "Georgia" in a story about Atlanta and Savannah;
- the entity stage's country for a place entity (nearly as strong as a qualifier), and
  the seat of government: a capital gains when the article names its country's state
  actors ("Washington" beside Congress);
- counties and their towns: a town inside a county the article may name, and that county
  ("Lima" beside "Allen County": the pair in Ohio, not Lima, Peru, nor Allen County, Indiana);
- a name joined to a first-level division by "and", "or", "into" is one too when it may be
  ("New York and New Jersey": the state, not the city).

Scores become a confidence by softmax over the name's candidates. A name with no
candidate, or whose best candidate is not clearly ahead (confidence below
`MIN_CONFIDENCE`), is no match: omitted from the output, with the reason kept in a
`PlaceDecision` for `places.explain_places`.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgraph.understand.places.gazetteer import Candidate, Gazetteer, GeoEntry, contains
from newsgraph.understand.places.keys import name_key

MIN_CONFIDENCE = 0.3
_COUNTRY_BONUS = 1.0
_CAPITAL_BONUS = 1.0
_ADMIN1_PENALTY = 0.5
_ALTERNATE_PENALTY = 1.5
_QUALIFIED = 6.0  # head inside its qualifier (or not)
_QUALIFIER = 4.0  # qualifier holding its head
_SUPPORT_WEIGHT, _SUPPORT_CAP = 0.8, 3.0
_NEIGHBOUR_WEIGHT, _NEIGHBOUR_CAP = 0.3, 2.0
_STATE_WEIGHT, _STATE_CAP = 1.0, 2.0
# A body mention of the dateline's name is the dateline's place ("PARIS, Texas" ... "Paris"):
# as strong as a qualifier, so it outweighs the entity stage's dictionary country for the name.
_DATELINE = 6.0
# "Middle East", "Andes", "Lombok": our aliases name what news means by the name, so they rank
# above a town of under 100,000 that shares it (Andes, Colombia), and a bare "Red Sea" is the sea
# above the Sudanese state of that name (which news calls "Red Sea state"), unless the story points there.
_CURATED_REGION = 2.5
_HINT = 5.0  # the entity stage already placed it in a country: nearly as strong as a qualifier
# A bare "Paris" after "Paris, Texas" in the same article: once the story has said which
# one, the name keeps that sense (as strong as the qualifier that said it).
_SIBLING = 6.0
# A local paper's places cluster round its dateline town: of two towns of one name in the same
# state, the one near the dateline ("Chatham" in a Springfield, Ill., story is the village next
# door, not Chicago's neighbourhood).
_NEAR_DATELINE, _NEAR_KM = 1.0, 80.0
_SEAT_OF_GOVERNMENT = 1.0  # a capital when the article names its country's state actors
# A local paper names a county and the towns in it ("the Allen County fair opens Saturday in Lima"):
# of each name's namesakes, the town inside one of the other's counties, and that county, are the pair
# meant. A county holds few towns, so a chance pair of unrelated namesakes is rare.
_COUNTY_PAIR = 3.0
# Names joined by "and", "or", "into" are places of one level: "police in New York and New Jersey",
# "crossed from Texas into New Mexico". Beside a name that is only a first-level division, a name's own
# first-level reading gains a little (enough to settle the state against the city of its name).
_PARALLEL = 1.0
_JOINED = re.compile(r" (?:and|or|into) ")
_AND_OR = re.compile(r",? (?:and|or) ")
_JOINED_TOWN = 50_000  # towns this big pair with each other when named together
_CITY_OF_NOTE = 100_000
_DATELINE_NOISE = re.compile(r"\([^)]*\)|[-–—:]+\s*$")


@dataclass(frozen=True)
class PlaceMention:
    text: str
    start: int
    end: int
    source: str  # "GPE", "LOC", "entity:country", "qualifier", ...
    hint: str | None = None  # a country the entity stage already assigned


@dataclass
class Group:
    """Mentions resolved together: one name in one role (bare, or qualified by one name)."""

    key: str
    mentions: list[PlaceMention]
    candidates: tuple[Candidate, ...]
    qualifier: Group | None = None  # this name is qualified by ...
    heads: list[Group] = field(default_factory=list)  # this name qualifies ...
    siblings: list[Group] = field(default_factory=list)  # qualified groups of the same name
    hint: str | None = None
    choice: GeoEntry | None = None
    confidence: float = 0.0
    ranking: list[tuple[GeoEntry, float]] = field(default_factory=list)


Weights = dict[str, float]
StateWeights = dict[tuple[str, str], float]


@dataclass(frozen=True)
class Evidence:
    """What one group (or the article around the places) says about countries and US states."""

    countries: Weights = field(default_factory=dict)  # ISO3 -> weight
    states: StateWeights = field(default_factory=dict)  # (ISO3, admin1) -> weight


@dataclass(frozen=True)
class Context:
    support: Weights  # country -> weight of evidence, article-wide
    states: StateWeights  # (country, admin1) -> evidence
    dateline: GeoEntry | None
    dateline_key: str | None
    governments: frozenset[str] = frozenset()  # countries whose state actors the article names
    beside_divisions: frozenset[str] = frozenset()  # keys of names joined to a name only a division has


def _add(into: dict[Any, float], items: dict[Any, float], sign: float = 1.0) -> None:
    for key, value in items.items():
        into[key] = into.get(key, 0.0) + sign * value


def prior(candidate: Candidate) -> float:
    entry = candidate.entry
    score = entry.prior
    if entry.feature == "country":
        score += _COUNTRY_BONUS
    if entry.capital:
        score += _CAPITAL_BONUS
    if entry.feature == "admin1":
        score -= _ADMIN1_PENALTY
    if entry.feature == "region":
        score += _CURATED_REGION
    if not candidate.primary:
        score -= _ALTERNATE_PENALTY
    return score


def score_group(
    group: Group, context: Context, own: Evidence, gazetteer: Gazetteer,
    paired: frozenset[GeoEntry] = frozenset(), held: frozenset[GeoEntry] = frozenset(),
) -> None:
    """Rank the group's candidates and set its choice and confidence.

    `own` is what this group itself added to the context: a name is no evidence for itself.
    `paired` are its candidates that pair with another name's as a county and a town inside it;
    `held` those that hold the town a facility before the name is named for ("Stansted Airport in Essex").
    """
    support = dict(context.support)
    _add(support, own.countries, -1.0)
    states = dict(context.states)
    _add(states, own.states, -1.0)
    scored: list[tuple[GeoEntry, float]] = []
    # Only a bare mention follows its qualified siblings ("Paris, Texas ... Paris").
    bare = group.qualifier is None and not group.heads
    siblings = [g.choice for g in group.siblings if g.choice is not None] if bare else []
    nearby: dict[str, float] = {}
    hint = _hint_weight(group, support)
    local = _local_contest(group, context.dateline)
    for candidate in group.candidates:
        entry = candidate.entry
        score = prior(candidate)
        if entry.country:
            score += _SUPPORT_WEIGHT * min(support.get(entry.country, 0.0), _SUPPORT_CAP)
            near = nearby.get(entry.country)
            if near is None:
                near = sum(support.get(n, 0.0) for n in gazetteer.neighbours.get(entry.country, ()))
                nearby[entry.country] = near
            score += _NEIGHBOUR_WEIGHT * min(near, _NEIGHBOUR_CAP)
            if entry.admin1 and entry.feature in ("city", "admin1", "admin2"):  # "Harrison County" near Marshall, Texas
                score += _STATE_WEIGHT * min(states.get((entry.country, entry.admin1), 0.0), _STATE_CAP)
        if entry.capital and entry.country in context.governments:
            score += _SEAT_OF_GOVERNMENT
        if group.hint and entry.country == group.hint:
            score += hint
        if group.qualifier is not None:
            inside = any(contains(q.entry, entry) for q in group.qualifier.candidates)
            score += _QUALIFIED if inside else -_QUALIFIED
        if group.heads:
            holds = any(contains(entry, h.entry) for head in group.heads for h in head.candidates)
            score += _QUALIFIER if holds else -_QUALIFIER
        if context.dateline is not None and group.key == context.dateline_key and group.qualifier is None:
            score += _DATELINE if entry == context.dateline else 0.0
        elif local and _near_dateline(entry, context.dateline):
            score += _NEAR_DATELINE
        if any(entry == s for s in siblings):
            score += _SIBLING
        if entry in paired:
            score += _COUNTY_PAIR
        if entry in held:  # as sure as a town's qualifier: the facility's town is in it
            score += _QUALIFIER
        if entry.feature == "admin1" and group.key in context.beside_divisions:
            score += _PARALLEL
        scored.append((entry, score))
    _settle(group, scored)


def _settle(group: Group, scored: list[tuple[GeoEntry, float]]) -> None:
    """Rank the scored candidates; the best is the choice when the softmax makes it sure enough."""
    scored.sort(key=lambda item: -item[1])
    group.ranking = scored
    if not scored:
        group.choice, group.confidence = None, 0.0
        return
    top = scored[0][1]
    total = sum(math.exp(s - top) for _, s in scored)
    best = scored[0][0]
    confidence = 1.0 / total
    if not any(c.primary for c in group.candidates if c.entry == best):
        confidence *= 0.7  # known only under another name: less sure it is the same place
    group.choice = best if confidence >= MIN_CONFIDENCE else None
    group.confidence = confidence


def _local_contest(group: Group, dateline: GeoEntry | None) -> bool:
    """Whether the dateline's neighbourhood may settle the name: only between towns and counties, never
    against a country or a province ("Poland" in a Youngstown, Ohio story is the country), nor when the entity
    stage knows the name as another country's ("Egyptian police clashed ... in Alexandria" datelined
    WASHINGTON)."""
    if dateline is None or (group.hint and group.hint != dateline.country):
        return False
    return all(c.entry.feature in ("city", "admin2") for c in group.candidates)


def _near_dateline(entry: GeoEntry, dateline: GeoEntry | None) -> bool:
    """Whether a town or county lies within `_NEAR_KM` of the dateline's town."""
    if dateline is None or entry.feature not in ("city", "admin2") or dateline.feature != "city":
        return False
    if entry.lat is None or entry.lon is None or dateline.lat is None or dateline.lon is None:
        return False
    # An equirectangular distance is close enough at this range.
    dlat = math.radians(entry.lat - dateline.lat)
    dlon = math.radians(entry.lon - dateline.lon) * math.cos(math.radians((entry.lat + dateline.lat) / 2))
    return 6371.0 * math.hypot(dlat, dlon) <= _NEAR_KM


def _hint_weight(group: Group, support: Weights) -> float:
    """The entity stage's country for a name comes from its dictionary (the famous Alexandria is
    Egypt's): it counts unless the article's other places point more strongly to another
    country holding a place of that name (Alexandria in a story about Pineville and Louisiana)."""
    if not group.hint:
        return 0.0
    hinted = support.get(group.hint, 0.0)
    other = max(
        (support.get(c.entry.country or "", 0.0) for c in group.candidates if c.entry.country != group.hint),
        default=0.0,
    )
    return 0.0 if other > hinted else _HINT


def resolve_groups(
    groups: Sequence[Group],
    context_base: Context,
    gazetteer: Gazetteer,
    held: Mapping[int, frozenset[GeoEntry]] | None = None,
    joined: Mapping[int, frozenset[GeoEntry]] | None = None,
) -> None:
    """Score every group twice: first against unambiguous evidence, then against the first pass.
    `held`: by group id, the candidates that hold a facility's town (see `facilities`); `joined`: the
    towns of note that share a province with a town of note the name is joined to (`joined_towns`)."""
    evidence = {id(group): _unambiguous(group) for group in groups}
    for group in groups:
        group.siblings = [
            g for g in groups if g.key == group.key and g is not group and g.qualifier is not None
        ]
    # Qualified pairs first: their readings are the surest and bare mentions lean on them.
    order = sorted(groups, key=lambda g: g.qualifier is None and not g.heads)
    paired = county_pairs(groups)
    for key, entries in (joined or {}).items():  # a pair as sure as a county and its town
        paired[key] = paired.get(key, frozenset()) | entries
    for _ in range(2):
        support, states = dict(context_base.support), dict(context_base.states)
        for found in evidence.values():
            _add(support, found.countries)
            _add(states, found.states)
        context = Context(
            support,
            states,
            context_base.dateline,
            context_base.dateline_key,
            context_base.governments,
            context_base.beside_divisions,
        )
        for group in order:
            score_group(
                group,
                context,
                evidence[id(group)],
                gazetteer,
                paired.get(id(group), frozenset()),
                (held or {}).get(id(group), frozenset()),
            )
        evidence = {id(group): _chosen(group) for group in groups}


def beside_divisions(text: str, groups: Sequence[Group]) -> frozenset[str]:
    """The keys of the names joined by "and", "or" or "into" to a name that is a first-level
    division's and no country's or city's of note ("New York" of "New York and New Jersey", "Washington"
    of "Washington and Oregon", whose namesakes are small towns)."""
    divisions = {
        id(g)
        for g in groups
        if any(c.entry.feature == "admin1" for c in g.candidates)
        and not any(
            c.entry.feature == "country" or (c.entry.feature == "city" and c.entry.population >= _CITY_OF_NOTE)
            for c in g.candidates
        )
    }
    if not divisions:
        return frozenset()
    spans = sorted(((m.start, m.end, g) for g in groups for m in g.mentions), key=lambda span: span[:2])
    found = set()
    for (_, end, left), (start, _, right) in itertools.pairwise(spans):
        if left is not right and _JOINED.fullmatch(text, end, start):
            if id(right) in divisions:
                found.add(left.key)
            if id(left) in divisions:
                found.add(right.key)
    return frozenset(found)


def joined_towns(text: str, groups: Sequence[Group]) -> dict[int, frozenset[GeoEntry]]:
    """For each group (by id) joined by "and" or "or" to another ("schools in Hamilton and Burlington",
    "Birmingham and Montgomery"), its towns of `_JOINED_TOWN` people or more that lie in the same
    first-level division as a town of that size the other name may be: two towns named together are
    neighbours more often than not. Small namesakes never pair ("London and Paris" stay in England and
    France, though Ontario has a small Paris)."""
    spans = sorted(((m.start, m.end, g) for g in groups for m in g.mentions), key=lambda span: span[:2])
    found: dict[int, set[GeoEntry]] = {}
    for (_, end, left), (start, _, right) in itertools.pairwise(spans):
        if left is right or not _AND_OR.fullmatch(text, end, start):
            continue
        towns = [
            {(c.entry.country, c.entry.admin1): c.entry for c in g.candidates if _town_of_note(c.entry)}
            for g in (left, right)
        ]
        for shared in towns[0].keys() & towns[1].keys():
            found.setdefault(id(left), set()).add(towns[0][shared])
            found.setdefault(id(right), set()).add(towns[1][shared])
    return {key: frozenset(entries) for key, entries in found.items()}


def _town_of_note(entry: GeoEntry) -> bool:
    return entry.feature == "city" and entry.admin1 is not None and entry.population >= _JOINED_TOWN


def county_pairs(groups: Sequence[Group]) -> dict[int, frozenset[GeoEntry]]:
    """For each group (by id), its candidates that are a county holding a town another group may
    name, or a town inside a county another group may name (US and UK entries carry their county)."""
    counties: dict[tuple[str, str, str], set[int]] = {}
    towns: dict[tuple[str, str, str], set[int]] = {}
    for group in groups:
        for candidate in group.candidates:
            entry = candidate.entry
            if entry.country and entry.admin1 and entry.admin2 and entry.feature in ("admin2", "city"):
                into = counties if entry.feature == "admin2" else towns
                into.setdefault((entry.country, entry.admin1, entry.admin2), set()).add(id(group))
    if not counties or not towns:
        return {}
    found: dict[int, set[GeoEntry]] = {}
    for group in groups:
        for candidate in group.candidates:
            entry = candidate.entry
            if not (entry.country and entry.admin1 and entry.admin2):
                continue
            other = towns if entry.feature == "admin2" else counties if entry.feature == "city" else {}
            if other.get((entry.country, entry.admin1, entry.admin2), set()) - {id(group)}:
                found.setdefault(id(group), set()).add(entry)
    return {key: frozenset(entries) for key, entries in found.items()}


def _unambiguous(group: Group) -> Evidence:
    countries = {c.entry.country for c in group.candidates if c.entry.country}
    states = {
        (c.entry.country, c.entry.admin1) for c in group.candidates if c.entry.country and c.entry.admin1
    }
    found = Evidence()
    if len(countries) == 1:
        found.countries[next(iter(countries))] = 1.0
        if len(states) == 1 and len(group.candidates) == 1 and next(iter(countries)) == "USA":
            found.states[next(iter(states))] = 1.0
    return found


def _chosen(group: Group) -> Evidence:
    found = Evidence()
    chosen = group.choice
    if chosen is not None and chosen.country:
        found.countries[chosen.country] = group.confidence
        if chosen.admin1 and chosen.feature in ("city", "admin1", "admin2"):  # a county says its state
            found.states[(chosen.country, chosen.admin1)] = group.confidence
    return found


def dateline_mention(text: str, start: int, end: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """The place a dateline block (`text[start:end]`, "KABUL", "ALEXANDRIA, La") names first, as
    a mention at its span, when the gazetteer holds the name; the qualifier after the comma is
    found as any "X, Y" qualifier is. Resolved with the body's mentions of the same name."""
    block = text[start:end]
    noise = _DATELINE_NOISE.search(block)
    head = block[: noise.start()] if noise else block
    head = head.split(",")[0].rstrip(" -–—:")
    offset = len(head) - len(head.lstrip())
    head = head.strip()
    if not head or not gazetteer.lookup(head):
        return None
    return PlaceMention(head, start + offset, start + offset + len(head), "dateline")


def resolve_dateline(dateline: str | None, gazetteer: Gazetteer) -> tuple[str | None, GeoEntry | None]:
    """The place a dateline names: a city ("WASHINGTON", "KYIV, Ukraine", "PARIS, Texas")."""
    if not dateline:
        return None, None
    # "KYIV, Ukraine (Reuters) -": the agency and the dash are not part of the place.
    place = _DATELINE_NOISE.sub(" ", dateline)
    parts = [p.strip(" -–—:") for p in place.split(",") if p.strip(" -–—:")]
    if not parts:
        return None, None
    head_key = name_key(parts[0])
    candidates = gazetteer.lookup(parts[0])
    qualifiers = [c.entry for c in gazetteer.lookup(parts[1], qualifier=True)] if len(parts) > 1 else []
    best: tuple[float, GeoEntry] | None = None
    for candidate in candidates:
        score = prior(candidate)
        if candidate.entry.feature != "city":
            score -= 2.0  # datelines name cities; a state or country there is the exception
        if qualifiers:
            score += _QUALIFIED if any(contains(q, candidate.entry) for q in qualifiers) else -_QUALIFIED
        if best is None or score > best[0]:
            best = (score, candidate.entry)
    return head_key, best[1] if best else None
