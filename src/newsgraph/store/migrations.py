"""Store schema as numbered migration functions, applied in order and recorded in the database.

Each migration is a function registered with `@migration(number, name)`. `apply_migrations`
runs, in order, every migration whose number is not yet in the `migrations` table, each in
its own transaction together with the row that records it, so a crash mid-migration leaves
the database at the previous version. A schema change is always a new migration: never
edit one that has shipped, because databases in the wild already recorded it as applied.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from newsgraph.errors import StoreError
from newsgraph.store.stories import refresh_story

MigrationFunc = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    apply: MigrationFunc


MIGRATIONS: list[Migration] = []


def migration(number: int, name: str) -> Callable[[MigrationFunc], MigrationFunc]:
    def register(func: MigrationFunc) -> MigrationFunc:
        if MIGRATIONS and number != MIGRATIONS[-1].number + 1:
            raise RuntimeError(f"migration {number} registered out of order")
        MIGRATIONS.append(Migration(number, name, func))
        return func

    return register


def _script(conn: sqlite3.Connection, sql: str) -> None:
    # executescript() would COMMIT the surrounding transaction; run statements one by one
    # instead, splitting where SQLite says a statement is complete (trigger bodies hold ";").
    pending = ""
    for line in (sql + ";").splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                conn.execute(pending)
            pending = ""


# declarative table: the core SQL schema
@migration(1, "core tables")
def _core(conn: sqlite3.Connection) -> None:
    _script(
        conn,
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            uri TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            fetched_at TEXT,
            stored_at TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('ok', 'partial', 'error', 'empty')),
            n_articles INTEGER NOT NULL DEFAULT 0,
            n_duplicates INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX documents_uri ON documents(uri);
        CREATE TABLE articles (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            source_id TEXT,
            url TEXT,
            title TEXT,
            published TEXT,
            day TEXT NOT NULL DEFAULT '',
            date_precision TEXT NOT NULL,
            date_source TEXT,
            updated TEXT,
            dateline TEXT,
            agency TEXT,
            author TEXT,
            site TEXT,
            language TEXT,
            fetched_at TEXT,
            text TEXT NOT NULL,
            blocks TEXT NOT NULL,
            skipped TEXT,
            tone_compound REAL,
            tone_positive REAL,
            tone_negative REAL,
            tone REAL,
            stored_at TEXT NOT NULL
        );
        CREATE INDEX articles_document ON articles(document_id);
        CREATE INDEX articles_day ON articles(day);
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            title TEXT,
            country TEXT,
            role TEXT,
            code TEXT NOT NULL DEFAULT '',
            aliases TEXT NOT NULL DEFAULT '[]',
            n_mentions INTEGER NOT NULL DEFAULT 0,
            start INTEGER,
            "end" INTEGER,
            UNIQUE (article_id, entity_id)
        );
        CREATE INDEX entities_name ON entities(name, code);
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, entity_id) ON DELETE CASCADE
        );
        CREATE INDEX mentions_entity ON mentions(article_id, entity_id);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            day TEXT NOT NULL DEFAULT '',
            date TEXT,
            date_precision TEXT NOT NULL,
            source_name TEXT,
            source_code TEXT NOT NULL DEFAULT '',
            source_country TEXT NOT NULL DEFAULT '',
            source_role TEXT NOT NULL DEFAULT '',
            source_entity_id TEXT,
            source_start INTEGER,
            source_end INTEGER,
            target_name TEXT,
            target_code TEXT NOT NULL DEFAULT '',
            target_country TEXT NOT NULL DEFAULT '',
            target_role TEXT NOT NULL DEFAULT '',
            target_entity_id TEXT,
            target_start INTEGER,
            target_end INTEGER,
            cameo TEXT NOT NULL,
            base_code TEXT NOT NULL,
            root TEXT NOT NULL,
            plover TEXT,
            plover_mode TEXT,
            goldstein REAL NOT NULL,
            quad_class INTEGER NOT NULL,
            negated INTEGER NOT NULL DEFAULT 0,
            hypothetical INTEGER NOT NULL DEFAULT 0,
            confidence REAL NOT NULL,
            trigger TEXT,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            evidence_text TEXT NOT NULL,
            place_name TEXT,
            place_country TEXT,
            place_lat REAL,
            place_lon REAL,
            place_feature TEXT,
            place_confidence REAL,
            place_start INTEGER,
            place_end INTEGER,
            place_geonameid INTEGER,
            tone_compound REAL,
            tone_positive REAL,
            tone_negative REAL,
            tone REAL,
            UNIQUE (article_id, seq)
        );
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            text TEXT NOT NULL,
            direct INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            speaker_name TEXT,
            speaker_code TEXT NOT NULL DEFAULT '',
            speaker_entity_id TEXT,
            speaker_ref_start INTEGER,
            speaker_ref_end INTEGER,
            speaker_text TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            cue TEXT,
            via TEXT NOT NULL DEFAULT '[]',
            anonymous INTEGER NOT NULL DEFAULT 0,
            date TEXT,
            UNIQUE (article_id, seq)
        );
        CREATE INDEX quotes_speaker ON quotes(speaker_name);
        CREATE TABLE places (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            country TEXT,
            lat REAL,
            lon REAL,
            feature TEXT,
            confidence REAL NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            geonameid INTEGER
        );
        CREATE INDEX places_article ON places(article_id);
        CREATE TABLE dates (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            value TEXT,
            end_value TEXT,
            precision TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX dates_article ON dates(article_id);
        CREATE TABLE errors (
            id INTEGER PRIMARY KEY,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            uri TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            source_id TEXT NOT NULL DEFAULT '',
            time TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 1
        );
        CREATE UNIQUE INDEX errors_key ON errors(uri, stage, reason, source_id)
        """,
    )


@migration(2, "full-text search over articles and quotes")
def _fts(conn: sqlite3.Connection) -> None:
    # External-content FTS5 tables: the text is stored once (in articles/quotes) and the
    # index is kept in step by triggers, which also fire for ON DELETE CASCADE deletes.
    _script(
        conn,
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
        END;
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            text, speaker_name, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
        END;
        CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
        END
        """,
    )


@migration(3, "event filter indexes")
def _event_indexes(conn: sqlite3.Connection) -> None:
    # The common analyst query is "events involving country X of root class Y in a date
    # range, newest first": one index per actor side lets SQLite answer `source OR target`
    # with two index range scans (its OR optimisation) instead of a table scan.
    _script(
        conn,
        """
        CREATE INDEX events_source_root_day ON events(source_country, root, day);
        CREATE INDEX events_target_root_day ON events(target_country, root, day);
        CREATE INDEX events_root_day ON events(root, day);
        CREATE INDEX events_day ON events(day);
        CREATE INDEX events_article ON events(article_id);
        CREATE INDEX events_cameo ON events(cameo);
        CREATE INDEX events_place_country ON events(place_country)
        """,
    )


@migration(4, "country timeline indexes")
def _country_day_indexes(conn: sqlite3.Connection) -> None:
    # "Newest events involving X" (no root): each side is then an ordered scan of
    # (country, day) that stops after one page, instead of reading and sorting all of X.
    _script(
        conn,
        """
        CREATE INDEX events_source_day ON events(source_country, day);
        CREATE INDEX events_target_day ON events(target_country, day)
        """,
    )


# declarative table: the cross-article SQL schema
@migration(5, "duplicates, stories, merged events and cross-article actors")
def _cross_article(conn: sqlite3.Connection) -> None:
    # Everything that relates one article to others (newsgraph.store.dedup, .resolve,
    # .stories). Columns are added, never changed, so stores written before keep working;
    # their articles are indexed and grouped lazily the first time an ingest needs them.
    _script(
        conn,
        """
        ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
        ALTER TABLE articles ADD COLUMN story_id INTEGER;
        CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
        CREATE INDEX articles_story ON articles(story_id);
        CREATE TABLE article_copies (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL,
            duplicate_of TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
            similarity REAL NOT NULL,
            source TEXT NOT NULL,
            url TEXT,
            agency TEXT,
            site TEXT,
            outlet TEXT NOT NULL,
            published TEXT,
            day TEXT NOT NULL DEFAULT '',
            stored_at TEXT NOT NULL
        );
        CREATE INDEX article_copies_of ON article_copies(duplicate_of);
        CREATE INDEX article_copies_document ON article_copies(document_id);
        CREATE TABLE dedup_signatures (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            signature BLOB NOT NULL,
            names TEXT NOT NULL
        );
        CREATE TABLE dedup_bands (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            band INTEGER NOT NULL,
            PRIMARY KEY (article_id, band)
        ) WITHOUT ROWID;
        CREATE INDEX dedup_bands_band ON dedup_bands(band);
        CREATE TABLE global_actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            skeleton TEXT NOT NULL DEFAULT '',
            n_articles INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX global_actors_skeleton ON global_actors(kind, skeleton);
        CREATE TABLE actor_aliases (
            alias TEXT NOT NULL,
            kind TEXT NOT NULL,
            actor_id INTEGER NOT NULL REFERENCES global_actors(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            PRIMARY KEY (alias, kind, actor_id)
        ) WITHOUT ROWID;
        CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);
        ALTER TABLE entities ADD COLUMN actor_id INTEGER;
        CREATE INDEX entities_actor ON entities(actor_id);
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            label TEXT,
            label_article TEXT,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            n_articles INTEGER NOT NULL DEFAULT 0,
            n_sources INTEGER NOT NULL DEFAULT 0,
            n_events INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX stories_last_day ON stories(last_day);
        CREATE TABLE story_keys (
            key TEXT NOT NULL,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            weight INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (key, story_id)
        ) WITHOUT ROWID;
        CREATE INDEX story_keys_story ON story_keys(story_id);
        CREATE TABLE article_keys (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            PRIMARY KEY (article_id, key)
        ) WITHOUT ROWID;
        ALTER TABLE events ADD COLUMN merged_id INTEGER;
        CREATE INDEX events_merged ON events(merged_id);
        CREATE TABLE merged_events (
            id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            day TEXT NOT NULL,
            cameo TEXT NOT NULL,
            first_event_id INTEGER,
            num_mentions INTEGER NOT NULL DEFAULT 1,
            num_articles INTEGER NOT NULL DEFAULT 1,
            num_sources INTEGER NOT NULL DEFAULT 1,
            UNIQUE (story_id, key)
        )
        """,
    )


@migration(6, "event quote links and quote cue details")
def _quote_links(conn: sqlite3.Connection) -> None:
    # An event coded from a statement verb keeps the span of the quote it introduces, and
    # a quote keeps its cue's lemma, kind and span and whom it addresses, so a stored
    # analysis reads back exactly as the pipeline produced it.
    for table, column, kind in (
        ("events", "quote_start", "INTEGER"),
        ("events", "quote_end", "INTEGER"),
        ("quotes", "cue_lemma", "TEXT"),
        ("quotes", "cue_kind", "TEXT"),
        ("quotes", "cue_start", "INTEGER"),
        ("quotes", "cue_end", "INTEGER"),
        ("quotes", "target", "TEXT"),
    ):
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")


@migration(7, "outlets seen per story")
def _story_outlets(conn: sqlite3.Connection) -> None:
    # The write path keeps a story's counts as articles join instead of recounting the whole
    # story each time (newsgraph.store.stories); its distinct outlets need a set to add to.
    # Stories already stored get theirs from their rows, as a recount would.
    _script(
        conn,
        """
        CREATE TABLE story_outlets (
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            outlet TEXT NOT NULL,
            PRIMARY KEY (story_id, outlet)
        ) WITHOUT ROWID
        """,
    )
    for (story_id,) in conn.execute("SELECT id FROM stories").fetchall():
        refresh_story(conn, story_id)


@migration(8, "quote spans: one record per attribution")
def _quote_spans(conn: sqlite3.Connection) -> None:
    # A quote record is one attribution: its content pieces (several for "“Here,” she said.
    # “There.”"), the pieces inside quotation marks, and whether it is a rejected claim.
    # Rows stored before keep NULL spans, read back as the one range [start, end).
    for column, kind in (("spans", "TEXT"), ("quoted", "TEXT"), ("rejected", "INTEGER NOT NULL DEFAULT 0")):
        conn.execute(f"ALTER TABLE quotes ADD COLUMN {column} {kind}")


@migration(9, "date types")
def _date_types(conn: sqlite3.Connection) -> None:
    # A date keeps its TimeML type (DATE, or DURATION / SET, which have no value) so a stored
    # analysis reads back as the pipeline produced it; rows stored before read back as DATE.
    conn.execute("ALTER TABLE dates ADD COLUMN timex_type TEXT")


@migration(10, "event mentions")
def _event_mentions(conn: sqlite3.Connection) -> None:
    # An event told in the headline, the summary and the lead is one row; how many sentences
    # told it is kept so a story's NumMentions counts sentences, as GDELT's does, not rows.
    # Rows stored before count as one sentence each, so their stories' counts stand as they are.
    conn.execute("ALTER TABLE events ADD COLUMN num_mentions INTEGER NOT NULL DEFAULT 1")


@migration(11, "TimeML values")
def _timeml_values(conn: sqlite3.Connection) -> None:
    # A date keeps its value in TimeML's notation ("1998-SU", "P3Y"); rows stored before have
    # none (NULL), as the pipeline then gave none.
    conn.execute("ALTER TABLE dates ADD COLUMN timeml TEXT")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT MAX(number) FROM migrations").fetchone()
    return int(row[0] or 0)


def apply_migrations(conn: sqlite3.Connection) -> list[int]:
    """Bring the schema up to date; returns the numbers applied now. `conn` must be in autocommit mode."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    version = current_version(conn)
    latest = MIGRATIONS[-1].number
    if version > latest:
        raise StoreError(
            f"store schema version {version} is newer than this newsgraph knows ({latest}); upgrade newsgraph"
        )
    applied: list[int] = []
    for mig in MIGRATIONS:
        if mig.number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated between our version check and the lock.
            if conn.execute("SELECT 1 FROM migrations WHERE number = ?", (mig.number,)).fetchone():
                conn.execute("COMMIT")
                continue
            mig.apply(conn)
            conn.execute(
                "INSERT INTO migrations(number, name, applied_at) VALUES (?, ?, ?)",
                (mig.number, mig.name, _now()),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(mig.number)
    return applied
