"""The home country: where the article's dateline and its place and country names put its story."""

from __future__ import annotations

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import Entity, Mention, Place
from newsgraph.settings import Settings
from newsgraph.understand.actors.dictionary import load_actor_dictionary
from newsgraph.understand.actors.entities import find_entities
from newsgraph.understand.actors.placing import acting, home_country, locative, with_place_countries
from newsgraph.understand.docview import index_for

pytestmark = pytest.mark.model


def home(nlp, text: str, dateline: str | None = None) -> str | None:  # type: ignore[no-untyped-def]
    article = build_article(source="test", paragraphs=[text], dateline=dateline)
    doc = nlp(article.text[: article.analysis_end])
    d = load_actor_dictionary(Settings())
    entities = find_entities(article, doc, d)
    return home_country(article, doc, entities, index_for(article, doc, None), d, lambda e: None)


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        # A dateline alone places the story.
        ("Insurgents attacked a police station on Tuesday, killing four officers.", "NAJAF, Iraq", "IRQ"),
        # The story's own places outvote the city it was filed from.
        ("Talks on Darfur resumed as Sudan promised to disarm militias in Darfur.", "ABUJA, Nigeria", "SDN"),
        # A story filed from Moscow about Budapest is Hungary's.
        ("Hungary blocked the statement, the Hungarian Foreign Ministry said in Budapest.", "MOSCOW", "HUN"),
        # A tie between the dateline and a country only adjectives and modifiers name goes to the dateline: the
        # Italians are foreigners in a story from Baghdad.
        ("Kidnappers holding two Italian engineers demanded the withdrawal of Italian troops.", "BAGHDAD", "IRQ"),
        ("Gunmen fired on U.S. troops, and U.S. helicopters returned fire.", "FALLUJA, Iraq", "IRQ"),
        # However often a story calls its foreigners "Jordanian", they weigh no more than its dateline.
        ("A Jordanian driver was freed, the Jordanian Foreign Ministry and his Jordanian employer said.", "BAGHDAD",
         "IRQ"),
        # A dateline town the dated dictionary knows as a place ("Rangoon"), though no table of cities has it.
        ("The junta freed a senior politician on Tuesday, his party said.", "RANGOON", "MMR"),
        # One passing mention with no dateline places nothing.
        ("Troops fired on a crowd, witnesses said, a day after talks with France.", None, None),
    ],
)
def test_home_country(nlp, text: str, dateline: str | None, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert home(nlp, text, dateline) == expected


def test_locative_and_acting(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Pakistan will send troops to a base in the city of Najaf and a camp in Kenya.")
    assert acting("country", doc[0:1]) and not acting("place", doc[0:1])
    assert locative(doc[11:12])  # "the city of Najaf"
    assert locative(doc[16:17])  # "in Kenya"
    assert not locative(doc[0:1]) and not locative(None)


def test_place_takes_the_geocoded_country_the_article_confirms() -> None:
    town = Entity("e1", "Bouake", "place", (Mention("Bouake", 40, 46),))
    other = Entity("e2", "Gulu", "place", (Mention("Gulu", 60, 64),))
    army = Entity("e3", "Ivorian army", "organisation", (Mention("Ivorian army", 0, 12),), country="CIV", role="MIL")
    places = [Place("Bouaké", "CIV", 7.7, -5.0, "city", 0.9, 40, 46), Place("Gulu", "UGA", 2.8, 32.3, "city", 0.9, 60, 64)]
    got = with_place_countries([town, other, army], places)
    # Gulu's Uganda is named nowhere else in the article: an ambiguous name's geocoding is not trusted alone.
    assert [e.code for e in got] == ["CIV", "", "CIVMIL"]
