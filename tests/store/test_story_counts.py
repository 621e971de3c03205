"""Story and merged-event counts kept as articles join equal a recount from the rows.

The write path no longer recounts a story on every join (that read the whole story each time);
it adds what each article, copy and merged event brings. These tests replay the cases that
make that tricky (an exact copy of a stored article, a near copy stored as a row, a copy of a
near copy, a copy recorded in the same document before its original has a story, a
reprocess that deletes members) and check after every write that the kept counts equal what
`refresh_story` and `refresh_merged` compute from the rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.model import Analysis
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store
from newsgraph.store.links import ArticleLinker, as_duplicate
from newsgraph.store.stories import refresh_merged, refresh_story
from tests.store.conftest import border_deal, sanctions

DAY = dt.date(2024, 5, 6)


def variant(
    base: Analysis, n: int, *, days: int = 0, agency: str | None = None, site: str | None = None
) -> Analysis:
    """Another outlet's article with the same findings (same text, so every span still holds)."""
    article = dataclasses.replace(
        base.article,
        id=f"{base.article.id[:16]}-{n}",
        source=f"file:///news/{n}.txt",
        url=None,
        agency=agency,
        site=site,
        published=DAY + dt.timedelta(days=days),
    )
    return dataclasses.replace(base, article=article)


def counts(store: Store) -> dict[str, list[tuple[object, ...]]]:
    conn = store.conn
    return {
        "stories": [
            tuple(r)
            for r in conn.execute("SELECT id, n_articles, n_sources, n_events FROM stories ORDER BY id")
        ],
        "outlets": [
            tuple(r) for r in conn.execute("SELECT story_id, outlet FROM story_outlets ORDER BY 1, 2")
        ],
        "merged": [
            tuple(r)
            for r in conn.execute(
                "SELECT id, num_mentions, num_articles, num_sources, first_event_id FROM merged_events ORDER BY id"
            )
        ],
    }


def recounted(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """The counts as a full recount gives them (computed in a savepoint, then undone)."""
    conn = store.conn
    conn.execute("SAVEPOINT recount")
    try:
        for (sid,) in conn.execute("SELECT id FROM stories").fetchall():
            refresh_story(conn, sid)
        refresh_merged(conn, [r[0] for r in conn.execute("SELECT id FROM merged_events").fetchall()])
        return counts(store)
    finally:
        conn.execute("ROLLBACK TO recount")
        conn.execute("RELEASE recount")


@pytest.fixture
def run(tmp_path: Path) -> Iterator[tuple[Store, ArticleLinker]]:
    store = open_store(tmp_path / "s.db")
    linker = ArticleLinker(store, Settings(dedup_threshold=0.0))  # copies are marked by hand here
    yield store, linker
    store.close()


def test_story_counts_follow_joins_copies_and_reprocessing(run: tuple[Store, ArticleLinker]) -> None:
    store, linker = run
    deal, other = border_deal(), sanctions()
    a1 = variant(deal, 1, agency="Reuters")
    a2 = variant(deal, 2, days=1, agency="AFP")
    a3 = variant(deal, 3, days=2, site="example.org")
    near = variant(deal, 4, days=1, site="copies.example")
    documents = [
        ("d1", [a1]),
        ("d2", [variant(deal, 1, agency="AP")]),  # exact copy of a1 (same id), another outlet
        ("d3", [a2, variant(other, 5, agency="AFP")]),
        ("d4", [as_duplicate(near.article, a2.article.id)]),  # near copy, stored as a row
        (
            "d5",
            [
                dataclasses.replace(
                    as_duplicate(near.article, near.article.id),
                    article=dataclasses.replace(
                        near.article, source="file:///news/6.txt", site="again.example"
                    ),
                )
            ],
        ),  # copy of the near copy
        ("d6", [a3, variant(deal, 3, days=2, agency="Kyodo")]),  # a3 and its copy in one document
        ("d7", [variant(deal, 1, agency="Reuters")]),  # a copy from an outlet the story has
    ]
    for content_hash, analyses in documents:
        store.write_document(
            f"file:///{content_hash}", content_hash, None, analyses, after=linker.after_write
        )
        assert counts(store) == recounted(store), content_hash
    story = store.conn.execute("SELECT * FROM stories WHERE label_article = ?", (a1.article.id,)).fetchone()
    # a1 + 2 exact copies, a2, the near copy + its exact copy, a3 + its copy: 8 articles;
    # Reuters, AP, AFP, copies.example, again.example, example.org, Kyodo: 7 outlets.
    assert (story["n_articles"], story["n_sources"]) == (8, 7)

    # Reprocessing deletes and rewrites a2 without grouping it: the story loses it. (Merged
    # events are recounted when next touched, as they always were.)
    store.replace_analyses("file:///d3", "d3", None, [a2, variant(other, 5, agency="AFP")])
    now, recount = counts(store), recounted(store)
    assert (now["stories"], now["outlets"]) == (recount["stories"], recount["outlets"])
    after = store.conn.execute("SELECT n_articles FROM stories WHERE id = ?", (story["id"],)).fetchone()[0]
    assert after == 7


def test_story_counts_of_a_store_from_before_are_filled_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with open_store(path) as store:
        linker = ArticleLinker(store, Settings(dedup_threshold=0.0))
        store.write_document(
            "file:///a", "a", None, [variant(border_deal(), 1, agency="Reuters")], after=linker.after_write
        )
        store.write_document(
            "file:///b", "b", None, [variant(border_deal(), 2, agency="AP")], after=linker.after_write
        )
        expected = counts(store)
        # As a store written before migration 7: no outlets table (nor what later migrations add).
        store.conn.execute("DROP TABLE story_outlets")
        for column in ("spans", "quoted", "rejected"):
            store.conn.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
        store.conn.execute("ALTER TABLE dates DROP COLUMN timex_type")
        store.conn.execute("ALTER TABLE dates DROP COLUMN timeml")
        store.conn.execute("ALTER TABLE events DROP COLUMN num_mentions")
        store.conn.execute("DELETE FROM migrations WHERE number >= 7")
    with open_store(path) as store:
        assert counts(store) == expected
        assert expected["outlets"] == [(1, "ap"), (1, "reuters")]


def test_story_mentions_count_the_sentences_that_told_each_event(tmp_path: Path) -> None:
    # The same event told in the headline and the lead is one row with num_mentions 2.
    told_twice = border_deal()
    twice = dataclasses.replace(told_twice, events=[dataclasses.replace(e, num_mentions=2) for e in told_twice.events])
    with open_store(tmp_path / "m.db") as store:
        linker = ArticleLinker(store, Settings(dedup_threshold=0.0))
        store.write_document("file:///a", "a", None, [variant(twice, 1, agency="Reuters")], after=linker.after_write)
        store.write_document(
            "file:///b", "b", None, [variant(border_deal(), 2, agency="AP")], after=linker.after_write
        )
        merged = counts(store)["merged"]
        assert merged and all(mentions == 3 and articles == 2 for _, mentions, articles, _, _ in merged)
        assert counts(store) == recounted(store)
    with open_store(tmp_path / "alone.db") as store:
        store.write_document("file:///c", "c", None, [variant(twice, 3)])
        assert {e.num_mentions for e in store.events()} == {2}  # no story: the article's own sentences
