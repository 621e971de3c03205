"""Planet names are no towns, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsgraph.extract.build import build_article
from newsgraph.understand.places.bodies import names_a_planet
from newsgraph.understand.places.find import find_places, load_gazetteer


def test_bodies_a_planet_alone_is_no_place() -> None:
    text = "The rover landed on Mars and sent pictures back to Earth ."
    assert names_a_planet(text, "Mars", text.index("Mars") + 4)
    assert names_a_planet(text, "Earth", text.index("Earth") + 5)
    qualified = "Firefighters in Mars , Pa. , put out the blaze ."
    assert not names_a_planet(qualified, "Mars", qualified.index("Mars") + 4)
    assert not names_a_planet(text, "Marseille", 0)


def test_bodies_space_story_has_no_town_of_a_planet(nlp: Any) -> None:
    article = build_article(
        source="t",
        title="Probe sets off",
        paragraphs=[
            "The probe left Florida on Tuesday for a seven-month flight to Mars , where it will look for water "
            "that could one day supply crews flying out from Earth .",
            "A grocery in Mars , Pa. , sold out of freeze-dried meals .",
        ],
        published=dt.date(2025, 8, 20),
        date_precision="day",
    )
    doc = nlp(article.text[: article.analysis_end])
    found = [
        (article.text[p.start : p.end], p.country) for p in find_places(article, doc, (), load_gazetteer())
    ]
    assert ("Florida", "USA") in found
    assert ("Earth", "USA") not in found
    assert [name for name, _ in found].count("Mars") == 1  # the Pennsylvania town, written with its state
