"""Bring a database to the newest schema, backing up an SQLite file first."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

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
    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return UpgradeResult(before, head, backup)
