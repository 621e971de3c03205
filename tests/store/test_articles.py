"""Article listings: filters, paging, order, and the reads behind an upload's report."""

from __future__ import annotations

import pytest

from newsgraph.errors import InvalidQuery
from newsgraph.model import Analysis, DocumentError
from newsgraph.store import Store
from newsgraph.store.articles import (
    article_ids_for_documents,
    articles_by_id,
    errors_for_documents,
    list_articles,
)


def titles(store: Store, **filters: object) -> list[str | None]:
    return [a.title for a in list_articles(store, **filters).items]  # type: ignore[arg-type]


def test_articles_newest_first_undated_last_with_counts(filled: Store, analyses: list[Analysis]) -> None:
    page = filled.articles()
    assert [a.id for a in page.items] == [analyses[1].article.id, analyses[0].article.id, analyses[2].article.id]
    deal = page.items[1]
    assert (deal.day, deal.agency, deal.language) == ("2024-05-06", "Reuters", "en")
    assert (deal.events, deal.quotes, deal.entities) == (2, 1, 3)
    assert page.items[2].day == ""
    assert (page.total, page.next_offset) == (3, None)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"since": "2024-06"}, ["Washington accuses Tehran over drones"]),
        ({"until": "2024-05"}, ["Tehran and Baghdad sign border accord"]),
        ({"agency": " reuters "}, ["Tehran and Baghdad sign border accord"]),
        ({"language": "EN"}, ["Washington accuses Tehran over drones", "Tehran and Baghdad sign border accord",
                              "Shelling reported near Kharkiv"]),
        ({"actor": "united"}, ["Washington accuses Tehran over drones"]),  # a name holding the text
        ({"actor": "irn"}, ["Washington accuses Tehran over drones", "Tehran and Baghdad sign border accord"]),
        ({"actor": "RNGOV"}, []),  # a code matches from its start only
        ({"actor": "%"}, []),  # LIKE's wildcards are taken literally
        ({"actor": "_"}, []),
    ],
)  # fmt: skip
def test_articles_filters(filled: Store, filters: dict[str, str], expected: list[str]) -> None:
    assert titles(filled, **filters) == expected


def test_articles_paging(filled: Store, analyses: list[Analysis]) -> None:
    first = list_articles(filled, limit=2)
    assert (len(first.items), first.total, first.next_offset) == (2, 3, 2)
    last = list_articles(filled, limit=2, offset=2)
    assert [a.id for a in last.items] == [analyses[2].article.id]
    assert last.next_offset is None
    with pytest.raises(InvalidQuery, match="limit"):
        list_articles(filled, limit=0)
    with pytest.raises(InvalidQuery, match="since"):
        list_articles(filled, since="2024-13")


def test_articles_by_id_keep_the_order_asked_and_skip_unknown(filled: Store, analyses: list[Analysis]) -> None:
    ids = [analyses[2].article.id, "missing", analyses[0].article.id]
    assert [a.id for a in articles_by_id(filled, ids)] == [analyses[2].article.id, analyses[0].article.id]
    assert articles_by_id(filled, []) == []


def test_articles_of_documents_and_their_errors(store: Store, analyses: list[Analysis]) -> None:
    failure = DocumentError("file:///news/wire.txt", "analyse", "boom", source_id="s1")
    store.write_document("file:///news/wire.txt", "hash-wire", None, analyses[:2], [failure])
    store.write_document("file:///news/blog.html", "hash-blog", None, analyses[2:])
    both = ["hash-blog", "hash-wire", "hash-blog"]
    assert article_ids_for_documents(store, both) == [a.article.id for a in (analyses[2], *analyses[:2])]
    assert article_ids_for_documents(store, ["unknown"]) == []
    assert errors_for_documents(store, both) == [
        {"uri": "file:///news/wire.txt", "stage": "analyse", "reason": "boom", "source_id": "s1"}
    ]
