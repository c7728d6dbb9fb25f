"""What the revision tests share: read a table's columns, the tables, and step a database
down to a revision as `migrations.upgrade_to` steps it up (on SQLite with foreign keys off,
so a table rebuild does not cascade)."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from tourplanner.store import migrations
from tourplanner.store.engine import Database


def columns(db: Database, table: str) -> set[str]:
    """The names of ``table``'s columns as the database has them now."""
    return {c["name"] for c in inspect(db.engine).get_columns(table)}


def tables(db: Database) -> set[str]:
    """The names of the database's tables."""
    return set(inspect(db.engine).get_table_names())


def downgrade(db: Database, revision: str) -> None:
    """Run the migrations' downgrades from the current revision to ``revision``."""
    config = migrations.alembic_config()
    with db.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
        conn.commit()
