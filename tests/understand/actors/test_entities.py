"""Entities resolved within an article: names, surnames, acronyms, descriptions, pronouns and groups.

Sentences here are written for these tests; the seed page is read from ../shared in test_actors.py.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import Entity
from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.actors.entities import find_entities

pytestmark = pytest.mark.model


def entities(nlp, *paragraphs: str) -> tuple[Entity, ...]:  # type: ignore[no-untyped-def]
    article = build_article(source="test", paragraphs=list(paragraphs))
    doc = nlp(article.text[: article.analysis_end])
    return find_entities(article, doc, load_actor_dictionary(Settings()))


def named(found: tuple[Entity, ...], name: str) -> Entity:
    matches = [e for e in found if e.name == name]
    assert matches, f"{name!r} not among {[e.name for e in found]}"
    return matches[0]


def texts(entity: Entity) -> list[str]:
    return [m.text for m in entity.mentions]


def test_entities_surname_joins_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp,
        "Pezeshkian arrived in Minsk on Tuesday.",
        "Iranian President Masoud Pezeshkian met officials there. Pezeshkian said trade would grow.",
    )
    person = named(found, "Masoud Pezeshkian")
    assert person.kind == "person"
    assert texts(person).count("Pezeshkian") == 2  # also the mention before the full name
    assert person.aliases == ("Pezeshkian",)
    assert person.title == "President"


def test_entities_mentions_point_into_article_text(nlp) -> None:  # type: ignore[no-untyped-def]
    article = build_article(
        source="t", title="Lukashenko hosts talks", paragraphs=["Belarus hosted talks in Minsk."]
    )
    doc = nlp(article.text[: article.analysis_end])
    for e in find_entities(article, doc, load_actor_dictionary(Settings())):
        for m in e.mentions:
            assert article.text[m.start : m.end] == m.text


def test_entities_acronym_and_full_form(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp,
        "The National Farmers Union said prices fell sharply in May. The NFU warned of losses.",
        "The Associated Press reported the figures first. AP said it had seen the letter.",
    )
    union = named(found, "National Farmers Union")
    assert "NFU" in texts(union)
    ap = named(found, "The Associated Press")
    assert ap.kind == "media"
    assert "AP" in ap.aliases


def test_entities_title_description_resolves_to_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp,
        "FBI Director Kash Patel removed two deputies on Monday.",
        "A union of agents said the director had ignored the rules.",
    )
    patel = named(found, "Kash Patel")
    assert patel.title == "Director"
    assert "the director" in texts(patel)


def test_entities_the_ministry_refers_back(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp,
        "The Kazakh Foreign Ministry summoned the Russian ambassador on Friday.",
        "The ministry said the remarks were unacceptable.",
    )
    ministry = named(found, "Kazakh Foreign Ministry")
    assert "The ministry" in texts(ministry)


def test_entities_description_with_relative_clause_is_someone_else(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp,
        "FBI Director Kash Patel removed two deputies on Monday.",
        "They included the director who had led the Boston office.",
    )
    assert "the director" not in texts(named(found, "Kash Patel"))


def test_entities_pronoun_in_attribution_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp,
        "Mongolian President Ukhnaa Khurelsukh met Kazakh President Kassym-Jomart Tokayev in Astana.",
        "Khurelsukh said the two countries needed a new rail link.",
        "The state news agency Montsame quoted him as telling Tokayev that talks would continue.",
    )
    khurelsukh = next(e for e in found if "Khurelsukh" in e.name)
    assert "him" in texts(khurelsukh)
    tokayev = next(e for e in found if "Tokayev" in e.name)
    assert "him" not in texts(tokayev)


def test_entities_it_said_resolves_to_outlet(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp,
        "Belta reported the agreement on Wednesday.",
        "It said the leaders would meet again in spring.",
    )
    assert "It" in texts(named(found, "Belta"))


def test_entities_group_descriptor_with_actor_modifier(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp, "Four senior FBI officials sued the bureau in May, and Iraqi police arrested protesters."
    )
    groups = {e.name: e for e in found if e.kind == "organisation" and e.name not in ("FBI",)}
    assert any("FBI officials" in name for name in groups)
    assert "Iraqi police" in groups  # its country and role come from code_actors (test_actors.py)
    assert "protesters" in groups


def test_entities_countries_and_cities(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(nlp, "Belarus and Iran signed a deal in Minsk, Belarus.")
    belarus = named(found, "Belarus")
    assert (belarus.kind, belarus.country, len(belarus.mentions)) == ("country", "BLR", 2)
    minsk = named(found, "Minsk")
    assert (minsk.kind, minsk.country) == ("place", "BLR")


def test_entities_turkey_and_turkiye_are_one_country(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp, "Türkiye said it would reopen the route. Turkey's foreign minister met his Greek counterpart."
    )
    turkey = [e for e in found if e.country == "TUR"]
    assert len(turkey) == 1
    assert turkey[0].kind == "country"
    assert {"Türkiye", "Turkey"} <= set(texts(turkey[0]))


def test_entities_kyiv_and_kiev_are_one_city(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp, "Russian drones struck Kyiv overnight. Residents of Kiev spent the night in shelters."
    )
    kyiv = named(found, "Kyiv")
    assert (kyiv.kind, kyiv.country) == ("place", "UKR")
    assert set(texts(kyiv)) == {"Kyiv", "Kiev"}


def test_entities_georgia_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp, "Georgia's parliament passed the bill in Tbilisi, and Georgian officials welcomed it."
    )
    georgia = named(found, "Georgia")
    assert (georgia.kind, georgia.country) == ("country", "GEO")


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit Savannah and Atlanta, Georgia, on Monday.",
        "Georgia voters returned to the polls in Atlanta on Tuesday.",
        "Officials in the state of Georgia ordered a recount.",
    ],
)
def test_entities_georgia_the_us_state(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    georgia = named(entities(nlp, text), "Georgia")
    assert (georgia.kind, georgia.country) == ("place", "USA")


def test_entities_jordan_person_and_country(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp,
        "Rep. Jim Jordan criticised the plan on Monday. Jordan said the bill would fail.",
        "Jordan closed its border with Syria on Tuesday.",
    )
    person = named(found, "Jim Jordan")
    assert person.kind == "person"
    assert texts(person) == ["Jim Jordan", "Jordan"]
    country = named(found, "Jordan")
    assert (country.kind, country.country) == ("country", "JOR")


def test_entities_first_name_list_fixes_mislabelled_person(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(nlp, "Michael Jordan visited Amman, the capital of Jordan.")
    assert named(found, "Michael Jordan").kind == "person"
    assert named(found, "Jordan").kind == "country"


def test_entities_possessive_is_not_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp,
        "Prosecutors on special counsel Jack Smith’s team were fired. Smith’s office declined to comment.",
    )
    smith = named(found, "Jack Smith")
    assert smith.title == "special counsel"
    assert texts(smith) == ["Jack Smith", "Smith"]


def test_entities_article_person_beats_dictionary_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Abbas" alone is the Palestinian president in the dictionary; here the article names its own Abbas.
    found = entities(
        nlp, "Defence analyst Mark Abbas studied the drills. Abbas said the exercise was routine."
    )
    analyst = named(found, "Mark Abbas")
    assert texts(analyst) == ["Mark Abbas", "Abbas"]
    assert not [e for e in found if e.name == "Mahmoud Abbas"]


def test_entities_known_person_named_by_surname_gets_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(nlp, "Erdogan said the corridor would reopen.")
    erdogan = named(found, "Recep Tayyip Erdogan")
    assert erdogan.aliases == ("Erdogan",)


def test_entities_title_fragments_are_not_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(
        nlp,
        "Omani Foreign Minister Salim Al-Harthy met Saudi Minister of State Faisal Al-Otaibi and "
        "Polish Agriculture Minister Marek Zielinski.",
    )
    assert {e.name for e in found if e.kind == "organisation"} == set()
    assert named(found, "Faisal Al-Otaibi").title == "Minister of State"


def test_entities_head_noun_of_dictionary_name_resolves_description(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the bureau" is the FBI through its full name in the dictionary (Federal Bureau of Investigation).
    found = entities(
        nlp,
        "The FBI opened an inquiry into the leak.",
        "Agents inside the bureau said the president had not been told.",
        "President Ana Ruiz later met the agents.",
    )
    fbi = named(found, "FBI")
    assert "the bureau" in texts(fbi)
    # "the president" comes before any president is named: it is left unresolved, not guessed.
    assert all("the president" not in texts(e) for e in found)


def test_entities_shouted_lead_name_is_shown_in_normal_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "CANBERRA (Reuters) - JOHN Marsden's plea for voters to trust him is paying off, a poll shows."
    found = entities(nlp, text)
    person = named(found, "John Marsden")
    assert texts(person) == ["JOHN Marsden"]  # the mention keeps the article's own text
    assert text[person.mentions[0].start : person.mentions[0].end] == "JOHN Marsden"


def _titled(nlp, title: str, *paragraphs: str) -> tuple[Entity, ...]:  # type: ignore[no-untyped-def]
    article = build_article(source="test", title=title, paragraphs=list(paragraphs))
    doc = nlp(article.text[: article.analysis_end])
    return find_entities(article, doc, load_actor_dictionary(Settings()))


def test_entities_headline_verb_glued_to_a_known_persons_surname_is_cut(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _titled(nlp, "Putin Vows Tough Response", "President Vladimir Putin vowed on Saturday to act.")
    assert not [e.name for e in found if "Vows" in e.name]
    assert "Putin" in texts(named(found, "Vladimir Putin"))


def test_entities_role_noun_opening_a_lead_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _titled(nlp, "Gunmen kill three", "Gunmen killed three policemen in western Baghdad on Tuesday.")
    assert [e.kind for e in found if e.name == "Gunmen"] == ["organisation"]


def test_entities_known_surname_the_model_calls_a_nationality_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(nlp, "Uganda's Museveni offered on Sunday to talk to the rebels.")
    assert named(found, "Museveni").kind == "person"


def test_entities_unknown_word_before_a_group_noun_is_no_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(nlp, "Renegade soldiers seized the eastern town on Wednesday.")
    assert "Renegade" not in [e.name for e in found]


def test_entities_a_name_joined_by_and_is_one_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    found = entities(nlp, "A spokesman for the rebel Unity and Renewal Front denied the raid on Monday.")
    assert named(found, "Unity and Renewal Front").kind == "organisation"
