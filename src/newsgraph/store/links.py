"""What an ingest does across articles, wired in two places:

- before parsing (`ArticleLinker.before_parse`, the pipeline's `before_parse` hook): is this
  article a copy of one already stored or already seen in this run? Then it is not parsed.
- inside each document's write transaction (`ArticleLinker.after_write`, the store's `after`
  hook): record copies as links, index new articles for dedup, resolve their actors across
  articles, put them into stories and merge their events.

Because the second part runs in the same transaction as the write, a crash never leaves an
article stored but ungrouped or a copy stored but uncounted.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from newsgraph.model import Analysis, Article, ProcessedDocument
from newsgraph.serialize import article_day
from newsgraph.store.dedup import DuplicateIndex, Match
from newsgraph.store.resolve import resolve_article
from newsgraph.store.rows import iso, now_iso
from newsgraph.store.stories import add_copy_row, assign_story, link_copy, outlet

if TYPE_CHECKING:
    from newsgraph.settings import Settings
    from newsgraph.store.sqlite import Store

DUPLICATE_PREFIX = "duplicate of "


class ArticleLinker:
    """Dedup, cross-article actors and stories for one ingest run into `store`."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.dedup = DuplicateIndex(store, settings.dedup_threshold) if settings.dedup_threshold > 0 else None
        self.group = bool(settings.stories)
        self.window = settings.story_window_days
        self.parsed_checks = 0  # articles checked before parsing (not the ones marked afterwards)

    @classmethod
    def for_settings(cls, store: Store, settings: Settings) -> ArticleLinker | None:
        if settings.dedup_threshold <= 0 and not settings.stories:
            return None
        return cls(store, settings)

    # --- before parsing ---------------------------------------------------------------

    def before_parse(self, article: Article) -> str | None:
        """The pipeline hook: the id of the stored article this one copies, else None."""
        if self.dedup is None:
            return None
        self.parsed_checks += 1
        return self.dedup.check(article)

    def mark_duplicates(self, processed: Iterable[ProcessedDocument]) -> Iterator[ProcessedDocument]:
        """For pipelines that could not check before parsing (a worker pool): check each
        analysed article as it arrives and keep only the link for copies."""
        for doc in processed:
            if self.dedup is None or not doc.analyses:
                yield doc
                continue
            marked = []
            for analysis in doc.analyses:
                if analysis.duplicate_of is None and analysis.skipped is None:
                    canonical = self.dedup.check(analysis.article)
                    if canonical is not None:
                        analysis = as_duplicate(analysis.article, canonical)
                marked.append(analysis)
            yield dataclasses.replace(doc, analyses=tuple(marked))

    # --- inside the write transaction -------------------------------------------------

    def after_write(
        self,
        conn: sqlite3.Connection,
        document_id: int,
        written: Sequence[Analysis],
        copies: Sequence[Analysis],
    ) -> None:
        now = now_iso()
        for analysis in copies:
            self._record_copy(conn, document_id, analysis, analysis.article.id, now)
        for analysis in written:
            article = analysis.article
            if analysis.duplicate_of is not None and analysis.duplicate_of != article.id:
                place = outlet(article.agency, article.site, article.url, article.source)
                add_copy_row(conn, article.id, analysis.duplicate_of, place)
                self._record_copy(conn, document_id, analysis, analysis.duplicate_of, now)
                continue
            if self.dedup is not None:
                self.dedup.persist(conn, article)
            if analysis.skipped is not None or not self.group:
                continue
            actor_ids = resolve_article(conn, analysis)
            day = article_day(article) or now[:10]
            assign_story(conn, analysis, actor_ids, day, self.window, now)

    def _record_copy(
        self, conn: sqlite3.Connection, document_id: int, analysis: Analysis, canonical: str, now: str
    ) -> None:
        a = analysis.article
        match = self.dedup.matches.get(a.id) if self.dedup is not None else None
        if match is None:
            match = Match(canonical, 1.0, "exact" if canonical == a.id else "near")
        place = outlet(a.agency, a.site, a.url, a.source)
        conn.execute(
            "INSERT INTO article_copies(document_id, article_id, duplicate_of, kind, similarity, source, url, "
            "agency, site, outlet, published, day, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document_id, a.id, canonical, match.kind, match.similarity, a.source, a.url, a.agency, a.site,
                place, iso(a.published), article_day(a), now,
            ),
        )  # fmt: skip
        # A story's counts follow its copies even when this run does not group (stories off):
        # they are what recounting its rows would give.
        link_copy(conn, canonical, match.kind, place, merge=self.group)


def as_duplicate(article: Article, canonical: str) -> Analysis:
    """The analysis a copy gets instead of being parsed."""
    return Analysis(article=article, skipped=f"{DUPLICATE_PREFIX}{canonical}", duplicate_of=canonical)
