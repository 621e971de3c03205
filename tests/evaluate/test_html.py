"""The benchmark's shingle scoring (newsgraph.evaluate.html), on hand-made texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.evaluate.html import PageCounts, aggregate, load_pages, page_counts, shingles


def test_html_scoring_shingles_are_case_sensitive_word_4grams() -> None:
    assert shingles("The port, the PORT: reopened today!") == {
        ("The", "port", "the", "PORT"): 1,
        ("port", "the", "PORT", "reopened"): 1,
        ("the", "PORT", "reopened", "today"): 1,
    }
    assert shingles("Too short") == {("Too", "short"): 1}
    assert shingles(" -- ") == {}


def test_html_scoring_page_counts_are_normalised_multisets() -> None:
    gold = "one two three four five six"
    assert page_counts(gold, gold) == PageCounts(1.0, 0.0, 0.0)
    # Predicting the text twice: 9 shingles, each gold one twice (1 hit, 1 extra) and 3
    # that straddle the seam.
    doubled = page_counts(gold, gold + " " + gold)
    assert doubled.tp == pytest.approx(3 / 9) and doubled.fp == pytest.approx(6 / 9) and doubled.fn == 0
    missed = page_counts(gold, "")
    assert missed == PageCounts(0.0, 0.0, 1.0)


def test_html_scoring_aggregate_averages_pages_where_each_metric_is_defined() -> None:
    perfect = PageCounts(1.0, 0.0, 0.0)
    nothing_predicted = PageCounts(0.0, 0.0, 1.0)
    half = PageCounts(0.5, 0.5, 0.0)
    score = aggregate([perfect, nothing_predicted, half])
    # Precision skips the page that predicted nothing; recall counts it as 0.
    assert score.precision == pytest.approx((1.0 + 0.5) / 2)
    assert score.recall == pytest.approx((1.0 + 0.0 + 1.0) / 3)
    assert score.f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    assert score.pages == 3


@pytest.mark.shared
def test_html_scoring_loads_every_benchmark_page(shared: Path) -> None:
    pages = list(load_pages(shared / "eval" / "html"))
    assert len(pages) == 91
    assert all(p.html.lstrip()[:1] == b"<" and p.body for p in pages)
