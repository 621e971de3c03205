"""Named mentions and their clusters: what the parse names, and which names are the same thing.

Names come from the parse's entities (the statistical NER corrected by the dictionary's ruler), with the
model's slips undone: a title taken into a name, a fragment of a title taken for one, a headline's capitalised
verb glued to a surname, a country name that is a US state. One-word names then join a cluster: the surname
of a person named in full, the acronym of an organisation, or a name of their own.
"""

from __future__ import annotations

import re

from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Span

from newsgraph.model import Mention
from newsgraph.understand.actors.clauses import clause_names
from newsgraph.understand.actors.clusters import DETERMINERS, SPEECH_VERBS, BodyWords, Draft
from newsgraph.understand.actors.described import described_names, describes_organisation
from newsgraph.understand.actors.dictionary import ActorDictionary
from newsgraph.understand.actors.keys import fold
from newsgraph.understand.actors.known import (
    body_surname,
    known_shape,
    known_surname,
    surname_of_known_people,
    untagged_people,
)
from newsgraph.understand.actors.references import headline_short_forms
from newsgraph.understand.actors.titled import titled_names
from newsgraph.understand.actors.titles import NATIONALS, descriptor_before, premodifiers
from newsgraph.understand.docview import DocIndex

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_DETERMINER_IDS = frozenset(get_string_id(w) for w in DETERMINERS)  # LOWER ids
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_STOP = frozenset({"the", "of", "and", "for", "on", "in", "to", "&", "de"})
# Words right after an ambiguous name that only a US state takes ("Georgia Gov. Brian Kemp", "Georgia voters").
_STATE_CUES = frozenset(
    {
        "gov.",
        "governor",
        "state",
        "republicans",
        "democrats",
        "voters",
        "county",
        "legislature",
        "lawmakers",
        "senate",
    }
)
# Roles of institutions a lower-case noun before a name can declare it to be ("the airline Fennair").
_INSTITUTION_ROLES = frozenset({"BUS", "MED", "NGO", "GOV", "JUD", "EDU", "HLH", "LAB"})
_CARRIERS = frozenset(
    {"carrier", "airline", "operator", "insurer", "lender", "retailer", "broadcaster", "daily"}
)
_CONGO_REPUBLIC = frozenset({"brazzaville", "congo-brazzaville", "republic of the congo", "congo republic"})
_FREE_DASHES = frozenset({"-", "–", "—", "--"})
_INITIAL = re.compile(r"^[A-Z]\.$")
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ad|ash|an|ar)-(?=[A-Z])")


def add_names(draft: Draft) -> None:
    """Every name the article gives, in clusters, with each one-word name joined to the name it shortens."""
    named = clause_names(draft, _collect_names(draft), lambda span: _classify(draft, span, "ORG"))
    _build_clusters(draft, headline_short_forms(draft, _headline_names(draft, named)))


def _collect_names(draft: Draft) -> list[tuple[Span, str]]:
    """Named spans with a provisional kind; single-word persons are resolved after all full names are known."""
    pending: list[tuple[Span, str]] = []
    for ent in draft.ents:
        if ent.label_ not in NAME_LABELS:
            # An unknown name the model calls a product or work ("Montsame") right after a descriptor
            # ("the state news agency") is an organisation; a known person's surname ("Musharraf") a person.
            if ent.label_ in ("PRODUCT", "WORK_OF_ART", "EVENT") and descriptor_before(
                draft.index, ent.start, draft.d
            ):
                pending.append((ent, "org"))
            elif ent.label_ in ("PRODUCT", "WORK_OF_ART") and known_surname(draft, ent):
                pending.append((ent, "person"))
            continue
        span = _strip(draft.index, ent, draft.d)
        if span is None or not span.text.strip() or _part_of_title(draft, span):
            continue
        parts = known_shape(draft, span) if ent.label_ in ("PERSON", "ORG") else [span]
        if [(p.start, p.end) for p in parts] != [(span.start, span.end)]:
            pending += [(p, _classify(draft, p, _shaped_label(draft, p, ent.label_))) for p in parts]
            continue
        ent_id = ent.ent_id_
        if not ent_id and (_role_noun(draft, span, ent.label_) or _group_modifier(draft, span, ent.label_)):
            continue  # "Gunmen killed ...", "Hutu rebels": words of a group `groups` finds, not a name of their own
        if ent_id.startswith("country:"):
            pending += [*_first_of_pair(draft, span), (span, "country:" + ent_id.split(":")[1])]
        elif ent_id.startswith("city:"):
            pending.append((span, ent_id))
        elif ent_id.startswith("norp:"):
            if span.text.endswith("s") and fold(span.text) in draft.d.adjectivals:
                pending.append((span, "group-norp:" + ent_id.split(":")[1]))
            elif span.root.dep_ == "amod" and span.root.head.lemma_.lower() in STATE_ACTS and not _against(span):
                pending.append((span, "country:" + ent_id.split(":")[1]))  # "an Israeli air strike": Israel acts
        elif ent.label_ == "PERSON":
            stripped = _strip_titles(draft, span)
            if stripped is not None:
                pending.append((stripped, _classify(draft, stripped, ent.label_)))
        else:
            pending.append((span, _classify(draft, span, ent.label_)))
    untagged = untagged_people(draft)
    untagged += [p for p in described_names(draft.index, draft.d) if all(p[0].start != q[0].start for q in untagged)]
    untagged += [p for p in titled_names(draft) if all(p[0].start != q[0].start for q in untagged)]
    return sorted(pending + untagged, key=lambda p: p[0].start)


def _first_of_pair(draft: Draft, span: Span) -> list[tuple[Span, str]]:
    """ "North and South Korea": the first word before "and" is a country of its own when it and the rest of the
    country's name after it make one ("North Korea"); the model tags only the second ("South Korea")."""
    doc, i = draft.doc, span.start
    if len(span) < 2 or i < 2 or doc[i - 1].lower_ != "and" or not doc[i - 2].is_title:
        return []
    iso3 = draft.d.country_of(" ".join([doc[i - 2].text, *(t.text for t in span[1:])]))
    return [(doc[i - 2 : i - 1], "country:" + iso3)] if iso3 and iso3 != draft.d.country_of(span.text) else []


# Acts a state takes that wire copy names by a noun with the state's adjective ("an Israeli air strike", "the
# U.S.-led offensive", "a French proposal"): the adjective is the country acting, a mention of it.
STATE_ACTS = frozenset({
    "attack", "strike", "airstrike", "raid", "offensive", "assault", "invasion", "bombing", "bombardment",
    "incursion", "shelling", "crackdown", "blockade", "occupation", "sanction", "embargo", "proposal", "offer",
    "demand", "ultimatum", "veto", "initiative", "mediation", "pullout", "withdrawal",
})  # fmt: skip


def _shaped_label(draft: Draft, span: Span, label: str) -> str:
    """The label of a reshaped name: a person's or an organisation's as the dated files know it, else the model's."""
    dated = draft.d.dated
    if dated is not None and span.text in dated:
        return "PERSON" if fold(span.text) in dated.people else "ORG"
    return label


def _against(span: Span) -> bool:
    """ "Anti-American attacks", "pro-Syrian demands": the state is the target or the cause, not the actor."""
    before = span.doc[max(span.start - 2, 0) : span.start]
    return any(t.lower_ in ("anti", "pro", "anti-", "pro-") for t in before) or span.text.lower().startswith(
        ("anti", "pro-")
    )


def _headline_names(draft: Draft, pending: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A headline in title case glues a surname to the words after it ("Kerry Pledges to Create Jobs" gives
    the name "Kerry Pledges"): a headline name that starts with the surname of a person the body names in
    full, and goes on with words that person's name lacks, is that surname alone."""
    title = next((b for b in draft.article.blocks if b.kind == "title"), None)
    if title is None:
        return pending
    full: dict[str, set[str]] = {}
    for span, kind in pending:
        words = span.text.split()
        person = kind == "person" or (
            kind.startswith("actor:") and draft.d.entries[kind[6:]].kind == "person"
        )
        if person and span.start_char >= title.end:
            for last in {words[-1], _ARTICLE_PREFIX.sub("", words[-1])}:
                full.setdefault(last, set()).update(words)
    out: list[tuple[Span, str]] = []
    common = draft.body_words()
    for span, kind in pending:
        words = span.text.split()
        if span.start_char < title.end and kind in ("person", "org"):
            if _verb_fragment(draft, span, common):
                continue  # "Iran Says It Will Keep Enriching": "Will Keep" is the body's "will keep", no name
            span = _trailing_verbs(span, common.verbs)
            words = span.text.split()
        if (
            span.start_char < title.end
            and len(words) > 1
            and words[0] in full
            and not set(words[1:]) <= full[words[0]]
            and not kind.startswith(("actor:", "country:", "city:"))
        ):
            out.append((span[:1], "person"))
        elif span.start_char < title.end and kind in ("org", "person"):
            group = _headline_group(draft, span)
            # "Hostage Takers Set Deadline" as a person: a group glued to its verb is a group.
            out.append((group, "org" if group.end < span.end else kind))
        else:
            out.append((span, kind))
    return out


def _trailing_verbs(span: Span, verbs: frozenset[str]) -> Span:
    """ "Iraq Vote Will Go Ahead, Allawi Insists": a headline name ends before the verbs glued to it that the body
    uses as verbs ("insisted")."""
    end = span.end
    while end - span.start > 1 and (
        span.doc[end - 1].lower_ in verbs or span.doc[end - 1].lower_[:-1] in verbs
    ):
        end -= 1
    return span.doc[span.start : end]


def _verb_fragment(draft: Draft, span: Span, common: BodyWords) -> bool:
    """A title-case headline's verbs and adverbs the model took for a name ("Will Resume", "Vows Tough"): no word
    of it is a name the dictionary knows or the body writes capitalised, and every word is a stop word or one
    the body writes in lower case ("vows" for the body's "vowed")."""
    lower, capital = common.lower, common.capital
    for t in span:
        word = t.lower_
        if word in capital or draft.d.find(t.text) is not None or surname_of_known_people(draft, t.text):
            return False
        if not (t.is_stop or word in lower or word.removesuffix("s") in lower):
            return False
    return True


def _headline_group(draft: Draft, span: Span) -> Span:
    """ "U.S. Troops Battle Militia in Najaf": a title-case headline glues the verb and its object to a group the
    model took for a name; the group ends at its plural noun ("U.S. Troops"), unless the name goes on with "of"."""
    folded = draft.index.folded
    for i in range(span.start, span.end - 1):
        word = folded[i]
        # "Rebels Vow Fresh Attacks", "Hostage Takers Set Deadline": the group may open the headline, and its
        # descriptor have two words.
        group = draft.d.head_role(folded[span.start : i + 1]) is not None
        if word.endswith(("s", "men")) and group and folded[i + 1] not in _STOP:
            return draft.doc[span.start : i + 1]
    return span


def _part_of_title(draft: Draft, span: Span) -> bool:
    """ "Foreign" in "Omani Foreign Minister", "Agriculture" in "Polish Agriculture Minister": the model's
    fragment of a title, not a name."""
    end = span.end
    ends = draft.d.title_ends
    if ends is None or draft.index.folded[end - 1] in ends:
        for n in range(len(span) + 1, min(draft.d.title_max, end) + 1):
            if draft.index.title_at(end - n, end, draft.d) is not None:
                return True  # "State" ending "Minister of State"
    if not all(t.lower_ in draft.d.portfolios for t in span):
        return False
    return end < len(draft.doc) and draft.index.title_at(end, end + 1, draft.d) is not None


def _strip_titles(draft: Draft, span: Span) -> Span | None:
    """The model sometimes takes the title into the name ("Defence Minister Ruslan Zhaksylykov")."""
    start = span.start
    while start < span.end - 1:
        limit = min(draft.d.title_max, span.end - 1 - start)
        n = next(
            (k for k in range(limit, 0, -1) if draft.index.title_at(start, start + k, draft.d) is not None),
            0,
        )
        if n and draft.index.texts[start][:1].isupper():
            start += n
        elif draft.d.country_of(draft.index.texts[start]) or draft.index.folded[start] in NATIONALS:
            start += 1  # "American Nick Berg", "Briton Kenneth Bigley"
        else:
            break
    return draft.doc[start : span.end] if start < span.end else None


def _classify(draft: Draft, span: Span, label: str) -> str:
    entry = draft.d.find_word(span.text, label == "NORP", draft.index.folded[span.start - 1 : span.start] == ["the"])
    if entry is not None:
        return "actor:" + entry.key
    iso3 = draft.d.country_names.get(fold(span.text))
    if iso3:
        return "country:" + iso3
    city = draft.d.city(span.text)
    if city:
        return f"city:{city[0]}:{city[1]}"
    if label == "PERSON" and len(span) == 1 and span.text.isupper() and len(span.text) <= 5:
        return "org"  # "BAA said": an acronym names an organisation, never a person
    if label == "PERSON" and (_institution_before(draft, span.start) or describes_organisation(span, draft.index, draft.d)):
        return "org"  # "the airline Fennair", "Al-Waqt, a Kuwaiti daily": the descriptor says what the name is
    if label == "PERSON" or _looks_like_titled_person(draft, span) or _initial_and_surname(span):
        return "person"
    if (
        label in ("GPE", "LOC", "FAC", "NORP") or (label == "ORG" and _in_headline(draft, span))
    ) and (known_surname(draft, span) or body_surname(draft, span)):
        return "person"  # in the body an organisation's name ("Halvorsen, the shipping firm") may be a surname too
    if label == "ORG":
        return "org"
    if label in ("GPE", "LOC", "FAC"):
        return "place"
    if label == "NORP" and all(t.pos_ == "ADJ" for t in span):
        return "skip"  # "the London-based Arabic daily": an adjective of language or people before a descriptor
    if describes_organisation(span, draft.index, draft.d):
        return "org"  # "Medisans, a French medical charity", which the model called a nationality
    return "skip"  # NORP without a country ("Western", "Republican")


# Plural role nouns that follow an initial letter ending a name: "Plan B. Officials", "Group C. Police".
_ROLE_WORDS = frozenset(
    {
        "official",
        "police",
        "officer",
        "historian",
        "analyst",
        "expert",
        "diplomat",
        "soldier",
        "minister",
        "leader",
        "witness",
        "resident",
        "rebel",
        "troop",
        "force",
        "lawmaker",
    }
)


def _initial_and_surname(span: Span) -> bool:
    """ "J. Harkness", which the model may call an organisation: an initial and one surname name a person."""
    if len(span) != 2 or _INITIAL.match(span[0].text) is None or not (span[1].is_title and span[1].is_alpha):
        return False
    # After a capitalised word the letter ends a name ("Plan B. Officials"), and a role noun is no surname.
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        not (before is not None and before.is_title and before.is_alpha)
        and span[1].lemma_.lower() not in _ROLE_WORDS
    )


def _role_noun(draft: Draft, span: Span, label: str) -> bool:
    """ "Gunmen", "Rebels", "Police" at the head of a lead or in a title-case headline: a one-word role noun the
    model took for a name (a place, most often) because it is capitalised. Not a name the dictionary knows."""
    if len(span) != 1:
        return False
    word = draft.index.folded[span.start]
    qualifies = span.root.dep_ == "compound" and span.root.head.dep_ == "pobj"  # "after navy chase"
    acting = _in_headline(draft, span) and not qualifies
    if label == "ORG" and not word.endswith(("s", "men")) and not acting:
        # An organisation's name may be a role noun ("the Army", "Police"); a plural ("Kidnappers") is not, nor a
        # headline's capitalised word ("Army pounds hideouts"): a headline capitalises every noun. One that
        # qualifies the next noun ("after navy chase") is no group the group stage finds: it stays a name.
        return False
    return (word,) in draft.d.descriptors and draft.d.find(span.text) is None


def _in_headline(draft: Draft, span: Span) -> bool:
    title = next((b for b in draft.article.blocks if b.kind == "title"), None)
    return title is not None and span.start_char < title.end


def _group_modifier(draft: Draft, span: Span, label: str) -> bool:
    """ "Hutu rebels", "Leftist rebels": an unknown one-word name right before a plural role noun says which group,
    and is no actor of its own (it would stand first, uncoded, for the group's words). A name the dictionary
    knows ("Hamas militants") or a known surname ("Sadr militiamen") stays a name."""
    if len(span) != 1 or span.end >= len(draft.doc):
        return False
    if label not in ("PERSON", "NORP") and not (label == "ORG" and span[0].tag_ == "JJ"):
        return False  # a place's name before a group ("Darfur rebels") says where the group is: it stays
    if draft.d.find(span.text) is not None:
        return False
    after = draft.index.folded[span.end]
    plural = after.endswith(("s", "men")) and draft.doc[span.end].is_lower
    return plural and (after,) in draft.d.descriptors and not surname_of_known_people(draft, span.text)


def _institution_before(draft: Draft, start: int) -> bool:
    """Whether a lower-case singular noun for an institution (not a person's title) stands right before `start`."""
    if start == 0 or not draft.doc[start - 1].is_lower or draft.index.folded[start - 1].endswith("s"):
        return False
    word = draft.index.folded[start - 1]
    if word in _CARRIERS:
        return True
    if draft.d.title_role([word]) is not None or (word,) in draft.d.agent_only:
        return False
    return draft.d.descriptors.get((word,)) in _INSTITUTION_ROLES or word in _CARRIERS


def _looks_like_titled_person(draft: Draft, span: Span) -> bool:
    """An ORG/GPE span right after a person title is a person the model mislabelled ("Attorney Jeanine Pirro")."""
    if len(span) > 3 or not all(t.text[:1].isupper() for t in span):
        return False
    pre = premodifiers(draft.index, span.start, draft.d)
    return pre.title_role is not None


def _one_word(span: Span) -> bool:
    """A name written as one word, hyphens and all: "Osei-Mensah" and "al-Qirwi" shorten a full name as
    "Mensah" would, though the tokenizer splits them at the hyphen."""
    return not any(t.whitespace_ for t in span[:-1])


def _build_clusters(draft: Draft, pending: list[tuple[Span, str]]) -> None:
    singles: list[tuple[Span, str]] = []
    for span, kind in pending:
        if kind.startswith("country:"):
            kind = _disambiguate_country(draft, span, kind)
        if kind.startswith("country:"):
            iso3 = kind.split(":")[1]
            c = draft.cluster(kind, "country", span.start_char)
            c.country, c.canonical = iso3, draft.d.countries[iso3].name
            draft.add_name(c, span)
        elif kind.startswith("city:"):
            _, iso3, name = kind.split(":", 2)
            c = draft.cluster(f"city:{iso3}:{name}", "place", span.start_char)
            c.country, c.canonical = iso3, name
            draft.add_name(c, span)
        elif kind.startswith("group-norp:"):
            c = draft.cluster("group:" + fold(span.text), "organisation", span.start_char)
            c.group, c.country = True, kind.split(":")[1]
            draft.add_name(c, span)
        elif kind.startswith("actor:") and _one_word(span) and draft.d.entries[kind[6:]].kind == "person":
            singles.append((span, kind))  # a bare surname: a person named in full here comes first
        elif kind.startswith("actor:"):
            draft.add_name(draft.actor_cluster(kind, span.start_char), span)
        elif kind in ("person", "org") and _one_word(span):
            singles.append((span, kind))
        elif kind == "person":
            # A headline's "Del Ponte" joins the body's "Carla Del Ponte", whatever cluster holds that name.
            full = body_surname(draft, span) if len(span) > 1 else None
            joined = next((k for s, k in pending if s.text == full and k.startswith("actor:")), None)
            if joined is not None:
                draft.add_name(draft.actor_cluster(joined, span.start_char), span)
            else:
                draft.add_name(draft.cluster("person:" + fold(full or span.text), "person", span.start_char), span)
        elif kind == "org":
            draft.add_name(draft.cluster("org:" + fold(span.text), "organisation", span.start_char), span)
        elif kind.startswith("org="):  # a headline's short form of the body's name (references.headline_short_forms)
            draft.add_name(draft.cluster("org:" + fold(kind[4:]), "organisation", span.start_char), span)
        elif kind == "place":
            draft.add_name(draft.cluster("place:" + fold(span.text), "place", span.start_char), span)
    _resolve_singles(draft, singles)


def _disambiguate_country(draft: Draft, span: Span, kind: str) -> str:
    """A country name that also names a US state ("Georgia") is the state when the text says so.

    Evidence for the state: "state of Georgia", "Atlanta, Georgia" (a US city before a comma), a US-state
    word right after it ("Georgia Gov.", "Georgia Republicans", "Georgia voters"), or an article that names
    other US states or cities and nothing of the country (its capital, its adjective).
    """
    iso3 = kind.split(":")[1]
    if fold(span.text) == "congo" and {fold(ent.text) for ent in draft.ents} & _CONGO_REPUBLIC:
        return "country:COG"  # a bare "Congo" is the Democratic Republic (dictionary.py) unless Brazzaville is named
    if fold(span.text) == "korea":
        # A bare "Korea" is the one Korea the article names in full, when it names only one.
        named = {fold(ent.text) for ent in draft.ents}
        if "north korea" in named and "south korea" not in named:
            return "country:PRK"
    state = draft.d.ambiguous.get(fold(span.text))
    if state is not None and state.ambiguous_with != iso3:
        state = None
    if state is None:
        return kind
    doc, i = draft.doc, span.start
    before = doc[max(0, i - 2) : i].text.casefold()
    after = doc[span.end].text.casefold() if span.end < len(doc) else ""
    prev_city = draft.d.city(doc[i - 2].text) if i >= 2 and doc[i - 1].text == "," else None
    if before.endswith("state of") or after in _STATE_CUES or (prev_city and prev_city[0] == state.country):
        return "actor:" + state.key
    country = draft.d.countries[iso3]
    cues = {fold(x) for x in (*country.capitals, *country.adjectivals, *country.demonyms)}
    has_country_cue = any(fold(ent.text) in cues for ent in draft.ents)
    us_places = sum(
        1
        for ent in draft.ents
        if ent.ent_id_.startswith("actor:")
        and (e := draft.d.entries.get(ent.ent_id_[6:])) is not None
        and e.kind == "place"
        and e.country == state.country
        and fold(ent.text) != fold(span.text)
    ) + sum(1 for ent in draft.ents if ent.ent_id_.startswith(f"city:{state.country}:"))
    if us_places and not has_country_cue:
        return "actor:" + state.key
    return kind


def _resolve_singles(draft: Draft, singles: list[tuple[Span, str]]) -> None:
    """One-word names: a surname of a person named in full, an acronym of an organisation, or a name itself."""
    surnames: dict[str, set[str]] = {}
    acronyms: dict[str, str] = {}
    for c in draft.clusters.values():
        forms = [m.text for m in c.names] + (list(c.entry.names) if c.entry else [])
        if c.kind == "person":
            for text in forms:
                words = text.split()
                if len(words) > 1:
                    surnames.setdefault(words[-1], set()).add(c.key)
                    if _ARTICLE_PREFIX.match(words[-1]):
                        # "Ali al-Sistani" ... "Sistani": Arabic names drop the article when shortened,
                        # and capitalise it when they open a sentence ("Al-Sistani said").
                        surnames.setdefault(_ARTICLE_PREFIX.sub("", words[-1]), set()).add(c.key)
                        surnames.setdefault(words[-1][:1].upper() + words[-1][1:], set()).add(c.key)
                    surnames.setdefault(words[0], set()).add(c.key)  # "Xi", "Lula": family name first
        elif c.kind in ("organisation", "media"):
            for text in forms:
                if len(text.split()) > 1:
                    acronyms.setdefault(_acronym(text), c.key)
    for span, kind in singles:
        text = span.text
        owners = surnames.get(text, set())
        if len(owners) == 1:
            draft.add_name(draft.clusters[next(iter(owners))], span)
        elif len(owners) > 1:
            # Two people share the word: the one named most recently before this mention.
            draft.add_name(draft.clusters[draft.most_recent(span.start_char, owners)], span)
        elif text.isupper() and text in acronyms:
            draft.add_name(draft.clusters[acronyms[text]], span)
        elif kind.startswith("actor:"):
            draft.add_name(draft.actor_cluster(kind, span.start_char), span)
        elif text.isupper() and (bracketed := draft.bracketed_owner(span)) is not None:
            draft.add_name(bracketed, span)  # "the Rwandan Patriotic Union ( UPR )", and every "UPR" after it
            acronyms[text] = bracketed.key
        elif kind == "person":
            draft.add_name(draft.cluster("person:" + fold(text), "person", span.start_char), span)
        else:
            draft.add_name(draft.cluster("org:" + fold(text), "organisation", span.start_char), span)
    _reclaim_surnames(draft, surnames)
    _untagged_surnames(draft, surnames)


def _untagged_surnames(draft: Draft, surnames: dict[str, set[str]]) -> None:
    """Surnames of people named in full that the model left untagged ("Spokespeople for Patel and Pirro")."""
    if not surnames:
        return
    ent_at = draft.ent_at
    for i in [i for i, pos in enumerate(draft.index.pos) if pos == PROPN and ent_at[i] < 0]:
        tok = draft.doc[i]
        if not tok.is_title:
            continue
        owners = surnames.get(tok.text)
        if owners and len(owners) == 1:
            draft.add_name(draft.clusters[next(iter(owners))], draft.doc[tok.i : tok.i + 1])


def _reclaim_surnames(draft: Draft, surnames: dict[str, set[str]]) -> None:
    """A place or country word that is also the surname of a person in the article ("Jim Jordan" ... "Jordan
    said") is that person when it speaks: the subject of an attribution verb. Anywhere else ("Jordan closed its
    border") a country stands, since countries act too; a city only after a preposition."""
    for key in [k for k, c in draft.clusters.items() if c.kind in ("country", "place")]:
        c = draft.clusters[key]
        keep: list[Mention] = []
        for m in c.names:
            owners = surnames.get(m.text, set())
            span = draft.doc.char_span(m.start, m.end)
            speaks = span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_ in SPEECH_VERBS
            # A city's name that a person here bears ("Alejandro Toledo" ... "Peru's Toledo names a cabinet") is
            # the person wherever no preposition makes it a place ("in Toledo", "the city of Toledo").
            where = span is not None and span.start > 0 and draft.doc[span.start - 1].pos_ == "ADP"
            if len(owners) == 1 and (speaks or (c.kind == "place" and span is not None and not where)):
                draft.clusters[next(iter(owners))].names.append(m)
                draft.timeline = [(s, next(iter(owners)) if s == m.start else k) for s, k in draft.timeline]
            else:
                keep.append(m)
        c.names = keep
        if not keep:
            del draft.clusters[key]


def _strip(index: DocIndex, span: Span, dictionary: ActorDictionary) -> Span | None:
    """Drop a leading determiner (unless the name itself has it) and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc, texts = index.doc, index.texts
    while end > start and (texts[end - 1] in _POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if end > start and texts[end - 1].endswith(("'s", "’s")) and len(texts[end - 1]) > 2:
        # The tokenizer leaves "Smith’s" whole when the apostrophe is typographic: cut the suffix off by characters.
        trimmed = doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text) - 2)
        if trimmed is not None:
            start, end = trimmed.start, trimmed.end
    for k in range(start + 1, end - 1):
        if doc[k].text in _FREE_DASHES and doc[k].whitespace_ and doc[k - 1].whitespace_:
            start = k + 1  # "Reuters - Police broke up ...": a name stops at a dash set apart by spaces (a credit's)
    while span.label_ == "ORG" and span.ent_id_ == "keep" and end > start + 1 and doc[start].is_lower:
        start += 1  # "the rebel Justice and Equality Movement" (dictionary.py's pattern): the name starts capitalised
    if end > start + 1 and index.lower[start] in _DETERMINER_IDS:
        entry = dictionary.find(doc[start:end].text)
        if not (entry and entry.name.casefold().startswith(doc[start].lower_ + " ")):
            start += 1
    if end <= start:
        return None
    if doc[end - 1].text.endswith(("'s", "’s")) and len(doc[end - 1].text) > 2:
        out = doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text) - 2)
        return out
    return doc[start:end]


def _acronym(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.casefold() not in _STOP]
    return "".join(w[0] for w in words if w[:1].isupper())
