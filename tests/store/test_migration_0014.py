"""Revision 0014 gives existing vehicle assignments an empty seat label, and its
downgrade takes the column away and keeps the assignments, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from tests.store.migration_helpers import columns, downgrade
from tourplanner.services.database import open_database
from tourplanner.services.tourfile import load_sample
from tourplanner.store import migrations
from tourplanner.store.engine import connect


def test_existing_assignments_get_an_empty_seat_and_downgrade_keeps_them(db_url: str) -> None:
    service_db = open_database(db_url)  # migrated to head
    try:
        load_sample(service_db)
    finally:
        service_db.dispose()
    db = connect(db_url)
    try:
        with db.engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM vehicle_assignment")).scalar_one()
            assert count == 133
            conn.execute(text("UPDATE vehicle_assignment SET seat = '12' WHERE id = 1"))
            conn.commit()
        downgrade(db, "0013")
        assert "seat" not in columns(db, "vehicle_assignment")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM vehicle_assignment")).scalar_one() == 133
        migrations.upgrade_to(db, "0014")
        assert "seat" in columns(db, "vehicle_assignment")
        with db.engine.connect() as conn:
            seats = conn.execute(text("SELECT DISTINCT seat FROM vehicle_assignment")).scalars()
            assert list(seats) == [""]
    finally:
        db.dispose()
