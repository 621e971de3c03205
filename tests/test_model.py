"""The records every stage shares: spans that cut the article text, an article's parts as views
over its blocks, actor codes split into country and role, and GDELT's geo types."""

from __future__ import annotations

import dataclasses

import pytest

from newsgraph.extract.build import build_article
from newsgraph.model import ActorRef, Entity, Event, Mention, Place, Quote, Span, geo_type

ARTICLE = build_article(
    source="wire.txt",
    title="Iran and Iraq sign border accord",
    summary=["The accord follows months of talks."],
    paragraphs=["The two governments signed the accord in Baghdad.", "Trade is expected to grow."],
    caption="Delegates in Baghdad. Photo: wire",
    language="en",
)


def test_model_article_parts_are_views_over_its_blocks() -> None:
    assert ARTICLE.paragraphs == (
        "The two governments signed the accord in Baghdad.",
        "Trade is expected to grow.",
    )
    assert ARTICLE.summary == ("The accord follows months of talks.",)
    assert ARTICLE.caption == "Delegates in Baghdad. Photo: wire"
    assert ARTICLE.body == "\n\n".join(ARTICLE.paragraphs)
    assert ARTICLE.text[ARTICLE.analysis_end :].strip() == ARTICLE.caption


def test_model_block_of_an_offset() -> None:
    assert ARTICLE.block_of(0) == "title"
    assert ARTICLE.block_of(ARTICLE.text.index("Baghdad")) == "paragraph"
    assert ARTICLE.block_of(ARTICLE.text.index("Delegates")) == "caption"
    assert ARTICLE.block_of(ARTICLE.text.index("\n\n")) is None  # between blocks
    assert build_article(source="x", paragraphs=[]).analysis_end == 0


def test_model_records_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ARTICLE.title = "Changed"  # type: ignore[misc]


def test_model_span_cuts_the_text() -> None:
    start = ARTICLE.text.index("Baghdad")
    assert Span(start, start + 7).text(ARTICLE.text) == "Baghdad"


def test_model_codes_split_into_country_and_role() -> None:
    iran = Entity("e1", "Iran", "country", (Mention("Iran", 0, 4),), country="IRN", role="GOV")
    assert iran.code == "IRNGOV"
    assert Entity("e2", "United Nations", "organisation", (), role="IGO").code == "IGO"
    # An organisation's tag follows its role: the role stays IGO for every test of it, the code is the full one.
    un = Entity("e4", "United Nations", "organisation", (), role="IGO", group="UNO")
    assert (un.role, un.code) == ("IGO", "IGOUNO")
    assert Entity("e3", "a spokesman", "person", ()).code == ""
    assert ActorRef("Iran", "IRNGOV").country == "IRN"
    assert ActorRef("police", "cop").country == "" and ActorRef("them").country == ""


def test_model_quote_pieces_default_to_its_one_range() -> None:
    whole = Quote("the accord opens a new chapter", True, 10, 40, None)
    assert whole.pieces == (Span(10, 40),)
    split = dataclasses.replace(whole, spans=(Span(10, 20), Span(30, 40)))
    assert split.pieces == (Span(10, 20), Span(30, 40))


def test_model_event_root_and_place_geo_types() -> None:
    event = Event(None, None, "0874", "RETREAT", 7.0, 2, Span(0, 5), "")
    assert event.root == "08"
    assert Place("Baghdad", "IRQ", 33.3, 44.4, "city", 0.9, 0, 7).geo_type == 4
    assert [geo_type(f, c) for f, c in [("country", "IRQ"), ("admin1", "USA"), ("admin1", "IRQ")]] == [
        1,
        2,
        5,
    ]
    assert [geo_type(f, c) for f, c in [("city", "USA"), ("continent", None), ("region", None)]] == [3, 0, 5]


def test_model_actor_ref_country_is_never_a_role() -> None:
    assert ActorRef("Iraqi police", "IRQCOP").country == "IRQ"
    assert ActorRef("protesters", "CVL").country == ""  # a role alone has no country
    assert ActorRef("gunmen", "REBMIL").country == ""
    assert ActorRef("the UN", "IGOUNO").country == "IGO"  # an organisation's block is its side
    assert ActorRef("someone").country == ""
