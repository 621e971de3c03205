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

# (country, demonym, capital, leader title, leader name, ministry, another large city)
# fmt: off
CAST = (
    ("France", "French", "Paris", "President", "Emmanuel Macron", "Foreign Ministry", "Marseille"),
    ("Germany", "German", "Berlin", "Chancellor", "Friedrich Merz", "Defence Ministry", "Hamburg"),
    ("Japan", "Japanese", "Tokyo", "Prime Minister", "Shigeru Ishiba", "Foreign Ministry", "Osaka"),
    ("Brazil", "Brazilian", "Brasilia", "President", "Luiz Inacio Lula da Silva", "Finance Ministry", "Sao Paulo"),
    ("India", "Indian", "New Delhi", "Prime Minister", "Narendra Modi", "External Affairs Ministry", "Mumbai"),
    ("Turkey", "Turkish", "Ankara", "President", "Recep Tayyip Erdogan", "Foreign Ministry", "Istanbul"),
    ("Egypt", "Egyptian", "Cairo", "President", "Abdel Fattah al-Sisi", "Foreign Ministry", "Alexandria"),
    ("Kenya", "Kenyan", "Nairobi", "President", "William Ruto", "Interior Ministry", "Mombasa"),
    ("Poland", "Polish", "Warsaw", "Prime Minister", "Donald Tusk", "Defence Ministry", "Krakow"),
    ("Indonesia", "Indonesian", "Jakarta", "President", "Prabowo Subianto", "Foreign Ministry", "Surabaya"),
    ("Mexico", "Mexican", "Mexico City", "President", "Claudia Sheinbaum", "Interior Ministry", "Monterrey"),
    ("Canada", "Canadian", "Ottawa", "Prime Minister", "Mark Carney", "Foreign Ministry", "Toronto"),
    ("Nigeria", "Nigerian", "Abuja", "President", "Bola Tinubu", "Foreign Ministry", "Lagos"),
    ("Spain", "Spanish", "Madrid", "Prime Minister", "Pedro Sanchez", "Foreign Ministry", "Barcelona"),
)
# fmt: on
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
# Invented people for the roles no real office fills (judges, spokespeople, witnesses).
_FIRST = ("Amina", "Carlos", "Elena", "Hiroshi", "Ibrahim", "Joanna", "Kofi", "Lucia", "Marek", "Nadia",
          "Omar", "Priya", "Rafael", "Sofia", "Tomasz", "Yusuf", "Zeynep", "Daniel", "Grace", "Mehmet")  # fmt: skip
_LAST = ("Okafor", "Haddad", "Kowalski", "Tanaka", "Moreau", "Silva", "Mwangi", "Schneider", "Rahman",
         "Ortega", "Novak", "Aydin", "Fernandes", "Kimura", "Mensah", "Dubois", "Castillo", "Sharma")  # fmt: skip
COMMODITIES = ("wheat", "copper", "natural gas", "coffee", "cement", "fertiliser", "steel", "rice", "cobalt")
WEAPONS = ("drones", "artillery shells", "air defence systems", "armoured vehicles", "patrol boats")
CHARGES = ("corruption", "money laundering", "abuse of office", "tax evasion", "election fraud", "bribery")
DISASTERS = ("floods", "a landslide", "an earthquake", "wildfires", "a cyclone", "a cholera outbreak")
PARTIES = (
    "the ruling party",
    "the main opposition party",
    "a coalition of regional parties",
    "the centre-left bloc",
)


@dataclass(frozen=True)
class _Side:
    country: str
    demonym: str
    capital: str
    title: str
    name: str
    ministry: str
    city: str

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
    person: str  # an invented official, judge, spokesperson or witness
    commodity: str
    weapon: str
    charge: str
    disaster: str
    party: str

    @property
    def person_surname(self) -> str:
        return self.person.split()[-1]


_Template = Callable[[_Scene], str]

# Each template is a paragraph of wire copy of 20-45 words, grouped by the kind of story it
# belongs to. An article is written mostly from one group and partly from another, so two
# articles share few sentence frames: with a single pool every article used nearly every
# frame, their character 3-gram sets overlapped as much as near-duplicates do (Jaccard ~0.7,
# where unrelated real news is ~0.35), and near-duplicate detection treated the corpus as
# copies of itself. Together the groups cover what the stages look for: meetings,
# accusations, threats, arrests, attacks, agreements, aid, rulings, direct and indirect
# quotes, weekdays, months and figures, and capitals standing in for governments.
_DOMAINS: dict[str, tuple[_Template, ...]] = {
    "talks on {topic}": (
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
            f"The two leaders signed a memorandum on {s.topic} and pledged to hold regular talks, the "
            f"{s.a.demonym} {s.a.ministry} said in a statement."
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
            f"A senior {s.b.demonym} official, speaking on condition of anonymity, said the deal on {s.topic} "
            f"could be signed in {s.month} if {s.a.country} dropped its demand for guarantees."
        ),
        lambda s: (
            f"{s.a.country} will provide {s.number} million dollars in loans to {s.b.country} for {s.topic} "
            f"projects under the agreement, according to a document seen by reporters."
        ),
    ),
    "row over {topic}": (
        lambda s: (
            f"The {s.b.demonym} {s.b.ministry} accused {s.a.country} of failing to honour an earlier agreement on "
            f"{s.topic}, and urged {s.a.capital} to return to negotiations."
        ),
        lambda s: (
            f"{s.b.surname} warned that {s.b.country} could impose sanctions on {s.a.demonym} companies if the "
            f"dispute over {s.topic} was not settled by {s.month}."
        ),
        lambda s: (
            f"\u201cThis is a difficult moment for {s.topic}, but dialogue remains the only way forward,\u201d the "
            f"{s.b.demonym} {s.b.ministry} said."
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
            f"The {s.a.demonym} {s.a.ministry} summoned the {s.c.demonym} ambassador on {s.day} to protest "
            f"remarks about {s.topic} that it described as unacceptable."
        ),
        lambda s: (
            f"\u201cOur patience is not unlimited,\u201d {s.b.surname} said in a televised address on {s.day}, "
            f"adding that {s.b.country} would defend its interests on {s.topic} by every lawful means."
        ),
        lambda s: (
            f"Talks between {s.a.demonym} and {s.b.demonym} negotiators on {s.topic} broke down in {s.month} "
            f"after {s.a.capital} accused {s.b.capital} of blocking {s.number} shipments at the border."
        ),
    ),
    "protests in {city}": (
        lambda s: (
            f"Police in {s.b.city} fired tear gas and detained {s.number} {s.group} who had blocked the main "
            f"highway into the city since {s.day}, a police spokesman said."
        ),
        lambda s: (
            f"Thousands of {s.group} marched through central {s.b.capital} on {s.day} to demand the resignation of "
            f"the interior minister, carrying banners and chanting against rising prices."
        ),
        lambda s: (
            f"\u201cThey beat people who were sitting peacefully on the pavement,\u201d said {s.person}, a teacher "
            f"who joined the rally with her two sons. \u201cWe will come back tomorrow.\u201d"
        ),
        lambda s: (
            f"Rights groups said at least {s.number % 30 + 3} people were injured and called for an independent "
            f"inquiry into the use of force by riot police in {s.b.city}."
        ),
        lambda s: (
            f"The protests began after the government raised fuel prices by {s.number % 50 + 10} percent to meet "
            f"the terms of a loan, hitting commuters and small traders hardest."
        ),
        lambda s: (
            f"Organisers said {s.group} from other provinces would travel to {s.b.capital} by bus over the weekend, "
            f"despite a ban on gatherings near government buildings."
        ),
        lambda s: (
            f"{s.b.surname} said in a post on social media that violence would not be tolerated and that the "
            f"grievances of {s.group} would be heard through dialogue."
        ),
    ),
    "fighting near {city}": (
        lambda s: (
            f"{s.a.demonym} forces shelled positions outside {s.b.city} overnight, killing {s.number % 20 + 2} "
            f"soldiers and wounding dozens, the {s.b.demonym} military said on {s.day}."
        ),
        lambda s: (
            f"The {s.a.demonym} army said its troops had repelled an attack by {s.b.demonym} units and destroyed "
            f"several {s.weapon}, a claim that could not be independently verified."
        ),
        lambda s: (
            f"{s.c.country} announced it would send {s.weapon} worth {s.number} million dollars to {s.b.country}, "
            f"drawing a sharp warning from {s.a.capital}."
        ),
        lambda s: (
            f"\u201cEvery shell fired at our villages is a war crime,\u201d regional governor {s.person} told "
            f"reporters in {s.b.city}, standing beside the ruins of a school."
        ),
        lambda s: (
            f"Residents said the sound of explosions continued until dawn and that hundreds of families had fled "
            f"towards {s.b.capital} in cars loaded with mattresses and blankets."
        ),
        lambda s: (
            f"The United Nations Security Council will meet on {s.day} to discuss the escalation, diplomats said, "
            f"as calls grew for a ceasefire."
        ),
        lambda s: (
            f"A ceasefire agreed in {s.month} collapsed within weeks, with each side accusing the other of moving "
            f"{s.weapon} closer to the front line."
        ),
    ),
    "court ruling on {charge}": (
        lambda s: (
            f"A court in {s.b.capital} sentenced former minister {s.person} to {s.number % 12 + 3} years in prison "
            f"on {s.day} after finding him guilty of {s.charge}."
        ),
        lambda s: (
            f"Prosecutors said {s.person_surname} had received {s.number} million dollars in kickbacks from "
            f"contractors building a port in {s.b.city} between 2019 and 2022."
        ),
        lambda s: (
            f"\u201cThis verdict is political and we will appeal,\u201d defence lawyer {s.person} said outside the "
            f"courthouse, where supporters had gathered since early morning."
        ),
        lambda s: (
            f"The anti-corruption agency said it had frozen bank accounts and seized property linked to the case, "
            f"and that further arrests on charges of {s.charge} were possible."
        ),
        lambda s: (
            f"Judge {s.person} said the evidence showed a pattern of {s.charge} that had cost the state treasury "
            f"far more than the amounts named in the indictment."
        ),
        lambda s: (
            f"{s.party.capitalize()} called the ruling a victory for the rule of law, while allies of the former "
            f"minister said the trial had been rushed before the {s.month} vote."
        ),
    ),
    "election campaign": (
        lambda s: (
            f"Voters in {s.b.country} will elect a new parliament in {s.month}, with polls showing {s.party} "
            f"narrowly ahead after a campaign dominated by {s.topic} and inflation."
        ),
        lambda s: (
            f"{s.b.surname} told a rally of supporters in {s.b.city} that his government had created "
            f"{s.number} thousand jobs and would cut taxes for small businesses."
        ),
        lambda s: (
            f"The electoral commission said it had registered {s.number % 25 + 5} parties and that observers from "
            f"{s.c.country} and the African Union would monitor the vote."
        ),
        lambda s: (
            f"Opposition candidate {s.person} accused the government of using state television to attack its "
            f"rivals and promised to restore the independence of the courts."
        ),
        lambda s: (
            f"\u201cPeople are tired of promises; they want cheaper bread and safe streets,\u201d said {s.person}, "
            f"a political analyst at a university in {s.b.capital}."
        ),
        lambda s: (
            f"Turnout in the last election was {s.number % 30 + 45} percent, and both main camps have focused on "
            f"young voters in {s.b.city} and other large cities."
        ),
    ),
    "{disaster} relief": (
        lambda s: (
            f"Rescue teams in {s.b.country} searched for survivors on {s.day} after {s.disaster} struck villages "
            f"near {s.b.city}, killing at least {s.number % 60 + 5} people, officials said."
        ),
        lambda s: (
            f"{s.a.country} sent two cargo planes carrying tents, water purification units and medical supplies, "
            f"and pledged {s.number} million dollars for reconstruction."
        ),
        lambda s: (
            f"\u201cWe lost everything in ten minutes; the water came through the walls,\u201d said {s.person}, "
            f"who was sheltering with neighbours in a school gymnasium."
        ),
        lambda s: (
            "The World Health Organization warned of the risk of disease in crowded shelters and said it was "
            "shipping vaccines and water tablets to the affected districts."
        ),
        lambda s: (
            f"{s.b.surname} declared a state of emergency in three provinces and ordered the army to help clear "
            f"roads blocked by mud and fallen trees."
        ),
        lambda s: (
            f"Meteorologists said heavier rain than usual had fallen since {s.month}, and critics blamed "
            f"deforestation and poor drainage for the scale of the damage."
        ),
    ),
    "{commodity} market": (
        lambda s: (
            f"{s.b.country} will cut {s.commodity} exports by {s.number % 40 + 5} percent from {s.month} to protect "
            f"domestic supplies, the {s.b.demonym} {s.b.ministry} said on {s.day}."
        ),
        lambda s: (
            f"Prices of {s.commodity} rose to their highest level in two years after the announcement, traders "
            f"in {s.a.city} said, as buyers scrambled for alternative suppliers."
        ),
        lambda s: (
            f"The central bank raised its main interest rate by {s.number % 4 + 1} percentage points to curb "
            f"inflation, which reached {s.number % 15 + 6} percent last month."
        ),
        lambda s: (
            f"\u201cThe market was not ready for such a sudden change,\u201d said {s.person}, chief economist at "
            f"a brokerage in {s.a.city}. \u201cSmaller importers will suffer first.\u201d"
        ),
        lambda s: (
            f"{s.a.demonym} manufacturers, who buy most of their {s.commodity} from {s.b.country}, asked the "
            f"government in {s.a.capital} to negotiate an exemption."
        ),
        lambda s: (
            f"Exports of {s.commodity} earned {s.b.country} about {s.number} million dollars last year, making it "
            f"one of the largest sources of foreign currency."
        ),
    ),
}
_GENERAL: tuple[_Template, ...] = (
    lambda s: (
        f"{s.a.country} and {s.b.country} have clashed repeatedly over {s.topic} in recent years, although "
        f"trade between them grew by {s.number % 40 + 2} percent last year."
    ),
    lambda s: (
        f"The {s.c.demonym} {s.c.ministry} said on {s.day} it was following events closely and called on "
        f"all sides to avoid steps that could raise tension."
    ),
    lambda s: (
        f"{s.c.country} and {s.a.country} held joint naval exercises on {s.day}, a move {s.b.demonym} "
        f"officials described as a provocation."
    ),
    lambda s: (
        f"Opposition leaders in {s.b.capital} criticised {s.b.surname} for his handling of the crisis and said "
        f"they would raise the matter in parliament in {s.month}."
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
        person=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        commodity=rng.choice(COMMODITIES),
        weapon=rng.choice(WEAPONS),
        charge=rng.choice(CHARGES),
        disaster=rng.choice(DISASTERS),
        party=rng.choice(PARTIES),
    )


def _paragraphs(rng: random.Random, scene: _Scene, primary: str, words: int) -> list[str]:
    """Most of the primary group's paragraphs first, then two other groups' and the general
    ones; once all are used, templates are rendered again with fresh fillers."""
    first = list(_DOMAINS[primary])
    rng.shuffle(first)
    rest = list(_GENERAL)
    for other in rng.sample([d for d in _DOMAINS if d != primary], 2):
        rest += _DOMAINS[other]
    rng.shuffle(rest)
    queue = first[:-2] + rest
    out: list[str] = []
    seen: set[str] = set()
    count = 0
    while count < words:
        if not queue:
            queue = first + rest
            scene = _scene(rng, scene.a, scene.b)
        para = queue.pop(0)(scene)
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
    primary = rng.choice(list(_DOMAINS))
    scene = _scene(rng, a, b)
    paragraphs = _paragraphs(rng, scene, primary, words)
    agency = rng.choice(AGENCIES)
    published = wire_date(n, seed=seed)
    subject = primary.format(topic=scene.topic, city=b.city, charge=scene.charge, disaster=scene.disaster,
                             commodity=scene.commodity)  # fmt: skip
    headline = f"{b.country}: {subject[0].upper()}{subject[1:]} ({n})"
    stamp = f"{published:%B} {published.day}, {published.year} {published:%I:%M %p} GMT"
    first = f"{b.capital.upper()}, {published:%b} {published.day} ({agency}) - {paragraphs[0]}"
    return "\n\n".join([headline, stamp, first, *paragraphs[1:]]) + "\n"


def wire_corpus(count: int, *, words: int = 400, seed: int = 0) -> Iterator[str]:
    for n in range(count):
        yield wire_article(n, words=words, seed=seed)
