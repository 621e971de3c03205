"""A name's own descriptor phrase, read on the real model's parse: what it places the name in and what kind of
actor it says the name is, names the model missed beside one, and later descriptions of a named actor."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from newsgraph.model import Entity, Mention
from newsgraph.settings import Settings
from newsgraph.understand.actors.described import by_description, described_names, own_descriptor
from newsgraph.understand.actors.dictionary import ActorDictionary, load_actor_dictionary
from newsgraph.understand.docview import DocIndex

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


def _name(nlp: Any, text: str, name: str) -> tuple[DocIndex, Span]:
    index = DocIndex(nlp(text), text)
    start = text.index(name)
    span = index.doc.char_span(start, start + len(name))
    assert span is not None
    return index, span


@pytest.mark.parametrize(
    ("text", "name", "country", "organisation"),
    [
        ("MOSCOW (Reuters) - Russian oil giant Volganeft said on Tuesday it would pay.", "Volganeft", "RUS", True),
        ("LONDON (Reuters) - Stellan Holm, a Swedish engineer, was freed on Friday.", "Stellan Holm", "SWE", False),
        ("LA PAZ (Reuters) - Bolivia's largest union, the Central Obrera Andina, called a strike on Monday.",
         "Central Obrera Andina", "BOL", True),
        ("KHARTOUM (Reuters) - Kestrel Petroleum, a Canadian company with fields in southern Sudan, said it would "
         "sell.", "Kestrel Petroleum", "CAN", True),
        ("WASHINGTON (Reuters) - Tarek Haddad, a Lebanese-born American businessman, was detained on Wednesday.",
         "Tarek Haddad", "USA", False),
        ("SANAA (Reuters) - Gulf Star Shipping, a Dubai-based company, said one of its ships had been seized.",
         "Gulf Star Shipping", "ARE", True),
    ],
)
def test_descriptor_places_the_name(
    nlp: Any, dictionary: ActorDictionary, text: str, name: str, country: str, organisation: bool
) -> None:
    index, span = _name(nlp, text, name)
    found = own_descriptor(span, index, dictionary)
    assert found is not None
    assert (found.country, found.organisation) == (country, organisation)


def test_the_country_is_the_story_s(nlp: Any, dictionary: ActorDictionary) -> None:
    index, span = _name(nlp, "CAIRO (Reuters) - Nilecom, the country's biggest mobile phone operator, said on "
                        "Sunday its profit rose.", "Nilecom")
    found = own_descriptor(span, index, dictionary, home="EGY")
    assert found is not None and found.country == "EGY"


def test_no_descriptor_gives_no_country(nlp: Any, dictionary: ActorDictionary) -> None:
    index, span = _name(nlp, "LONDON (Reuters) - Meridian Capital said on Monday it had sold its stake.",
                        "Meridian Capital")
    found = own_descriptor(span, index, dictionary)
    assert found is None or found.country is None


def test_untagged_name_beside_a_descriptor_is_found(nlp: Any, dictionary: ActorDictionary) -> None:
    text = "PARIS (Reuters) - Rassemblement Vert, a French environmental group, accused the government on Tuesday."
    index = DocIndex(nlp(text), text)
    found = {span.text: kind for span, kind in described_names(index, dictionary)}
    assert found.get("Rassemblement Vert") == "org"


def _entity(id_: str, name: str, kind: Any, text: str, country: str | None = None) -> Entity:
    start = text.index(name)
    return Entity(id_, name, kind, (Mention(name, start, start + len(name)),), country=country)


def test_later_description_names_the_country(nlp: Any, dictionary: ActorDictionary) -> None:
    text = ("BAGHDAD (Reuters) - Gunmen seized Jan Kowalski outside his hotel on Monday. The Polish contractor "
            "had been working on a water project.")
    doc = nlp(text)
    named = _entity("e1", "Jan Kowalski", "person", text)
    described = _entity("e2", "Polish contractor", "person", text, "POL")
    out = by_description((named, described), doc, dictionary, 0)
    assert out[0].country == "POL"


def test_description_of_the_name_after_it_is_no_reference_back(nlp: Any, dictionary: ActorDictionary) -> None:
    text = "LONDON (Reuters) - Meridian Capital said it had sold its stake in the Russian oil firm Volganeft."
    doc = nlp(text)
    fund = _entity("e1", "Meridian Capital", "organisation", text)
    described = _entity("e2", "Russian oil firm", "organisation", text, "RUS")
    out = by_description((fund, described), doc, dictionary, 0)
    assert out[0].country is None


def test_a_clause_s_subject_after_the_comma_is_no_descriptor(nlp: Any, dictionary: ActorDictionary) -> None:
    index, span = _name(nlp, "KABUL (Reuters) - The prisoners were freed by Jan Kubis, Afghan officials said on Monday.",
                        "Jan Kubis")
    found = own_descriptor(span, index, dictionary)
    assert found is None or found.country is None


def test_a_title_before_a_person_s_name_is_no_organisation(nlp: Any, dictionary: ActorDictionary) -> None:
    text = "JERUSALEM (Reuters) - The army Chief of Staff Lieutenant General Dan Halutz said the raid was over."
    index = DocIndex(nlp(text), text)
    assert not [span.text for span, _ in described_names(index, dictionary) if "Chief" in span.text]


def test_a_description_already_true_of_one_named_before_moves_to_no_one_else(
    nlp: Any, dictionary: ActorDictionary
) -> None:
    text = "LONDON (Reuters) - Jalal Talabani met Robert Hale on Monday. The Iraqi president said the talks went well."
    doc = nlp(text)
    talabani = _entity("e1", "Jalal Talabani", "person", text, "IRQ")
    hale = _entity("e2", "Robert Hale", "person", text)
    described = _entity("e3", "Iraqi president", "person", text, "IRQ")
    out = by_description((talabani, hale, described), doc, dictionary, 0)
    assert out[1].country is None


@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        # Names listed under one descriptor share it, in front of the list or in apposition after it.
        ("NEW DELHI (Reuters) - Indian drivers Ravi Sen, Amit Bose and Vijay Rao were freed on Monday.", "Vijay Rao",
         "IND", None),
        ("ROME (Reuters) - Italian aid workers Lucia Conti and Marta Greco were freed on Tuesday.", "Marta Greco",
         "ITA", "NGO"),
        ("PARIS (Reuters) - Luc Besson and Marc Tardieu, two French reporters held since May, are alive, the "
         "ministry said.", "Luc Besson", "FRA", "MED"),
        # A common noun for one person gives the role its plural names.
        ("LONDON (Reuters) - Neil Carver, a British hostage, was freed on Thursday.", "Neil Carver", "GBR", "CVL"),
    ],
)
def test_listed_names_share_the_descriptor(
    nlp: Any, dictionary: ActorDictionary, text: str, name: str, country: str, role: str | None
) -> None:
    index, span = _name(nlp, text, name)
    found = own_descriptor(span, index, dictionary)
    assert found is not None and (found.country, found.role) == (country, role)


def test_a_comma_joins_names_only_in_a_list_an_and_closes(nlp: Any, dictionary: ActorDictionary) -> None:
    index, span = _name(nlp, "LONDON (Reuters) - Ravi Sen, Amit Bose said on Monday they were Indian drivers.",
                        "Amit Bose")
    assert own_descriptor(span, index, dictionary) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BAGHDAD (Reuters) - Kidnappers seized Mark Dalton and Haidar Jabbar, an Iraqi interpreter, on Sunday.",
         "Mark Dalton"),
        ("RIYADH (Reuters) - Gunmen killed Paul Avery, Dean Moss and Colin Heath, a British engineer, on Saturday.",
         "Dean Moss"),
        ("LONDON (Reuters) - British engineer Colin Heath and Paul Avery were freed on Saturday.", "Paul Avery"),
    ],
)
def test_a_singular_descriptor_of_a_list_is_the_nearest_name_s_alone(
    nlp: Any, dictionary: ActorDictionary, text: str, name: str
) -> None:
    index, span = _name(nlp, text, name)
    found = own_descriptor(span, index, dictionary)
    assert found is None or found.country is None, found


@pytest.mark.parametrize(
    ("text", "name"),
    [("Hezbollah, Israel trade fire across border", "Hezbollah"), ("Hamas, Israel trade fire in Gaza", "Hamas"),
     ("Kurdish rebels, Turkey trade blame over attack", "Kurdish rebels")],
)
def test_a_headline_s_second_name_after_a_comma_is_no_descriptor(
    nlp: Any, dictionary: ActorDictionary, text: str, name: str
) -> None:
    # A headline's comma stands for "and": the state named after it is the other side of the story.
    index, span = _name(nlp, text, name)
    found = own_descriptor(span, index, dictionary)
    assert found is None or found.country is None


def test_a_possessive_state_still_opens_a_descriptor(nlp: Any, dictionary: ActorDictionary) -> None:
    index, span = _name(nlp, "Volganeft, Russia's largest oil firm, said it would appeal.", "Volganeft")
    found = own_descriptor(span, index, dictionary)
    assert found is not None and found.country == "RUS"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("LONDON (Reuters) - Peter Hale, 41, of Britain, was among the dead.", "Peter Hale"),
        ("LONDON (Reuters) - Peter Hale, 41, of Leeds, was among the dead.", "Peter Hale"),
    ],
)
def test_an_age_set_off_before_of_still_gives_the_home(nlp: Any, dictionary: ActorDictionary, text: str, name: str) -> None:
    """Wire copy names a victim with his age and home town: "Peter Hale, 41, of Leeds"."""
    index, span = _name(nlp, text, name)
    found = own_descriptor(span, index, dictionary, owner=lambda t: "GBR" if t.text == "Leeds" else None)
    assert found is not None and found.country == "GBR"


def test_an_age_with_no_of_after_it_gives_no_home(nlp: Any, dictionary: ActorDictionary) -> None:
    index, span = _name(nlp, "LONDON (Reuters) - Peter Hale, 41, said on Monday he would stand.", "Peter Hale")
    found = own_descriptor(span, index, dictionary, owner=lambda t: "GBR")
    assert found is None or found.country is None


def _plain_described_names(index: DocIndex, d: ActorDictionary) -> list[tuple[Span, str]]:
    """The Token-by-Token scan `described_names` replaced, kept to compare with."""
    from newsgraph.understand.actors.described import _JOINERS, _after, _before, _capital, _chain, _read

    doc, out = index.doc, []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and index.ent_at[j] < 0 and (
            (_capital(doc[j]) and not doc[j].is_upper)
            or (doc[j].text in _JOINERS and j > i and j + 1 < len(doc) and _capital(doc[j + 1]))
        ):
            j += 1
        titles = j < len(doc) and index.ent_at[j] >= 0 and index.ents[index.ent_at[j]].label_ == "PERSON"
        if j > i and j - i <= 5 and doc[j - 1].text not in _JOINERS and not titles:
            span = doc[i:j]
            phrase = _after(span, index, d) or _before(span, index, d) or _chain(span, index, d)
            read = _read(phrase, index, d, None) if phrase is not None else None
            if read is not None and (read.organisation or read.person):
                out.append((span, "org" if read.organisation else "person"))
        i = max(j, i + 1)
    return out


def test_described_names_read_from_arrays_are_those_the_token_scan_found(nlp: Any, dictionary: ActorDictionary) -> None:
    from newsgraph.testing.synthetic import wire_article

    texts = [
        "Kestrel Petroleum, a Canadian company, said on Monday its workers in the Niger Delta were safe.",
        "PARIS (Reuters) - Rassemblement Vert, a French environmental group, accused the government on Tuesday.",
        "The Egyptian opposition group Sawt al-Shaab and Al-Waqt, a Kuwaiti daily, said Hands of Hope, a Dutch "
        "charity, had left. NATO TROOPS ARRIVE in Kabul, army Chief of Staff Dan Halutz said.",
        "",
        *(wire_article(n, words=200, seed=23) for n in range(6)),
    ]
    found = 0
    for doc in nlp.pipe(texts):
        index = DocIndex(doc, doc.text)
        fast = [(s.start, s.end, kind) for s, kind in described_names(index, dictionary)]
        assert fast == [(s.start, s.end, kind) for s, kind in _plain_described_names(index, dictionary)]
        found += len(fast)
    assert found >= 2


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # "state-run", "state-owned": the owner's participle the parse reads as a verb is part of the descriptor
        ("LUANDA (Reuters) - Angola's state-run oil company Sonangol signed a deal on Friday.", "Sonangol", "AGO"),
        ("LUANDA (Reuters) - Sonangol, Angola's state-run oil company, signed a deal on Friday.", "Sonangol", "AGO"),
        ("LUANDA (Reuters) - Angola's state-run oil company, Sonangol, signed a deal on Friday.", "Sonangol", "AGO"),
        ("TEHRAN (Reuters) - Kavir Telecom, Iran's state-owned phone company, cut prices on Monday.", "Kavir Telecom",
         "IRN"),
    ],
)
def test_a_state_held_descriptor_places_the_name(
    nlp: Any, dictionary: ActorDictionary, text: str, name: str, country: str
) -> None:
    index, span = _name(nlp, text, name)
    found = own_descriptor(span, index, dictionary)
    assert found is not None and found.country == country and found.organisation


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a sponsor's adjective is a side taken, not the group's home
        ("BEIRUT (Reuters) - Hezbollah, an Iranian-backed guerrilla group, fired rockets on Friday.", "Hezbollah"),
        ("GOMA, Congo (Reuters) - Nkunda Brigade, a Rwandan-backed militia, seized a town on Friday.",
         "Nkunda Brigade"),
    ],
)
def test_a_sponsor_s_adjective_gives_no_country(nlp: Any, dictionary: ActorDictionary, text: str, name: str) -> None:
    index, span = _name(nlp, text, name)
    found = own_descriptor(span, index, dictionary)
    assert found is None or found.country is None
