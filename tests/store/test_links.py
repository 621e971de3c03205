"""What an ingest does across articles: the linker checks an article before it is parsed and,
inside each document's write transaction, records copies, indexes new articles and files
them into stories, so a copy or a story never exists half-written."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newsgraph.model import Analysis, DocumentError, ProcessedDocument
from newsgraph.settings import Settings
from newsgraph.store import Store, open_store
from newsgraph.store.links import DUPLICATE_PREFIX, ArticleLinker, as_duplicate


def column(store: Store, sql: str) -> list[object]:
    return [row[0] for row in store.conn.execute(sql)]


def test_links_off_when_neither_dedup_nor_stories(store: Store) -> None:
    assert ArticleLinker.for_settings(store, Settings(dedup_threshold=0.0, stories=0)) is None
    only_stories = ArticleLinker.for_settings(store, Settings(dedup_threshold=0.0))
    assert only_stories is not None and only_stories.dedup is None


def test_links_before_parse_counts_the_checks_it_makes(store: Store, analyses: list[Analysis]) -> None:
    linker = ArticleLinker(store, Settings(stories=0))
    assert [linker.before_parse(a.article) for a in analyses] == [None, None, None]
    assert linker.parsed_checks == 3
    undeduped = ArticleLinker(store, Settings(dedup_threshold=0.0))
    assert undeduped.before_parse(analyses[0].article) is None and undeduped.parsed_checks == 0


def test_links_written_articles_join_stories_in_the_same_transaction(
    store: Store, analyses: list[Analysis]
) -> None:
    linker = ArticleLinker(store, Settings())
    store.write_document("wire.txt", "h-wire", None, analyses[:2], after=linker.after_write)
    assert None not in column(store, "SELECT story_id FROM articles")
    assert column(store, "SELECT COUNT(*) FROM dedup_signatures") == [2]
    no_stories = ArticleLinker(store, Settings(stories=0))
    store.write_document("blog.html", "h-blog", None, analyses[2:], after=no_stories.after_write)
    assert column(store, "SELECT story_id FROM articles WHERE source = 'file:///news/blog.html'") == [None]


def test_links_an_article_stored_again_is_recorded_as_an_exact_copy(
    tmp_path: Path, analyses: list[Analysis]
) -> None:
    deal = analyses[0]
    with open_store(tmp_path / "news.db") as store:
        linker = ArticleLinker(store, Settings())
        store.write_document("wire.txt", "h-wire", None, [deal], after=linker.after_write)
        again = dataclasses.replace(deal, article=dataclasses.replace(deal.article, source="mirror.txt#1"))
        result = store.write_document("mirror.txt", "h-mirror", None, [again], after=linker.after_write)
        assert result.articles_duplicate == 1
        copies = store.conn.execute(
            "SELECT article_id, duplicate_of, kind, source FROM article_copies"
        ).fetchall()
        assert [tuple(c) for c in copies] == [(deal.article.id, deal.article.id, "exact", "mirror.txt#1")]
        assert column(store, "SELECT COUNT(*) FROM articles") == [1]


def test_links_as_duplicate_keeps_the_article_and_only_the_link(analyses: list[Analysis]) -> None:
    article = analyses[1].article
    copy = as_duplicate(article, "abc123")
    assert copy.article is article and copy.duplicate_of == "abc123"
    assert copy.skipped == f"{DUPLICATE_PREFIX}abc123"
    assert (copy.entities, copy.events, copy.quotes) == ((), (), ())


def test_links_marking_passes_documents_without_analyses_untouched(store: Store) -> None:
    failed = ProcessedDocument("bad.html", "h-bad", (), (DocumentError("bad.html", "extract", "empty page"),))
    linker = ArticleLinker(store, Settings(stories=0))
    assert list(linker.mark_duplicates([failed])) == [failed]
