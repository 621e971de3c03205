from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsgraph.extract.segment import segment_text
from newsgraph.model import Article, RawDocument
from newsgraph.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _norm(text: str | None) -> str:
    """Whitespace-normalised, with typographic quotes folded (decode_text's ftfy step
    straightens curly quotes, the expected strings may keep them)."""
    text = (text or "").translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    return re.sub(r"\s+", " ", text).strip()


def _segment(text: str | bytes, settings: Settings, **kwargs: Any) -> list[Article]:
    return segment_text(
        RawDocument(uri="dump.txt", content=text, content_type="text/plain", **kwargs), settings
    )


def _example(name: str, settings: Settings, fetched_at: dt.datetime | None = None) -> list[Article]:
    path = EXAMPLES / name
    return segment_text(
        RawDocument(
            uri=str(path), content=path.read_bytes(), content_type="text/plain", fetched_at=fetched_at
        ),
        settings,
    )


# --- the seed page ---------------------------------------------------------------------------


@pytest.mark.shared
def test_segment_seed_page_matches_every_article_field(
    shared: Path, seed_path: Path, settings: Settings
) -> None:
    expected = json.loads((shared / "eval" / "seed_expected.json").read_text(encoding="utf-8"))["articles"]
    doc = RawDocument(uri=str(seed_path), content=seed_path.read_bytes(), content_type="text/plain")
    articles = segment_text(doc, settings)
    assert [_norm(a.title) for a in articles] == [_norm(e["title"]) for e in expected]
    for article, want in zip(articles, expected, strict=True):
        got_date = article.published.isoformat()[:10] if article.published else None
        assert got_date == want["published"], article.title
        for field in ("agency", "dateline"):
            got = getattr(article, field)
            assert (got or "").casefold() == (want[field] or "").casefold(), (field, article.title)
        if "caption_contains" in want:
            assert _norm(want["caption_contains"]) in _norm(article.caption)
        assert len(article.summary) == want["summary_count"]
        assert len(article.paragraphs) == want["body_paragraphs"]
        body = _norm(article.body)
        assert body.startswith(_norm(want["body_starts_with"]))
        assert body.endswith(_norm(want["body_ends_with"]))
        assert _norm(want["title"]) not in body
        if article.caption:
            assert _norm(article.caption) not in body
        for noise in ("Short Url", "Updated "):
            assert noise not in body
        assert article.source.endswith(f"#{articles.index(article) + 1}")


@pytest.mark.shared
def test_segment_seed_relative_stamp_resolves_against_fetch_time(seed_path: Path, settings: Settings) -> None:
    fetched = dt.datetime(2025, 8, 20, 15, 0, 0, tzinfo=dt.UTC)
    doc = RawDocument(
        uri="seed.txt", content=seed_path.read_bytes(), content_type="text/plain", fetched_at=fetched
    )
    second = segment_text(doc, settings)[1]
    assert second.published == fetched - dt.timedelta(seconds=13)
    assert second.date_precision == "second" and second.date_source == "relative"
    assert second.fetched_at == fetched


@pytest.mark.shared
def test_segment_seed_logo_line_is_neither_article_nor_title(seed_path: Path, settings: Settings) -> None:
    articles = _segment(seed_path.read_bytes(), settings)
    first_line = seed_path.read_text(encoding="utf-8").splitlines()[0].strip()
    assert all(first_line not in (a.title or "") and first_line not in a.text for a in articles)


# --- bundled examples ------------------------------------------------------------------------

# Expected fields per example dump: one dict per article, in page order.
EXPECTED: dict[str, list[dict[str, Any]]] = {
    "dump_wire_single.txt": [
        {
            "title": "Ukraine and Poland agree to reopen border crossing to grain trucks",
            "published": "2025-08-20T16:12:00+03:00",
            "precision": "minute",
            "agency": "Reuters",
            "dateline": "KYIV",
            "caption_contains": "shake hands after talks at the Dorohusk border crossing",
            "summary": 0,
            "paragraphs": 6,
            "starts": "Ukraine and Poland agreed on Wednesday to reopen",
            "ends": "new scanning equipment at the crossing.",
            "author": "Olena Hrytsenko",
            "language": "en",
        }
    ],
    "dump_three_articles.txt": [
        {
            "title": "Georgia's opposition calls new protest as parliament passes foreign funding law",
            "published": "2025-08-20T21:41:00+04:00",
            "precision": "minute",
            "agency": "AP",
            "dateline": "TBILISI, Georgia",
            "caption_contains": "Protesters wave Georgian and EU flags outside parliament",
            "summary": 0,
            "paragraphs": 6,
            "starts": "Georgia's main opposition parties called supporters",
            "ends": "after scuffles near the building.",
            "author": "NINO KAPANADZE",
        },
        {
            "title": "Hungary blocks EU statement on Middle East ceasefire",
            "published": "2025-08-20T14:05:00",
            "precision": "minute",
            "agency": "TASS",
            "dateline": "MOSCOW",
            "caption_contains": None,
            "summary": 0,
            "paragraphs": 4,
            "starts": "Hungary blocked a joint European Union statement",
            "ends": "without Hungary later this week.",
        },
        {
            "title": "Sudan talks in Jeddah adjourned without truce deal",
            "published": None,  # "Updated 2 hours ago" and no fetch time
            "precision": "unknown",
            "agency": "AFP",
            "dateline": "JEDDAH, Saudi Arabia",
            "caption_contains": None,
            "summary": 0,
            "paragraphs": 5,
            "starts": "Talks between Sudan's army and the paramilitary",
            "ends": "since April 2023.",
            "author": "Karim Mansour",
        },
    ],
    "dump_summit_bullets.txt": [
        {
            "title": "Gulf states and Iran hold first security talks in Muscat in two years",
            "published": "2025-08-20",
            "precision": "day",
            "agency": None,
            "dateline": "MUSCAT",
            "caption_contains": "welcomes delegations at the Al Bustan Palace",
            "summary": 2,
            "paragraphs": 5,
            "starts": "Foreign ministers from the six Gulf Cooperation Council states",
            "ends": '"any dialogue that reduces tensions in the region."',
        }
    ],
    "dump_de_koalition.txt": [
        {
            "title": "Koalition streitet über Waffenlieferungen an die Ukraine",
            "published": "2025-08-20T14:05:00",
            "precision": "minute",
            "agency": "dpa",
            "dateline": "BERLIN",
            "caption_contains": None,
            "summary": 0,
            "paragraphs": 3,
            "starts": "In der Bundesregierung ist ein offener Streit",
            "ends": "zur Ukraine-Hilfe befassen.",
            "language": "de",
        }
    ],
    "dump_fr_manifestation.txt": [
        {
            "title": "Manifestation à Paris contre la réforme des retraites des fonctionnaires",
            "published": "2025-08-20T18:30:00",
            "precision": "minute",
            "agency": "AFP",
            "dateline": "PARIS",
            "caption_contains": None,
            "summary": 0,
            "paragraphs": 3,
            "starts": "Plusieurs dizaines de milliers de personnes",
            "ends": "en marge du défilé.",
            "language": "fr",
        }
    ],
    "dump_brief.txt": [
        {
            "title": "UN Security Council to meet on Sudan on Thursday",
            "published": "2025-08-20",
            "precision": "day",
            "agency": "AP",
            "dateline": "UNITED NATIONS",
            "caption_contains": None,
            "summary": 0,
            "paragraphs": 1,
            "starts": "The U.N. Security Council will hold an emergency meeting",
            "ends": "at the request of Britain, diplomats said.",
            "language": "en",
        }
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_segment_examples_give_expected_fields(name: str, settings: Settings) -> None:
    articles = _example(name, settings)
    expected = EXPECTED[name]
    assert [a.title for a in articles] == [e["title"] for e in expected]
    for article, want in zip(articles, expected, strict=True):
        got_date = article.published.isoformat() if article.published else None
        assert got_date == want["published"], article.title
        assert article.date_precision == want["precision"]
        assert article.agency == want["agency"]
        assert article.dateline == want["dateline"]
        if want["caption_contains"] is None:
            assert article.caption is None
        else:
            assert want["caption_contains"] in (article.caption or "")
            assert want["caption_contains"] not in article.body
        assert len(article.summary) == want["summary"]
        assert len(article.paragraphs) == want["paragraphs"]
        assert article.paragraphs[0].startswith(want["starts"])
        assert article.paragraphs[-1].endswith(want["ends"])
        assert article.title not in article.body
        if "author" in want:
            assert want["author"] in (article.author or "")
        if "language" in want:
            assert article.language == want["language"]


def test_segment_examples_relative_update_resolves_with_fetch_time(settings: Settings) -> None:
    fetched = dt.datetime(2025, 8, 20, 18, 0, tzinfo=dt.UTC)
    sudan = _example("dump_three_articles.txt", settings, fetched_at=fetched)[2]
    assert sudan.published == dt.date(2025, 8, 20)
    assert sudan.date_source == "relative"


def test_segment_examples_credit_lines_and_furniture_stay_out_of_body(settings: Settings) -> None:
    wire = _example("dump_wire_single.txt", settings)[0]
    assert "Reporting by" not in wire.text and "Trust Principles" not in wire.text
    georgia, hungary, sudan = _example("dump_three_articles.txt", settings)
    assert "Share this article" not in georgia.text
    assert "veto record" not in hungary.text  # a related-link line after the story
    assert "— AFP" not in sudan.text and "All rights reserved" not in sudan.text


# --- behaviours on hand-written dumps ----------------------------------------------------

_PARA = (
    "The finance ministers of the bloc met in Luxembourg on Tuesday and agreed to extend the sanctions "
    "for another six months, officials said after the meeting ended late in the evening."
)


def test_segment_headline_without_repeat_or_date_still_splits_on_section_breaks(settings: Settings) -> None:
    text = (
        "Ministers extend sanctions by six months\n\n"
        f"{_PARA}\nA second paragraph explains that the decision needed the backing of every member state.\n\n\n"
        "Opposition leader detained after rally in capital\n\n"
        "Police detained the opposition leader on Sunday after a rally of several thousand people in the capital, "
        "his party said, adding that he had been taken to an unknown location.\n"
        "The interior ministry said the rally had not been authorised and that organisers would face charges.\n"
    )
    articles = _segment(text, settings)
    assert [a.title for a in articles] == [
        "Ministers extend sanctions by six months",
        "Opposition leader detained after rally in capital",
    ]
    assert [len(a.paragraphs) for a in articles] == [2, 2]
    assert [a.source for a in articles] == ["dump.txt#1", "dump.txt#2"]


def test_segment_subheading_inside_body_does_not_split_article(settings: Settings) -> None:
    text = (
        "Parliament passes budget after all-night session\n\n"
        f"{_PARA}\n"
        "What happens next\n"
        "The president has ten days to sign the budget or return it to parliament with objections.\n"
    )
    (article,) = _segment(text, settings)
    assert article.paragraphs[1] == "What happens next"
    assert len(article.paragraphs) == 3


def test_segment_fragments_are_dropped_but_a_lone_short_article_is_kept(settings: Settings) -> None:
    page = (
        "Central bank raises rates to curb inflation\nAugust 20, 2025\n\n"
        + "\n".join([_PARA] * 1).replace("finance", "central bank")
        + "\nThe governor said further increases could follow if prices kept rising this autumn.\n\n\n"
        "Most read\nTeaser headline about something else entirely\nA short teaser sentence here.\n"
    )
    articles = _segment(page, settings)
    assert [a.title for a in articles] == ["Central bank raises rates to curb inflation"]
    short = "Talks resume in Geneva\n\nDelegations from both sides returned to Geneva on Monday for a new round of talks."
    (brief,) = _segment(short, settings.replace(min_article_chars=200))
    assert brief.title == "Talks resume in Geneva" and len(brief.paragraphs) == 1


def test_segment_menu_and_footer_lines_are_not_body(settings: Settings) -> None:
    menu = ["Home", "World", "Politics", "Business", "Sign in", "Subscribe", "Accept all cookies"]
    head = ["Ministers extend sanctions by six months", "By Jane Roe", "Published 20 Aug 2025 10:32 GMT"]
    second = "The measures cover energy, banking and the export of dual-use goods to the country."
    footer = [
        "Related",
        "Other headline about a summit",
        "Other headline about a vote",
        "© 2025 Example Media",
    ]
    text = "\n".join(
        [*menu, *head, _PARA, "Advertisement", second, *footer, "Privacy Policy", "Terms of Use"]
    )
    (article,) = _segment(text, settings)
    assert article.title == "Ministers extend sanctions by six months"
    assert article.paragraphs == (_PARA, second)
    assert article.author == "Jane Roe"
    assert article.published == dt.datetime(2025, 8, 20, 10, 32, tzinfo=dt.UTC)


def test_segment_reader_comments_are_cut_off(settings: Settings) -> None:
    text = (
        "Ministers extend sanctions by six months\nAugust 20, 2025\n"
        f"{_PARA}\nThe measures cover energy, banking and the export of dual-use goods to the country.\n"
        "12 comments\nThis is a reader's long opinion about the sanctions that goes on for quite some time, really.\n"
    )
    (article,) = _segment(text, settings)
    assert len(article.paragraphs) == 2


def test_segment_container_metadata_fills_title_and_date(settings: Settings) -> None:
    text = f"{_PARA}\nThe measures cover energy, banking and the export of dual-use goods to the country.\n"
    meta = {
        "title": "EU extends sanctions",
        "published": "2025-08-19T09:00:00Z",
        "url": "https://example.org/a",
    }
    (article,) = _segment(text, settings, meta=meta, source_id="rec-7")
    assert article.title == "EU extends sanctions"
    assert article.published == dt.datetime(2025, 8, 19, 9, 0, tzinfo=dt.UTC)
    assert article.date_source == "metadata"
    assert article.url == "https://example.org/a" and article.source_id == "rec-7"


def test_segment_settings_fetch_time_is_the_fallback_base(settings: Settings) -> None:
    text = f"Ministers extend sanctions by six months\nUpdated 5 min ago\n\n{_PARA}\n"
    (article,) = _segment(text, settings.replace(fetched_at="2025-08-20T12:00:00+00:00"))
    assert article.published == dt.datetime(2025, 8, 20, 11, 55, tzinfo=dt.UTC)
    (unknown,) = _segment(text, settings)
    assert unknown.published is None and unknown.date_precision == "unknown"


def test_segment_same_story_scraped_twice_yields_both_copies(settings: Settings) -> None:
    story = f"Ministers extend sanctions by six months\nAugust 20, 2025\n\n{_PARA}\n" + "\n".join(
        f"Paragraph {n} adds detail on how the sanctions will be enforced by customs officers at the borders."
        for n in range(1, 40)
    )
    articles = _segment(story + "\n\n\n" + story, settings)
    assert len(articles) == 2 and articles[0].id == articles[1].id


def test_segment_wire_date_without_year_uses_fetch_year(settings: Settings) -> None:
    text = f"Ministers extend sanctions by six months\n\nBRUSSELS, Aug 20 (Reuters) - {_PARA}\n"
    fetched = dt.datetime(2025, 9, 1, tzinfo=dt.UTC)
    (article,) = _segment(text, settings, fetched_at=fetched)
    assert article.published == dt.date(2025, 8, 20) and article.date_source == "dateline"
    assert article.dateline == "BRUSSELS" and article.agency == "Reuters"
    assert article.paragraphs[0].startswith("The finance ministers")


def test_segment_uncredited_caption_above_the_date_block_is_the_caption(settings: Settings) -> None:
    text = (
        "Thousands rally against media law in Tbilisi\n"
        "Protesters march along Rustaveli Avenue towards the parliament building on Sunday evening.\n"
        "Updated 20 August 2025\n\n"
        "Organisers say the new law will be used to close independent outlets before the election.\n"
        f"{_PARA}\n"
    )
    (article,) = _segment(text, settings)
    assert article.caption is not None and article.caption.startswith("Protesters march along")
    assert article.summary == ()
    assert article.paragraphs[0].startswith("Organisers say")


def test_segment_standfirst_right_above_the_body_is_summary(settings: Settings) -> None:
    text = (
        "Thousands rally against media law in Tbilisi\n"
        "By Jane Roe\n"
        "Updated 20 August 2025\n"
        "Organisers say the new law will be used to close independent outlets.\n"
        "Advertisement\n"
        "Advertisement\n"
        "Advertisement\n"
        f"{_PARA}\nThe measures cover energy, banking and the export of dual-use goods to the country.\n"
    )
    (article,) = _segment(text, settings)
    assert article.caption is None
    assert article.summary == ("Organisers say the new law will be used to close independent outlets.",)


def test_segment_sections_between_rules_stay_in_one_article(settings: Settings) -> None:
    sections = "\n".join(
        f"___\nWHAT ABOUT POINT {n}?\nDelegates are expected to argue over point {n} of the draft communique, "
        "which diplomats say remains the hardest part of the negotiations in the final session."
        for n in ("ONE", "TWO", "THREE")
    )
    text = f"Five questions before the summit\nAugust 20, 2025\n\n{_PARA}\n{sections}\n"
    (article,) = _segment(text, settings)
    assert article.title == "Five questions before the summit"
    assert "WHAT ABOUT POINT THREE?" in article.paragraphs
    assert len(article.paragraphs) == 7


def test_segment_caption_with_credit_on_its_own_line(settings: Settings) -> None:
    text = (
        "Ministers extend sanctions by six months\n"
        "Foreign ministers pose for a family photo before the meeting in Luxembourg on Tuesday.\n"
        "Photo: Jane Roe/AFP\n"
        f"{_PARA}\nThe measures cover energy, banking and the export of dual-use goods to the country.\n"
    )
    (article,) = _segment(text, settings)
    assert article.caption == (
        "Foreign ministers pose for a family photo before the meeting in Luxembourg on Tuesday. Photo: Jane Roe/AFP"
    )
    assert article.paragraphs[0] == _PARA
