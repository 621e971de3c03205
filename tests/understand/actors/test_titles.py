"""What stands before or beside a name and says who the named one is: a title with its country
or organisation in front ("Belarusian President ...", "FBI Director ..."), a descriptor
("the state news agency Belta"), and a title in apposition ("Grassley, the chairman ...")."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import ActorDictionary, load_actor_dictionary
from newsgraph.understand.actors.titles import (
    Premodifiers,
    appositive,
    appositive_title,
    descriptor_before,
    national_before,
    premodifiers,
)
from newsgraph.understand.docview import DocIndex

pytestmark = pytest.mark.model

TEXT = (
    "Belarusian President Alexander Lukashenko met FBI Director Kash Patel in Minsk on Tuesday. "
    "Chuck Grassley, the Republican chairman of the committee, said the state news agency Belta had "
    "misreported the talks. Officials said Lukashenko would travel to Moscow."
)


@pytest.fixture(scope="module")
def index(nlp: Any) -> DocIndex:
    return DocIndex(nlp(TEXT), TEXT)


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return load_actor_dictionary(Settings())


def ent(index: DocIndex, text: str, nth: int = 0) -> Span:
    return [e for e in index.doc.ents if e.text == text][nth]


def test_titles_a_title_with_a_nationality_gives_country_and_role(
    index: DocIndex, dictionary: ActorDictionary
) -> None:
    found = premodifiers(index, ent(index, "Alexander Lukashenko").start, dictionary)
    assert found == Premodifiers("President", "GOV", "BLR", None)


def test_titles_an_organisation_before_a_title_is_its_affiliation(
    index: DocIndex, dictionary: ActorDictionary
) -> None:
    found = premodifiers(index, ent(index, "Kash Patel").start, dictionary)
    assert (found.title, found.title_role, found.country) == ("Director", "", None)  # a title with no sector
    assert found.affiliation is not None and found.affiliation.text == "FBI"


def test_titles_a_bare_name_has_no_premodifiers(index: DocIndex, dictionary: ActorDictionary) -> None:
    assert premodifiers(index, ent(index, "Lukashenko").start, dictionary) == Premodifiers()
    assert premodifiers(index, 0, dictionary) == Premodifiers()


def test_titles_a_descriptor_before_a_name_gives_its_role(
    index: DocIndex, dictionary: ActorDictionary
) -> None:
    assert descriptor_before(index, ent(index, "Belta").start, dictionary) == "MED"
    assert descriptor_before(index, ent(index, "Moscow").start, dictionary) is None


def test_titles_a_title_in_apposition(index: DocIndex, dictionary: ActorDictionary) -> None:
    grassley = ent(index, "Chuck Grassley")
    assert appositive_title(grassley, dictionary) == "chairman"
    token = appositive(grassley, dictionary)
    assert token is not None and token.dep_ == "appos"
    assert appositive_title(ent(index, "Kash Patel"), dictionary) is None


def test_titles_nationality_on_a_person_noun_before_a_name(nlp: Any, dictionary: ActorDictionary) -> None:
    text = "Kidnappers freed Turkish truck driver Ali Demir and British engineer Ken Marsh on Monday."
    index = DocIndex(nlp(text), text)
    demir = premodifiers(index, ent(index, "Ali Demir").start, dictionary)
    marsh = premodifiers(index, ent(index, "Ken Marsh").start, dictionary)
    assert (demir.country, marsh.country) == ("TUR", "GBR")
    assert marsh == Premodifiers(None, None, "GBR", None)  # a common noun is no title


def test_titles_a_nationals_noun_before_a_name_gives_the_country(nlp: Any, dictionary: ActorDictionary) -> None:
    text = "Militants freed Frenchman Paul Garnier on Monday."
    index = DocIndex(nlp(text), text)
    assert national_before(index, ent(index, "Paul Garnier").start) == "FRA"
    assert national_before(index, ent(index, "Monday").start) is None


def test_titles_a_person_noun_in_apposition(nlp: Any, dictionary: ActorDictionary) -> None:
    text = "Ken Marsh, a British engineer, was seized from his home last week."
    index = DocIndex(nlp(text), text)
    token = appositive(ent(index, "Ken Marsh"), dictionary)
    assert token is not None and token.text == "engineer"


@pytest.mark.parametrize(
    "text",
    [
        "Former Ruritanian President Jan Novak was sentenced on Tuesday.",
        "Ruritania's former president Jan Novak was sentenced on Tuesday.",
    ],
)
def test_titles_a_former_title_is_marked(nlp: Any, dictionary: ActorDictionary, text: str) -> None:
    index = DocIndex(nlp(text), text)
    found = premodifiers(index, ent(index, "Jan Novak").start, dictionary)
    assert (found.title_role, found.former) == ("GOV", True)


def test_titles_a_current_title_is_not_former(index: DocIndex, dictionary: ActorDictionary) -> None:
    assert not premodifiers(index, ent(index, "Alexander Lukashenko").start, dictionary).former


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Tony Blair and Jacques Chirac, the French president, met on Monday.", "Tony Blair", None),
        ("Tony Blair and Jacques Chirac, the French president, met on Monday.", "Jacques Chirac", "president"),
        ("Kidnappers freed Simon Leach, 41, a British engineer, on Monday.", "Simon Leach", "engineer"),
        # A title told after the first name of a list is that name's, never the next one's (review, session 12).
        ("Blair met Jacques Chirac, the French president, and Gerhard Schroeder in Berlin.", "Gerhard Schroeder", None),
        ("Bush met Tony Blair, the British prime minister, and Silvio Berlusconi.", "Silvio Berlusconi", None),
    ],
)
def test_titles_a_singular_apposition_after_a_list_is_the_last_name_s(
    nlp: Any, dictionary: ActorDictionary, text: str, name: str, title: str | None
) -> None:
    index = DocIndex(nlp(text), text)
    assert appositive_title(ent(index, name), dictionary) == title


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        ("Karzai's spokesman Jawed Ludin said on Friday the plan was dead.", "Jawed Ludin", "Karzai"),
        ("President Bush's spokesman Scott McClellan said the plan was dead.", "Scott McClellan", "Bush"),
        ("Arafat's adviser Nabil Abu Rdainah said the plan was dead.", "Nabil Abu Rdainah", "Arafat"),
    ],
)
def test_titles_a_person_who_owns_the_title_is_its_affiliation(
    nlp: Any, dictionary: ActorDictionary, text: str, name: str, owner: str
) -> None:
    # the person a spokesman, an aide or an adviser serves speaks for his country and role, as "FBI" does
    index = DocIndex(nlp(text), text)
    found = premodifiers(index, ent(index, name).start, dictionary)
    assert found.affiliation is not None and found.affiliation.text.endswith(owner)


def test_titles_a_person_before_a_name_with_no_title_is_no_affiliation(nlp: Any, dictionary: ActorDictionary) -> None:
    # "Karzai's rival Yunus Qanuni": a rival is no title, and serves no one
    text = "Karzai's rival Yunus Qanuni said on Friday the vote was rigged."
    index = DocIndex(nlp(text), text)
    assert premodifiers(index, ent(index, "Yunus Qanuni").start, dictionary).affiliation is None
