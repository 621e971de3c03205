"""Synthetic wire copy for tests and benchmarks.

Real corpora cannot ship with the project, but resilience tests and throughput benchmarks
need hundreds or thousands of articles with the shape of wire copy: a headline, a date line,
a dateline-and-agency opening, named leaders with titles, ministries, countries and
capitals, reporting verbs, direct and indirect quotes, weekdays, months and figures. This
module recombines templates over a small cast of real public offices (facts) into articles
of a chosen length, deterministically from a seed.

No paragraph is printed twice within one article: the text segmenter rightly treats a
paragraph repeated close by as a caption or teaser and drops it, so a generator that
cycled through a fixed pool would produce articles far shorter than asked for once
extracted. Templates are re-rendered with fresh fillers (a third country, another topic,
other figures) when an article needs more paragraphs than there are templates.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# (country, demonym, capital, leader title, leader name, ministry)
CAST = (
    ("France", "French", "Paris", "President", "Emmanuel Macron", "Foreign Ministry"),
    ("Germany", "German", "Berlin", "Chancellor", "Friedrich Merz", "Defence Ministry"),
    ("Japan", "Japanese", "Tokyo", "Prime Minister", "Shigeru Ishiba", "Foreign Ministry"),
    ("Brazil", "Brazilian", "Brasilia", "President", "Luiz Inacio Lula da Silva", "Finance Ministry"),
    ("India", "Indian", "New Delhi", "Prime Minister", "Narendra Modi", "External Affairs Ministry"),
    ("Turkey", "Turkish", "Ankara", "President", "Recep Tayyip Erdogan", "Foreign Ministry"),
    ("Egypt", "Egyptian", "Cairo", "President", "Abdel Fattah al-Sisi", "Foreign Ministry"),
    ("Kenya", "Kenyan", "Nairobi", "President", "William Ruto", "Interior Ministry"),
    ("Poland", "Polish", "Warsaw", "Prime Minister", "Donald Tusk", "Defence Ministry"),
    ("Indonesia", "Indonesian", "Jakarta", "President", "Prabowo Subianto", "Foreign Ministry"),
    ("Mexico", "Mexican", "Mexico City", "President", "Claudia Sheinbaum", "Interior Ministry"),
    ("Canada", "Canadian", "Ottawa", "Prime Minister", "Mark Carney", "Foreign Ministry"),
    ("Nigeria", "Nigerian", "Abuja", "President", "Bola Tinubu", "Foreign Ministry"),
    ("Spain", "Spanish", "Madrid", "Prime Minister", "Pedro Sanchez", "Foreign Ministry"),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
TOPICS = (
    "trade", "energy", "border security", "migration", "climate finance", "grain exports",
    "water rights", "fishing quotas", "arms sales", "debt relief", "rail links", "visa rules",
)  # fmt: skip
AGENCIES = ("Reuters", "AP", "AFP")
# How wire copy names a leader on second reference when it is not the last word of the name.
_SHORT_NAMES = {"Luiz Inacio Lula da Silva": "Lula", "Abdel Fattah al-Sisi": "Sisi"}
GROUPS = ("farmers", "students", "opposition supporters", "trade unionists", "taxi drivers", "pensioners")


@dataclass(frozen=True)
class _Side:
    country: str
    demonym: str
    capital: str
    title: str
    name: str
    ministry: str

    @property
    def surname(self) -> str:
        return _SHORT_NAMES.get(self.name, self.name.split()[-1])


@dataclass(frozen=True)
class _Scene:
    """The fillers one rendering of a template uses; a fresh scene gives a different paragraph."""

    a: _Side
    b: _Side
    c: _Side  # a third country, for paragraphs about neighbours and mediators
    topic: str
    day: str
    month: str
    number: int
    group: str


_Template = Callable[[_Scene], str]

# Each template is a paragraph of wire copy of 20-45 words. They cover what the stages look
# for: meetings, accusations, threats, arrests, agreements, direct and indirect quotes,
# weekdays and months, and capitals standing in for governments.
_TEMPLATES: tuple[_Template, ...] = (
    lambda s: (
        f"{s.a.demonym} {s.a.title} {s.a.name} met his {s.b.demonym} counterpart {s.b.name} in {s.b.capital} "
        f"on {s.day} to discuss {s.topic}, officials from both governments said."
    ),
    lambda s: (
        f"{s.a.surname} said {s.a.country} was ready to deepen cooperation with {s.b.country} on {s.topic} and "
        f"would send a delegation to {s.b.capital} in {s.month}."
    ),
    lambda s: (
        f"\u201cWe have agreed to work together on {s.topic} and we will not accept threats from anyone,\u201d "
        f"{s.a.surname} told reporters after the talks."
    ),
    lambda s: (
        f"The {s.b.demonym} {s.b.ministry} accused {s.a.country} of failing to honour an earlier agreement on "
        f"{s.topic}, and urged {s.a.capital} to return to negotiations."
    ),
    lambda s: (
        f"{s.b.surname} warned that {s.b.country} could impose sanctions on {s.a.demonym} companies if the "
        f"dispute over {s.topic} was not settled by {s.month}."
    ),
    lambda s: (
        f"Police in {s.a.capital} detained {s.number} {s.group} who rallied outside the {s.b.demonym} embassy on "
        f"{s.day}, according to witnesses."
    ),
    lambda s: (
        f"The two leaders signed a memorandum on {s.topic} and pledged to hold regular talks, the "
        f"{s.a.demonym} {s.a.ministry} said in a statement."
    ),
    lambda s: (
        f"{s.a.country} and {s.b.country} have clashed repeatedly over {s.topic} in recent years, although "
        f"trade between them grew by {s.number % 40 + 2} percent last year."
    ),
    lambda s: (
        f"\u201cThis is a difficult moment for {s.topic}, but dialogue remains the only way forward,\u201d the "
        f"{s.b.demonym} {s.b.ministry} said."
    ),
    lambda s: (
        f"Analysts said the visit was the first by a {s.a.demonym} leader to {s.b.country} since {s.month} and "
        f"signalled a thaw after months of tension over {s.topic}."
    ),
    lambda s: (
        f"{s.c.demonym} {s.c.title} {s.c.name} offered to mediate between {s.a.country} and {s.b.country}, "
        f"saying {s.c.capital} was ready to host a summit on {s.topic} before {s.month}."
    ),
    lambda s: (
        f"The {s.c.demonym} {s.c.ministry} said on {s.day} it was following the talks closely and called on "
        f"both sides to avoid steps that could raise tension over {s.topic}."
    ),
    lambda s: (
        f"{s.a.surname} rejected the criticism, telling parliament in {s.a.capital} that {s.a.country} had kept "
        f"every commitment it made on {s.topic} and would not be lectured by {s.b.capital}."
    ),
    lambda s: (
        f"Earlier this year {s.b.country} expelled {s.number % 9 + 2} {s.a.demonym} diplomats over what it "
        f"called interference in its affairs, and {s.a.capital} responded in kind."
    ),
    lambda s: (
        f"Thousands of {s.group} marched through central {s.b.capital} on {s.day} to demand that the "
        f"government take a harder line with {s.a.country} on {s.topic}."
    ),
    lambda s: (
        f"A senior {s.b.demonym} official, speaking on condition of anonymity, said the deal on {s.topic} "
        f"could be signed in {s.month} if {s.a.country} dropped its demand for guarantees."
    ),
    lambda s: (
        f"\u201cOur patience is not unlimited,\u201d {s.b.surname} said in a televised address on {s.day}, "
        f"adding that {s.b.country} would defend its interests on {s.topic} by every lawful means."
    ),
    lambda s: (
        f"The {s.a.demonym} {s.a.ministry} summoned the {s.c.demonym} ambassador on {s.day} to protest "
        f"remarks about {s.topic} that it described as unacceptable."
    ),
    lambda s: (
        f"{s.a.country} will provide {s.number} million dollars in loans to {s.b.country} for {s.topic} "
        f"projects under the agreement, according to a document seen by reporters."
    ),
    lambda s: (
        f"Opposition leaders in {s.b.capital} criticised {s.b.surname} for making concessions on {s.topic} "
        f"and said they would challenge the agreement in parliament in {s.month}."
    ),
    lambda s: (
        f"Talks between {s.a.demonym} and {s.b.demonym} negotiators on {s.topic} broke down in {s.month} "
        f"after {s.a.capital} accused {s.b.capital} of blocking {s.number} shipments at the border."
    ),
    lambda s: (
        f"{s.c.country} and {s.a.country} held joint naval exercises on {s.day}, a move {s.b.demonym} "
        f"officials described as a provocation aimed at influencing the talks on {s.topic}."
    ),
)


def _scene(rng: random.Random, a: _Side, b: _Side) -> _Scene:
    c = _Side(*rng.choice([x for x in CAST if x[0] not in (a.country, b.country)]))
    return _Scene(
        a=a,
        b=b,
        c=c,
        topic=rng.choice(TOPICS),
        day=rng.choice(WEEKDAYS),
        month=rng.choice(MONTHS),
        number=rng.randrange(12, 480),
        group=rng.choice(GROUPS),
    )


def _paragraphs(rng: random.Random, a: _Side, b: _Side, words: int) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    count = 0
    order: list[_Template] = []
    while count < words:
        if not order:
            order = list(_TEMPLATES)
            rng.shuffle(order)
        para = order.pop()(_scene(rng, a, b))
        if para in seen:  # same template, same fillers: render another one instead
            continue
        seen.add(para)
        out.append(para)
        count += len(para.split())
    return out


def wire_date(n: int, *, seed: int = 0) -> dt.datetime:
    """The publication time `wire_article(n, seed=seed)` prints (UTC)."""
    rng = random.Random(seed * 1_000_003 + n + 7_919)
    start = dt.datetime(2024, 1, 1, 6, 0, tzinfo=dt.UTC)
    return start + dt.timedelta(days=rng.randrange(700), minutes=rng.randrange(14 * 60))


def wire_article(n: int, *, words: int = 400, seed: int = 0) -> str:
    """One article as a text dump: headline, date line, dateline-led first paragraph, body.

    The body (all paragraphs) has at least `words` words; no paragraph repeats.
    """
    rng = random.Random(seed * 1_000_003 + n)
    a, b = (_Side(*c) for c in rng.sample(CAST, 2))
    paragraphs = _paragraphs(rng, a, b, words)
    agency = rng.choice(AGENCIES)
    published = wire_date(n, seed=seed)
    headline = f"{a.country} and {b.country} hold talks on {rng.choice(TOPICS)} ({n})"
    stamp = f"{published:%B} {published.day}, {published.year} {published:%I:%M %p} GMT"
    first = f"{b.capital.upper()}, {published:%b} {published.day} ({agency}) - {paragraphs[0]}"
    return "\n\n".join([headline, stamp, first, *paragraphs[1:]]) + "\n"


def wire_corpus(count: int, *, words: int = 400, seed: int = 0) -> Iterator[str]:
    for n in range(count):
        yield wire_article(n, words=words, seed=seed)
