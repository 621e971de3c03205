"""Quotation-mark scanning: every style, broken pairs, nesting, quotes across paragraphs."""

from __future__ import annotations

from newsgraph.extract.build import build_article
from newsgraph.understand.quotes.marks import find_quote_spans


def _texts(*paragraphs: str) -> list[str]:
    article = build_article(source="test", paragraphs=paragraphs)
    return [
        s.text(article.text) for s in find_quote_spans(article.text, article.blocks, article.analysis_end)
    ]


def test_quote_marks_reads_every_style() -> None:
    found = _texts(
        'She said “curly doubles” and "straight doubles" and «guillemets» and „German low-high“ '
        "and ‘curly singles’ here."
    )
    assert found == ["curly doubles", "straight doubles", "guillemets", "German low-high", "curly singles"]


def test_quote_marks_accepts_an_opening_mark_used_as_closer() -> None:
    # Scraped copy often closes with the opening glyph: “...“
    assert _texts("He vowed to “end the blockade“ within weeks.") == ["end the blockade"]
    assert _texts("He vowed to “end the blockade“") == ["end the blockade"]


def test_quote_marks_ignores_apostrophes_and_elisions() -> None:
    found = _texts("The officials’ view of Russia’s plan in the ‘90s was that it wouldn’t work.")
    assert found == []


def test_quote_marks_keeps_nested_quotes_inside_the_outer_one() -> None:
    article = build_article(
        source="t", paragraphs=["“My father told me ‘never sell the farm,’ and I never did,” she said."]
    )
    spans = find_quote_spans(article.text, article.blocks, article.analysis_end)
    assert len(spans) == 1
    assert spans[0].text(article.text).startswith("My father told me ‘never sell the farm,’")
    assert [n.text(article.text) for n in spans[0].nested] == ["never sell the farm,"]


def test_quote_marks_continue_a_quote_across_paragraphs() -> None:
    found = _texts(
        "“The first paragraph of the statement.",
        "“The second paragraph goes on.",
        "“The third one ends it.” Then she left.",
    )
    assert found == [
        "The first paragraph of the statement.\n\nThe second paragraph goes on.\n\nThe third one ends it."
    ]


def test_quote_marks_end_an_unclosed_quote_at_its_paragraph_when_the_next_does_not_continue() -> None:
    article = build_article(
        source="t", paragraphs=["“An unclosed quote runs to the end", "A plain paragraph follows."]
    )
    spans = find_quote_spans(article.text, article.blocks, article.analysis_end)
    assert [s.text(article.text) for s in spans] == ["An unclosed quote runs to the end"]
    assert spans[0].closed is False


def test_quote_marks_read_doubled_apostrophes_as_quotes() -> None:
    assert _texts("He said -- ''That makes me smart'' -- and left.") == ["That makes me smart"]


def test_quote_marks_read_doubled_curly_singles_as_quotes() -> None:
    """A typographer's pass turns '' into two curly singles: “...’’ and ‘‘...’’ are double quotes."""
    assert _texts("“The plan failed,’’ the mayor said. ‘‘We will try again,’’ she added.") == [
        "The plan failed,",
        "We will try again,",
    ]
    assert _texts("The players’ union called the fans’ protest fair.") == []


def test_quote_marks_skip_the_caption() -> None:
    article = build_article(
        source="t", paragraphs=["No quotes in the body."], caption="A “quoted” caption word"
    )
    assert find_quote_spans(article.text, article.blocks, article.analysis_end) == []


def test_quote_marks_offsets_point_at_the_words() -> None:
    article = build_article(source="t", title="Title", paragraphs=["Before “inside words” after."])
    (span,) = find_quote_spans(article.text, article.blocks, article.analysis_end)
    assert article.text[span.start : span.end] == "inside words"
    assert article.text[span.open_at] == "“"
    assert span.close_at is not None and article.text[span.close_at] == "”"
