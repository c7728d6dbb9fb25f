"""Open the organiser's database: resolve its URL, connect, migrate, and translate
database failures into one-line errors."""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from sqlalchemy import Connection, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from tourplanner.core.errors import (
    ConcurrentEditError,
    DatabaseError,
    TourplannerError,
    ValidationError,
    first_line,
)
from tourplanner.core.i18n import Context
from tourplanner.paths import user_data_dir
from tourplanner.store import migrations
from tourplanner.store.engine import Database, connect, sqlite_path
from tourplanner.store.migrations import UpgradeResult, copy_sqlite

Errors = Context("Errors")  # the catalogue context of messages the services raise

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ENV_VAR = "TOURPLANNER_DB"

__all__ = ["ENV_VAR", "Database", "default_database_url", "open_database", "resolve_url"]


def default_database_url() -> str:
    """The SQLite file in the user's data folder."""
    return f"sqlite:///{user_data_dir() / 'tourplanner.db'}"


def resolve_url(explicit: str | None = None) -> str:
    """``--db`` wins, then ``$TOURPLANNER_DB``, then the default SQLite file."""
    return explicit or os.environ.get(ENV_VAR) or default_database_url()


def describe_url(url: str) -> str:
    """The URL as it may be shown to a user: never with its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except sa_exc.ArgumentError:
        return url


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Connect to ``url`` (resolved as ``resolve_url`` says) and bring it to the newest schema.

    Raises DatabaseError with one line naming the problem when the URL is malformed, the
    driver is missing, or the server cannot be reached. An SQLite file is checked at once,
    with a write that is rolled back, so a file that is damaged, not a database, locked by
    another program, read-only or on a full disk is reported now, naming the file, rather
    than at the first edit.
    """
    url = resolve_url(url)
    shown = describe_url(url)
    try:
        db = connect(url)
    except sa_exc.NoSuchModuleError:
        raise DatabaseError(
            Errors.tr("unsupported database URL {url}: no driver for it").format(url=repr(shown))
        ) from None
    except sa_exc.ArgumentError as e:
        raise DatabaseError(
            Errors.tr("invalid database URL {url}: {error}").format(
                url=repr(shown), error=first_line(e)
            )
        ) from None
    except ModuleNotFoundError as e:
        raise DatabaseError(
            Errors.tr("database driver missing for {url}: {name}").format(
                url=repr(shown), name=e.name
            )
        ) from None
    except OSError as e:
        raise DatabaseError(
            Errors.tr("cannot open database {url}: {error}").format(
                url=shown, error=e.strerror or e
            )
        ) from None
    path = sqlite_path(db.url)
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if path is not None:
                _probe_sqlite(conn)
        if migrate:
            migrations.upgrade(db)
    except sa_exc.DBAPIError as e:
        db.dispose()
        if path is not None:
            raise DatabaseError(
                Errors.tr("cannot open database {path}: {problem}").format(
                    path=path, problem=sqlite_problem(e, path)
                )
            ) from None
        raise DatabaseError(
            Errors.tr("cannot open database {url}: {error}").format(url=shown, error=first_line(e))
        ) from None
    except OSError as e:
        db.dispose()
        raise DatabaseError(
            Errors.tr("cannot open database {url}: {error}").format(
                url=shown, error=e.strerror or e
            )
        ) from None
    return db


def _probe_sqlite(conn: Connection) -> None:
    """Read the schema and rewrite one header field inside a transaction that is rolled
    back: SQLite only finds a damaged, locked or read-only file when it reads or writes."""
    conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        version = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
        conn.exec_driver_sql(f"PRAGMA user_version = {version}")
    finally:
        conn.rollback()


# Below this much free space an I/O error is most likely the disk being full.
_LOW_SPACE = 1024 * 1024


def _disk(path: Path) -> os.statvfs_result | None:
    folder = path.parent if path.parent.exists() else Path.cwd()
    try:
        return os.statvfs(folder)
    except (OSError, AttributeError):  # statvfs is POSIX only
        return None


def _low_on_space(path: Path) -> bool:
    stats = _disk(path)
    return stats is not None and stats.f_bavail * stats.f_frsize < _LOW_SPACE


def _read_only_disk(path: Path) -> bool:
    stats = _disk(path)
    return stats is not None and bool(stats.f_flag & getattr(os, "ST_RDONLY", 1))


def sqlite_problem(error: BaseException, path: Path) -> str:
    """What an SQLite error means for the file at ``path``, in words a user can act on."""
    detail = first_line(error)
    low = detail.lower()
    if "not a database" in low or "malformed" in low:
        return Errors.tr("the file is damaged or is not a Tourplanner database ({detail})").format(
            detail=detail
        )
    if "locked" in low or "busy" in low:
        return Errors.tr(
            "another program is using it ({detail}); close that program and try again"
        ).format(detail=detail)
    if ("readonly" in low or "unable to open" in low) and _read_only_disk(path):
        return Errors.tr("it is on a read-only file system ({detail})").format(detail=detail)
    if "readonly" in low or "read-only" in low:
        return Errors.tr(
            "the file or its folder is read-only ({detail}); check their permissions"
        ).format(detail=detail)
    if "full" in low or (("i/o" in low or "unable to open" in low) and _low_on_space(path)):
        return Errors.tr(
            "the disk holding it is full ({detail}); free some space and try again"
        ).format(detail=detail)
    if "unable to open" in low:
        return Errors.tr(
            "{detail}; check that its folder exists and that you may write to it"
        ).format(detail=detail)
    return detail


_CONSTRAINT = re.compile(r"(ck|uq|fk)_[a-z_]+")


@contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """A service's unit of work: commit on success, roll back and explain on failure."""
    from sqlalchemy.orm.exc import StaleDataError  # the ORM, imported on first use

    try:
        with db.session() as session:
            yield session
    except TourplannerError:
        raise
    except StaleDataError:
        raise ConcurrentEditError(
            Errors.tr(
                "someone else changed or deleted this record since you opened it; reload "
                "to see their version"
            )
        ) from None
    except sa_exc.IntegrityError as e:
        detail = first_line(e)
        found = _CONSTRAINT.search(detail)
        reason = found.group(0) if found else detail
        raise ValidationError(
            Errors.tr("the database refused the change: {reason}").format(reason=reason)
        ) from None
    except sa_exc.DBAPIError as e:
        _explain(db, e)
    except OverflowError:
        # sqlite3 raises this itself, outside the DB-API errors, for over-long integers.
        raise ValidationError(Errors.tr("a number is too large to store")) from None


@contextmanager
def reading(db: Database) -> Iterator[Connection]:
    """A read with SQLAlchemy Core, without the ORM (the GUI's start-up reads the tour list
    this way); failures are explained as ``transaction`` explains them."""
    try:
        with db.engine.connect() as conn:
            yield conn
    except TourplannerError:
        raise
    except sa_exc.DBAPIError as e:
        _explain(db, e)


def _explain(db: Database, error: sa_exc.DBAPIError) -> NoReturn:
    path = sqlite_path(db.url)
    if path is not None:
        # Nothing of this transaction was kept; say why, naming the file.
        raise DatabaseError(
            Errors.tr("could not save to {path}: {problem}").format(
                path=path, problem=sqlite_problem(error, path)
            )
        ) from None
    raise DatabaseError(
        Errors.tr("database error: {error}").format(error=first_line(error))
    ) from None


def check_connection(url: str) -> str:
    """Connect to ``url`` without changing anything; returns it as it may be shown.

    Raises DatabaseError (one line) when it cannot be opened.
    """
    db = open_database(url, migrate=False)
    db.dispose()
    return describe_url(url)


# -- Schema maintenance: migrate a database to the newest revision. ----------------------------
__all__ = ["UpgradeResult", "upgrade_database"]


def upgrade_database(db: Database) -> UpgradeResult:
    """Migrate to head; an SQLite file holding data is backed up first."""
    try:
        return migrations.upgrade(db)
    except sa_exc.DBAPIError as e:
        raise DatabaseError(
            Errors.tr("migration failed: {error}").format(error=first_line(e))
        ) from None


# -- Is the database file intact? Asked after a session that ended without closing. ------------
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
        return [first_line(error)]
    findings = [line for (text,) in rows for line in str(text).splitlines() if line.strip()]
    findings = [f for f in findings if not f.startswith("*** in database")]
    return [] if findings == ["ok"] else findings[:MAX_FINDINGS]


def database_file(db: Database) -> Path | None:
    """The SQLite file (its upgrade backups, ``*.bak``, lie beside it); None for a
    server database."""
    return sqlite_path(db.url)


def on_server(db: Database) -> bool:
    """True for a server database (PostgreSQL): it recovers and restores on its own."""
    return db.engine.dialect.name != "sqlite"


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
