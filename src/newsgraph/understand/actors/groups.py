"""Participants named by a description, not a name: groups, institutions and nameless office holders.

"Three ousted high-ranking FBI officials", "Iraqi police", "three Iraqis", "the Sudanese government", "the
interior minister": later stages need each as a participant, so each becomes an entity of its own when a
modifier ties it to an actor, unless it only describes someone the article names (then `references` joins
the two).
"""

from __future__ import annotations

import re

from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span

from newsgraph.understand.actors.chunks import DASHES, noun_chunks, phrase_head
from newsgraph.understand.actors.clauses import clause_chunks
from newsgraph.understand.actors.clusters import DETERMINERS, Draft, head_noun
from newsgraph.understand.actors.keys import fold
from newsgraph.understand.actors.placing import NOT_HOME
from newsgraph.understand.actors.plurals import plural_of, singular_of
from newsgraph.understand.actors.sites import POSTS, custody_place
from newsgraph.understand.actors.titles import PERSON_NOUNS, SPEAKERS

_NOUN_POS = frozenset({NOUN, PROPN})
_PLURAL_TAGS = frozenset(get_string_id(t) for t in ("NNS", "NNPS"))  # TAG ids
_POLICE = get_string_id("police")  # a LOWER id
# Descriptor roles that name institutions rather than people: a plural with one of these is no group of actors.
_NOT_GROUP_ROLES = frozenset({"IGO", "PPL"})
# Roles of a state's own organs and of armed groups: their bare singular acting ("The army said") is an actor.
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "REB", "OPP"})
# Roles of offices held by a few named people: their plural without a country points back at them.
_OFFICES = frozenset({"GOV", "LEG", "MIL", "OPP"})
# Hardware nouns that are armed forces only when a country owns them ("Israeli jets", "U.S. helicopters"); an
# airline's jets or a think tank are not; nor is a builder's bulldozer, but "Israeli bulldozers" razing homes are
# an army's. Their role (MIL) is in roles.yaml.
_HARDWARE = frozenset({"jets", "helicopters", "tanks", "gunboats", "drones", "bulldozers"})
_HARDWARE_MODIFIERS = frozenset({"military", "fighter", "attack", "combat", "armed", "army", "air", "force", "-"})
_LED = re.compile(r"-(led|backed|based|allied)$")
# Roles of a person's trade or side: one soldier, militant, policeman or protester is an actor of the role.
_PEOPLE_ROLES = frozenset({"MIL", "COP", "REB", "CVL", "LAB", "EDU", "MED", "HLH", "REF", "CRM", "SEP", "NGO", "AGR"})
# Plurals with such a role that name no people: what troops man, crowds and families.
_NOT_PEOPLE = frozenset({"bombers", "patrols", "convoys", "checkpoints", "warplanes", "gunships", "warships", "submarines",
                         "crowds", "families", "people", "communities", "outposts"})
# Words that pick out one person: "a soldier", "one policeman", "another protester".
_ONE = frozenset({"a", "an", "one", "another", "the", "this", "that"})
# Nouns for what a court hands down: the court compound in front of one gave it.
_RULINGS = frozenset({"decision", "ruling", "order", "verdict", "judgment", "judgement", "injunction"})


def add_groups(draft: Draft) -> None:
    """Groups ("Four senior FBI officials"), institutions and nameless office holders the model did not tag."""
    doc = draft.doc
    if not doc.has_annotation("DEP"):
        return
    # Only a chunk with a plural noun or "police" in it can have one for its root, or a chunk whose last word
    # ends a title ("the interior minister").
    plural = [
        t in _PLURAL_TAGS or w == _POLICE for t, w in zip(draft.index.tag, draft.index.lower, strict=True)
    ]
    texts = draft.index.texts
    # A wire lead's first word follows its dateline's dash ("BAGHDAD (Reuters) - Gunmen kidnapped ..."): it opens
    # the story as a sentence's first word does.
    lead_starts = [i + 1 for i, t in enumerate(texts[:40]) if t in DASHES and i + 1 < len(texts)]
    for i in [*draft.index.sent_tokens, *lead_starts]:
        # The tagger calls a capitalised plural opening a sentence ("Rebels in Darfur ...") a proper noun.
        if (
            i < len(plural)
            and draft.index.folded[i].endswith(("s", "men"))  # "Rebels", "Gunmen"
            and (draft.index.folded[i],) in draft.d.descriptors
        ):
            plural[i] = True
    title_ends = draft.d.title_ends
    desc_ends = draft.d.descriptor_ends
    for start, end, label in clause_chunks(draft, noun_chunks(draft.index)):
        chunk = Span(doc, start, end, label=label) if any(plural[start:end]) else None
        if chunk is not None and plural[chunk.root.i]:
            first = _first_of_two(draft, chunk)
            if first is not None:  # "The government and communist rebels": two actors, each a group of its own
                if plural[first.root.i]:
                    _plural_group(draft, first)
                else:
                    _lone_body(draft, first)
                chunk = draft.doc[first.end + 1 : chunk.end]
            for part in _unglued(draft, chunk, plural):
                _plural_group(draft, part)
            continue
        parts = _unglued(draft, chunk or Span(doc, start, end, label=label), plural)
        if len(parts) > 1:
            # "Chechen Rebels Seize School": the group noun before the headline's verb heads a group of its own
            draft.add_group(parts[0], parts[0].end - 1, "organisation")
            continue
        # A singular head, even with a plural modifier ("the appeals court"): an office holder or institution; not
        # when the modifier is a group noun itself ("U.S. Troops Battle Militia": a headline's glued words).
        if chunk is not None and any(
            plural[i] and draft.index.folded[i] != "police" and (draft.index.folded[i],) in draft.d.descriptors
            for i in range(start, end)
        ):
            continue  # ("a police station" is the police's own place)
        chunk = chunk or Span(doc, start, end, label=label)
        if title_ends is None or draft.index.folded[end - 1] in title_ends:
            _titled_nameless(draft, chunk)
        if desc_ends is None or draft.index.folded[end - 1] in desc_ends:
            _institution(draft, chunk)
        _ruling_court(draft, chunk)
        _national_person(draft, chunk)
        _role_person(draft, chunk)
    _join_headline_groups(draft)


def _unglued(draft: Draft, chunk: Span, plural: list[bool]) -> list[Span]:
    """ "Shiite militiamen battle U.S. troops": a headline's subject, verb and object the parser read as one noun
    phrase are two groups, cut after the first group noun ("militiamen") that is a descriptor of its own and forms
    no longer one with the words after it; the word after it (the verb) belongs to neither."""
    title = next((b for b in draft.article.blocks if b.kind == "title"), None)
    if title is None or chunk.start_char >= title.end:
        return [chunk]
    folded = draft.index.folded
    for i in range(chunk.start, chunk.root.i - 1):
        if (
            (plural[i] or folded[i].endswith(("s", "men")))  # the tagger calls a glued "militiamen" singular
            and folded[i] != "police"
            and (folded[i],) in draft.d.descriptors
            and tuple(folded[i : chunk.root.i + 1]) not in draft.d.descriptors
        ):
            return [draft.doc[chunk.start : i + 1], draft.doc[i + 2 : chunk.end]]
    return [chunk]


def _join_headline_groups(draft: Draft) -> None:
    """A headline's bare group ("Arafat in critical condition: aides") is the one group or organisation the body
    names with the same noun ("Arafat's senior aides"): one entity, coded from the body's fuller phrase."""
    title = next((b for b in draft.article.blocks if b.kind == "title"), None)
    if title is None:
        return
    # The body's group may be a name the dictionary knows ("U.S. Marines" for a headline's "Marines").
    groups = [c for c in draft.clusters.values() if (c.group or c.kind == "organisation") and c.names]
    headline = [
        c
        for c in draft.clusters.values()
        if c.names and c.kind == "organisation" and c.entry is None and all(m.start < title.end for m in c.names)
    ]
    for c in headline:
        # A bare group noun ("aides"), or the body's group in title case ("Chechen Rebels": "Chechen rebels"), or a
        # group phrase the body names more fully.
        words = fold(c.names[0].text)
        body = [
            o
            for o in groups
            if o is not c
            and o.first >= title.end
            and (
                fold(o.names[0].text) == words
                or (c.group and " " not in words and fold(o.names[0].text).split()[-1] == words)
                or (c.group and fold(o.names[0].text).endswith(" " + words))  # "Aid worker": "a Dutch aid worker"
            )
        ]
        if len(body) != 1:
            continue
        target = body[0]
        target.names.extend(c.names)
        target.first = min(target.first, c.first)
        draft.timeline = [(start, target.key if key == c.key else key) for start, key in draft.timeline]
        del draft.clusters[c.key]


def _plural_group(draft: Draft, chunk: Span) -> None:
    """A plural descriptor phrase ("Iraqi police", "three Iraqis", "Israeli jets") as a group of its own."""
    doc, head = draft.doc, chunk.root
    role = _group_role(draft, chunk)
    if role is None and head.lower_.endswith("s") and _tied(draft, chunk, head.i):
        # "the Syrian leaders": a plural of a title with a country names a group of office holders ("the
        # two presidents" only points back at people named before).
        role = draft.d.title_role([head.lower_[:-1]])
    titled = head.lower_.endswith("s") and head.i > chunk.start
    if titled and _opposition_plural(draft, head.i):
        # "opposition leaders", "opposition lawmakers": the plural of an opposition title is a group of the
        # opposition's politicians, not office holders the article named before ("their presidents").
        role = "OPP"
    else:
        titled = False
    if role is None and (_nationals(draft, head.i) or _national_people(draft, chunk)):
        # "three Iraqis", "Palestinians", "15 British sailors": the country's people, coded by the country alone.
        draft.add_group(chunk, head.i, "organisation")
        return
    # A community noun ("Kurds", "Islamists", "Hindu nationalists") has the role "": a group all the same.
    if (not role and not (role == "" and head.i == chunk.end - 1)) or role in _NOT_GROUP_ROLES:
        return
    if draft.ent_at[head.i] >= 0 and draft.ents[draft.ent_at[head.i]].label_ in ("ORG", "PERSON") and not _lone_role_noun(
        draft, head.i
    ):
        return  # the model already named it ("FBI Agents Association"), unless its "name" is the role noun alone
    if draft.index.folded[head.i] in _HARDWARE and not _national_hardware(draft, chunk):
        return  # "the jets", "Lufthansa jets", "think tanks": only a country's jets are its armed forces
    office = draft.d.title_role([head.lower_[:-1]]) if head.lower_.endswith("s") else None
    # "union leaders" are a union's (LAB), not holders of an office "leader" names; "Western diplomats" are set apart
    # from the story's own, so they are no office holders it named before either.
    if (
        office in _OFFICES
        and office == role
        and not titled
        and not _tied(draft, chunk, head.i)
        and not _collective(draft, chunk, role)
        and not any(draft.index.folded[t.i] in NOT_HOME for t in chunk)
        and _titled_before(draft, chunk)
    ):
        return  # "their presidents", "the ministers": office holders the article names, not a group
    end = head.i
    if draft.index.texts[end + 1 : end + 3] == ["-", "by"]:
        end += 2  # "passers-by": the tokenizer splits the word, the group keeps it whole
    draft.add_group(chunk, end, "organisation")
    for mod in chunk:
        # "Afghan and U.S.-led troops": the second modifier's troops are an actor of their own.
        if mod.dep_ == "conj" and mod.head.head.i == head.i and mod.head.dep_ in ("amod", "compound", "nmod"):
            draft.add_group(doc[mod.i : head.i + 1], head.i, "organisation")


def _first_of_two(draft: Draft, chunk: Span) -> Span | None:
    """ "The government and communist rebels", "Police and opposition supporters": the parser reads two actors
    joined by "and" as one phrase, the first noun a modifier of the second's, with the second's own modifier its
    conjunct. When that first noun is a role noun of its own ("government", "police"), the phrase names two actors
    (each with its role): the first one's words, up to "and"; None when the phrase is one actor ("Israeli and
    Palestinian negotiators" are two sides of one noun, which `_plural_group` parts)."""
    root = chunk.root
    for tok in chunk:
        if tok.i >= root.i or tok.head.i != root.i or tok.dep_ not in ("nmod", "compound") or tok.pos not in _NOUN_POS:
            continue
        # The second conjunct may be hung on it or be the root itself ("Sudan's government and southern rebels").
        joined = [c for c in tok.children if c.dep_ == "cc" and c.lower_ == "and" and c.i == tok.i + 1]
        if joined:
            role = draft.d.descriptors.get((draft.index.folded[tok.i],))
            # Its own words: "Sri Lanka's government"; "the" of "The government and ..." hangs on the second noun.
            return draft.doc[max(tok.left_edge.i, chunk.start) : tok.i + 1] if role and role not in _NOT_GROUP_ROLES else None
    return None


def _lone_body(draft: Draft, part: Span) -> None:
    """The first of two actors joined by "and" when its noun is singular ("The government and ..."): a state's organ
    or an armed group of its own, unless the article named one with that noun before (then it is that one)."""
    word = draft.index.folded[part.root.i]
    if _group_role(draft, part) in _STATE_ROLES and not any(
        head_noun(m.text) == word for c in draft.clusters.values() for m in c.names
    ):
        draft.add_group(part, part.root.i, "organisation")


def _lone_role_noun(draft: Draft, i: int) -> bool:
    """ "Fighters attacked ...", "Hostages were freed": the model's one-word PERSON or ORG is the capitalised
    role noun itself, not a name (names.py does not take it for one either)."""
    ent = draft.ents[draft.ent_at[i]]
    return len(ent) == 1 and (draft.index.folded[i],) in draft.d.descriptors and draft.d.find(ent.text) is None


def _collective(draft: Draft, chunk: Span, role: str) -> bool:
    """ "Lawmakers voted ...", "several legislators": members of a legislature are a body of many, not office
    holders the article named before, unless "the" or a possessive points back ("the lawmakers", "their MPs")."""
    return role == "LEG" and not any(t.lower_ in ("the", "these", "those") or t.tag_ == "PRP$" for t in chunk)


def _titled_before(draft: Draft, chunk: Span) -> bool:
    """Whether the article used the title before: "the ministers" after "Foreign Minister X and Defence Minister
    Y" points back at them; with no minister named before, "the ministers met" introduces a group of its own.
    A title before names ("Presidents Anna Berg and Jan Novak") is theirs too."""
    after = chunk.end
    if after < len(draft.doc) and draft.ent_at[after] >= 0 and draft.ents[draft.ent_at[after]].label_ == "PERSON":
        return True
    plural = draft.index.folded[chunk.root.i]
    return any(w in (plural, plural[:-1]) for w in draft.index.folded[: chunk.start])


def _national_hardware(draft: Draft, chunk: Span) -> bool:
    """ "Israeli jets", "two U.S. helicopters", "Russian and Syrian warplanes": military hardware a country
    adjective or name owns, with nothing else in front (no company, no "think" before "tanks")."""
    country = False
    for t in chunk:
        if t.i == chunk.root.i:
            continue
        if draft.ent_at[t.i] >= 0 and draft.ents[draft.ent_at[t.i]].label_ in ("GPE", "NORP"):
            country = country or draft.d.country_of(_LED.sub("", t.text)) is not None or t.dep_ == "compound"
        elif not (t.pos_ in ("DET", "NUM", "CCONJ", "PUNCT") or t.lower_ in _HARDWARE_MODIFIERS):
            return False
    return country


def _national_person(draft: Draft, chunk: Span) -> None:
    """ "a Turkish truck driver", "an Iraqi man", "an American contractor": one person the text names by their
    nationality and a common noun for people (a hostage, a victim) is an actor of that country."""
    if draft.index.folded[chunk.end - 1] not in PERSON_NOUNS:
        return  # the head ends the phrase: read no parse for the rest
    head = chunk.root
    if (
        head.i != chunk.end - 1
        or draft.index.folded[head.i] not in PERSON_NOUNS
        or not head.is_lower
        or draft.ent_at[head.i] >= 0
    ):
        return
    if _names_person(draft, head.i + 1) or (head.dep_ == "appos" and _names_person(draft, head.head.i)):
        return  # "Turkish driver Ali Demir", "Ali Demir, a Turkish driver": it says who the named one is
    nationality = [
        t
        for t in chunk
        if t.dep_ in ("amod", "compound")
        and draft.ent_at[t.i] >= 0
        and draft.ents[draft.ent_at[t.i]].label_ in ("NORP", "GPE")
        and draft.d.country_of(t.text) is not None
    ]
    if nationality:
        draft.add_group(chunk, head.i, "person")


# Singular nouns whose plural the role table holds but that name a role's place, body or deed, not one of its
# people: "a hospital" (HLH), "the village" (CVL), "the uprising" (REB), "the newspaper" (MED).
_NOT_ONE_PERSON = frozenset(
    {"hospital", "clinic", "school", "university", "college", "academy", "newspaper", "paper", "daily", "weekly",
     "magazine", "channel", "station", "base", "camp", "post", "village", "town", "city", "neighbourhood",
     "neighborhood", "settlement", "district", "quarter", "suburb", "uprising", "insurgency", "rebellion", "revolt",
     "revolution", "mutiny", "strike", "protest", "demonstration", "rally", "march", "court", "ministry", "company",
     "firm", "bank", "party", "union", "movement", "group", "faction", "wing", "cell", "network", "force", "army",
     "militia", "police", "government", "agency", "office", "department", "council", "committee", "church", "mosque",
     "temple", "prison", "jail", "ship", "vessel", "plane", "aircraft", "vehicle", "car", "truck", "bus"}
)


def _person_noun(word: str) -> bool:
    """Whether a common noun names one person rather than a role's place, body or deed."""
    return word not in _NOT_ONE_PERSON


def _role_person(draft: Draft, chunk: Span) -> None:
    """ "a soldier was killed", "police shot a protester", "a militant": one person the text names by a common noun
    whose plural is a group with a role (soldiers MIL, protesters CVL) is an actor of that role, placed as its group
    would be; not one a name follows or stands beside ("soldier John Smith"), nor one a person named before holds."""
    head = phrase_head(chunk)
    if head.i != chunk.end - 1 or not head.is_lower or head.tag_ != "NN" or draft.ent_at[head.i] >= 0:
        return
    word = draft.index.folded[head.i]
    if not _person_noun(word):
        return  # "a hospital", "the village", "the uprising": a role's place or deed, no one person
    plural = plural_of(word)
    words = [draft.index.folded[i] for i in range(chunk.start, head.i)]
    role = draft.d.head_role([*words, plural])
    if not role or role not in _PEOPLE_ROLES or plural in _HARDWARE | _NOT_PEOPLE or draft.d.title_role([word]):
        return  # a title ("the minister") is `_titled_nameless`'s; "a bomber" and "a patrol" are no one person
    if not any(t.lower_ in _ONE for t in chunk):
        return  # "soldier training", a bare noun: no one person picked out
    if _names_person(draft, head.i + 1) or (head.dep_ == "appos" and _names_person(draft, head.head.i)):
        return
    if any(c.kind == "person" and word in c.heads for c in draft.clusters.values()):
        return
    draft.add_group(chunk, head.i, "person")


def _national_people(draft: Draft, chunk: Span) -> bool:
    """ "15 British sailors", "two Japanese fishermen": the plural of a common noun for one person, with a
    nationality in front, names people of that country whatever their trade (the plural of `_national_person`)."""
    head = chunk.root
    word = draft.index.folded[head.i]
    single = singular_of(word)
    if single not in PERSON_NOUNS or not head.is_lower or draft.ent_at[head.i] >= 0:
        return False
    return any(
        t.dep_ in ("amod", "compound")
        and draft.ent_at[t.i] >= 0
        and draft.ents[draft.ent_at[t.i]].label_ in ("NORP", "GPE")
        and draft.d.country_of(t.text) is not None
        for t in chunk
    )


def _names_person(draft: Draft, i: int) -> bool:
    return i < len(draft.doc) and draft.ent_at[i] >= 0 and draft.ents[draft.ent_at[i]].label_ == "PERSON"


def _ruling_court(draft: Draft, chunk: Span) -> None:
    """ "a lower court decision", "an appeals court ruling": the court that gave the ruling is an actor."""
    if draft.index.folded[chunk.end - 1] not in _RULINGS:
        return
    head = chunk.root
    if draft.index.folded[head.i] not in _RULINGS or head.i == chunk.start:
        return
    court = draft.doc[head.i - 1]
    if court.dep_ != "compound" or draft.index.folded[court.i] not in ("court", "tribunal"):
        return
    if draft.ent_at[court.i] >= 0:
        return  # a named court ("a Supreme Court ruling") is the model's name already
    if court.i - chunk.start < 2 and not any(t.pos_ == "ADJ" or t.tag_ == "NNS" for t in chunk[: court.i - chunk.start]):
        return  # a bare "the court ruling": the court the article names elsewhere
    draft.add_group(chunk[: court.i - chunk.start + 1], court.i, "organisation")


def _nationals(draft: Draft, head: int) -> bool:
    """A nationality noun heading its own phrase ("two Japanese", "Afghans"), not an adjective ("Afghan troops")."""
    e = draft.ent_at[head]
    tok = draft.doc[head]
    return (
        e >= 0
        and draft.ents[e].label_ == "NORP"
        and tok.dep_ not in ("amod", "compound", "poss")
        and draft.d.country_of(tok.text) is not None
    )


def _opposition_plural(draft: Draft, head: int) -> bool:
    """Whether the plural at `head` and the word before it are an opposition title ("opposition lawmakers")."""
    return draft.d.title_role([draft.index.folded[head - 1], draft.index.folded[head][:-1]]) == "OPP"


def _tied(draft: Draft, chunk: Span, head: int) -> bool:
    """Whether a name other than the head ties the chunk to a country or organisation."""
    return any(
        draft.ent_at[t.i] >= 0 and draft.ents[draft.ent_at[t.i]].label_ in ("ORG", "GPE", "NORP")
        for t in chunk
        if t.i != head
    )


def _institution(draft: Draft, chunk: Span) -> None:
    """An institution named by its descriptor ("the Sudanese government", "Ukrainian TV", "the Bush
    administration", "the interior ministry") that the model did not tag: an actor all the same.

    Not when a named organisation of the article has that head noun (then "the ministry" describes it, and
    `resolve_descriptions` joins the two)."""
    head = chunk.root
    if head.i != chunk.end - 1 or head.pos_ not in ("NOUN", "PROPN") or len(chunk) > 6:
        return
    if draft.d.title_role([head.text]) is not None:
        return  # a title ("Saudi Minister"): a person's, never an institution
    if any(draft.ent_at[t.i] >= 0 and draft.ents[draft.ent_at[t.i]].label_ == "FAC" for t in chunk):
        return
    if draft.ent_at[head.i] >= 0:
        return
    if head.dep_ == "appos" and draft.ent_at[head.head.i] >= 0:
        return  # "Halvorsen, the Norwegian shipping firm": it says what the name is, and the name is the actor
    role = _group_role(draft, chunk)
    if not role or role in _NOT_GROUP_ROLES:
        return
    word = draft.index.folded[head.i]
    if word in POSTS and custody_place(head):
        return  # "was taken to a police station": where he was held, not the police's men
    pair = tuple(draft.index.folded[head.i - 1 : head.i + 1])
    if (word,) in draft.d.agent_only and not (pair in draft.d.descriptors and pair not in draft.d.agent_only):
        # Phoenix's role nouns include events and abstractions ("uprising"): only our own name bodies ("police
        # station", not a bare "station")
        return
    if any(
        c.kind in ("organisation", "media")
        and not c.group
        and any(head_noun(m.text) == word and not _descriptive(draft, m.text) for m in c.names)
        for c in draft.clusters.values()
    ):
        return
    if (len(chunk) == 1 or (len(chunk) == 2 and chunk[0].lower_ in DETERMINERS)) and not _bare_acting(draft, chunk):
        return  # a bare "the government" is a description, not a name; the actor stage reads it in context
    draft.add_group(chunk, head.i, "organisation")


def _bare_acting(draft: Draft, chunk: Span) -> bool:
    """ "The army said ...", "The military killed ...", "accused the government", "marched on parliament": a bare
    state organ, armed group or opposition that acts or is acted on is an actor of its own, when nothing else in
    the article has its head noun (then it is that one: "the Sudanese government ... the government said")."""
    head = chunk.root
    role = _group_role(draft, chunk)
    if role == "MED" and head.dep_ == "nsubj":
        # "The newspaper said", "Television showed": an outlet the story does not name, reporting, is an actor of
        # its own; one spoken to ("told the media") is the audience of a statement.
        return not any(head_noun(m.text) == draft.index.folded[head.i] for c in draft.clusters.values() for m in c.names)
    if role not in _STATE_ROLES:
        return False  # "the company", "the union": a party the story names otherwise, not a state's organ
    # Acting or acted on: "The army said", "accused the government", "marched on parliament", "talks with the
    # government", "an attack on the embassy", "the army's offensive".
    if head.dep_ == "conj" and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.i < head.i:
        head = head.head  # "Maoist rebels and the government agreed": it acts as the first of the two does
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "poss"):
        return False
    word = draft.index.folded[chunk.root.i]
    return not any(head_noun(m.text) == word for c in draft.clusters.values() for m in c.names)


def _descriptive(draft: Draft, name: str) -> bool:
    """A title-case headline's description, not a name: "Turkish Company", "Iraqi Police" are a country word and
    descriptor words only, so they do not stand for the body's "a Turkish construction company"."""
    words = name.split()
    return len(words) > 1 and draft.d.country_of(words[0]) is not None and draft.d.head_role(words[1:]) is not None


def _owner(draft: Draft, i: int) -> bool:
    """Whether the name at token `i` says whose office a title is: a country or nationality ("Pakistan's",
    "French"), or an organisation that owns it ("the EU's foreign policy chief")."""
    ent = draft.ents[draft.ent_at[i]]
    if ent.label_ in ("GPE", "NORP"):
        return True
    return ent.label_ == "ORG" and ent.end < len(draft.doc) and draft.index.texts[ent.end] in ("'s", "’s")


def _titled_nameless(draft: Draft, chunk: Span) -> None:
    """An office holder the text names by title alone ("the interior minister said"): an actor all the same.

    Not when a name follows (the title is that name's) or when a person named earlier holds the title (then
    it is a description of that person, which `resolve_descriptions` joins to them)."""
    head = chunk.root
    # A capitalised title stands before a name ("Saudi Minister of State Faisal ..."); one standing alone in
    # lower case is the nameless office holder, when something picks one out: "the", "a", "Pakistan's",
    # "French" (a bare "justice" in "face justice" is no person).
    if len(chunk) < 2 or chunk[0].pos_ not in ("DET", "PRON", "ADJ", "PROPN"):
        return
    if (
        not head.is_lower
        or head.i != chunk.end - 1
        or any(draft.ent_at[t.i] >= 0 and not _owner(draft, t.i) for t in chunk)
    ):
        return
    nxt = chunk.end
    if nxt < len(draft.doc) and draft.ent_at[nxt] >= 0 and draft.ents[draft.ent_at[nxt]].label_ == "PERSON":
        return
    role = None
    for n in range(min(draft.d.title_max, len(chunk)), 0, -1):
        role = draft.index.title_at(chunk.end - n, chunk.end, draft.d)
        if role is not None:
            break
    if role is None or (
        role == ""
        and not any(draft.ent_at[t.i] >= 0 for t in chunk)
        and not _sector(draft, chunk)
        and draft.index.folded[head.i] not in SPEAKERS
    ):
        # "the director" names no sector: only a named person's description; "an Iraqi official", "a military
        # spokesman" and a spokesman, who speaks for a body whether or not the text names it, do
        return
    word = draft.index.folded[head.i]
    if any(c.kind == "person" and word in c.heads for c in draft.clusters.values()):
        return
    draft.add_group(chunk, head.i, "person")


def _sector(draft: Draft, chunk: Span) -> bool:
    """Whether a body noun before the title names the holder's sector: "a military spokesman", "a defence ministry
    official", "a police spokesman" (the body's role, in roles.yaml's descriptors)."""
    words = [draft.index.folded[i] for i in range(chunk.start, chunk.root.i)]
    return bool(words) and draft.d.head_role(words) not in (None, "")


def _group_role(draft: Draft, chunk: Span) -> str | None:
    head = chunk.root.i
    folded = draft.index.folded
    if draft.d.descriptor_ends is not None and folded[head] not in draft.d.descriptor_ends:
        return None  # every phrase looked up ends with the head
    for n in range(min(draft.d.descriptor_max, head - chunk.start + 1), 0, -1):
        role = draft.d.descriptors.get(tuple(folded[head - n + 1 : head + 1]))
        if role is not None:
            return role
    return None

