"""Towns and divisions NER missed, found by the way wire copy writes them.

- "Lafayette, Ind.", "Bangor, ME": a capitalised name, a comma, then a state, province or
  country (or its press or postal abbreviation) that holds a town of that name is a place
  whatever NER called it (often nothing: the small model misses small towns). The head and
  the qualifier then pair up as any "X, Y" pair does in `find`.
- "clashed with soldiers in Culiacan", "moving them from Chattanooga": after a locative
  preposition, a capitalised name the gazetteer holds as a town of some size or a division is
  that place whatever NER called it (the small model calls many towns a person, a nationality
  or a product), unless the article names a person of that surname ("in Obama's speech").
- "a Valdosta pharmacist", "Knoxville would host": a name NER gave another label is the town
  of that name when it is the only such town in a division the article has already put a
  place in (Valdosta in a story about Lowndes County, Georgia).
- "between Camanche and DeWitt", "Morrow" (which the model reads as a date): any capitalised name
  that is the only town of that name in a county the article has placed (Clinton County, Iowa) is
  that town, however small: a local paper names its county's villages as places.
- "Puri on the coast of Odisha", "Jeremie in southwestern Haiti", "Iqaluit, the capital of
  Nunavut": a name before the division, island or country that holds a town of that name is it.
- "reinforcements from Gao": a one-word name the model calls a person after "from" or "to" is the
  town or division of that name in a country the story names.
- "Rapides Parish", "Cook County", "Kherson Oblast", and in the plural "Grant and Rapides
  parishes": a division word after capitalised names names divisions the gazetteer may hold;
  in lower case ("Sinaloa state", "the state of Para") only first-level ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from newsgraph.understand.places.gazetteer import Gazetteer, GeoEntry, contains
from newsgraph.understand.places.keys import name_key
from newsgraph.understand.places.resolve import PlaceMention

# One to three capitalised words before ", " and a capital: the candidate town.
_W = r"[A-Z][a-z]*(?:[A-Z][a-z]+)?"  # a capital inside too: "DeRidder", "McAllen", "DeSoto"
# Found from the comma back: the comma first (cheap), then the words before it, anchored at its end.
_COMMA = re.compile(r"(?<=[a-z]), (?=[A-Z])")
_TOWN_BEFORE = re.compile(rf"(?<![\w.])((?:{_W}[ -]){{0,2}}{_W})$")
_DIVISION_WORDS = (
    "County",
    "Parish",
    "Province",
    "Oblast",
    "Governorate",
    "Prefecture",
    "Borough",
    "parishes",
    "counties",
)
# "St. Louis County": the first word may be an abbreviation; "Kenai Peninsula Borough": Alaska's counties.
_DIVISION_NAME = re.compile(
    rf"(?:({_W}\.?) )?({_W}) (?:County|Parish|Borough|Province|Oblast|Governorate|Prefecture)\b"
)
# "Grant and Rapides parishes", "Harris, Fort Bend and Galveston counties"
_PLURAL_DIVISIONS = re.compile(
    rf"((?:{_W} )?{_W}(?:, (?:{_W} )?{_W})*,? (?:and|or) (?:{_W} )?{_W}) "
    r"(parishes|counties)\b"
)
_NAME = re.compile(rf"(?:{_W} )?{_W}")
# First-level divisions with the division word in lower case: "Sinaloa state", "Helmand
# province", "the state of Para", "the region of Tigray" (the name must be a division's).
_LOWER = "state|province|region|governorate|prefecture|oblast"
_LOWER_WORDS = tuple(f" {w}" for w in _LOWER.split("|"))
# Found from the word (a literal space or "he " is cheap to search for), then the name before or after it.
_LOWER_AFTER = re.compile(rf" (?P<word>{_LOWER})\b")
_NAME_BEFORE = re.compile(rf"(?:(?P<a1>{_W}) )?(?<![\w.])(?!The |A )(?P<a2>{_W})$")
# "the state of Para", "the southern state of Guerrero", "the restive province of Balochistan"
_LOWER_OF = re.compile(rf"he (?:[a-z]+-?[a-z]+ )?(?P<word>{_LOWER}) of (?P<b1>{_W})(?: (?P<b2>{_W}))?\b")
# A province's or state's own offices after its name: "the Punjab government", "Queensland police".
_OFFICE = "government|police|officials|authorities|administration|legislature|premier|governor|cabinet"
_OFFICE_WORDS = tuple(f" {w}" for w in _OFFICE.split("|"))
_OFFICE_AFTER = re.compile(rf" (?:{_OFFICE})\b")
# A locative word, then a capitalised name of one to three words (spaces or hyphens between)
# that no other word character or hyphen continues ("in Goldman Sachs" is looked up whole and is no place).
# Found from the capital back (a literal space is cheap to search for; an alternation of words
# tried at every character is not): the word before " X" is then looked up.
_SPACE_CAPITAL = re.compile(r" (?=[A-Z])")
_NEAR_WORDS = frozenset("in near outside inside across around from".split())  # noqa: SIM905
# "five miles north of Ripon", "just east of Kearney": a direction and "of" are a locative too.
_COMPASS_OF = re.compile(r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest) of$")
# "a Sudbury man", "the Lowndes County woman": a town or county before a person it is home to.
# Found from the person's noun (a literal space and a word are cheap to search for), then the name before it.
# Not "family", "couple", "student" or "teacher": a surname ("the Hoover family") or a school ("a Harvard
# student") fills that slot more often than a town.
_HOME_NOUN = re.compile(
    r" (?:man|woman|men|women|boy|girl|teen|teenager|resident|residents|native|mother"
    r"|father|motorist|driver|farmer)\b"
)
_HOME_OF = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree) ((?:{_W} ){{0,2}}{_W})$")
_TO_WORDS = frozenset("to into toward towards via".split())  # noqa: SIM905
# "residents of Leesville", "the mayor of DeRidder", "the port of Mtwara": after these nouns "of" is a
# locative too (here and in `labels`, for names the model labelled).
_OF_NOUNS = "residents people city town village villages mayor mayors outskirts suburbs streets centre center port enclave"
OF_PLACE = frozenset(f"{_OF_NOUNS} province provinces region district governorate prefecture".split())
# Not before a possessive: "in Jackson's view" is a person's (a place NER labelled is found anyway).
# A lower-case particle may join the words: "near Vina del Mar", "in Rio de Janeiro", "in Cap-Haitien".
_LOCATIVE_NAME = re.compile(rf"{_W}(?:(?:[ -]|(?: (?:de|del|da|do|dos|das|di|de la) )){_W}){{0,2}}(?![\w'’-])")
# A town this big (GeoNames population): smaller ones share their names with words and surnames
# too often ("in Congress": Congress, Arizona, 1,900 people).
_LOCATIVE_TOWN = 5_000
# After "to", "into", "toward" people go as often as places ("talked to Jackson"): a town there
# must be a city, and no county (which shares its name with a surname far more often).
_DESTINATION_TOWN = 50_000
# A city this big is found under its other names too ("south of Marrakech": GeoNames' Marrakesh).
_EXONYM_TOWN = 100_000
_MONTHS = "January February March April May June July August September October November December"
_CALENDAR = frozenset(f"{_MONTHS} Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# Country names that are also given names or common words ("Chad", "Jordan", "Georgia",
# "Turkey", ...): read as a country only where NER or a preposition says place.
NOT_SCANNED = frozenset(
    "Chad Jordan Georgia Israel India Kenya Cuba Turkey Guinea China Panama America Niger Jersey".split()  # noqa: SIM905
)
# A capital not after a word character or a full stop. The capital comes first and the check
# looks back past it, so the regex engine can skip straight from capital to capital.
_CAPITALISED_WORD = re.compile(r"[A-Z](?<![\w.][A-Z])[\w.'’]*")
# What may qualify it: up to three capitalised words or abbreviations ("N.C.", "New Mexico", "ME").
_QUALIFIER = re.compile(r"[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}")


def towns_before_qualifiers(text: str, limit: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Spans of towns written "Town, State" whose state (or country) holds a town of that name."""
    spans = []
    for comma in _COMMA.finditer(text, 0, limit):
        m = _TOWN_BEFORE.search(text, max(0, comma.start() - 60), comma.start())
        if m is None:
            continue
        containers = _containers(text, comma.end(), limit, gazetteer)
        if not containers:
            continue
        words = [m.start(1)] + [i + 1 for i in range(m.start(1), m.end(1)) if text[i] in " -"]
        for start in words:  # longest name first: "New Iberia" before "Iberia"
            towns = [c.entry for c in gazetteer.lookup(text[start : m.end(1)]) if c.entry.feature == "city"]
            if any(contains(q, t) for q in containers for t in towns):
                spans.append((start, m.end(1)))
                break
    return spans


# "struck Palu on the island of Sulawesi", "Puri on the coast of Odisha", "Jeremie in southwestern
# Haiti", "Iqaluit, the capital of Nunavut": a name before the division, island or country that holds it.
_ENCLOSED_BY = re.compile(
    r"(?<=[a-z]) (?:on the (?:[a-z]+ )?(?:island|coast|shores?|banks?) of |in (?:the )?(?:(?:north|south|east|west"
    r"|northeast|northwest|southeast|southwest)(?:ern)? |central )?)(?=[A-Z])|(?<=[a-z]), the (?:[a-z]+ )?capital of (?=[A-Z])"
)


def towns_before_enclosures(
    text: str, limit: int, gazetteer: Gazetteer, people: frozenset[str], persons: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Spans of towns named before the division, island or country that holds a town of that name:
    "Puri on the coast of Odisha", "Marawi on the island of Mindanao", "Jeremie in southwestern Haiti",
    "Iqaluit, the capital of Nunavut" (the small model misses many small towns before such phrases).
    Never a name in `people` (surnames), nor one of `persons` (names the model calls a person) before a
    bare " in ": "Clinton in Iowa" is the candidate more often than the town."""
    spans = []
    for link in _ENCLOSED_BY.finditer(text, 0, limit):
        m = _TOWN_BEFORE.search(text, max(0, link.start() - 60), link.start())
        if m is None or m.group(1) in people or m.group(1).split(" ", 1)[0] in _CALENDAR:
            continue
        if link.group() == " in " and m.group(1) in persons:
            continue
        holders = _containers(text, link.end(), limit, gazetteer, ("admin1", "country", "region"))
        if not holders:
            continue
        words = [m.start(1)] + [i + 1 for i in range(m.start(1), m.end(1)) if text[i] in " -"]
        for start in words:  # longest name first
            if text[start : m.end(1)] in people:
                break  # "Andrew Jackson in Tennessee": a person's surname
            towns = [c.entry for c in gazetteer.lookup(text[start : m.end(1)]) if c.entry.feature == "city"]
            if any(_holds(q, t) for q in holders for t in towns):
                spans.append((start, m.end(1)))
                break
    return spans


def _holds(holder: GeoEntry, town: GeoEntry) -> bool:
    # An island or region of our aliases holds the towns of its country ("Palu on Sulawesi").
    return contains(holder, town) or (holder.feature == "region" and holder.country == town.country is not None)


def towns_after_locatives(
    text: str, limit: int, gazetteer: Gazetteer, people: frozenset[str], named: frozenset[int] | None = None
) -> list[tuple[int, int]]:
    """Spans of names after "in", "near", "from", ... that the gazetteer holds as a town of
    `_LOCATIVE_TOWN` people or more, or as a division (after "to", "into", ...: a city of
    `_DESTINATION_TOWN` or a first-level division); never a month or weekday, nor a name in
    `people` (the article's people and their surnames). With `named` (where NER's entities
    start), a single word NER left unlabelled must be a city of `_DESTINATION_TOWN` too:
    capitalised common words ("in Police custody", "in God") share their names with small towns."""
    spans = []
    for space in _SPACE_CAPITAL.finditer(text, 0, limit):
        at = space.start()
        word = text[max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1 : at]
        to = word in _TO_WORDS
        if not (to or word.lower() in _NEAR_WORDS or (word == "of" and _of_is_locative(text, at))):
            continue
        name = _LOCATIVE_NAME.match(text, at + 1, limit)
        if name is None or name.group().split(" ", 1)[0] in _CALENDAR or name.group() in people:
            continue
        town, divisions = (_DESTINATION_TOWN, ("admin1",)) if to else (_LOCATIVE_TOWN, ("admin1", "admin2"))
        if named is not None and name.start() not in named and " " not in name.group():
            town = _DESTINATION_TOWN
        if any(
            (c.entry.feature in divisions or (c.entry.feature == "city" and c.entry.population >= town))
            and (c.primary or (c.entry.feature == "city" and c.entry.population >= _EXONYM_TOWN))
            for c in gazetteer.lookup(name.group())
        ):
            spans.append(name.span())
    return spans


def _of_is_locative(text: str, at: int) -> bool:
    """Whether the "of" ending at `at` is a locative: "north of", "residents of", "the port of"."""
    if _COMPASS_OF.search(text, max(0, at - 16), at):
        return True
    before = text[max(0, at - 16) : at - 3].split()
    return bool(before) and before[-1].lower() in OF_PLACE


_FROM_WORDS = frozenset("from to into toward towards via".split())  # noqa: SIM905


def persons_in_named_countries(
    text: str, ents: list[tuple[int, int, str]], gazetteer: Gazetteer, people: frozenset[str], countries: set[str]
) -> list[tuple[int, int]]:
    """Spans of one-word names the model calls a person after "from", "to", "into" that the gazetteer
    holds as a town of `_LOCATIVE_TOWN`+ or a first-level division in a country the article names
    ("reinforcements from Gao" in a story about Mali, "from Tigray" beside "Ethiopian officials"):
    people go "from" and "to" someone too, so only a country the story is about lets the name be a place."""
    spans = []
    for start, end, label in ents:
        name = text[start:end]
        if label != "PERSON" or " " in name or name in people:
            continue
        before = text[max(0, start - 12) : start].split()
        if not before or before[-1].lower() not in _FROM_WORDS:
            continue
        if any(
            c.primary
            and c.entry.country in countries
            and (c.entry.feature == "admin1" or (c.entry.feature == "city" and c.entry.population >= _LOCATIVE_TOWN))
            for c in gazetteer.lookup(name)
        ):
            spans.append((start, end))
    return spans


def towns_before_people(text: str, limit: int, gazetteer: Gazetteer, people: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of towns (of `_LOCATIVE_TOWN` people or more) and counties named before a person
    they are home to: "a Sudbury man", "the Lowndes County woman", "a Ripon teacher" (local news
    names where people are from this way), unless the article names a person or a people (`people`:
    "a Roma family") of that name."""
    spans = []
    for noun in _HOME_NOUN.finditer(text, 0, limit):
        m = _HOME_OF.search(text, max(0, noun.start() - 48), noun.start())
        if m is None:
            continue
        name = m.group(1)
        if name in people or name.split(" ", 1)[0] in _CALENDAR or name_key(name) in gazetteer.demonyms:
            continue  # a person's name, a month, or a people ("an Arab man")
        if any(
            c.primary
            and (c.entry.feature == "admin2" or (c.entry.feature == "city" and c.entry.population >= _LOCATIVE_TOWN))
            for c in gazetteer.lookup(name)
        ):
            spans.append(m.span(1))
    return spans


def towns_in_named_divisions(
    spans: list[tuple[int, int]],
    text: str,
    gazetteer: Gazetteer,
    divisions: frozenset[tuple[str, str]],
    people: frozenset[str],
) -> list[tuple[int, int, GeoEntry]]:
    """(start, end, town) for each span whose name is the only town of `_LOCATIVE_TOWN` people
    or more by that name in one of `divisions` ((country, admin1) the article placed)."""
    found = []
    for start, end in spans:
        name = text[start:end]
        if name in people or name.count(" ") > 1:
            continue
        town = _only_town(
            gazetteer,
            name,
            lambda e: e.population >= _LOCATIVE_TOWN and (e.country or "", e.admin1 or "") in divisions,
        )
        if town is not None:
            found.append((start, end, town))
    return found


# A run of one to three capitalised words no word character, hyphen or possessive continues.
_NAME_RUN = re.compile(rf"(?<![\w.'’-]){_W}(?:[ -]{_W}){{0,2}}(?![\w'’-])")


def towns_in_named_counties(
    text: str,
    limit: int,
    gazetteer: Gazetteer,
    counties: frozenset[tuple[str, str, str]],
    people: frozenset[str],
) -> list[tuple[int, int, GeoEntry]]:
    """(start, end, town) for each run of capitalised words, whatever NER made of it, that names
    the only town of that name in one of `counties` ((country, admin1, admin2) the article placed),
    never a name in `people`, a month or a weekday: "between Camanche and DeWitt" in a story about
    Clinton County, Iowa. A town of any size: the county vouches for it."""
    found = []
    for run in _NAME_RUN.finditer(text, 0, limit):
        name = run.group()
        if name in people or name.split(" ", 1)[0] in _CALENDAR:
            continue
        town = _only_town(gazetteer, name, lambda e: (e.country or "", e.admin1 or "", e.admin2 or "") in counties)
        if town is not None:
            found.append((run.start(), run.end(), town))
    return found


def _only_town(gazetteer: Gazetteer, name: str, where: Callable[[GeoEntry], bool]) -> GeoEntry | None:
    """The one town of that primary name `where` holds for, None when none or several do."""
    towns = [c.entry for c in gazetteer.lookup(name) if c.primary and c.entry.feature == "city" and where(c.entry)]
    return towns[0] if len(towns) == 1 else None


def _containers(
    text: str, start: int, limit: int, gazetteer: Gazetteer, features: tuple[str, ...] = ("admin1", "country")
) -> list[GeoEntry]:
    words = _QUALIFIER.match(text, start, limit)
    phrase = words.group() if words else ""
    while phrase:  # longest first, and a sentence-final full stop is not part of "Texas"
        for form in (phrase, phrase.rstrip(".")):
            found = [
                c.entry
                for c in gazetteer.lookup(form, qualifier=True)
                if c.entry.feature in features
            ]
            if found:
                return found
        cut = phrase.rfind(" ")
        phrase = phrase[:cut] if cut > 0 else ""
    return []


def scan_divisions(text: str, limit: int, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """(start, end, name) of divisions named with their division word: "Rapides Parish" (the
    name is the span's text) and each of "Grant and Rapides parishes" (the span is "Grant",
    the name "Grant Parish"), when the gazetteer holds such a division; and first-level ones
    with the word in lower case, "Sinaloa state", "the province of Quebec" (the span is the
    name, the name "Sinaloa state", so only the division is looked up)."""
    found = _lower_case_divisions(text, limit, gazetteer) if any(w in text for w in _LOWER_WORDS) else []
    if any(w in text for w in _OFFICE_WORDS):
        found += _governed_divisions(text, limit, gazetteer)
    if not any(word in text for word in _DIVISION_WORDS):
        return found  # most articles name no division by its word: skip the regexes
    for m in _DIVISION_NAME.finditer(text, 0, limit):
        for start in (m.start(1), m.start(2)):
            if start >= 0 and _is_division(text[start : m.end()], gazetteer):
                start += 4 if text.startswith("The ", start) else 0
                found.append((start, m.end(), text[start : m.end()]))
                break
    for m in _PLURAL_DIVISIONS.finditer(text, 0, limit) if "parishes" in text or "counties" in text else ():
        word = " Parish" if m.group(2) == "parishes" else " County"
        for name in _NAME.finditer(text, m.start(1), m.end(1)):
            if name.group() not in ("The", "and", "or") and _is_division(name.group() + word, gazetteer):
                found.append((name.start(), name.end(), name.group() + word))
    return found


def _governed_divisions(text: str, limit: int, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    """First-level divisions named before their own offices: "the Maharashtra government",
    "Queensland police", "Ontario officials" (the name must be a province's or a state's)."""
    found: list[tuple[int, int, str]] = []
    for m in _OFFICE_AFTER.finditer(text, 0, limit):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if name is not None:
            for start in (name.start("a1"), name.start("a2")):
                if start >= 0 and any(
                    c.primary and c.entry.feature == "admin1" for c in gazetteer.lookup(text[start : name.end()])
                ):
                    start += 4 if text.startswith("The ", start) else 0
                    found.append((start, name.end(), text[start : name.end()]))
                    break
    return found


def _lower_case_divisions(text: str, limit: int, gazetteer: Gazetteer) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for m in _LOWER_AFTER.finditer(text, 0, limit):  # "Sinaloa state": the words before the word
        name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if name is not None:
            _add_admin1(found, text, (name.start("a1"), name.start("a2")), name.end(), m["word"], gazetteer)
    for m in _LOWER_OF.finditer(text, 0, limit):  # "the state of Para"
        if m.start() > 0 and text[m.start() - 1] in "Tt" and (m.start() < 2 or not text[m.start() - 2].isalnum()):
            end = m.end("b2") if m["b2"] else m.end("b1")
            _add_admin1(found, text, (m.start("b1"),), end, m["word"], gazetteer)
    return found


def _add_admin1(
    found: list[tuple[int, int, str]], text: str, starts: tuple[int, ...], end: int, word: str, gazetteer: Gazetteer
) -> None:
    """The longest of the names text[start:end] that is a first-level division's, with its word."""
    for start in (s for s in starts if s >= 0):
        name = text[start:end]
        # The division word vouches for the name: an alternate name counts ("Karaganda region" is
        # GeoNames' "Qaraghandy oblysy", the city "Karagandy").
        if any(c.entry.feature == "admin1" for c in gazetteer.lookup(name)):
            found.append((start, end, f"{name} {word}"))
            return


def _is_division(name: str, gazetteer: Gazetteer) -> bool:
    return any(c.primary and c.entry.feature in ("admin1", "admin2") for c in gazetteer.lookup(name))


@lru_cache(maxsize=4)
def _country_names_by_first_word(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Country names as written, grouped by first word, longest first, for the scan that finds
    countries NER did not label at all (never the `NOT_SCANNED` ones)."""
    grouped: dict[str, list[str]] = {}
    for name in gazetteer.country_names:
        if name not in NOT_SCANNED and len(name) > 3 and name[0].isupper():
            grouped.setdefault(name.split()[0].split("-")[0], []).append(name)
    return {word: tuple(sorted(names, key=len, reverse=True)) for word, names in grouped.items()}


def scan_countries(text: str, limit: int, gazetteer: Gazetteer, begin: int = 0) -> list[tuple[int, int]]:
    """Spans of country names in the text (a dict probe per capitalised word: no big regex)."""
    by_first = _country_names_by_first_word(gazetteer)
    spans: list[tuple[int, int]] = []
    for word in _CAPITALISED_WORD.finditer(text, begin, limit):
        first = word.group()
        if spans and word.start() < spans[-1][1]:
            continue  # "Korea" of "South Korea", "Guinea" of "Papua New Guinea": the longer name holds
        for name in by_first.get(first, ()) or by_first.get(first.rstrip("."), ()):
            end = word.start() + len(name)
            if text.startswith(name, word.start()) and not (end < len(text) and (text[end].isalnum())):
                spans.append((word.start(), end))
                break
    return spans


def without_juxtaposed(text: str, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """Two place names with only a space between, which together name no place, are one name
    of a person or a firm ("Paris Hilton", "Hamilton Jordan"): neither is a place there. Unless
    the first lies in the second: "BAGHDAD Iraq promised", "Moscow Russia" in a headline are two
    places, the way a dateline and a headline write them."""
    drop: set[int] = set()
    for i in range(len(mentions) - 1):
        left, right = mentions[i], mentions[i + 1]
        if right.start == left.end + 1 and text[left.end] == " " and not _lies_in(left, right, gazetteer):
            drop.update((i, i + 1))
    return [m for i, m in enumerate(mentions) if i not in drop]


def _lies_in(inner: PlaceMention, outer: PlaceMention, gazetteer: Gazetteer) -> bool:
    containers = [c.entry for c in gazetteer.lookup(outer.text) if c.primary and c.entry.feature != "city"]
    return any(contains(o, c.entry) for o in containers for c in gazetteer.lookup(inner.text) if c.primary)


def people_of(text: str, ents: list[tuple[int, int, str]]) -> frozenset[str]:
    """The surnames of the people NER names in full ("Bill Clinton"): no town by those names."""
    return frozenset(text[s:e].rsplit(" ", 1)[-1] for s, e, label in ents if label == "PERSON" and " " in text[s:e])
