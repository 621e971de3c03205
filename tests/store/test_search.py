"""Full-text search over stored articles and quotes (FTS5): ranked hits with marked snippets,
date bounds, and malformed queries reported as InvalidQuery."""

from __future__ import annotations

import pytest

from newsgraph.errors import InvalidQuery
from newsgraph.store import Store
from newsgraph.store.search import _marked, search, search_quotes


def test_search_finds_the_article_and_marks_the_words(filled: Store) -> None:
    hits = search(filled, "border")
    assert [h.title for h in hits] == ["Tehran and Baghdad sign border accord"]
    assert "[border]" in hits[0].snippet
    assert hits[0].day == "2024-05-06" and hits[0].url == "https://example.org/border-deal"


def test_search_says_where_its_matches_are(filled: Store) -> None:
    (hit,) = search(filled, "border")
    assert hit.matches and all(hit.snippet[s:e].lower() == "[border]" for s, e in hit.matches)
    (quote,) = search_quotes(filled, "friendship")
    assert [quote.snippet[s:e] for s, e in quote.matches] == ["[friendship]"]


def test_snippet_brackets_of_the_text_itself_are_not_matches() -> None:
    text, matches = _marked("the [sic] \x02accord\x03 was signed [in full]")
    assert text == "the [sic] [accord] was signed [in full]"
    assert matches == ((10, 18),)
    assert _marked(None) == ("", ())


def test_search_returns_the_best_match_first(filled: Store) -> None:
    hits = search(filled, "Tehran OR Kharkiv")
    assert len(hits) == 3
    assert hits == sorted(hits, key=lambda h: h.rank)  # bm25: lower is better


def test_search_date_bounds_keep_articles_of_those_days(filled: Store) -> None:
    assert [h.day for h in search(filled, "Iran OR Iranian", since="2024-06-01")] == ["2024-06-01"]
    assert [h.day for h in search(filled, "Iran OR Iranian", until="2024-05")] == ["2024-05-06"]
    assert search(filled, "Kharkiv", since="2024-01-01") == []  # undated: outside any bound


def test_search_pages_with_limit_and_offset(filled: Store) -> None:
    every = search(filled, "said")
    assert len(every) >= 2
    assert search(filled, "said", limit=1, offset=1) == every[1:2]


def test_search_quotes_matches_text_and_speaker(filled: Store) -> None:
    (hit,) = search_quotes(filled, "friendship")
    assert hit.speaker_name == "Iranian government"
    assert "[friendship]" in hit.snippet
    assert [h.quote_id for h in search_quotes(filled, "Iranian")] == [hit.quote_id]  # the speaker's name
    assert search_quotes(filled, "sanctions") == []


@pytest.mark.parametrize("query", ["", "   ", '"unterminated', "colour:red", "AND AND"])
def test_search_malformed_or_empty_query_is_invalid(filled: Store, query: str) -> None:
    with pytest.raises(InvalidQuery):
        search(filled, query)
    with pytest.raises(InvalidQuery):
        search_quotes(filled, query)
