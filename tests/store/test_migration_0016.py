"""Revision 0016 gives cached road times an empty road line and tours no
traffic bands; its downgrade takes both columns away and keeps the rows, on SQLite and
PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from tests.fakes.osrm import FakeOsrm
from tests.store.migration_helpers import columns, downgrade
from tourplanner.core.model import TravelSettings
from tourplanner.services import maps
from tourplanner.services.database import open_database
from tourplanner.services.tourfile import SAMPLE_SLUG, load_sample
from tourplanner.store import migrations
from tourplanner.store.engine import connect


def test_road_times_and_tours_survive_a_downgrade_and_upgrade(db_url: str) -> None:
    service_db = open_database(db_url)  # migrated to head
    try:
        load_sample(service_db)
        with FakeOsrm() as osrm:
            settings = maps.routing_settings(TravelSettings(), osrm.url, min_delay=0)
            report = maps.fetch_road_times(service_db, SAMPLE_SLUG, settings)
        assert report.lines > 0
    finally:
        service_db.dispose()
    db = connect(db_url)
    try:
        with db.engine.connect() as conn:
            legs = conn.execute(text("SELECT count(*) FROM road_time")).scalar_one()
            conn.execute(text("UPDATE tour SET traffic_bands = '07:30–09:30 ×1.5'"))
            conn.commit()
        downgrade(db, "0015")
        assert "geometry" not in columns(db, "road_time")
        assert "traffic_bands" not in columns(db, "tour")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM road_time")).scalar_one() == legs
        migrations.upgrade_to(db, migrations.head_revision())
        with db.engine.connect() as conn:
            lines = conn.execute(text("SELECT DISTINCT geometry FROM road_time")).scalars()
            assert list(lines) == [""]  # asked again by the next `roads`
            bands = conn.execute(text("SELECT DISTINCT traffic_bands FROM tour")).scalars()
            assert list(bands) == [""]
    finally:
        db.dispose()
