"""Open the organiser's database: resolve its URL, connect, migrate, and translate
database failures into one-line errors."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.orm import exc as orm_exc

from tourplanner.core.errors import (
    ConcurrentEditError,
    DatabaseError,
    TourplannerError,
    ValidationError,
)
from tourplanner.paths import user_data_dir
from tourplanner.store import migrations
from tourplanner.store.engine import Database, connect

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


def _first_line(error: BaseException) -> str:
    text_ = str(getattr(error, "orig", None) or error).strip()
    return text_.splitlines()[0] if text_ else type(error).__name__


def open_database(url: str | None = None, *, migrate: bool = True) -> Database:
    """Connect to ``url`` (resolved as ``resolve_url`` says) and bring it to the newest schema.

    Raises DatabaseError with one line naming the problem when the URL is malformed, the
    driver is missing, or the server cannot be reached.
    """
    url = resolve_url(url)
    shown = describe_url(url)
    try:
        db = connect(url)
    except sa_exc.NoSuchModuleError:
        raise DatabaseError(f"unsupported database URL {shown!r}: no driver for it") from None
    except sa_exc.ArgumentError as e:
        raise DatabaseError(f"invalid database URL {shown!r}: {_first_line(e)}") from None
    except ModuleNotFoundError as e:
        raise DatabaseError(f"database driver missing for {shown!r}: {e.name}") from None
    except OSError as e:
        raise DatabaseError(f"cannot open database {shown}: {e.strerror or e}") from None
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        if migrate:
            migrations.upgrade(db)
    except sa_exc.DBAPIError as e:
        db.dispose()
        raise DatabaseError(f"cannot open database {shown}: {_first_line(e)}") from None
    except OSError as e:
        db.dispose()
        raise DatabaseError(f"cannot open database {shown}: {e.strerror or e}") from None
    return db


_CONSTRAINT = re.compile(r"(ck|uq|fk)_[a-z_]+")


@contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """A service's unit of work: commit on success, roll back and explain on failure."""
    try:
        with db.session() as session:
            yield session
    except TourplannerError:
        raise
    except orm_exc.StaleDataError:
        raise ConcurrentEditError(
            "someone else changed or deleted this record since you opened it; "
            "reload to see their version"
        ) from None
    except sa_exc.IntegrityError as e:
        detail = _first_line(e)
        found = _CONSTRAINT.search(detail)
        reason = found.group(0) if found else detail
        raise ValidationError(f"the database refused the change: {reason}") from None
    except sa_exc.DBAPIError as e:
        raise DatabaseError(f"database error: {_first_line(e)}") from None
    except OverflowError:
        # sqlite3 raises this itself, outside the DB-API errors, for over-long integers.
        raise ValidationError("a number is too large to store") from None
