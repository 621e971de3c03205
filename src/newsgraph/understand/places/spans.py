"""Where a place name begins and ends in the text, whatever span NER drew around it.

The small model's spans are often a little off: a leading "the" or a possessive ("the U.S.'s"),
one word short ("Jersey" of "NEW JERSEY"), or wider than one place: "Deschutes County
commission" (a lower-case noun after the name), "Norman and Moore" (two towns joined), "Bellefonte,
Centre County" (a town and the county it lies in). And a name may open the name of a street or a
river ("Washington Street", "the Mississippi River"): that names the street or the river, not the
place, and the gazetteer holds neither.
"""

from __future__ import annotations

import re

from newsgraph.understand.places.gazetteer import Gazetteer, contains

_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_POSSESSIVE_LAST = frozenset("s'’\n")  # "$" also matches before a final newline
# One or two capitalised words right before a span ("New South" before "Wales").
_WORDS_BEFORE = re.compile(r"(?:([A-Z][A-Za-z]+) )?(?<!\bThe )(?<!\bA )(?!The |A )([A-Z][A-Za-z]+) $")
# "Santiago de los Caballeros", "San Antonio del Táchira": Spanish and Portuguese particles of one or two words.
_WORD_AFTER = re.compile(
    r"[ -]((?:de (?:la |las |los )?|del |da |das |dos |do |la |du |of |on |upon |and )?[A-Z][A-Za-zÀ-ÿ]+)"
)
# The words that make a place name the name of a way or a watercourse: "Washington Street",
# "Georgia Avenue", "Mississippi River", "Turkey Creek". (Airports, stations and bridges still
# say where they are: "Stansted Airport" is at Stansted.)
_WAY = re.compile(
    r" (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|Highway|Parkway|Pike|Turnpike"
    r"|Expressway|Freeway|Trail|River|Creek)(?![\w])"
)
# A local government's or its services' name after a place's ("Bristol City Council", "the
# Toronto Police", "the Ripon School Board"): the place is named literally (GeoWebNews' embedded
# literal toponym), unlike a team's ("the Dallas Mavericks", an associative one).
_BODY = re.compile(
    r" (?:Council|Commission|Commissioners|School Board|School District|Schools|Board of Education"
    r"|Board of Supervisors|Police Department|Police|Sheriff's Office|Fire Department|Fire Rescue"
    r"|Police Jury|City Hall)$"
)
_UNIT_WORDS = frozenset({"City", "Town", "Village", "Township", "Borough"})
# "Canton Township", "Bensalem Township": a township the gazetteer does not hold by that name is the
# town of the same name (GeoNames lists many townships as populated places under the bare name).
_TOWNSHIP_WORDS = frozenset({"Township", "Borough"})
# A wide span's parts: "Bellefonte, Centre County", "Norman and Moore".
_PARTS = re.compile(r",\s+|\s+and\s+")
_PLACES = ("city", "admin1", "admin2")
# Labels whose joined names are places when every part is one ("Norman and Moore" as a FAC);
# an ORG's parts only when they are a town and the division that holds it ("Marks and Spencer"
# is two towns' names, and a firm).
_JOINED_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})


def trim(text: str, start: int, end: int, gazetteer: Gazetteer | None = None) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive: "the U.S.'s" -> "U.S."; with a gazetteer,
    not the "'s" of a place whose name ends so ("St. John's")."""
    # Each regex runs only where its first or last character is there to match.
    if text.startswith(("the", "The"), start):
        lead = _LEADING_THE.match(text[start:end])
        if lead:
            start += lead.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in _POSSESSIVE_LAST:
        possessive = _POSSESSIVE.search(text[start:end])
        # (The match's offsets are within the name.) "St. John's" keeps its own apostrophe.
        cut = possessive.start() if possessive else 0
        if cut > 0 and (gazetteer is None or not gazetteer.lookup(text[start:end])):
            end = start + cut
    return start, end


def longest_name(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """Grow a span by the capitalised word before or after it when the longer name is a place:
    NER's "Jersey" in "NEW JERSEY", "York" in "New York", "Newfoundland" in "Newfoundland and Labrador"."""
    before = _WORDS_BEFORE.search(text, max(0, start - 30), start)
    if before is not None:
        for cut in (before.start(1), before.start(2)):
            if cut >= 0 and gazetteer.lookup(text[cut:end]):
                start = cut
                break
    after = _WORD_AFTER.match(text, end)
    if after is not None and gazetteer.lookup(text[start : after.end(1)]):
        end = after.end(1)
    return start, end


# The same bodies read after a name NER cut short ("Toronto" of "the Toronto Police said"), not a
# commission, which is named after a person as often ("the Warren Commission").
_BODY_AFTER = re.compile(
    r" (?:City Council|City Hall|Council|School Board|School District|Schools|Board of Education"
    r"|Board of Supervisors|Police Department|Police|Sheriff's Office|Fire Department)(?![\w])"
)


def names_a_local_body(text: str, end: int) -> bool:
    """Whether the name ending at `end` opens the name of its own council, police or schools."""
    return text.startswith(" ", end) and _BODY_AFTER.match(text, end) is not None


def names_a_way(text: str, end: int) -> bool:
    """Whether the name ending at `end` opens the name of a street, road or river."""
    return text.startswith(" ", end) and _WAY.match(text, end) is not None


def place_parts(text: str, start: int, end: int, label: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The spans of the places inside an NER span the gazetteer does not hold whole: the name
    before a trailing lower-case noun ("Deschutes County commission"), or the parts of a joined
    span when each is a town or division ("Norman and Moore" in one country; for an organisation,
    only "Bellefonte, Centre County", a town and the division that holds it), or the place whose
    local government or service the span names ("Bristol City Council"), or the town a township
    is named for ("Canton Township"). [] for none."""
    if label not in _NAME_LABELS or not text[start].isupper():
        return []  # dates, numbers and lower-case spans hold no place names
    body = _BODY.search(text, start, end)
    if body is not None:
        return _before_body(text, start, body.start(), gazetteer)
    head, _, unit = text[start:end].rpartition(" ")
    if unit in _TOWNSHIP_WORDS and any(c.primary and c.entry.feature == "city" for c in gazetteer.lookup(head)):
        return [(start, start + len(head))]
    words = text[start:end].split(" ")
    while len(words) > 1 and words[-1].islower():
        words.pop()
        if gazetteer.lookup(" ".join(words)):
            return [(start, start + len(" ".join(words)))]
    cuts = [(m.start(), m.end()) for m in _PARTS.finditer(text, start, end)]
    if not cuts:
        return []
    bounds = [start, *(b for cut in cuts for b in cut), end]
    parts = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    entries = [
        [c.entry for c in gazetteer.lookup(text[s:e]) if c.primary and c.entry.feature in _PLACES]
        for s, e in parts
    ]
    if not all(entries) or any(not text[s].isupper() for s, _ in parts):
        return []
    if label in _JOINED_LABELS:
        shared = set.intersection(*({e.country for e in found} for found in entries))
        return parts if shared else []
    first, last = entries[0], entries[-1]
    if len(parts) == 2 and text[cuts[0][0]] == "," and any(contains(q, h) for q in last for h in first):
        return parts
    return []


def _before_body(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """The place named before a local body: "Orange County" of "Orange County Sheriff's Office",
    "Bristol" of "Bristol City Council" (a unit word the gazetteer does not hold is dropped)."""
    name = text[start:end]
    while name:
        if any(c.primary and c.entry.feature in _PLACES for c in gazetteer.lookup(name)):
            return [(start, start + len(name))]
        head, _, last = name.rpartition(" ")
        name = head if last in _UNIT_WORDS else ""
    return []
