"""Headlines in scripts without capital letters (Arabic, Hebrew, ...) are kept as titles, also
behind a right-to-left mark. Texts written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.model import Article
from newsgraph.pipeline import extract_documents
from newsgraph.settings import Settings

ARABIC = (
    "وزير الخارجية يلتقي نظيره في القاهرة لبحث التعاون\n\n"
    "القاهرة: التقى وزير الخارجية اليوم نظيره في القاهرة لبحث سبل التعاون بين البلدين في مجالات التجارة "
    "والطاقة، وقال المتحدث باسم الوزارة إن المحادثات كانت بناءة.\n"
    "وأضاف المتحدث أن الجانبين اتفقا على عقد جولة جديدة من المحادثات الشهر المقبل.\n"
)
HEBREW = (
    "\u200fוועדת החוץ של הכנסת דנה בהסכם החדש עם השכנים\n\n"
    "ירושלים: ועדת החוץ והביטחון של הכנסת דנה היום בהסכם החדש, ויושב ראש הוועדה אמר כי הדיון היה ענייני ומפורט.\n"
    "חברי הוועדה ביקשו לקבל את נוסח ההסכם המלא לפני ההצבעה בשבוע הבא.\n"
)


@pytest.mark.parametrize(("text", "language"), [(ARABIC, "ar"), (HEBREW, "he")])
def test_caseless_script_headline_is_the_title(tmp_path: Path, text: str, language: str) -> None:
    path = tmp_path / f"{language}.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = [a for a in extract_documents([str(path)], Settings()) if isinstance(a, Article)]
    headline = text.split("\n", 1)[0]
    assert article.title is not None and article.title.lstrip("\u200f") == headline.lstrip("\u200f")
    assert article.language == language
