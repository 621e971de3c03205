from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.extract import extract
from newsgraph.model import Article, RawDocument
from newsgraph.settings import Settings
from newsgraph.testing.synthetic import wire_article, wire_corpus, wire_date


def _extract(text: str, settings: Settings, uri: str = "synthetic.txt") -> list[Article]:
    return extract(RawDocument(uri=uri, content=text, content_type="text/plain"), settings)


def _body_words(article: Article) -> int:
    return len(" ".join(article.paragraphs).split())


def test_synthetic_same_seed_gives_the_same_text_and_another_seed_does_not() -> None:
    assert wire_article(5, seed=3) == wire_article(5, seed=3)
    assert list(wire_corpus(4, words=120, seed=9)) == [wire_article(n, words=120, seed=9) for n in range(4)]
    assert wire_article(5, seed=3) != wire_article(5, seed=4)
    assert wire_article(5, seed=3) != wire_article(6, seed=3)


@pytest.mark.parametrize("words", [90, 400, 1200])
def test_synthetic_extracted_body_reaches_the_requested_length(words: int, settings: Settings) -> None:
    for n in range(15):
        (article,) = _extract(wire_article(n, words=words, seed=1), settings)
        # The dateline prefix is cut from the first paragraph, so allow those few words.
        assert _body_words(article) >= words - 6
        assert _body_words(article) <= words + 60  # one paragraph of overshoot at most


def test_synthetic_no_paragraph_repeats_within_an_article() -> None:
    for n in range(30):
        paragraphs = wire_article(n, words=1500, seed=2).split("\n\n")
        assert len(paragraphs) == len(set(paragraphs))


def test_synthetic_each_article_extracts_to_one_article_with_dateline_agency_and_date(
    settings: Settings,
) -> None:
    for n in range(40):
        text = wire_article(n, seed=11)
        articles = _extract(text, settings, uri=f"wire_{n}.txt")
        assert len(articles) == 1
        article = articles[0]
        capital = text.split("\n\n")[2].split(",")[0]
        assert article.dateline is not None and article.dateline.upper() == capital
        assert article.agency in ("Reuters", "AP", "AFP")
        assert article.title is not None and article.title.endswith(f"({n})")
        assert isinstance(article.published, dt.datetime)
        assert article.published == wire_date(n, seed=11)
        assert not article.paragraphs[0].startswith(capital)  # the wire prefix is not body text


def test_synthetic_corpus_articles_have_distinct_ids(settings: Settings) -> None:
    ids = {_extract(text, settings)[0].id for text in wire_corpus(200, words=150, seed=5)}
    assert len(ids) == 200
