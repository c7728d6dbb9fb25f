"""Revision 0008 gives existing sites an empty local address and meeting points and
existing tours an empty 24-hour line, adds the on-duty and day-note tables, and its
downgrade takes them away again, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from tests.store.test_migration_0007 import SITE, TOUR
from tourplanner.store import migrations
from tourplanner.store.engine import connect


def test_existing_rows_get_empty_on_the_day_fields_and_downgrade_removes_them(
    db_url: str,
) -> None:
    db = connect(db_url)
    try:
        migrations.upgrade_to(db, "0006")
        with db.engine.begin() as conn:
            conn.execute(text(TOUR))
            conn.execute(text(SITE), {"key": "lijia"})
        migrations.upgrade_to(db, "0008")
        with db.engine.connect() as conn:
            row = conn.execute(
                text("SELECT local_address, meeting_point, local_meeting_point FROM site")
            ).one()
            assert tuple(row) == ("", "", "")
            assert conn.execute(text("SELECT hotline FROM tour")).scalar_one() == ""
            conn.execute(
                text(
                    "INSERT INTO day_note (tour_id, day, weather, bring, dress)"
                    " VALUES (1, '2021-03-27', 'Sun', '', '')"
                )
            )
            conn.commit()
        tables = set(inspect(db.engine).get_table_names())
        assert {"duty_contact", "day_note"} <= tables
        config = migrations.alembic_config()
        with db.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                # As migrations.upgrade_to does: rebuilding the tour table must not
                # cascade-delete its sites.
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
            config.attributes["connection"] = conn
            command.downgrade(config, "0007")
            conn.commit()
        inspector = inspect(db.engine)
        assert not {"duty_contact", "day_note"} & set(inspector.get_table_names())
        site_columns = {c["name"] for c in inspector.get_columns("site")}
        assert "local_address" not in site_columns and "publish_token" in site_columns
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT key FROM site")).scalar_one() == "lijia"
    finally:
        db.dispose()
