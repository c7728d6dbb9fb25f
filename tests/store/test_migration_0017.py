"""Revision 0017 gives sites no opening-hours exceptions and items no origin; its
downgrade takes both columns away and keeps the rows, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from tests.store.migration_helpers import columns, downgrade
from tourplanner.services.database import open_database
from tourplanner.services.tourfile import load_sample
from tourplanner.store import migrations
from tourplanner.store.engine import connect


def test_sites_and_items_survive_a_downgrade_and_upgrade(db_url: str) -> None:
    service_db = open_database(db_url)  # migrated to head
    try:
        load_sample(service_db)
    finally:
        service_db.dispose()
    db = connect(db_url)
    try:
        with db.engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM site")).scalar_one()
            items = conn.execute(text("SELECT count(*) FROM schedule_item")).scalar_one()
            conn.execute(text("UPDATE site SET opening_exceptions = '2021-03-26 closed'"))
            conn.execute(text("UPDATE schedule_item SET from_site_id = site_id"))
            conn.commit()
        downgrade(db, "0016")
        assert "opening_exceptions" not in columns(db, "site")
        assert "from_site_id" not in columns(db, "schedule_item")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM site")).scalar_one() == count
            assert conn.execute(text("SELECT count(*) FROM schedule_item")).scalar_one() == items
        migrations.upgrade_to(db, migrations.head_revision())
        with db.engine.connect() as conn:
            kept = conn.execute(text("SELECT DISTINCT opening_exceptions FROM site")).scalars()
            assert list(kept) == [""]
            origins = conn.execute(text("SELECT DISTINCT from_site_id FROM schedule_item"))
            assert list(origins.scalars()) == [None]
    finally:
        db.dispose()
