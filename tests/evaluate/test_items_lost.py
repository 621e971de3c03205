"""`items_lost`: an item that gave no article on the user's path is counted, and the count is
pinned from above (more lost is worse), unlike every other score."""

from __future__ import annotations

from newsgraph.evaluate import Score
from newsgraph.evaluate.seed import score_seed
from newsgraph.extract.build import build_article
from newsgraph.model import Analysis


def test_items_lost_is_a_ceiling() -> None:
    assert Score("articles", "seed", "items_lost", 0.0, 2, 0.0).passed
    assert not Score("articles", "seed", "items_lost", 1.0, 2, 0.0).passed
    assert not Score("articles", "seed", "recall", 0.5, 2, 1.0).passed


def test_items_lost_counts_expected_seed_articles_nothing_came_out_for() -> None:
    expected = {
        "articles": [{"title": "Dam talks resume"}, {"title": "Harbour reopens"}],
        "_families": ["articles"],
    }
    found = Analysis(build_article(source="t", title="Dam talks resume", paragraphs=["The two states met."]))
    [lost] = [s for s in score_seed(expected, [found]) if s.metric == "items_lost"]
    assert (lost.value, lost.n) == (1.0, 2)
