"""Bring a database to the newest schema, backing up an SQLite file first."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from tourplanner.core.errors import DatabaseError
from tourplanner.paths import MIGRATIONS_DIR
from tourplanner.store.engine import Database, sqlite_path


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "db/versions holds no revision"
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _backup_sqlite(path: Path, revision: str) -> Path:
    """Copy the file with SQLite's online backup, so WAL content is included."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.{revision}.{stamp}.bak")
    partial = target.with_name(target.name + ".part")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    shutil.move(partial, target)
    return target


def upgrade(db: Database) -> UpgradeResult:
    """Migrate ``db`` to head. An SQLite file that already holds data is copied first."""
    head = head_revision()
    before = current_revision(db)
    if before == head:
        return UpgradeResult(before, head, None)
    backup = None
    path = sqlite_path(db.url)
    if before is not None and path is not None and path.exists():
        backup = _backup_sqlite(path, before)
    upgrade_to(db, "head")
    return UpgradeResult(before, head, backup)


def upgrade_to(db: Database, target: str) -> None:
    """Run the migrations up to ``target`` (a revision id or "head") in one transaction."""
    config = alembic_config()
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        raw: Any = None
        previous: str | None = None
        if sqlite:
            # SQLite rebuilds a table to alter it; with foreign keys on, dropping the old
            # table would cascade-delete every row that refers to it. The pragma only
            # takes effect outside a transaction, so it is set before BEGIN.
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
            # Python's sqlite3 opens a transaction only before INSERT/UPDATE/DELETE, so
            # CREATE and ALTER would each commit at once: a crash or a full disk half-way
            # left a schema that no later run could migrate. The driver is told to keep
            # out of it, and one explicit BEGIN makes the whole upgrade one transaction.
            raw = conn.connection.dbapi_connection
            previous = raw.isolation_level
            raw.isolation_level = None
        try:
            with conn.begin():
                if sqlite:
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseError(f"migration broke foreign keys: {broken[:3]}")
        finally:
            if sqlite:
                conn.rollback()
                raw.isolation_level = previous
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
