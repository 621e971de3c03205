from __future__ import annotations

import pytest

from newsgraph.extract.lines import classify, is_caption_credit, is_junk, is_title_like


def _kind(text: str) -> str:
    return classify(text, 0, None).kind


def test_lines_logo_glyphs_are_junk() -> None:
    assert is_junk("\u05b1")  # a lone combining mark: a logo decoded with the wrong codec
    assert is_junk("★ ☆ 12")
    assert not is_junk("Minsk")
    assert not is_junk("外交部")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", "blank"),
        ("* * *", "rule"),
        ("Short Url", "boiler"),
        ("Share this article", "boiler"),
        ("We use cookies to improve your experience on our site.", "boiler"),
        ("© 2025 Example Media. All rights reserved.", "boiler"),
        ("Updated 20 August 2025", "date"),
        ("By Jane Roe, Reuters", "byline"),
        ("— AFP", "credit"),
        ("  • Ministers agreed to extend the sanctions for six months", "bullet"),
        ("Protesters march in Tbilisi, Georgia, May 14, 2025. (AP Photo/Levan Beridze)", "caption"),
        ("Photo: Jane Roe/Reuters", "caption"),
        ("12 comments", "comments"),
        ("Ministers extend sanctions by six months", "short"),
        ("The ministers agreed to extend the sanctions.", "prose"),
        ("Week 12 power rankings (133)", "short"),
    ],
)
def test_lines_kinds(text: str, kind: str) -> None:
    assert _kind(text) == kind


def test_lines_headline_shapes() -> None:
    assert is_title_like("Lukashenko: 'We are ready to talk'", 6)
    assert is_title_like("Will the sanctions bite?", 4)
    assert not is_title_like('"We are ready," he said.', 5)
    assert not is_title_like("Politics", 1)
    assert not is_title_like("the talks ended without a deal", 6)


def test_lines_headline_ending_in_a_quote_is_not_a_paragraph() -> None:
    line = classify("Netanyahu, Gantz: 'There will be no early elections'", 0, None)
    assert line.kind == "short" and line.title_like


def test_lines_caption_credits() -> None:
    assert is_caption_credit("A soldier walks past a destroyed building. REUTERS/Jane Roe")
    assert is_caption_credit("FILE - The parliament building in Tbilisi.")
    assert not is_caption_credit("The minister told Reuters the talks would resume.")


def test_lines_repeated_text_shares_a_key() -> None:
    a = classify("Belarus seeks closer ties with Iran", 0, None)
    b = classify("  belarus seeks closer ties, with Iran! ", 5, None)
    assert a.key == b.key
