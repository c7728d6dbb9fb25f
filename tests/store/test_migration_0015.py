"""Revision 0015 gives existing tours no gift limit and adds the gift and
site_contact tables; its downgrade takes them away and keeps the tours, on SQLite and
PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from tourplanner.services.database import open_database
from tourplanner.services.tourfile import load_sample
from tourplanner.store import migrations
from tourplanner.store.engine import Database, connect


def _tables(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def _tour_columns(db: Database) -> set[str]:
    return {c["name"] for c in inspect(db.engine).get_columns("tour")}


def test_gift_tables_come_and_go_and_tours_keep_their_data(db_url: str) -> None:
    service_db = open_database(db_url)  # migrated to head
    try:
        load_sample(service_db)
    finally:
        service_db.dispose()
    db = connect(db_url)
    try:
        with db.engine.connect() as conn:
            people = conn.execute(text("SELECT count(*) FROM participant")).scalar_one()
            assert people > 20
        config = migrations.alembic_config()
        with db.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                # As migrations.upgrade_to does: a table rebuild must not cascade.
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            config.attributes["connection"] = conn
            command.downgrade(config, "0014")
            conn.commit()
        assert not {"gift", "site_contact"} & _tables(db)
        assert not {"gift_limit", "gift_limit_currency"} & _tour_columns(db)
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM participant")).scalar_one() == people
        migrations.upgrade_to(db, "0015")
        assert {"gift", "site_contact"} <= _tables(db)
        with db.engine.connect() as conn:
            limits = conn.execute(text("SELECT gift_limit, gift_limit_currency FROM tour")).all()
            assert [tuple(r) for r in limits] == [("", "")]
            assert conn.execute(text("SELECT count(*) FROM participant")).scalar_one() == people
    finally:
        db.dispose()
