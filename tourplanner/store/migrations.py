"""Bring a database to the newest schema, backing up an SQLite file first.

Alembic takes 0.15 to 0.25 s to import, so it is imported only when a migration is
due: a start-up with an up-to-date database reads the ``alembic_version`` row with plain SQL
and finds the head revision by reading the revision ids in ``db/versions``.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, text

from tourplanner.core.errors import DatabaseError
from tourplanner.core.i18n import Context
from tourplanner.paths import MIGRATIONS_DIR
from tourplanner.store.engine import Database, sqlite_path

Errors = Context("Errors")  # the catalogue context of messages the services raise

if TYPE_CHECKING:
    from alembic.config import Config

VERSION_TABLE = "alembic_version"


def __getattr__(name: str) -> Any:
    # ``migrations.command`` (alembic.command), imported on first use; tests patch it.
    if name == "command":
        from alembic import command

        return command
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


_REVISION = re.compile(r"^revision\s*(?::[^=\n]*)?=\s*(['\"])([^'\"]+)\1\s*$", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.M)
_QUOTED = re.compile(r"(['\"])([^'\"]+)\1")


def _scanned_head(versions: Path) -> str | None:
    """The head revision read from the revision files' ``revision`` and ``down_revision``
    lines without importing them, or None when the files do not say it plainly (one head,
    every file with literal ids), in which case Alembic is asked."""
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        files = sorted(versions.glob("*.py"))
        for file in files:
            source = file.read_text(encoding="utf-8")
            found = _REVISION.findall(source)
            down = _DOWN_REVISION.findall(source)
            if len(found) != 1 or len(down) != 1:
                return None
            revisions.add(found[0][1])
            if down[0] != "None":
                ids = [m[1] for m in _QUOTED.findall(down[0])]
                if not ids:
                    return None
                parents.update(ids)
    except (OSError, UnicodeDecodeError):
        return None
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions or len(revisions) != len(files):
        return None
    return heads.pop()


def head_revision() -> str:
    """The newest revision in ``db/versions``."""
    head = _scanned_head(MIGRATIONS_DIR / "versions")
    if head is not None:
        return head
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "db/versions holds no revision"
    return head


def stamped_revisions(db: Database) -> list[str]:
    """The revisions in the database's ``alembic_version`` table, read with plain SQL
    ([] for a database Alembic has never touched)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return []
        return list(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

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
    return copy_sqlite(path, path.with_name(f"{path.name}.{revision}.{stamp}.bak"))


def copy_sqlite(path: Path, target: Path) -> Path:
    """Copy an SQLite file to ``target`` with SQLite's online backup (WAL content
    included, consistent while others use it); ``target`` is replaced whole or not at
    all."""
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
    if stamped_revisions(db) == [head]:  # up to date: no need to import Alembic
        return UpgradeResult(head, head, None)
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
    from alembic import command

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
                        raise DatabaseError(
                            Errors.tr("migration broke foreign keys: {keys}").format(
                                keys=broken[:3]
                            )
                        )
        finally:
            if sqlite:
                conn.rollback()
                raw.isolation_level = previous
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
