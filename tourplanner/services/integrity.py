"""Is the database file intact? Asked after a session that ended without closing; and
if it is not, put the last good copy in its place.

SQLite's ``PRAGMA quick_check`` reads every page and index and lists what is wrong. A
server database (PostgreSQL) recovers from a crash on its own, so there is nothing for
the app to check there, and restoring one from a backup is the server's job.

A session that opens or closes cleanly keeps a copy of an intact SQLite file beside it
(``<file>.last-good``). After an unclean end, a damaged file is moved aside (to
``<file>.damaged-<time>``, never deleted) and that copy is put in its place.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import exc as sa_exc

from tourplanner.services.database import Database
from tourplanner.store.engine import sqlite_path
from tourplanner.store.migrations import copy_sqlite

#: At most this many of quick_check's findings are kept (a damaged file can have many).
MAX_FINDINGS = 5


def damage(db: Database) -> list[str]:
    """What SQLite finds wrong in the file, one line each ([] when intact, and always []
    for a server database)."""
    if db.engine.dialect.name != "sqlite":
        return []
    try:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql(f"PRAGMA quick_check({MAX_FINDINGS})").fetchall()
    except sa_exc.DBAPIError as error:  # too damaged even to be checked
        return [str(error.orig).strip().splitlines()[0]]
    findings = [line for (text,) in rows for line in str(text).splitlines() if line.strip()]
    findings = [f for f in findings if not f.startswith("*** in database")]
    return [] if findings == ["ok"] else findings[:MAX_FINDINGS]


def on_server(db: Database) -> bool:
    """True for a server database (PostgreSQL): it recovers and restores on its own."""
    return db.engine.dialect.name != "sqlite"


def database_file(db: Database) -> Path | None:
    """The SQLite file (its upgrade backups, ``*.bak``, lie beside it); None for a
    server database."""
    return sqlite_path(db.url)


# -- the last good copy -----------------------------------------------------------------

#: Beside the database file: a copy taken when a session opens or closes cleanly.
LAST_GOOD_SUFFIX = ".last-good"


@dataclass(frozen=True)
class Restored:
    """What ``restore_last_good`` did: the copy put in place, when that copy was taken,
    and where the damaged file went."""

    copy: Path
    taken_at: datetime
    damaged: Path


def last_good_copy(db: Database) -> Path | None:
    """Where the last good copy of an SQLite file is kept; None for a server database."""
    path = database_file(db)
    return None if path is None else path.with_name(path.name + LAST_GOOD_SUFFIX)


def keep_last_good(db: Database) -> Path | None:
    """Copy the database beside itself when it is intact (SQLite's online backup, so a
    running window's latest edits are in it); None when it is damaged or on a server.
    Called when a session opens or closes cleanly."""
    copy = last_good_copy(db)
    if copy is None or damage(db):
        return None
    return copy_sqlite(database_file(db), copy)  # type: ignore[arg-type]


def restore_last_good(db: Database, now: datetime | None = None) -> Restored | None:
    """Put the last good copy in place of a damaged SQLite file: the damaged file (with
    its write-ahead log) is moved aside, not deleted. None, and nothing touched, when
    there is no intact copy (or on a server database, which restores from its own
    backups)."""
    path, copy = database_file(db), last_good_copy(db)
    if path is None or copy is None or not copy.is_file():
        return None
    if _file_damage(copy):
        return None
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S")
    damaged = path.with_name(f"{path.name}.damaged-{stamp}")
    db.engine.dispose()  # no pooled connection may keep the damaged file open
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, damaged.with_name(damaged.name + suffix))
    copy_sqlite(copy, path)
    taken_at = datetime.fromtimestamp(copy.stat().st_mtime, UTC)
    return Restored(copy, taken_at, damaged)


def _file_damage(path: Path) -> list[str]:
    """``damage`` of a file that is not open (the copy itself)."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            rows = conn.execute(f"PRAGMA quick_check({MAX_FINDINGS})").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if [r[0] for r in rows] == ["ok"] else [str(r[0]) for r in rows]
