from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.store import open_store
from newsgraph.store.migrations import MIGRATIONS, Migration, apply_migrations, current_version


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


@pytest.fixture
def extra_migration() -> Iterator[list[Migration]]:
    """Lets a test register migrations after the built-in ones, removed again afterwards."""
    added: list[Migration] = []
    yield added
    for mig in added:
        MIGRATIONS.remove(mig)


def test_migrations_numbered_consecutively() -> None:
    assert [m.number for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert len({m.name for m in MIGRATIONS}) == len(MIGRATIONS)


def test_migrations_apply_once_and_record(tmp_path: Path) -> None:
    conn = _connect(tmp_path / "a.db")
    assert current_version(conn) == 0
    assert apply_migrations(conn) == [m.number for m in MIGRATIONS]
    assert apply_migrations(conn) == []
    rows = conn.execute("SELECT number, name, applied_at FROM migrations ORDER BY number").fetchall()
    assert [(n, name) for n, name, _ in rows] == [(m.number, m.name) for m in MIGRATIONS]
    assert all(applied for _, _, applied in rows)


def test_migrations_new_one_applies_to_an_old_store(tmp_path: Path, extra_migration: list[Migration]) -> None:
    path = tmp_path / "a.db"
    open_store(path).close()
    number = MIGRATIONS[-1].number + 1
    mig = Migration(number, "add a column", lambda c: c.execute("ALTER TABLE articles ADD COLUMN extra TEXT"))
    MIGRATIONS.append(mig)
    extra_migration.append(mig)
    with open_store(path) as store:
        assert store.schema_version == number
        columns = {r[1] for r in store.conn.execute("PRAGMA table_info(articles)")}
        assert "extra" in columns


def test_migrations_failure_rolls_back_and_is_not_recorded(
    tmp_path: Path, extra_migration: list[Migration]
) -> None:
    path = tmp_path / "a.db"
    open_store(path).close()
    number = MIGRATIONS[-1].number + 1

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("migration bug")

    mig = Migration(number, "broken", half_done)
    MIGRATIONS.append(mig)
    extra_migration.append(mig)
    conn = _connect(path)
    with pytest.raises(RuntimeError, match="migration bug"):
        apply_migrations(conn)
    assert current_version(conn) == number - 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half'").fetchone() is None
