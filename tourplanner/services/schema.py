"""Schema maintenance: migrate a database to the newest revision."""

from __future__ import annotations

from sqlalchemy import exc as sa_exc

from tourplanner.core.errors import DatabaseError
from tourplanner.services.database import Database
from tourplanner.store import migrations
from tourplanner.store.migrations import UpgradeResult

__all__ = ["UpgradeResult", "upgrade_database"]


def upgrade_database(db: Database) -> UpgradeResult:
    """Migrate to head; an SQLite file holding data is backed up first."""
    try:
        return migrations.upgrade(db)
    except sa_exc.DBAPIError as e:
        raise DatabaseError(f"migration failed: {str(e.orig).splitlines()[0]}") from None
