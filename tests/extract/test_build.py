"""Assembling an Article: one canonical text (title, summary, body, caption) with a block
span for each part, and an id that depends on the body alone."""

from __future__ import annotations

import datetime as dt

from newsgraph.extract.build import SEPARATOR, article_id, build_article, normalise_space

BODY = ["Farmers blocked three motorways near Zaragoza on Thursday.", "Police diverted traffic for hours."]


def test_build_text_is_the_parts_in_order_with_a_block_for_each() -> None:
    article = build_article(
        source="wire.txt",
        title="  Farmers   block motorways ",
        summary=["Drought cut the harvest.", "   "],
        paragraphs=BODY,
        caption="Tractors on the A-2. Photo: wire",
        language="en",
    )
    assert article.text == SEPARATOR.join(
        ["Farmers block motorways", "Drought cut the harvest.", *BODY, "Tractors on the A-2. Photo: wire"]
    )
    assert [b.kind for b in article.blocks] == ["title", "summary", "paragraph", "paragraph", "caption"]
    assert [article.text[b.start : b.end] for b in article.blocks][2:4] == BODY
    assert article.title == "Farmers block motorways"
    assert article.analysis_end == article.blocks[3].end  # the caption is not parsed


def test_build_dateline_is_a_last_block_outside_the_parsed_text() -> None:
    article = build_article(
        source="wire.txt",
        paragraphs=BODY,
        caption="Tractors on the A-2.",
        dateline="ALEXANDRIA,  La.",
        language="en",
    )
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph", "caption", "dateline"]
    last = article.blocks[-1]
    assert article.text[last.start : last.end] == "ALEXANDRIA, La." and article.text.endswith(
        "ALEXANDRIA, La."
    )
    assert article.dateline == "ALEXANDRIA,  La."  # the field keeps what extraction found
    assert article.analysis_end == article.blocks[1].end  # neither caption nor dateline is parsed
    assert article.block_of(last.start) == "dateline"
    assert article.id == build_article(source="other.txt", paragraphs=BODY).id  # the body alone makes the id


def test_build_id_is_the_normalised_body_whatever_the_wrapping() -> None:
    plain = build_article(source="a.txt", paragraphs=BODY, language="en")
    page = build_article(
        source="b.html", title="Another headline", paragraphs=[p.upper() + "  " for p in BODY], language="en"
    )
    assert plain.id == page.id == article_id(BODY) and len(plain.id) == 16
    assert article_id(["Something else."]) != plain.id


def test_build_dates_without_a_published_date_are_unknown() -> None:
    undated = build_article(
        source="a.txt", paragraphs=BODY, date_precision="day", date_source="meta", language="en"
    )
    assert (undated.date_precision, undated.date_source) == ("unknown", None)
    dated = build_article(
        source="a.txt", paragraphs=BODY, published=dt.date(2025, 3, 6), date_precision="day", language="en"
    )
    assert dated.date_precision == "day"


def test_build_language_is_detected_when_not_given() -> None:
    assert build_article(source="a.txt", paragraphs=BODY).language == "en"
    spanish = ["Los agricultores bloquearon tres autopistas cerca de Zaragoza el jueves por la sequía."]
    assert build_article(source="a.txt", paragraphs=spanish).language == "es"


def test_build_normalise_space() -> None:
    assert normalise_space("  a\n\tb   c ") == "a b c"
