"""Revision 0015 gives existing tours no gift limit and adds the gift and
site_contact tables; its downgrade takes them away and keeps the tours, on SQLite and
PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from tests.store.migration_helpers import columns, downgrade, tables
from tourplanner.services.database import open_database
from tourplanner.services.tourfile import load_sample
from tourplanner.store import migrations
from tourplanner.store.engine import connect


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
        downgrade(db, "0014")
        assert not {"gift", "site_contact"} & tables(db)
        assert not {"gift_limit", "gift_limit_currency"} & columns(db, "tour")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM participant")).scalar_one() == people
        migrations.upgrade_to(db, "0015")
        assert {"gift", "site_contact"} <= tables(db)
        with db.engine.connect() as conn:
            limits = conn.execute(text("SELECT gift_limit, gift_limit_currency FROM tour")).all()
            assert [tuple(r) for r in limits] == [("", "")]
            assert conn.execute(text("SELECT count(*) FROM participant")).scalar_one() == people
    finally:
        db.dispose()
