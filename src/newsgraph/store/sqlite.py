"""The SQLite store: one file holding documents, articles and everything found in them.

Writes are per document and transactional: `write_document` stores a document row, all its
articles and all their records (entities, mentions, events, quotes, places, dates) and its
error records in one `BEGIN IMMEDIATE ... COMMIT`, so a crash or an exception never leaves
half a document behind. The database runs in WAL mode, so readers (the CLI, the API) keep
reading while an ingest writes.

Idempotency rules (see docs/store.md):
- A document is identified by the hash of its content. Writing a hash that is already stored
  is a no-op (`WriteResult.status == "skipped"`): re-running an ingest changes nothing.
- An article is identified by `Article.id` (hash of its normalised body). The first document
  that brings an article stores it; a later document with the same article (the same story
  read from a dump and from its web page) is recorded as a duplicate and its copy is skipped,
  so each article is stored exactly once whatever the order of inputs.
- `replace_analyses` (for `ingest --reprocess`) deletes the document and any stored copy of
  its articles, then writes them again, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from newsgraph.errors import NotFound, ReadOnly, StoreError
from newsgraph.model import Analysis, DocumentError, Mention
from newsgraph.store import articles, query, rows
from newsgraph.store.export import export
from newsgraph.store.migrations import MIGRATIONS, apply_migrations, current_version
from newsgraph.store.records import (
    ActorCount,
    ArticlePage,
    ArticleView,
    Edge,
    QuoteHit,
    SearchHit,
    Stats,
    StoredError,
    StoredEvent,
    StoredQuote,
    TimelinePoint,
    WriteResult,
)
from newsgraph.store.stories import refresh_story

DEFAULT_PATH = "newsgraph.db"
# Called inside a document's write transaction: (conn, document_id, articles written,
# articles not written because an article with their id was already stored).
AfterWrite = Callable[[sqlite3.Connection, int, list[Analysis], list[Analysis]], None]
BUSY_TIMEOUT_MS = 30_000
WRITER_CACHE_KIB = 32 * 1024  # page cache of a writable store (memory it may take, not a reservation)
WAL_CHECKPOINT_PAGES = 10_000


class Store:
    """A newsgraph SQLite store. Open with `newsgraph.store.open_store(path)`."""

    def __init__(self, path: str | Path = DEFAULT_PATH, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        try:
            if read_only:
                if not self.path.is_file():
                    raise NotFound(f"no store at {self.path}")
                uri = f"{self.path.resolve().as_uri()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                self.conn.execute("PRAGMA journal_mode = WAL")
                # NORMAL is durable across application crashes in WAL mode; only an OS crash
                # can lose the last transactions, never corrupt the file.
                self.conn.execute("PRAGMA synchronous = NORMAL")
                # A document's write dirties ~260 pages spread over many indexes. A larger page
                # cache than SQLite's 2 MB default spares re-reading them as the store grows,
                # and checkpointing every ~40 MB instead of every 4 MB copies pages that several
                # documents touched back to the database once (docs/benchmarks.md, "Store
                # writer").
                self.conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
                self.conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
                apply_migrations(self.conn)
            elif current_version(self.conn) == 0:
                raise StoreError(f"{self.path} is not a newsgraph store (no schema)")
            elif current_version(self.conn) < MIGRATIONS[-1].number:
                # Queries read the newest schema; a read-only connection cannot migrate.
                raise StoreError(
                    f"{self.path} has schema version {current_version(self.conn)}, older than this "
                    f"newsgraph's {MIGRATIONS[-1].number}: open it once for writing (any ingest) to upgrade"
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc

    # --- lifecycle ------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @property
    def schema_version(self) -> int:
        return current_version(self.conn)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (including KeyboardInterrupt)."""
        if self.read_only:
            raise ReadOnly(f"store {self.path} is open read-only")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- writes ---------------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        """True when a document with this content hash is stored (whatever its status)."""
        row = self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def has_article(self, article_id: str) -> bool:
        """True when an article with this id is stored (from any document)."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def write_document(
        self,
        uri: str,
        content_hash: str,
        fetched_at: dt.datetime | str | None,
        analyses: Sequence[Analysis],
        errors: Sequence[DocumentError] = (),
        *,
        after: AfterWrite | None = None,
    ) -> WriteResult:
        """Store a document, all its articles' records and its errors in one transaction.

        A content hash already stored makes this a no-op; an article already stored (from
        another document) is counted as a duplicate and not rewritten. `after(conn,
        document_id, written, copies)` runs inside the same transaction once the rows are in
        (newsgraph.store.links: dedup index, copies, cross-article actors, stories).
        """
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone():
                return WriteResult(document_id=None, status="skipped")
            return self._insert(conn, uri, content_hash, fetched_at, analyses, errors, "written", after)

    def replace_analyses(
        self,
        uri: str,
        content_hash: str,
        fetched_at: dt.datetime | str | None,
        analyses: Sequence[Analysis],
        errors: Sequence[DocumentError] = (),
        *,
        after: AfterWrite | None = None,
    ) -> WriteResult:
        """Like `write_document`, but first deletes the stored document with this hash and any
        stored copy of these articles (with all their records): `ingest --reprocess`."""
        with self.transaction() as conn:
            touched = _stories_touched(conn, content_hash, [a.article.id for a in analyses])
            conn.execute("DELETE FROM documents WHERE content_hash = ?", (content_hash,))
            conn.executemany("DELETE FROM articles WHERE id = ?", [(a.article.id,) for a in analyses])
            result = self._insert(conn, uri, content_hash, fetched_at, analyses, errors, "replaced", after)
            # Story counts are kept as articles join (newsgraph.store.stories); a deletion
            # takes members away, so the stories it touched are recounted from their rows.
            for story_id in sorted(touched):
                refresh_story(conn, story_id)
            return result

    def write_error(self, error: DocumentError) -> None:
        """Record a failure that has no stored document (e.g. a file that could not be read).

        The same (uri, stage, reason, source_id) seen again updates its time and count instead
        of adding a row, so re-running an ingest over a bad file does not grow the table.
        """
        with self.transaction() as conn:
            self._upsert_error(conn, error, None, rows.now_iso())

    def _upsert_error(
        self, conn: sqlite3.Connection, error: DocumentError, document_id: int | None, now: str
    ) -> None:
        conn.execute(
            "INSERT INTO errors(document_id, uri, stage, reason, source_id, time) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(uri, stage, reason, source_id) DO UPDATE SET time = excluded.time, "
            "count = count + 1, document_id = COALESCE(excluded.document_id, document_id)",
            (document_id, error.uri, error.stage, error.reason, error.source_id or "", now),
        )

    def _insert(
        self,
        conn: sqlite3.Connection,
        uri: str,
        content_hash: str,
        fetched_at: dt.datetime | str | None,
        analyses: Sequence[Analysis],
        errors: Sequence[DocumentError],
        status: str,
        after: AfterWrite | None = None,
    ) -> WriteResult:
        now = rows.now_iso()
        doc_status = ("partial" if errors else "ok") if analyses else ("error" if errors else "empty")
        cur = conn.execute(
            "INSERT INTO documents(uri, content_hash, fetched_at, stored_at, status) VALUES (?, ?, ?, ?, ?)",
            (uri, content_hash, rows.iso(fetched_at), now, doc_status),
        )
        document_id = cur.lastrowid
        assert document_id is not None
        written = duplicates = 0
        inserted: list[Analysis] = []
        copies: list[Analysis] = []
        for analysis in analyses:
            aid = analysis.article.id
            if conn.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
                duplicates += 1
                copies.append(analysis)
                continue
            conn.execute(
                f"INSERT INTO articles({rows.ARTICLE_COLUMNS}) VALUES ({_marks(rows.ARTICLE_COLUMNS)})",
                rows.article_row(analysis, document_id, now),
            )
            # Event tone is scored in the understand stage (tone.score_events), never here.
            tones = [ev.tone for ev in analysis.events]
            for table, columns, values in (
                ("entities", rows.ENTITY_COLUMNS, rows.entity_rows(analysis)),
                ("mentions", 'article_id, entity_id, text, start, "end"', rows.mention_rows(analysis)),
                ("events", rows.EVENT_COLUMNS, rows.event_rows(analysis, tones)),
                ("quotes", rows.QUOTE_COLUMNS, rows.quote_rows(analysis)),
                ("places", rows.PLACE_COLUMNS, rows.place_rows(analysis)),
                ("dates", rows.DATE_COLUMNS, rows.date_rows(analysis)),
            ):
                if values:
                    conn.executemany(f"INSERT INTO {table}({columns}) VALUES ({_marks(columns)})", values)
            written += 1
            inserted.append(analysis)
        # The errors table says what went wrong the last time a document was read: a new
        # version of it (fixed, or read with other settings) replaces its earlier failures.
        conn.execute("DELETE FROM errors WHERE uri = ?", (uri,))
        for error in errors:
            self._upsert_error(conn, error, document_id, now)
        conn.execute(
            "UPDATE documents SET n_articles = ?, n_duplicates = ? WHERE id = ?",
            (written, duplicates, document_id),
        )
        if after is not None:
            after(conn, document_id, inserted, copies)
        return WriteResult(document_id, status, written, duplicates, len(errors))

    # --- reads ----------------------------------------------------------------------------

    def analysis(self, article_id: str) -> Analysis:
        """The stored article and its records, as the model records the pipeline produced."""
        conn = self.conn
        row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise NotFound(f"no article with id {article_id!r}")
        mentions: dict[str, list[Mention]] = {}
        for m in conn.execute(
            'SELECT entity_id, text, start, "end" FROM mentions WHERE article_id = ? ORDER BY id',
            (article_id,),
        ):
            mentions.setdefault(m["entity_id"], []).append(Mention(m["text"], m["start"], m["end"]))
        by_article = "WHERE article_id = ? ORDER BY id"
        return Analysis(
            article=rows.article_from(row),
            entities=tuple(
                rows.entity_from(e, mentions.get(e["entity_id"], []))
                for e in conn.execute(f"SELECT * FROM entities {by_article}", (article_id,))
            ),
            dates=tuple(
                rows.date_from(d) for d in conn.execute(f"SELECT * FROM dates {by_article}", (article_id,))
            ),
            places=tuple(
                rows.place_from(p) for p in conn.execute(f"SELECT * FROM places {by_article}", (article_id,))
            ),
            quotes=tuple(
                rows.quote_from(q) for q in conn.execute(f"SELECT * FROM quotes {by_article}", (article_id,))
            ),
            events=tuple(
                rows.event_from(e) for e in conn.execute(f"SELECT * FROM events {by_article}", (article_id,))
            ),
            tone=rows.tone_from(row),
            skipped=row["skipped"],
            duplicate_of=row["duplicate_of"],
        )

    # --- queries (see newsgraph.store.query for the parameters) ----------------------------

    def events(self, **filters: Any) -> list[StoredEvent]:
        return query.events(self, **filters)

    def quotes(self, **filters: Any) -> list[StoredQuote]:
        return query.quotes(self, **filters)

    def actors(self, **filters: Any) -> list[ActorCount]:
        return query.actors(self, **filters)

    def search(self, text: str, **options: Any) -> list[SearchHit]:
        return query.search(self, text, **options)

    def search_quotes(self, text: str, **options: Any) -> list[QuoteHit]:
        return query.search_quotes(self, text, **options)

    def article(self, article_id: str) -> ArticleView:
        return query.article(self, article_id)

    def stats(self) -> Stats:
        return query.stats(self)

    def errors(self, **filters: Any) -> list[StoredError]:
        return query.errors(self, **filters)

    def timeline(self, **filters: Any) -> list[TimelinePoint]:
        return query.timeline(self, **filters)

    def network(self, **filters: Any) -> list[Edge]:
        return query.network(self, **filters)

    def articles(self, **filters: Any) -> ArticlePage:
        return articles.list_articles(self, **filters)

    def export(self, fmt: str, dest: Any, **options: Any) -> int:
        """Write an export (`gdelt`, `csv`, `jsonl`, `parquet`, `geojson`); returns rows written."""
        return export(self, fmt, dest, **options)


def _stories_touched(conn: sqlite3.Connection, content_hash: str, article_ids: Sequence[str]) -> set[int]:
    """Stories that lose members when a document and these articles are deleted: theirs, and
    those of the articles the document's copies point at."""
    doc = conn.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
    found = set()
    if doc is not None:
        found |= {
            r[0] for r in conn.execute("SELECT story_id FROM articles WHERE document_id = ?", (doc[0],))
        }
        found |= {r[0] for r in conn.execute(
            "SELECT a.story_id FROM article_copies c JOIN articles a ON a.id = c.duplicate_of WHERE c.document_id = ?",
            (doc[0],),
        )}  # fmt: skip
    for aid in article_ids:
        found |= {r[0] for r in conn.execute("SELECT story_id FROM articles WHERE id = ?", (aid,))}
    found.discard(None)
    return found


def _marks(columns: str) -> str:
    return ", ".join("?" * len(columns.split(",")))


def open_store(path: str | Path = DEFAULT_PATH, *, read_only: bool = False) -> Store:
    """Open (creating and migrating when needed) the store at `path`."""
    return Store(path, read_only=read_only)
