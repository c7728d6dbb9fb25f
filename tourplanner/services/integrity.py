"""Is the database file intact? Asked after a session that ended without closing.

SQLite's ``PRAGMA quick_check`` reads every page and index and lists what is wrong. A
server database (PostgreSQL) recovers from a crash on its own, so there is nothing for
the app to check there.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import exc as sa_exc

from tourplanner.services.database import Database
from tourplanner.store.engine import sqlite_path

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


def database_file(db: Database) -> Path | None:
    """The SQLite file (its upgrade backups, ``*.bak``, lie beside it); None for a
    server database."""
    return sqlite_path(db.url)
