"""Revision 0018 keeps every existing item scheduled; its downgrade drops the column and
keeps the rows (unscheduled ones included), on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from tests.store.migration_helpers import columns, downgrade
from tourplanner.services.database import open_database
from tourplanner.services.tourfile import load_sample
from tourplanner.store import migrations
from tourplanner.store.engine import connect


def test_items_survive_a_downgrade_and_come_back_scheduled(db_url: str) -> None:
    service_db = open_database(db_url)  # migrated to head
    try:
        load_sample(service_db)
    finally:
        service_db.dispose()
    db = connect(db_url)
    try:
        with db.engine.connect() as conn:
            items = conn.execute(text("SELECT count(*) FROM schedule_item")).scalar_one()
            flags = conn.execute(text("SELECT DISTINCT scheduled FROM schedule_item"))
            assert list(flags.scalars()) == [True]
            first = conn.execute(text("SELECT min(id) FROM schedule_item")).scalar_one()
            conn.execute(
                text("UPDATE schedule_item SET scheduled = :no WHERE id = :id"),
                {"no": False, "id": first},
            )
            conn.commit()
        downgrade(db, "0017")
        assert "scheduled" not in columns(db, "schedule_item")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM schedule_item")).scalar_one() == items
        migrations.upgrade_to(db, migrations.head_revision())
        with db.engine.connect() as conn:
            flags = conn.execute(text("SELECT DISTINCT scheduled FROM schedule_item"))
            assert list(flags.scalars()) == [True]
    finally:
        db.dispose()
