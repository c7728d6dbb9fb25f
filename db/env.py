"""Alembic environment: runs on a connection handed over by tourplanner.store.migrations."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from tourplanner.store.engine import create_database_engine
from tourplanner.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # plain `alembic -x url=...` from a shell, used when writing new revisions
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    engine = create_database_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()
