"""The places cases' markup, scorer and Article builder (newsgraph.testing.places), on hand-made cases."""

from __future__ import annotations

import pytest

from newsgraph.model import Analysis, Place
from newsgraph.testing.place_cases import CASES
from newsgraph.testing.places import POINTS, Case, Found, Plain, case_article, found_places, plain, score

ALEXANDRIA = Case(
    "Police in [[Alexandria|Alexandria (Louisiana)]] said the roads were shut.",
    dateline="ALEXANDRIA, La.",
    caption="A flooded street in [[Rome]].",
)


def test_places_plain_drops_the_markup_and_keeps_gold_offsets() -> None:
    p = plain(ALEXANDRIA)
    assert p.body == "Police in Alexandria said the roads were shut."
    assert p.caption == "A flooded street in Rome."
    assert p.dateline == "ALEXANDRIA, La."
    (town, rome) = p.gold
    assert (town.block, p.body[town.start : town.end]) == ("body", "Alexandria")
    assert (town.lat, town.lon) == POINTS["Alexandria (Louisiana)"]
    assert p.caption is not None and (rome.block, p.caption[rome.start : rome.end]) == ("caption", "Rome")


def test_places_every_case_key_has_a_point() -> None:
    # plain() raises KeyError on a key POINTS lacks; every shipped case must parse.
    assert all(plain(c).body for c in CASES)
    with pytest.raises(KeyError):
        plain(Case("Talks in [[Atlantis]] ended."))


def test_places_score_counts_recall_accuracy_and_precision() -> None:
    rome_lat, rome_lon = POINTS["Rome"]

    def run(p: Plain) -> list[Found]:
        (town, rome) = p.gold
        return [
            ("body", town.start, town.end, 0.0, 0.0),  # found, but far from Louisiana
            ("caption", rome.start, rome.end, rome_lat, rome_lon),  # found and close
            ("body", 0, 6, None, None),  # "Police": no gold there
        ]

    result = score([ALEXANDRIA], run)
    assert (result.gold, result.found, result.close, result.predicted, result.spurious) == (2, 2, 1, 3, 1)
    assert (result.recall, result.accuracy) == (1.0, 0.5)
    assert result.precision == pytest.approx(2 / 3)


def test_places_found_places_maps_article_offsets_back_into_the_case() -> None:
    p = plain(ALEXANDRIA)
    article = case_article(p)
    assert p.caption is not None and article.caption == p.caption and article.dateline == p.dateline
    town, rome = p.gold
    body, caption = article.text.index(p.body), article.text.rindex(p.caption)
    places = (
        Place("Alexandria", "USA", 31.3, -92.4, "city", 0.9, body + town.start, body + town.end),
        Place("Rome", "ITA", 41.9, 12.5, "city", 0.9, caption + rome.start, caption + rome.end),
    )
    found = found_places(article, Analysis(article, places=places), p)
    assert found == [
        ("body", town.start, town.end, 31.3, -92.4),
        ("caption", rome.start, rome.end, 41.9, 12.5),
    ]
