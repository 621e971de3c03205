from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.errors import DocumentFailed
from newsgraph.extract.html import extract_html
from newsgraph.model import RawDocument
from newsgraph.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"
SETTINGS = Settings()


def _page(name: str, **meta: str) -> RawDocument:
    return RawDocument(
        uri=str(DATA / name), content=(DATA / name).read_bytes(), content_type="text/html", meta=meta
    )


def test_html_extracts_body_without_boilerplate_and_page_metadata() -> None:
    article = extract_html(_page("src_page.html"), SETTINGS)
    assert article.title == "Mountain villages reconnected as new bridge opens"
    assert len(article.paragraphs) == 5
    assert article.paragraphs[0].startswith("Three mountain villages cut off")
    assert article.paragraphs[-1].endswith("rebuilt next year.")
    for boilerplate in (
        "Related stories",
        "Share on Facebook",
        "Privacy policy",
        "All rights reserved",
        "Subscribe",
    ):
        assert boilerplate not in article.text
    # The in-body <h1> repeats the headline; it must not come back as a paragraph.
    assert article.text.count("Mountain villages reconnected") == 1
    assert article.author == "Marta Kowalczyk"
    assert article.site == "Valley Courier"
    assert article.url == "https://courier.example.org/news/2024/05/14/bridge-opens"
    assert article.published == dt.date(2024, 5, 14)
    assert (article.date_precision, article.date_source) == ("day", "metadata")
    assert article.language == "en"
    assert [b.kind for b in article.blocks] == ["title"] + ["paragraph"] * 5


def test_html_container_metadata_wins_over_the_page() -> None:
    doc = _page(
        "src_page.html",
        title="Bridge opens (wire version)",
        published="2024-05-13T22:00:00+00:00",
        url="https://wire.example.com/bridge",
        author="Wire Staff",
    )
    article = extract_html(doc, SETTINGS)
    assert article.title == "Bridge opens (wire version)"
    assert article.published == dt.datetime(2024, 5, 13, 22, 0, tzinfo=dt.UTC)
    assert article.date_precision == "second"
    assert article.url == "https://wire.example.com/bridge" and article.author == "Wire Staff"


def test_html_page_without_text_fails_with_the_reason() -> None:
    with pytest.raises(DocumentFailed, match="no article text in HTML") as caught:
        extract_html(_page("src_no_text.html"), SETTINGS)
    assert caught.value.stage == "extract" and caught.value.uri == str(DATA / "src_no_text.html")


def test_html_feed_snippet_falls_back_to_its_plain_text() -> None:
    doc = RawDocument(
        uri="feed.rss#4",
        content="<p>Ferries resumed on <b>Monday</b>.</p><p>Delays are expected.</p>",
        content_type="text/html",
        source_id="guid-4",
        meta={"title": "Ferries resume", "published": "2024-10-02"},
    )
    article = extract_html(doc, SETTINGS)
    assert article.paragraphs == ("Ferries resumed on Monday.", "Delays are expected.")
    assert article.title == "Ferries resume" and article.source_id == "guid-4"
    assert article.published == dt.date(2024, 10, 2) and article.date_precision == "day"


def test_html_snippet_of_only_script_still_fails() -> None:
    doc = RawDocument(
        uri="x.jsonl:3", content="<script>track()</script><div></div>", content_type="text/html"
    )
    with pytest.raises(DocumentFailed, match="no article text in HTML"):
        extract_html(doc, SETTINGS)


def test_html_declared_charset_decodes_latin1_pages() -> None:
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Grève</title></head><body><article>'
        + "<p>Les cheminots de Liège ont arrêté le travail jeudi matin pour protester contre la réforme.</p>"
        * 3
        + "</article></body></html>"
    ).encode("latin-1")
    article = extract_html(RawDocument(uri="p.html", content=html, content_type="text/html"), SETTINGS)
    assert "cheminots de Liège ont arrêté" in article.body


def test_html_http_charset_from_the_warc_outranks_guessing() -> None:
    html = "<p>Die Schüler in Köln haben am Donnerstag demonstriert und größere Klassenräume gefordert.</p>"
    doc = RawDocument(
        uri="https://x.example/a",
        content=html.encode("cp1252"),
        content_type="text/html",
        meta={"charset": "windows-1252"},
    )
    assert "Schüler in Köln" in extract_html(doc, SETTINGS).body


def test_html_mojibake_in_extracted_text_is_repaired() -> None:
    broken = "“Passengers should expect delays,” a spokeswoman said. Café owners welcomed the news."
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252

    mangled = broken.encode("utf-8").decode("sloppy-windows-1252")
    doc = RawDocument(uri="s", content=f"<p>{mangled}</p>", content_type="text/html")
    body = extract_html(doc, SETTINGS).body
    assert "Café owners" in body and "â€" not in body


def test_html_date_is_never_after_the_fetch_time() -> None:
    html = (
        "<html><head><title>Vote</title><meta property='article:published_time' content='2031-01-01'></head>"
        "<body><article>"
        + "<p>The assembly voted on the new budget after a long debate on Friday night.</p>" * 3
        + "</article></body></html>"
    )
    doc = RawDocument(
        uri="v.html",
        content=html,
        content_type="text/html",
        fetched_at=dt.datetime(2024, 1, 10, tzinfo=dt.UTC),
    )
    assert extract_html(doc, SETTINGS).published != dt.date(2031, 1, 1)


def test_html_one_paragraph_snippet_trafilatura_refuses_still_gives_text() -> None:
    doc = RawDocument(
        uri="f.rss#1", content="<p>Polls closed at 8 pm; counting has begun.</p>", content_type="text/html"
    )
    assert extract_html(doc, SETTINGS).paragraphs == ("Polls closed at 8 pm; counting has begun.",)


def test_html_wire_opening_becomes_dateline_and_agency() -> None:
    html = (
        "<html><head><title>Port strike ends</title></head><body><article>"
        "<p>GDANSK, March 4 (Reuters) - Dock workers returned to work on Tuesday after a three-day strike.</p>"
        "<p>The union said the agreement raises wages by nine percent over two years.</p>"
        "<p>Shipping agents expect the backlog of container ships to clear by the weekend.</p>"
        "</article></body></html>"
    )
    article = extract_html(RawDocument(uri="w.html", content=html, content_type="text/html"), SETTINGS)
    assert (article.dateline, article.agency) == ("GDANSK", "Reuters")
    assert article.paragraphs[0].startswith("Dock workers returned")


def test_html_snippet_date_is_not_taken_from_its_sentences() -> None:
    doc = RawDocument(
        uri="d.jsonl:1",
        content="<p>The treaty signed on 12 March 2019 expired on Monday.</p><p>Talks on a new one begin soon.</p>",
        content_type="text/html",
    )
    article = extract_html(doc, SETTINGS)
    assert article.published is None and article.date_precision == "unknown"


def test_html_structured_snippet_keeps_lists_tables_and_short_lines() -> None:
    from newsgraph.model import RawDocument
    from newsgraph.settings import Settings

    html = (
        "<p>The regional council met on Tuesday to review the flood defences.</p>"
        "<p>FLOOD WARNING REMAINS IN FORCE</p><ul><li>raise the north weir</li><li>clear the drains</li></ul>"
        "<table><tr><td>North weir</td><td>1998</td></tr><tr><td>Mill gate</td><td>2004</td></tr></table>"
    )
    doc = RawDocument(uri="r", content=html, content_type="text/html", structured=True)
    article = extract_html(doc, Settings())
    assert article.paragraphs == (
        "The regional council met on Tuesday to review the flood defences.",
        "FLOOD WARNING REMAINS IN FORCE",
        "raise the north weir",
        "clear the drains",
        "North weir 1998",
        "Mill gate 2004",
    )


def _hover_page(sentence: str) -> RawDocument:
    html = (
        "<html><head><title>Council backs the harbour plan</title></head><body><article>"
        f"<p>{sentence}</p>"
        "<p>The vote came after two years of hearings on dredging the old harbour and widening its quays.</p>"
        "<p>Fishermen's groups said the work would close the inner basin for most of a season.</p>"
        "</article></body></html>"
    )
    return RawDocument(uri="hover.html", content=html, content_type="text/html")


@pytest.mark.parametrize(
    "linked",
    [
        # a person's hover card after the link, inside a wrapper that holds the visible name
        '<span class="rollover-person"><a href="/p/ana-ruiz">Ana Ruiz</a>'
        '<span class="rollover-block"><a class="name">Ana Maria Ruiz</a> Mayor of Port Ellis MORE</span></span>',
        # the common tooltip widget: the term is visible, its text shows on hover
        '<span class="tooltip">Ana Ruiz<span class="tooltiptext">Ana Maria Ruiz, Mayor of Port Ellis</span></span>',
        '<span class="has-popover">Ana Ruiz</span><span class="popover-content">Ana Maria Ruiz MORE</span>',
    ],
)
def test_html_hover_cards_and_tooltip_texts_stay_out_of_the_sentence(linked: str) -> None:
    sentence = f"Port Ellis Mayor {linked} said on Tuesday the council had approved the harbour plan by nine votes."
    article = extract_html(_hover_page(sentence), SETTINGS)
    assert article.paragraphs[0] == (
        "Port Ellis Mayor Ana Ruiz said on Tuesday the council had approved the harbour plan by nine votes."
    )


def test_html_tooltip_wrappers_and_triggers_keep_their_visible_words() -> None:
    sentence = (
        'The plan needs a <span class="tooltip-wrapper"><span class="has-tooltip">variance</span></span> '
        'from the <span class="header-tooltip">state coastal board</span> before work can start next spring.'
    )
    article = extract_html(_hover_page(sentence), SETTINGS)
    assert article.paragraphs[0] == (
        "The plan needs a variance from the state coastal board before work can start next spring."
    )


def test_html_a_body_under_a_hover_effect_class_is_kept() -> None:
    # The article's own container carries a hover-effect class; it is long, no card, and its text stays.
    body = "".join(
        f"<p>Paragraph {i} of the council's report says the harbour works will run for three more years.</p>"
        for i in range(12)
    )
    html = (
        "<html><head><title>Council backs the harbour plan</title></head><body>"
        f'<div class="story-body hoverable-content">{body}</div></body></html>'
    )
    article = extract_html(RawDocument(uri="effect.html", content=html, content_type="text/html"), SETTINGS)
    assert len(article.paragraphs) == 12
